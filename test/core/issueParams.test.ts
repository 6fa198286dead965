/**
 * Issue parameters are typed per code (IssueParamsByCode in src/core/issueCodes.ts). The proof is
 * at compile time: every `@ts-expect-error` below marks a line that must NOT compile, and
 * `npm run typecheck` (tsc over test/) fails with "Unused '@ts-expect-error' directive" the day one
 * of them compiles, e.g. because `IssueParams` went back to a loose record. The run-time
 * expectations check that the well-typed lines next to them do what they say.
 */
import { newIssue, renderIssue, type Issue, type IssueParamsOf } from '../../src/core';
import { readParams, type IssueArgs } from '../../src/core/messages/catalog';

describe('issue params are typed per code', () => {
  test('a rule must send the parameters of its code, under their names', () => {
    const issue = newIssue('duplicate_person', 7, null, { firstRow: 3 });
    expect(issue).toEqual({
      code: 'duplicate_person',
      row: 7,
      column: null,
      severity: 'warning',
      params: { firstRow: 3 },
    });

    // @ts-expect-error a renamed parameter (firstRow -> first) does not compile
    newIssue('duplicate_person', 7, null, { first: 3 });
    // @ts-expect-error a missing parameter does not compile
    newIssue('duplicate_person', 7, null, {});
    // @ts-expect-error a parameter of the wrong type does not compile
    newIssue('duplicate_person', 7, null, { firstRow: '3' });
    // @ts-expect-error a parameter of another code does not compile
    newIssue('insz_checksum', 2, 'insz', { firstRow: 3 });

    const literal: Issue = {
      code: 'header_mismatch',
      row: 1,
      column: null,
      severity: 'error',
      // @ts-expect-error an issue literal is checked too: header_mismatch carries `found`
      params: { titles: 'Naam' },
    };
    expect(literal.code).toBe('header_mismatch');
  });

  test('a message can read only the parameters its code carries', () => {
    const p = readParams<IssueParamsOf<'duplicate_person'>>({ firstRow: 12 });
    expect(p.text('firstRow')).toBe('12');
    expect(p.count('firstRow')).toBe(12);
    // @ts-expect-error duplicate_person has no `row` parameter (that is duplicate_across_batches')
    expect(p.text('row')).toBeUndefined();

    // A catalog's switch narrows the parameters to the code's: reading a renamed one fails.
    function message(...[code, params]: IssueArgs): string {
      switch (code) {
        case 'duplicate_person':
          return `row ${params.text('firstRow') ?? '?'}`;
        case 'rows_over_limit':
          // @ts-expect-error rows_over_limit carries `rows`, not `rowCount`
          return `${params.count('rowCount') ?? '?'} rows`;
        default:
          return code;
      }
    }
    expect(message('duplicate_person', readParams({ firstRow: 4 }), null)).toBe('row 4');
    expect(message('rows_over_limit', readParams({ rows: 250 }), null)).toBe('? rows');
    // @ts-expect-error the arguments must agree: duplicate_person's params, not header_mismatch's
    message('duplicate_person', readParams({ found: 'Naam' }), null);
  });

  test('rendering uses the typed parameters', () => {
    const issue = newIssue('duplicate_person', 9, null, { firstRow: 12 });
    expect(renderIssue(issue, 'en')).toContain('row 12');
  });
});

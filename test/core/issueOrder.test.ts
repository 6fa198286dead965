import fc from 'fast-check';
import {
  compareIssues,
  DEFAULT_SETTINGS,
  type Issue,
  type IssueCode,
  issueRankInRow,
  validateRegistrations,
} from '../../src/core';
import { textRow } from '../support/rows';
import { INSZ_A, INSZ_B } from '../support/threePeople';

const TODAY = new Date(2026, 10, 28);

// Order and fixability read only code, row and column: params are not checked here, hence the cast.
const finding = (row: number, column: Issue['column'], code: IssueCode): Issue =>
  ({
    code,
    row,
    column,
    severity: 'warning',
    params: {},
  }) as Issue;
const triples = (issues: readonly Issue[]) => issues.map((issue) => [issue.row, issue.column, issue.code]);

describe('issue order (SPEC "Issues": by row, then column in file order, then code)', () => {
  /** In report order: row first, then the five columns in file order, row-level last, then code. */
  const ORDERED: readonly Issue[] = [
    finding(2, 'insz', 'insz_checksum'),
    finding(2, 'naam', 'whitespace_edge'),
    finding(2, 'geboortedatum', 'birthdate_format'),
    finding(2, 'postcode', 'postcode_format'),
    finding(2, null, 'identity_missing'),
    finding(2, null, 'duplicate_person'),
    finding(2, null, 'duplicate_across_batches'),
    finding(2, null, 'rows_over_limit'),
    finding(3, 'insz', 'insz_length'),
  ];

  test('compareIssues sorts any shuffle back into report order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...ORDERED], { minLength: ORDERED.length }), (shuffled) => {
        expect(triples([...shuffled].sort(compareIssues))).toEqual(triples(ORDERED));
      }),
    );
  });

  test.each([
    ['an earlier column first', 'insz', 'whitespace_edge', 'naam', 'insz_checksum'],
    ['row-level findings after the cells', 'postcode', 'postcode_format', null, 'identity_missing'],
    ['within a cell, the code order', 'insz', 'insz_characters', 'insz', 'whitespace_edge'],
  ] as const)('issueRankInRow: %s', (_label, firstColumn, firstCode, laterColumn, laterCode) => {
    expect(issueRankInRow(firstColumn, firstCode)).toBeLessThan(issueRankInRow(laterColumn, laterCode));
  });

  test('validateRegistrations reports its findings in compareIssues order', () => {
    const POOL: readonly (readonly string[])[] = [
      [],
      [INSZ_A, 'Peeters', 'Jan', '30071985', '1000'],
      [INSZ_B, ' Maes', 'An', '02011990', '99'],
      ['123', 'Janssens ', '', '1012000'],
      ['', 'Janssens', '', '31022000', '=1'],
      [INSZ_A, 'Peeters'],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (picks, limit) => {
          const rows = picks.map((pick, i) => textRow(i + 2, POOL[pick] ?? []));
          const { issues } = validateRegistrations({
            rows,
            today: TODAY,
            settings: { ...DEFAULT_SETTINGS, linesPerFile: limit + 1 },
          });
          expect(triples([...issues].reverse().sort(compareIssues))).toEqual(triples(issues));
        },
      ),
    );
  });
});

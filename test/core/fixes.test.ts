import {
  cellKey,
  FIX_KIND_OF_CODE,
  FIX_KINDS,
  FIXABLE_CODES,
  fixesByCell,
  fixKindOf,
  type Issue,
  type IssueCode,
} from '../../src/core';

// Order and fixability read only code, row and column: params are not checked here, hence the cast.
const finding = (code: IssueCode, row: number, column: Issue['column'], fix?: string): Issue =>
  ({
    code,
    row,
    column,
    severity: 'warning',
    params: {},
    ...(fix === undefined ? {} : { fix }),
  }) as Issue;

test('fixability has one source: the fixable codes are the codes with a kind of fix', () => {
  expect([...FIXABLE_CODES].sort()).toEqual(Object.keys(FIX_KIND_OF_CODE).sort());
  for (const kind of Object.values(FIX_KIND_OF_CODE)) expect(FIX_KINDS).toContain(kind);
});

test.each([
  ['trim', finding('whitespace_edge', 2, 'naam', 'Peeters'), 'trim'],
  ['zeros back', finding('insz_leading_zero_lost', 2, 'insz', '01234567890'), 'leadingZeros'],
  ['a date as text', finding('birthdate_is_date', 2, 'geboortedatum', '30071985'), 'dateToText'],
  ['a fixable code without a fix: nothing to write', finding('whitespace_edge', 2, 'naam'), null],
  ['a code that is not fixable', finding('insz_checksum', 2, 'insz', 'x'), null],
] as const)('fixKindOf: %s', (_label, issue, kind) => {
  expect(fixKindOf(issue)).toBe(kind);
});

test('fixesByCell: the first finding with a fix per cell, row-level findings and findings without fix left out', () => {
  const first = finding('birthdate_is_date', 4, 'geboortedatum', '30071985');
  const fixes = fixesByCell([
    finding('insz_checksum', 4, 'insz'),
    first,
    finding('whitespace_edge', 4, 'geboortedatum', 'other'),
    finding('duplicate_person', 4, null),
  ]);
  expect([...fixes.keys()]).toEqual([cellKey(4, 'geboortedatum')]);
  expect(fixes.get(cellKey(4, 'geboortedatum'))).toBe(first);
});

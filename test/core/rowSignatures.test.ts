import { type Issue, rowSignatures, rowsWithOtherFindings } from '../../src/core';

// Signatures read code, column and params as data: the params here need not match each code's type.
const finding = (row: number, code: Issue['code'], params: Record<string, number> = {}): Issue =>
  ({
    code,
    row,
    column: null,
    severity: 'warning',
    params,
  }) as Issue;

const BEFORE: readonly Issue[] = [
  finding(2, 'duplicate_person', { otherRow: 5 }),
  finding(3, 'firstname_missing'),
  finding(5, 'duplicate_person', { otherRow: 2 }),
];

test.each([
  ['the same findings', BEFORE, []],
  ['a parameter changed', [finding(2, 'duplicate_person', { otherRow: 7 }), ...BEFORE.slice(1)], [2]],
  ['a row lost its findings', BEFORE.slice(0, 2), [5]],
  ['a row got findings', [...BEFORE, finding(9, 'rows_over_limit')], [9]],
  [
    'a row got one more finding',
    [...BEFORE.slice(0, 2), finding(3, 'postcode_format'), BEFORE[2] as Issue],
    [3],
  ],
] as const)('rowsWithOtherFindings: %s', (_label, after, rows) => {
  expect(rowsWithOtherFindings(rowSignatures(BEFORE), rowSignatures(after))).toEqual(rows);
});

test('rowSignatures: one text per row with findings, every finding of the row in it', () => {
  const signatures = rowSignatures(BEFORE);
  expect([...signatures.keys()]).toEqual([2, 3, 5]);
  expect(signatures.get(2)).toContain('duplicate_person');
  expect(signatures.get(2)).not.toBe(signatures.get(5));
});

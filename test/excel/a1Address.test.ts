import { parseA1 } from '../../src/excel/a1Address';

test.each([
  ['a cell', 'C5', { r0: 4, c0: 2, r1: 4, c1: 2 }],
  ['a range', 'A2:E9', { r0: 1, c0: 0, r1: 8, c1: 4 }],
  ['a reversed range', 'E9:A2', { r0: 1, c0: 0, r1: 8, c1: 4 }],
  ['absolute', '$B$3:$B$7', { r0: 2, c0: 1, r1: 6, c1: 1 }],
  ['sheet-qualified', "'Mijn blad'!D4", { r0: 3, c0: 3, r1: 3, c1: 3 }],
  ['whole columns', 'A:C', { r0: 0, c0: 0, r1: 1_048_575, c1: 2 }],
  ['whole rows', '3:5', { r0: 2, c0: 0, r1: 4, c1: 16_383 }],
  ['not an address', 'Kamer', null],
  ['outside the grid', 'A1048577', null],
])('parseA1: %s', (_label, address, expected) => {
  expect(parseA1(address)).toEqual(expected);
});

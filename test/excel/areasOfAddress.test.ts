import { areasOfAddress } from '../../src/excel/areasOfAddress';

const BLOCK = { r0: 1, c0: 0, r1: 99, c1: 4 }; // A2:E100

describe('areasOfAddress: a RangeAreas address into rectangles inside a block', () => {
  test.each([
    ['one area', 'Blad1!A2:A9', [{ r0: 1, c0: 0, r1: 8, c1: 0 }]],
    [
      'several areas, a quoted sheet name with a comma',
      "'Griep, WZC'!A2:A9, 'Griep, WZC'!C4",
      [
        { r0: 1, c0: 0, r1: 8, c1: 0 },
        { r0: 3, c0: 2, r1: 3, c1: 2 },
      ],
    ],
    ['a doubled quote in the name', "'Jan''s lijst'!B3", [{ r0: 2, c0: 1, r1: 2, c1: 1 }]],
    ['clipped to the block', 'Blad1!A1:G200', [BLOCK]],
    ['outside the block: left out', 'Blad1!H2:H9', []],
    ['no address: left out', 'Blad1!#REF!', []],
  ])('%s', (_label, address, expected) => {
    expect(areasOfAddress(address, BLOCK)).toEqual(expected);
  });
});

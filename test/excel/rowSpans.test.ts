import { rowSpans } from '../../src/excel/rowSpans';

test('rowSpans groups consecutive rows', () => {
  expect(rowSpans([2, 3, 4, 7, 9, 10])).toEqual([
    { first: 2, last: 4 },
    { first: 7, last: 7 },
    { first: 9, last: 10 },
  ]);
  expect(rowSpans([])).toEqual([]);
});

import fc from 'fast-check';
import { countFiles, splitIntoFiles } from '../../src/core/splitIntoFiles';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('splitIntoFiles', () => {
  test.each<[string, number[], number, number[][]]>([
    ['none -> no files', [], 100, []],
    ['one row', [1], 100, [[1]]],
    ['exactly the limit -> one file', range(1, 100), 100, [range(1, 100)]],
    ['limit + 1 -> two files', range(1, 101), 100, [range(1, 100), [101]]],
    ['230 rows -> 100, 100, 30', range(1, 230), 100, [range(1, 100), range(101, 200), range(201, 230)]],
    ['limit 1 -> one per file', [7, 8, 9], 1, [[7], [8], [9]]],
    ['order kept, not sorted', [5, 3, 9, 1], 3, [[5, 3, 9], [1]]],
  ])('%s', (_label, items, max, expected) => {
    expect(splitIntoFiles(items, max)).toEqual(expected);
  });

  test.each([
    ['zero', 0],
    ['negative', -1],
    ['fraction', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('a limit that is %s is a broken invariant', (_label, max) => {
    expect(() => splitIntoFiles([1], max)).toThrow(/positive integer/);
    expect(() => countFiles(1, max)).toThrow(/positive integer/);
  });

  test('does not mutate its input', () => {
    const items = Object.freeze([1, 2, 3]);
    expect(splitIntoFiles(items, 2)).toEqual([[1, 2], [3]]);
  });

  test('property: every chunk has 1..max items, concatenation gives the input back, count = countFiles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 500 }),
        fc.integer({ min: 1, max: 120 }),
        (items, max) => {
          const chunks = splitIntoFiles(items, max);
          expect(chunks.flat()).toEqual(items);
          expect(chunks).toHaveLength(countFiles(items.length, max));
          for (const chunk of chunks) {
            expect(chunk.length).toBeGreaterThanOrEqual(1);
            expect(chunk.length).toBeLessThanOrEqual(max);
          }
          // Only the last chunk may be short (rows 1-100 in part 1, 101-200 in part 2, ...).
          chunks.slice(0, -1).forEach((chunk) => expect(chunk).toHaveLength(max));
        },
      ),
    );
  });
});

describe('countFiles', () => {
  test.each([
    [0, 100, 0],
    [1, 100, 1],
    [100, 100, 1],
    [101, 100, 2],
    [230, 100, 3],
  ])('%d rows, max %d -> %d files', (n, max, expected) => {
    expect(countFiles(n, max)).toBe(expected);
  });
});

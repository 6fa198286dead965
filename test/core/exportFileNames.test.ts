import fc from 'fast-check';
import { exportFileName, exportFileNames } from '../../src/core/fileName';

/** exportFileNames: every part's exportFileName, the shared part computed once. */
describe('exportFileNames', () => {
  const text = fc.oneof(
    fc.constantFrom('B003', 'Vaxigrip Tetra', 'Ærøskøbing', 'Straße 1', '  ', '', 'İlk aşı', '---'),
    fc.string({ maxLength: 50 }),
  );

  test('is exportFileName of each part 1..count, in order', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 30 }), (batchId, product, count) => {
        const parts = { datumToediening: '2026-11-28', batchId, product };
        const expected = Array.from({ length: count }, (_, i) =>
          exportFileName({ ...parts, part: i + 1, parts: count }),
        );
        expect(exportFileNames(parts, count)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('a date that is not YYYY-MM-DD throws as exportFileName does; no parts, no names (no check)', () => {
    const parts = { datumToediening: '28/11/2026', batchId: 'B1', product: 'X' };
    expect(() => exportFileNames(parts, 2)).toThrow(
      'exportFileName: datumToediening is not YYYY-MM-DD: 28/11/2026',
    );
    expect(() => exportFileName({ ...parts, part: 1, parts: 2 })).toThrow(
      'exportFileName: datumToediening is not YYYY-MM-DD: 28/11/2026',
    );
    expect(exportFileNames(parts, 0)).toEqual([]);
  });
});

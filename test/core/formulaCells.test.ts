import { formulaValueIssues, NAMED_AREAS } from '../../src/core';

describe('formulaValueIssues: one info finding for the formulas and spills of a sheet', () => {
  test.each([
    ['nothing found', { formulaAreas: [], formulaCount: 0, spillAreas: [], firstRow: 2 }, []],
    [
      'formulas only',
      { formulaAreas: ['A2:A40', 'C7'], formulaCount: 40, spillAreas: [], firstRow: 2 },
      [{ row: 2, params: { cells: 'A2:A40, C7', count: 40 } }],
    ],
    [
      'a spill and its anchor',
      { formulaAreas: ['B5'], formulaCount: 1, spillAreas: ['B5:B9'], firstRow: 5 },
      [{ row: 5, params: { cells: 'B5', count: 1, spills: 'B5:B9' } }],
    ],
  ] as const)('%s', (_label, found, expected) => {
    const issues = formulaValueIssues(found);
    expect(issues.map((issue) => ({ row: issue.row, params: issue.params }))).toEqual(expected);
    for (const issue of issues) {
      expect([issue.code, issue.column, issue.severity]).toEqual(['formula_value', null, 'info']);
    }
  });

  test(`names at most ${NAMED_AREAS} areas, then …`, () => {
    const areas = Array.from({ length: NAMED_AREAS + 3 }, (_, i) => `A${2 * i + 2}`);
    const [issue] = formulaValueIssues({
      formulaAreas: areas,
      formulaCount: areas.length,
      spillAreas: [],
      firstRow: 2,
    });
    expect(issue?.params).toEqual({
      cells: `${areas.slice(0, NAMED_AREAS).join(', ')}, …`,
      count: areas.length,
    });
  });
});

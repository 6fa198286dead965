import { ISSUE_SEVERITY } from './issueCodes';
import type { Issue } from './types';

/*
 * Formulas and spilled arrays in the data (issue #10: "formulas and spilled arrays in the data (the
 * value is used, the user is told)"). The file gets the value a formula shows at the moment of the
 * export, not the formula; when the formula's inputs change, so does the export. That is what the
 * user typed the formula for, so it is no error, but it is said once, with where: one `info`
 * finding for the whole sheet, naming the areas, never one finding per cell (a column of 10,000
 * formulas would bury every other finding).
 */

/** Areas named in the finding; more are cut to `…` (the count says how many formula cells). */
export const NAMED_AREAS = 5;

/** Where the Excel layer found formulas and spills in the checked rows. */
export interface FormulaCells {
  /** A1 areas (no sheet name) of the formula cells, in sheet order. */
  readonly formulaAreas: readonly string[];
  /** Number of formula cells. */
  readonly formulaCount: number;
  /** A1 areas (no sheet name) of spilled arrays (dynamic array formulas' results), in sheet order. */
  readonly spillAreas: readonly string[];
  /** Excel row of the first formula or spilled cell. */
  readonly firstRow: number;
}

function named(areas: readonly string[]): string {
  const shown = areas.slice(0, NAMED_AREAS).join(', ');
  return areas.length > NAMED_AREAS ? `${shown}, …` : shown;
}

/**
 * The one `formula_value` finding (severity info, row = the first row with a formula or a spilled
 * value, column null), or none when the data holds neither.
 *
 * @example
 * ```ts
 * formulaValueIssues({ formulaAreas: ['A2:A40'], formulaCount: 39, spillAreas: [], firstRow: 2 });
 * // [{ code: 'formula_value', row: 2, column: null, severity: 'info',
 * //    params: { cells: 'A2:A40', count: 39 } }]
 * ```
 */
export function formulaValueIssues(found: FormulaCells): Issue[] {
  if (found.formulaAreas.length === 0 && found.spillAreas.length === 0) return [];
  return [
    {
      code: 'formula_value',
      row: found.firstRow,
      column: null,
      severity: ISSUE_SEVERITY.formula_value,
      params: {
        ...(found.formulaAreas.length > 0
          ? { cells: named(found.formulaAreas), count: found.formulaCount }
          : {}),
        ...(found.spillAreas.length > 0 ? { spills: named(found.spillAreas) } : {}),
      },
    },
  ];
}

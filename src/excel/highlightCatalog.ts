import { LINES_PER_FILE_RANGE } from '../core';
import { columnLetter } from './a1Address';
import { birthDateInvalidFormula } from './birthDateFormulas';
import { edgeWhitespaceFormula } from './edgeWhitespaceFormula';
import type { HighlightRuleId } from './highlightRules';
import { identityCellsOfRow, identityMissingFormula } from './identityFormula';
import { inszInvalidFormula } from './inszFormula';
import { overLimitBands } from './overLimitBands';
import { postcodeInvalidFormula } from './postcodeFormula';
import { dateInvalidFormula, doseInvalidFormula, requiredMissingFormula } from './registerFormulas';

/*
 * Which highlight a stored conditional format is (issue #12). Excel keeps a rule's formula, not
 * the name the add-in gave it, so the name is found again by building every formula the add-in
 * writes for the rule's top-left cell and comparing texts: no formula text is parsed. Used by
 * the preview, which evaluates each named rule with core.
 */

/** A named highlight with the parameters its formula was built with. */
export interface IdentifiedHighlight {
  readonly rule: HighlightRuleId;
  /** The rows-per-file bands only: the setting and the first data row they were built for. */
  readonly linesPerFile?: number;
  readonly firstDataRow?: number;
}

/** Every formula the add-in writes for a rule whose range starts at `cell` (row `row`), by text. */
function catalogFor(cell: string, row: number): Map<string, IdentifiedHighlight> {
  const rowCells = ['A', 'B', 'C', 'D', 'E'].map((letter) => `$${letter}${row}`);
  const entries: [string, IdentifiedHighlight][] = [
    [inszInvalidFormula(cell), { rule: 'insz_invalid' }],
    [birthDateInvalidFormula(cell), { rule: 'birthdate_invalid' }],
    [identityMissingFormula(cell, identityCellsOfRow(row)), { rule: 'identity_missing' }],
    [edgeWhitespaceFormula(cell, identityCellsOfRow(row)), { rule: 'whitespace_edge' }],
    [postcodeInvalidFormula(cell), { rule: 'postcode_invalid' }],
    [doseInvalidFormula(cell), { rule: 'dose_invalid' }],
    [dateInvalidFormula(cell), { rule: 'administration_date_invalid' }],
    [requiredMissingFormula(cell, rowCells), { rule: 'batch_field_missing' }],
  ];
  // The bands depend on the lines-per-file setting of the day the sheet was made: every allowed value.
  for (let lines = LINES_PER_FILE_RANGE.min; lines <= LINES_PER_FILE_RANGE.max; lines++) {
    for (const band of overLimitBands(row, lines)) {
      const rule = band.files === 'even' ? 'over_limit_even' : 'over_limit_odd';
      entries.push([band.formula, { rule, linesPerFile: lines, firstDataRow: row }]);
    }
  }
  return new Map(entries);
}

const catalogs = new Map<string, Map<string, IdentifiedHighlight>>();

/**
 * The highlight a conditional format's formula is, or null for a rule the add-in does not write.
 *
 * @param formula the rule's formula as stored (invariant syntax, for the range's top-left cell).
 * @param topLeft 0-based row and column of the top-left cell of the rule's first range.
 *
 * @example
 * ```ts
 * identifyHighlight(inszInvalidFormula('A2'), { row: 1, column: 0 }); // { rule: 'insz_invalid' }
 * ```
 */
export function identifyHighlight(
  formula: string,
  topLeft: { readonly row: number; readonly column: number },
): IdentifiedHighlight | null {
  const row = topLeft.row + 1;
  const cell = `${columnLetter(topLeft.column)}${row}`;
  let catalog = catalogs.get(cell);
  if (catalog === undefined) {
    catalog = catalogFor(cell, row);
    catalogs.set(cell, catalog);
  }
  return catalog.get(formula) ?? null;
}

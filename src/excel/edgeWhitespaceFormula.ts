import { EDGE_SPACE_UNITS } from '../core';
import { checkedCell, presentAsCore, unitsAsFormulaText } from './formulaParts';
import type { IdentityCells } from './identityFormula';

/*
 * The edge-whitespace highlight (SPEC whitespace_edge: "highlighted in the sheet"), with the
 * conventions of formulaParts.ts.
 */

let edgeUnits: string | undefined;

/**
 * Every code unit core's whitespace_edge reports at an edge (textChecks.ts EDGE_SPACE_UNITS: what
 * JavaScript's `trim()` removes plus the zero-width characters U+200B-U+200D, U+2060), as one
 * formula text.
 */
function edgeWhitespaceText(): string {
  edgeUnits ??= unitsAsFormulaText(EDGE_SPACE_UNITS);
  return edgeUnits;
}

/**
 * TRUE when a text starts or ends with whitespace of any kind that core trims (SPEC
 * whitespace_edge: "leading/trailing whitespace of any kind (space, tab, no-break space U+00A0,
 * ...)"; exactly textChecks.ts hasEdgeWhitespace, whose characters it takes from core's EDGE_SPACE_UNITS).
 *
 * The first and last characters are looked up (FIND: no wildcards, case-sensitive) in the text of
 * every whitespace character core trims; the controls among them are `UNICHAR(9)` ... `UNICHAR(13)`.
 * `c & "x"` and `"x" & c` make an empty cell give the harmless character `x`. Excel's TRIM and
 * CLEAN do not fit: TRIM knows only U+0020 and CLEAN removes every control character, which core
 * reports as control_character, not whitespace_edge. A number is never flagged; an error value
 * is not flagged either (the task pane reports cell_error, and the other rules highlight it).
 *
 * Surrogate pairs (issue #10): Excel's LEFT and RIGHT count UTF-16 code units (LEN of an emoji is
 * 2), so for a value that starts or ends with an emoji they return half a pair. The formula never
 * asks UNICODE about that half: "If text contains partial surrogates ..., UNICODE returns the
 * #VALUE! error value" (Microsoft, "UNICODE function", support.microsoft.com/office/unicode-function),
 * and an error inside OR makes the whole rule an error, for which Excel applies no format (an
 * earlier version lost the highlight of ` Peeters😀` that way). FIND of half a pair finds
 * nothing, and ISNUMBER reads any error as "no".
 *
 * Whitespace-only rows (issue #10): core counts a row whose five cells are empty or whitespace
 * only as empty, and an empty row is silent (SPEC "Fully empty rows are skipped ...; they are no
 * issue"); a cell of whitespace only in a row that holds something is whitespace_edge (fix: clear
 * it). So the rule also asks whether any of the row's five cells holds something as core judges
 * it ({@link presentAsCore}: not empty, not whitespace only; numbers, booleans and errors count).
 * A cell with a real value is itself such a cell, so this only silences whitespace-only rows.
 * About 2,800 characters, within the 8,192 allowed.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `B2`.
 * @param row the five registration cells of that first row, e.g. identityCellsOfRow(2).
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('A2:E1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = edgeWhitespaceFormula('A2', identityCellsOfRow(2));
 * ```
 */
export function edgeWhitespaceFormula(cell: string, row: IdentityCells): string {
  const c = checkedCell(cell);
  const spaces = edgeWhitespaceText();
  const rowHolds = [row.insz, row.naam, row.voornaam, row.geboortedatum, row.postcode]
    .map((ref) => presentAsCore(checkedCell(ref)))
    .join(',');
  return `=AND(OR(ISNUMBER(FIND(LEFT(${c}&"x"),${spaces})),ISNUMBER(FIND(RIGHT("x"&${c}),${spaces}))),OR(${rowHolds}))`;
}

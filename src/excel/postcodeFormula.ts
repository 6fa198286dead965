import { checkedCell, digitsOnly, notBlank } from './formulaParts';

/*
 * The postcode highlight (issue #13: "a postcode that is not 4 digits 1000-9999"), with the
 * conventions of formulaParts.ts.
 */

/**
 * TRUE when the Postcode cell is not blank and core reports a problem with its value (SPEC
 * postcode_format, a warning: "not 4 digits 1000-9999"; core's isBelgianPostcode), or an error
 * on it (cell_error, separator_or_quote, formula_prefix, control_character). Text must be four
 * ASCII digits, the first not 0, once ASCII spaces are trimmed (core trims first and reports edge
 * spaces as whitespace_edge only); a number cell must be a whole number 1000-9999 (Excel's text
 * of it is what core checks).
 *
 * Known differences (stricter, as for the INSZ and Geboortedatum rules): edge whitespace other
 * than U+0020 (tab, no-break space, ...) is highlighted here while core trims it, and a cell of
 * such whitespace only is blank for core.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `E2`.
 *
 * @example
 * ```ts
 * postcodeInvalidFormula('E2');
 * // '=AND(IFERROR(TRIM(E2)<>"",1),NOT(IFERROR(AND(TEXT(TRIM(E2)+10000,"0")="1"&TRIM(E2),LEFT(TRIM(E2))<>"0"),0)))'
 * ```
 */
export function postcodeInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const t = `TRIM(${c})`;
  return `=AND(${notBlank(c)},NOT(IFERROR(AND(${digitsOnly(t, 4)},LEFT(${t})<>"0"),0)))`;
}

import { EDGE_SPACE_UNITS } from '../core';

/*
 * Formulas for the registration sheet's live highlighting (SPEC "Using it": "live highlighting that
 * works while typing, even when the add-in is not loaded: invalid INSZ, leading/trailing spaces, a
 * bad Geboortedatum, and rows past the 100th sheet row, header included"). ARCHITECTURE "Talking to Excel": "Highlight with
 * conditional formats (formula rules, so they stay live and work without the add-in)".
 *
 * The building blocks every highlight formula shares, and the conventions they all follow. One
 * file per rule builds the formulas (inszFormula.ts, birthDateFormulas.ts, edgeWhitespaceFormula.ts,
 * identityFormula.ts, postcodeFormula.ts, overLimitBands.ts, registerFormulas.ts); all are pure
 * strings, and registrationHighlights.ts / registerHighlights.ts put them on the sheet.
 *
 * Conventions of every highlight formula (invariant en-US syntax, written for the top-left cell,
 * Excel 2016 functions only, no boolean literals, at most 8,192 characters):
 * docs/decisions/0007-highlight-formula-conventions.md.
 */

/** Excel's limit on a formula's text, conditional formats included (MS-OI29500 §2.1.1085). */
export const FORMULA_MAX_LENGTH = 8192;

/** Excel's last row (Excel specifications and limits: 1,048,576 rows). */
export const LAST_ROW = 1_048_576;

/** An A1 reference to one cell, optionally with `$` (a relative row is what rules need). */
const CELL_REFERENCE = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;
/** A1 reference to one row of cells, e.g. `$A2:$E2`. */
export const ROW_CELLS_REFERENCE = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}:\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;

/**
 * The cell reference, checked: a wrong reference is a bug of the caller (ARCHITECTURE: "throw is
 * for broken invariants only").
 */
export function checkedCell(cell: string): string {
  if (!CELL_REFERENCE.test(cell))
    throw new RangeError(`highlight formula: not an A1 cell reference: ${cell}`);
  return cell;
}

export function checkedRow(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > LAST_ROW) {
    throw new RangeError(
      `highlight formula: ${name} must be an integer from ${min} to ${LAST_ROW}, got ${value}`,
    );
  }
  return value;
}

/**
 * "Not blank": the cell holds something other than ASCII spaces, or an error. Matches core, which
 * trims a text cell and skips it when nothing is left (validateRegistrations); TRIM removes only
 * U+0020, so a cell of tabs or no-break spaces only counts as filled here (a known difference,
 * highlighted by {@link edgeWhitespaceFormula} as well). `IFERROR(..., 1)`: an error value is
 * not blank, and core reports it (cell_error).
 */
export const notBlank = (c: string): string => `IFERROR(TRIM(${c})<>"",1)`;

/**
 * TRUE when the text `t` is exactly `n` ASCII digits: `t + 10^n`, written with TEXT's `0`
 * (digits only, in every locale), is "1" followed by `t`. Adding to a text converts it to a
 * number (a letter gives #VALUE!); the text comparison then rejects what the conversion
 * accepts but is no plain digits (`1E5`, `1,5` in a Belgian Excel, `-5`, `+5`, `5%`) and any
 * other number of digits: only n digits give n + 1 characters starting with "1".
 */
export const digitsOnly = (t: string, n: number): string => `TEXT(${t}+1${'0'.repeat(n)},"0")="1"&${t}`;

/**
 * Code units as formula text, each a one-character string literal, or `UNICHAR(n)` for a control
 * (TAB, LF, ... do not belong inside a formula's string literal). The formulas take their units
 * from core (textChecks.ts EDGE_SPACE_UNITS), so formula and core cannot drift apart (SPEC
 * whitespace_edge; issue #10: zero-width characters and the BOM alike). UNICHAR is Excel 2013's,
 * like UNICODE (support.microsoft.com/office/unichar-function); for 1-31 it gives the ASCII control.
 */
export function unitsAsFormulaTexts(units: readonly number[]): string[] {
  return units.map((unit) => {
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return `UNICHAR(${unit})`;
    const ch = String.fromCharCode(unit);
    return `"${ch === '"' ? '""' : ch}"`;
  });
}

/** {@link unitsAsFormulaTexts} as one text: the literals joined into one, then `&UNICHAR(n)`. */
export function unitsAsFormulaText(units: readonly number[]): string {
  const texts = unitsAsFormulaTexts(units);
  const literals = texts.filter((u) => u.startsWith('"')).map((u) => u.slice(1, -1));
  const controls = texts.filter((u) => !u.startsWith('"'));
  return [...(literals.length > 0 ? [`"${literals.join('')}"`] : []), ...controls].join('&');
}

let blankUnits: readonly string[] | undefined;

/**
 * TRUE when the cell holds something core counts as a value: anything but empty text or text of
 * whitespace only as core judges it (textChecks.ts isBlankText: a cell of no-break spaces is
 * blank), and any error (core reports cell_error). Every whitespace character core knows is
 * removed with SUBSTITUTE (the set asked of core, see {@link unitsAsFormulaTexts}), then TRIM
 * removes the ASCII spaces. Longer than {@link notBlank} (about 500 characters), so used where
 * "blank" decides whether a rule applies at all: the identity highlight.
 */
export function presentAsCore(c: string): string {
  // isBlankText: a text of EDGE_SPACE_UNITS only (what trimEdges removes).
  blankUnits ??= unitsAsFormulaTexts(EDGE_SPACE_UNITS.filter((unit) => unit !== 0x20));
  const removed = blankUnits.reduce((text, unit) => `SUBSTITUTE(${text},${unit},"")`, c);
  return `IFERROR(TRIM(${removed})<>"",1)`;
}

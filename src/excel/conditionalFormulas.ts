/*
 * Formulas for the registration sheet's live highlighting (SPEC "Using it": "live highlighting that
 * works while typing, even when the add-in is not loaded: invalid INSZ, leading/trailing spaces, a
 * bad Geboortedatum, and rows past the 100th sheet row, header included"). ARCHITECTURE "Talking to Excel": "Highlight with
 * conditional formats (formula rules, so they stay live and work without the add-in)".
 *
 * Pure: this file only builds formula strings; registrationSheet.ts puts them on the sheet.
 *
 * Conventions of every formula here:
 * - Invariant (en-US) syntax with `,` between arguments and English function names, for
 *   `ConditionalFormatRule.formula`. Office.js keeps two properties apart: `formula`, and
 *   `formulaLocal`, "the formula ... in the user's language" (Excel.Interfaces.ConditionalFormatRuleData,
 *   ExcelApi 1.6, learn.microsoft.com/javascript/api/excel/excel.interfaces.conditionalformatruledata).
 *   A Belgian Excel shows the same rule as `=EN(...;...)` / `=ET(...;...)`; we never write that form.
 * - Written for the top-left cell of the range the rule is applied to (e.g. `A2` for
 *   `A2:A1048576`). Excel evaluates a custom rule for every cell of its range with the relative
 *   references shifted, so one rule covers the whole column. Decision: apply the rules from the
 *   first data row to the sheet's last row (1,048,576), not to a bounded block: a user may type
 *   anywhere below, and Excel only evaluates conditional formats for the cells it draws, so an
 *   unbounded range costs nothing while the sheet is short.
 * - Only functions Excel 2016 and 2019 have (all from Excel 2010 or older, UNICODE from 2013): no
 *   LET, LAMBDA, TEXTJOIN, IFS, array constants or dynamic arrays. Every function used also exists
 *   in HyperFormula, the engine that checks these formulas in test/excel.
 * - No boolean literals (TRUE/FALSE): HyperFormula parses them as names. Numbers stand in (AND and
 *   NOT read 0 as FALSE and any other number as TRUE, in Excel as in HyperFormula).
 * - Length: a conditional-format formula is an ST_Formula (ISO/IEC 29500-1 §18.3.1.43 `formula` of
 *   `cfRule`), which "Excel restricts ... to be at most 8192 characters" (MS-OI29500 §2.1.1085). The
 *   255-character limit often quoted belongs to data-validation list sources and to string
 *   constants inside a formula, not to conditional formats; see {@link FORMULA_MAX_LENGTH}.
 */

import { checkLinesPerFile, EDGE_SPACE_UNITS, registrationsPerFile } from '../core';

/** Excel's limit on a formula's text, conditional formats included (MS-OI29500 §2.1.1085). */
export const FORMULA_MAX_LENGTH = 8192;

/** Excel's last row (Excel specifications and limits: 1,048,576 rows). */
const LAST_ROW = 1_048_576;

/** An A1 reference to one cell, optionally with `$` (a relative row is what rules need). */
const CELL_REFERENCE = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;
/** A1 reference to one row of cells, e.g. `$A2:$E2`. */
const ROW_CELLS_REFERENCE = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}:\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;

function checkedCell(cell: string): string {
  // A wrong reference is a bug of the caller (ARCHITECTURE: "throw is for broken invariants only").
  if (!CELL_REFERENCE.test(cell))
    throw new RangeError(`conditionalFormulas: not an A1 cell reference: ${cell}`);
  return cell;
}

function checkedRow(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > LAST_ROW) {
    throw new RangeError(
      `conditionalFormulas: ${name} must be an integer from ${min} to ${LAST_ROW}, got ${value}`,
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
const notBlank = (c: string): string => `IFERROR(TRIM(${c})<>"",1)`;

/**
 * The INSZ as Excel can normalise it (SPEC "INSZ rules": "trim outer whitespace, remove the
 * separators `.` `-` and space"): the three separators removed everywhere, which trims ASCII
 * spaces too. A number cell turns into its digits. What no formula can do is NFKC or a full
 * Unicode trim: see {@link inszInvalidFormula} for the resulting (documented) differences.
 */
const inszDigits = (c: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${c},".",""),"-","")," ","")`;

/**
 * TRUE when the text `t` is exactly `n` ASCII digits: `t + 10^n`, written with TEXT's `0`
 * (digits only, in every locale), is "1" followed by `t`. Adding to a text converts it to a
 * number (a letter gives #VALUE!); the text comparison then rejects what the conversion
 * accepts but is no plain digits (`1E5`, `1,5` in a Belgian Excel, `-5`, `+5`, `5%`) and any
 * other number of digits: only n digits give n + 1 characters starting with "1".
 */
const digitsOnly = (t: string, n: number): string => `TEXT(${t}+1${'0'.repeat(n)},"0")="1"&${t}`;

/**
 * TRUE when the cell is not blank and does not hold a valid INSZ, exactly as core judges it
 * (validateRegistrations with validateInsz: SPEC "INSZ rules", the policy of the federal SSIN
 * validator), with today taken from `TODAY()`:
 * - after removing `.` `-` and spaces, exactly 11 ASCII digits `YYMMDDSSSCC`;
 * - month 00-12 (national number), 20-32 or 40-52 (BIS);
 * - check digits `97 - (N mod 97)` with N the first 9 digits (born 19xx) or 2000000000 + N
 *   (born 20xx); 00 never valid; the form that matches gives the century;
 * - a national number's serial is not 000 or 999;
 * - the date exists (with that century; 29/02/2000 yes, 29/02/1900 no), day 00 and month 00
 *   allowed as "unknown", and the known part is not after `TODAY()`;
 * - a number cell must be a whole, non-negative number with those 11 digits: one with 10 digits
 *   lost its leading zero (insz_leading_zero_lost, an error), `8507300332.8` is no INSZ;
 * - an error value (`#N/A`...) is highlighted too (core: cell_error).
 *
 * How, without LET (Excel 2016/2019 have none), with `D` the digits after removing separators:
 * - shape: `TEXT(D+100000000000,"0")="1"&D` holds only for 11 ASCII digits (see `digitsOnly`);
 * - check digits without splitting the number: `MOD(N11, 9700) = 100*(N mod 97) + CC`, since
 *   9700 = 97 * 100; then `r + CC = 97` exactly when that value is 97 modulo 99 (100 = 1 mod 99,
 *   and r + CC <= 195 < 97 + 99). The 20xx form adds 2000000000 to N, i.e. 6800 to N11 (only the
 *   value mod 9700 matters: 2000000000 mod 97 = 68). `FIND(97, r19 & "|" & r20)` is 1 for a 19xx
 *   number, 3 or 4 for a 20xx number and an error when neither matches, which gives the
 *   century. Core proves the two forms can never both match.
 * - month and serial: `CHOOSE(INT(MM/20)+1, serial check, 1, 1)`: MM 00-19 is a national number
 *   (MOD(SSS, 999) = 0 for 000 and 999), 20-59 BIS, 60-99 an error (no 4th or 5th choice). MM
 *   13-19, 33-39 and 53-59 give month 13-19, which fails the date check below.
 * - date: `E = DATE(year + 400, MAX(1, m), d)` with m = MM mod 20 and d the day, or 1 when the day
 *   or the month is unknown. Then `MONTH(T - DATEDIF(E, T, "D")) = MAX(1, m)` with T = today +
 *   400 years: DATEDIF is #NUM! when E is after T (born after today), otherwise the expression is
 *   MONTH(E), which differs from the month asked when the day does not exist (DATE rolls 31/04 over
 *   to 01/05). The 400-year shift (146097 days, one Gregorian cycle, so the same leap years) keeps
 *   the date out of Excel's fictitious 29/02/1900 (Excel treats 1900 as a leap year; core does not).
 * - Any error on the way (letters, a wrong checksum, an impossible month) makes IFERROR answer 0,
 *   i.e. "not valid".
 *
 * MOD and large numbers: in old Excel versions MOD(n, d) returns #NUM! when n >= d * 2^27
 * (Microsoft KB 119083; C. Pearson, "The MOD Function": fixed as of Excel 2007). The only MOD on
 * the 11-digit number has d = 9700, so the limit is 9700 * 2^27 = 1,301,911,961,600, far above
 * the largest dividend 99,999,999,999 + 6800; every other MOD works on at most 4 digits. So the
 * formula gives the same verdict even where that bug exists (test/excel checks it with a MOD that
 * fails like the old one).
 *
 * Known differences from core (the formula is stricter; it never passes a value core blocks):
 * - NFKC cannot be done by a formula: fullwidth digits `８５...`, fullwidth `．` `－`, a no-break
 *   or ideographic space between the digits: core accepts them, the formula highlights the cell.
 * - Only ASCII spaces are trimmed: a tab, line break, no-break space, ideographic space or BOM at
 *   the start or end makes the formula highlight a cell core accepts (core reports only the
 *   whitespace_edge warning, and {@link edgeWhitespaceFormula} highlights it too). A cell of such
 *   whitespace only is blank for core and highlighted here.
 * The export is not affected: it always runs core.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `A2`.
 * @returns the rule formula, with the leading `=`, about 1,000 characters (limit 8192).
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('A2:A1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = inszInvalidFormula('A2');
 * rule.custom.format.fill.color = '#FFC7CE';
 * ```
 */
export function inszInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const d = inszDigits(c);
  // SPEC: "The real month is MM mod 20"; LEFT(D,4) = 100*YY + MM has the same value mod 20.
  const month = `MOD(LEFT(${d},4),20)`;
  const knownMonth = `MAX(1,${month})`;
  // Day 00 (day unknown) and month 00 (only the year known: any day digits) both become day 1.
  const knownDay = `MAX(1,MID(${d},5,2)*(${month}>0))`;
  // 1 when the 19xx check digits match, 3 or 4 for the 20xx ones, #VALUE! for neither.
  const checkDigits = `FIND(97,MOD(MOD(${d},9700),99)&"|"&MOD(MOD(${d}+6800,9700),99))`;
  // Year + 400: same calendar, clear of Excel's 1900 leap-year bug.
  const shiftedYear = `LEFT(${d},2)+2300+100*(${checkDigits}>1)`;
  const shiftedToday = 'TODAY()+146097';
  const date = `DATE(${shiftedYear},${knownMonth},${knownDay})`;
  const valid = [
    digitsOnly(d, 11),
    // A number cell: whole and not negative (core: insz_characters otherwise).
    `ABS(N(${c}))=INT(N(${c}))`,
    `CHOOSE(INT(MID(${d},3,2)/20)+1,MOD(MID(${d},7,3),999),1,1)`,
    `MONTH(${shiftedToday}-DATEDIF(${date},${shiftedToday},"D"))=${knownMonth}`,
  ].join(',');
  return `=AND(${notBlank(c)},NOT(IFERROR(AND(${valid}),0)))`;
}

/**
 * What core's whitespace_edge reports at an edge (textChecks.ts EDGE_SPACE_UNITS: what JavaScript's
 * `trim()` removes plus the zero-width characters U+200B-U+200D, U+2060), apart from the ASCII
 * controls TAB, LF, VT, FF, CR, which are tested by code since control characters do not belong
 * in a formula.
 */
const SPACE_CHARACTERS = EDGE_SPACE_UNITS.filter((unit) => unit >= 0x20);
const SPACES_LITERAL = `"${String.fromCharCode(...SPACE_CHARACTERS)}"`;

/**
 * TRUE when a text starts or ends with whitespace of any kind that core trims (SPEC
 * whitespace_edge: "leading/trailing whitespace of any kind (space, tab, no-break space U+00A0,
 * ...)"; exactly textChecks.ts hasEdgeWhitespace: `trim()`'s whitespace and the zero-width characters).
 *
 * The first and last characters are looked up in a string of the 24 space characters (FIND: no
 * wildcards, case-sensitive), and TAB, LF, VT, FF, CR by code (`ABS(UNICODE(ch)-11)<3` is 9-13).
 * `c & "x"` and `"x" & c` make an empty cell give the harmless character `x`. Excel's TRIM and
 * CLEAN do not fit: TRIM knows only U+0020 and CLEAN removes every control character, which
 * core reports as control_character, not whitespace_edge. A number is never flagged; an error
 * value gives an error, so the rule does not apply (the task pane reports cell_error).
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `B2`.
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('A2:E1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = edgeWhitespaceFormula('A2');
 * ```
 */
export function edgeWhitespaceFormula(cell: string): string {
  const c = checkedCell(cell);
  const first = `LEFT(${c}&"x")`;
  const last = `RIGHT("x"&${c})`;
  return (
    `=OR(ISNUMBER(FIND(${first},${SPACES_LITERAL})),ISNUMBER(FIND(${last},${SPACES_LITERAL})),` +
    `ABS(UNICODE(${first})-11)<3,ABS(UNICODE(${last})-11)<3)`
  );
}

/**
 * TRUE when the Geboortedatum cell is not blank and is not exactly 8 digits (SPEC: "Geboortedatum
 * is `ddmmyyyy`: exactly 8 digits, zero-padded, no separators"; issues birthdate_format,
 * birthdate_leading_zero_lost, birthdate_is_date). Text must be 8 ASCII digits once ASCII spaces
 * are trimmed (core trims first and reports edge spaces as whitespace_edge only); a number must
 * be a whole 8-digit number: `1012000` lost its leading zero (birthdate_leading_zero_lost), an
 * Excel date is a serial of at most 7 digits (birthdate_is_date). An error value is highlighted
 * too (cell_error). Whether the 8 digits are a real date is {@link birthDateInvalidFormula}'s.
 *
 * Known difference (as for {@link inszInvalidFormula}): edge whitespace other than U+0020 (tab,
 * no-break space, ...) is highlighted here while core trims it, and a cell of such whitespace
 * only is blank for core. Fullwidth digits are no difference: core refuses them here too.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `D2`.
 *
 * @example
 * ```ts
 * birthDateShapeFormula('D2');
 * // '=AND(IFERROR(TRIM(D2)<>"",1),NOT(IFERROR(TEXT(TRIM(D2)+100000000,"0")="1"&TRIM(D2),0)))'
 * ```
 */
export function birthDateShapeFormula(cell: string): string {
  const c = checkedCell(cell);
  return `=AND(${notBlank(c)},NOT(IFERROR(${digitsOnly(`TRIM(${c})`, 8)},0)))`;
}

/**
 * TRUE when the Geboortedatum cell is not blank and core would block it for what the cell itself
 * holds: not 8 digits ({@link birthDateShapeFormula}), 8 digits that are no real date
 * (birthdate_invalid: 31/04, 29/02 outside leap years, year 0000), or a date after `TODAY()`
 * (birthdate_future). Not checked here: birthdate_after_administration (needs the batch's
 * date, on another sheet) and the warning birthdate_before_1900.
 *
 * With `t` the trimmed text: the date exists when `MONTH(DATE(MOD(yyyy,400)+2000, mm, dd)) = mm`
 * (DATE rolls 31/04 over to May, month 13 to January, month 00 to December; reducing the year
 * mod 400 keeps its leap-year rule and avoids both Excel's year < 1900 rule, where DATE adds
 * 1900, and its fictitious 29/02/1900), and day and year are not 00 and 0000. Not in the future:
 * `DATE(MAX(yyyy,1900), mm, dd) <= TODAY()`, since a year before 1900 is never in the future.
 * Known difference: the same edge-whitespace one as {@link birthDateShapeFormula}.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `D2`.
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('D2:D1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = birthDateInvalidFormula('D2');
 * ```
 */
export function birthDateInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const t = `TRIM(${c})`;
  const [day, month, year] = [`LEFT(${t},2)`, `MID(${t},3,2)`, `RIGHT(${t},4)`];
  const valid = [
    digitsOnly(t, 8),
    // Day 00 and year 0000 do not exist; DATE is not asked about day 0 (HyperFormula gets
    // DATE(y,1,0) wrong, and a product is shorter than two tests).
    `${day}*${year}>0`,
    `MONTH(DATE(MOD(${year},400)+2000,${month},${day}))=--${month}`,
    `DATE(MAX(--${year},1900),${month},${day})<=TODAY()`,
  ].join(',');
  return `=AND(${notBlank(c)},NOT(IFERROR(AND(${valid}),0)))`;
}

/** Options of {@link overLimitFormula} and {@link overLimitBands}. */
export interface OverLimitOptions {
  /**
   * The cells of the rule's first row that make a row "used", relative row, absolute columns:
   * default `$A<firstDataRow>:$E<firstDataRow>`, the five registration columns. Empty rows are
   * never shaded.
   */
  readonly rowCells?: string;
}

function usedRow(firstDataRow: number, options: OverLimitOptions): string {
  const rowCells = options.rowCells ?? `$A${firstDataRow}:$E${firstDataRow}`;
  if (!ROW_CELLS_REFERENCE.test(rowCells)) {
    throw new RangeError(`conditionalFormulas: not an A1 range of one row: ${rowCells}`);
  }
  return `COUNTA(${rowCells})>0`;
}

/**
 * Registrations per file for the band formulas, through core's one validation of the setting.
 * Callers pass a setting core accepted (createBatch refuses a bad one as data); reaching here with
 * a refused value is a caller's bug, so it throws like the other argument checks of this module.
 */
function checkedPerFile(linesPerFile: number): number {
  const lines = checkLinesPerFile(linesPerFile);
  if (!lines.ok) {
    throw new RangeError(`conditionalFormulas: linesPerFile refused by core (${String(linesPerFile)})`);
  }
  return registrationsPerFile(lines.value);
}

/**
 * TRUE for a used row past the first file (SPEC: "At most 100 lines per file, the header line
 * included ..., so 99 registrations ... On a registration sheet (header in row 1) the sheet row
 * number is the file's line number while rows are contiguous: the overflow band starts at sheet row
 * 101"; issue rows_over_limit). Core's sheetRowPart is the same rule.
 *
 * It counts sheet rows: row `firstDataRow + (linesPerFile - 1)` and below. That is exact while the
 * rows are contiguous and all exportable; an empty or blocked row above moves the real boundary
 * down (core skips it), and the task pane shows the exact files. Counting the used rows above
 * each row instead (`COUNTA($A$2:$A2)`) would make every cell's rule read all the rows above it,
 * O(n²) over 100,000 rows, and recalculate on every edit.
 *
 * @param firstDataRow the sheet row of the first registration (2 under the header).
 * @param linesPerFile the export setting, lines per file with the header (SPEC: default 100).
 *
 * @example
 * ```ts
 * overLimitFormula(2, 100); // '=AND(COUNTA($A2:$E2)>0,ROW()>=101)'
 * ```
 */
export function overLimitFormula(
  firstDataRow: number,
  linesPerFile: number,
  options: OverLimitOptions = {},
): string {
  const first = checkedRow('firstDataRow', firstDataRow, 1);
  const perFile = checkedPerFile(linesPerFile);
  return `=AND(${usedRow(first, options)},ROW()>=${first + perFile})`;
}

/** One shading rule of {@link overLimitBands}. */
export interface OverLimitBand {
  /** `even`: files 2, 4, 6...; `odd`: files 3, 5, 7... (file 1 is never shaded). */
  readonly files: 'even' | 'odd';
  readonly formula: string;
  /** Fill colour, `#RRGGBB`. */
  readonly fill: string;
}

/**
 * Light fills that leave an error fill (Excel's "light red" `#FFC7CE`) readable: blue for files
 * 2, 4, ..., yellow for files 3, 5, ....
 */
export const OVER_LIMIT_FILLS: readonly [even: string, odd: string] = ['#DDEBF7', '#FFF2CC'];

/**
 * Two rules that shade the used rows past the first file, alternating per file (file 2 blue,
 * file 3 yellow, file 4 blue, ...), so the user sees where each further file starts (SPEC "Using
 * it": "rows past the 100th sheet row, header included (those go into a further file)"). Row position as in
 * {@link overLimitFormula}: exact for contiguous exportable rows; the task pane shows the exact
 * files. File of a row: `INT((ROW() - firstDataRow) / (linesPerFile - 1)) + 1` (core:
 * sheetRowPart). Add them after the error rules, so an error fill wins where both apply.
 *
 * @example
 * ```ts
 * overLimitBands(2, 100).map((band) => band.formula);
 * // ['=AND(COUNTA($A2:$E2)>0,ROW()>=101,ISODD(INT((ROW()-2)/99)))',
 * //  '=AND(COUNTA($A2:$E2)>0,ROW()>=200,ISEVEN(INT((ROW()-2)/99)))']
 * ```
 */
export function overLimitBands(
  firstDataRow: number,
  linesPerFile: number,
  options: OverLimitOptions = {},
): readonly OverLimitBand[] {
  const first = checkedRow('firstDataRow', firstDataRow, 1);
  const max = checkedPerFile(linesPerFile);
  const used = usedRow(first, options);
  // (ROW() - first) / max is the file number minus 1: odd for files 2, 4, ...; the ROW() bound
  // keeps it non-negative (Excel's INT rounds negatives down, so a row above would count as odd).
  const fileIndex = `INT((ROW()-${first})/${max})`;
  const [evenFill, oddFill] = OVER_LIMIT_FILLS;
  return [
    { files: 'even', formula: `=AND(${used},ROW()>=${first + max},ISODD(${fileIndex}))`, fill: evenFill },
    { files: 'odd', formula: `=AND(${used},ROW()>=${first + 2 * max},ISEVEN(${fileIndex}))`, fill: oddFill },
  ];
}

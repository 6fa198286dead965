import { checkLinesPerFile, registrationsPerFile } from '../core';
import { ROW_CELLS_REFERENCE, checkedRow } from './formulaParts';

/*
 * The shading of the rows of further files (SPEC "Using it": "rows past the 100th sheet row, header
 * included"), with the conventions of formulaParts.ts.
 */

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
    throw new RangeError(`overLimitBands: not an A1 range of one row: ${rowCells}`);
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
    throw new RangeError(`overLimitBands: linesPerFile refused by core (${String(linesPerFile)})`);
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

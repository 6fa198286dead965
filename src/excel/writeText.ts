import { excelText } from './excelText';
import { GENERAL_FORMAT, TEXT_FORMAT } from './numberFormats';

/*
 * Writing text that must stay text (issue #10: "Values and their text format must be written
 * together, always"). Excel coerces a numeric-looking string written to a General cell into a
 * number (ARCHITECTURE "Talking to Excel": "Set numberFormat to text (@) BEFORE writing values that
 * must stay text, or Excel turns 01012000 into the number 1012000"; Excel.Range.values remarks), so
 * an INSZ `05030490206` would become 5030490206. Relying on a format set elsewhere (a column format
 * queued by another module) breaks silently the day that call moves; here the format is set on the
 * very range the values go to, just before them, in the same batch.
 */

/**
 * One cell to write: text (kept as text, format `@`), an Excel error literal (`#N/A`, kept an
 * error, format General), a value with its own number format (a date serial with a date format, a
 * dose under General), or null (left as is).
 */
export type TextCell =
  | { readonly text: string }
  | { readonly error: string }
  | { readonly value: string | number | boolean; readonly format: string }
  | null;

function formatOf(cell: Exclude<TextCell, null>): string {
  if ('text' in cell) return TEXT_FORMAT;
  return 'error' in cell ? GENERAL_FORMAT : cell.format;
}

function valueOf(cell: Exclude<TextCell, null>): string | number | boolean {
  if ('text' in cell) return excelText(cell.text);
  if ('error' in cell) return cell.error;
  return typeof cell.value === 'string' ? excelText(cell.value) : cell.value;
}

/**
 * Queues, on `range`, number format `@` and then the texts (an error literal gets General so Excel
 * keeps it an error, a formatted value its own format; a null cell is left unchanged in both,
 * "Blank and null values in Excel add-ins"). `cells` must have the range's shape. A text starting
 * with an apostrophe keeps it ({@link excelText}).
 *
 * @example
 * ```ts
 * queueTextCells(sheet.getRange('A2:B2'), [[{ text: '05030490206' }, { text: 'Peeters' }]]);
 * await context.sync(); // A2 holds the text 05030490206, not a number
 * ```
 */
export function queueTextCells(range: Excel.Range, cells: readonly (readonly TextCell[])[]): void {
  range.numberFormat = cells.map((row) =>
    row.map((cell) => (cell === null ? null : formatOf(cell))),
  ) as string[][];
  range.values = cells.map((row) => row.map((cell) => (cell === null ? null : valueOf(cell)))) as string[][];
}

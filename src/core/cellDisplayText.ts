import { excelSerialToDate } from './calendar';
import { isBlankText } from './textChecks';
import type { Cell, RegistrationColumn } from './types';

/**
 * The registration columns where a number, date or boolean cell is taken as the text Excel shows
 * (cell_not_text, issue #10): the Excel layer reads `Range.text` for these columns only, so the
 * read stays cheap. INSZ and Geboortedatum have their own rules for numbers and dates
 * (insz_leading_zero_lost, birthdate_is_date, birthdate_leading_zero_lost).
 */
export const DISPLAY_TEXT_COLUMNS: readonly RegistrationColumn[] = ['naam', 'voornaam', 'postcode'];

/** Two digits, zero-padded. */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The text Excel shows for a number, date or boolean cell: the cell's own `text` (the Excel layer
 * reads `Range.text`, which "will not depend on the cell width": no `####`, @types/office-js
 * Excel.Range.text) when it holds something visible; otherwise a stand-in for callers that have no
 * `text` (tests, formulas): a boolean as `TRUE`/`FALSE`, a date as `dd/mm/yyyy` (a Belgian Excel's
 * short date), a number as JavaScript writes it with Excel's capital `E` (`1E+21`). A number format
 * that shows nothing (`;;;`) also gets the stand-in: a fix must never clear a value the user typed.
 *
 * @example
 * ```ts
 * cellDisplayText({ kind: 'number', value: 1000 }); // '1000'
 * cellDisplayText({ kind: 'date', value: 36526, text: '1/01/2000' }); // '1/01/2000'
 * cellDisplayText({ kind: 'date', value: 36526 }); // '01/01/2000'
 * cellDisplayText({ kind: 'boolean', value: true, text: 'WAAR' }); // 'WAAR'
 * cellDisplayText({ kind: 'number', value: 1e21 }); // '1E+21'
 * ```
 */
export function cellDisplayText(cell: Extract<Cell, { kind: 'number' | 'date' | 'boolean' }>): string {
  if (cell.text !== undefined && !isBlankText(cell.text)) return cell.text;
  switch (cell.kind) {
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date': {
      const date = excelSerialToDate(cell.value);
      if (date !== null) return `${pad2(date.day)}/${pad2(date.month)}/${String(date.year)}`;
      return String(cell.value).toUpperCase();
    }
    default:
      return String(cell.value).toUpperCase();
  }
}

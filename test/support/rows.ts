/**
 * Small builders for registration rows in tests: cells as Excel hands them to core, and rows of
 * the five columns in file order (INSZ, Naam, Voornaam, Geboortedatum, Postcode).
 *
 * @example
 * ```ts
 * textRow(2, [makeInsz({ year: 1985, month: 7, day: 30, serial: 901 }), 'Peeters', 'Jan']);
 * cellsRow(3, { geboortedatum: cell.number(1012000) });
 * ```
 */
import type {
  Cell,
  CsvRecord,
  ExportValidation,
  RegistrationColumn,
  RegistrationRow,
  RowStatus,
} from '../../src/core/types';
import { ROW_READY, rowStatusName } from '../../src/core/types';

/** One cell of each kind, as src/excel reads them (values + valueTypes + numberFormat). */
export const cell = {
  empty: (): Cell => ({ kind: 'empty', value: null }),
  text: (value: string): Cell => ({ kind: 'text', value }),
  number: (value: number): Cell => ({ kind: 'number', value }),
  /** An Excel date: the serial number in the 1900 date system (e.g. 31258 = 30/07/1985). */
  date: (serial: number): Cell => ({ kind: 'date', value: serial }),
  boolean: (value: boolean): Cell => ({ kind: 'boolean', value }),
  /** A number, date or boolean with the text Excel shows for it (`Range.text`: `1/01/2000`, `WAAR`). */
  shown: (shownCell: Cell, text: string): Cell =>
    shownCell.kind === 'number' || shownCell.kind === 'date' || shownCell.kind === 'boolean'
      ? { ...shownCell, text }
      : shownCell,
  /** An Excel error value such as `#N/A`, `#VALUE!`, `#REF!`. */
  error: (value: string): Cell => ({ kind: 'error', value }),
};

/** A string is a text cell, except '' which is an empty cell (as Excel reads a blank cell). */
const toCell = (value: string | Cell | undefined): Cell =>
  value === undefined || value === '' ? cell.empty() : typeof value === 'string' ? cell.text(value) : value;

/**
 * A row from up to five values in file order [insz, naam, voornaam, geboortedatum, postcode];
 * missing values are empty cells, '' is an empty cell, any other string a text cell, and a Cell
 * is used as given.
 */
export function textRow(row: number, values: readonly (string | Cell)[]): RegistrationRow {
  return {
    row,
    cells: {
      insz: toCell(values[0]),
      naam: toCell(values[1]),
      voornaam: toCell(values[2]),
      geboortedatum: toCell(values[3]),
      postcode: toCell(values[4]),
    },
  };
}

/** A row from the cells named; the others are empty. */
export function cellsRow(row: number, cells: Partial<Record<RegistrationColumn, Cell>>): RegistrationRow {
  return {
    row,
    cells: {
      insz: cells.insz ?? cell.empty(),
      naam: cells.naam ?? cell.empty(),
      voornaam: cells.voornaam ?? cell.empty(),
      geboortedatum: cells.geboortedatum ?? cell.empty(),
      postcode: cells.postcode ?? cell.empty(),
    },
  };
}

/** One input row's verdict in one readable object (tests only; core keeps these in columns). */
export interface Verdict {
  row: number;
  status: RowStatus;
  record: CsvRecord | null;
}

/**
 * validateForExport's columns (a status byte per row, the records of the ready rows) joined back
 * into one object per input row, for assertions: rows[i] gets status[i], and the k-th ready row
 * records[k]. Throws when the columns do not line up, so a test cannot pass on a broken report.
 */
export function verdictsOf(rows: readonly RegistrationRow[], report: ExportValidation): Verdict[] {
  if (report.status.length !== rows.length) {
    throw new Error(`${report.status.length} statuses for ${rows.length} rows`);
  }
  let k = 0;
  const verdicts = rows.map((r, i): Verdict => {
    const code = report.status[i] as number;
    const record = code === ROW_READY ? report.records[k++] : null;
    if (record === undefined) throw new Error(`ready row ${r.row} has no record`);
    return { row: r.row, status: rowStatusName(code), record };
  });
  if (k !== report.records.length) throw new Error(`${report.records.length} records for ${k} ready rows`);
  return verdicts;
}

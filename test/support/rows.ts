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
import type { Cell, RegistrationColumn, RegistrationRow } from '../../src/core/types';

/** One cell of each kind, as src/excel reads them (values + valueTypes + numberFormat). */
export const cell = {
  empty: (): Cell => ({ kind: 'empty', value: null }),
  text: (value: string): Cell => ({ kind: 'text', value }),
  number: (value: number): Cell => ({ kind: 'number', value }),
  /** An Excel date: the serial number in the 1900 date system (e.g. 31258 = 30/07/1985). */
  date: (serial: number): Cell => ({ kind: 'date', value: serial }),
  boolean: (value: boolean): Cell => ({ kind: 'boolean', value }),
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

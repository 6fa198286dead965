import { REGISTRATION_COLUMNS, type RegistrationColumn } from '../core';
import { LAST_COLUMN } from './a1Address';
import { MAX_SHEET_ROW } from './excelLimits';

/*
 * Where the five registration columns are on a sheet (SPEC "Using it": "Controleren finds the
 * header row ..., lets them confirm the column mapping").
 */

/** 0-based sheet column of each registration column, null when the sheet has none. */
export type ColumnMapping = Readonly<Record<RegistrationColumn, number | null>>;

/** Where the registration columns are on a sheet. */
export interface SheetMapping {
  /** Excel row (1-based) of the header; data starts on the next row. */
  readonly headerRow: number;
  readonly columns: ColumnMapping;
}

/** A sheet the add-in made: header in A1:E1, the five columns in file order. */
export const REGISTRATION_SHEET_MAPPING: SheetMapping = {
  headerRow: 1,
  columns: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: 4 },
};

/** Checks a mapping the user confirmed or changed; null when it is usable. */
export function mappingProblem(mapping: SheetMapping): 'header_row' | 'column' | 'duplicate_column' | null {
  const { headerRow } = mapping;
  if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow >= MAX_SHEET_ROW) return 'header_row';
  const seen = new Set<number>();
  for (const column of REGISTRATION_COLUMNS) {
    const index = mapping.columns[column];
    if (index === null) continue;
    if (!Number.isInteger(index) || index < 0 || index > LAST_COLUMN) return 'column';
    if (seen.has(index)) return 'duplicate_column';
    seen.add(index);
  }
  return null;
}

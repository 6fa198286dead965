import { type BatchField } from '../core';
import { REGISTRATION_SHEET_MAPPING, type SheetMapping } from './sheetMapping';
import { REGISTER_COLUMNS } from './registerColumns';

/*
 * Where a day register's columns are (SPEC "A day's register"): the five registration columns as on
 * a registration sheet, plus the batch columns. A register the add-in made has a fixed layout
 * ({@link REGISTER_SHEET_MAPPING}); a practice's own list is mapped by proposeRegisterMapping.ts and
 * confirmed by the user.
 */

/** Where the registration and batch columns are on a register. */
export interface RegisterMapping extends SheetMapping {
  /** 0-based sheet column of each batch field the sheet has; a field without a column is blank. */
  readonly batch: Readonly<Partial<Record<BatchField, number>>>;
}

/** A register the add-in made: A:E, then the batch columns from F (registerColumns.ts). */
export const REGISTER_SHEET_MAPPING: RegisterMapping = {
  ...REGISTRATION_SHEET_MAPPING,
  batch: Object.fromEntries(REGISTER_COLUMNS.map((column) => [column.field, column.index])),
};

import { type BatchField, REGISTER_FIELD_ORDER, REGISTER_FIELD_TITLES } from '../core';
import { BATCH_COLUMNS } from './batchTable';
import { LIST_DEFINITIONS, listValidationSource } from './dropDownLists';
import { TEXT_FORMAT } from './numberFormats';
import { YES_NO_SOURCE } from './yesNo';

/*
 * The day register's batch columns (issue #9, SPEC "A day's register"): columns A:E are a
 * registration sheet's, then one column per batch field from F (core REGISTER_FIELD_ORDER), with
 * the batch table's formats and drop-downs.
 */

/** The date format of the Datum toediening column: a typed date becomes a real Excel date. */
export const REGISTER_DATE_FORMAT = 'dd/mm/yyyy';

/** One batch column of a register: its field, 0-based sheet column, title and format. */
export interface RegisterColumn {
  readonly field: BatchField;
  readonly index: number;
  readonly title: string;
  readonly numberFormat: string;
  readonly width: number;
  /** Data-validation source and whether other values are refused; absent: no drop-down. */
  readonly dropDown?: { readonly source: string; readonly strict: boolean };
}

/** Drop-down source of a batch-table column definition (a lists-sheet name or the Ja/Nee literal). */
function dropDownOf(field: BatchField): RegisterColumn['dropDown'] {
  const definition = BATCH_COLUMNS.find((column) => column.key === field)?.dropDown;
  if (definition === undefined) return undefined;
  if (definition.source === 'yesNo') return { source: YES_NO_SOURCE, strict: definition.strict };
  const list = LIST_DEFINITIONS.find((item) => item.key === definition.source);
  return list === undefined ? undefined : { source: listValidationSource(list), strict: definition.strict };
}

/**
 * The batch columns of a register the add-in makes, F onwards in REGISTER_FIELD_ORDER. Formats as
 * the batch table's (text where leading zeros matter: INSZ toediener, lot), except the date, which
 * gets a date format so that what the nurse types is a real date Excel can check.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = REGISTER_FIELD_ORDER.map((field, i) => {
  const definition = BATCH_COLUMNS.find((column) => column.key === field);
  const dropDown = dropDownOf(field);
  return {
    field,
    index: 5 + i,
    title: REGISTER_FIELD_TITLES[field],
    numberFormat:
      field === 'datumToediening' ? REGISTER_DATE_FORMAT : (definition?.numberFormat ?? TEXT_FORMAT),
    width: definition?.width ?? 100,
    ...(dropDown === undefined ? {} : { dropDown }),
  };
});

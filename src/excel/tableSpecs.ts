import { DEFAULT_LISTS } from '../core';
import { columnLetter } from './a1Address';
import { BATCHES_SHEET, BATCHES_TABLE, BATCH_COLUMNS } from './batchTable';
import type { ColumnDefinition } from './columnDefinition';
import { LISTS_SHEET, LIST_DEFINITIONS, type ListDefinition } from './dropDownLists';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_SHEET, EXPORT_LOG_TABLE } from './exportLogTable';
import { TEXT_FORMAT } from './numberFormats';
import type { TableSnapshot } from './tableSnapshot';

/*
 * The tables the set-up owns: where each goes, what it looks like when created, its addresses.
 */

/** A table the set-up owns, where it goes, what it looks like when created. */
export interface TableSpec {
  readonly tableName: string;
  /** Preferred sheet. */
  readonly sheetName: string;
  /** 0-based column of the table's first column. */
  readonly firstColumn: number;
  readonly columns: readonly ColumnDefinition<string>[];
  /** Data rows written when the table is created (the default lists). */
  readonly initialRows: readonly (readonly string[])[];
  /** Freeze the header row when the set-up creates the sheet. */
  readonly freezeHeader: boolean;
}

function listColumn(list: ListDefinition): ColumnDefinition<string> {
  return { key: list.key, header: list.header, numberFormat: TEXT_FORMAT, width: list.width };
}

/** Every table of the layout, in sheet-creation order. */
export const TABLE_SPECS: readonly TableSpec[] = [
  {
    tableName: BATCHES_TABLE,
    sheetName: BATCHES_SHEET,
    firstColumn: 0,
    columns: BATCH_COLUMNS,
    initialRows: [],
    freezeHeader: true,
  },
  {
    tableName: EXPORT_LOG_TABLE,
    sheetName: EXPORT_LOG_SHEET,
    firstColumn: 0,
    columns: EXPORT_LOG_COLUMNS,
    initialRows: [],
    freezeHeader: true,
  },
  ...LIST_DEFINITIONS.map((list): TableSpec => ({
    tableName: list.tableName,
    sheetName: LISTS_SHEET,
    firstColumn: list.columnIndex,
    columns: [listColumn(list)],
    // SPEC: immunisatieproduct starts empty; DEFAULT_LISTS holds no product.
    initialRows: DEFAULT_LISTS[list.key].map((item) => [item]),
    freezeHeader: true,
  })),
];

/**
 * A1 address (no sheet) of a table's columns from row `firstRow` to `lastRow` (1-based); `columns`
 * when the table has fewer than the spec (an earlier version's layout).
 */
export function tableAddress(
  spec: TableSpec,
  firstRow: number,
  lastRow: number,
  columns: number = spec.columns.length,
): string {
  const first = columnLetter(spec.firstColumn);
  const last = columnLetter(spec.firstColumn + columns - 1);
  return `${first}${firstRow}:${last}${lastRow}`;
}

/** Whole columns of a table, e.g. `A:R`. */
export function tableColumnsAddress(spec: TableSpec): string {
  return `${columnLetter(spec.firstColumn)}:${columnLetter(spec.firstColumn + spec.columns.length - 1)}`;
}

/** The snapshot of a table queued for creation in this batch: headers and the initial rows. */
export function freshTableSnapshot(spec: TableSpec, sheetName: string): TableSnapshot {
  return {
    tableName: spec.tableName,
    sheetName,
    headers: spec.columns.map((column) => column.header),
    // A header-only table has one blank body row (see queueCreateTable).
    rows: spec.initialRows.length > 0 ? spec.initialRows : [spec.columns.map(() => '')],
    firstRowIndex: 1,
    columnIndex: spec.firstColumn,
  };
}

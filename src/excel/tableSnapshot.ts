import type { ColumnDefinition } from './columnDefinition';

/*
 * Reading one of the add-in's tables in one sync, and finding its cells by column.
 *
 * Columns are found by their header text, not by position: a user may move, add or hide columns
 * of a table. Tables are found by name, not by sheet.
 */

/** A table as read in one sync: headers, body values and where the body sits. */
export interface TableSnapshot {
  readonly tableName: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** Body values, blank rows included (a new table has one blank row). */
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based sheet row of the first body row. */
  readonly firstRowIndex: number;
  /** 0-based sheet column of the table's first column. */
  readonly columnIndex: number;
}

/**
 * Queues the read of a table that exists (check with the probe first: `getItem` of a missing
 * table fails the sync). Call the returned function after `context.sync()`.
 *
 * The whole body is read at once: the batch table and export log hold one row per batch or file,
 * so even 20,000 log rows (about 250 bytes each) stay under Excel on the web's 5 MB response limit.
 */
export function queueReadTable(context: Excel.RequestContext, tableName: string): () => TableSnapshot {
  const table = context.workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values,rowIndex,columnIndex');
  const sheet = body.worksheet.load('name');
  return () => ({
    tableName,
    sheetName: sheet.name,
    headers: (header.values[0] ?? []).map((value: unknown) => String(value)),
    rows: body.values,
    firstRowIndex: body.rowIndex,
    columnIndex: body.columnIndex,
  });
}

function headerKey(text: string): string {
  return text.trim().toUpperCase();
}

/**
 * Table column index of each column definition, by header (trimmed, ignoring case); -1 when the
 * table has no such column.
 */
export function columnPositions<K extends string>(
  snapshot: Pick<TableSnapshot, 'headers'>,
  columns: readonly ColumnDefinition<K>[],
): Map<K, number> {
  const byHeader = new Map<string, number>();
  snapshot.headers.forEach((header, i) => {
    const key = headerKey(header);
    if (!byHeader.has(key)) byHeader.set(key, i);
  });
  return new Map(columns.map((column) => [column.key, byHeader.get(headerKey(column.header)) ?? -1]));
}

/** A cell of a snapshot row by column key ('' when the column is missing). */
export function cellOf<K extends string>(
  row: readonly unknown[],
  positions: Map<K, number>,
  key: K,
): unknown {
  const index = positions.get(key) ?? -1;
  return index < 0 ? '' : (row[index] ?? '');
}

import type { ColumnDefinition } from './columnDefinition';
import { columnPositions, type TableSnapshot } from './tableSnapshot';

/**
 * Queues the append, at the end of an existing table, of the columns among `keys` that a later
 * version added to the layout (`addedLater`) and the table lacks (it was made by an earlier
 * version; setupWorkbook.ts never touches a table it finds). Returns the snapshot as it will be
 * once the queued work has run, for writes in the same sync. Nothing is queued when no column is
 * missing.
 *
 * Why at the end, why bare, and why a deleted column comes back:
 * docs/decisions/0008-later-columns-appended-at-the-end.md.
 *
 * @example
 * ```ts
 * const table = queueAddLaterColumns(context, batches, BATCH_COLUMNS, ['notExported']);
 * queueUpdateRecord(context, table, bodyRow, BATCH_COLUMNS, { notExported: '0' });
 * await context.sync(); // one write
 * ```
 */
export function queueAddLaterColumns<K extends string>(
  context: Excel.RequestContext,
  snapshot: TableSnapshot,
  columns: readonly ColumnDefinition<K>[],
  keys: readonly K[],
): TableSnapshot {
  const positions = columnPositions(snapshot, columns);
  const missing = columns.filter(
    (column) => column.addedLater === true && keys.includes(column.key) && positions.get(column.key) === -1,
  );
  if (missing.length === 0) return snapshot;
  const table = context.workbook.tables.getItem(snapshot.tableName);
  const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
  const bodyRows = snapshot.rows.length;
  missing.forEach((column, i) => {
    table.columns.add();
    const sheetColumn = snapshot.columnIndex + snapshot.headers.length + i;
    const header = sheet.getRangeByIndexes(snapshot.firstRowIndex - 1, sheetColumn, 1, 1);
    header.values = [[column.header]];
    // Its header note, as the set-up gives the columns it creates (setupWorkbook.ts, ExcelApi 1.8).
    if (column.headerNote !== undefined)
      header.dataValidation.prompt = { showPrompt: true, ...column.headerNote };
    // The body's format as a new table has it on the whole column; only the table's own cells here.
    const body = sheet.getRangeByIndexes(snapshot.firstRowIndex, sheetColumn, bodyRows, 1);
    body.numberFormat = snapshot.rows.map(() => [column.numberFormat]);
    body.format.columnWidth = column.width;
  });
  return {
    ...snapshot,
    headers: [...snapshot.headers, ...missing.map((column) => column.header)],
    rows: snapshot.rows.map((row) => [...row, ...missing.map(() => '')]),
  };
}

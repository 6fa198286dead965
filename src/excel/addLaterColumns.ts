import type { ColumnDefinition } from './columnDefinition';
import { columnPositions, type TableSnapshot } from './tableSnapshot';

/**
 * Queues the append, at the end of an existing table, of the columns among `keys` that a later
 * version added to the layout (`addedLater`) and the table lacks (it was made by an earlier
 * version; setupWorkbook.ts never touches a table it finds). Returns the snapshot as it will be
 * once the queued work has run, for writes in the same sync. Nothing is queued when no column is
 * missing.
 *
 * At the end, not at the column's place in a new table: `TableColumnCollection.add` shifts the
 * columns after the index "to the side" (ExcelApi 1.1), and only the cells of the table's rows
 * move, while what was set on whole sheet columns (the drop-down of "Opgeladen in Vaccinnet" down
 * to row 1,048,576, the text format) stays where it was and would then sit under another column.
 * At the end nothing of the table moves; cells right of the table, on its rows, are shifted right
 * as "Insert > Table Columns to the Right" does (the fake host models it so; docs/manual-test.md
 * has the check on real Excel). Columns are found by header, so the order does not matter to the
 * add-in.
 *
 * The column is added bare and its header cell written (writing a table's header cell renames the
 * column): `values` would have to match the table's rows exactly, a totals row the user turned on
 * included, and the `name` argument alone did not set the header in early builds
 * (OfficeDev/office-js-docs#671).
 *
 * A user who deleted such a column gets it back at the next write: an earlier version's table and
 * a deletion look the same, and losing what it records silently (SPEC "Nothing is lost") is the
 * worse of the two.
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
    sheet.getRangeByIndexes(snapshot.firstRowIndex - 1, sheetColumn, 1, 1).values = [[column.header]];
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

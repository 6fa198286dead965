import { type CellValue, isBlankCell } from './cellValue';
import type { ColumnDefinition } from './columnDefinition';
import { TEXT_FORMAT } from './numberFormats';
import { columnPositions, type TableSnapshot } from './tableSnapshot';
import { queueTextCells, type TextCell } from './writeText';

/*
 * Writing records into the add-in's tables: appending rows and updating cells, each value with its
 * number format on the same range (writeText.ts, issue #10: "Values and their text format must be
 * written together, always"), never relying on the table column's format set at set-up.
 */

interface ColumnWrite {
  readonly index: number;
  readonly numberFormat: string;
  readonly values: readonly CellValue[];
}

/** A record value as a cell of queueTextCells: text in a text column, else with its column format. */
function cellOf(value: CellValue, numberFormat: string): TextCell {
  return numberFormat === TEXT_FORMAT ? { text: String(value) } : { value, format: numberFormat };
}

/**
 * Queues writes of whole rows into a table's columns, grouped into runs of adjacent columns: one
 * range per run, its number format set BEFORE its values on that same range (queueTextCells, so
 * text stays text). Columns the records do not name are not written to (a user's own column keeps
 * its format).
 */
function queueColumnRuns(
  sheet: Excel.Worksheet,
  firstRowIndex: number,
  rowCount: number,
  columnIndex: number,
  writes: readonly ColumnWrite[],
): void {
  const sorted = [...writes].sort((a, b) => a.index - b.index);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]?.index === (sorted[end]?.index ?? 0) + 1) end++;
    const run = sorted.slice(start, end + 1);
    const first = run[0];
    if (first !== undefined) {
      const range = sheet.getRangeByIndexes(firstRowIndex, columnIndex + first.index, rowCount, run.length);
      queueTextCells(
        range,
        Array.from({ length: rowCount }, (_, r) =>
          run.map((write) => cellOf(write.values[r] ?? '', write.numberFormat)),
        ),
      );
    }
    start = end + 1;
  }
}

function writesFor<K extends string>(
  snapshot: TableSnapshot,
  columns: readonly ColumnDefinition<K>[],
  records: readonly Partial<Record<K, CellValue>>[],
): ColumnWrite[] {
  const positions = columnPositions(snapshot, columns);
  const writes: ColumnWrite[] = [];
  for (const column of columns) {
    const index = positions.get(column.key) ?? -1;
    if (index < 0 || !records.some((record) => record[column.key] !== undefined)) continue;
    writes.push({
      index,
      numberFormat: column.numberFormat,
      values: records.map((record) => record[column.key] ?? ''),
    });
  }
  return writes;
}

/**
 * Queues new rows at the end of a table: the table's single blank row (what a new table has) is
 * used first, then rows are added. Formats go before values. Returns the 0-based sheet row of the
 * first record.
 */
export function queueAppendRecords<K extends string>(
  context: Excel.RequestContext,
  snapshot: TableSnapshot,
  columns: readonly ColumnDefinition<K>[],
  records: readonly Partial<Record<K, CellValue>>[],
): number {
  const onlyRow = snapshot.rows.length === 1 ? snapshot.rows[0] : undefined;
  const reuseBlank = onlyRow !== undefined && onlyRow.every(isBlankCell);
  const firstRowIndex = snapshot.firstRowIndex + (reuseBlank ? 0 : snapshot.rows.length);
  if (records.length === 0) return firstRowIndex;
  const extra = records.length - (reuseBlank ? 1 : 0);
  if (extra > 0) {
    const blank = Array.from({ length: extra }, () => snapshot.headers.map(() => ''));
    context.workbook.tables.getItem(snapshot.tableName).rows.add(undefined, blank);
  }
  const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
  queueColumnRuns(
    sheet,
    firstRowIndex,
    records.length,
    snapshot.columnIndex,
    writesFor(snapshot, columns, records),
  );
  return firstRowIndex;
}

/** Queues an update of some cells of one existing body row (`bodyRow` 0-based within the body). */
export function queueUpdateRecord<K extends string>(
  context: Excel.RequestContext,
  snapshot: TableSnapshot,
  bodyRow: number,
  columns: readonly ColumnDefinition<K>[],
  record: Partial<Record<K, CellValue>>,
): void {
  const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
  queueColumnRuns(
    sheet,
    snapshot.firstRowIndex + bodyRow,
    1,
    snapshot.columnIndex,
    writesFor(snapshot, columns, [record]),
  );
}

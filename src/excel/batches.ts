import {
  BATCH_FIELDS,
  type BatchLists,
  type BatchMetadata,
  DEFAULT_LISTS,
  type Issue,
  isBlankText,
  parseBatchMetadata,
  sameProductAndDate,
} from '../core';
import {
  BATCHES_TABLE,
  BATCH_COLUMNS,
  type BatchColumnKey,
  type ColumnDefinition,
  LIST_DEFINITIONS,
  sheetNameKey,
} from './layout';
import { hasTable, probeWorkbook, type TableSnapshot, type WorkbookProbe } from './setupWorkbook';

export type { TableSnapshot } from './setupWorkbook';

/*
 * Reading the batch table (and, shared with createBatch and recordExport, reading and writing
 * rows of the add-in's tables).
 *
 * Columns are found by their header text, not by position: a user may move, add or hide columns
 * of a table. Tables are found by name, not by sheet.
 */

/** A value as Excel returns it in `Range.values`. */
export type CellValue = string | number | boolean;

// ---------------------------------------------------------------------------------------------
// Table snapshots and row writes (shared)
// ---------------------------------------------------------------------------------------------

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

/** Blank: empty, or text of whitespace only. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && isBlankText(value));
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

interface ColumnWrite {
  readonly index: number;
  readonly numberFormat: string;
  readonly values: readonly CellValue[];
}

/**
 * Queues writes of whole rows into a table's columns, grouped into runs of adjacent columns: one
 * range per run, its number format set BEFORE its values (so text stays text). Columns the
 * records do not name are not written to (a user's own column keeps its format).
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
      const rows = Array.from({ length: rowCount }, (_, r) => r);
      range.numberFormat = rows.map(() => run.map((write) => write.numberFormat));
      range.values = rows.map((r) => run.map((write) => write.values[r] ?? ''));
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

// ---------------------------------------------------------------------------------------------
// Yes/no marks
// ---------------------------------------------------------------------------------------------

const NO_WORDS = new Set(['nee', 'neen', 'non', 'no', 'n', 'false', 'onwaar', 'faux']);

/**
 * True when an "Opgeladen in Vaccinnet" cell says the files were uploaded. Erring on the safe
 * side on purpose (SPEC: "a double upload means double registrations for real patients"):
 * anything but blank or a "no" (Nee, Non, No, FALSE) counts as uploaded, so a stray `x` or `ok`
 * makes the add-in ask before a re-export instead of staying silent.
 */
export function isUploadedMark(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (isBlankCell(value)) return false;
  if (typeof value === 'number') return value !== 0;
  return !NO_WORDS.has(String(value).trim().toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Lists and batches
// ---------------------------------------------------------------------------------------------

/** The lists as the user edited them: non-blank items, trimmed; the default for a missing table. */
export function listsFromSnapshots(snapshots: ReadonlyMap<string, TableSnapshot>): BatchLists {
  const lists: Record<keyof BatchLists, readonly string[]> = { ...DEFAULT_LISTS };
  for (const list of LIST_DEFINITIONS) {
    const snapshot = snapshots.get(list.tableName);
    if (snapshot === undefined) continue;
    lists[list.key] = snapshot.rows
      .map((row) => row[0])
      .filter((value) => !isBlankCell(value))
      .map((value) => String(value).trim());
  }
  return lists;
}

/** One batch of the batch table. */
export interface BatchRecord {
  /** Excel row (1-based) of the batch in the batch table. */
  readonly row: number;
  /** 0-based row within the table body (for updates). */
  readonly bodyRow: number;
  readonly batchId: string;
  readonly sheetName: string;
  /** False when no sheet of that name exists (renamed or deleted). */
  readonly sheetExists: boolean;
  /** The batch fields parsed by core, or the issues (row = the Excel row, column = the field). */
  readonly metadata: { ok: true; value: BatchMetadata } | { ok: false; issues: Issue[] };
  /** Rows, files and time of the last export; null before the first export. */
  readonly rows: number | null;
  readonly files: number | null;
  readonly lastExport: string | null;
  /** "Opgeladen in Vaccinnet" of the batch row (see {@link isUploadedMark}). */
  readonly uploaded: boolean;
}

function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/u.test(value)) return Number(value);
  return null;
}

function textOrNull(value: unknown): string | null {
  return isBlankCell(value) ? null : String(value).trim();
}

/** Batch id text of a cell ('' when blank). */
export function batchIdOf(value: unknown): string {
  return isBlankCell(value) ? '' : String(value).trim();
}

/**
 * The batches of a batch-table snapshot (pure). Rows without a batch id are skipped: the blank
 * row of a new table, or a row the user started by hand.
 */
export function batchesFromSnapshot(
  snapshot: TableSnapshot,
  options: { today: Date; lists: BatchLists; sheetNames: readonly string[] },
): BatchRecord[] {
  const positions = columnPositions<BatchColumnKey>(snapshot, BATCH_COLUMNS);
  const sheetKeys = new Set(options.sheetNames.map(sheetNameKey));
  const batches: BatchRecord[] = [];
  snapshot.rows.forEach((values, bodyRow) => {
    const batchId = batchIdOf(cellOf(values, positions, 'batchId'));
    if (batchId === '') return;
    const row = snapshot.firstRowIndex + bodyRow + 1;
    const fields: Record<string, unknown> = {};
    for (const field of BATCH_FIELDS) fields[field] = cellOf(values, positions, field);
    const sheetName = textOrNull(cellOf(values, positions, 'sheetName')) ?? '';
    batches.push({
      row,
      bodyRow,
      batchId,
      sheetName,
      sheetExists: sheetName !== '' && sheetKeys.has(sheetNameKey(sheetName)),
      metadata: parseBatchMetadata(fields, { today: options.today, lists: options.lists, row }),
      rows: numberOrNull(cellOf(values, positions, 'rows')),
      files: numberOrNull(cellOf(values, positions, 'files')),
      lastExport: textOrNull(cellOf(values, positions, 'lastExport')),
      uploaded: isUploadedMark(cellOf(values, positions, 'uploaded')),
    });
  });
  return batches;
}

/** What {@link readBatches} returns. */
export interface BatchesState {
  /** False when the batch table does not exist (the workbook was never set up). */
  readonly setUp: boolean;
  readonly batches: readonly BatchRecord[];
  /** The drop-down lists as on the lists sheet (defaults for a list whose table is missing). */
  readonly lists: BatchLists;
  readonly sheetNames: readonly string[];
}

/** Queues the reads of the batch table and the list tables that exist. */
export function queueReadBatchTables(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
): { batches: (() => TableSnapshot) | null; lists: () => Map<string, TableSnapshot> } {
  const batches = hasTable(probe, BATCHES_TABLE) ? queueReadTable(context, BATCHES_TABLE) : null;
  const lists = LIST_DEFINITIONS.filter((list) => hasTable(probe, list.tableName)).map((list) =>
    queueReadTable(context, list.tableName),
  );
  return {
    batches,
    lists: () => new Map(lists.map((read) => read()).map((snapshot) => [snapshot.tableName, snapshot])),
  };
}

/**
 * Reads the batch table with every batch's fields parsed by core (two syncs, nothing written).
 * `today` is passed in: the clock is read by the caller.
 *
 * @example
 * ```ts
 * const state = await Excel.run((context) => readBatches(context, { today: new Date() }));
 * state.batches.map((batch) => batch.batchId); // ['B001', 'B002']
 * ```
 */
export async function readBatches(
  context: Excel.RequestContext,
  options: { today: Date },
): Promise<BatchesState> {
  const probe = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, probe);
  await context.sync();
  const lists = listsFromSnapshots(reads.lists());
  if (reads.batches === null) return { setUp: false, batches: [], lists, sheetNames: probe.sheetNames };
  const batches = batchesFromSnapshot(reads.batches(), {
    today: options.today,
    lists,
    sheetNames: probe.sheetNames,
  });
  return { setUp: true, batches, lists, sheetNames: probe.sheetNames };
}

/** {@link readBatches} in its own `Excel.run`. */
export function runReadBatches(options: { today: Date }): Promise<BatchesState> {
  return Excel.run((context) => readBatches(context, options));
}

/**
 * The other batches whose rows SPEC's duplicate_across_batches compares with `batchId`: valid
 * fields, same product and administration date (core `sameProductAndDate`), sheet present. The
 * caller reads their sheets' rows and passes them to core as `OtherBatch`. Empty when the batch
 * itself is unknown or its fields are invalid.
 */
export function otherBatchesFor(batches: readonly BatchRecord[], batchId: string): BatchRecord[] {
  const self = batches.find((batch) => batch.batchId === batchId);
  if (self === undefined || !self.metadata.ok) return [];
  const own = self.metadata.value;
  return batches.filter(
    (batch) =>
      batch.batchId !== batchId &&
      batch.sheetExists &&
      batch.metadata.ok &&
      sameProductAndDate(own, batch.metadata.value),
  );
}

import { lastExportRows, uploadBatchKey } from '../core';
import { queueAddLaterColumns } from './addLaterColumns';
import { batchIdOf } from './batchRecords';
import { type CellValue } from './cellValue';
import { queueUpdateRecord } from './tableRecordWrites';
import { type TableSnapshot, cellOf, columnPositions, queueReadTable } from './tableSnapshot';
import { BATCHES_TABLE, BATCH_COLUMNS, type BatchColumnKey } from './batchTable';
import { type ColumnDefinition } from './columnDefinition';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_TABLE, type ExportLogColumnKey } from './exportLogTable';
import { UPLOADED_AT_COLUMN } from './uploadedAtColumn';
import { YES } from './yesNo';

/** The tables' columns with "Opgeladen op" (uploadedAtColumn.ts: appended on first use). */
const LOG_COLUMNS: readonly ColumnDefinition<ExportLogColumnKey | 'uploadedAt'>[] = [
  ...EXPORT_LOG_COLUMNS,
  UPLOADED_AT_COLUMN,
];
const BATCH_MARK_COLUMNS: readonly ColumnDefinition<BatchColumnKey | 'uploadedAt'>[] = [
  ...BATCH_COLUMNS,
  UPLOADED_AT_COLUMN,
];
import { formatLogTime } from './exportLogText';
import { markFilesUploaded } from './markFilesUploaded';
import { hasTable, probeWorkbook } from './workbookProbe';
import { logRowsFromSnapshot } from './uploadLogRows';

/*
 * "Opgeladen" in one click (issue #15): the files of a batch's last export are marked uploaded
 * in Vaccinnet: "Opgeladen in Vaccinnet" = Ja and "Opgeladen op" = the time, on their log rows and
 * on the batch row, in one write; an undo puts back exactly what those cells held before.
 *
 * The log is append-only for what an export recorded (recordExport.ts); "Opgeladen in Vaccinnet"
 * is the column the user fills in after the upload (SPEC "Nothing is lost"), and the step only
 * does that typing for her. Once marked, a new export of the batch asks first (reexportCheck.ts
 * reads the same cells).
 *
 * Log rows are found again for the undo by what identifies them (batch, time, file name, SHA-256),
 * not by position: the user may sort or filter the log between the mark and the undo.
 */

/** What the two cells of a mark hold. */
export interface UploadMarkCells {
  readonly uploaded: CellValue;
  readonly uploadedAt: CellValue;
}

/** Everything an undo needs: the rows the mark wrote and what they held before. */
export interface MarkUploadedUndo {
  readonly batchId: string;
  readonly logRows: readonly {
    readonly time: string;
    readonly fileName: string;
    readonly sha256: string;
    readonly before: UploadMarkCells;
  }[];
  /** The batch row's cells before the mark; null when the batch has no batch row. */
  readonly batchRow: UploadMarkCells | null;
}

export type MarkUploadedResult =
  | { ok: true; value: { files: number; batchRowUpdated: boolean; undo: MarkUploadedUndo } }
  /** Neither a batch row nor a log row of the batch: nothing written. */
  | { ok: false; reason: 'not_found' };

interface Tables {
  batches: TableSnapshot | null;
  log: TableSnapshot | null;
}

async function readTables(context: Excel.RequestContext): Promise<Tables> {
  const probe = await probeWorkbook(context);
  const batches = hasTable(probe, BATCHES_TABLE) ? queueReadTable(context, BATCHES_TABLE) : null;
  const log = hasTable(probe, EXPORT_LOG_TABLE) ? queueReadTable(context, EXPORT_LOG_TABLE) : null;
  await context.sync();
  return { batches: batches?.() ?? null, log: log?.() ?? null };
}

function batchBodyRow(batches: TableSnapshot | null, batchId: string): number {
  if (batches === null) return -1;
  const positions = columnPositions<BatchColumnKey>(batches, BATCH_COLUMNS);
  const key = uploadBatchKey(batchId);
  return batches.rows.findIndex(
    (row) => uploadBatchKey(batchIdOf(cellOf(row, positions, 'batchId'))) === key,
  );
}

function markCells(
  snapshot: TableSnapshot,
  columns: readonly ColumnDefinition<string>[],
  bodyRow: number,
): UploadMarkCells {
  const positions = columnPositions(snapshot, columns);
  const row = snapshot.rows[bodyRow] ?? [];
  const value = (key: 'uploaded' | 'uploadedAt'): CellValue => {
    const cell = cellOf(row, positions, key);
    return typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? cell : '';
  };
  return { uploaded: value('uploaded'), uploadedAt: value('uploadedAt') };
}

/** What to write: log body rows and the batch body row (-1: none), each with its cells. */
interface MarkWrite {
  readonly batchId: string;
  readonly logRows: readonly { bodyRow: number; cells: UploadMarkCells }[];
  readonly batchRow: { bodyRow: number; cells: UploadMarkCells } | null;
}

/**
 * The one place that writes upload marks (the mark and its undo both come here). Appends
 * "Opgeladen op" to a table made before it existed. Queues only; the caller syncs once.
 *
 * The export evidence of the hardening issue (#10, exportEvidence.ts) is marked by
 * {@link markUploaded} after this write (markFilesUploaded.ts).
 */
export function queueUploadMarks(context: Excel.RequestContext, tables: Tables, write: MarkWrite): void {
  if (tables.log !== null && write.logRows.length > 0) {
    const log = queueAddLaterColumns(context, tables.log, LOG_COLUMNS, ['uploadedAt']);
    for (const row of write.logRows) {
      queueUpdateRecord(context, log, row.bodyRow, LOG_COLUMNS, { ...row.cells });
    }
  }
  if (tables.batches !== null && write.batchRow !== null) {
    const batches = queueAddLaterColumns(context, tables.batches, BATCH_MARK_COLUMNS, ['uploadedAt']);
    queueUpdateRecord(context, batches, write.batchRow.bodyRow, BATCH_MARK_COLUMNS, {
      ...write.batchRow.cells,
    });
  }
}

/**
 * Marks the files of the batch's last export, and its batch row, uploaded at `time` (three syncs:
 * probe, read, one write). Returns the undo.
 *
 * @example
 * ```ts
 * const marked = await Excel.run((context) => markUploaded(context, { batchId: 'B003', time: new Date() }));
 * if (marked.ok) keep(marked.value.undo); // later: undoMarkUploaded(context, undo)
 * ```
 */
export async function markUploaded(
  context: Excel.RequestContext,
  input: { readonly batchId: string; readonly time: Date },
): Promise<MarkUploadedResult> {
  const tables = await readTables(context);
  const logged =
    tables.log === null
      ? []
      : lastExportRows(
          logRowsFromSnapshot(tables.log).filter(
            (row) => uploadBatchKey(row.batchId) === uploadBatchKey(input.batchId),
          ),
        );
  const bodyRow = batchBodyRow(tables.batches, input.batchId);
  if (logged.length === 0 && bodyRow < 0) return { ok: false, reason: 'not_found' };

  const mark: UploadMarkCells = { uploaded: YES, uploadedAt: formatLogTime(input.time) };
  const undo: MarkUploadedUndo = {
    batchId: input.batchId,
    logRows: logged.map((row) => ({
      time: row.time,
      fileName: row.fileName,
      sha256: row.sha256,
      before: markCells(tables.log as TableSnapshot, LOG_COLUMNS, row.index),
    })),
    batchRow:
      bodyRow < 0 || tables.batches === null ? null : markCells(tables.batches, BATCH_MARK_COLUMNS, bodyRow),
  };
  queueUploadMarks(context, tables, {
    batchId: input.batchId,
    logRows: logged.map((row) => ({ bodyRow: row.index, cells: mark })),
    batchRow: bodyRow < 0 ? null : { bodyRow, cells: mark },
  });
  await context.sync();
  // The export evidence (issue #10) that survives deleting the log: its files of this export, or
  // every file of the batch when the log rows are gone. Sticky by design: an undo puts back the
  // cells, the evidence keeps that the files were once marked, so a re-export asks first.
  await markFilesUploaded(context, {
    batchId: input.batchId,
    ...(logged.length > 0 ? { fileNames: logged.map((row) => row.fileName) } : {}),
  });
  return { ok: true, value: { files: logged.length, batchRowUpdated: bodyRow >= 0, undo } };
}

/**
 * Puts back what a {@link markUploaded} replaced (the export evidence keeps the mark: see there), on the rows still there (found by batch, time,
 * file name and SHA-256; the batch row by its id). Returns how many rows were put back.
 *
 * @example
 * ```ts
 * const restored = await Excel.run((context) => undoMarkUploaded(context, undo)); // { logRows: 2, batchRow: true }
 * ```
 */
export async function undoMarkUploaded(
  context: Excel.RequestContext,
  undo: MarkUploadedUndo,
): Promise<{ logRows: number; batchRow: boolean }> {
  const tables = await readTables(context);
  const key = uploadBatchKey(undo.batchId);
  const logRows = tables.log === null ? [] : logRowsFromSnapshot(tables.log);
  const writes: { bodyRow: number; cells: UploadMarkCells }[] = [];
  for (const marked of undo.logRows) {
    const row = logRows.find(
      (candidate) =>
        uploadBatchKey(candidate.batchId) === key &&
        candidate.time === marked.time &&
        candidate.fileName === marked.fileName &&
        candidate.sha256 === marked.sha256,
    );
    if (row !== undefined) writes.push({ bodyRow: row.index, cells: marked.before });
  }
  const bodyRow = batchBodyRow(tables.batches, undo.batchId);
  const batchRow = bodyRow >= 0 && undo.batchRow !== null ? { bodyRow, cells: undo.batchRow } : null;
  if (writes.length === 0 && batchRow === null) return { logRows: 0, batchRow: false };
  queueUploadMarks(context, tables, { batchId: undo.batchId, logRows: writes, batchRow });
  await context.sync();
  return { logRows: writes.length, batchRow: batchRow !== null };
}

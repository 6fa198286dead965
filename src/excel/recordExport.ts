import type { Encoding } from '../core';
import { queueAddLaterColumns } from './addLaterColumns';
import { batchIdOf } from './batchRecords';
import { type CellValue } from './cellValue';
import { queueAppendRecords, queueUpdateRecord } from './tableRecordWrites';
import { cellOf, columnPositions, type TableSnapshot } from './tableSnapshot';
import { NO } from './yesNo';
import { BATCH_COLUMNS, type BatchColumnKey } from './batchTable';
import {
  ENCODING_LABELS,
  EXPORT_LOG_COLUMNS,
  EXPORT_LOG_TABLE,
  type ExportLogColumnKey,
} from './exportLogTable';
import { queueWriteEvidence, sameBatchId } from './exportEvidence';
import { evidenceLearnedFromLog, queueReadExportTables } from './exportHistory';
import { formatLogTime, formatNotExported } from './exportLogText';
import { type ReexportCheck, reexportCheckOf } from './reexportCheck';
import { queueSetupWorkbook } from './setupWorkbook';
import { probeWorkbook } from './workbookProbe';

/*
 * The export log (SPEC "Nothing is lost"): each export appends one row per file and updates the
 * batch row, in one Excel.run: probe (1 sync) + read (1 sync) + ONE write sync. The log is
 * append-only: existing log rows are never written to.
 *
 * The batch row records the last export: Rijen and Bestanden (what was exported), "Niet
 * geëxporteerd" (the blocked rows left out, see exportLogText.ts `formatNotExported`; SPEC: after
 * "export the valid rows only" the blocked ones "stay marked as not exported") and the time. The log
 * keeps files only: a row that is in no file has no log row. A batch table made before "Niet
 * geëxporteerd" existed gets the column appended in the same write (addLaterColumns.ts
 * `queueAddLaterColumns`).
 *
 * A batch whose files are marked uploaded (reexportCheck.ts) is only recorded again with
 * `confirmReexport: true`. The batch row's own mark is the user's statement and is left as it is;
 * the new log rows start at Nee. Every export also adds its files to the export evidence
 * (exportEvidence.ts), in the same write.
 */

/** One exported file, as core's `planExport` describes it (its `ExportFile` fits). */
export interface ExportedFile {
  readonly name: string;
  readonly sha256: string;
  /** Sheet rows written to this file. */
  readonly rows: readonly number[];
  readonly part: number;
  readonly parts: number;
}

export interface RecordExportInput {
  readonly batchId: string;
  /** The registration sheet the rows came from. */
  readonly sheetName: string;
  readonly files: readonly ExportedFile[];
  /**
   * Sheet rows (1-based) of the batch left out of this export because they are blocked (core
   * `ExportPlan.blocked`); empty when every row was exported. Written to "Niet geëxporteerd".
   */
  readonly blockedRows: readonly number[];
  readonly encoding: Encoding;
  /** When the export was made: the caller reads the clock. */
  readonly time: Date;
  /** The user confirmed exporting a batch whose files are marked uploaded. */
  readonly confirmReexport?: boolean;
}

export type RecordExportResult =
  | { ok: true; value: { loggedFiles: number; batchRowUpdated: boolean } }
  /** The batch's files are marked uploaded and `confirmReexport` was not given: nothing written. */
  | { ok: false; reason: 'confirmation_required'; check: ReexportCheck };

/** The body row of a batch in the batch table, or -1. */
function batchRowOf(table: TableSnapshot, batchId: string): number {
  const positions = columnPositions<BatchColumnKey>(table, BATCH_COLUMNS);
  return table.rows.findIndex((row) => sameBatchId(batchIdOf(cellOf(row, positions, 'batchId')), batchId));
}

/** The log rows of an export: one per file, "Opgeladen in Vaccinnet" Nee. */
export function logRecords(input: RecordExportInput): Partial<Record<ExportLogColumnKey, CellValue>>[] {
  const time = formatLogTime(input.time);
  return input.files.map((file) => ({
    time,
    batchId: input.batchId,
    sheetName: input.sheetName,
    fileName: file.name,
    part: `${file.part}/${file.parts}`,
    rows: file.rows.length,
    sha256: file.sha256,
    encoding: ENCODING_LABELS[input.encoding],
    uploaded: NO,
  }));
}

/**
 * Appends the export's files to the log and updates the batch row (rows, files, not exported, last
 * export), in one write. Refuses, writing nothing, a batch whose files are marked uploaded unless
 * `confirmReexport` is true. Creates the log table first if the user deleted it, and appends "Niet
 * geëxporteerd" to a batch table made by an earlier version, in that same write.
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   recordExport(context, {
 *     batchId: 'B003', sheetName, files: plan.files, blockedRows: plan.blocked.map((b) => b.row),
 *     encoding: plan.encoding, time: new Date(),
 *   }),
 * );
 * if (!result.ok) askUser(result.check); // then again with confirmReexport: true
 * ```
 */
export async function recordExport(
  context: Excel.RequestContext,
  input: RecordExportInput,
): Promise<RecordExportResult> {
  // Before any sync: a bad row list is a caller's bug and must not leave half a record behind.
  const notExported = formatNotExported(input.blockedRows);
  const probe = await probeWorkbook(context);
  const read = queueReadExportTables(context, probe);
  await context.sync();
  const { batches, log, evidence } = read();
  const learned = evidenceLearnedFromLog(evidence, log) ?? evidence.records;

  const check = reexportCheckOf(batches, log, input.batchId, { ...evidence, records: learned });
  if (check.mustConfirm && input.confirmReexport !== true) {
    if (learned !== evidence.records) {
      queueWriteEvidence(context, evidence, learned);
      await context.sync();
    }
    return { ok: false, reason: 'confirmation_required', check };
  }
  if (input.files.length === 0) return { ok: true, value: { loggedFiles: 0, batchRowUpdated: false } };

  const { report } = await queueSetupWorkbook(context, probe);
  const logTable = log ?? report.tables[EXPORT_LOG_TABLE];
  if (logTable === undefined) throw new Error('recordExport: the set-up did not place the export log');
  queueAppendRecords(context, logTable, EXPORT_LOG_COLUMNS, logRecords(input));
  // The evidence in the same write: a confirmed re-export settles the files the log had lost.
  const time = formatLogTime(input.time);
  const missing = new Set(check.missingFromLog);
  const settled = learned.map((record) =>
    sameBatchId(record.batchId, input.batchId) && record.confirmedAt === '' && missing.has(record.fileName)
      ? { ...record, confirmedAt: time }
      : record,
  );
  queueWriteEvidence(context, evidence, [
    ...settled,
    ...input.files.map((file) => ({
      batchId: input.batchId,
      fileName: file.name,
      sha256: file.sha256,
      exportedAt: time,
      uploaded: false,
      confirmedAt: '',
    })),
  ]);

  const bodyRow = batches === null ? -1 : batchRowOf(batches, input.batchId);
  if (batches !== null && bodyRow >= 0) {
    const table = queueAddLaterColumns(context, batches, BATCH_COLUMNS, ['notExported']);
    queueUpdateRecord(context, table, bodyRow, BATCH_COLUMNS, {
      rows: input.files.reduce((sum, file) => sum + file.rows.length, 0),
      files: input.files.length,
      notExported,
      lastExport: formatLogTime(input.time),
    });
  }
  await context.sync();
  return { ok: true, value: { loggedFiles: input.files.length, batchRowUpdated: bodyRow >= 0 } };
}

/** {@link recordExport} in its own `Excel.run` (one user action). */
export function runRecordExport(input: RecordExportInput): Promise<RecordExportResult> {
  return Excel.run((context) => recordExport(context, input));
}

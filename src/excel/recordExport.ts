import type { Encoding } from '../core';
import { queueAddLaterColumns } from './addLaterColumns';
import { batchIdOf } from './batchRecords';
import { type CellValue } from './cellValue';
import { queueAppendRecords, queueUpdateRecord } from './tableRecordWrites';
import { cellOf, columnPositions, queueReadTable, type TableSnapshot } from './tableSnapshot';
import { isUploadedMark, NO, YES } from './yesNo';
import { BATCHES_TABLE, BATCH_COLUMNS, type BatchColumnKey } from './batchTable';
import { MAX_CELL_TEXT_LENGTH } from './excelLimits';
import {
  ENCODING_LABELS,
  EXPORT_LOG_COLUMNS,
  EXPORT_LOG_TABLE,
  type ExportLogColumnKey,
} from './exportLogTable';
import {
  type EvidenceStore,
  type FileEvidence,
  fileKey,
  queueReadEvidence,
  queueWriteEvidence,
  sameBatchId,
} from './exportEvidence';
import { queueSetupWorkbook } from './setupWorkbook';
import { hasTable, probeWorkbook } from './workbookProbe';

/*
 * The export log (SPEC "Nothing is lost"): each export appends one row per file and updates the
 * batch row, in one Excel.run: probe (1 sync) + read (1 sync) + ONE write sync. The log is
 * append-only: existing log rows are never written to.
 *
 * The batch row records the last export: Rijen and Bestanden (what was exported), "Niet
 * geëxporteerd" (the blocked rows left out, see {@link formatNotExported}; SPEC: after "export
 * the valid rows only" the blocked ones "stay marked as not exported") and the time. The log keeps
 * files only: a row that is in no file has no log row. A batch table made before "Niet
 * geëxporteerd" existed gets the column appended in the same write (addLaterColumns.ts
 * `queueAddLaterColumns`).
 *
 * A batch whose files are marked uploaded ("Opgeladen in Vaccinnet" not Nee/blank, in the batch row
 * or in any of its log rows) is only recorded again with `confirmReexport: true` (SPEC: "a double
 * upload means double registrations for real patients"). The batch row's own mark is the user's
 * statement and is left as it is; the new log rows start at Nee.
 *
 * The log can be edited and deleted by the user; the export evidence (exportEvidence.ts, a very
 * hidden sheet) cannot, in practice. Every export adds its files there too, in the same write, and
 * every read of the log teaches it which files the log says were uploaded. The check then also
 * asks when the three disagree: a file in the evidence that the log no longer lists (its row, the
 * table or the Exportlog sheet deleted), a file the evidence saw uploaded (whatever the log says
 * now), or a batch row counting more files than the log and the evidence know.
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

/** What the log and the batch row say about earlier exports of a batch. */
export interface ReexportCheck {
  /** True when the interface must ask before exporting the batch (again). */
  readonly mustConfirm: boolean;
  /** The batch row's "Opgeladen in Vaccinnet" says uploaded. */
  readonly batchMarkedUploaded: boolean;
  /** Logged files of the batch marked uploaded, in log order. */
  readonly uploadedFiles: readonly string[];
  /** Earlier log rows of the batch. */
  readonly loggedFiles: number;
  /**
   * Files of the batch the export evidence holds and the log no longer lists (deleted log rows,
   * table or sheet), not yet confirmed by the user: they may have been uploaded.
   */
  readonly missingFromLog: readonly string[];
  /** The batch row counts more exported files than the log and the evidence know of. */
  readonly batchRowAhead: boolean;
}

export type RecordExportResult =
  | { ok: true; value: { loggedFiles: number; batchRowUpdated: boolean } }
  /** The batch's files are marked uploaded and `confirmReexport` was not given: nothing written. */
  | { ok: false; reason: 'confirmation_required'; check: ReexportCheck };

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The log's time stamp: local wall-clock time `YYYY-MM-DD HH:MM:SS`, stored as text (sortable, the
 * same in every Excel language, independent of the workbook's 1900/1904 date system).
 *
 * @example
 * ```ts
 * formatLogTime(new Date(2026, 10, 28, 9, 5, 7)); // '2026-11-28 09:05:07'
 * ```
 */
export function formatLogTime(time: Date): string {
  const date = `${String(time.getFullYear()).padStart(4, '0')}-${pad2(time.getMonth() + 1)}-${pad2(time.getDate())}`;
  return `${date} ${pad2(time.getHours())}:${pad2(time.getMinutes())}:${pad2(time.getSeconds())}`;
}

/** Marks a cut list in "Niet geëxporteerd". */
const CUT = '…';

/**
 * The "Niet geëxporteerd" text of an export: the number of blocked rows, then their sheet rows in
 * ascending order (`3: 5, 9, 12`), or `0` when none was left out. `0` rather than blank: a blank
 * cell is what a batch never exported (or exported by an earlier version) shows, `0` says the last
 * export left nothing out. When the list would not fit in a cell (Excel: 32,767 characters) it is
 * cut after the last row that fits and ends in `…`; the count stays exact (the pane and the sheet
 * marks list every row). Duplicates count once. Throws on a row that is not a sheet row (a caller's
 * bug: rows come from core's plan), before anything is queued.
 *
 * @example
 * ```ts
 * formatNotExported([]); // '0'
 * formatNotExported([12, 5, 9]); // '3: 5, 9, 12'
 * const many = Array.from({ length: 20_000 }, (_, i) => i + 2); // rows 2..20001
 * formatNotExported(many); // '20000: 2, 3, 4, 5, 6, 7, …' listed up to row 5644, then ', …' (32,762 characters)
 * ```
 */
export function formatNotExported(blockedRows: readonly number[]): string {
  const rows = [...new Set(blockedRows)].sort((a, b) => a - b);
  for (const row of rows) {
    if (!Number.isInteger(row) || row < 1) throw new RangeError(`formatNotExported: ${row} is no sheet row`);
  }
  if (rows.length === 0) return '0';
  let text = `${rows.length}: `;
  for (let i = 0; i < rows.length; i++) {
    const item = `${i === 0 ? '' : ', '}${rows[i]}`;
    const isLast = i === rows.length - 1;
    // Room for the item, and, unless it is the last, for the ", …" a later cut would add.
    const reserve = isLast ? 0 : `, ${CUT}`.length;
    if (text.length + item.length + reserve > MAX_CELL_TEXT_LENGTH) {
      return `${text}${i === 0 ? '' : ', '}${CUT}`;
    }
    text += item;
  }
  return text;
}

const sameBatch = sameBatchId;

/** The body row of a batch in the batch table, or -1. */
function batchRowOf(table: TableSnapshot, batchId: string): number {
  const positions = columnPositions<BatchColumnKey>(table, BATCH_COLUMNS);
  return table.rows.findIndex((row) => sameBatch(batchIdOf(cellOf(row, positions, 'batchId')), batchId));
}

/** A log row of a file: batch, name, hash and the user's "Opgeladen" mark. */
interface LoggedFile {
  readonly bodyRow: number;
  readonly batchId: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly uploaded: boolean;
}

function loggedFilesOf(log: TableSnapshot | null): LoggedFile[] {
  if (log === null) return [];
  const positions = columnPositions<ExportLogColumnKey>(log, EXPORT_LOG_COLUMNS);
  const files: LoggedFile[] = [];
  log.rows.forEach((row, bodyRow) => {
    const batchId = batchIdOf(cellOf(row, positions, 'batchId'));
    if (batchId === '') return;
    files.push({
      bodyRow,
      batchId,
      fileName: String(cellOf(row, positions, 'fileName') ?? ''),
      sha256: String(cellOf(row, positions, 'sha256') ?? ''),
      uploaded: isUploadedMark(cellOf(row, positions, 'uploaded')),
    });
  });
  return files;
}

const NO_EVIDENCE: EvidenceStore = { exists: false, taken: false, records: [] };

/**
 * {@link ReexportCheck} from the batch table, the log and the export evidence (pure; null for a
 * table that does not exist). Asks (mustConfirm) when any of them says uploaded, or when they
 * disagree about which files were exported.
 */
export function reexportCheckOf(
  batches: TableSnapshot | null,
  log: TableSnapshot | null,
  batchId: string,
  evidence: EvidenceStore = NO_EVIDENCE,
): ReexportCheck {
  let batchMarkedUploaded = false;
  let batchRowFiles = 0;
  if (batches !== null) {
    const positions = columnPositions<BatchColumnKey>(batches, BATCH_COLUMNS);
    for (const row of batches.rows) {
      if (!sameBatch(batchIdOf(cellOf(row, positions, 'batchId')), batchId)) continue;
      if (isUploadedMark(cellOf(row, positions, 'uploaded'))) batchMarkedUploaded = true;
      const files = Number(cellOf(row, positions, 'files'));
      if (Number.isFinite(files)) batchRowFiles = Math.max(batchRowFiles, files);
    }
  }
  const uploadedFiles: string[] = [];
  const logged = loggedFilesOf(log).filter((file) => sameBatch(file.batchId, batchId));
  const inLog = new Set(logged.map((file) => fileKey(file.fileName, file.sha256)));
  for (const file of logged) if (file.uploaded) uploadedFiles.push(file.fileName);
  const own = evidence.records.filter((record) => sameBatch(record.batchId, batchId));
  const missingFromLog: string[] = [];
  for (const record of own) {
    const key = fileKey(record.fileName, record.sha256);
    // Seen uploaded once: asked about whatever the log says now.
    if (record.uploaded && !uploadedFiles.includes(record.fileName)) uploadedFiles.push(record.fileName);
    if (!inLog.has(key) && record.confirmedAt === '' && !missingFromLog.includes(record.fileName))
      missingFromLog.push(record.fileName);
  }
  const known = new Set([...inLog, ...own.map((record) => fileKey(record.fileName, record.sha256))]);
  const batchRowAhead = batchRowFiles > known.size;
  return {
    mustConfirm:
      batchMarkedUploaded || uploadedFiles.length > 0 || missingFromLog.length > 0 || batchRowAhead,
    batchMarkedUploaded,
    uploadedFiles,
    loggedFiles: logged.length,
    missingFromLog,
    batchRowAhead,
  };
}

/**
 * The evidence after learning from the log: a file the log marks uploaded is uploaded in the
 * evidence from now on (sticky). Returns null when nothing changed.
 */
function evidenceLearnedFromLog(evidence: EvidenceStore, log: TableSnapshot | null): FileEvidence[] | null {
  const uploadedInLog = new Set(
    loggedFilesOf(log)
      .filter((file) => file.uploaded)
      .map((file) => `${file.batchId.toUpperCase()}|${fileKey(file.fileName, file.sha256)}`),
  );
  let changed = false;
  const records = evidence.records.map((record) => {
    const key = `${record.batchId.trim().toUpperCase()}|${fileKey(record.fileName, record.sha256)}`;
    if (record.uploaded || !uploadedInLog.has(key)) return record;
    changed = true;
    return { ...record, uploaded: true };
  });
  return changed ? records : null;
}

/** Queues the reads of the batch table, the log (those that exist) and the export evidence. */
function queueReadExportTables(
  context: Excel.RequestContext,
  probe: Awaited<ReturnType<typeof probeWorkbook>>,
): () => { batches: TableSnapshot | null; log: TableSnapshot | null; evidence: EvidenceStore } {
  const batches = hasTable(probe, BATCHES_TABLE) ? queueReadTable(context, BATCHES_TABLE) : null;
  const log = hasTable(probe, EXPORT_LOG_TABLE) ? queueReadTable(context, EXPORT_LOG_TABLE) : null;
  const evidence = queueReadEvidence(context, probe.sheetNames);
  return () => ({ batches: batches?.() ?? null, log: log?.() ?? null, evidence: evidence() });
}

/**
 * Whether exporting `batchId` must be confirmed first: two syncs, and a third that writes only
 * when the log shows uploads the export evidence did not know of yet (they are kept there, so
 * deleting the log afterwards does not erase them).
 *
 * @example
 * ```ts
 * const check = await Excel.run((context) => checkReexport(context, 'B003'));
 * if (check.mustConfirm) askUser(check.uploadedFiles);
 * ```
 */
export async function checkReexport(context: Excel.RequestContext, batchId: string): Promise<ReexportCheck> {
  const probe = await probeWorkbook(context);
  const read = queueReadExportTables(context, probe);
  await context.sync();
  const { batches, log, evidence } = read();
  const learned = evidenceLearnedFromLog(evidence, log);
  if (learned !== null) {
    queueWriteEvidence(context, evidence, learned);
    await context.sync();
  }
  return reexportCheckOf(
    batches,
    log,
    batchId,
    learned === null ? evidence : { ...evidence, records: learned },
  );
}

/** {@link checkReexport} in its own `Excel.run`. */
export function runCheckReexport(batchId: string): Promise<ReexportCheck> {
  return Excel.run((context) => checkReexport(context, batchId));
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
    sameBatch(record.batchId, input.batchId) && record.confirmedAt === '' && missing.has(record.fileName)
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

/**
 * Marks files of a batch uploaded (for the upload checklist of issue #15): "Ja" in their log rows
 * and, sticky, in the export evidence, in one write. `fileNames` omitted: every file of the batch.
 * Files the log no longer lists are marked in the evidence only. Three syncs at most.
 *
 * @example
 * ```ts
 * await Excel.run((context) => markFilesUploaded(context, { batchId: 'B003', fileNames: [name] }));
 * ```
 */
export async function markFilesUploaded(
  context: Excel.RequestContext,
  input: { readonly batchId: string; readonly fileNames?: readonly string[] },
): Promise<{ logRows: number; evidenceFiles: number }> {
  const probe = await probeWorkbook(context);
  const read = queueReadExportTables(context, probe);
  await context.sync();
  const { log, evidence } = read();
  const wanted = (batchId: string, fileName: string): boolean =>
    sameBatch(batchId, input.batchId) &&
    (input.fileNames === undefined || input.fileNames.includes(fileName));
  let logRows = 0;
  if (log !== null) {
    for (const file of loggedFilesOf(log)) {
      if (!wanted(file.batchId, file.fileName) || file.uploaded) continue;
      queueUpdateRecord(context, log, file.bodyRow, EXPORT_LOG_COLUMNS, { uploaded: YES });
      logRows++;
    }
  }
  let evidenceFiles = 0;
  const records = evidence.records.map((record) => {
    if (record.uploaded || !wanted(record.batchId, record.fileName)) return record;
    evidenceFiles++;
    return { ...record, uploaded: true };
  });
  if (evidenceFiles > 0) queueWriteEvidence(context, evidence, records);
  if (logRows + evidenceFiles > 0) await context.sync();
  return { logRows, evidenceFiles };
}

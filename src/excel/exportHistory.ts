import { batchIdOf } from './batchRecords';
import { cellOf, columnPositions, queueReadTable, type TableSnapshot } from './tableSnapshot';
import { isUploadedMark } from './yesNo';
import { BATCHES_TABLE } from './batchTable';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_TABLE, type ExportLogColumnKey } from './exportLogTable';
import { type EvidenceStore, type FileEvidence, fileKey, queueReadEvidence } from './exportEvidence';
import { hasTable, probeWorkbook } from './workbookProbe';

/*
 * What earlier exports left behind, as the re-export check, the export record and the upload mark
 * read it: the batch table, the export log's file rows and the export evidence (exportEvidence.ts,
 * a very hidden sheet). The log can be edited and deleted by the user; the evidence cannot, in
 * practice, and every read of the log teaches it which files the log says were uploaded.
 */

/** A log row of a file: batch, name, hash and the user's "Opgeladen" mark. */
export interface LoggedFile {
  readonly bodyRow: number;
  readonly batchId: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly uploaded: boolean;
}

/** The log rows that name a batch, in log order (none when the log does not exist). */
export function loggedFilesOf(log: TableSnapshot | null): LoggedFile[] {
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

/**
 * The evidence after learning from the log: a file the log marks uploaded is uploaded in the
 * evidence from now on (sticky). Returns null when nothing changed.
 */
export function evidenceLearnedFromLog(
  evidence: EvidenceStore,
  log: TableSnapshot | null,
): FileEvidence[] | null {
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
export function queueReadExportTables(
  context: Excel.RequestContext,
  probe: Awaited<ReturnType<typeof probeWorkbook>>,
): () => { batches: TableSnapshot | null; log: TableSnapshot | null; evidence: EvidenceStore } {
  const batches = hasTable(probe, BATCHES_TABLE) ? queueReadTable(context, BATCHES_TABLE) : null;
  const log = hasTable(probe, EXPORT_LOG_TABLE) ? queueReadTable(context, EXPORT_LOG_TABLE) : null;
  const evidence = queueReadEvidence(context, probe.sheetNames);
  return () => ({ batches: batches?.() ?? null, log: log?.() ?? null, evidence: evidence() });
}

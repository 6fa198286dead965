import { batchIdOf } from './batchRecords';
import { cellOf, columnPositions, type TableSnapshot } from './tableSnapshot';
import { isUploadedMark } from './yesNo';
import { BATCH_COLUMNS, type BatchColumnKey } from './batchTable';
import { type EvidenceStore, fileKey, queueWriteEvidence, sameBatchId } from './exportEvidence';
import { evidenceLearnedFromLog, loggedFilesOf, queueReadExportTables } from './exportHistory';
import { probeWorkbook } from './workbookProbe';

/*
 * The re-export check (SPEC "Nothing is lost": "a double upload means double registrations for
 * real patients"). A batch whose files are marked uploaded ("Opgeladen in Vaccinnet" not Nee/blank,
 * in the batch row or in any of its log rows) is only recorded again after the user confirms
 * (recordExport.ts `confirmReexport`).
 *
 * The log can be edited and deleted by the user; the export evidence (exportEvidence.ts, a very
 * hidden sheet) cannot, in practice. Every export adds its files there too, in the same write, and
 * every read of the log teaches it which files the log says were uploaded. The check then also
 * asks when the three disagree: a file in the evidence that the log no longer lists (its row, the
 * table or the Exportlog sheet deleted), a file the evidence saw uploaded (whatever the log says
 * now), or a batch row counting more files than the log and the evidence know.
 */

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
      if (!sameBatchId(batchIdOf(cellOf(row, positions, 'batchId')), batchId)) continue;
      if (isUploadedMark(cellOf(row, positions, 'uploaded'))) batchMarkedUploaded = true;
      const files = Number(cellOf(row, positions, 'files'));
      if (Number.isFinite(files)) batchRowFiles = Math.max(batchRowFiles, files);
    }
  }
  const uploadedFiles: string[] = [];
  const logged = loggedFilesOf(log).filter((file) => sameBatchId(file.batchId, batchId));
  const inLog = new Set(logged.map((file) => fileKey(file.fileName, file.sha256)));
  for (const file of logged) if (file.uploaded) uploadedFiles.push(file.fileName);
  const own = evidence.records.filter((record) => sameBatchId(record.batchId, batchId));
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

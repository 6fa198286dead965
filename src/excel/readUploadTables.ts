import { type BatchLists, type UploadBatchRow, type UploadLogRow } from '../core';
import { type BatchRecord, batchesFromSnapshot } from './batchRecords';
import { listsFromSnapshots, queueReadBatchTables } from './readBatches';
import { queueReadTable } from './tableSnapshot';
import { EXPORT_LOG_TABLE } from './exportLogTable';
import { type FileEvidence, queueReadEvidence, sameBatchId } from './exportEvidence';
import { logRowsFromSnapshot } from './uploadLogRows';
import { hasTable, probeWorkbook } from './workbookProbe';

/*
 * The tables the upload checklist ("Opladen", issue #15) reads: the batch table, the export log and
 * the export evidence, with the batch rows as core takes them. Nothing is written here (see
 * markUploaded.ts).
 */

/** A batch row for core: the parsed fields when they parse, the raw row's state anyway. */
export function uploadBatchRowOf(
  record: BatchRecord,
  evidence: readonly FileEvidence[] = [],
): UploadBatchRow {
  const fields = record.metadata.ok ? record.metadata.value : null;
  const own = evidence.filter((file) => sameBatchId(file.batchId, record.batchId));
  return {
    evidence: { files: own.length, uploaded: own.filter((file) => file.uploaded).length },
    batchId: record.batchId,
    sheetName: record.sheetName,
    datumToediening: fields?.datumToediening ?? null,
    product: fields?.immunisatieproduct ?? null,
    lot: fields?.lotnummer ?? null,
    lastExport: record.lastExport,
    files: record.files,
    uploaded: record.uploaded,
  };
}

/** The tables of the checklist. */
export interface UploadTables {
  /** False when the batch table does not exist (the workbook was never set up). */
  readonly setUp: boolean;
  readonly batches: readonly BatchRecord[];
  readonly log: readonly UploadLogRow[];
  /** The export evidence (exportEvidence.ts): every exported file, kept when log rows are deleted. */
  readonly evidence: readonly FileEvidence[];
  /** The drop-down lists (a day register's groups are grouped with them: remakeBatch.ts). */
  readonly lists: BatchLists;
}

/** Reads the batch table, the export log and the export evidence (two syncs, nothing written). */
export async function readUploadTables(
  context: Excel.RequestContext,
  options: { today: Date },
): Promise<UploadTables> {
  const probe = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, probe);
  const log = hasTable(probe, EXPORT_LOG_TABLE) ? queueReadTable(context, EXPORT_LOG_TABLE) : null;
  const evidence = queueReadEvidence(context, probe.sheetNames);
  await context.sync();
  const lists = listsFromSnapshots(reads.lists());
  const batches =
    reads.batches === null
      ? []
      : batchesFromSnapshot(reads.batches(), {
          today: options.today,
          lists,
          sheetNames: probe.sheetNames,
          // A renamed sheet is still its batch's (docs/decisions/0009-sheets-by-id.md).
          sheets: probe.sheets,
          links: reads.links().links,
        });
  return {
    setUp: reads.batches !== null,
    batches,
    log: log === null ? [] : logRowsFromSnapshot(log()),
    evidence: evidence().records,
    lists,
  };
}

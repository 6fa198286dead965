import { queueUpdateRecord } from './tableRecordWrites';
import { YES } from './yesNo';
import { EXPORT_LOG_COLUMNS } from './exportLogTable';
import { queueWriteEvidence, sameBatchId } from './exportEvidence';
import { loggedFilesOf, queueReadExportTables } from './exportHistory';
import { probeWorkbook } from './workbookProbe';

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
    sameBatchId(batchId, input.batchId) &&
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

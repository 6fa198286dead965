import {
  type BatchField,
  type BatchMetadata,
  type ExportSettings,
  type Issue,
  checkLinesPerFile,
  nextBatchId,
  parseBatchMetadata,
} from '../core';
import { batchIdOf } from './batchRecords';
import { type CellValue } from './cellValue';
import { listsFromSnapshots, queueReadBatchTables } from './readBatches';
import { linkKey, queueWriteSheetLinks } from './sheetLinks';
import { queueAppendRecords } from './tableRecordWrites';
import { cellOf, columnPositions, queueReadTable } from './tableSnapshot';
import { BATCHES_TABLE, BATCH_COLUMNS, type BatchColumnKey } from './batchTable';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_TABLE, type ExportLogColumnKey } from './exportLogTable';
import { registrationSheetName } from './sheetNames';
import { NO } from './yesNo';
import { queueFormatRegistrationSheet } from './formatRegistrationSheet';
import { queueSetupWorkbook } from './setupWorkbook';
import { hasTable, probeWorkbook } from './workbookProbe';

/*
 * "Nieuwe batch" (SPEC "Using it"): validate the batch fields, give the batch the next id, add its
 * row to the batch table and create its registration sheet, in one Excel.run: probe (1 sync) +
 * read (1 sync) + ONE write (1 sync), on a fresh workbook as on the hundredth batch (one more read
 * only when the set-up must first look at a place on an existing sheet, see setupWorkbook.ts).
 * Bad fields come back as core issues and nothing is written, not even the set-up.
 */

/** The next batch id: core's rule (batchId.ts), re-exported for the callers of this module. */
export { nextBatchId } from '../core';

export interface CreateBatchInput {
  /** The batch fields as typed in the form, keyed by field: text, numbers, booleans, Dates. */
  readonly fields: Readonly<Partial<Record<BatchField, unknown>>>;
  /** "Today" for the date rules (the clock is read by the caller). */
  readonly today: Date;
  /** SPEC: lines per file, header included; rows past the first file are shaded per extra file. */
  readonly settings: Pick<ExportSettings, 'linesPerFile'>;
}

export interface CreatedBatch {
  readonly batchId: string;
  readonly sheetName: string;
  readonly metadata: BatchMetadata;
  /** Excel row (1-based) of the batch in the batch table. */
  readonly row: number;
}

export type CreateBatchResult =
  | { ok: true; value: CreatedBatch }
  /**
   * The fields do not pass core's batch rules, or the lines-per-file setting is refused by core's
   * checkLinesPerFile (`settings_max_rows`): the issues, nothing created.
   */
  | { ok: false; reason: 'invalid_fields'; issues: Issue[] }
  /** The user removed columns of the batch table that this batch needs a value in. */
  | { ok: false; reason: 'batch_table_columns_missing'; missingColumns: string[] };

/** The batch-table row of a new batch (also a register group's, registerBatches.ts). */
export function batchRecord(
  batchId: string,
  sheetName: string,
  m: BatchMetadata,
): Partial<Record<BatchColumnKey, CellValue>> {
  return {
    batchId,
    sheetName,
    toedienerInsz: m.toedienerInsz,
    organisatie: m.organisatie ?? '',
    gratisVoorraad: m.gratisVoorraad,
    datumToediening: m.datumToediening,
    immunisatieproduct: m.immunisatieproduct,
    dosis: m.dosis,
    lotnummer: m.lotnummer ?? '',
    toedieningswijze: m.toedieningswijze ?? '',
    typeProfylaxe: m.typeProfylaxe ?? '',
    lichaamsdeel: m.lichaamsdeel ?? '',
    lichaamszijde: m.lichaamszijde ?? '',
    opmerkingen: m.opmerkingen ?? '',
    uploaded: NO,
  };
}

/**
 * Creates a batch: see the module comment. Sets the workbook up first if needed (same write).
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   createBatch(context, { fields: form, today: new Date(), settings: { linesPerFile: 100 } }),
 * );
 * if (result.ok) result.value.sheetName; // 'B003 Vaxigrip Tetra 28-11-2026'
 * else if (result.reason === 'invalid_fields') showIssues(result.issues);
 * ```
 */
export async function createBatch(
  context: Excel.RequestContext,
  input: CreateBatchInput,
): Promise<CreateBatchResult> {
  // The one validation of the setting (core), before anything is read or queued: a refused value
  // cannot leave half a batch behind, and it is answered as data like the fields.
  const lines = checkLinesPerFile(input.settings.linesPerFile);
  if (!lines.ok) return { ok: false, reason: 'invalid_fields', issues: [lines.issue] };
  const linesPerFile = lines.value;
  const probe = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, probe);
  const readLog = hasTable(probe, EXPORT_LOG_TABLE) ? queueReadTable(context, EXPORT_LOG_TABLE) : null;
  await context.sync();

  const lists = listsFromSnapshots(reads.lists());
  const parsed = parseBatchMetadata(input.fields, { today: input.today, lists });
  if (!parsed.ok) return { ok: false, reason: 'invalid_fields', issues: parsed.issues };
  const metadata = parsed.value;

  const existingBatches = reads.batches?.() ?? null;
  if (existingBatches !== null) {
    // Checked before anything is queued: a refused batch writes nothing (Excel.run would flush it).
    const positions = columnPositions<BatchColumnKey>(existingBatches, BATCH_COLUMNS);
    const needed = batchRecord('-', '-', metadata);
    const missing = BATCH_COLUMNS.filter(
      (column) =>
        positions.get(column.key) === -1 && needed[column.key] !== undefined && needed[column.key] !== '',
    ).map((column) => column.header);
    if (missing.length > 0)
      return { ok: false, reason: 'batch_table_columns_missing', missingColumns: missing };
  }

  // Set-up of what is missing goes into the same write (it may read once more, never writes).
  const { report } = await queueSetupWorkbook(context, probe);
  const batchTable = existingBatches ?? report.tables[BATCHES_TABLE];
  if (batchTable === undefined) throw new Error('createBatch: the set-up did not place the batch table');
  const log = readLog?.() ?? report.tables[EXPORT_LOG_TABLE];

  // Ids of the batch table and of the export log: an id is never given twice, even after its
  // batch row was deleted.
  const ids: string[] = [];
  const batchPositions = columnPositions<BatchColumnKey>(batchTable, BATCH_COLUMNS);
  for (const row of batchTable.rows) ids.push(batchIdOf(cellOf(row, batchPositions, 'batchId')));
  if (log !== undefined) {
    const logPositions = columnPositions<ExportLogColumnKey>(log, EXPORT_LOG_COLUMNS);
    for (const row of log.rows) ids.push(batchIdOf(cellOf(row, logPositions, 'batchId')));
  }
  const batchId = nextBatchId(ids);
  const sheetName = registrationSheetName(batchId, metadata.immunisatieproduct, metadata.datumToediening, [
    ...probe.sheetNames,
    ...report.createdSheets,
  ]);

  const sheet = context.workbook.worksheets.add(sheetName);
  queueFormatRegistrationSheet(sheet, { linesPerFile });
  const rowIndex = queueAppendRecords(context, batchTable, BATCH_COLUMNS, [
    batchRecord(batchId, sheetName, metadata),
  ]);
  sheet.activate();
  sheet.getRange('A2').select();
  sheet.load('id');
  await context.sync();
  // The sheet's worksheet id, so a rename keeps it the batch's sheet (docs/decisions/0009-sheets-by-id.md). Known
  // only after the sheet exists; should this write fail, the next read records it by name.
  queueWriteSheetLinks(context, reads.links(), new Map([[linkKey(batchId), sheet.id]]));
  await context.sync();

  return { ok: true, value: { batchId, sheetName, metadata, row: rowIndex + 1 } };
}

/** {@link createBatch} in its own `Excel.run` (one user action). */
export function runCreateBatch(input: CreateBatchInput): Promise<CreateBatchResult> {
  return Excel.run((context) => createBatch(context, input));
}

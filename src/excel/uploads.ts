import {
  type Encoding,
  type ExportPlan,
  type ExportSettings,
  type SheetVerdict,
  type UploadBatchRow,
  type UploadLogRow,
  type UploadOverview,
  remakeExport,
  uploadBatchKey,
  uploadOverview,
} from '../core';
import { type BatchRecord, batchIdOf, batchesFromSnapshot } from './batchRecords';
import { isBlankCell } from './cellValue';
import { listsFromSnapshots, queueReadBatchTables } from './readBatches';
import { type TableSnapshot, cellOf, columnPositions, queueReadTable } from './tableSnapshot';
import { isUploadedMark } from './yesNo';
import {
  ENCODING_LABELS,
  EXPORT_LOG_COLUMNS,
  EXPORT_LOG_TABLE,
  type ExportLogColumnKey,
} from './exportLogTable';
import type { BlockReadOptions } from './readRowBlocks';
import { readRegistrationSheet } from './readRegistrationSheet';
import { type FileEvidence, queueReadEvidence, sameBatchId } from './exportEvidence';
import { hasTable, probeWorkbook } from './workbookProbe';

/*
 * What the upload checklist ("Opladen", issue #15) reads: the batch table, the export log and every
 * batch's registration sheet, re-made into files by core (remakeExport) so core can tell whether
 * the sheet still gives the bytes the log recorded. Nothing is written here (see markUploaded.ts).
 */

function textOf(value: unknown): string {
  return isBlankCell(value) ? '' : String(value).trim();
}

function countOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/u.test(value)) return Number(value);
  return null;
}

/** `k/n` of the log's "Deel (k/n)" (text; a number when a user retyped it under General is no part). */
function partOf(value: unknown): { part: number | null; parts: number | null } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(textOf(value));
  if (match === null) return { part: null, parts: null };
  return { part: Number(match[1]), parts: Number(match[2]) };
}

const ENCODING_BY_LABEL = new Map<string, Encoding>(
  Object.entries(ENCODING_LABELS).map(([encoding, label]) => [label.toUpperCase(), encoding as Encoding]),
);

/**
 * The log rows of an export-log snapshot, for core (pure). Rows without a batch id or a file name
 * (the blank row of a new table, a row started by hand) are left out.
 */
export function logRowsFromSnapshot(snapshot: TableSnapshot): UploadLogRow[] {
  const positions = columnPositions<ExportLogColumnKey>(snapshot, EXPORT_LOG_COLUMNS);
  const rows: UploadLogRow[] = [];
  snapshot.rows.forEach((values, index) => {
    const cell = (key: ExportLogColumnKey) => cellOf(values, positions, key);
    const batchId = batchIdOf(cell('batchId'));
    const fileName = textOf(cell('fileName'));
    if (batchId === '' || fileName === '') return;
    rows.push({
      index,
      time: textOf(cell('time')),
      batchId,
      sheetName: textOf(cell('sheetName')),
      fileName,
      ...partOf(cell('part')),
      rows: countOf(cell('rows')),
      sha256: textOf(cell('sha256')).toLowerCase(),
      encoding: ENCODING_BY_LABEL.get(textOf(cell('encoding')).toUpperCase()) ?? null,
      uploaded: isUploadedMark(cell('uploaded')),
    });
  });
  return rows;
}

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
      : batchesFromSnapshot(reads.batches(), { today: options.today, lists, sheetNames: probe.sheetNames });
  return {
    setUp: reads.batches !== null,
    batches,
    log: log === null ? [] : logRowsFromSnapshot(log()),
    evidence: evidence().records,
  };
}

/** A batch's files as its sheet makes them now. */
export type RemadeBatch =
  /** `matches`: the files are the logged bytes (SHA-256 equal, part by part). */
  | { readonly kind: 'remade'; readonly plan: ExportPlan; readonly matches: boolean }
  | { readonly kind: 'sheet_missing' }
  /** The batch fields do not parse, or the sheet's header is not the five titles. */
  | { readonly kind: 'sheet_unreadable' };

/** The core verdict of a re-made batch. */
export function verdictOf(remade: RemadeBatch): SheetVerdict {
  return remade.kind === 'remade' ? { kind: 'remade', files: remade.plan.files } : remade;
}

export interface RemakeOptions extends BlockReadOptions {
  readonly today: Date;
  readonly settings: ExportSettings;
}

/**
 * Reads a batch's registration sheet and re-makes its files as its last logged export made them
 * (core remakeExport); `cancelled` when the read was cancelled through `options.signal`.
 *
 * @example
 * ```ts
 * const remade = await remakeBatch(context, record, logRowsOfBatch, { today: new Date(), settings });
 * if (remade.kind === 'remade' && remade.matches) offer(remade.plan.files);
 * ```
 */
export async function remakeBatch(
  context: Excel.RequestContext,
  record: BatchRecord,
  logged: readonly UploadLogRow[],
  options: RemakeOptions,
): Promise<RemadeBatch | { readonly kind: 'cancelled' }> {
  if (!record.sheetExists) return { kind: 'sheet_missing' };
  if (!record.metadata.ok) return { kind: 'sheet_unreadable' };
  const read = await readRegistrationSheet(context, record.sheetName, options);
  if (!read.ok) return read.reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'sheet_missing' };
  if (read.value.headerIssues.length > 0) return { kind: 'sheet_unreadable' };
  const { plan, matches } = remakeExport({
    rows: read.value.rows,
    batch: record.metadata.value,
    batchId: record.batchId,
    today: options.today,
    settings: options.settings,
    logged,
  });
  return { kind: 'remade', plan, matches };
}

/** The log rows of one batch (ids compared as core does). */
export function logRowsOf(log: readonly UploadLogRow[], batchId: string): UploadLogRow[] {
  const key = uploadBatchKey(batchId);
  return log.filter((row) => uploadBatchKey(row.batchId) === key);
}

/** The checklist with, per batch key, what its sheet makes now. */
export interface UploadChecklist {
  readonly setUp: boolean;
  readonly overview: UploadOverview;
  readonly remade: ReadonlyMap<string, RemadeBatch>;
}

/**
 * Reads everything the checklist needs in one `Excel.run`: the two tables, then every batch's
 * sheet (one after the other; each read groups its rows into ~4 MB syncs), and derives the
 * overview in core. Null when cancelled.
 *
 * @example
 * ```ts
 * const list = await Excel.run((context) => readUploadChecklist(context, { today: new Date(), settings }));
 * list?.overview.counts; // { batchesLeft: 4, filesLeft: 7, ... }
 * ```
 */
export async function readUploadChecklist(
  context: Excel.RequestContext,
  options: RemakeOptions,
): Promise<UploadChecklist | null> {
  const tables = await readUploadTables(context, options);
  const remade = new Map<string, RemadeBatch>();
  for (const record of tables.batches) {
    const key = uploadBatchKey(record.batchId);
    if (remade.has(key)) continue;
    const result = await remakeBatch(context, record, logRowsOf(tables.log, record.batchId), options);
    if (result.kind === 'cancelled') return null;
    remade.set(key, result);
  }
  const verdicts = new Map([...remade].map(([key, result]) => [key, verdictOf(result)]));
  return {
    setUp: tables.setUp,
    overview: uploadOverview({
      batches: tables.batches.map((record) => uploadBatchRowOf(record, tables.evidence)),
      log: tables.log,
      verdicts,
    }),
    remade,
  };
}

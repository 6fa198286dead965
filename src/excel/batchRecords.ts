import {
  BATCH_FIELDS,
  type BatchLists,
  type BatchMetadata,
  type Issue,
  parseBatchMetadata,
  sameProductAndDate,
} from '../core';
import { BATCH_COLUMNS, type BatchColumnKey } from './batchTable';
import { isBlankCell } from './cellValue';
import { sheetNameKey } from './sheetNames';
import { cellOf, columnPositions, type TableSnapshot } from './tableSnapshot';
import { isUploadedMark } from './yesNo';

/*
 * The batches of the batch table (pure): one record per row with a batch id, its fields parsed by
 * core, and which other batches SPEC's duplicate_across_batches compares with.
 */

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

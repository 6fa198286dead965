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
import { type SheetMatch, type SheetRef, findRecordedSheet } from './sheetIdentity';
import { linkKey } from './sheetLinks';
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
  /**
   * The batch's sheet's current name when it was found (by its recorded name, or by its worksheet
   * id after a rename: sheetIdentity.ts); the recorded name otherwise.
   */
  readonly sheetName: string;
  /** False when the batch's sheet was not found (deleted, or renamed before its id was recorded). */
  readonly sheetExists: boolean;
  /** The sheet's worksheet id when found (null when not found, or when the host gives no ids). */
  readonly sheetId: string | null;
  /** The name in the Batches row ("Registratieblad"), as the user reads it. */
  readonly recordedSheetName: string;
  /** How the sheet was found (a rename or a new id is written back by readBatches). */
  readonly sheetMatch: SheetMatch['kind'];
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
  options: {
    today: Date;
    lists: BatchLists;
    sheetNames: readonly string[];
    /** Worksheets with their ids (probeWorkbook); without them sheets are found by name only. */
    sheets?: readonly SheetRef[];
    /** Each batch's recorded worksheet id (sheetLinks.ts), by {@link linkKey}. */
    links?: ReadonlyMap<string, string>;
  },
): BatchRecord[] {
  const positions = columnPositions<BatchColumnKey>(snapshot, BATCH_COLUMNS);
  const sheets = options.sheets ?? options.sheetNames.map((name) => ({ id: '', name }));
  const links = options.sheets === undefined ? new Map<string, string>() : (options.links ?? new Map());
  const recordedNames = snapshot.rows.map(
    (values) => textOrNull(cellOf(values, positions, 'sheetName')) ?? '',
  );
  const recordedKeys = new Set(recordedNames.filter((name) => name !== '').map(sheetNameKey));
  const batches: BatchRecord[] = [];
  snapshot.rows.forEach((values, bodyRow) => {
    const batchId = batchIdOf(cellOf(values, positions, 'batchId'));
    if (batchId === '') return;
    const row = snapshot.firstRowIndex + bodyRow + 1;
    const fields: Record<string, unknown> = {};
    for (const field of BATCH_FIELDS) fields[field] = cellOf(values, positions, field);
    const recordedSheetName = recordedNames[bodyRow] ?? '';
    const ownKey = sheetNameKey(recordedSheetName);
    const match = findRecordedSheet(
      { sheetName: recordedSheetName, sheetId: links.get(linkKey(batchId)) ?? null },
      sheets,
      { has: (key) => key !== ownKey && recordedKeys.has(key) },
    );
    const found = match.kind === 'missing' ? null : match.sheet;
    batches.push({
      row,
      bodyRow,
      batchId,
      sheetName: found?.name ?? recordedSheetName,
      sheetExists: found !== null,
      sheetId: found === null || found.id === '' ? null : found.id,
      recordedSheetName,
      sheetMatch: match.kind,
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

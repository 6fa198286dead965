import { type Encoding, type UploadLogRow, uploadBatchKey } from '../core';
import { batchIdOf } from './batchRecords';
import { isBlankCell } from './cellValue';
import { type TableSnapshot, cellOf, columnPositions } from './tableSnapshot';
import { isUploadedMark } from './yesNo';
import { ENCODING_LABELS, EXPORT_LOG_COLUMNS, type ExportLogColumnKey } from './exportLogTable';

/*
 * The export log's rows as core's upload checklist takes them (core UploadLogRow): parsed from the
 * cells, leniently, because the user may have retyped or cleared them (SPEC "Nothing is lost").
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

/** The log rows of one batch (ids compared as core does). */
export function logRowsOf(log: readonly UploadLogRow[], batchId: string): UploadLogRow[] {
  const key = uploadBatchKey(batchId);
  return log.filter((row) => uploadBatchKey(row.batchId) === key);
}

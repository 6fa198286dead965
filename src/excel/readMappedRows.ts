import { REGISTRATION_COLUMNS, type RegistrationRow } from '../core';
import { type BlockReadOptions, readRowBlocks } from './readRowBlocks';
import type { RowSpan } from './rowSpans';
import { emptyCells, SheetCollector } from './sheetCollector';
import type { ColumnMapping } from './sheetMapping';

/**
 * Reads only some rows of a sheet (the rows an edit touched, the rows of picked cells): the mapped
 * columns of `spans`, into core rows. Blocks and syncs as {@link readRowBlocks}.
 */
export async function readMappedRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spans: readonly RowSpan[],
  columns: ColumnMapping,
  options: BlockReadOptions & {
    /** The date system; a function when it is loaded in the same sync as the first block. */
    readonly use1904: boolean | (() => boolean);
  },
): Promise<{ ok: true; rows: RegistrationRow[] } | { ok: false; rowsRead: number }> {
  const indexes = REGISTRATION_COLUMNS.map((column) => columns[column]).filter(
    (index): index is number => index !== null,
  );
  if (indexes.length === 0 || spans.length === 0) {
    return {
      ok: true,
      rows: spans.flatMap((span) =>
        Array.from({ length: span.last - span.first + 1 }, (_, i) => ({
          row: span.first + i,
          cells: emptyCells(),
        })),
      ),
    };
  }
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const { use1904 } = options;
  const collector = new SheetCollector(
    { headerRow: 0, columns },
    typeof use1904 === 'function' ? use1904 : () => use1904,
  );
  const read = await readRowBlocks(
    context,
    sheet,
    spans,
    first,
    last - first + 1,
    { ...options, textColumns: collector.textColumns },
    (block) => collector.add(block),
  );
  return read.done ? { ok: true, rows: collector.rows } : { ok: false, rowsRead: read.rowsRead };
}

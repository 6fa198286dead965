import type { RegistrationRow } from '../core';
import type { HeaderTitle } from './headerTitles';
import { type BlockReadOptions, readRowBlocks } from './readRowBlocks';
import { type ExtraColumn, SheetCollector, type SheetNote } from './sheetCollector';
import { mappingProblem, type SheetMapping } from './sheetMapping';
import { loadUsedArea } from './usedArea';

/*
 * Reading a worksheet into core's rows (SPEC "Using it": "Controleren finds the header row ...,
 * lets them confirm the column mapping"; "Nothing is lost"). Blocks and syncs: readRowBlocks.ts;
 * what becomes of each cell: sheetCollector.ts.
 */

export interface SheetRead {
  readonly sheetName: string;
  /**
   * The worksheet's id (Excel.Worksheet.id): a re-check finds the sheet by it after the user renamed
   * it (issue #10, docs/decisions/0009-sheets-by-id.md).
   */
  readonly sheetId: string;
  readonly mapping: SheetMapping;
  /** Every row from the one below the header to the last used row, empty ones included. */
  readonly rows: RegistrationRow[];
  /** Rows where every cell of the sheet is empty (core: `empty`, skipped, no issue). */
  readonly emptyRows: number[];
  /** Rows whose five columns are empty but another column holds something (core: `empty`). */
  readonly extraOnlyRows: number[];
  /** Titles of the header row. */
  readonly header: readonly HeaderTitle[];
  /** Columns besides the five that have a title or data, with their count of non-empty cells. */
  readonly extraColumns: readonly ExtraColumn[];
  /** Non-empty cells above the header row. */
  readonly notes: readonly SheetNote[];
  /** Last used row (the header row when there are no data rows). */
  readonly lastRow: number;
  /** The workbook uses the 1904 date system (date serials were converted to the 1900 system). */
  readonly use1904: boolean;
}

export type ReadSheetResult =
  | { ok: true; value: SheetRead }
  | { ok: false; reason: 'sheet_not_found' }
  | { ok: false; reason: 'invalid_mapping'; problem: 'header_row' | 'column' | 'duplicate_column' }
  | { ok: false; reason: 'cancelled'; rowsRead: number };

/**
 * Reads a sheet with a confirmed mapping: every row below the header into core rows (row = the
 * Excel row), values with their valueTypes and numberFormat, plus what is not exported (extra
 * columns with their non-empty counts, rows with data only outside the five columns, cells above
 * the header). Syncs: 1 + one per group of row blocks (see readRowBlocks.ts); progress after each
 * group; an aborted `signal` stops before the next sync with `cancelled`.
 *
 * @example
 * ```ts
 * const read = await Excel.run((context) =>
 *   readSheet(context, 'Bewoners', { mapping: proposal.mapping, onProgress, signal }),
 * );
 * if (read.ok) validateRegistrations({ rows: read.value.rows, today, settings });
 * ```
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: BlockReadOptions & { readonly mapping: SheetMapping },
): Promise<ReadSheetResult> {
  const { mapping } = options;
  const problem = mappingProblem(mapping);
  if (problem !== null) return { ok: false, reason: 'invalid_mapping', problem };
  const area = await loadUsedArea(context, sheetName);
  if (!area.ok) return { ok: false, reason: 'sheet_not_found' };
  const use1904 = area.use1904;
  const collector = new SheetCollector(mapping, () => use1904);
  const used = area.used;
  let lastRow = mapping.headerRow;
  if (used !== null) {
    const firstUsed = used.rowIndex + 1;
    lastRow = Math.max(lastRow, used.rowIndex + used.rowCount);
    // Rows between the header and the used range (the header row itself may be empty).
    collector.addEmptyRows(mapping.headerRow + 1, Math.min(firstUsed - 1, lastRow));
    const first = Math.max(firstUsed, 1);
    const read = await readRowBlocks(
      context,
      area.sheet,
      first <= lastRow ? [{ first, last: lastRow }] : [],
      used.columnIndex,
      used.columnCount,
      { ...options, textColumns: collector.textColumns },
      (block) => collector.add(block),
    );
    if (!read.done) return { ok: false, reason: 'cancelled', rowsRead: read.rowsRead };
  }
  return {
    ok: true,
    value: {
      sheetName: area.name,
      sheetId: area.id,
      mapping,
      rows: collector.rows,
      emptyRows: collector.emptyRows,
      extraOnlyRows: collector.extraOnlyRows,
      header: collector.header,
      extraColumns: collector.extraColumns(),
      notes: collector.notes,
      lastRow,
      use1904: area.use1904,
    },
  };
}

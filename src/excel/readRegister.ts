import { type BatchField, type Cell, type RegisterRow } from '../core';
import { cellFromExcel } from './cellFromExcel';
import { type BlockReadOptions, readRowBlocks } from './readRowBlocks';
import { type SheetRead, readSheet } from './readSheet';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from './registerMapping';

/*
 * Reading a day's register: the five registration columns as readSheet reads a registration sheet,
 * plus the batch columns, into core RegisterRows (SPEC "A day's register"), by the register's
 * mapping (registerMapping.ts: the add-in's layout, or one the user confirmed).
 */

export type ReadRegisterResult =
  | { ok: true; value: SheetRead & { rows: RegisterRow[] } }
  | { ok: false; reason: 'sheet_not_found' | 'invalid_mapping' | 'cancelled' };

const EMPTY: Cell = { kind: 'empty', value: null };

/**
 * Reads a register: every row from the one below the header to the last used row, with the five
 * registration cells (readSheet) and the batch cells of `mapping.batch` (values, valueTypes and
 * numberFormat in row blocks, as readSheet reads; dates as date cells in the 1900 system).
 *
 * @example
 * ```ts
 * const read = await Excel.run((context) => readRegister(context, 'Dagregister 28-11-2026'));
 * if (read.ok) groupRegister(read.value.rows, { today, lists });
 * ```
 */
export async function readRegister(
  context: Excel.RequestContext,
  sheetName: string,
  mapping: RegisterMapping = REGISTER_SHEET_MAPPING,
  options: BlockReadOptions = {},
): Promise<ReadRegisterResult> {
  const read = await readSheet(context, sheetName, { ...options, mapping });
  if (!read.ok) return { ok: false, reason: read.reason };
  const fields = Object.entries(mapping.batch) as [BatchField, number][];
  const batchByRow = new Map<number, Partial<Record<BatchField, Cell>>>();
  const first = mapping.headerRow + 1;
  const last = read.value.lastRow;
  if (fields.length > 0 && last >= first) {
    const firstColumn = Math.min(...fields.map(([, index]) => index));
    const lastColumn = Math.max(...fields.map(([, index]) => index));
    const sheet = context.workbook.worksheets.getItem(read.value.sheetName);
    const use1904 = read.value.use1904;
    const done = await readRowBlocks(
      context,
      sheet,
      [{ first, last }],
      firstColumn,
      lastColumn - firstColumn + 1,
      options,
      (block) => {
        block.values.forEach((values, r) => {
          const cells: Partial<Record<BatchField, Cell>> = {};
          for (const [field, index] of fields) {
            const c = index - block.firstColumn;
            cells[field] = cellFromExcel(
              values[c],
              block.valueTypes[r]?.[c] ?? 'Empty',
              block.numberFormat[r]?.[c] ?? 'General',
              {
                use1904,
              },
            );
          }
          batchByRow.set(block.firstRow + r, cells);
        });
      },
    );
    if (!done.done) return { ok: false, reason: 'cancelled' };
  }
  const rows: RegisterRow[] = read.value.rows.map((row) => ({
    ...row,
    batch: batchByRow.get(row.row) ?? Object.fromEntries(fields.map(([field]) => [field, EMPTY])),
  }));
  return { ok: true, value: { ...read.value, rows } };
}

import {
  type BatchField,
  type Cell,
  type RegisterRow,
  REGISTRATION_COLUMNS,
  detectBatchColumns,
  isRegisterMapping,
} from '../core';
import { cellFromExcel } from './cellFromExcel';
import { type MappingProposal, proposeMapping } from './proposeMapping';
import { type BlockReadOptions, readRowBlocks } from './readRowBlocks';
import { type SheetRead, readSheet } from './readSheet';
import { REGISTRATION_SHEET_MAPPING, type SheetMapping } from './sheetMapping';
import { REGISTER_COLUMNS } from './registerSheet';

/*
 * Reading a day's register: the five registration columns as readSheet reads a registration sheet,
 * plus the batch columns, into core RegisterRows (SPEC "A day's register"). A register the add-in
 * made has a fixed layout ({@link REGISTER_SHEET_MAPPING}); a practice's own list ("Datum",
 * "Vaccin", "Lot", "Dosis", in nl/fr/en, header possibly in row 3) is mapped by
 * {@link proposeRegisterMapping}, and the user confirms the mapping before it is read.
 */

/** Where the registration and batch columns are on a register. */
export interface RegisterMapping extends SheetMapping {
  /** 0-based sheet column of each batch field the sheet has; a field without a column is blank. */
  readonly batch: Readonly<Partial<Record<BatchField, number>>>;
}

/** A register the add-in made: A:E, then the batch columns from F (registerSheet.ts). */
export const REGISTER_SHEET_MAPPING: RegisterMapping = {
  ...REGISTRATION_SHEET_MAPPING,
  batch: Object.fromEntries(REGISTER_COLUMNS.map((column) => [column.field, column.index])),
};

export type ProposeRegisterMappingResult =
  | { ok: true; value: { proposal: MappingProposal; mapping: RegisterMapping } }
  | { ok: false; reason: 'sheet_not_found' | 'sheet_empty' | 'header_not_found' | 'no_batch_columns' };

/**
 * Proposes the mapping of an existing sheet as a register: the registration columns as
 * readSheet's proposeMapping finds them (synonyms, header row within the first 20 rows), and the
 * batch columns of the same header row by core's detectBatchColumns. `no_batch_columns` when the
 * header has neither a product nor a date column: then it is a plain registration sheet.
 *
 * @example
 * ```ts
 * const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Lijst'));
 * if (proposal.ok) confirmWithUser(proposal.value.mapping); // header row 3, 'Date' -> datumToediening...
 * ```
 */
export async function proposeRegisterMapping(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<ProposeRegisterMappingResult> {
  const proposal = await proposeMapping(context, sheetName);
  if (!proposal.ok) return { ok: false, reason: proposal.reason };
  const { mapping, titles } = proposal.value;
  const width = Math.max(0, ...titles.map((title) => title.index + 1));
  const row = Array.from({ length: width }, (_, i) => titles.find((title) => title.index === i)?.title ?? '');
  const taken = REGISTRATION_COLUMNS.map((column) => mapping.columns[column]).filter(
    (index): index is number => index !== null,
  );
  const batch = detectBatchColumns(row, taken);
  if (!isRegisterMapping(batch)) return { ok: false, reason: 'no_batch_columns' };
  return { ok: true, value: { proposal: proposal.value, mapping: { ...mapping, batch } } };
}

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

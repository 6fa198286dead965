import {
  type Cell,
  cellKey,
  type ExportSettings,
  fixesByCell,
  type Issue,
  type IssueCode,
  REGISTRATION_COLUMNS,
  ROW_EMPTY,
  validateRegistrations,
} from '../core';
import { readBatches } from './readBatches';
import { DATE_1904_OFFSET } from './cellFromExcel';
import { type CreateBatchInput, createBatch } from './createBatch';
import { runOwnWrites } from './ownWrites';
import type { HeaderTitle } from './headerTitles';
import { columnLetter } from './a1Address';
import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';
import { REGISTRATION_COLUMNS_ADDRESS, REGISTRATION_FIRST_DATA_ROW } from './registrationLayout';
import type { BlockReadOptions } from './readRowBlocks';
import { readSheet } from './readSheet';
import { queueFormatRegistrationSheet } from './formatRegistrationSheet';
import type { ExtraColumn, SheetNote } from './sheetCollector';
import type { SheetMapping } from './sheetMapping';
import { syncInGroups, type WriteTask } from './syncInGroups';
import { queueTextCells } from './writeText';

/*
 * The compliant copy of an existing sheet (SPEC "Nothing is lost": "The original sheet is never
 * rewritten without the user asking: converting an existing sheet makes a compliant copy"). The
 * copy's columns are text (`@`) before any value is written (ARCHITECTURE "Talking to Excel").
 */

/** Rows per written block. */
const WRITE_BLOCK_ROWS = 2000;

/** Where the copy goes: a new batch (createBatch), or an existing batch whose sheet is still empty. */
export type CopyTarget =
  | { readonly kind: 'newBatch'; readonly batch: CreateBatchInput }
  | { readonly kind: 'existingBatch'; readonly batchId: string };

export interface CompliantCopyInput extends BlockReadOptions {
  readonly sourceSheet: string;
  /** The mapping the user confirmed (readSheet.proposeMapping). */
  readonly mapping: SheetMapping;
  readonly target: CopyTarget;
  readonly today: Date;
  /** Lines per file, header included (the copy's shading) and the encoding core checks against. */
  readonly settings: ExportSettings;
  /** Switch events off while writing the copy (default true: a bulk write). */
  readonly suspendEvents?: boolean;
}

export interface CopiedRow {
  /** Excel row on the source sheet. */
  readonly source: number;
  /** Excel row on the copy. */
  readonly copy: number;
}

export interface CompliantCopy {
  readonly batchId: string;
  readonly sheetName: string;
  /** Every copied row, in sheet order. */
  readonly rows: readonly CopiedRow[];
  /** Cells written as core's corrected text, per code. */
  readonly fixes: Readonly<Partial<Record<IssueCode, number>>>;
  /** Cells of the copy holding an Excel error, kept as an error so core reports cell_error. */
  readonly errorCells: readonly string[];
  /** Source rows with nothing (or only spaces) in the five columns: not copied (core: empty). */
  readonly skippedRows: readonly number[];
  /** Source rows among skippedRows that hold data in other columns. */
  readonly extraOnlyRows: readonly number[];
  /** Source columns not copied (not part of the registration file), with their non-empty counts. */
  readonly extraColumns: readonly ExtraColumn[];
  /** The source's header titles and the cells above the header: not copied, listed. */
  readonly header: readonly HeaderTitle[];
  readonly notes: readonly SheetNote[];
}

export type CompliantCopyResult =
  | { ok: true; value: CompliantCopy }
  | { ok: false; reason: 'sheet_not_found' }
  | { ok: false; reason: 'invalid_mapping'; problem: 'header_row' | 'column' | 'duplicate_column' }
  | { ok: false; reason: 'cancelled'; rowsRead: number }
  | { ok: false; reason: 'invalid_fields'; issues: Issue[] }
  | { ok: false; reason: 'batch_table_columns_missing'; missingColumns: string[] }
  | { ok: false; reason: 'batch_not_found'; batchId: string }
  | { ok: false; reason: 'batch_sheet_not_empty'; sheetName: string };

/** The cell's own content as text, for a cell core proposes no fix for (nothing is lost). */
function originalText(cell: Cell, use1904: boolean): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'error':
      return cell.value;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      // Back to the serial the source cell holds (readSheet converted 1904 serials for core).
      return String(use1904 ? cell.value - DATE_1904_OFFSET : cell.value);
    case 'number':
      return String(cell.value);
  }
}

/** Resolves the target sheet of the copy (creating the batch or the batch's sheet when needed). */
async function copyTargetSheet(
  context: Excel.RequestContext,
  input: CompliantCopyInput,
): Promise<
  | { ok: true; batchId: string; sheetName: string; sheet: Excel.Worksheet }
  | Extract<
      CompliantCopyResult,
      {
        reason:
          'invalid_fields' | 'batch_table_columns_missing' | 'batch_not_found' | 'batch_sheet_not_empty';
      }
    >
> {
  const target = input.target;
  if (target.kind === 'newBatch') {
    // createBatch formats the sheet with formatRegistrationSheet.ts and links it in the batch table.
    const created = await createBatch(context, target.batch);
    if (!created.ok) return created;
    const { batchId, sheetName } = created.value;
    return { ok: true, batchId, sheetName, sheet: context.workbook.worksheets.getItem(sheetName) };
  }
  const state = await readBatches(context, { today: input.today });
  const batch = state.batches.find((item) => item.batchId === target.batchId);
  if (batch === undefined || batch.sheetName === '') {
    return { ok: false, reason: 'batch_not_found', batchId: target.batchId };
  }
  if (!batch.sheetExists) {
    // The batch's sheet was deleted: a new one under the name the batch table links to.
    const sheet = context.workbook.worksheets.add(batch.sheetName);
    queueFormatRegistrationSheet(sheet, { linesPerFile: input.settings.linesPerFile });
    return { ok: true, batchId: batch.batchId, sheetName: batch.sheetName, sheet };
  }
  const sheet = context.workbook.worksheets.getItem(batch.sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex, rowCount');
  await context.sync();
  if (!used.isNullObject && used.rowIndex + used.rowCount > 1) {
    return { ok: false, reason: 'batch_sheet_not_empty', sheetName: batch.sheetName };
  }
  // Made by createBatch, so already text; set again in case a user changed it (text BEFORE values).
  setNumberFormatEverywhere(sheet.getRange(REGISTRATION_COLUMNS_ADDRESS), TEXT_FORMAT);
  return { ok: true, batchId: batch.batchId, sheetName: batch.sheetName, sheet };
}

/**
 * Makes a compliant copy of an existing sheet (SPEC "Using it": "can create a compliant copy"): a
 * registration sheet linked to a batch (a new one through createBatch, or an existing batch whose
 * sheet is still empty), holding the five mapped columns in file order as text (`@` before any
 * value): core's corrected text where core knows a fix (trimmed, leading zeros back, dates as
 * `ddmmyyyy`), the cell's own content otherwise, so rows that cannot be fixed arrive as they are
 * and show up as issues on the copy (an Excel error stays an error). Rows with nothing in the five
 * columns are not copied; they, the other columns, the header titles and the notes above the
 * header are listed in the result. The source sheet is only read.
 *
 * One Excel.run: reading (1 sync + one per ~4 MB group of row blocks, cancellable, nothing
 * written before the read is complete), createBatch (3 syncs) or the batch check, the write (one
 * sync per ~4 MB) and switching events back on (1).
 *
 * @example
 * ```ts
 * const copy = await Excel.run((context) =>
 *   makeCompliantCopy(context, {
 *     sourceSheet: 'Bewoners',
 *     mapping: proposal.mapping,
 *     target: { kind: 'newBatch', batch: form },
 *     today: new Date(),
 *     settings,
 *   }),
 * );
 * ```
 */
export async function makeCompliantCopy(
  context: Excel.RequestContext,
  input: CompliantCopyInput,
): Promise<CompliantCopyResult> {
  const read = await readSheet(context, input.sourceSheet, input);
  if (!read.ok) return read;
  const source = read.value;
  const report = validateRegistrations({ rows: source.rows, today: input.today, settings: input.settings });
  const fixOf = fixesByCell(report.issues);

  const copied: CopiedRow[] = [];
  const skippedRows: number[] = [];
  const lines: { values: string[]; errors: boolean[] }[] = [];
  const fixes: Partial<Record<IssueCode, number>> = {};
  source.rows.forEach((row, i) => {
    if (report.status[i] === ROW_EMPTY) {
      skippedRows.push(row.row);
      return;
    }
    const values: string[] = [];
    const errors: boolean[] = [];
    for (const column of REGISTRATION_COLUMNS) {
      const cell = row.cells[column];
      const issue = fixOf.get(cellKey(row.row, column));
      if (issue?.fix !== undefined) fixes[issue.code] = (fixes[issue.code] ?? 0) + 1;
      values.push(issue?.fix ?? originalText(cell, source.use1904));
      errors.push(issue?.fix === undefined && cell.kind === 'error');
    }
    copied.push({ source: row.row, copy: REGISTRATION_FIRST_DATA_ROW + lines.length });
    lines.push({ values, errors });
  });

  const target = await copyTargetSheet(context, input);
  if (!target.ok) return target;
  const errorCells: string[] = [];
  const tasks: WriteTask[] = [];
  for (let start = 0; start < lines.length; start += WRITE_BLOCK_ROWS) {
    const block = lines.slice(start, start + WRITE_BLOCK_ROWS);
    const firstRow = REGISTRATION_FIRST_DATA_ROW + start;
    block.forEach((line, r) =>
      line.errors.forEach((isError, c) => {
        if (isError) errorCells.push(`${columnLetter(c)}${firstRow + r}`);
      }),
    );
    tasks.push({
      bytes: block.reduce((n, line) => n + line.values.reduce((m, v) => m + v.length + 3, 0), 0) * 2,
      queue: () => {
        const range = target.sheet.getRangeByIndexes(
          firstRow - 1,
          0,
          block.length,
          REGISTRATION_COLUMNS.length,
        );
        // Format and values together on the same range (writeText.ts): never relying on the
        // column format set when the sheet was made or re-made.
        queueTextCells(
          range,
          block.map((line) =>
            line.values.map((value, c) => (line.errors[c] === true ? { error: value } : { text: value })),
          ),
        );
      },
    });
  }
  await runOwnWrites(context, { suspendEvents: input.suspendEvents !== false }, () =>
    syncInGroups(context, tasks),
  );
  return {
    ok: true,
    value: {
      batchId: target.batchId,
      sheetName: target.sheetName,
      rows: copied,
      fixes,
      errorCells,
      skippedRows,
      extraOnlyRows: source.extraOnlyRows,
      extraColumns: source.extraColumns,
      header: source.header,
      notes: source.notes,
    },
  };
}

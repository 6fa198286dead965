import {
  type Cell,
  DEFAULT_SETTINGS,
  type ExportSettings,
  type Issue,
  type IssueCode,
  REGISTRATION_COLUMNS,
  ROW_EMPTY,
  type RegistrationColumn,
  validateRegistrations,
} from '../core';
import { readBatches } from './batches';
import { DATE_1904_OFFSET } from './cellFromExcel';
import { type CreateBatchInput, createBatch } from './createBatch';
import { runOwnWrites } from './events';
import {
  GENERAL_FORMAT,
  REGISTRATION_COLUMNS_ADDRESS,
  REGISTRATION_FIRST_DATA_ROW,
  TEXT_FORMAT,
  columnLetter,
} from './layout';
import {
  type BlockReadOptions,
  type CellRect,
  type ExtraColumn,
  type HeaderTitle,
  isOfficeError,
  parseA1,
  queueDateSystem,
  readMappedRows,
  readSheet,
  REGISTRATION_SHEET_MAPPING,
  rowSpans,
  type SheetMapping,
  type SheetNote,
} from './readSheet';
import { queueFormatRegistrationSheet } from './registrationSheet';
import { setNumberFormatEverywhere } from './setupWorkbook';

/*
 * Fixes the user asks for, and the compliant copy of an existing sheet (SPEC "Nothing is lost":
 * "The original sheet is never rewritten without the user asking: converting an existing sheet
 * makes a compliant copy; fixes are offered one by one or per kind, each an explicit click").
 *
 * Writing text that must stay text (ARCHITECTURE "Talking to Excel"): the number format `@` is set
 * BEFORE the value, in the same batch, or Excel turns `05032012345` back into 5032012345. Values
 * are written as 2-D arrays where `null` leaves a cell unchanged ("Blank and null values in Excel
 * add-ins": null input in a 2-D array is ignored for values and numberFormat), so one range per
 * column block carries many scattered fixes: calls and syncs do not grow with the number of cells.
 * A text starting with an apostrophe is written with one more: Excel takes a leading apostrophe as
 * its "this is text" prefix and drops it (Excel help, "Keep leading zeros"; a Flemish name such as
 * `'t Kindt` would otherwise lose it).
 */

/** What a fix does, per fixable code (SPEC: the codes marked "fixable"). */
export type FixKind = 'trim' | 'leadingZeros' | 'dateToText';

export const FIX_KIND_OF_CODE: Readonly<Partial<Record<IssueCode, FixKind>>> = {
  whitespace_edge: 'trim',
  insz_leading_zero_lost: 'leadingZeros',
  birthdate_leading_zero_lost: 'leadingZeros',
  birthdate_is_date: 'dateToText',
};

const ALL_KINDS: readonly FixKind[] = ['trim', 'leadingZeros', 'dateToText'];

/** Rows per written block (the copy) and largest row span of one fix range. */
const WRITE_BLOCK_ROWS = 2000;
const FIX_SPAN_ROWS = 20_000;
/** Largest request one sync may carry: well under Excel on the web's 5 MB. */
const MAX_SYNC_REQUEST_BYTES = 4 * 1024 * 1024;
/** Picked addresses over more rows than this are clipped to the used range (one more sync). */
const CLIP_PICKED_ROWS = 10_000;

/** Text as written through `Range.values`: a leading apostrophe doubled (see the module comment). */
function excelText(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}

/** A task of a sync group: its request bytes and what it queues. */
interface WriteTask {
  readonly bytes: number;
  readonly queue: () => void;
}

/** Queues tasks and syncs whenever the next one would take the request over the limit. */
async function syncInGroups(context: Excel.RequestContext, tasks: readonly WriteTask[]): Promise<number> {
  let syncs = 0;
  let start = 0;
  while (start < tasks.length) {
    let bytes = 0;
    while (start < tasks.length) {
      const task = tasks[start];
      if (task === undefined) break;
      if (bytes > 0 && bytes + task.bytes > MAX_SYNC_REQUEST_BYTES) break;
      task.queue();
      bytes += task.bytes;
      start++;
    }
    // One sync per ~4 MB of written values (Excel on the web refuses requests over 5 MB).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }
  return syncs;
}

// ---------------------------------------------------------------------------------------------
// Fixes on picked cells
// ---------------------------------------------------------------------------------------------

export interface ApplyFixesInput {
  readonly sheetName: string;
  /** Where the five columns are; default a registration sheet (header row 1, A..E). */
  readonly mapping?: SheetMapping;
  /**
   * The cells the user picked: core issues (their row and column name the cell) or A1 addresses of
   * cells or ranges (`D7`, `A2:E40`). Every picked cell is read again and re-checked by core, so a
   * cell changed since the issue was found is fixed as it is now, or left when it needs no fix.
   */
  readonly targets: readonly (Issue | string)[];
  /** Only these kinds of fix (default all): "per kind, each an explicit click". */
  readonly kinds?: readonly FixKind[];
  /** "Today" for core's rules (an INSZ with its zeros back must still be a valid one). */
  readonly today: Date;
  /** Switch events off while writing (one more small sync); default off, see events.ts. */
  readonly suspendEvents?: boolean;
}

export interface AppliedFix {
  readonly address: string;
  readonly row: number;
  readonly column: RegistrationColumn;
  readonly code: IssueCode;
  readonly kind: FixKind;
  /** The text written (core's `fix`). */
  readonly text: string;
}

export interface SkippedFix {
  /** The address, or the issue's `row/column/code`. */
  readonly target: string;
  /**
   * not_a_cell: no registration cell (row 0, header, batch field, column outside the mapping);
   * no_fix: the cell needs no fix (any more); kind_not_selected: its fix is of another kind.
   */
  readonly reason: 'not_a_cell' | 'no_fix' | 'kind_not_selected';
}

export type ApplyFixesResult =
  | { ok: true; value: { fixed: AppliedFix[]; skipped: SkippedFix[] } }
  | { ok: false; reason: 'sheet_not_found' };

interface PickedCell {
  readonly row: number;
  readonly column: RegistrationColumn;
  readonly target: string;
}

function describeIssue(issue: Issue): string {
  return `${issue.row}/${issue.column ?? '-'}/${issue.code}`;
}

/** A fix write: Excel row, 0-based column, text. */
interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/**
 * Write tasks for scattered cells: per column, ranges of at most FIX_SPAN_ROWS rows, each with
 * its number format `@` (first) and its values, `null` where a cell is not fixed.
 */
function fixWriteTasks(sheet: Excel.Worksheet, writes: readonly CellWrite[]): WriteTask[] {
  const byColumn = new Map<number, CellWrite[]>();
  for (const write of writes) {
    const list = byColumn.get(write.column);
    if (list === undefined) byColumn.set(write.column, [write]);
    else list.push(write);
  }
  const tasks: WriteTask[] = [];
  for (const [column, list] of byColumn) {
    list.sort((a, b) => a.row - b.row);
    let i = 0;
    while (i < list.length) {
      const first = list[i]?.row ?? 0;
      const block: CellWrite[] = [];
      while (i < list.length && (list[i]?.row ?? 0) - first < FIX_SPAN_ROWS) {
        const write = list[i];
        if (write !== undefined) block.push(write);
        i++;
      }
      const last = block[block.length - 1]?.row ?? first;
      const rows = last - first + 1;
      tasks.push({
        bytes: rows * 12 + block.reduce((n, write) => n + write.text.length + 8, 0),
        queue: () => {
          const formats: (string | null)[][] = Array.from({ length: rows }, () => [null]);
          const values: (string | null)[][] = Array.from({ length: rows }, () => [null]);
          for (const write of block) {
            formats[write.row - first] = [TEXT_FORMAT];
            values[write.row - first] = [excelText(write.text)];
          }
          const range = sheet.getRangeByIndexes(first - 1, column, rows, 1);
          // Text format first, then the text (ARCHITECTURE: "Set numberFormat to text (@) BEFORE").
          range.numberFormat = formats;
          range.values = values;
        },
      });
    }
  }
  return tasks;
}

/**
 * Applies the fixes core proposes (trim, leading zeros back, Excel date to `ddmmyyyy` text) to the
 * picked cells, in one Excel.run: one sync reads the picked rows (values, valueTypes,
 * numberFormat) and core re-checks them, one sync writes every fix (`@` first, then the text), as
 * many cells as there are. Picked whole columns are clipped to the used range (one more sync);
 * more than ~4 MB of writes take one more sync per 4 MB.
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   applyFixes(context, {
 *     sheetName: 'Bewoners',
 *     mapping,
 *     targets: report.issues.filter((issue) => issue.code === 'birthdate_is_date'),
 *     today: new Date(),
 *   }),
 * );
 * ```
 */
export async function applyFixes(
  context: Excel.RequestContext,
  input: ApplyFixesInput,
): Promise<ApplyFixesResult> {
  const mapping = input.mapping ?? REGISTRATION_SHEET_MAPPING;
  const kinds = new Set(input.kinds ?? ALL_KINDS);
  const columnAt = new Map<number, RegistrationColumn>();
  for (const column of REGISTRATION_COLUMNS) {
    const index = mapping.columns[column];
    if (index !== null) columnAt.set(index, column);
  }
  const firstDataRow = mapping.headerRow + 1;
  const skipped: SkippedFix[] = [];
  const sheet = context.workbook.worksheets.getItem(input.sheetName);

  const rects: { target: string; rect: CellRect }[] = [];
  const picked = new Map<string, PickedCell>();
  const pick = (row: number, column: RegistrationColumn, target: string): void => {
    const key = `${row}|${column}`;
    if (!picked.has(key)) picked.set(key, { row, column, target });
  };
  for (const target of input.targets) {
    if (typeof target === 'string') {
      const rect = parseA1(target);
      if (rect === null) skipped.push({ target, reason: 'not_a_cell' });
      else rects.push({ target, rect });
      continue;
    }
    const column = target.column;
    const index = column === null ? undefined : mapping.columns[column as RegistrationColumn];
    if (index === undefined || index === null || target.row < firstDataRow) {
      skipped.push({ target: describeIssue(target), reason: 'not_a_cell' });
      continue;
    }
    pick(target.row, column as RegistrationColumn, describeIssue(target));
  }

  try {
    let lastUsedRow = Number.POSITIVE_INFINITY;
    if (rects.some(({ rect }) => rect.r1 - rect.r0 + 1 > CLIP_PICKED_ROWS)) {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex, rowCount');
      await context.sync();
      lastUsedRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    }
    for (const { target, rect } of rects) {
      const before = picked.size;
      const lastRow = Math.min(rect.r1 + 1, lastUsedRow);
      for (let row = Math.max(rect.r0 + 1, firstDataRow); row <= lastRow; row++) {
        for (const [index, column] of columnAt) {
          if (index >= rect.c0 && index <= rect.c1) pick(row, column, target);
        }
      }
      if (picked.size === before) skipped.push({ target, reason: 'not_a_cell' });
    }

    const rows = [...new Set([...picked.values()].map((cell) => cell.row))].sort((a, b) => a - b);
    if (rows.length === 0) return { ok: true, value: { fixed: [], skipped } };
    const use1904 = queueDateSystem(context);
    const read = await readMappedRows(context, sheet, rowSpans(rows), mapping.columns, { use1904 });
    if (!read.ok) return { ok: true, value: { fixed: [], skipped } };
    const report = validateRegistrations({ rows: read.rows, today: input.today, settings: DEFAULT_SETTINGS });
    const fresh = new Map<string, Issue>();
    for (const issue of report.issues) {
      if (issue.fix === undefined || issue.column === null) continue;
      const key = `${issue.row}|${issue.column}`;
      if (!fresh.has(key)) fresh.set(key, issue);
    }

    const fixed: AppliedFix[] = [];
    const writes: CellWrite[] = [];
    for (const cell of picked.values()) {
      const issue = fresh.get(`${cell.row}|${cell.column}`);
      const kind = issue === undefined ? undefined : FIX_KIND_OF_CODE[issue.code];
      if (issue === undefined || issue.fix === undefined || kind === undefined) {
        skipped.push({ target: cell.target, reason: 'no_fix' });
        continue;
      }
      if (!kinds.has(kind)) {
        skipped.push({ target: cell.target, reason: 'kind_not_selected' });
        continue;
      }
      const column = mapping.columns[cell.column] ?? 0;
      writes.push({ row: cell.row, column, text: issue.fix });
      fixed.push({
        address: `${columnLetter(column)}${cell.row}`,
        row: cell.row,
        column: cell.column,
        code: issue.code,
        kind,
        text: issue.fix,
      });
    }
    if (writes.length > 0) {
      await runOwnWrites(context, { suspendEvents: input.suspendEvents === true }, () =>
        syncInGroups(context, fixWriteTasks(sheet, writes)),
      );
    }
    fixed.sort((a, b) => a.row - b.row || a.address.localeCompare(b.address));
    return { ok: true, value: { fixed, skipped } };
  } catch (error) {
    // The sheet was deleted or renamed since the user picked the cells.
    if (isOfficeError(error, 'ItemNotFound')) return { ok: false, reason: 'sheet_not_found' };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The compliant copy
// ---------------------------------------------------------------------------------------------

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
    // createBatch formats the sheet with registrationSheet.ts and links it in the batch table.
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
  const fixOf = new Map<string, Issue>();
  for (const issue of report.issues) {
    if (issue.fix === undefined || issue.column === null) continue;
    const key = `${issue.row}|${issue.column}`;
    if (!fixOf.has(key)) fixOf.set(key, issue);
  }

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
      const issue = fixOf.get(`${row.row}|${column}`);
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
    const hasErrors = block.some((line) => line.errors.includes(true));
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
        if (hasErrors) {
          // The columns are text already; an error cell gets General so `#N/A` stays an error.
          range.numberFormat = block.map((line) =>
            line.errors.map((isError) => (isError ? GENERAL_FORMAT : TEXT_FORMAT)),
          );
        }
        range.values = block.map((line) =>
          line.values.map((value, c) => (line.errors[c] === true ? value : excelText(value))),
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

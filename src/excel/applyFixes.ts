import {
  type BatchField,
  cellKey,
  DEFAULT_SETTINGS,
  FIX_KINDS,
  type FixKind,
  fixesByCell,
  fixKindOf,
  type Issue,
  type IssueCode,
  REGISTRATION_COLUMNS,
  type RegistrationColumn,
  validateRegistrations,
} from '../core';
import { type CellRect, parseA1, columnLetter } from './a1Address';
import { queueDateSystem } from './dateSystem';
import { runOwnWrites } from './ownWrites';
import { isOfficeError } from './officeErrors';
import { readMappedRows } from './readMappedRows';
import { rowSpans } from './rowSpans';
import { REGISTRATION_SHEET_MAPPING, type SheetMapping } from './sheetMapping';
import { syncInGroups, type WriteTask } from './syncInGroups';
import { queueTextCells, type TextCell } from './writeText';
import { type BatchFixTarget, batchFixTarget, spellingFixes } from './registerSpellingFixes';

/*
 * Fixes the user asks for (SPEC "Nothing is lost": "fixes are offered one by one or per kind, each
 * an explicit click"); what to write is core's `Issue.fix`, re-checked on the cell as it is now.
 *
 * Writing text that must stay text (ARCHITECTURE "Talking to Excel"): the number format `@` is set
 * BEFORE the value, in the same batch, or Excel turns `05032012345` back into 5032012345. Values
 * are written as 2-D arrays where `null` leaves a cell unchanged ("Blank and null values in Excel
 * add-ins": null input in a 2-D array is ignored for values and numberFormat), so one range per
 * column block carries many scattered fixes: calls and syncs do not grow with the number of cells.
 */

/** Largest row span of one fix range. */
const FIX_SPAN_ROWS = 20_000;
/** Picked addresses over more rows than this are clipped to the used range (one more sync). */
const CLIP_PICKED_ROWS = 10_000;

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
  /** A registration column, or a batch field of a day's register (the near-duplicate fix). */
  readonly column: RegistrationColumn | BatchField;
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
          const cells: TextCell[][] = Array.from({ length: rows }, () => [null]);
          for (const write of block) cells[write.row - first] = [{ text: write.text }];
          // Text format first, then the text, on the same range (writeText.ts).
          queueTextCells(sheet.getRangeByIndexes(first - 1, column, rows, 1), cells);
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
  const kinds = new Set(input.kinds ?? FIX_KINDS);
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
  // Batch-field findings of a day's register (its mapping has batch columns): unified spellings.
  const batchTargets: BatchFixTarget[] = [];
  const pick = (row: number, column: RegistrationColumn, target: string): void => {
    const key = cellKey(row, column);
    if (!picked.has(key)) picked.set(key, { row, column, target });
  };
  for (const target of input.targets) {
    if (typeof target === 'string') {
      const rect = parseA1(target);
      if (rect === null) skipped.push({ target, reason: 'not_a_cell' });
      else rects.push({ target, rect });
      continue;
    }
    const batchTarget = batchFixTarget(mapping, target);
    if (batchTarget !== null) {
      batchTargets.push(batchTarget);
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

    const fixed: AppliedFix[] = [];
    const writes: CellWrite[] = [];
    const spelling = kinds.has('unifySpelling') ? batchTargets : [];
    for (const target of batchTargets) {
      if (!spelling.includes(target))
        skipped.push({ target: describeIssue(target.issue), reason: 'kind_not_selected' });
    }
    const unified = spelling.length === 0 ? [] : await spellingFixes(context, sheet, spelling);
    spelling.forEach((target, i) => {
      const text = unified[i];
      if (text === null || text === undefined) {
        skipped.push({ target: describeIssue(target.issue), reason: 'no_fix' });
        return;
      }
      writes.push({ row: target.row, column: target.index, text });
      fixed.push({
        address: `${columnLetter(target.index)}${target.row}`,
        row: target.row,
        column: target.field,
        code: target.issue.code,
        kind: 'unifySpelling',
        text,
      });
    });

    const rows = [...new Set([...picked.values()].map((cell) => cell.row))].sort((a, b) => a - b);
    const read =
      rows.length === 0
        ? null
        : await readMappedRows(context, sheet, rowSpans(rows), mapping.columns, {
            use1904: queueDateSystem(context),
          });
    // Not read to the end (cancelled): nothing is written.
    if (read !== null && !read.ok) return { ok: true, value: { fixed: [], skipped } };
    const report =
      read === null
        ? null
        : validateRegistrations({ rows: read.rows, today: input.today, settings: DEFAULT_SETTINGS });
    const fresh = fixesByCell(report?.issues ?? []);

    for (const cell of picked.values()) {
      const issue = fresh.get(cellKey(cell.row, cell.column));
      const kind = issue === undefined ? null : fixKindOf(issue);
      if (issue === undefined || issue.fix === undefined || kind === null) {
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

import type { Issue, Severity } from '../core';
import { runOwnWrites } from './ownWrites';
import { RequestBudget, normalizeFill, queueFills, readCellFills } from './fillIO';
import { blockAreas, cellsOf, keyOf, markedCells } from './markGeometry';
import {
  type MarkRecord,
  type MarksState,
  appendRecords,
  loadMarksState,
  queueDropOldRecords,
} from './markStore';
import { parseA1 } from './a1Address';
import { type ColumnMapping, REGISTRATION_SHEET_MAPPING } from './sheetMapping';

/*
 * Marks for what only the task pane knows (ARCHITECTURE "Talking to Excel": "for what only the task
 * pane knows, with few bulk format calls (range areas), never one call per cell"): duplicates,
 * cross-field checks, lost leading zeros, Excel dates, ... The live conditional formats of
 * registrationHighlights.ts keep showing what a formula can see; these fills add the rest, also on
 * existing sheets that have no conditional formats.
 *
 * Three concepts, three files: markGeometry.ts (which cells, which address lists: formatting calls
 * bounded by row blocks x columns), fillIO.ts (reading and setting fills, every request under
 * the payload limit), markStore.ts (the very hidden record of earlier fills, rewritten crash-safe).
 *
 * The order of a marking (a failure at any sync leaves the workbook restorable by "Markeringen
 * wissen") and what clearing restores: docs/decisions/0003-marks-scale-and-survive-faults.md
 * ("Crash safety") and 0001-marks-in-a-very-hidden-sheet.md.
 */

/** One fill per severity: light, distinct from the conditional formats of registrationHighlights.ts. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#F4B6B6',
  warning: '#FBE1A6',
  info: '#CFE2F6',
};

export { MARKS_SHEET, MARKS_HEADER } from './markStore';
export {
  MAX_AREAS_ADDRESS_LENGTH,
  markedCells,
  cellsToAreas,
  areaAddress,
  chunkAddresses,
} from './markGeometry';
export type { CellPosition } from './markGeometry';

export interface MarkIssuesInput {
  readonly sheetName: string;
  readonly issues: readonly Issue[];
  /** 0-based sheet column of each registration column; default a registration sheet (A..E). */
  readonly columns?: ColumnMapping;
  /** Bytes one write request may carry (default 2 MB, well under Excel's 5 MB). */
  readonly maxRequestBytes?: number;
}

export interface MarkSummary {
  /** Cells marked per severity (a cell with several findings gets the most severe). */
  readonly cells: Readonly<Record<Severity, number>>;
  /** Rectangles the cells were merged into. */
  readonly areas: number;
  /** Issues that name no cell of the sheet (row 0, a batch field, no mapped column). */
  readonly skippedIssues: number;
  /** Cells of the sheet's earlier marks given back their previous fill. */
  readonly restoredCells: number;
  /** Cells of earlier marks left alone because the user changed their fill. */
  readonly keptCells: number;
}

export type MarkResult =
  { ok: true; value: MarkSummary } | { ok: false; reason: 'sheet_not_found' | 'marks_sheet_taken' };

export interface ClearSummary {
  readonly restoredCells: number;
  readonly keptCells: number;
}

export type ClearMarksResult =
  { ok: true; value: ClearSummary } | { ok: false; reason: 'sheet_not_found' | 'marks_sheet_taken' };

/** A recorded cell: its fill before the add-in marked it, and the mark colours recorded for it. */
interface RecordedCell {
  readonly prevFill: string | null;
  readonly markFills: Set<string>;
}

/** The cells of a sheet's records. */
function recordedCells(state: MarksState): Map<number, RecordedCell> {
  const cells = new Map<number, RecordedCell>();
  for (const record of state.records) {
    if (record.sheetId !== state.sheetId) continue;
    const markFill = normalizeFill(record.markFill);
    if (markFill === null) continue;
    for (const address of record.addresses.split(',')) {
      const area = parseA1(address);
      if (area === null) continue;
      for (const cell of cellsOf(area)) {
        const key = keyOf(cell.row, cell.column);
        const known = cells.get(key);
        if (known === undefined)
          cells.set(key, { prevFill: record.prevFill, markFills: new Set([markFill]) });
        else known.markFills.add(markFill);
      }
    }
  }
  return cells;
}

/** Records of one sheet's marks: one per (mark colour, previous fill, block, address list). */
function recordsOf(
  sheetId: string,
  marks: ReadonlyMap<number, { mark: string; prev: string | null }>,
): MarkRecord[] {
  const records: MarkRecord[] = [];
  for (const { label, addresses } of blockAreas(marks, (m) => `${m.mark}|${m.prev ?? ''}`)) {
    for (const list of addresses)
      records.push({ sheetId, markFill: label.mark, prevFill: label.prev, addresses: list });
  }
  return records;
}

/**
 * Marks the cells of `issues` on a sheet with one fill per severity, replacing the sheet's earlier
 * marks, and records what it marked in the store (the order is in the module comment). Requests:
 * each under 2 MB, as many syncs as the size needs; formatting calls: at most a few per (row block
 * of 1,000 rows, column, colour), and none for cells whose mark does not change.
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   markIssues(context, { sheetName: 'B003 Vaxigrip 28-11-2026', issues: report.issues }),
 * );
 * ```
 */
export async function markIssues(context: Excel.RequestContext, input: MarkIssuesInput): Promise<MarkResult> {
  const loaded = await loadMarksState(context, input.sheetName);
  if (!loaded.ok) return loaded;
  const { state } = loaded;
  const recorded = recordedCells(state);
  const { cells, skipped } = markedCells(input.issues, input.columns ?? REGISTRATION_SHEET_MAPPING.columns);

  // 1. What changes, and the fills of those cells now.
  const toRead: number[] = [];
  for (const [key, severity] of cells) {
    const known = recorded.get(key);
    if (known === undefined || !known.markFills.has(MARK_FILLS[severity])) toRead.push(key);
  }
  for (const key of recorded.keys()) if (!cells.has(key)) toRead.push(key);
  const current = await readCellFills(context, state.sheet, toRead);

  const finalMarks = new Map<number, { mark: string; prev: string | null }>();
  const fills = new Map<number, string | null>();
  let restoredCells = 0;
  let keptCells = 0;
  for (const [key, severity] of cells) {
    const mark = MARK_FILLS[severity];
    const known = recorded.get(key);
    const now = current.get(key);
    if (now === undefined) {
      // Unchanged: already shows (or was last given) this mark; its earlier fill stays recorded.
      finalMarks.set(key, { mark, prev: known?.prevFill ?? null });
      continue;
    }
    const ours = known !== undefined && now !== null && known.markFills.has(now);
    finalMarks.set(key, { mark, prev: ours ? known.prevFill : now });
    fills.set(key, mark);
  }
  for (const [key, known] of recorded) {
    if (cells.has(key)) continue;
    const now = current.get(key) ?? null;
    if (now !== null && known.markFills.has(now)) {
      fills.set(key, known.prevFill);
      restoredCells++;
    } else keptCells++;
  }

  const changed = fills.size > 0 || keptCells > 0 || recorded.size !== finalMarks.size;
  if (changed) {
    await runOwnWrites(context, {}, async () => {
      const budget = new RequestBudget(context, input.maxRequestBytes);
      // 2. The records first: old and new side by side until step 4.
      const others = state.records.filter((record) => record.sheetId !== state.sheetId);
      await appendRecords(context, state, [...others, ...recordsOf(state.sheetId, finalMarks)], budget);
      // 3. The fills, queued after the records (operations run in order; a failing one stops the
      // rest, so no fill changes before its record is written).
      await queueFills(state.sheet, fills, budget);
      // 4. The old records.
      await queueDropOldRecords(state, budget);
      await budget.flush();
    });
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const severity of cells.values()) counts[severity]++;
  const areas = blockAreas(cells).reduce((n, group) => n + group.areas.length, 0);
  return {
    ok: true,
    value: { cells: counts, areas, skippedIssues: skipped, restoredCells, keptCells },
  };
}

/**
 * Removes the add-in's marks from a sheet: every cell still showing our mark colour gets the fill
 * it had before it was marked; a cell whose fill the user changed since keeps it. The user's own
 * formatting is never touched. The fills go back first, then the store forgets the sheet (appended
 * without it, old rows deleted in one operation): a failure at any sync can be cleared again.
 *
 * @example
 * ```ts
 * await Excel.run((context) => clearMarks(context, { sheetName: 'Bewoners' }));
 * ```
 */
export async function clearMarks(
  context: Excel.RequestContext,
  input: { readonly sheetName: string; readonly maxRequestBytes?: number },
): Promise<ClearMarksResult> {
  const loaded = await loadMarksState(context, input.sheetName);
  if (!loaded.ok) return loaded;
  const { state } = loaded;
  const recorded = recordedCells(state);
  if (recorded.size === 0) return { ok: true, value: { restoredCells: 0, keptCells: 0 } };
  const current = await readCellFills(context, state.sheet, recorded.keys(), { blocksFirst: false });
  const fills = new Map<number, string | null>();
  let keptCells = 0;
  for (const [key, known] of recorded) {
    const now = current.get(key) ?? null;
    if (now !== null && known.markFills.has(now)) fills.set(key, known.prevFill);
    else keptCells++;
  }
  await runOwnWrites(context, {}, async () => {
    const budget = new RequestBudget(context, input.maxRequestBytes);
    await queueFills(state.sheet, fills, budget);
    const others = state.records.filter((record) => record.sheetId !== state.sheetId);
    await appendRecords(context, state, others, budget);
    await queueDropOldRecords(state, budget);
    await budget.flush();
  });
  return { ok: true, value: { restoredCells: fills.size, keptCells } };
}

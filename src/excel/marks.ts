import { type Issue, REGISTRATION_COLUMNS, type RegistrationColumn, type Severity } from '../core';
import { runOwnWrites } from './ownWrites';
import { columnLetter, TEXT_FORMAT } from './layout';
import { type CellRect, parseA1 } from './a1Address';
import { isOfficeError } from './officeErrors';
import { type ColumnMapping, REGISTRATION_SHEET_MAPPING } from './sheetMapping';
import { setNumberFormatEverywhere } from './setupWorkbook';

/*
 * Marks for what only the task pane knows (ARCHITECTURE "Talking to Excel": "for what only the task
 * pane knows, with few bulk format calls (range areas), never one call per cell"): duplicates,
 * cross-field checks, lost leading zeros, Excel dates, ... The live conditional formats of
 * registrationSheet.ts keep showing what a formula can see; these fills add the rest, also on
 * existing sheets that have no conditional formats.
 *
 * Few calls: the marked cells are merged into rectangles (vertical runs per column, then equal runs
 * of adjacent columns side by side) and each severity gets ONE fill call per address chunk on a
 * RangeAreas (`Worksheet.getRanges`, ExcelApi 1.9). The address string of `getRanges` has a length
 * limit: Microsoft's troubleshooting notes on range address limits (OfficeDev/office-js-docs-pr
 * #2255 and its follow-up #2348, "Add getRange and getRanges character limit notes") and
 * OfficeDev/office-js#5198 (an 8,207-character list of 513 areas refused with InvalidArgument, a
 * shorter list of 513 accepted) put it at 8,192 characters; chunks here stay at half that
 * ({@link MAX_AREAS_ADDRESS_LENGTH}), so calls grow with the address text / 4,000, never with
 * the number of cells.
 *
 * Clearing exactly our own marks: docs/decisions/0001-marks-in-a-very-hidden-sheet.md.
 */

/** One fill per severity: light, distinct from the conditional formats of registrationSheet.ts. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#F4B6B6',
  warning: '#FBE1A6',
  info: '#CFE2F6',
};

/** The very hidden sheet that remembers the marks (workbook file format: always this name). */
export const MARKS_SHEET = 'VaccinnetMarkeringen';
/** Its header row; a sheet of that name with another header is the user's and is left alone. */
export const MARKS_HEADER: readonly string[] = ['Blad-id', 'Markering', 'Vorige opvulling', 'Adressen'];
/** Longest address list per `getRanges` call (half of the 8,192 characters Excel accepts). */
export const MAX_AREAS_ADDRESS_LENGTH = 4000;
/** What Excel reports for a cell without fill. */
const NO_FILL = '#FFFFFF';
/** Bytes of the response per area of a fill read (address and colour as JSON), with margin. */
const FILL_READ_BYTES_PER_AREA = 120;
const MAX_FILL_READ_BYTES = 4 * 1024 * 1024;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };
/** Rows of a sheet: the factor of the column-major sort key of cellsToAreas. */
const MAX_ROWS_KEY = 1_048_576;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const COLUMNS_PER_ROW = 16_384;

export interface MarkIssuesInput {
  readonly sheetName: string;
  readonly issues: readonly Issue[];
  /** 0-based sheet column of each registration column; default a registration sheet (A..E). */
  readonly columns?: ColumnMapping;
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

// ---------------------------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------------------------

/** 0-based cell. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

const keyOf = (row: number, column: number): number => row * COLUMNS_PER_ROW + column;

/**
 * The cells the issues point at, each with its most severe finding: the issue's column when the
 * sheet has it, else (row-level findings, or a column the mapping leaves out) every mapped cell of
 * the row. Issues without a sheet row (row 0) or about a batch field name no cell.
 *
 * @example
 * ```ts
 * markedCells([{ code: 'duplicate_person', row: 7, column: null, severity: 'warning', params: {} }],
 *   REGISTRATION_SHEET_MAPPING.columns).cells.size; // 5 (A7:E7)
 * ```
 */
export function markedCells(
  issues: readonly Issue[],
  columns: ColumnMapping,
): { cells: Map<number, Severity>; skipped: number } {
  const mapped = REGISTRATION_COLUMNS.map((column) => columns[column]).filter(
    (index): index is number => index !== null,
  );
  const cells = new Map<number, Severity>();
  let skipped = 0;
  const mark = (row: number, column: number, severity: Severity): void => {
    const key = keyOf(row, column);
    const before = cells.get(key);
    if (before === undefined || SEVERITY_RANK[severity] > SEVERITY_RANK[before]) cells.set(key, severity);
  };
  for (const issue of issues) {
    const row = issue.row - 1;
    const isRegistrationColumn =
      issue.column === null || (REGISTRATION_COLUMNS as readonly string[]).includes(issue.column);
    if (!Number.isInteger(row) || row < 0 || !isRegistrationColumn || mapped.length === 0) {
      skipped++;
      continue;
    }
    const own = issue.column === null ? null : columns[issue.column as RegistrationColumn];
    if (own !== null && own !== undefined) mark(row, own, issue.severity);
    else for (const column of mapped) mark(row, column, issue.severity);
  }
  return { cells, skipped };
}

/**
 * Merges cells into few rectangles: runs of consecutive rows per column, then runs with the same
 * rows in adjacent columns side by side (a row-level mark on A7:E7 is one area).
 *
 * @example
 * ```ts
 * cellsToAreas([{ row: 4, column: 2 }, { row: 5, column: 2 }, { row: 6, column: 2 }]);
 * // [{ r0: 4, c0: 2, r1: 6, c1: 2 }]  (C5:C7)
 * ```
 */
export function cellsToAreas(cells: Iterable<CellPosition>): CellRect[] {
  const keys = [...cells].map((cell) => cell.column * MAX_ROWS_KEY + cell.row).sort((a, b) => a - b);
  const runs: CellRect[] = [];
  for (const key of keys) {
    const column = Math.floor(key / MAX_ROWS_KEY);
    const row = key % MAX_ROWS_KEY;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.c0 === column && last.r1 === row - 1) {
      runs[runs.length - 1] = { ...last, r1: row };
    } else if (last === undefined || last.c0 !== column || last.r1 !== row) {
      runs.push({ r0: row, c0: column, r1: row, c1: column });
    }
  }
  // Side by side: equal row spans in adjacent columns.
  const byRows = new Map<string, CellRect[]>();
  for (const run of runs) {
    const key = `${run.r0}:${run.r1}`;
    const list = byRows.get(key);
    if (list === undefined) byRows.set(key, [run]);
    else list.push(run);
  }
  const areas: CellRect[] = [];
  for (const list of byRows.values()) {
    for (const run of list) {
      const last = areas[areas.length - 1];
      if (last !== undefined && last.r0 === run.r0 && last.r1 === run.r1 && last.c1 === run.c0 - 1) {
        areas[areas.length - 1] = { ...last, c1: run.c0 };
      } else areas.push(run);
    }
  }
  return areas.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/** A1 text of a rectangle, without sheet: `C5`, `C5:C9`. */
export function areaAddress(area: CellRect): string {
  const start = `${columnLetter(area.c0)}${area.r0 + 1}`;
  return area.r0 === area.r1 && area.c0 === area.c1
    ? start
    : `${start}:${columnLetter(area.c1)}${area.r1 + 1}`;
}

/**
 * Comma-separated address lists of at most `maxLength` characters each (one `getRanges` call
 * each). An address longer than the limit on its own is a list of its own.
 *
 * @example
 * ```ts
 * chunkAddresses(['A1', 'C5:C9', 'E7'], 8); // ['A1,C5:C9', 'E7']
 * ```
 */
export function chunkAddresses(addresses: readonly string[], maxLength = MAX_AREAS_ADDRESS_LENGTH): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current !== '' && current.length + 1 + address.length > maxLength) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function cellCountOf(areas: readonly CellRect[]): number {
  return areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0);
}

function cellsOf(area: CellRect): CellPosition[] {
  const out: CellPosition[] = [];
  for (let row = area.r0; row <= area.r1; row++) {
    for (let column = area.c0; column <= area.c1; column++) out.push({ row, column });
  }
  return out;
}

const rectKey = (r: CellRect): string => `${r.r0}:${r.c0}:${r.r1}:${r.c1}`;

/** A fill colour as stored: upper-case `#RRGGBB`, null for no fill. */
function normalizeFill(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const upper = color.toUpperCase();
  return upper === NO_FILL ? null : upper;
}

// ---------------------------------------------------------------------------------------------
// The helper sheet
// ---------------------------------------------------------------------------------------------

interface MarkRecord {
  readonly sheetId: string;
  readonly markFill: string;
  /** null: the cells had no fill. */
  readonly prevFill: string | null;
  /** Comma-separated areas, at most MAX_AREAS_ADDRESS_LENGTH characters. */
  readonly addresses: string;
}

interface MarksState {
  readonly sheet: Excel.Worksheet;
  readonly sheetId: string;
  /** Records of every sheet that still exists. */
  readonly records: MarkRecord[];
  /** null when the helper sheet does not exist yet. */
  readonly storeUsed: Excel.Range | null;
  readonly storeExists: boolean;
}

/** The sheet and the ids of all sheets (to drop the records of deleted sheets), queued. */
function queueSheets(context: Excel.RequestContext, sheetName: string) {
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getItemOrNullObject(sheetName);
  sheet.load('id');
  worksheets.load('items/id');
  return { sheet, worksheets };
}

/**
 * First sync: the sheet, the ids of all sheets and the helper sheet's content. The helper sheet is
 * read through `getItem`, whose ItemNotFound (OfficeExtension.Error code) says "no marks yet"; the
 * loads are then queued once more without it (one more sync, the first time only). Reads only, so
 * the failed sync changed nothing.
 */
async function loadMarksState(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<{ ok: true; state: MarksState } | { ok: false; reason: 'sheet_not_found' | 'marks_sheet_taken' }> {
  let queued = queueSheets(context, sheetName);
  const used = context.workbook.worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true);
  used.load('values');
  let storeExists = true;
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error, 'ItemNotFound')) throw error;
    storeExists = false;
    queued = queueSheets(context, sheetName);
    await context.sync();
  }
  const { sheet, worksheets } = queued;
  if (sheet.isNullObject) return { ok: false, reason: 'sheet_not_found' };
  const ids = new Set(worksheets.items.map((item) => item.id));
  const records: MarkRecord[] = [];
  let storeUsed: Excel.Range | null = null;
  if (storeExists && !used.isNullObject) {
    const [header = [], ...rows] = used.values;
    if (MARKS_HEADER.some((title, i) => header[i] !== title))
      return { ok: false, reason: 'marks_sheet_taken' };
    storeUsed = used;
    for (const row of rows) {
      const [sheetId, markFill, prevFill, addresses] = row.map((value) => String(value));
      if (sheetId === undefined || markFill === undefined || addresses === undefined || addresses === '')
        continue;
      if (!ids.has(sheetId)) continue; // the sheet was deleted: its marks went with it
      records.push({ sheetId, markFill, prevFill: normalizeFill(prevFill), addresses });
    }
  }
  return {
    ok: true,
    state: { sheet, sheetId: sheet.id, records, storeUsed, storeExists },
  };
}

/** Queues the rewrite of the helper sheet with `records` (created very hidden when missing). */
function queueStoreRecords(
  context: Excel.RequestContext,
  state: MarksState,
  records: readonly MarkRecord[],
): void {
  let store: Excel.Worksheet;
  if (state.storeExists) {
    store = context.workbook.worksheets.getItem(MARKS_SHEET);
    state.storeUsed?.clear('Contents');
  } else {
    if (records.length === 0) return;
    store = context.workbook.worksheets.add(MARKS_SHEET);
    store.visibility = 'VeryHidden';
    // Text first: ids and colours must come back exactly as written.
    setNumberFormatEverywhere(store.getRange('A:D'), TEXT_FORMAT);
  }
  const rows = [
    [...MARKS_HEADER],
    ...records.map((record) => [record.sheetId, record.markFill, record.prevFill ?? '', record.addresses]),
  ];
  store.getRange(`A1:D${rows.length}`).values = rows;
}

// ---------------------------------------------------------------------------------------------
// Reading and setting fills in bulk
// ---------------------------------------------------------------------------------------------

/**
 * The current fill of each area: the common colour, or `mixed` when the cells differ (RangeAreas
 * and Range report null for non-uniform properties: "Read properties of RangeAreas"). One load per
 * address chunk; a sync per ~4 MB of response.
 */
async function readFills(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  areas: readonly CellRect[],
): Promise<Map<string, string | null | 'mixed'>> {
  const fills = new Map<string, string | null | 'mixed'>();
  const chunks = chunkAddresses(areas.map(areaAddress));
  const perSync = Math.max(1, Math.floor(MAX_FILL_READ_BYTES / FILL_READ_BYTES_PER_AREA));
  let start = 0;
  while (start < chunks.length) {
    const loads: Excel.RangeCollection[] = [];
    let count = 0;
    while (start < chunks.length) {
      const chunk = chunks[start] ?? '';
      const areaCount = chunk.split(',').length;
      if (loads.length > 0 && count + areaCount > perSync) break;
      const collection = sheet.getRanges(chunk).areas;
      collection.load('items/address, items/format/fill/color');
      loads.push(collection);
      count += areaCount;
      start++;
    }
    // One sync per ~4 MB of fill colours, not one per area (ARCHITECTURE "Talking to Excel").
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const collection of loads) {
      for (const item of collection.items) {
        const rect = parseA1(item.address);
        if (rect === null) continue;
        const color = item.format.fill.color;
        fills.set(rectKey(rect), color === null ? 'mixed' : normalizeFill(color));
      }
    }
  }
  return fills;
}

/**
 * The fill of every cell of `areas`: uniform areas from one read, the cells of mixed (or
 * unreported) areas from a second read of those cells only.
 */
async function readCellFills(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  areas: readonly CellRect[],
): Promise<{ area: CellRect; fill: string | null }[]> {
  const first = await readFills(context, sheet, areas);
  const out: { area: CellRect; fill: string | null }[] = [];
  const split: CellRect[] = [];
  for (const area of areas) {
    const fill = first.get(rectKey(area));
    if (fill === undefined || fill === 'mixed') {
      for (const cell of cellsOf(area))
        split.push({ r0: cell.row, c0: cell.column, r1: cell.row, c1: cell.column });
    } else out.push({ area, fill });
  }
  if (split.length > 0) {
    const second = await readFills(context, sheet, split);
    for (const cell of split) {
      const fill = second.get(rectKey(cell));
      // A single cell always has one fill; treat a missing answer as "no fill" (never ours).
      out.push({ area: cell, fill: fill === undefined || fill === 'mixed' ? null : fill });
    }
  }
  return out;
}

/** Queues one fill (or no fill) on many areas: one call per address chunk. */
function queueFill(sheet: Excel.Worksheet, areas: readonly CellRect[], fill: string | null): void {
  for (const chunk of chunkAddresses(areas.map(areaAddress))) {
    const format = sheet.getRanges(chunk).format;
    if (fill === null) format.fill.clear();
    else format.fill.color = fill;
  }
}

/**
 * Queues the restore of the sheet's recorded marks: cells still in our mark colour get their
 * previous fill back; cells the user filled since are left. Reads one or two syncs.
 */
async function queueRestore(
  context: Excel.RequestContext,
  state: MarksState,
): Promise<{ restoredCells: number; keptCells: number }> {
  const own = state.records.filter((record) => record.sheetId === state.sheetId);
  if (own.length === 0) return { restoredCells: 0, keptCells: 0 };
  const recorded: { area: CellRect; record: MarkRecord }[] = [];
  for (const record of own) {
    for (const address of record.addresses.split(',')) {
      const area = parseA1(address);
      if (area !== null) recorded.push({ area, record });
    }
  }
  const current = await readCellFills(
    context,
    state.sheet,
    recorded.map((item) => item.area),
  );
  // Which record each cell belongs to (areas of one sheet's records never overlap).
  const recordOf = new Map<number, MarkRecord>();
  for (const { area, record } of recorded) {
    for (const cell of cellsOf(area)) recordOf.set(keyOf(cell.row, cell.column), record);
  }
  const byPrevious = new Map<string, CellRect[]>();
  let restoredCells = 0;
  let keptCells = 0;
  for (const { area, fill } of current) {
    const record = recordOf.get(keyOf(area.r0, area.c0));
    const count = cellCountOf([area]);
    if (record === undefined || fill !== normalizeFill(record.markFill)) {
      keptCells += count;
      continue;
    }
    restoredCells += count;
    const key = record.prevFill ?? '';
    const list = byPrevious.get(key);
    if (list === undefined) byPrevious.set(key, [area]);
    else list.push(area);
  }
  for (const [previous, areas] of byPrevious)
    queueFill(state.sheet, areas, previous === '' ? null : previous);
  return { restoredCells, keptCells };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Marks the cells of `issues` on a sheet with one fill per severity, replacing the sheet's earlier
 * marks (restored first, see {@link clearMarks}), and records what it marked in the helper sheet.
 * Formatting calls: one per severity per address chunk of 4,000 characters, plus the restore of
 * the earlier marks (one per previous fill colour per chunk). Syncs: 3 to 6 whatever the number of
 * cells (state; earlier marks' fills; the restore with the new cells' fills; per-cell fills only
 * where an area's cells had different fills; the write), one more for the first mark of a workbook
 * (see loadMarksState).
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
  const { restoredCells, keptCells } = await queueRestore(context, state);

  const { cells, skipped } = markedCells(input.issues, input.columns ?? REGISTRATION_SHEET_MAPPING.columns);
  const bySeverity = new Map<Severity, CellPosition[]>();
  for (const [key, severity] of cells) {
    const position = { row: Math.floor(key / COLUMNS_PER_ROW), column: key % COLUMNS_PER_ROW };
    const list = bySeverity.get(severity);
    if (list === undefined) bySeverity.set(severity, [position]);
    else list.push(position);
  }
  const areasBySeverity = new Map<Severity, CellRect[]>();
  for (const [severity, positions] of bySeverity) areasBySeverity.set(severity, cellsToAreas(positions));
  const allAreas = [...areasBySeverity.values()].flat();
  // Read after the restore queued above: the fills the user's cells really have now.
  const previous = allAreas.length > 0 ? await readCellFills(context, state.sheet, allAreas) : [];
  const severityOf = (area: CellRect): Severity => cells.get(keyOf(area.r0, area.c0)) ?? 'info';

  const newRecords: MarkRecord[] = [];
  const groups = new Map<string, { severity: Severity; prevFill: string | null; cells: CellPosition[] }>();
  for (const { area, fill } of previous) {
    const severity = severityOf(area);
    const key = `${severity}|${fill ?? ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { severity, prevFill: fill, cells: [] };
      groups.set(key, group);
    }
    group.cells.push(...cellsOf(area));
  }
  for (const group of groups.values()) {
    const areas = cellsToAreas(group.cells);
    for (const addresses of chunkAddresses(areas.map(areaAddress))) {
      newRecords.push({
        sheetId: state.sheetId,
        markFill: MARK_FILLS[group.severity],
        prevFill: group.prevFill,
        addresses,
      });
    }
  }

  await runOwnWrites(context, {}, async () => {
    for (const severity of SEVERITIES) {
      const areas = areasBySeverity.get(severity);
      if (areas !== undefined && areas.length > 0) queueFill(state.sheet, areas, MARK_FILLS[severity]);
    }
    const others = state.records.filter((record) => record.sheetId !== state.sheetId);
    queueStoreRecords(context, state, [...others, ...newRecords]);
    await context.sync();
  });

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const severity of cells.values()) counts[severity]++;
  return {
    ok: true,
    value: { cells: counts, areas: allAreas.length, skippedIssues: skipped, restoredCells, keptCells },
  };
}

/**
 * Removes the add-in's marks from a sheet: every cell still showing our mark colour gets the fill
 * it had before it was marked; a cell whose fill the user changed since keeps it. The user's own
 * formatting is never touched. Syncs: 3, or 4 when the cells of a marked area were recoloured unevenly,
 * whatever the number of marks.
 *
 * @example
 * ```ts
 * await Excel.run((context) => clearMarks(context, { sheetName: 'Bewoners' }));
 * ```
 */
export async function clearMarks(
  context: Excel.RequestContext,
  input: { readonly sheetName: string },
): Promise<ClearMarksResult> {
  const loaded = await loadMarksState(context, input.sheetName);
  if (!loaded.ok) return loaded;
  const { state } = loaded;
  if (!state.records.some((record) => record.sheetId === state.sheetId)) {
    return { ok: true, value: { restoredCells: 0, keptCells: 0 } };
  }
  const summary = await runOwnWrites(context, {}, async () => {
    const restored = await queueRestore(context, state);
    queueStoreRecords(
      context,
      state,
      state.records.filter((record) => record.sheetId !== state.sheetId),
    );
    await context.sync();
    return restored;
  });
  return { ok: true, value: summary };
}

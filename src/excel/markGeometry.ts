import { type Issue, REGISTRATION_COLUMNS, type RegistrationColumn, type Severity } from '../core';
import { columnLetter, type CellRect } from './a1Address';
import type { ColumnMapping } from './sheetMapping';

/*
 * Mark geometry: which cells the findings name, and how cells become few A1 address lists. Pure.
 * The decision record is docs/decisions/0003-marks-scale-and-survive-faults.md.
 *
 * Bounded formatting calls (issue #10): cells are cut into row blocks of {@link MARK_ROW_BLOCK}
 * rows; within a block, cells of one fill become rectangles (vertical runs per column, then equal
 * runs in adjacent columns side by side) whose addresses are packed into lists of at most
 * {@link MAX_AREAS_ADDRESS_LENGTH} characters, one `getRanges` call each, packed in block order. A
 * block of one column holds at most 500 single cells ("A1048575," is 9 characters: 4,500) or 334
 * runs of two (18 each: 6,012), so the address text of a fill is at most ~6,000 characters per
 * (block, column), and its calls at most 1.5 x columns x blocks + 1: bounded by the sheet's size,
 * whatever the number or the pattern of findings (and one call for a few findings).
 */

/** Rows per block (see the module comment). */
export const MARK_ROW_BLOCK = 1000;
/**
 * Longest address list per `getRanges` call: half of the 8,192 characters Excel accepts
 * (OfficeDev/office-js-docs-pr#2255 and #2348 "Add getRange and getRanges character limit notes";
 * OfficeDev/office-js#5198: 8,207 characters refused with InvalidArgument).
 */
export const MAX_AREAS_ADDRESS_LENGTH = 4000;
/** Columns of a sheet: the factor of a cell key. */
export const COLUMNS_PER_ROW = 16_384;
/** Rows of a sheet: the factor of the column-major sort key. */
const MAX_ROWS_KEY = 1_048_576;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };

/** 0-based cell. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A number for a cell (row-major), to key maps of cells. */
export const keyOf = (row: number, column: number): number => row * COLUMNS_PER_ROW + column;
export const positionOf = (key: number): CellPosition => ({
  row: Math.floor(key / COLUMNS_PER_ROW),
  column: key % COLUMNS_PER_ROW,
});

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
  const keys: number[] = [];
  for (const cell of cells) keys.push(cell.column * MAX_ROWS_KEY + cell.row);
  keys.sort((a, b) => a - b);
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

/**
 * Cells grouped by a label (a fill colour): the areas of each label, made per row block (so no
 * area and no list grows with the findings beyond a block), and their address lists packed in
 * block order. Calls per label: at most total address text / 4,000 + 1, which is bounded by
 * blocks x columns (module comment), and small when the findings are few.
 *
 * @example
 * ```ts
 * blockAreas(new Map([[keyOf(1, 0), '#F4B6B6'], [keyOf(2, 0), '#F4B6B6']]));
 * // [{ label: '#F4B6B6', areas: [A2:A3], addresses: ['A2:A3'] }]
 * ```
 */
export function blockAreas<L>(
  cells: ReadonlyMap<number, L>,
  labelKey: (label: L) => string = String,
): { label: L; areas: CellRect[]; addresses: string[] }[] {
  const groups = new Map<string, { label: L; blocks: Map<number, CellPosition[]> }>();
  for (const [key, label] of cells) {
    const position = positionOf(key);
    const name = labelKey(label);
    let entry = groups.get(name);
    if (entry === undefined) {
      entry = { label, blocks: new Map() };
      groups.set(name, entry);
    }
    const block = Math.floor(position.row / MARK_ROW_BLOCK);
    const list = entry.blocks.get(block);
    if (list === undefined) entry.blocks.set(block, [position]);
    else list.push(position);
  }
  const out: { label: L; areas: CellRect[]; addresses: string[] }[] = [];
  for (const { label, blocks } of groups.values()) {
    const areas: CellRect[] = [];
    for (const block of [...blocks.keys()].sort((a, b) => a - b))
      areas.push(...cellsToAreas(blocks.get(block) ?? []));
    out.push({ label, areas, addresses: chunkAddresses(areas.map(areaAddress)) });
  }
  return out;
}

/** Every cell of a rectangle. */
export function cellsOf(area: CellRect): CellPosition[] {
  const out: CellPosition[] = [];
  for (let row = area.r0; row <= area.r1; row++) {
    for (let column = area.c0; column <= area.c1; column++) out.push({ row, column });
  }
  return out;
}

export const rectKey = (r: CellRect): string => `${r.r0}:${r.c0}:${r.r1}:${r.c1}`;

import {
  COLUMNS_PER_ROW,
  MARK_ROW_BLOCK,
  blockAreas,
  cellsOf,
  chunkAddresses,
  areaAddress,
  keyOf,
  positionOf,
  rectKey,
} from './markGeometry';
import { MAX_SHEET_ROW } from './excelLimits';
import { type CellRect, parseA1 } from './a1Address';

/*
 * Fill I/O for the marks: reading the fills of many cells and setting fills on many cells, every
 * request and response well under Excel on the web's 5 MB payload limit ("Resource limits and
 * performance optimization for Office Add-ins"), whatever the number of cells. One sync per
 * budget of queued bytes, never one per cell or area (ARCHITECTURE "Talking to Excel").
 */

/** What Excel reports for a cell without fill. */
const NO_FILL = '#FFFFFF';
/** Bytes a request may carry before the writer syncs (2 MB: well under the 5 MB limit). */
export const MAX_WRITE_REQUEST_BYTES = 2 * 1024 * 1024;
/** Bytes of a request per queued call besides its address text (object paths, JSON), with margin. */
const CALL_OVERHEAD_BYTES = 400;
/** Bytes of the response per area of a fill read (address and colour as JSON), with margin. */
const FILL_READ_BYTES_PER_AREA = 120;
const MAX_READ_RESPONSE_BYTES = 2 * 1024 * 1024;

/** A fill colour as stored: upper-case `#RRGGBB`, null for no fill. */
export function normalizeFill(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const upper = color.toUpperCase();
  return upper === NO_FILL ? null : upper;
}

/**
 * Queues writes and syncs whenever the queued bytes reach {@link MAX_WRITE_REQUEST_BYTES}: every
 * request stays under the limit however much is written. `flush` syncs what is left.
 */
export class RequestBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = MAX_WRITE_REQUEST_BYTES,
  ) {}

  /** True when `bytes` more would make {@link reserve} sync first. */
  wouldSync(bytes: number): boolean {
    return this.bytes > 0 && this.bytes + bytes > this.limit;
  }

  /** Counts `bytes` about to be queued; syncs first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.limit) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    this.bytes = 0;
    await this.context.sync();
  }
}

/**
 * Queues fills: `cells` maps a cell key to a colour (null: no fill). One call per address list
 * of a (row block, colour); syncs through `budget`.
 */
export async function queueFills(
  sheet: Excel.Worksheet,
  cells: ReadonlyMap<number, string | null>,
  budget: RequestBudget,
): Promise<number> {
  let calls = 0;
  for (const { label, addresses } of blockAreas(cells, (color) => color ?? '')) {
    for (const chunk of addresses) {
      // Budget sizes are estimates for many small calls; reserve may sync (hence the loop awaits).

      await budget.reserve(chunk.length + CALL_OVERHEAD_BYTES);
      const format = sheet.getRanges(chunk).format;
      if (label === null) format.fill.clear();
      else format.fill.color = label;
      calls++;
    }
  }
  return calls;
}

/** Loads the fill of each address list's areas, at most ~2 MB of response per sync. */
async function readAreaFills(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  areas: readonly CellRect[],
): Promise<Map<string, string | null | 'mixed'>> {
  const fills = new Map<string, string | null | 'mixed'>();
  const chunks = chunkAddresses(areas.map(areaAddress));
  const perSync = Math.max(1, Math.floor(MAX_READ_RESPONSE_BYTES / FILL_READ_BYTES_PER_AREA));
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
    // One sync per ~2 MB of fill colours, not one per area (ARCHITECTURE "Talking to Excel").
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const collection of loads) {
      for (const item of collection.items) {
        const rect = parseA1(item.address);
        if (rect === null) continue;
        const color = item.format.fill.color;
        // RangeAreas and Range report null for a property that differs between cells.
        fills.set(rectKey(rect), color === null ? 'mixed' : normalizeFill(color));
      }
    }
  }
  return fills;
}

/**
 * The current fill of each cell of `keys`, in three passes that each only read what the one
 * before left open: the fill of each (column, row block) the cells are in (one uniform colour
 * answers all its cells, the common case of a sheet without fills; skipped with `blocksFirst`
 * false, for cells known to be marked); the areas of the cells in mixed blocks; single cells of
 * mixed areas.
 */
export async function readCellFills(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  keys: Iterable<number>,
  options: { readonly blocksFirst: boolean } = { blocksFirst: true },
): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  if (!options.blocksFirst)
    return readAreasThenCells(context, sheet, new Map([...keys].map((key) => [key, null])), out);
  const byBlock = new Map<number, number[]>();
  for (const key of keys) {
    const { row, column } = positionOf(key);
    const block = Math.floor(row / MARK_ROW_BLOCK) * COLUMNS_PER_ROW + column;
    const list = byBlock.get(block);
    if (list === undefined) byBlock.set(block, [key]);
    else list.push(key);
  }
  if (byBlock.size === 0) return out;
  // Pass 1: one small load per (column, block); ~100 bytes each way.
  const blockRanges: { keys: number[]; range: Excel.Range }[] = [];
  const perSync = Math.floor(MAX_READ_RESPONSE_BYTES / FILL_READ_BYTES_PER_AREA);
  const entries = [...byBlock.entries()];
  for (let i = 0; i < entries.length; i += perSync) {
    const slice = entries.slice(i, i + perSync);
    const ranges = slice.map(([block, blockKeys]) => {
      const column = block % COLUMNS_PER_ROW;
      const firstRow = Math.floor(block / COLUMNS_PER_ROW) * MARK_ROW_BLOCK;
      const rows = Math.min(MARK_ROW_BLOCK, MAX_SHEET_ROW - firstRow);
      const range = sheet.getRangeByIndexes(firstRow, column, rows, 1);
      range.load('format/fill/color');
      return { keys: blockKeys, range };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    blockRanges.push(...ranges);
  }
  const mixed = new Map<number, null>();
  for (const { keys: blockKeys, range } of blockRanges) {
    const color = range.format.fill.color;
    if (color === null) for (const key of blockKeys) mixed.set(key, null);
    else for (const key of blockKeys) out.set(key, normalizeFill(color));
  }
  if (mixed.size === 0) return out;
  return readAreasThenCells(context, sheet, mixed, out);
}

/** Passes 2 and 3 of {@link readCellFills}: areas, then single cells of mixed areas. */
async function readAreasThenCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  mixed: ReadonlyMap<number, null>,
  out: Map<number, string | null>,
): Promise<Map<number, string | null>> {
  if (mixed.size === 0) return out;
  // Pass 2: the areas of the cells in mixed blocks.
  const areas = blockAreas(mixed).flatMap((group) => group.areas);
  const areaFills = await readAreaFills(context, sheet, areas);
  const single: CellRect[] = [];
  for (const area of areas) {
    const fill = areaFills.get(rectKey(area));
    if (fill === undefined || fill === 'mixed') {
      for (const cell of cellsOf(area))
        single.push({ r0: cell.row, c0: cell.column, r1: cell.row, c1: cell.column });
    } else for (const cell of cellsOf(area)) out.set(keyOf(cell.row, cell.column), fill);
  }
  if (single.length === 0) return out;
  // Pass 3: single cells of mixed areas.
  const cellFills = await readAreaFills(context, sheet, single);
  for (const cell of single) {
    const fill = cellFills.get(rectKey(cell));
    // A single cell always has one fill; a missing answer counts as "no fill" (never ours).
    out.set(keyOf(cell.r0, cell.c0), fill === undefined || fill === 'mixed' ? null : fill);
  }
  return out;
}

import type { CellRect } from './a1Address';
import { areasOfAddress } from './areasOfAddress';
import { isOfficeError } from './officeErrors';
import type { RowSpan } from './rowSpans';

/*
 * Reading rows of a worksheet in blocks (ARCHITECTURE "Talking to Excel"): values are read
 * together with valueTypes and numberFormat, in row blocks of READ_BLOCK_ROWS rows. All blocks are
 * queued and synced together as long as the response stays under MAX_SYNC_RESPONSE_BYTES; only a
 * larger sheet takes a few syncs, one per group of blocks. Excel on the web refuses a request or
 * response over 5 MB ("Resource limits and performance optimization for Office Add-ins", section
 * "Excel add-ins"), and a range read is limited to 5,000,000 cells on every platform
 * (OfficeDev/office-js-docs-pr#1423). The size of a response cannot be known before reading, so
 * the grouping starts from a cautious estimate per cell and learns the real size from each group;
 * a group Excel still refuses (ResponsePayloadSizeLimitExceeded) is read again in smaller parts
 * (reads change nothing).
 *
 * `Range.text` ("Text values of the specified range. The text value will not depend on the cell
 * width", Excel.Range.text) is read only where core needs what Excel shows (`textColumns`: Naam,
 * Voornaam, Postcode, core DISPLAY_TEXT_COLUMNS), one narrow range per run of adjacent such columns
 * per block, in the same sync as the block: no sync is added, and the other columns' text never
 * travels.
 *
 * With `formulaCells`, each block also asks where its formulas are
 * (`Range.getSpecialCellsOrNullObject("Formulas")`, ExcelApi 1.9: one RangeAreas address per block,
 * not one entry per cell) and whether it holds spilled array values (`Range.hasSpill`, ExcelApi
 * 1.12: true, false, or null for some), in the same sync: issue #10, "formulas and spilled arrays in
 * the data (the value is used, the user is told)". Both sets are within the manifest's ExcelApi 1.14.
 */

/** Rows per block (ARCHITECTURE: "Read in row blocks (a few thousand rows)"). */
export const READ_BLOCK_ROWS = 2000;
/** Largest response one sync may bring: well under Excel on the web's 5 MB. */
export const MAX_SYNC_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Cells per block at most, far under Excel's 5,000,000-cell read limit even for wide sheets. */
const MAX_BLOCK_CELLS = 200_000;
/**
 * First guess of the response bytes per cell (value + valueType + numberFormat as JSON): a name or
 * an INSZ with `"String"` and `"General"` takes about 35; a long custom date format about 60.
 */
const INITIAL_BYTES_PER_CELL = 64;
/** Margin on the measured bytes per cell: names vary from block to block. */
const BYTES_MARGIN = 1.25;

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface BlockReadOptions {
  /** Rows per block (default {@link READ_BLOCK_ROWS}). */
  readonly blockRows?: number;
  /** Largest response per sync (default {@link MAX_SYNC_RESPONSE_BYTES}). */
  readonly maxResponseBytes?: number;
  /** Checked before each sync: an aborted read returns `cancelled`, nothing half-done. */
  readonly signal?: AbortSignal;
  /** Called after each sync of row blocks. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

/** Rough JSON bytes of one block's response (value, valueType, numberFormat per cell, texts). */
function responseBytes(
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly string[])[],
  numberFormat: readonly (readonly string[])[],
  texts: ReadonlyMap<number, readonly string[]>,
): number {
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r] ?? [];
    const t = valueTypes[r] ?? [];
    const f = numberFormat[r] ?? [];
    for (let c = 0; c < v.length; c++) {
      const value = v[c];
      // Non-ASCII text takes 2-3 bytes per character in UTF-8; the margin covers names with accents.
      bytes += typeof value === 'string' ? value.length + 3 : String(value).length + 1;
      bytes += (t[c]?.length ?? 0) + 3 + (f[c]?.length ?? 0) + 3;
    }
  }
  for (const column of texts.values()) for (const text of column) bytes += text.length + 3;
  return bytes;
}

/** One block as Excel returned it. */
export interface CellBlock {
  /** Excel row of the first row of the arrays. */
  readonly firstRow: number;
  /** 0-based sheet column of the first column of the arrays. */
  readonly firstColumn: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly string[])[];
  /**
   * `Range.text` per row of the block, by 0-based sheet column, for the `textColumns` asked for
   * (other columns have no entry).
   */
  readonly texts: ReadonlyMap<number, readonly string[]>;
  /** With `formulaCells`: the block's formula cells (0-based rectangles inside the block), else empty. */
  readonly formulaAreas: readonly CellRect[];
  /** With `formulaCells`: `Range.hasSpill` of the block (null: some cells are spilled), else false. */
  readonly hasSpill: boolean | null;
}

/** Runs of adjacent columns, `[first, count]`, of the sorted distinct `columns`. */
function columnRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === column) last[1] += 1;
    else runs.push([column, 1]);
  }
  return runs;
}

/**
 * Reads `spans` (Excel rows) of the columns `firstColumn` .. `firstColumn + columnCount - 1` in row
 * blocks: values, valueTypes and numberFormat of every block of a group in one sync, as many
 * blocks per group as fit in `maxResponseBytes` (see the module comment). Blocks are handed to
 * `onBlock` in row order. Returns `done: false` with the rows read so far when `signal` was aborted
 * before a sync (nothing half-read is handed over).
 */
export async function readRowBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spans: readonly RowSpan[],
  firstColumn: number,
  columnCount: number,
  options: BlockReadOptions & {
    /** 0-based sheet columns whose `Range.text` is read too (see the module comment). */
    readonly textColumns?: readonly number[];
    /** Find the formula cells and spilled values of each block too (see the module comment). */
    readonly formulaCells?: boolean;
  },
  onBlock: (block: CellBlock) => void,
): Promise<{ done: true } | { done: false; rowsRead: number }> {
  const textRuns = columnRuns(
    (options.textColumns ?? []).filter(
      (column) => column >= firstColumn && column < firstColumn + columnCount,
    ),
  );
  const maxBytes = options.maxResponseBytes ?? MAX_SYNC_RESPONSE_BYTES;
  // A wide sheet gets shorter blocks, so that even one block stays under maxBytes by the guess.
  const blockRows = Math.max(
    1,
    Math.min(
      options.blockRows ?? READ_BLOCK_ROWS,
      Math.floor(MAX_BLOCK_CELLS / columnCount),
      Math.floor(maxBytes / (columnCount * INITIAL_BYTES_PER_CELL)),
    ),
  );
  const queue: RowSpan[] = [];
  let totalRows = 0;
  for (const span of spans) {
    totalRows += span.last - span.first + 1;
    for (let first = span.first; first <= span.last; first += blockRows) {
      queue.push({ first, last: Math.min(span.last, first + blockRows - 1) });
    }
  }
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let rowsRead = 0;
  while (queue.length > 0) {
    if (options.signal?.aborted === true) return { done: false, rowsRead };
    const group: RowSpan[] = [];
    let estimate = 0;
    for (const block of queue) {
      const bytes = (block.last - block.first + 1) * columnCount * bytesPerCell;
      if (group.length > 0 && estimate + bytes > maxBytes) break;
      group.push(block);
      estimate += bytes;
    }
    const withFormulas = options.formulaCells === true;
    const ranges = group.map((block) =>
      sheet
        .getRangeByIndexes(block.first - 1, firstColumn, block.last - block.first + 1, columnCount)
        .load(
          withFormulas ? 'values, valueTypes, numberFormat, hasSpill' : 'values, valueTypes, numberFormat',
        ),
    );
    const formulaRanges = withFormulas
      ? ranges.map((range) => range.getSpecialCellsOrNullObject('Formulas').load('address'))
      : [];
    const textRanges = group.map((block) =>
      textRuns.map(([column, count]) =>
        sheet.getRangeByIndexes(block.first - 1, column, block.last - block.first + 1, count).load('text'),
      ),
    );
    try {
      // One sync per group of blocks of at most maxBytes (ARCHITECTURE: "Read in row blocks ... so
      // no request or response comes near Excel on the web's 5 MB limit"), not one per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isOfficeError(error, 'ResponsePayloadSizeLimitExceeded')) throw error;
      // Larger than guessed: read again in smaller parts (a read changes nothing).
      bytesPerCell *= 2;
      const only = group[0];
      if (group.length === 1 && only !== undefined) {
        if (only.first === only.last) throw error;
        const middle = Math.floor((only.first + only.last) / 2);
        queue.splice(0, 1, { first: only.first, last: middle }, { first: middle + 1, last: only.last });
      }
      continue;
    }
    queue.splice(0, group.length);
    let measured = 0;
    group.forEach((block, i) => {
      const range = ranges[i];
      if (range === undefined) return;
      const cells = (block.last - block.first + 1) * columnCount;
      const texts = new Map<number, string[]>();
      textRuns.forEach(([column, count], k) => {
        const text = textRanges[i]?.[k]?.text ?? [];
        for (let c = 0; c < count; c++)
          texts.set(
            column + c,
            text.map((row) => row[c] ?? ''),
          );
      });
      measured = Math.max(
        measured,
        responseBytes(range.values, range.valueTypes, range.numberFormat, texts) / Math.max(1, cells),
      );
      const formulas = formulaRanges[i];
      const blockRect: CellRect = {
        r0: block.first - 1,
        c0: firstColumn,
        r1: block.last - 1,
        c1: firstColumn + columnCount - 1,
      };
      onBlock({
        firstRow: block.first,
        firstColumn,
        values: range.values,
        valueTypes: range.valueTypes,
        numberFormat: range.numberFormat,
        texts,
        formulaAreas:
          formulas === undefined || formulas.isNullObject ? [] : areasOfAddress(formulas.address, blockRect),
        hasSpill: withFormulas ? range.hasSpill : false,
      });
      rowsRead += block.last - block.first + 1;
    });
    bytesPerCell = Math.max(16, measured * BYTES_MARGIN, bytesPerCell / 2);
    options.onProgress?.({ rowsRead, totalRows });
  }
  return { done: true };
}

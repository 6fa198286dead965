import {
  type Cell,
  checkHeader,
  detectHeader,
  HEADER_SEARCH_ROWS,
  type Issue,
  REGISTRATION_COLUMNS,
  type RegistrationColumn,
  type RegistrationRow,
} from '../core';
import { cellFromExcel, isEmptyExcelValue } from './cellFromExcel';
import { columnLetter, MAX_SHEET_ROW } from './layout';

/*
 * Reading a worksheet into core's rows (SPEC "Using it": "Controleren finds the header row ...,
 * lets them confirm the column mapping"; "Nothing is lost").
 *
 * Talking to Excel (ARCHITECTURE): values are read together with valueTypes and numberFormat, in
 * row blocks of READ_BLOCK_ROWS rows. All blocks are queued and synced together as long as the
 * response stays under MAX_SYNC_RESPONSE_BYTES; only a larger sheet takes a few syncs, one per
 * group of blocks. Excel on the web refuses a request or response over 5 MB ("Resource limits and
 * performance optimization for Office Add-ins", section "Excel add-ins"), and a range read is
 * limited to 5,000,000 cells on every platform (OfficeDev/office-js-docs-pr#1423). The size of a
 * response cannot be known before reading, so the grouping starts from a cautious estimate per
 * cell and learns the real size from each group; a group Excel still refuses
 * (ResponsePayloadSizeLimitExceeded) is read again in smaller parts (reads change nothing).
 *
 * Nothing is dropped silently: every row below the header comes back (empty rows too, so core gives
 * them their `empty` verdict), rows whose five cells are empty but which hold something in another
 * column are listed, every non-registration column with a title or data is listed with its count
 * of non-empty cells, and cells above the header row are listed as notes.
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

/** 0-based sheet column of each registration column, null when the sheet has none. */
export type ColumnMapping = Readonly<Record<RegistrationColumn, number | null>>;

/** Where the registration columns are on a sheet. */
export interface SheetMapping {
  /** Excel row (1-based) of the header; data starts on the next row. */
  readonly headerRow: number;
  readonly columns: ColumnMapping;
}

/** A sheet the add-in made: header in A1:E1, the five columns in file order. */
export const REGISTRATION_SHEET_MAPPING: SheetMapping = {
  headerRow: 1,
  columns: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: 4 },
};

/** A non-blank title of the header row. */
export interface HeaderTitle {
  /** Column letters, e.g. `C`. */
  readonly column: string;
  /** 0-based sheet column. */
  readonly index: number;
  readonly title: string;
}

/** A column that is not one of the five: not exported, not copied, but never silently dropped. */
export interface ExtraColumn extends HeaderTitle {
  /** Non-empty cells below the header. */
  readonly nonEmpty: number;
}

/** A non-empty cell above the header row (a title, a note). */
export interface SheetNote {
  readonly address: string;
  readonly text: string;
}

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

export interface MappingProposal {
  readonly sheetName: string;
  readonly mapping: SheetMapping;
  /** A..E hold exactly the five titles of the file. */
  readonly exact: boolean;
  /** Every non-blank title of the header row. */
  readonly titles: readonly HeaderTitle[];
  /** Titles that are no registration column (extra columns, not exported). */
  readonly extraColumns: readonly HeaderTitle[];
  /** The used range, e.g. `'Bewoners'!A1:G120`. */
  readonly usedRange: string;
}

export type ProposeMappingResult =
  | { ok: true; value: MappingProposal }
  | { ok: false; reason: 'sheet_not_found' | 'sheet_empty' }
  /** No row in the first 20 holds INSZ, or Naam and Geboortedatum: the user maps by hand. */
  | { ok: false; reason: 'header_not_found'; usedRange: string };

export interface SheetRead {
  readonly sheetName: string;
  readonly mapping: SheetMapping;
  /** Every row from the one below the header to the last used row, empty ones included. */
  readonly rows: RegistrationRow[];
  /** Rows where every cell of the sheet is empty (core: `empty`, skipped, no issue). */
  readonly emptyRows: number[];
  /** Rows whose five columns are empty but another column holds something (core: `empty`). */
  readonly extraOnlyRows: number[];
  /** Titles of the header row. */
  readonly header: readonly HeaderTitle[];
  /** Columns besides the five that have a title or data, with their count of non-empty cells. */
  readonly extraColumns: readonly ExtraColumn[];
  /** Non-empty cells above the header row. */
  readonly notes: readonly SheetNote[];
  /** Last used row (the header row when there are no data rows). */
  readonly lastRow: number;
  /** The workbook uses the 1904 date system (date serials were converted to the 1900 system). */
  readonly use1904: boolean;
}

export type ReadSheetResult =
  | { ok: true; value: SheetRead }
  | { ok: false; reason: 'sheet_not_found' }
  | { ok: false; reason: 'invalid_mapping'; problem: 'header_row' | 'column' | 'duplicate_column' }
  | { ok: false; reason: 'cancelled'; rowsRead: number };

export type RegistrationSheetRead = SheetRead & {
  /** core `checkHeader` of A1:E1: header_mismatch when the titles are not exactly the five. */
  readonly headerIssues: Issue[];
};

export type ReadRegistrationSheetResult =
  | { ok: true; value: RegistrationSheetRead }
  | { ok: false; reason: 'sheet_not_found' }
  | { ok: false; reason: 'cancelled'; rowsRead: number };

// ---------------------------------------------------------------------------------------------
// Small shared helpers
// ---------------------------------------------------------------------------------------------

/** True when `error` is an Office error with this code (OfficeExtension.Error.code). */
export function isOfficeError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** Inclusive span of Excel rows (1-based). */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/u;
const A1_COLUMN = /^\$?([A-Za-z]{1,3})$/u;
const A1_ROW = /^\$?([0-9]{1,7})$/u;
const LAST_COLUMN = 16_383;

function lettersToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The cells of an A1 address without sheet (`B7`, `A2:E9`, `A:C`, `3:5`; a `Sheet!` prefix is
 * dropped), 0-based; null when it is no address inside Excel's grid.
 *
 * @example
 * ```ts
 * parseA1('C5:C9'); // { r0: 4, c0: 2, r1: 8, c1: 2 }
 * parseA1("'Mijn blad'!A:A"); // { r0: 0, c0: 0, r1: 1048575, c1: 0 }
 * ```
 */
export function parseA1(address: string): CellRect | null {
  const bang = address.lastIndexOf('!');
  const local = (bang < 0 ? address : address.slice(bang + 1)).trim();
  const parts = local.split(':');
  if (parts.length > 2) return null;
  const [a = '', b = a] = parts;
  const point = (text: string): { r: number; c: number } | null => {
    const m = A1_CELL.exec(text);
    if (m === null) return null;
    return { r: Number(m[2]) - 1, c: lettersToIndex(m[1] ?? '') };
  };
  const pa = point(a);
  const pb = point(b);
  let r: CellRect | null = null;
  if (pa !== null && pb !== null) {
    r = {
      r0: Math.min(pa.r, pb.r),
      c0: Math.min(pa.c, pb.c),
      r1: Math.max(pa.r, pb.r),
      c1: Math.max(pa.c, pb.c),
    };
  } else if (parts.length === 2) {
    const ca = A1_COLUMN.exec(a);
    const cb = A1_COLUMN.exec(b);
    const ra = A1_ROW.exec(a);
    const rb = A1_ROW.exec(b);
    if (ca !== null && cb !== null) {
      const x = lettersToIndex(ca[1] ?? '');
      const y = lettersToIndex(cb[1] ?? '');
      r = { r0: 0, c0: Math.min(x, y), r1: MAX_SHEET_ROW - 1, c1: Math.max(x, y) };
    } else if (ra !== null && rb !== null) {
      const x = Number(ra[1]) - 1;
      const y = Number(rb[1]) - 1;
      r = { r0: Math.min(x, y), c0: 0, r1: Math.max(x, y), c1: LAST_COLUMN };
    }
  }
  if (r === null || r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_SHEET_ROW || r.c1 > LAST_COLUMN) return null;
  return r;
}

/** A1 text of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** Spans of consecutive rows from sorted, distinct Excel rows. */
export function rowSpans(rows: readonly number[]): RowSpan[] {
  const spans: RowSpan[] = [];
  let first = -1;
  let last = -1;
  for (const row of rows) {
    if (first >= 0 && row === last + 1) {
      last = row;
      continue;
    }
    if (first >= 0) spans.push({ first, last });
    first = row;
    last = row;
  }
  if (first >= 0) spans.push({ first, last });
  return spans;
}

/**
 * Queues the read of the workbook's date system: `Workbook.use1904DateSystem` exists from
 * ExcelApi 1.16 only (and is newer than the installed @types/office-js), so it is feature-detected
 * and read through a cast; without it the 1900 system, Excel's default on Windows and the web, is
 * assumed. Call the returned function after the sync.
 */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const supported =
    typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.16');
  if (!supported) return () => false;
  const workbook = context.workbook as unknown as {
    load(option: string): unknown;
    use1904DateSystem: boolean;
  };
  workbook.load('use1904DateSystem');
  return () => workbook.use1904DateSystem === true;
}

/** A cell as header or note text. */
function titleText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Rough JSON bytes of one block's response (value, valueType, numberFormat per cell). */
function responseBytes(
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly string[])[],
  numberFormat: readonly (readonly string[])[],
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
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Block reading
// ---------------------------------------------------------------------------------------------

/** One block as Excel returned it. */
export interface CellBlock {
  /** Excel row of the first row of the arrays. */
  readonly firstRow: number;
  /** 0-based sheet column of the first column of the arrays. */
  readonly firstColumn: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly string[])[];
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
  options: BlockReadOptions,
  onBlock: (block: CellBlock) => void,
): Promise<{ done: true } | { done: false; rowsRead: number }> {
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
    const ranges = group.map((block) =>
      sheet
        .getRangeByIndexes(block.first - 1, firstColumn, block.last - block.first + 1, columnCount)
        .load('values, valueTypes, numberFormat'),
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
      measured = Math.max(
        measured,
        responseBytes(range.values, range.valueTypes, range.numberFormat) / Math.max(1, cells),
      );
      onBlock({
        firstRow: block.first,
        firstColumn,
        values: range.values,
        valueTypes: range.valueTypes,
        numberFormat: range.numberFormat,
      });
      rowsRead += block.last - block.first + 1;
    });
    bytesPerCell = Math.max(16, measured * BYTES_MARGIN, bytesPerCell / 2);
    options.onProgress?.({ rowsRead, totalRows });
  }
  return { done: true };
}

// ---------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------

function emptyCells(): Record<RegistrationColumn, Cell> {
  const empty: Cell = { kind: 'empty', value: null };
  return { insz: empty, naam: empty, voornaam: empty, geboortedatum: empty, postcode: empty };
}

/** Checks a mapping the user confirmed or changed; null when it is usable. */
function mappingProblem(mapping: SheetMapping): 'header_row' | 'column' | 'duplicate_column' | null {
  const { headerRow } = mapping;
  if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow >= MAX_SHEET_ROW) return 'header_row';
  const seen = new Set<number>();
  for (const column of REGISTRATION_COLUMNS) {
    const index = mapping.columns[column];
    if (index === null) continue;
    if (!Number.isInteger(index) || index < 0 || index > LAST_COLUMN) return 'column';
    if (seen.has(index)) return 'duplicate_column';
    seen.add(index);
  }
  return null;
}

interface UsedArea {
  readonly address: string;
  /** 0-based. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * First sync of every read: the sheet (ItemNotFound when it does not exist, a user-caused
 * failure reported as `sheet_not_found`), its used range (values only: a formatted but empty cell
 * holds nothing to read) and the date system.
 */
async function loadUsedArea(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<
  { ok: true; sheet: Excel.Worksheet; used: UsedArea | null; use1904: boolean; name: string } | { ok: false }
> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address, rowIndex, columnIndex, rowCount, columnCount');
  const use1904 = queueDateSystem(context);
  try {
    await context.sync();
  } catch (error) {
    if (isOfficeError(error, 'ItemNotFound')) return { ok: false };
    throw error;
  }
  return {
    ok: true,
    sheet,
    name: sheet.name,
    use1904: use1904(),
    used: used.isNullObject
      ? null
      : {
          address: used.address,
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        },
  };
}

/**
 * Finds the header row in the first 20 rows of the used range (core `detectHeader`: nl/fr/en
 * synonyms) and proposes the column mapping for the user to confirm or change. Two syncs, however
 * large the sheet.
 *
 * @example
 * ```ts
 * const proposal = await Excel.run((context) => proposeMapping(context, 'Bewoners'));
 * if (proposal.ok) showMapping(proposal.value.mapping, proposal.value.extraColumns);
 * ```
 */
export async function proposeMapping(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<ProposeMappingResult> {
  const area = await loadUsedArea(context, sheetName);
  if (!area.ok) return { ok: false, reason: 'sheet_not_found' };
  const used = area.used;
  if (used === null) return { ok: false, reason: 'sheet_empty' };
  const top = area.sheet
    .getRangeByIndexes(
      used.rowIndex,
      used.columnIndex,
      Math.min(HEADER_SEARCH_ROWS, used.rowCount),
      used.columnCount,
    )
    .load('values');
  await context.sync();
  const rows = top.values.map((row) => row.map(titleText));
  const detection = detectHeader(rows);
  if (!detection.found) return { ok: false, reason: 'header_not_found', usedRange: used.address };
  const at = (index: number | null): number | null => (index === null ? null : used.columnIndex + index);
  const found = detection.mapping;
  const columns: ColumnMapping = {
    insz: at(found.insz),
    naam: at(found.naam),
    voornaam: at(found.voornaam),
    geboortedatum: at(found.geboortedatum),
    postcode: at(found.postcode),
  };
  const headerCells = rows[detection.headerRow] ?? [];
  const titles: HeaderTitle[] = [];
  headerCells.forEach((title, i) => {
    if (title.trim() === '') return;
    const index = used.columnIndex + i;
    titles.push({ column: columnLetter(index), index, title });
  });
  const extra = new Set(detection.extraColumns.map((i) => used.columnIndex + i));
  return {
    ok: true,
    value: {
      sheetName: area.name,
      mapping: { headerRow: used.rowIndex + detection.headerRow + 1, columns },
      exact: detection.exact,
      titles,
      extraColumns: titles.filter((title) => extra.has(title.index)),
      usedRange: used.address,
    },
  };
}

/** Builds a SheetRead from blocks; one instance per read. */
class SheetCollector {
  readonly rows: RegistrationRow[] = [];
  readonly emptyRows: number[] = [];
  readonly extraOnlyRows: number[] = [];
  readonly header: HeaderTitle[] = [];
  readonly notes: SheetNote[] = [];
  /** Non-empty data cells per extra column (0-based sheet column). */
  private readonly extraCounts = new Map<number, number>();
  private readonly mapped: readonly (readonly [RegistrationColumn, number])[];
  private readonly mappedSet: ReadonlySet<number>;

  constructor(
    private readonly mapping: SheetMapping,
    /** Read when the first block arrives: the date system is loaded in the same sync. */
    private readonly use1904: () => boolean,
  ) {
    this.mapped = REGISTRATION_COLUMNS.flatMap((column) => {
      const index = mapping.columns[column];
      return index === null ? [] : [[column, index] as const];
    });
    this.mappedSet = new Set(this.mapped.map(([, index]) => index));
  }

  /** Rows between the header and the first used row: nothing in them. */
  addEmptyRows(first: number, last: number): void {
    for (let row = first; row <= last; row++) {
      this.rows.push({ row, cells: emptyCells() });
      this.emptyRows.push(row);
    }
  }

  add(block: CellBlock): void {
    const { headerRow } = this.mapping;
    const options = { use1904: this.use1904() };
    block.values.forEach((values, r) => {
      const row = block.firstRow + r;
      const types = block.valueTypes[r] ?? [];
      const formats = block.numberFormat[r] ?? [];
      if (row <= headerRow) {
        values.forEach((value, c) => {
          if (isEmptyExcelValue(value, types[c] ?? 'Empty')) return;
          const index = block.firstColumn + c;
          const text = titleText(value);
          if (row === headerRow) this.header.push({ column: columnLetter(index), index, title: text });
          else this.notes.push({ address: cellAddress(row - 1, index), text });
        });
        return;
      }
      const cells = emptyCells();
      let hasMapped = false;
      for (const [column, index] of this.mapped) {
        const c = index - block.firstColumn;
        if (c < 0 || c >= values.length) continue;
        const type = types[c] ?? 'Empty';
        const value = values[c];
        if (isEmptyExcelValue(value, type)) continue;
        hasMapped = true;
        cells[column] = cellFromExcel(value, type, formats[c] ?? 'General', options);
      }
      let hasExtra = false;
      values.forEach((value, c) => {
        const index = block.firstColumn + c;
        if (this.mappedSet.has(index) || isEmptyExcelValue(value, types[c] ?? 'Empty')) return;
        hasExtra = true;
        this.extraCounts.set(index, (this.extraCounts.get(index) ?? 0) + 1);
      });
      this.rows.push({ row, cells });
      if (!hasMapped) (hasExtra ? this.extraOnlyRows : this.emptyRows).push(row);
    });
  }

  extraColumns(): ExtraColumn[] {
    const titles = new Map(this.header.map((title) => [title.index, title.title]));
    const indexes = new Set<number>([...this.extraCounts.keys()]);
    for (const title of this.header) if (!this.mappedSet.has(title.index)) indexes.add(title.index);
    return [...indexes]
      .sort((a, b) => a - b)
      .map((index) => ({
        column: columnLetter(index),
        index,
        title: titles.get(index) ?? '',
        nonEmpty: this.extraCounts.get(index) ?? 0,
      }));
  }
}

/**
 * Reads a sheet with a confirmed mapping: every row below the header into core rows (row = the
 * Excel row), values with their valueTypes and numberFormat, plus what is not exported (extra
 * columns with their non-empty counts, rows with data only outside the five columns, cells above
 * the header). Syncs: 1 + one per group of row blocks (see the module comment); progress after each
 * group; an aborted `signal` stops before the next sync with `cancelled`.
 *
 * @example
 * ```ts
 * const read = await Excel.run((context) =>
 *   readSheet(context, 'Bewoners', { mapping: proposal.mapping, onProgress, signal }),
 * );
 * if (read.ok) validateRegistrations({ rows: read.value.rows, today, settings });
 * ```
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: BlockReadOptions & { readonly mapping: SheetMapping },
): Promise<ReadSheetResult> {
  const { mapping } = options;
  const problem = mappingProblem(mapping);
  if (problem !== null) return { ok: false, reason: 'invalid_mapping', problem };
  const area = await loadUsedArea(context, sheetName);
  if (!area.ok) return { ok: false, reason: 'sheet_not_found' };
  const use1904 = area.use1904;
  const collector = new SheetCollector(mapping, () => use1904);
  const used = area.used;
  let lastRow = mapping.headerRow;
  if (used !== null) {
    const firstUsed = used.rowIndex + 1;
    lastRow = Math.max(lastRow, used.rowIndex + used.rowCount);
    // Rows between the header and the used range (the header row itself may be empty).
    collector.addEmptyRows(mapping.headerRow + 1, Math.min(firstUsed - 1, lastRow));
    const first = Math.max(firstUsed, 1);
    const read = await readRowBlocks(
      context,
      area.sheet,
      first <= lastRow ? [{ first, last: lastRow }] : [],
      used.columnIndex,
      used.columnCount,
      options,
      (block) => collector.add(block),
    );
    if (!read.done) return { ok: false, reason: 'cancelled', rowsRead: read.rowsRead };
  }
  return {
    ok: true,
    value: {
      sheetName: area.name,
      mapping,
      rows: collector.rows,
      emptyRows: collector.emptyRows,
      extraOnlyRows: collector.extraOnlyRows,
      header: collector.header,
      extraColumns: collector.extraColumns(),
      notes: collector.notes,
      lastRow,
      use1904: area.use1904,
    },
  };
}

/**
 * Reads a registration sheet the add-in made (header in A1:E1, columns A..E): like
 * {@link readSheet} with {@link REGISTRATION_SHEET_MAPPING}, plus core `checkHeader` of the first
 * five titles (header_mismatch when a user changed them). Columns after E are reported as extra
 * columns.
 *
 * @example
 * ```ts
 * const read = await Excel.run((context) => readRegistrationSheet(context, 'B003 Vaxigrip 28-11-2026'));
 * if (read.ok) issues.push(...read.value.headerIssues);
 * ```
 */
export async function readRegistrationSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: BlockReadOptions = {},
): Promise<ReadRegistrationSheetResult> {
  const read = await readSheet(context, sheetName, { ...options, mapping: REGISTRATION_SHEET_MAPPING });
  if (!read.ok) {
    // The mapping is ours and valid: only a missing sheet or a cancel can come back.
    return read.reason === 'cancelled' ? read : { ok: false, reason: 'sheet_not_found' };
  }
  const titles = REGISTRATION_COLUMNS.map(
    (_, i) => read.value.header.find((title) => title.index === i)?.title ?? '',
  );
  return { ok: true, value: { ...read.value, headerIssues: checkHeader(titles) } };
}

/**
 * Reads only some rows of a sheet (the rows an edit touched, the rows of picked cells): the mapped
 * columns of `spans`, into core rows. Blocks and syncs as {@link readRowBlocks}.
 */
export async function readMappedRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spans: readonly RowSpan[],
  columns: ColumnMapping,
  options: BlockReadOptions & {
    /** The date system; a function when it is loaded in the same sync as the first block. */
    readonly use1904: boolean | (() => boolean);
  },
): Promise<{ ok: true; rows: RegistrationRow[] } | { ok: false; rowsRead: number }> {
  const indexes = REGISTRATION_COLUMNS.map((column) => columns[column]).filter(
    (index): index is number => index !== null,
  );
  if (indexes.length === 0 || spans.length === 0) {
    return {
      ok: true,
      rows: spans.flatMap((span) =>
        Array.from({ length: span.last - span.first + 1 }, (_, i) => ({
          row: span.first + i,
          cells: emptyCells(),
        })),
      ),
    };
  }
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const { use1904 } = options;
  const collector = new SheetCollector(
    { headerRow: 0, columns },
    typeof use1904 === 'function' ? use1904 : () => use1904,
  );
  const read = await readRowBlocks(context, sheet, spans, first, last - first + 1, options, (block) =>
    collector.add(block),
  );
  return read.done ? { ok: true, rows: collector.rows } : { ok: false, rowsRead: read.rowsRead };
}

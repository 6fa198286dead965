/**
 * A1 addresses and rectangles.
 *
 * Excel's grid is 1,048,576 rows by 16,384 columns (A..XFD) ("Excel specifications and limits").
 * `Range.address` "contains the sheet reference (e.g., "Sheet1!A1:B4")" (Excel.Range.address in
 * @types/office-js): sheet-qualified, no `$`. Whole columns come back as `A:A`, whole rows as `2:2`,
 * the whole sheet as `1:1048576`, as Excel writes them.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Inclusive, 0-based rectangle of cells. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), when the address had a `Sheet!` prefix. */
  readonly sheet?: string;
  readonly rect: Rect;
}

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

export function rowCount(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function columnCount(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function cellCount(r: Rect): number {
  return rowCount(r) * columnCount(r);
}

export function isInsideGrid(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

export function isEntireColumns(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function isEntireRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
}

export function columnToLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function cellToA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row + 1}`;
}

/** `A1`, `A1:B2`, `A:C`, `2:5`, `1:1048576` (no sheet, no `$`). */
export function rectToA1(r: Rect): string {
  if (isEntireRows(r)) return `${r.r0 + 1}:${r.r1 + 1}`;
  if (isEntireColumns(r)) return `${columnToLetters(r.c0)}:${columnToLetters(r.c1)}`;
  const start = cellToA1(r.r0, r.c0);
  if (r.r0 === r.r1 && r.c0 === r.c1) return start;
  return `${start}:${cellToA1(r.r1, r.c1)}`;
}

/** Absolute form used inside formulas and defined names: `$A$1:$B$2`, `$A:$A`, `$2:$2`. */
export function rectToAbsoluteA1(r: Rect): string {
  if (isEntireRows(r)) return `$${r.r0 + 1}:$${r.r1 + 1}`;
  if (isEntireColumns(r)) return `$${columnToLetters(r.c0)}:$${columnToLetters(r.c1)}`;
  const start = `$${columnToLetters(r.c0)}$${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return start;
  return `${start}:$${columnToLetters(r.c1)}$${r.r1 + 1}`;
}

function looksLikeA1Cell(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!m) return false;
  const col = lettersToColumn(m[1] ?? '');
  const row = Number(m[2]);
  return col >= 0 && col < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS;
}

function looksLikeR1C1(name: string): boolean {
  return name.length > 0 && /^(R\d*)?(C\d*)?$/i.test(name);
}

/**
 * Excel quotes a sheet name in a reference when it holds anything but word characters and dots,
 * starts with a digit or a dot, or could be read as a cell reference (A1 or R1C1 style); quotes
 * inside are doubled. Rules as observed and written up in jmcnamara/XlsxWriter#1078 ("Some notes on
 * worksheet name quoting") and the Microsoft KB article on names reserved for R1C1 ("C", "R", "RC").
 */
export function needsQuotes(sheetName: string): boolean {
  if (/[^\p{L}\p{N}\p{M}_.]/u.test(sheetName)) return true;
  if (/^[\d.]/.test(sheetName)) return true;
  return looksLikeA1Cell(sheetName) || looksLikeR1C1(sheetName);
}

export function quoteSheetName(sheetName: string): string {
  return needsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'` : sheetName;
}

export function formatAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectToA1(r)}`;
}

export function formatAbsoluteAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectToAbsoluteA1(r)}`;
}

/** Splits `Sheet!A1`, `'My ''x'' Sheet'!A1` into sheet and local part; returns null when malformed. */
export function splitSheet(address: string): { sheet?: string; local: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.indexOf('!');
  if (bang < 0) return { local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const column = lettersToColumn(m[1] ?? '');
  const row = Number(m[2]) - 1;
  if (column < 0 || column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
  return { row, column };
}

/** Parses the part after `Sheet!`: `A1`, `$A$1:B2`, `A:C`, `2:5`. */
export function parseLocalA1(local: string): Rect | null {
  const parts = local.trim().split(':');
  if (parts.length === 1) {
    const cell = parseCell(parts[0] ?? '');
    return cell ? rect(cell.row, cell.column, cell.row, cell.column) : null;
  }
  if (parts.length !== 2) return null;
  const [a = '', b = ''] = parts;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) return rect(ca.row, ca.column, cb.row, cb.column);
  const cola = COLUMN.exec(a);
  const colb = COLUMN.exec(b);
  if (cola && colb) {
    const c0 = lettersToColumn(cola[1] ?? '');
    const c1 = lettersToColumn(colb[1] ?? '');
    if (c0 < 0 || c1 < 0 || c0 >= MAX_COLUMNS || c1 >= MAX_COLUMNS) return null;
    return rect(0, c0, MAX_ROWS - 1, c1);
  }
  const rowa = ROW.exec(a);
  const rowb = ROW.exec(b);
  if (rowa && rowb) {
    const r0 = Number(rowa[1]) - 1;
    const r1 = Number(rowb[1]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return rect(r0, 0, r1, MAX_COLUMNS - 1);
  }
  return null;
}

export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split) return null;
  const r = parseLocalA1(split.local);
  if (!r) return null;
  return split.sheet === undefined ? { rect: r } : { sheet: split.sheet, rect: r };
}

/** `A1:B2, C3` or `Sheet1!A1, Sheet1!C3:D4` (RangeAreas addresses are comma separated). */
export function parseAreas(address: string): ParsedAddress[] | null {
  const out: ParsedAddress[] = [];
  for (const piece of splitOutsideQuotes(address, ',')) {
    const parsed = parseAddress(piece);
    if (!parsed) return null;
    out.push(parsed);
  }
  return out.length ? out : null;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === separator && !quoted) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.r0 && row <= outer.r1 && column >= outer.c0 && column <= outer.c1;
}

/** `a` minus `b`: up to four rectangles covering the cells of `a` not in `b`. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const out: Rect[] = [];
  if (a.r0 < overlap.r0) out.push({ r0: a.r0, c0: a.c0, r1: overlap.r0 - 1, c1: a.c1 });
  if (overlap.r1 < a.r1) out.push({ r0: overlap.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < overlap.c0) out.push({ r0: overlap.r0, c0: a.c0, r1: overlap.r1, c1: overlap.c0 - 1 });
  if (overlap.c1 < a.c1) out.push({ r0: overlap.r0, c0: overlap.c1 + 1, r1: overlap.r1, c1: a.c1 });
  return out;
}

export function boundingRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -Infinity;
  let c1 = -Infinity;
  for (const r of rects) {
    r0 = Math.min(r0, r.r0);
    c0 = Math.min(c0, r.c0);
    r1 = Math.max(r1, r.r1);
    c1 = Math.max(c1, r.c1);
  }
  return { r0, c0, r1, c1 };
}

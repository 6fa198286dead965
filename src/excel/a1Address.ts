import { MAX_SHEET_ROW } from './excelLimits';

/*
 * A1 addresses as Excel writes them (`B7`, `A2:E9`, `A:C`, `3:5`, `'Mijn blad'!A1`), within the
 * grid of Excel specifications and limits: 1,048,576 rows by 16,384 columns (A..XFD).
 */

/** Column letters of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Last 0-based column of a worksheet (XFD: Excel specifications and limits, 16,384 columns). */
export const LAST_COLUMN = 16_383;

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/u;
const A1_COLUMN = /^\$?([A-Za-z]{1,3})$/u;
const A1_ROW = /^\$?([0-9]{1,7})$/u;

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

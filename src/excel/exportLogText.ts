import { MAX_CELL_TEXT_LENGTH } from './excelLimits';

/*
 * The text an export writes into the log and the batch row: the time stamp and the "Niet
 * geëxporteerd" list (SPEC "Nothing is lost"). Both are text so they read the same in every Excel
 * language and date system.
 */

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The log's time stamp: local wall-clock time `YYYY-MM-DD HH:MM:SS`, stored as text (sortable, the
 * same in every Excel language, independent of the workbook's 1900/1904 date system).
 *
 * @example
 * ```ts
 * formatLogTime(new Date(2026, 10, 28, 9, 5, 7)); // '2026-11-28 09:05:07'
 * ```
 */
export function formatLogTime(time: Date): string {
  const date = `${String(time.getFullYear()).padStart(4, '0')}-${pad2(time.getMonth() + 1)}-${pad2(time.getDate())}`;
  return `${date} ${pad2(time.getHours())}:${pad2(time.getMinutes())}:${pad2(time.getSeconds())}`;
}

/** Marks a cut list in "Niet geëxporteerd". */
const CUT = '…';

/**
 * The "Niet geëxporteerd" text of an export: the number of blocked rows, then their sheet rows in
 * ascending order (`3: 5, 9, 12`), or `0` when none was left out. `0` rather than blank: a blank
 * cell is what a batch never exported (or exported by an earlier version) shows, `0` says the last
 * export left nothing out. When the list would not fit in a cell (Excel: 32,767 characters) it is
 * cut after the last row that fits and ends in `…`; the count stays exact (the pane and the sheet
 * marks list every row). Duplicates count once. Throws on a row that is not a sheet row (a caller's
 * bug: rows come from core's plan), before anything is queued.
 *
 * @example
 * ```ts
 * formatNotExported([]); // '0'
 * formatNotExported([12, 5, 9]); // '3: 5, 9, 12'
 * const many = Array.from({ length: 20_000 }, (_, i) => i + 2); // rows 2..20001
 * formatNotExported(many); // '20000: 2, 3, 4, 5, 6, 7, …' listed up to row 5644, then ', …' (32,762 characters)
 * ```
 */
export function formatNotExported(blockedRows: readonly number[]): string {
  const rows = [...new Set(blockedRows)].sort((a, b) => a - b);
  for (const row of rows) {
    if (!Number.isInteger(row) || row < 1) throw new RangeError(`formatNotExported: ${row} is no sheet row`);
  }
  if (rows.length === 0) return '0';
  let text = `${rows.length}: `;
  for (let i = 0; i < rows.length; i++) {
    const item = `${i === 0 ? '' : ', '}${rows[i]}`;
    const isLast = i === rows.length - 1;
    // Room for the item, and, unless it is the last, for the ", …" a later cut would add.
    const reserve = isLast ? 0 : `, ${CUT}`.length;
    if (text.length + item.length + reserve > MAX_CELL_TEXT_LENGTH) {
      return `${text}${i === 0 ? '' : ', '}${CUT}`;
    }
    text += item;
  }
  return text;
}

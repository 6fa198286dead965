import { checkLinesPerFile, registrationsPerFile } from './settings';

/**
 * SPEC: "At most 100 lines per file, the header line included ..., so 99 registrations. ... More
 * rows go into further files, in sheet order: registrations 1-99 in part 1, 100-198 in part 2".
 * These helpers take the number of registrations per file (settings.ts: registrationsPerFile).
 */

function assertLimit(maxPerFile: number): void {
  // planExport checks the setting first (checkLinesPerFile); reaching here with a bad count is a bug.
  if (!Number.isSafeInteger(maxPerFile) || maxPerFile < 1) {
    throw new Error(`splitIntoFiles: maxPerFile must be a positive integer, got ${maxPerFile}`);
  }
}

/**
 * How many files `itemCount` registrations make with at most `maxPerFile` per file (0 for none).
 *
 * @example
 * ```ts
 * countFiles(230, 100); // 3
 * countFiles(0, 100); // 0
 * ```
 */
export function countFiles(itemCount: number, maxPerFile: number): number {
  assertLimit(maxPerFile);
  return Math.ceil(itemCount / maxPerFile);
}

/**
 * Cuts `items` into consecutive chunks of at most `maxPerFile`, keeping their order: chunk k
 * holds items (k-1)*max+1 .. k*max. No items -> no chunks. Throws only when `maxPerFile` is not
 * a positive integer (a broken invariant: settings are validated before).
 *
 * @example
 * ```ts
 * splitIntoFiles([1, 2, 3, 4, 5], 2); // [[1, 2], [3, 4], [5]]
 * splitIntoFiles([], 100); // []
 * ```
 */
export function splitIntoFiles<T>(items: readonly T[], maxPerFile: number): T[][] {
  assertLimit(maxPerFile);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += maxPerFile) {
    chunks.push(items.slice(start, start + maxPerFile));
  }
  return chunks;
}

/**
 * The file (part) a registration-sheet row goes into when the rows are contiguous and all
 * exportable, or 0 for the header row and above; null when `linesPerFile` is refused by
 * checkLinesPerFile. SPEC: "On a registration sheet (header in row 1) the sheet row number is the
 * file's line number while rows are contiguous: the overflow band starts at sheet row 101". The
 * sheet's live band (src/excel/overLimitBands.ts) is this rule as an Excel
 * formula; an empty or blocked row above moves the real boundary down, which the pane shows.
 *
 * @example
 * ```ts
 * sheetRowPart(100, 100); // 1 (line 100 of file 1)
 * sheetRowPart(101, 100); // 2 (the band starts here)
 * sheetRowPart(1, 100); // 0 (the header)
 * ```
 */
export function sheetRowPart(sheetRow: number, linesPerFile: number): number | null {
  const lines = checkLinesPerFile(linesPerFile);
  if (!lines.ok) return null;
  if (sheetRow < 2) return 0;
  return Math.ceil((sheetRow - 1) / registrationsPerFile(lines.value));
}

/**
 * SPEC: "At most 100 registrations per file (make the limit one setting, default 100); more
 * rows go into further files, in sheet order: rows 1-100 in part 1, 101-200 in part 2, ...".
 */

function assertLimit(maxPerFile: number): void {
  // parseSettings rejects a bad limit (settings_max_rows); reaching here with one is a bug.
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

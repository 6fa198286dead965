/** Inclusive span of Excel rows (1-based). */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Spans of consecutive rows from sorted, distinct Excel rows: one range (and one read or write)
 * per span instead of one per row.
 *
 * @example
 * ```ts
 * rowSpans([2, 3, 4, 9]); // [{ first: 2, last: 4 }, { first: 9, last: 9 }]
 * ```
 */
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

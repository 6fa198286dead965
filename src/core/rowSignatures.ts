import type { Issue } from './types';

/*
 * A row's findings as one comparable text, to tell which rows' findings changed between two
 * validations of a sheet (the live re-check: "this edit made row 7 a duplicate of row 250").
 */

/**
 * The findings of each row as comparable text: code, cell, fix and parameters of each finding, in
 * the report's order. Rows without findings are absent.
 *
 * @example
 * ```ts
 * rowSignatures(report.issues).get(7); // 'insz_checksum|insz||{};'
 * ```
 */
export function rowSignatures(issues: readonly Issue[]): Map<number, string> {
  const byRow = new Map<number, string>();
  for (const issue of issues) {
    const line = `${issue.code}|${issue.column ?? ''}|${issue.fix ?? ''}|${JSON.stringify(issue.params)};`;
    byRow.set(issue.row, (byRow.get(issue.row) ?? '') + line);
  }
  return byRow;
}

/**
 * Rows whose findings differ between two {@link rowSignatures}, ascending: changed, new or gone.
 *
 * @example
 * ```ts
 * rowsWithOtherFindings(rowSignatures(before.issues), rowSignatures(after.issues)); // [7, 250]
 * ```
 */
export function rowsWithOtherFindings(
  before: ReadonlyMap<number, string>,
  after: ReadonlyMap<number, string>,
): number[] {
  const rows = new Set<number>();
  for (const [row, signature] of after) if (before.get(row) !== signature) rows.add(row);
  for (const row of before.keys()) if (!after.has(row)) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}

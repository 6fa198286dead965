import { type Issue, REGISTRATION_COLUMNS, type RegistrationColumn } from '../../core';
import type { SheetMapping } from '../../excel/sheetMapping';

/*
 * Where an issue of a checked sheet sits: its column index on the sheet through the mapping the
 * check used. Row-level findings (duplicate_person, identity_missing) point at the row's first
 * mapped cell, so a click still lands on the row.
 */

export const isRegistrationColumn = (column: Issue['column']): column is RegistrationColumn =>
  column !== null && (REGISTRATION_COLUMNS as readonly string[]).includes(column);

/**
 * The 0-based sheet column of the issue's cell, or null when the issue has no cell (row 0: the
 * sheet or the batch) or nothing is mapped.
 *
 * @example
 * ```ts
 * issueColumnIndex(REGISTRATION_SHEET_MAPPING, { row: 5, column: 'naam', ... }); // 1 (column B)
 * ```
 */
export function issueColumnIndex(mapping: SheetMapping, issue: Issue): number | null {
  if (issue.row < 1) return null;
  const first = REGISTRATION_COLUMNS.map((column) => mapping.columns[column]).find(
    (index): index is number => index !== null && index !== undefined,
  );
  if (isRegistrationColumn(issue.column)) return mapping.columns[issue.column] ?? first ?? null;
  return first ?? null;
}

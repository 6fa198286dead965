import type { IssueCode } from './issueCodes';
import type { Issue } from './types';

/*
 * The fixes core proposes (SPEC "Nothing is lost": "fixes are offered one by one or per kind, each
 * an explicit click"). A fixable finding carries the corrected cell text in `Issue.fix`; what kind
 * of fix it is decides which "fix all of this kind" button offers it.
 */

/**
 * What a fix does: trim the edges, put lost leading zeros back, turn an Excel date into text,
 * store a number, date or boolean in a text column as the text Excel shows, or (day register)
 * write a near-duplicate group's field with the other group's spelling.
 */
export type FixKind = 'trim' | 'leadingZeros' | 'dateToText' | 'shownAsText' | 'unifySpelling';

/** Every kind of fix. */
export const FIX_KINDS: readonly FixKind[] = [
  'trim',
  'leadingZeros',
  'dateToText',
  'shownAsText',
  'unifySpelling',
];

/**
 * The kind of fix of each fixable code (SPEC: the codes marked "fixable"): the one source of
 * fixability; `FIXABLE_CODES` (issueCodes.ts) is its keys. A code without a kind is not fixable.
 *
 * @example
 * ```ts
 * FIX_KIND_OF_CODE.birthdate_is_date; // 'dateToText'
 * FIX_KIND_OF_CODE.insz_checksum; // undefined
 * ```
 */
export const FIX_KIND_OF_CODE: Readonly<Partial<Record<IssueCode, FixKind>>> = {
  whitespace_edge: 'trim',
  insz_leading_zero_lost: 'leadingZeros',
  birthdate_leading_zero_lost: 'leadingZeros',
  birthdate_is_date: 'dateToText',
  cell_not_text: 'shownAsText',
  register_near_duplicate: 'unifySpelling',
};

/**
 * The kind of fix a finding offers: null when its code is not fixable or it carries no `fix`
 * (nothing to write).
 *
 * @example
 * ```ts
 * fixKindOf({ code: 'whitespace_edge', row: 4, column: 'naam', severity: 'warning', params: {}, fix: 'Peeters' });
 * // 'trim'
 * ```
 */
export function fixKindOf(issue: Issue): FixKind | null {
  if (issue.fix === undefined) return null;
  return FIX_KIND_OF_CODE[issue.code] ?? null;
}

/** Key of a cell in {@link fixesByCell}. */
export function cellKey(row: number, column: string): string {
  return `${row}|${column}`;
}

/**
 * The finding whose fix applies to each cell: the first issue with a `fix` per (row, column), in
 * the report's order (core's issue order), keyed by {@link cellKey}.
 *
 * @example
 * ```ts
 * const fixes = fixesByCell(report.issues);
 * fixes.get(cellKey(7, 'geboortedatum'))?.fix; // '05032012'
 * ```
 */
export function fixesByCell(issues: readonly Issue[]): ReadonlyMap<string, Issue> {
  const fixes = new Map<string, Issue>();
  for (const issue of issues) {
    if (issue.fix === undefined || issue.column === null) continue;
    const key = cellKey(issue.row, issue.column);
    if (!fixes.has(key)) fixes.set(key, issue);
  }
  return fixes;
}

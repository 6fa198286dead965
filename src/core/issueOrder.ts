import { type IssueCode, REGISTRATION_ISSUE_CODES } from './issueCodes';
import { type Issue, REGISTRATION_COLUMNS } from './types';

/*
 * The order of findings (SPEC "Issues": a report lists them by row): by row, then column in file
 * order (row-level findings last), then code in REGISTRATION_ISSUE_CODES order. validateRegistrations
 * produces it; whoever merges or re-sorts findings (the task pane's live updates) asks this module.
 */

const COLUMN_RANK: ReadonlyMap<Issue['column'], number> = new Map(
  REGISTRATION_COLUMNS.map((column, i) => [column, i]),
);
/** Row-level findings (column null) and batch fields come after the five columns. */
const ROW_LEVEL_RANK = REGISTRATION_COLUMNS.length;
const CODE_RANK: ReadonlyMap<IssueCode, number> = new Map(
  REGISTRATION_ISSUE_CODES.map((code, i) => [code, i]),
);
/** Codes of other reports (batch fields, the day register) come after the registration codes. */
const OTHER_CODE_RANK = REGISTRATION_ISSUE_CODES.length;

/**
 * Sort key of a finding within its row: column rank, then code rank.
 *
 * @example
 * ```ts
 * issueRankInRow('insz', 'insz_checksum') < issueRankInRow('naam', 'whitespace_edge'); // true
 * issueRankInRow(null, 'duplicate_person') < issueRankInRow(null, 'rows_over_limit'); // true
 * ```
 */
export function issueRankInRow(column: Issue['column'], code: IssueCode): number {
  return (
    (COLUMN_RANK.get(column) ?? ROW_LEVEL_RANK) * (OTHER_CODE_RANK + 1) +
    (CODE_RANK.get(code) ?? OTHER_CODE_RANK)
  );
}

/**
 * Compares two findings in report order (row, then {@link issueRankInRow}); for
 * `Array.prototype.sort`, which is stable, so findings of equal rank keep their order.
 *
 * @example
 * ```ts
 * issues.sort(compareIssues); // the order validateRegistrations reports
 * ```
 */
export function compareIssues(a: Issue, b: Issue): number {
  return a.row - b.row || issueRankInRow(a.column, a.code) - issueRankInRow(b.column, b.code);
}

import {
  type Issue,
  REGISTRATION_COLUMNS,
  REGISTRATION_ISSUE_CODES,
  type ValidationCounts,
  type ValidationReport,
} from '../core';
import type { SheetIssuesUpdate } from '../excel/watchRegistrationSheets';

/*
 * Puts a live re-check (src/excel/events watchRegistrationSheets) into the results "Controleren"
 * shows. No rule lives here: every finding comes from core, through the watcher's report; this
 * only decides which shown findings the update replaces.
 *
 * Why not simply show the watcher's report: it cannot hold duplicate_across_batches (the other
 * batches' sheets are not watched, events.ts), which the full check did compare. So the shown
 * findings of the rows an update re-checked are replaced by the fresh ones, and every other row
 * keeps what it had, its duplicate_across_batches included. A row whose cells changed loses its
 * duplicate_across_batches (it may no longer hold, and whether a new one holds only a full check
 * can tell: the pane says so); a row only "affected" (a duplicate in the batch appeared or went
 * away elsewhere) keeps it, since its cells, and so its match with the other batches, are as
 * they were.
 */

/** What the pane shows of a checked registration sheet (a part of CheckResult). */
export interface ShownFindings {
  /** Sheet-level findings (header_mismatch) first, then `report.issues`. */
  readonly issues: readonly Issue[];
  readonly report: ValidationReport;
}

/** The parts of the watcher's update the merge reads. */
export type LiveUpdate = Pick<
  SheetIssuesUpdate,
  'reason' | 'changedRows' | 'affectedRows' | 'report' | 'headerIssues'
>;

export interface MergedFindings extends ShownFindings {
  /**
   * Rows whose cells changed, ascending: the edit's rows; every row after a re-read; for the
   * watcher's first read, the rows whose findings differ from the check's (edited while the check
   * or the start of watching ran).
   */
  readonly changedRows: readonly number[];
  /** duplicate_across_batches findings no longer shown because their row changed. */
  readonly droppedAcrossBatches: number;
}

const ACROSS_BATCHES = 'duplicate_across_batches';

const isAcrossBatches = (issue: Issue): boolean => issue.code === ACROSS_BATCHES;

/** Core's order within a row: column in file order (row-level last), then code order. */
const COLUMN_RANK = new Map<Issue['column'], number>(REGISTRATION_COLUMNS.map((column, i) => [column, i]));
const CODE_RANK = new Map<string, number>(REGISTRATION_ISSUE_CODES.map((code, i) => [code, i]));
const rankOf = (issue: Issue): number =>
  (COLUMN_RANK.get(issue.column) ?? REGISTRATION_COLUMNS.length) * 1024 +
  (CODE_RANK.get(issue.code) ?? REGISTRATION_ISSUE_CODES.length);

/** A row's findings as comparable text (code, cell, fix and parameters, in order). */
function signaturesByRow(issues: readonly Issue[]): Map<number, string> {
  const byRow = new Map<number, string>();
  for (const issue of issues) {
    if (isAcrossBatches(issue)) continue;
    const line = `${issue.code}|${issue.column ?? ''}|${issue.fix ?? ''}|${JSON.stringify(issue.params)};`;
    byRow.set(issue.row, (byRow.get(issue.row) ?? '') + line);
  }
  return byRow;
}

/** Rows whose findings differ between two validations, duplicate_across_batches aside; ascending. */
function rowsWithOtherFindings(before: readonly Issue[], after: readonly Issue[]): number[] {
  const old = signaturesByRow(before);
  const fresh = signaturesByRow(after);
  const rows = new Set<number>();
  for (const [row, signature] of fresh) if (old.get(row) !== signature) rows.add(row);
  for (const row of old.keys()) if (!fresh.has(row)) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}

function countBySeverity(issues: readonly Issue[]): Pick<ValidationCounts, 'errors' | 'warnings' | 'infos'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errors++;
    else if (issue.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

function merged(
  update: LiveUpdate,
  issues: Issue[],
  changedRows: readonly number[],
  droppedAcrossBatches: number,
): MergedFindings {
  return {
    issues: [...update.headerIssues, ...issues],
    // Rows, verdicts and files are the watcher's (duplicate_across_batches is a warning: it never
    // changes a verdict); the finding counts are those of what is shown.
    report: {
      ...update.report,
      issues,
      counts: { ...update.report.counts, ...countBySeverity(issues) },
    },
    changedRows,
    droppedAcrossBatches,
  };
}

/**
 * The shown findings of a registration sheet with a live re-check put in: the findings of the
 * rows the update re-checked (changed and affected rows) are replaced by the update's, every other
 * row keeps its own; the header findings, row counts, verdicts and file count are the update's,
 * the finding counts are recounted. Issues stay in core's order (row, column, code).
 *
 * @example
 * ```ts
 * const next = mergeLiveUpdate(result, update); // update from watchRegistrationSheets' onIssues
 * setResult({ ...result, issues: next.issues, report: next.report });
 * ```
 */
export function mergeLiveUpdate(shown: ShownFindings, update: LiveUpdate): MergedFindings {
  const before = shown.report.issues;
  if (update.reason === 'reread') {
    // Rows were inserted or deleted (or a large paste): row numbers may have moved, so nothing
    // shown can be matched to a row any more.
    return merged(
      update,
      [...update.report.issues],
      update.changedRows,
      before.filter(isAcrossBatches).length,
    );
  }
  const changedRows =
    update.reason === 'initial'
      ? rowsWithOtherFindings(before, update.report.issues)
      : [...update.changedRows].sort((a, b) => a - b);
  const changed = new Set(changedRows);
  const replaced = new Set(changedRows);
  if (update.reason === 'edit') for (const row of update.affectedRows) replaced.add(row);

  const fresh = new Map<number, Issue[]>();
  const add = (issue: Issue): void => {
    const list = fresh.get(issue.row);
    if (list === undefined) fresh.set(issue.row, [issue]);
    else list.push(issue);
  };
  for (const issue of update.report.issues) if (replaced.has(issue.row)) add(issue);
  let dropped = 0;
  const resort = new Set<number>();
  for (const issue of before) {
    if (!isAcrossBatches(issue) || !replaced.has(issue.row)) continue;
    if (changed.has(issue.row)) dropped++;
    else {
      add(issue);
      resort.add(issue.row);
    }
  }
  // Array.prototype.sort is stable: findings of equal rank keep core's order.
  for (const row of resort) fresh.get(row)?.sort((a, b) => rankOf(a) - rankOf(b));

  // Both lists are in row order: merge them.
  const rows = [...replaced].sort((a, b) => a - b);
  const issues: Issue[] = [];
  let next = 0;
  const takeFreshBefore = (row: number): void => {
    for (; next < rows.length && (rows[next] as number) < row; next++) {
      for (const issue of fresh.get(rows[next] as number) ?? []) issues.push(issue);
    }
  };
  for (const issue of before) {
    if (replaced.has(issue.row)) continue;
    takeFreshBefore(issue.row);
    issues.push(issue);
  }
  takeFreshBefore(Infinity);
  return merged(update, issues, changedRows, dropped);
}

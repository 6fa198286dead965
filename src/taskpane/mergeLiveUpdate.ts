import {
  compareIssues,
  countBySeverity,
  type Issue,
  rowSignatures,
  rowsWithOtherFindings,
  type ValidationReport,
} from '../core';
import type { SheetIssuesUpdate } from '../excel/watchRegistrationSheets';

/*
 * Puts a live re-check (src/excel/watchRegistrationSheets) into the results "Controleren"
 * shows. No rule lives here: every finding comes from core, through the watcher's report, and so
 * do their order (compareIssues), counts (countBySeverity) and row signatures; this only decides
 * which shown findings the update replaces.
 *
 * Why not simply show the watcher's report: it cannot hold duplicate_across_batches (the other
 * batches' sheets are not watched: docs/decisions/0002), which the full check did compare. So the
 * shown findings of the rows an update re-checked are replaced by the fresh ones, and every other row
 * keeps what it had, its duplicate_across_batches included. A row whose cells changed loses its
 * duplicate_across_batches (it may no longer hold, and whether a new one holds only a full check
 * can tell: the pane says so); a row only "affected" (a duplicate in the batch appeared or went
 * away elsewhere) keeps it, since its cells, and so its match with the other batches, are as
 * they were.
 */

/** What the pane shows of a checked registration sheet (a part of CheckResult). */
export interface ShownFindings {
  /** Sheet-level findings (header_mismatch, formula_value) first, then `report.issues`. */
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

/** Rows whose findings differ between two validations, duplicate_across_batches aside; ascending. */
function rowsWithOtherFindingsThanShown(before: readonly Issue[], after: readonly Issue[]): number[] {
  const kept = (issues: readonly Issue[]) => rowSignatures(issues.filter((issue) => !isAcrossBatches(issue)));
  return rowsWithOtherFindings(kept(before), kept(after));
}

/**
 * Sheet-level findings of the check the watcher does not make again: formula_value (where the
 * data holds formulas and spilled arrays; the watcher reads values only). Kept as the check found
 * them until the next Controleren.
 */
const keptSheetNotes = (shown: ShownFindings): Issue[] =>
  shown.issues.filter((issue) => issue.code === 'formula_value');

function merged(
  shown: ShownFindings,
  update: LiveUpdate,
  issues: Issue[],
  changedRows: readonly number[],
  droppedAcrossBatches: number,
): MergedFindings {
  return {
    issues: [...update.headerIssues, ...keptSheetNotes(shown), ...issues],
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
      shown,
      update,
      [...update.report.issues],
      update.changedRows,
      before.filter(isAcrossBatches).length,
    );
  }
  const changedRows =
    update.reason === 'initial'
      ? rowsWithOtherFindingsThanShown(before, update.report.issues)
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
  // In core's order (compareIssues; a stable sort: findings of equal rank keep their order).
  for (const row of resort) fresh.get(row)?.sort(compareIssues);

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
  return merged(shown, update, issues, changedRows, dropped);
}

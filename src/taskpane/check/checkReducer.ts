import type { ExportSettings, Issue, RegistrationRow } from '../../core';
import type { MappingProposal } from '../../excel/proposeMapping';
import type { SheetIssuesUpdate } from '../../excel/watchRegistrationSheets';
import type { SheetCopyOf } from '../../excel/sheetCopyOf';
import type { BatchColumns, CheckResult, InspectOutcome, MappedCheckOutcome } from '../checkSheet';
import type { WatchTarget } from '../hooks/useSheetWatch';
import { mergeLiveUpdate } from '../mergeLiveUpdate';

/*
 * "Controleren" as a pure state machine (issue #12): what the tab shows, which sheet is watched and
 * what it last said, as data. No Excel, no clock, no DOM, no texts: the controller hook
 * (useCheckController.ts) runs the workbook actions and dispatches their outcomes here; the
 * component (CheckTab.tsx) renders the state in the pane's language.
 *
 * The live watch is started and stopped here only: `watch` is the one target useSheetWatch
 * follows. A check or a fix suspends it (`suspended`), its outcome replaces it, a failure or a
 * cancel resumes it.
 */

/** What a live update re-checked (rendered in the pane's language). */
export type LiveNote =
  | { readonly kind: 'rows'; readonly firstRow: number; readonly rows: number }
  | { readonly kind: 'header' }
  | { readonly kind: 'sheet' }
  | { readonly kind: 'since_check'; readonly rows: number };

export type CheckView =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'mapping';
      readonly sheetName: string;
      readonly proposal: MappingProposal | null;
      readonly usedRange: string | null;
      /** The batch columns of a list read as a day's register (issue #9); null for other sheets. */
      readonly registerBatch: BatchColumns | null;
      /** The confirmed mapping was refused (invalid_mapping): the step says so. */
      readonly problem: boolean;
      /** The sheet is a copy of a batch's sheet (checkSheet.ts InspectOutcome): the step says so. */
      readonly copyOf?: SheetCopyOf;
    }
  | {
      readonly kind: 'result';
      readonly result: CheckResult;
      /** The check this result comes from; live updates of another check's watch are dropped. */
      readonly checkId: number;
      /** The last live update's note; `seq` renders it anew, so the same text is announced again. */
      readonly live: { readonly note: LiveNote; readonly seq: number } | null;
      /** A live update re-checked rows that only a full check compares with the other batches. */
      readonly acrossBatchesStale: boolean;
    }
  | { readonly kind: 'message'; readonly reason: 'empty' | 'not_found'; readonly sheetName: string };

/** The short line after an action (a fix, the marks), as data. */
export type CheckNotice =
  | { readonly kind: 'fixed'; readonly cells: number }
  | { readonly kind: 'marked'; readonly cells: number }
  | { readonly kind: 'marks_cleared'; readonly cells: number }
  | { readonly kind: 'sheet_not_found'; readonly sheetName: string }
  | { readonly kind: 'marks_sheet_taken' };

export interface CheckState {
  readonly view: CheckView;
  readonly notice: CheckNotice | null;
  /** The sheet watched for live updates: the one target useSheetWatch follows. */
  readonly watch: WatchTarget | null;
  /** The watch a running check or fix stopped; resumed when that action ends without a result. */
  readonly suspended: WatchTarget | null;
  /** Id of the last check shown (each shown check gets the next one). */
  readonly checks: number;
  /** Bumped when a check's result (or its message) is shown: the pane moves focus to it. */
  readonly focusRequest: number;
}

export const INITIAL_CHECK_STATE: CheckState = {
  view: { kind: 'idle' },
  notice: null,
  watch: null,
  suspended: null,
  checks: 0,
  focusRequest: 0,
};

export type CheckAction =
  /** A check, a re-check after fixes, or fixes start: the watch stops while they run. */
  | { readonly type: 'action_started'; readonly clearsNotice: boolean }
  /**
   * The action was cancelled or failed (ErrorBar says why): the shown result is watched again.
   * `fixed`: the fixes before a re-check that failed did change cells (said in the notice).
   */
  | { readonly type: 'action_failed'; readonly fixed?: number }
  /** A check ended; `mapping` is the step that was confirmed (invalid_mapping shows it again). */
  | {
      readonly type: 'checked';
      readonly outcome: InspectOutcome | MappedCheckOutcome;
      readonly settings: ExportSettings;
      readonly mapping?: {
        readonly proposal: MappingProposal | null;
        readonly usedRange: string | null;
        readonly registerBatch: BatchColumns | null;
      };
      /** Cells the fixes before this re-check changed (shown as the notice). */
      readonly fixed?: number;
    }
  /** The fixes found their sheet gone. */
  | { readonly type: 'fix_sheet_missing'; readonly sheetName: string }
  /** Marking or clearing started (the watch keeps running: fills are no edit of values). */
  | { readonly type: 'marks_started' }
  | { readonly type: 'marks_done'; readonly notice: CheckNotice }
  /** A live re-check of the watched sheet (useSheetWatch), with the target it belongs to. */
  | { readonly type: 'live_update'; readonly update: SheetIssuesUpdate; readonly target: WatchTarget };

function liveNoteOf(update: SheetIssuesUpdate, changedRows: readonly number[]): LiveNote | null {
  switch (update.reason) {
    case 'initial':
      // The watcher's first read: only worth a note when rows changed after the check read them.
      return changedRows.length === 0 ? null : { kind: 'since_check', rows: changedRows.length };
    case 'reread':
      return { kind: 'sheet' };
    case 'edit': {
      const first = changedRows[0];
      return first === undefined
        ? { kind: 'header' }
        : { kind: 'rows', firstRow: first, rows: changedRows.length };
    }
  }
}

function shown(
  state: CheckState,
  action: Extract<CheckAction, { type: 'checked' }>,
): Omit<CheckState, 'notice' | 'suspended'> {
  const { outcome, settings, mapping } = action;
  const focusRequest = state.focusRequest + 1;
  switch (outcome.kind) {
    case 'checked': {
      const checkId = state.checks + 1;
      const { result } = outcome;
      return {
        view: { kind: 'result', result, checkId, live: null, acrossBatchesStale: false },
        // Only the add-in's registration sheets have the fixed layout the watcher reads (A:E).
        watch:
          result.source.kind === 'registration'
            ? { checkId, sheetName: result.sheetName, batch: result.source.batch, settings }
            : null,
        checks: checkId,
        focusRequest,
      };
    }
    case 'mapping':
      return { ...state, view: { ...outcome, problem: false }, watch: null, focusRequest };
    case 'invalid_mapping':
      return {
        ...state,
        view: {
          kind: 'mapping',
          sheetName: outcome.sheetName,
          proposal: mapping?.proposal ?? null,
          usedRange: mapping?.usedRange ?? null,
          registerBatch: mapping?.registerBatch ?? null,
          problem: true,
        },
        watch: null,
        focusRequest,
      };
    case 'empty':
    case 'not_found':
      return {
        ...state,
        view: { kind: 'message', reason: outcome.kind, sheetName: outcome.sheetName },
        watch: null,
        focusRequest,
      };
  }
}

/**
 * The next state of "Controleren" after `action`. Pure: the same state and action always give
 * the same next state.
 *
 * @example
 * ```ts
 * let state = checkReducer(INITIAL_CHECK_STATE, { type: 'action_started', clearsNotice: true });
 * state = checkReducer(state, { type: 'checked', outcome, settings });
 * state.watch; // the registration sheet just checked, or null
 * ```
 */
export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case 'action_started':
      return {
        ...state,
        notice: action.clearsNotice ? null : state.notice,
        // A second start (the re-check after fixes) keeps the watch the first one stopped.
        suspended: state.watch ?? state.suspended,
        watch: null,
      };
    case 'action_failed':
      // Watching again starts with a read of the whole sheet, which brings the shown result up
      // to date with whatever the failed action did write.
      return {
        ...state,
        notice: action.fixed === undefined ? state.notice : { kind: 'fixed', cells: action.fixed },
        watch: state.suspended,
        suspended: null,
      };
    case 'checked':
      return {
        ...shown(state, action),
        notice: action.fixed === undefined ? null : { kind: 'fixed', cells: action.fixed },
        suspended: null,
      };
    case 'fix_sheet_missing':
      return {
        ...state,
        view: { kind: 'message', reason: 'not_found', sheetName: action.sheetName },
        watch: null,
        suspended: null,
        focusRequest: state.focusRequest + 1,
      };
    case 'marks_started':
      return { ...state, notice: null };
    case 'marks_done':
      return { ...state, notice: action.notice };
    case 'live_update':
      return liveUpdated(state, action.update, action.target);
  }
}

function liveUpdated(state: CheckState, update: SheetIssuesUpdate, target: WatchTarget): CheckState {
  // A fix's or a mark's notice is about the sheet before the user's edit.
  const notice = update.reason === 'initial' ? state.notice : null;
  const current = state.view;
  if (current.kind !== 'result' || current.checkId !== target.checkId) return { ...state, notice };
  const merged = mergeLiveUpdate(current.result, update);
  const note = liveNoteOf(update, merged.changedRows);
  const { source } = current.result;
  const comparesBatches = source.kind === 'registration' && source.comparedBatches > 0;
  return {
    ...state,
    notice,
    view: {
      ...current,
      result: {
        ...current.result,
        sheetName: update.sheetName,
        issues: merged.issues,
        report: merged.report,
        cells: liveCells(current.result.cells, update, merged.issues),
      },
      live: note === null ? current.live : { note, seq: (current.live?.seq ?? 0) + 1 },
      acrossBatchesStale:
        current.acrossBatchesStale ||
        merged.droppedAcrossBatches > 0 ||
        (comparesBatches && merged.changedRows.length > 0),
    },
  };
}

/**
 * The shown cells after a live update: the re-checked rows' cells are the update's (a value the
 * user just changed is never shown as it was), the other rows keep theirs; only rows with a
 * finding are kept.
 */
function liveCells(
  before: CheckResult['cells'],
  update: SheetIssuesUpdate,
  issues: readonly Issue[],
): CheckResult['cells'] {
  const cells = update.reason === 'reread' ? new Map<number, RegistrationRow['cells']>() : new Map(before);
  for (const row of update.changedRows) cells.delete(row);
  for (const row of update.affectedRows) cells.delete(row);
  const wanted = new Set(issues.map((issue) => issue.row));
  for (const row of update.rows) if (wanted.has(row.row)) cells.set(row.row, row.cells);
  return cells;
}

import { useCallback, useReducer } from 'react';
import { type ExportSettings, type FixKind, type Issue, fixKindOf } from '../../core';
import type { SheetIssuesUpdate } from '../../excel/watchRegistrationSheets';
import type { RegisterMapping } from '../../excel/registerMapping';
import type { SheetMapping } from '../../excel/sheetMapping';
import { checkWithMapping, inspectActiveSheet, recheck, selectIssueCell } from '../checkSheet';
import { useAction } from '../hooks/useAction';
import { type WatchTarget, useSheetWatch } from '../hooks/useSheetWatch';
import { clearSheetMarks, fixCells, markSheet } from '../sheetActions';
import { type CheckState, INITIAL_CHECK_STATE, checkReducer } from './checkReducer';
import { issueColumnIndex } from './issueCell';

/*
 * The controller of "Controleren" (issue #12): runs the workbook actions through the orchestration
 * (checkSheet.ts, sheetActions.ts, one action at a time: oneAction.ts), follows the live watch
 * (useSheetWatch) and dispatches every outcome to the pure checkReducer. The clock is injected, so
 * the component holds neither Excel calls nor `new Date()`.
 */

/** The pane's clock: "today" for the date rules and the fixes (core never reads the clock). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export interface CheckControllerOptions {
  readonly settings: ExportSettings;
  readonly now?: Clock;
}

export function useCheckController({ settings, now = systemClock }: CheckControllerOptions) {
  const [state, dispatch] = useReducer(checkReducer, INITIAL_CHECK_STATE);
  const check = useAction();
  const work = useAction();

  const onLiveUpdate = useCallback(
    (update: SheetIssuesUpdate, target: WatchTarget) => dispatch({ type: 'live_update', update, target }),
    [],
  );
  const sheetWatch = useSheetWatch(state.watch, onLiveUpdate);

  const result = state.view.kind === 'result' ? state.view.result : null;

  const inspect = async (): Promise<void> => {
    dispatch({ type: 'action_started', clearsNotice: true });
    const outcome = await check.run((tools) => inspectActiveSheet({ ...tools, settings, now }));
    dispatch(outcome === undefined ? { type: 'action_failed' } : { type: 'checked', outcome, settings });
  };

  const confirmMapping = async (mapping: SheetMapping | RegisterMapping): Promise<void> => {
    const { view } = state;
    if (view.kind !== 'mapping') return;
    const { sheetName, proposal, usedRange, registerBatch } = view;
    dispatch({ type: 'action_started', clearsNotice: true });
    const outcome = await check.run((tools) =>
      checkWithMapping(sheetName, mapping, { ...tools, settings, now }),
    );
    dispatch(
      outcome === undefined
        ? { type: 'action_failed' }
        : { type: 'checked', outcome, settings, mapping: { proposal, usedRange, registerBatch } },
    );
  };

  const canSelect = (issue: Issue): boolean =>
    result !== null && issueColumnIndex(result.mapping, issue) !== null;

  const select = (issue: Issue): void => {
    if (result === null) return;
    const index = issueColumnIndex(result.mapping, issue);
    if (index === null) return;
    void work.run(() => selectIssueCell(result.sheetName, issue.row, index));
  };

  const fix = async (targets: readonly Issue[]): Promise<void> => {
    if (result === null) return;
    const kinds = [...new Set(targets.map(fixKindOf))].filter((kind): kind is FixKind => kind !== null);
    // The watcher ignores the add-in's own writes, so its copy of the rows would miss the fixes:
    // it stops here, and the check after the fixes starts a fresh one.
    dispatch({ type: 'action_started', clearsNotice: true });
    const fixed = await work.run(() =>
      fixCells({
        sheetName: result.sheetName,
        sheetId: result.sheetId,
        mapping: result.mapping,
        targets,
        kinds,
        today: now(),
      }),
    );
    if (fixed === undefined) {
      dispatch({ type: 'action_failed' });
      return;
    }
    if (!fixed.ok) {
      dispatch({ type: 'fix_sheet_missing', sheetName: result.sheetName });
      return;
    }
    const cells = fixed.value.fixed.length;
    dispatch({ type: 'action_started', clearsNotice: false });
    const outcome = await check.run((tools) => recheck(result, { ...tools, settings, now }));
    dispatch(
      outcome === undefined
        ? { type: 'action_failed', fixed: cells }
        : { type: 'checked', outcome, settings, fixed: cells },
    );
  };

  const mark = async (clear: boolean): Promise<void> => {
    if (result === null) return;
    dispatch({ type: 'marks_started' });
    const { sheetName, sheetId, issues, mapping } = result;
    const failed = (reason: 'sheet_not_found' | 'marks_sheet_taken') =>
      reason === 'marks_sheet_taken'
        ? ({ kind: 'marks_sheet_taken' } as const)
        : ({ kind: 'sheet_not_found', sheetName } as const);
    if (clear) {
      const cleared = await work.run(() => clearSheetMarks({ sheetName, sheetId }));
      if (cleared !== undefined)
        dispatch({
          type: 'marks_done',
          notice: cleared.ok
            ? { kind: 'marks_cleared', cells: cleared.value.restoredCells }
            : failed(cleared.reason),
        });
      return;
    }
    const marked = await work.run(() => markSheet({ sheetName, sheetId, issues, columns: mapping.columns }));
    if (marked === undefined) return;
    dispatch({
      type: 'marks_done',
      notice: marked.ok
        ? {
            kind: 'marked',
            cells: marked.value.cells.error + marked.value.cells.warning + marked.value.cells.info,
          }
        : failed(marked.reason),
    });
  };

  const canFix = useCallback((issue: Issue): boolean => fixKindOf(issue) !== null, []);

  return {
    state: state satisfies CheckState,
    result,
    busy: check.busy || work.busy,
    check,
    work,
    sheetWatch,
    inspect,
    confirmMapping,
    canSelect,
    select,
    canFix,
    fix,
    mark,
    now,
  };
}

export type CheckController = ReturnType<typeof useCheckController>;

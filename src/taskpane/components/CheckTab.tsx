import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useId, useRef, useState } from 'react';
import {
  type ExportSettings,
  fixKindOf,
  type FixKind,
  type Issue,
  REGISTRATION_COLUMNS,
  type RegistrationColumn,
  columnLabel,
  renderIssue,
} from '../../core';
import { columnLetter } from '../../excel/a1Address';
import type { MappingProposal } from '../../excel/proposeMapping';
import type { SheetMapping } from '../../excel/sheetMapping';
import type { SheetIssuesUpdate } from '../../excel/watchRegistrationSheets';
import {
  type CheckResult,
  type InspectOutcome,
  type MappedCheckOutcome,
  checkWithMapping,
  inspectActiveSheet,
  recheck,
} from '../checkSheet';
import { type ActionTools, useAction } from '../hooks/useAction';
import { type WatchTarget, useSheetWatch } from '../hooks/useSheetWatch';
import { useTexts } from '../i18n';
import { mergeLiveUpdate } from '../mergeLiveUpdate';
import { clearSheetMarks, fixCells, markSheet } from '../sheetActions';
import { usePaneStyles } from '../styles';
import { selectCell } from '../../excel/navigation';
import { CopySection } from './CopySection';
import { ErrorBar } from './ErrorBar';
import { IssueList } from './IssueList';
import { MappingStep } from './MappingStep';
import { ProgressPanel } from './ProgressPanel';

type View =
  | { kind: 'idle' }
  | {
      kind: 'mapping';
      sheetName: string;
      proposal: MappingProposal | null;
      usedRange: string | null;
      problem: boolean;
    }
  | {
      kind: 'result';
      result: CheckResult;
      /** The check this result comes from; live updates of another check's watch are dropped. */
      checkId: number;
      /** The last live update's note; `seq` renders it anew, so the same text is announced again. */
      live: { note: LiveNote; seq: number } | null;
      /** A live update re-checked rows that only a full check compares with the other batches. */
      acrossBatchesStale: boolean;
    }
  | { kind: 'message'; text: string };

/** What a live update re-checked (its text is rendered in the pane's language). */
type LiveNote =
  | { kind: 'rows'; firstRow: number; rows: number }
  | { kind: 'header' }
  | { kind: 'sheet' }
  | { kind: 'since_check'; rows: number };

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

const isRegistrationColumn = (column: Issue['column']): column is RegistrationColumn =>
  column !== null && (REGISTRATION_COLUMNS as readonly string[]).includes(column);

/**
 * "Controleren" (SPEC "Using it"): checks the active sheet (a registration sheet at once, any
 * other sheet after the user confirms the column mapping), shows a summary and every issue by
 * kind, selects a cell on click, offers the fixes (per kind and per cell, each an explicit click),
 * marks cells on request, and for an existing sheet makes a compliant copy. Long reads show
 * progress and can be cancelled. A checked registration sheet is then watched (src/excel/events):
 * the rows the user edits are re-checked and merged into the shown result (mergeLiveUpdate), with
 * a short note in the status region, until the next check, a check of another sheet, or unmount.
 */
export function CheckTab(props: { settings: ExportSettings }) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const check = useAction();
  const work = useAction();
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const [watchTarget, setWatchTarget] = useState<WatchTarget | null>(null);
  const checks = useRef(0);
  const { settings } = props;

  // Live re-validation (src/excel/events): a checked registration sheet is watched, and each
  // re-check of edited rows is merged into the shown result without reading the sheet again.
  const onLiveUpdate = useCallback((update: SheetIssuesUpdate, target: WatchTarget) => {
    // A fix's or a mark's notice is about the sheet before the user's edit.
    if (update.reason !== 'initial') setNotice(null);
    setView((current) => {
      if (current.kind !== 'result' || current.checkId !== target.checkId) return current;
      const merged = mergeLiveUpdate(current.result, update);
      const note = liveNoteOf(update, merged.changedRows);
      const { source } = current.result;
      const comparesBatches = source.kind === 'registration' && source.comparedBatches > 0;
      return {
        ...current,
        result: {
          ...current.result,
          sheetName: update.sheetName,
          issues: merged.issues,
          report: merged.report,
        },
        live: note === null ? current.live : { note, seq: (current.live?.seq ?? 0) + 1 },
        acrossBatchesStale:
          current.acrossBatchesStale ||
          merged.droppedAcrossBatches > 0 ||
          (comparesBatches && merged.changedRows.length > 0),
      };
    });
  }, []);
  const sheetWatch = useSheetWatch(watchTarget, onLiveUpdate);

  const show = useCallback(
    (
      outcome: InspectOutcome | MappedCheckOutcome | undefined,
      mapping?: { proposal: MappingProposal | null; usedRange: string | null },
    ) => {
      if (outcome === undefined) return;
      switch (outcome.kind) {
        case 'checked': {
          const checkId = ++checks.current;
          const { result: checked } = outcome;
          setView({ kind: 'result', result: checked, checkId, live: null, acrossBatchesStale: false });
          // Only the add-in's registration sheets have the fixed layout the watcher reads (A:E).
          setWatchTarget(
            checked.source.kind === 'registration'
              ? { checkId, sheetName: checked.sheetName, batch: checked.source.batch, settings }
              : null,
          );
          return;
        }
        case 'mapping':
          setWatchTarget(null);
          setView({ ...outcome, problem: false });
          return;
        case 'invalid_mapping':
          setWatchTarget(null);
          setView({
            kind: 'mapping',
            sheetName: outcome.sheetName,
            proposal: mapping?.proposal ?? null,
            usedRange: mapping?.usedRange ?? null,
            problem: true,
          });
          return;
        case 'empty':
          setWatchTarget(null);
          setView({ kind: 'message', text: m.sheetEmpty(outcome.sheetName) });
          return;
        case 'not_found':
          setWatchTarget(null);
          setView({ kind: 'message', text: m.sheetNotFound(outcome.sheetName) });
          return;
      }
    },
    [m, settings],
  );

  /**
   * Runs a check. The watch of the shown result stops while it runs (its result starts a new
   * one); if the check is cancelled or fails, the shown result stays and is watched again.
   */
  const runCheck = async <T,>(work: (tools: ActionTools) => Promise<T>): Promise<T | undefined> => {
    const watched = watchTarget;
    setWatchTarget(null);
    const outcome = await check.run(work);
    if (outcome === undefined) setWatchTarget(watched);
    return outcome;
  };

  const inspect = async (): Promise<void> => {
    setNotice(null);
    show(await runCheck((tools) => inspectActiveSheet({ ...tools, settings })));
  };

  const confirmMapping = async (mapping: SheetMapping): Promise<void> => {
    if (view.kind !== 'mapping') return;
    const { sheetName, proposal, usedRange } = view;
    setNotice(null);
    show(await runCheck((tools) => checkWithMapping(sheetName, mapping, { ...tools, settings })), {
      proposal,
      usedRange,
    });
  };

  const result = view.kind === 'result' ? view.result : null;

  const columnIndex = (issue: Issue): number | null => {
    if (result === null) return null;
    const mapped = REGISTRATION_COLUMNS.map((column) => result.mapping.columns[column]).filter(
      (index): index is number => index !== null,
    );
    if (isRegistrationColumn(issue.column)) return result.mapping.columns[issue.column] ?? mapped[0] ?? null;
    return mapped[0] ?? null;
  };

  const locate = (issue: Issue): string => {
    if (issue.row < 1) return '';
    if (!isRegistrationColumn(issue.column)) return m.issueRow(issue.row);
    const label = columnLabel(issue.column, lang);
    const index = result?.mapping.columns[issue.column] ?? null;
    const existing = result?.source.kind === 'existing';
    return m.issueLocation(
      issue.row,
      existing && index !== null ? `${label} (${columnLetter(index)})` : label,
    );
  };

  const canSelect = (issue: Issue): boolean => issue.row >= 1 && columnIndex(issue) !== null;

  const onSelect = (issue: Issue): void => {
    const index = columnIndex(issue);
    if (result === null || index === null) return;
    void work.run(() => Excel.run((context) => selectCell(context, result.sheetName, issue.row, index)));
  };

  const canFix = useCallback((issue: Issue): boolean => fixKindOf(issue) !== null, []);

  const onFix = async (targets: readonly Issue[]): Promise<void> => {
    if (result === null) return;
    setNotice(null);
    const kinds = [...new Set(targets.map(fixKindOf))].filter((kind): kind is FixKind => kind !== null);
    // The watcher ignores the add-in's own writes, so its copy of the rows would miss the fixes:
    // it stops here, and the check after the fixes starts a fresh one.
    const watched = watchTarget;
    setWatchTarget(null);
    const fixed = await work.run(() =>
      fixCells({ sheetName: result.sheetName, mapping: result.mapping, targets, kinds, today: new Date() }),
    );
    if (fixed === undefined) {
      // The fixes failed (ErrorBar says why), maybe after some writes: watching again starts with
      // a read of the whole sheet, which brings the shown result up to date.
      setWatchTarget(watched);
      return;
    }
    if (!fixed.ok) {
      setView({ kind: 'message', text: m.sheetNotFound(result.sheetName) });
      return;
    }
    const count = fixed.value.fixed.length;
    const outcome = await check.run((tools) => recheck(result, { ...tools, settings }));
    // Not checked again (cancelled, failed): watching the shown result again starts with a read of
    // the whole sheet, which brings in the fixes.
    if (outcome === undefined) setWatchTarget(watched);
    show(outcome);
    setNotice(count === 0 ? m.fixNothing : m.fixesApplied(count));
  };

  const onMark = async (clear: boolean): Promise<void> => {
    if (result === null) return;
    setNotice(null);
    const { sheetName, issues, mapping } = result;
    const failed = (reason: 'sheet_not_found' | 'marks_sheet_taken'): string =>
      reason === 'marks_sheet_taken' ? m.marksSheetTaken : m.sheetNotFound(sheetName);
    if (clear) {
      const cleared = await work.run(() => clearSheetMarks({ sheetName }));
      if (cleared !== undefined)
        setNotice(cleared.ok ? m.marksCleared(cleared.value.restoredCells) : failed(cleared.reason));
      return;
    }
    const marked = await work.run(() => markSheet({ sheetName, issues, columns: mapping.columns }));
    if (marked === undefined) return;
    if (!marked.ok) {
      setNotice(failed(marked.reason));
      return;
    }
    const { cells } = marked.value;
    setNotice(m.marked(cells.error + cells.warning + cells.info));
  };

  const busy = check.busy || work.busy;

  const liveNoteText = (note: LiveNote): string => {
    switch (note.kind) {
      case 'rows':
        return m.liveUpdatedRows(note.firstRow, note.rows);
      case 'header':
        return m.liveUpdatedHeader;
      case 'sheet':
        return m.liveUpdatedSheet;
      case 'since_check':
        return m.liveUpdatedSinceCheck(note.rows);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {m.checkHeading}
      </h2>
      <p className={styles.intro}>{m.checkIntro}</p>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void inspect()}
          data-testid="check-active-sheet"
        >
          {view.kind === 'result' ? m.checkAgain : m.checkActiveSheet}
        </Button>
      </div>
      {check.busy && (
        <ProgressPanel
          label={m.checking(view.kind === 'result' || view.kind === 'mapping' ? sheetNameOf(view) : '…')}
          progress={check.progress}
          onCancel={check.cancel}
        />
      )}
      <ErrorBar error={check.error} onDismiss={check.clearError} />
      <ErrorBar error={work.error} onDismiss={work.clearError} />
      <ErrorBar error={sheetWatch.error} onDismiss={sheetWatch.clearError} />
      {view.kind === 'mapping' && (
        <MappingStep
          key={`${view.sheetName}|${view.proposal?.mapping.headerRow ?? 0}`}
          sheetName={view.sheetName}
          proposal={view.proposal}
          usedRange={view.usedRange}
          busy={busy}
          problem={view.problem}
          onConfirm={(mapping) => void confirmMapping(mapping)}
        />
      )}
      {/* Not atomic: after a live update only what changed (the summary, the note) is read out. */}
      <div aria-live="polite" aria-atomic="false" role="status" data-testid="check-status">
        {view.kind === 'message' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{view.text}</MessageBarBody>
          </MessageBar>
        )}
        {result !== null && (
          <>
            <p className={styles.muted}>
              {result.source.kind === 'registration'
                ? m.sheetIsRegistration(result.sheetName, result.source.batchId)
                : m.sheetIsExisting(result.sheetName)}
            </p>
            <p className={styles.summary} data-testid="check-summary">
              {m.summaryLine(
                result.report.counts.rows,
                result.report.counts.ready,
                result.report.counts.blocked,
                result.report.counts.empty,
              )}
            </p>
            {sheetWatch.watching && (
              <p className={styles.muted} data-testid="check-live-on">
                {m.liveWatching}
              </p>
            )}
            {view.kind === 'result' && view.live !== null && (
              <p key={view.live.seq} className={styles.muted} data-testid="check-live-note">
                {liveNoteText(view.live.note)}
              </p>
            )}
            {view.kind === 'result' && view.acrossBatchesStale && (
              <p className={styles.muted} data-testid="check-live-stale">
                {m.liveAcrossBatchesStale}
              </p>
            )}
          </>
        )}
        {sheetWatch.missingSheet !== null && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.liveOff(sheetWatch.missingSheet)}</MessageBarBody>
          </MessageBar>
        )}
        {notice !== null && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {result !== null && (
        <>
          {result.source.kind === 'registration' && result.source.batchIssues.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {m.checkBatchInvalid(result.source.batchId)}
                <ul>
                  {result.source.batchIssues.map((issue) => (
                    <li key={`${issue.code}-${issue.column ?? ''}`}>{renderIssue(issue, lang)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {result.report.fileCount > 0 && <p>{m.filesWillBe(result.report.fileCount)}</p>}
          {result.extraColumns.length > 0 && (
            <p className={styles.muted}>
              {m.extraColumnsNote(
                result.extraColumns
                  .map((extra) => (extra.title === '' ? extra.column : `${extra.column} (${extra.title})`))
                  .join(', '),
              )}
            </p>
          )}
          {result.issues.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{m.noIssues}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <div className={styles.row}>
                <Button disabled={busy} onClick={() => void onMark(false)}>
                  {m.markCells}
                </Button>
                <Button disabled={busy} onClick={() => void onMark(true)}>
                  {m.clearMarks}
                </Button>
              </div>
              <p className={styles.muted}>{m.marksHint}</p>
              <IssueList
                issues={result.issues}
                locate={locate}
                canSelect={canSelect}
                onSelect={onSelect}
                canFix={canFix}
                onFix={(targets) => void onFix(targets)}
                busy={busy}
              />
            </>
          )}
          {result.source.kind === 'existing' && (
            <CopySection sheetName={result.sheetName} mapping={result.mapping} settings={settings} />
          )}
        </>
      )}
    </section>
  );
}

function sheetNameOf(view: Extract<View, { kind: 'result' | 'mapping' }>): string {
  return view.kind === 'result' ? view.result.sheetName : view.sheetName;
}

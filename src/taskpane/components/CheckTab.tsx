import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { type ExportSettings, type Issue, columnLabel, renderIssue } from '../../core';
import { columnLetter } from '../../excel/a1Address';
import type { CheckNotice, CheckView, LiveNote } from '../check/checkReducer';
import { isRegistrationColumn } from '../check/issueCell';
import { type Clock, useCheckController } from '../check/useCheckController';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { CopySection } from './CopySection';
import { ErrorBar } from './ErrorBar';
import { IssueList } from './IssueList';
import { MappingStep } from './MappingStep';
import { ProgressPanel } from './ProgressPanel';
import { SheetCopyNote } from './SheetCopyNote';
import { RegisterGroups } from './RegisterGroups';

/**
 * "Controleren" (SPEC "Using it"): checks the active sheet (a registration sheet at once, any
 * other sheet after the user confirms the column mapping), shows a summary and every issue by
 * kind, selects a cell on click, offers the fixes (per kind and per cell, each an explicit click),
 * marks cells on request, and for an existing sheet makes a compliant copy. Long reads show
 * progress and can be cancelled. A checked registration sheet is then watched (src/excel/events):
 * the rows the user edits are re-checked and merged into the shown result (mergeLiveUpdate), with
 * a short note in the status region, until the next check, a check of another sheet, or unmount.
 *
 * Rendering only: the state is check/checkReducer.ts's, the actions check/useCheckController.ts's.
 */
export function CheckTab(props: {
  settings: ExportSettings;
  now?: Clock;
  /** A ribbon "Controleren" press (ribbon.ts StepRequest id): check the active sheet at once. */
  start?: number | null;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const { settings } = props;
  const controller = useCheckController({ settings, ...(props.now === undefined ? {} : { now: props.now }) });
  const { state, result, busy, check, work, sheetWatch } = controller;
  const { view, notice } = state;

  // Focus moves to the result after every check and fix (issue #13): the verdict, or the status
  // region when there is no result (a message). Not on first render (focusRequest 0).
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.focusRequest === 0) return;
    (verdictRef.current ?? statusRef.current)?.focus();
  }, [state.focusRequest]);

  // The ribbon's Controleren (issue #13: "open the pane on that step and start it"): the same as a
  // click on "Controleren", once per press; a press during a running check or fix waits for it.
  const startSeen = useRef<number | null>(null);
  useEffect(() => {
    if (props.start === undefined || props.start === null || props.start === startSeen.current || busy)
      return;
    startSeen.current = props.start;
    void controller.inspect();
    // controller.inspect is a fresh closure every render; this runs once per ribbon press.
  }, [props.start, busy]);

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

  const noticeText = (shown: CheckNotice): string => {
    switch (shown.kind) {
      case 'fixed':
        return shown.cells === 0 ? m.fixNothing : m.fixesApplied(shown.cells);
      case 'marked':
        return m.marked(shown.cells);
      case 'marks_cleared':
        return m.marksCleared(shown.cells);
      case 'sheet_not_found':
        return m.sheetNotFound(shown.sheetName);
      case 'marks_sheet_taken':
        return m.marksSheetTaken;
    }
  };

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

  // Nothing to fix: no error or warning. Information alone (rows_over_limit) is no problem: the
  // file count says it, so a clean sheet of 230 rows gets the success state (issue #13).
  const problems = result === null ? [] : result.issues.filter((issue) => issue.severity !== 'info');
  const markable = problems.some((issue) => issue.row >= 1);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {m.checkHeading}
      </h2>
      {/* Once there is a result, the problems come first: the introduction waits behind "Waarom?". */}
      {view.kind === 'idle' && <p className={styles.intro}>{m.checkIntro}</p>}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void controller.inspect()}
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
      {view.kind === 'mapping' && view.copyOf !== undefined && <SheetCopyNote copyOf={view.copyOf} />}
      {view.kind === 'mapping' && (
        <MappingStep
          key={`${view.sheetName}|${view.proposal?.mapping.headerRow ?? 0}`}
          sheetName={view.sheetName}
          proposal={view.proposal}
          usedRange={view.usedRange}
          registerBatch={view.registerBatch}
          busy={busy}
          problem={view.problem}
          onConfirm={(mapping) => void controller.confirmMapping(mapping)}
        />
      )}
      {/*
       * The result, announced (aria-live polite) and focused after every check and fix: the verdict
       * first, then the success line, the notice and the live note. Not atomic: after a live update
       * only what changed is read out.
       */}
      <div
        ref={statusRef}
        tabIndex={-1}
        className={styles.status}
        aria-live="polite"
        aria-atomic="false"
        role="status"
        data-testid="check-status"
      >
        {view.kind === 'message' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {view.reason === 'empty' ? m.sheetEmpty(view.sheetName) : m.sheetNotFound(view.sheetName)}
            </MessageBarBody>
          </MessageBar>
        )}
        {result !== null && (
          <>
            <p ref={verdictRef} tabIndex={-1} className={styles.summary} data-testid="check-summary">
              {m.summaryLine(
                result.report.counts.rows,
                result.report.counts.ready,
                result.report.counts.blocked,
                result.report.counts.empty,
              )}
            </p>
            {problems.length === 0 && (
              <MessageBar intent="success">
                <MessageBarBody>{m.noIssues}</MessageBarBody>
              </MessageBar>
            )}
            {result.source.kind !== 'register' && (
              <p className={styles.muted}>
                {result.source.kind === 'registration'
                  ? m.sheetIsRegistration(result.sheetName, result.source.batchId)
                  : m.sheetIsExisting(result.sheetName)}
              </p>
            )}
          </>
        )}
        {notice !== null && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{noticeText(notice)}</MessageBarBody>
          </MessageBar>
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
        {sheetWatch.missingSheet !== null && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.liveOff(sheetWatch.missingSheet)}</MessageBarBody>
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
          <IssueList
            issues={problems.length === 0 ? problems : result.issues}
            locate={locate}
            cellsOf={(issue) => result.cells.get(issue.row)}
            canSelect={controller.canSelect}
            onSelect={controller.select}
            canFix={controller.canFix}
            onFix={(targets) => void controller.fix(targets)}
            busy={busy}
          />
          {/* After the problems: the day register's per-group lines (issue #9). */}
          {result.source.kind === 'register' && (
            <RegisterGroups sheetName={result.sheetName} source={result.source} busy={busy} />
          )}
          <section className={styles.section} aria-label={m.checkMore} data-testid="check-secondary">
            {result.report.fileCount > 0 && (
              <p className={styles.explanation}>{m.filesWillBe(result.report.fileCount)}</p>
            )}
            {markable && (
              <div className={styles.row}>
                <Button disabled={busy} onClick={() => void controller.mark(false)}>
                  {m.markCells}
                </Button>
                <Button disabled={busy} onClick={() => void controller.mark(true)}>
                  {m.clearMarks}
                </Button>
              </div>
            )}
            {sheetWatch.watching && (
              <p className={styles.muted} data-testid="check-live-on">
                {m.liveWatching}
              </p>
            )}
            {result.extraColumns.length > 0 && (
              <p className={styles.muted}>
                {m.extraColumnsNote(
                  result.extraColumns
                    .map((extra) => (extra.title === '' ? extra.column : `${extra.column} (${extra.title})`))
                    .join(', '),
                )}
              </p>
            )}
            <details className={styles.details}>
              <summary>{m.whyDetails}</summary>
              <p className={styles.explanation}>{m.checkIntro}</p>
              {markable && <p className={styles.explanation}>{m.marksHint}</p>}
            </details>
          </section>
          {result.source.kind === 'existing' && (
            <CopySection
              sheetName={result.sheetName}
              sheetId={result.sheetId}
              mapping={result.mapping}
              settings={settings}
              now={controller.now}
            />
          )}
        </>
      )}
    </section>
  );
}

function sheetNameOf(view: Extract<CheckView, { kind: 'result' | 'mapping' }>): string {
  return view.kind === 'result' ? view.result.sheetName : view.sheetName;
}

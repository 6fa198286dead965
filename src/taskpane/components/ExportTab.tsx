import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type ExportSettings,
  type Issue,
  REGISTRATION_COLUMNS,
  formatBelgian,
  parseIsoDate,
  renderIssue,
  zipTimeOf,
} from '../../core';
import type { ReexportCheck } from '../../excel/reexportCheck';
import { type Delivery, deliverExport } from '../deliverExport';
import { errorText } from '../errors';
import {
  type ExportOutcome,
  type LeftOutMarks,
  type PrepareOutcome,
  type PreparedExport,
  exportPrepared,
  prepareActiveSheet,
} from '../exportBatch';
import { useAction } from '../hooks/useAction';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { selectCell } from '../../excel/navigation';
import { Breakable } from './Breakable';
import { DownloadPanel } from './DownloadPanel';
import { ErrorBar } from './ErrorBar';
import { ProgressPanel } from './ProgressPanel';
import { SheetCopyNote } from './SheetCopyNote';
import { ReexportDialog, FileNameList } from './ReexportDialog';
import { RegisterExport } from './RegisterExport';
import { useRegisterTexts } from '../i18n/register';

/** Blocked rows listed in the preview before "… and N more". */
const BLOCKED_SHOWN = 50;

type View =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'failed' }
  | { kind: 'prepared'; outcome: PrepareOutcome; changed: boolean }
  | {
      kind: 'done';
      prepared: PreparedExport;
      batchRowUpdated: boolean;
      marks: LeftOutMarks;
      delivery: Delivery;
    }
  | { kind: 'nothing' };

function belgianDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date === null ? iso : formatBelgian(date);
}

/**
 * "Exporteren" (SPEC "Using it"): for the batch of the active registration sheet, the files that
 * will be made before; one click exports (errors block by default, "only the valid rows" is an
 * explicit second choice), asks first when the batch is marked uploaded, logs every file
 * (recordExport), hands the files over in the same click (deliverExport), then shows the
 * reconciliation line and what became of the downloads.
 */
export function ExportTab(props: {
  settings: ExportSettings;
  active: boolean;
  /** A ribbon "Exporteren" press (ribbon.ts StepRequest id): prepare afresh, then export at once. */
  start?: number | null;
}) {
  const { lang, m } = useTexts();
  const r = useRegisterTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const prepare = useAction();
  const exporting = useAction();
  const select = useAction();
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [confirm, setConfirm] = useState<{ check: ReexportCheck; validOnly: boolean } | null>(null);
  const { settings, active } = props;
  const status = useRef<HTMLDivElement>(null);
  const [announced, setAnnounced] = useState(0);

  // Focus follows the result (issue #13): the Exporteren button goes away with the preview, and
  // focus must not fall to the page body; the result line takes it, with the keyboard too.
  useEffect(() => {
    if (announced > 0) status.current?.focus();
  }, [announced]);

  const { run: runPrepareAction } = prepare;
  const runPrepare = useCallback(async () => {
    setView({ kind: 'preparing' });
    const outcome = await runPrepareAction((tools) => prepareActiveSheet({ ...tools, settings }));
    // A failure or a cancel is shown by the ErrorBar; only Refresh tries again.
    setView(outcome === undefined ? { kind: 'failed' } : { kind: 'prepared', outcome, changed: false });
  }, [runPrepareAction, settings]);

  // The preview follows the active sheet: prepared again each time the tab is shown (a finished
  // export stays on screen until Refresh).
  useEffect(() => {
    if (active) setView((current) => (current.kind === 'done' ? current : { kind: 'idle' }));
  }, [active]);
  useEffect(() => {
    if (active && view.kind === 'idle') void runPrepare();
  }, [active, view.kind, runPrepare]);

  const prepared = view.kind === 'prepared' && view.outcome.kind === 'ready' ? view.outcome.prepared : null;

  // The ribbon's Exporteren (issue #13): a fresh preview of the active sheet's batch, then the same
  // one click as the button, only when the button itself could be clicked (nothing blocks).
  const [startWanted, setStartWanted] = useState<number | null>(null);
  const startSeen = useRef<number | null>(null);
  useEffect(() => {
    if (props.start === undefined || props.start === null || props.start === startSeen.current) return;
    startSeen.current = props.start;
    setStartWanted(props.start);
    setView({ kind: 'idle' });
  }, [props.start]);

  const doExport = async (validOnly: boolean, confirmed: boolean): Promise<void> => {
    if (prepared === null) return;
    setConfirm(null);
    const outcome: ExportOutcome | undefined = await exporting.run((tools) =>
      exportPrepared(prepared, { validOnly, confirmed }, { ...tools, settings }),
    );
    if (outcome === undefined) return;
    switch (outcome.kind) {
      case 'confirm':
        setConfirm({ check: outcome.check, validOnly });
        return;
      case 'changed':
        setView({ kind: 'prepared', outcome: outcome.outcome, changed: true });
        setAnnounced((n) => n + 1);
        return;
      case 'nothing':
        setView({ kind: 'nothing' });
        setAnnounced((n) => n + 1);
        return;
      case 'done': {
        // One click (issue #8): the files logged above are handed over at once, in this click.
        const delivery = await deliverExport({
          files: outcome.prepared.plan.files,
          encoding: outcome.prepared.plan.encoding,
          mtime: zipTimeOf(outcome.prepared.batch.datumToediening),
          lang,
        });
        setView({ ...outcome, delivery });
        setAnnounced((n) => n + 1);
        return;
      }
    }
  };

  const selectRow = (issue: Issue | undefined, row: number, sheetName: string): void => {
    const column =
      issue === undefined || issue.column === null
        ? 0
        : (REGISTRATION_COLUMNS as readonly string[]).indexOf(issue.column);
    // A registration sheet: the five columns are A..E.
    void select.run(() => Excel.run((context) => selectCell(context, sheetName, row, Math.max(0, column))));
  };

  const busy = prepare.busy || exporting.busy;

  useEffect(() => {
    if (startWanted === null || busy) return;
    if (view.kind === 'failed') setStartWanted(null);
    if (view.kind !== 'prepared') return;
    setStartWanted(null);
    if (prepared !== null && canExport(prepared)) void doExport(false, false);
    else setAnnounced((n) => n + 1);
    // doExport is a fresh closure every render; this runs once per ribbon press (startWanted).
  }, [startWanted, busy, view, prepared]);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {m.exportHeading}
      </h2>
      <p className={styles.intro}>{m.exportIntro}</p>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void runPrepare()} data-testid="export-refresh">
          {m.exportPrepare}
        </Button>
      </div>
      {prepare.busy && (
        <ProgressPanel label={m.exportPreparing} progress={prepare.progress} onCancel={prepare.cancel} />
      )}
      {exporting.busy && (
        <ProgressPanel label={m.exporting} progress={exporting.progress} onCancel={exporting.cancel} />
      )}
      <ErrorBar error={prepare.error} onDismiss={prepare.clearError} />
      <ErrorBar error={exporting.error} onDismiss={exporting.clearError} />
      <ErrorBar error={select.error} onDismiss={select.clearError} />

      <div aria-live="polite" role="status" data-testid="export-status" ref={status} tabIndex={-1}>
        {view.kind === 'prepared' && view.changed && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.exportChanged}</MessageBarBody>
          </MessageBar>
        )}
        {view.kind === 'nothing' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.exportNothing}</MessageBarBody>
          </MessageBar>
        )}
        {view.kind === 'done' && (
          <DoneSummary prepared={view.prepared} batchRowUpdated={view.batchRowUpdated} marks={view.marks} />
        )}
      </div>

      {view.kind === 'prepared' && view.outcome.kind === 'not_registration' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{m.exportNotRegistrationSheet(view.outcome.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'prepared' && view.outcome.kind === 'copy' && (
        <SheetCopyNote copyOf={view.outcome.copyOf} />
      )}
      {view.kind === 'prepared' && view.outcome.kind === 'register_unconfirmed' && (
        <MessageBar intent="info" layout="multiline" data-testid="export-register-unconfirmed">
          <MessageBarBody>
            {view.outcome.changed
              ? r.exportMappingChanged(view.outcome.sheetName)
              : r.exportConfirmMappingFirst(view.outcome.sheetName)}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'prepared' && view.outcome.kind === 'register' && (
        <RegisterExport check={view.outcome.check} settings={settings} />
      )}
      {view.kind === 'prepared' && view.outcome.kind === 'not_found' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{m.sheetNotFound(view.outcome.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'prepared' && view.outcome.kind === 'batch_invalid' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {m.exportBatchInvalid(view.outcome.batchId)}
            <ul>
              {view.outcome.issues.map((issue) => (
                <li key={`${issue.code}-${issue.column ?? ''}`}>{renderIssue(issue, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {prepared !== null && (
        <Preview
          prepared={prepared}
          busy={busy}
          onExport={(validOnly) => void doExport(validOnly, false)}
          onSelectRow={(issue, row) => selectRow(issue, row, prepared.sheetName)}
        />
      )}

      {view.kind === 'done' && (
        <DownloadPanel
          files={view.prepared.plan.files}
          encoding={view.prepared.plan.encoding}
          mtime={zipTimeOf(view.prepared.batch.datumToediening)}
          delivery={view.delivery}
        />
      )}

      <ReexportDialog
        open={confirm !== null}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm !== null) void doExport(confirm.validOnly, true);
        }}
      >
        {confirm !== null && confirm.check.batchMarkedUploaded && prepared !== null && (
          <p>{m.reexportBatchMarked(prepared.batchId)}</p>
        )}
        {confirm !== null && confirm.check.uploadedFiles.length > 0 && (
          <>
            <p>{m.reexportFilesMarked(confirm.check.uploadedFiles.length)}</p>
            <FileNameList names={confirm.check.uploadedFiles} />
          </>
        )}
        {confirm !== null && confirm.check.missingFromLog.length > 0 && (
          <>
            <p>{m.reexportLogMissing(confirm.check.missingFromLog.length)}</p>
            <FileNameList names={confirm.check.missingFromLog} />
          </>
        )}
        {confirm !== null && confirm.check.batchRowAhead && prepared !== null && (
          <p>{m.reexportBatchRowAhead(prepared.batchId)}</p>
        )}
      </ReexportDialog>
    </section>
  );
}

/**
 * The reconciliation line after an export: rows in = exported + blocked + empty; then, when rows
 * were left out, where they stay recorded (the batch row's "Niet geëxporteerd", the sheet marks).
 */
function DoneSummary(props: { prepared: PreparedExport; batchRowUpdated: boolean; marks: LeftOutMarks }) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const { counts, files } = props.prepared.plan;
  const { marks } = props;
  const notMarkedReason = (): string => {
    if (marks.kind !== 'not_marked') return '';
    switch (marks.reason) {
      case 'marks_sheet_taken':
        return m.marksSheetTaken;
      case 'sheet_not_found':
        return m.sheetNotFound(props.prepared.sheetName);
      case 'error':
        return errorText(marks.error, m);
    }
  };
  return (
    <MessageBar intent={marks.kind === 'not_marked' ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <p className={styles.summary} data-testid="export-summary">
          {m.exportDoneLine(counts.rows, counts.exported, counts.blocked, counts.empty)}
        </p>
        <p>{m.exportLogged(files.length)}</p>
        {counts.blocked > 0 && (
          <p data-testid="export-left-out">
            {props.batchRowUpdated && `${m.exportLeftOutRecorded(counts.blocked)} `}
            {marks.kind === 'marked' && m.exportLeftOutMarked(marks.rows)}
            {marks.kind === 'not_marked' && `${m.exportLeftOutNotMarked(marks.rows)} ${notMarkedReason()}`}
          </p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The Exporteren button can be clicked: the header is right, no row is blocked, there are files. */
function canExport(prepared: PreparedExport): boolean {
  return (
    prepared.headerIssues.length === 0 && prepared.plan.blocked.length === 0 && prepared.plan.files.length > 0
  );
}

/** Before the export: the batch, the files that will be made, the blocked rows and the buttons. */
function Preview(props: {
  prepared: PreparedExport;
  busy: boolean;
  onExport: (validOnly: boolean) => void;
  onSelectRow: (issue: Issue | undefined, row: number) => void;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const filesId = useId();
  const blockedId = useId();
  const { prepared, busy } = props;
  const { plan } = prepared;
  const blocked = plan.blocked;
  const headerBlocks = prepared.headerIssues.length > 0;
  const shownBlocked = useMemo(() => blocked.slice(0, BLOCKED_SHOWN), [blocked]);

  return (
    <>
      <p className={styles.summary}>
        {m.exportBatchLine(
          prepared.batchId,
          prepared.batch.immunisatieproduct,
          belgianDate(prepared.batch.datumToediening),
        )}
      </p>
      <p className={styles.muted}>
        {m.summaryLine(plan.counts.rows, plan.counts.ready, plan.counts.blocked, plan.counts.empty)}
      </p>
      {headerBlocks && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {m.exportHeaderBlocks}
            <ul>
              {prepared.headerIssues.map((issue) => (
                <li key={issue.code}>{renderIssue(issue, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby={filesId} className={styles.section}>
        <h3 id={filesId} className={styles.subheading}>
          {m.exportFilesHeading}
        </h3>
        {plan.files.length === 0 ? (
          <p>{m.exportNoFiles}</p>
        ) : (
          <ul className={styles.list} data-testid="export-files">
            {plan.files.map((file) => (
              <li key={file.name} className={styles.listItem}>
                <span className={styles.fileName}>
                  <Breakable text={file.name} />
                </span>
                <span className={styles.muted}>{m.exportFileRows(file.rows.length)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {blocked.length > 0 && (
        <section aria-labelledby={blockedId} className={styles.section}>
          <h3 id={blockedId} className={styles.subheading}>
            {m.exportBlockedHeading(blocked.length)}
          </h3>
          <p>{m.exportBlockedExplain(blocked.length)}</p>
          <ul className={styles.list} data-testid="export-blocked">
            {shownBlocked.map((row) => {
              const errors = row.issues.filter((issue) => issue.severity === 'error');
              const text = errors.map((issue) => renderIssue(issue, lang)).join(' ');
              return (
                <li key={row.row}>
                  <Button
                    appearance="subtle"
                    size="small"
                    className={styles.issueButton}
                    title={m.selectCellHint}
                    onClick={() => props.onSelectRow(errors[0], row.row)}
                  >
                    {`${m.issueRow(row.row)}: ${text}`}
                  </Button>
                </li>
              );
            })}
          </ul>
          {blocked.length > BLOCKED_SHOWN && <p>{m.exportBlockedMore(blocked.length - BLOCKED_SHOWN)}</p>}
        </section>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !canExport(prepared)}
          onClick={() => props.onExport(false)}
          data-testid="export-button"
        >
          {m.exportButton}
        </Button>
        {blocked.length > 0 && plan.files.length > 0 && (
          <Button
            appearance="secondary"
            disabled={busy || headerBlocks}
            onClick={() => props.onExport(true)}
            data-testid="export-valid-only"
          >
            {m.exportValidOnly(plan.counts.ready)}
          </Button>
        )}
      </div>
    </>
  );
}

import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import {
  type ExportSettings,
  type UploadChange,
  type UploadItem,
  type UploadStateKind,
  formatBelgian,
  parseIsoDate,
} from '../../core';
import type { MarkUploadedUndo } from '../../excel/markUploaded';
import type { UploadChecklist } from '../../excel/readUploadChecklist';
import { type Delivery, deliverExport } from '../deliverExport';
import { useAction } from '../hooks/useAction';
import { type UiMessages, useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import {
  type PendingDownload,
  type VerifiedFiles,
  goToSheet,
  loadChecklist,
  markBatchUploaded,
  pendingDownload,
  redownloadBatch,
  undoBatchUploaded,
} from '../uploadChecklist';
import { DownloadPanel } from './DownloadPanel';
import { ErrorBar } from './ErrorBar';
import { ProgressPanel } from './ProgressPanel';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const BADGE_COLOR: Readonly<Record<UploadStateKind, 'informative' | 'warning' | 'success' | 'danger'>> = {
  not_exported: 'informative',
  pending: 'warning',
  uploaded: 'success',
  changed: 'danger',
};

function stateLabel(state: UploadStateKind, m: UiMessages): string {
  switch (state) {
    case 'not_exported':
      return m.uploadStateNotExported;
    case 'pending':
      return m.uploadStatePending;
    case 'uploaded':
      return m.uploadStateUploaded;
    case 'changed':
      return m.uploadStateChanged;
  }
}

function changeText(change: UploadChange, sheetName: string, m: UiMessages): string {
  switch (change) {
    case 'bytes_differ':
      return m.uploadChangeBytes;
    case 'sheet_missing':
      return m.uploadChangeSheetMissing(sheetName);
    case 'sheet_unreadable':
      return m.uploadChangeSheetUnreadable;
    case 'log_missing':
      return m.uploadChangeLogMissing;
    case 'log_incomplete':
      return m.uploadChangeLogIncomplete;
    case 'batch_missing':
      return m.uploadChangeBatchMissing;
  }
}

function belgianDate(iso: string | null, m: UiMessages): string {
  const date = iso === null ? null : parseIsoDate(iso);
  return date === null ? m.uploadUnknown : formatBelgian(date);
}

/** A download handed over (deliverExport.ts: in the click, the host's way) with what happened. */
type Delivered = { readonly download: VerifiedFiles; readonly delivery: Delivery };
type ItemDownload = { kind: 'verified'; delivered: Delivered } | { kind: 'refused'; change: UploadChange };

type Notice =
  | { kind: 'marked'; batchId: string; files: number; undo: MarkUploadedUndo }
  | { kind: 'undone'; batchId: string };

/**
 * "Opladen" (issue #15; continuity manual 2.2.2 "Registratie in Vaccinnet als het systeem terug
 * beschikbaar is"): every batch in upload order (oldest administration date first) with its state,
 * the line of what is left with a progress bar, and per batch: its files again (only when they are
 * the logged bytes), mark uploaded with undo, go to its sheet, a new export when it changed.
 *
 * Day-register groups (issue #9) are batches with a batch row too: they are on this list, each
 * re-made from its own rows by src/excel remakeBatch.ts `remakeBatch`, the one place that re-makes
 * a batch's files.
 */
export function UploadTab(props: {
  settings: ExportSettings;
  active: boolean;
  /** Shows the Export tab (which prepares the export of the active sheet). */
  onOpenExport: () => void;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const own = useStyles();
  const headingId = useId();
  const listId = useId();
  const pendingId = useId();
  const load = useAction();
  const act = useAction();
  const { settings, active, onOpenExport } = props;
  const [list, setList] = useState<UploadChecklist | null>(null);
  const [downloads, setDownloads] = useState<Readonly<Record<string, ItemDownload>>>({});
  const [pending, setPending] = useState<{ result: PendingDownload; delivered: Delivered[] } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const { run: runLoad } = load;
  const refresh = useCallback(async () => {
    const result = await runLoad((tools) => loadChecklist({ ...tools, settings }));
    if (result !== undefined) {
      setList(result);
      setDownloads({});
      setPending(null);
    }
  }, [runLoad, settings]);

  // The list follows the workbook: read again each time the tab is shown.
  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);

  // Verified files are handed over in the same click, as Exporteren does (issue #8).
  const deliver = async (download: VerifiedFiles): Promise<Delivered> => ({
    download,
    delivery: await deliverExport({
      files: download.files,
      encoding: download.encoding,
      mtime: download.mtime,
      lang,
    }),
  });

  const redownload = async (item: UploadItem): Promise<void> => {
    const outcome = await act.run((tools) => redownloadBatch(item.batchId, { ...tools, settings }));
    if (outcome === undefined) return;
    const shown: ItemDownload =
      outcome.kind === 'verified'
        ? { kind: 'verified', delivered: await deliver(outcome.download) }
        : outcome;
    setDownloads((before) => ({ ...before, [item.batchId]: shown }));
  };

  const mark = async (item: UploadItem): Promise<void> => {
    const result = await act.run(() => markBatchUploaded(item.batchId));
    if (result === undefined) return;
    if (result.ok) {
      setNotice({
        kind: 'marked',
        batchId: item.batchId,
        files: result.value.files,
        undo: result.value.undo,
      });
    }
    await refresh();
  };

  const undo = async (undoData: MarkUploadedUndo): Promise<void> => {
    const result = await act.run(() => undoBatchUploaded(undoData));
    if (result === undefined) return;
    setNotice({ kind: 'undone', batchId: undoData.batchId });
    await refresh();
  };

  // A new export is made where exports are made: the Export tab, on the batch's sheet.
  const newExport = async (item: UploadItem): Promise<void> => {
    const went = await act.run(async () => {
      await goToSheet(item.sheetName);
      return true;
    });
    if (went === true) onOpenExport();
  };

  const preparePending = async (): Promise<void> => {
    const result = await act.run((tools) => pendingDownload({ ...tools, settings }));
    if (result === undefined) return;
    const delivered: Delivered[] = [];
    for (const group of result.groups) delivered.push(await deliver(group));
    setPending({ result, delivered });
  };

  const busy = load.busy || act.busy;
  const overview = list?.overview ?? null;
  const counts = overview?.counts ?? null;
  const totalFiles = counts === null ? 0 : counts.filesUploaded + counts.filesLeft;
  const needExport = counts === null ? 0 : counts.notExported + counts.changed;
  const pendingFiles =
    overview?.items
      .filter((item) => item.state === 'pending')
      .reduce((sum, item) => sum + item.files.filter((f) => !f.uploaded).length, 0) ?? 0;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {m.uploadHeading}
      </h2>
      <p className={styles.intro}>{m.uploadIntro}</p>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void refresh()} data-testid="upload-refresh">
          {m.uploadRefresh}
        </Button>
      </div>
      {load.busy && <ProgressPanel label={m.uploadReading} progress={load.progress} onCancel={load.cancel} />}
      <ErrorBar error={load.error} onDismiss={load.clearError} />
      <ErrorBar error={act.error} onDismiss={act.clearError} />

      <div aria-live="polite" role="status" data-testid="upload-notice">
        {notice?.kind === 'marked' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{m.uploadMarked(notice.batchId, notice.files)}</MessageBarBody>
            <MessageBarActions>
              <Button disabled={busy} onClick={() => void undo(notice.undo)} data-testid="upload-undo">
                {m.uploadUndo}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {notice?.kind === 'undone' && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{m.uploadUndone(notice.batchId)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {list !== null && !list.setUp && <p>{m.uploadNotSetUp}</p>}
      {list !== null && list.setUp && overview !== null && overview.items.length === 0 && (
        <p>{m.uploadEmpty}</p>
      )}

      {counts !== null && overview !== null && overview.items.length > 0 && (
        <div data-testid="upload-summary">
          <Field
            label={
              <span className={styles.summary} data-testid="upload-left">
                {counts.batchesLeft === 0
                  ? m.uploadAllDone
                  : m.uploadLeftLine(counts.batchesLeft, counts.filesLeft)}
              </span>
            }
            hint={m.uploadProgress(counts.filesUploaded, totalFiles)}
            validationState="none"
          >
            <ProgressBar
              value={overview.progress}
              max={1}
              color={overview.progress >= 1 ? 'success' : 'brand'}
              data-testid="upload-progress"
            />
          </Field>
          {needExport > 0 && <p className={styles.muted}>{m.uploadNeedsExport(needExport)}</p>}
        </div>
      )}

      {overview !== null && pendingFiles > 0 && (
        <section className={styles.section} aria-labelledby={pendingId} data-testid="upload-pending">
          <h3 id={pendingId} className={styles.subheading}>
            {m.uploadAllHeading}
          </h3>
          <p className={styles.intro}>{m.uploadAllIntro}</p>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void preparePending()}
              data-testid="upload-all"
            >
              {m.uploadAllButton(pendingFiles)}
            </Button>
          </div>
          {pending !== null && pending.result.fileCount === 0 && <p>{m.uploadAllNone}</p>}
          {pending !== null && pending.result.skippedBatches > 0 && (
            <p className={styles.muted}>{m.uploadAllSkipped(pending.result.skippedBatches)}</p>
          )}
          {pending?.delivered.map(({ download, delivery }) => (
            <DownloadPanel
              key={download.encoding}
              files={download.files}
              encoding={download.encoding}
              mtime={download.mtime}
              delivery={delivery}
              {...(download.zipName === undefined ? {} : { zipName: download.zipName })}
            />
          ))}
        </section>
      )}

      {overview !== null && overview.items.length > 0 && (
        <section aria-labelledby={listId}>
          <h3 id={listId} className={styles.subheading}>
            {m.uploadListLabel}
          </h3>
          <ol className={styles.list} data-testid="upload-list">
            {overview.items.map((item) => (
              <li
                key={item.batchId}
                className={own.item}
                data-testid="upload-item"
                data-batch={item.batchId}
                data-state={item.state}
              >
                <ItemView
                  item={item}
                  busy={busy}
                  download={downloads[item.batchId]}
                  onRedownload={() => void redownload(item)}
                  onMark={() => void mark(item)}
                  onGoToSheet={() => void act.run(() => goToSheet(item.sheetName))}
                  onNewExport={() => void newExport(item)}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

function ItemView(props: {
  item: UploadItem;
  busy: boolean;
  download: ItemDownload | undefined;
  onRedownload: () => void;
  onMark: () => void;
  onGoToSheet: () => void;
  onNewExport: () => void;
}) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const own = useStyles();
  const { item, busy, download } = props;
  const details = [
    item.lot === null ? null : m.uploadLot(item.lot),
    item.registrations === null ? null : m.uploadRegistrations(item.registrations),
    item.files.length > 0 ? m.uploadFiles(item.files.length) : null,
    item.exportedAt === null ? null : m.uploadExportedAt(item.exportedAt),
  ].filter((part): part is string => part !== null);
  const sheetThere = item.inBatchTable && item.sheet !== 'sheet_missing';
  const partly = item.state !== 'uploaded' && item.filesUploaded > 0;
  return (
    <>
      <div className={styles.row}>
        <p className={own.title}>
          {m.uploadItemTitle(
            item.batchId,
            item.product ?? m.uploadUnknown,
            belgianDate(item.datumToediening, m),
          )}
        </p>
        <Badge appearance="tint" color={BADGE_COLOR[item.state]} data-testid="upload-state">
          {stateLabel(item.state, m)}
        </Badge>
      </div>
      {details.length > 0 && <p className={styles.muted}>{details.join(' · ')}</p>}
      {partly && (
        <p className={styles.muted}>{m.uploadFilesUploaded(item.filesUploaded, item.files.length)}</p>
      )}
      {item.change !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid="upload-change">
          <MessageBarBody>{changeText(item.change, item.sheetName, m)}</MessageBarBody>
        </MessageBar>
      )}
      {item.changedAfterUpload && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{m.uploadChangedAfterUpload}</MessageBarBody>
        </MessageBar>
      )}
      {item.singleRegistration && item.state !== 'uploaded' && (
        <p className={styles.muted} data-testid="upload-single">
          {m.uploadSingle}
        </p>
      )}
      <div className={styles.row}>
        {item.files.length > 0 && (
          <Button size="small" disabled={busy} onClick={props.onRedownload} data-testid="upload-redownload">
            {m.uploadDownloadAgain}
          </Button>
        )}
        {item.state !== 'uploaded' && item.files.length > 0 && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={props.onMark}
            data-testid="upload-mark"
          >
            {m.uploadMark}
          </Button>
        )}
        {(item.state === 'changed' || item.state === 'not_exported') && sheetThere && (
          <Button size="small" disabled={busy} onClick={props.onNewExport} data-testid="upload-new-export">
            {m.uploadNewExport}
          </Button>
        )}
        {sheetThere && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={props.onGoToSheet}>
            {m.uploadGoToSheet}
          </Button>
        )}
      </div>
      {download?.kind === 'verified' && (
        <>
          <p className={styles.muted} data-testid="upload-verified">
            {m.uploadVerified(download.delivered.download.files.length)}
          </p>
          <DownloadPanel
            files={download.delivered.download.files}
            encoding={download.delivered.download.encoding}
            mtime={download.delivered.download.mtime}
            delivery={download.delivered.delivery}
          />
        </>
      )}
      {download?.kind === 'refused' && (
        <MessageBar intent="error" layout="multiline" data-testid="upload-refused">
          <MessageBarBody>
            {m.uploadRefused} {changeText(download.change, item.sheetName, m)}
          </MessageBarBody>
          {sheetThere && (
            <MessageBarActions>
              <Button onClick={props.onNewExport}>{m.uploadNewExport}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </>
  );
}

import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { type ExportSettings, type RegisterExportPlan, zipTimeOf } from '../../core';
import { type Delivery, deliverExport } from '../deliverExport';
import { useAction } from '../hooks/useAction';
import { useTexts } from '../i18n';
import { useRegisterTexts } from '../i18n/register';
import type { RegisterCheckResult } from '../registerCheck';
import { exportRegisterAction } from '../registerActions';
import { usePaneStyles } from '../styles';
import { Breakable } from './Breakable';
import { DownloadPanel } from './DownloadPanel';
import { ErrorBar } from './ErrorBar';
import { ProgressPanel } from './ProgressPanel';
import { RegisterCopyNote } from './RegisterCopyNote';
import { ReexportDialog } from './ReexportDialog';

/** The first group's administration date as the zip's time stamp (core zipTimeOf). */
function zipTime(plan: RegisterExportPlan): Date {
  return zipTimeOf(plan.groups[0]?.batch.datumToediening ?? null);
}

type Done = { plan: RegisterExportPlan; delivery: Delivery };

/**
 * "Exporteren" on a day's register (issue #9): one click exports every group with ready rows, each
 * split at the lines-per-file setting and named per batch (core planRegisterExport), logged per
 * file (src/excel exportRegister), and handed over in the same click (deliverExport) with a zip of
 * them all; then the reconciliation per group and in total (rows in = exported + blocked + empty).
 * A group whose files are marked uploaded asks first. Rows blocked stay on the sheet, listed by
 * Controleren; they are never exported by this click.
 */
export function RegisterExport(props: { check: RegisterCheckResult; settings: ExportSettings }) {
  const { lang, m } = useTexts();
  const r = useRegisterTexts();
  const styles = usePaneStyles();
  const groupsId = useId();
  const exporting = useAction();
  const [done, setDone] = useState<Done | null>(null);
  const [nothing, setNothing] = useState(false);
  const [confirm, setConfirm] = useState<readonly string[] | null>(null);
  const { check, settings } = props;
  const preview = check.source.plan;
  const withFiles = preview.groups.filter((group) => group.plan.files.length > 0);

  const run = async (confirmed: boolean): Promise<void> => {
    setConfirm(null);
    setNothing(false);
    const now = new Date();
    const result = await exporting.run(() =>
      exportRegisterAction({
        sheetName: check.sheetName,
        mapping: check.source.mapping,
        today: now,
        settings,
        time: now,
        confirmReexport: confirmed,
      }),
    );
    if (result === undefined) return;
    if (!result.ok) {
      if (result.reason === 'confirmation_required') setConfirm(Object.keys(result.checks));
      else setNothing(true);
      return;
    }
    const { plan } = result.value;
    if (plan.files.length === 0) {
      setNothing(true);
      return;
    }
    // One click (issue #8): the files logged above are handed over at once, in this click.
    const delivery = await deliverExport({
      files: plan.files,
      encoding: settings.encoding,
      mtime: zipTime(plan),
      lang,
    });
    setDone({ plan, delivery });
  };

  const shown = done?.plan ?? preview;

  return (
    <section className={styles.section} aria-labelledby={groupsId} data-testid="register-export">
      <h3 id={groupsId} className={styles.subheading}>
        {r.exportHeading}
      </h3>
      <p className={styles.intro}>{r.exportIntro}</p>
      {check.source.copyOf !== undefined && <RegisterCopyNote copyOf={check.source.copyOf} />}
      <p className={styles.summary}>{r.exportPlanLine(preview.groups.length, preview.files.length)}</p>
      <p className={styles.muted}>
        {m.summaryLine(
          preview.counts.rows,
          preview.counts.exported,
          preview.counts.blocked,
          preview.counts.empty,
        )}
      </p>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={exporting.busy || withFiles.length === 0}
          onClick={() => void run(false)}
          data-testid="register-export-button"
        >
          {r.exportButton(preview.files.length)}
        </Button>
      </div>
      {exporting.busy && (
        <ProgressPanel label={m.exporting} progress={exporting.progress} onCancel={exporting.cancel} />
      )}
      <ErrorBar error={exporting.error} onDismiss={exporting.clearError} />
      <div aria-live="polite" role="status" data-testid="register-export-status">
        {(nothing || withFiles.length === 0) && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{r.exportNothing}</MessageBarBody>
          </MessageBar>
        )}
        {done !== null && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <p className={styles.summary} data-testid="register-export-summary">
                {m.exportDoneLine(
                  done.plan.counts.rows,
                  done.plan.counts.exported,
                  done.plan.counts.blocked,
                  done.plan.counts.empty,
                )}
              </p>
              <p>{m.exportLogged(done.plan.files.length)}</p>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <h4 className={styles.subheading}>{r.exportTotalHeading}</h4>
      <ul className={styles.list} data-testid="register-export-groups">
        {shown.groups.map((group) => (
          <li
            key={group.batchId}
            className={styles.listItem}
            data-testid={`register-export-${group.batchId}`}
          >
            <span>
              {r.exportGroupLine(
                group.batchId,
                group.plan.counts.rows,
                group.plan.counts.exported,
                group.plan.blocked.length,
              )}
            </span>
            {group.plan.files.map((file) => (
              <span key={file.name} className={styles.fileName} data-testid="register-export-file">
                <Breakable text={file.name} />
              </span>
            ))}
          </li>
        ))}
      </ul>
      {done !== null && (
        <DownloadPanel
          files={done.plan.files}
          encoding={settings.encoding}
          mtime={zipTime(done.plan)}
          delivery={done.delivery}
        />
      )}
      <ReexportDialog
        open={confirm !== null}
        onCancel={() => setConfirm(null)}
        onConfirm={() => void run(true)}
      >
        {confirm !== null && <p>{r.exportConfirmGroups(confirm.join(', '))}</p>}
      </ReexportDialog>
    </section>
  );
}

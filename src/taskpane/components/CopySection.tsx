import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ExportSettings, Issue } from '../../core';
import type { CopyTarget } from '../../excel/makeCompliantCopy';
import type { SheetMapping } from '../../excel/sheetMapping';
import { copySheet } from '../sheetActions';
import { abortError, useAction } from '../hooks/useAction';
import { useBatchState } from '../hooks/useBatchState';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { BatchForm } from './BatchForm';
import { ErrorBar } from './ErrorBar';
import { ProgressPanel } from './ProgressPanel';

type Outcome =
  | { kind: 'made'; sheetName: string; rows: number; skipped: number }
  | { kind: 'text'; text: string; intent: 'error' | 'warning' };

/**
 * "Make a compliant copy" of an existing sheet (SPEC: "converting an existing sheet makes a
 * compliant copy"): src/excel makeCompliantCopy writes it on the registration sheet of a new
 * batch (the batch form) or of an existing batch whose sheet is still empty. The original sheet
 * is only read.
 */
export function CopySection(props: {
  sheetName: string;
  /** The sheet's worksheet id, when Controleren read it: the copy finds the sheet after a rename. */
  sheetId?: string | undefined;
  mapping: SheetMapping;
  settings: ExportSettings;
  /** The pane's clock ("today" of the batch and the checks), injected by Controleren's controller. */
  now: () => Date;
}) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const state = useBatchState();
  const copy = useAction();
  const [target, setTarget] = useState<'new' | 'existing'>('new');
  const [batchId, setBatchId] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (copyTarget: CopyTarget): Promise<Issue[] | null> => {
    setOutcome(null);
    const result = await copy.run(({ signal, setProgress }) =>
      copySheet({
        sourceSheet: props.sheetName,
        sourceSheetId: props.sheetId,
        mapping: props.mapping,
        target: copyTarget,
        today: props.now(),
        settings: props.settings,
        signal,
        onProgress: (p) => setProgress({ done: p.rowsRead, total: p.totalRows }),
      }).then((value) => {
        if (!value.ok && value.reason === 'cancelled') throw abortError();
        return value;
      }),
    );
    if (result === undefined) return null;
    if (result.ok) {
      setOutcome({
        kind: 'made',
        sheetName: result.value.sheetName,
        rows: result.value.rows.length,
        skipped: result.value.skippedRows.length,
      });
      void state.reload();
      return null;
    }
    switch (result.reason) {
      case 'invalid_fields':
        return result.issues;
      case 'batch_table_columns_missing':
        setOutcome({
          kind: 'text',
          intent: 'error',
          text: m.batchColumnsMissing(result.missingColumns.join(', ')),
        });
        return null;
      case 'batch_sheet_not_empty':
        setOutcome({ kind: 'text', intent: 'warning', text: m.copyBatchSheetNotEmpty(result.sheetName) });
        return null;
      case 'batch_not_found':
        setOutcome({ kind: 'text', intent: 'error', text: m.copyBatchNotFound(result.batchId) });
        return null;
      case 'sheet_not_found':
        setOutcome({ kind: 'text', intent: 'error', text: m.sheetNotFound(props.sheetName) });
        return null;
      case 'invalid_mapping':
        setOutcome({ kind: 'text', intent: 'error', text: m.mappingInvalid });
        return null;
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="copy-section">
      <h3 id={headingId} className={styles.subheading}>
        {m.makeCopy}
      </h3>
      <p className={styles.intro}>{m.makeCopyHint}</p>
      <ErrorBar error={state.error} onDismiss={state.clearError} />
      <Field label={m.copyTargetLabel}>
        <RadioGroup
          value={target}
          onChange={(_, data) => setTarget(data.value === 'existing' ? 'existing' : 'new')}
        >
          <Radio value="new" label={m.copyTargetNew} />
          <Radio value="existing" label={m.copyTargetExisting} />
        </RadioGroup>
      </Field>
      {target === 'new' ? (
        <BatchForm
          lists={state.lists}
          submitLabel={m.makeCopy}
          busyLabel={m.copying}
          busy={copy.busy}
          testId="copy-batch-form"
          onInvalid={(count) => setOutcome({ kind: 'text', intent: 'error', text: m.formHasErrors(count) })}
          onSubmit={(fields) =>
            run({
              kind: 'newBatch',
              batch: {
                fields,
                today: props.now(),
                settings: { linesPerFile: props.settings.linesPerFile },
              },
            })
          }
        />
      ) : state.batches.length === 0 ? (
        <p className={styles.muted}>{m.copyNoBatches}</p>
      ) : (
        <form
          className={styles.section}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = batchId === '' ? state.batches[0]?.batchId : batchId;
            if (chosen !== undefined) void run({ kind: 'existingBatch', batchId: chosen });
          }}
        >
          <Field label={m.copyBatchLabel}>
            <Select value={batchId} onChange={(_, data) => setBatchId(data.value)}>
              {state.batches.map((batch) => (
                <option key={batch.batchId} value={batch.batchId}>
                  {batch.sheetName === '' ? batch.batchId : `${batch.batchId} · ${batch.sheetName}`}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={copy.busy}>
              {copy.busy ? m.copying : m.makeCopy}
            </Button>
          </div>
        </form>
      )}
      {copy.busy && <ProgressPanel label={m.copying} progress={copy.progress} onCancel={copy.cancel} />}
      <div aria-live="polite" role="status" data-testid="copy-result">
        {outcome !== null && (
          <MessageBar intent={outcome.kind === 'made' ? 'success' : outcome.intent} layout="multiline">
            <MessageBarBody>
              {outcome.kind === 'made'
                ? `${m.copyMade(outcome.sheetName, outcome.rows)}${outcome.skipped > 0 ? ` ${m.copySkippedRows(outcome.skipped)}` : ''}`
                : outcome.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ErrorBar error={copy.error} onDismiss={copy.clearError} />
    </section>
  );
}

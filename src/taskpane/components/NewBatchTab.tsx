import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState } from 'react';
import type { ExportSettings } from '../../core';
import { useAction } from '../hooks/useAction';
import { createBatchAction } from '../sheetActions';
import { useBatchState } from '../hooks/useBatchState';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { BatchForm } from './BatchForm';
import { ErrorBar } from './ErrorBar';

// "Nieuw dagregister" (issue #9) loads on first choice, with its texts (issue #11: first paint).
const RegisterForm = lazy(() =>
  import(/* webpackChunkName: "taskpane-register" */ './RegisterForm').then((module) => ({
    default: module.RegisterForm,
  })),
);

type Outcome =
  | { kind: 'created'; batchId: string; sheetName: string }
  | { kind: 'columns_missing'; columns: string }
  | { kind: 'invalid'; count: number };

/**
 * "Nieuwe batch" (SPEC "Using it"): the batch form, and a button that creates the batch row and
 * its registration sheet (src/excel createBatch, which also activates the sheet and selects A2).
 * The clock is read here and passed as `today`.
 */
export function NewBatchTab(props: { settings: ExportSettings }) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const state = useBatchState();
  const create = useAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [kind, setKind] = useState<'batch' | 'register'>('batch');

  // Issue #9: a batch (this tab's form) or a day register (RegisterForm, its own component).
  const kindChoice = (
    <Field label={m.newKindLabel}>
      <RadioGroup
        value={kind}
        onChange={(_, data) => setKind(data.value === 'register' ? 'register' : 'batch')}
        data-testid="new-kind"
      >
        <Radio value="batch" label={m.newKindBatch} />
        <Radio value="register" label={m.newKindRegister} />
      </RadioGroup>
    </Field>
  );
  if (kind === 'register') {
    return (
      <section className={styles.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {m.newBatchHeading}
        </h2>
        {kindChoice}
        <Suspense fallback={<Spinner size="small" label={m.loading} />}>
          <RegisterForm lists={state.lists} settings={props.settings} onCreated={() => void state.reload()} />
        </Suspense>
      </section>
    );
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {m.newBatchHeading}
      </h2>
      <p className={styles.intro}>{m.newBatchIntro}</p>
      <ErrorBar error={state.error} onDismiss={state.clearError} />
      {state.setUp !== null && (
        <p className={styles.muted}>{state.setUp ? m.listsFromWorkbook : m.listsDefault}</p>
      )}
      {kindChoice}
      <BatchForm
        lists={state.lists}
        submitLabel={m.createBatch}
        busyLabel={m.creatingBatch}
        busy={create.busy}
        testId="new-batch-form"
        onInvalid={(count) => setOutcome({ kind: 'invalid', count })}
        onSubmit={async (fields) => {
          setOutcome(null);
          const result = await create.run(() =>
            createBatchAction({
              fields,
              today: new Date(),
              settings: { linesPerFile: props.settings.linesPerFile },
            }),
          );
          if (result === undefined) return null;
          if (result.ok) {
            setOutcome({ kind: 'created', batchId: result.value.batchId, sheetName: result.value.sheetName });
            void state.reload();
            return null;
          }
          if (result.reason === 'invalid_fields') return result.issues;
          setOutcome({ kind: 'columns_missing', columns: result.missingColumns.join(', ') });
          return null;
        }}
      />
      <div aria-live="polite" role="status" data-testid="new-batch-result">
        {outcome !== null && (
          <MessageBar intent={outcome.kind === 'created' ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>
              {outcome.kind === 'created'
                ? m.batchCreated(outcome.batchId, outcome.sheetName)
                : outcome.kind === 'invalid'
                  ? m.formHasErrors(outcome.count)
                  : m.batchColumnsMissing(outcome.columns)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ErrorBar error={create.error} onDismiss={create.clearError} />
    </section>
  );
}

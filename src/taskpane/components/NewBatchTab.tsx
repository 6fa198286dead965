import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useId, useRef, useState } from 'react';
import { type ExportSettings, batchKey, parseBatchMetadata } from '../../core';
import { useAction } from '../hooks/useAction';
import { createBatchAction } from '../sheetActions';
import { useBatchState } from '../hooks/useBatchState';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { BatchForm, type BatchFields } from './BatchForm';
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
  | { kind: 'invalid'; count: number }
  | { kind: 'duplicate'; batchId: string; sheetName: string; fields: BatchFields };

/**
 * "Nieuwe batch" (SPEC "Using it"): the batch form, and a button that creates the batch row and
 * its registration sheet (src/excel createBatch, which also activates the sheet and selects A2).
 * The clock is read here and passed as `today`.
 *
 * Issue #13, form behaviour as people expect:
 * - a batch with the same fields as an existing one (core's batchKey, the key that makes rows one
 *   batch) is not made twice by accident: the pane names the existing batch and asks;
 * - after a batch is made the form is emptied on purpose (a fresh form, today's date), and says so,
 *   so a second click cannot make the same batch again;
 * - focus moves to the result line after every outcome (the first marked field when invalid).
 */
export function NewBatchTab(props: {
  settings: ExportSettings;
  /** A ribbon "Nieuwe batch" press (ribbon.ts StepRequest id): focus on the form's first field. */
  start?: number | null;
}) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const state = useBatchState();
  const create = useAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [generation, setGeneration] = useState(0);
  const result = useRef<HTMLDivElement>(null);
  const formArea = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (props.start !== undefined && props.start !== null)
      formArea.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [props.start]);

  // The result takes focus when it says something she must read or answer (not "invalid": the
  // form has put focus on the first marked field).
  useEffect(() => {
    if (outcome !== null && outcome.kind !== 'invalid') result.current?.focus();
  }, [outcome]);

  const onInvalid = useCallback(
    (count: number) => setOutcome(count === 0 ? null : { kind: 'invalid', count }),
    [],
  );

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

  const make = async (fields: BatchFields) => {
    setOutcome(null);
    const created = await create.run(() =>
      createBatchAction({
        fields,
        today: new Date(),
        settings: { linesPerFile: props.settings.linesPerFile },
      }),
    );
    if (created === undefined) return null;
    if (created.ok) {
      setOutcome({ kind: 'created', batchId: created.value.batchId, sheetName: created.value.sheetName });
      setGeneration((g) => g + 1);
      void state.reload();
      return null;
    }
    if (created.reason === 'invalid_fields') return created.issues;
    setOutcome({ kind: 'columns_missing', columns: created.missingColumns.join(', ') });
    return null;
  };

  /** The existing batch with exactly these fields (core batchKey), read from the workbook now. */
  const sameBatch = async (fields: BatchFields) => {
    const today = new Date();
    const read = await state.reload();
    if (read === undefined) return undefined;
    const parsed = parseBatchMetadata(fields, { today, lists: read.lists });
    if (!parsed.ok) return undefined;
    const key = batchKey(parsed.value);
    return read.batches.find((batch) => batch.metadata.ok && batchKey(batch.metadata.value) === key);
  };

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
      <div ref={formArea}>
        <BatchForm
          key={generation}
          lists={state.lists}
          submitLabel={m.createBatch}
          busyLabel={m.creatingBatch}
          busy={create.busy}
          testId="new-batch-form"
          onInvalid={onInvalid}
          onSubmit={async (fields) => {
            setOutcome(null);
            const existing = await sameBatch(fields);
            if (existing !== undefined) {
              setOutcome({
                kind: 'duplicate',
                batchId: existing.batchId,
                sheetName: existing.sheetName,
                fields,
              });
              return null;
            }
            return make(fields);
          }}
        />
      </div>
      <div aria-live="polite" role="status" data-testid="new-batch-result" ref={result} tabIndex={-1}>
        {outcome !== null && (
          <MessageBar
            intent={
              outcome.kind === 'created' ? 'success' : outcome.kind === 'duplicate' ? 'warning' : 'error'
            }
            layout="multiline"
          >
            <MessageBarBody>
              {outcome.kind === 'created'
                ? m.batchCreated(outcome.batchId, outcome.sheetName)
                : outcome.kind === 'invalid'
                  ? m.formHasErrors(outcome.count)
                  : outcome.kind === 'duplicate'
                    ? m.batchDuplicate(outcome.batchId, outcome.sheetName)
                    : m.batchColumnsMissing(outcome.columns)}
            </MessageBarBody>
            {outcome.kind === 'duplicate' && (
              <MessageBarActions>
                <Button
                  appearance="primary"
                  disabled={create.busy}
                  onClick={() => void make(outcome.fields)}
                  data-testid="create-anyway"
                >
                  {m.createAnyway}
                </Button>
                <Button onClick={() => setOutcome(null)}>{m.cancel}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>
      <ErrorBar error={create.error} onDismiss={create.clearError} />
    </section>
  );
}

import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BatchLists, ExportSettings } from '../../core';
import { useAction } from '../hooks/useAction';
import { useTexts } from '../i18n';
import { useRegisterTexts } from '../i18n/register';
import { createRegisterAction } from '../registerActions';
import { usePaneStyles } from '../styles';
import { BatchForm, type BatchFields, filledFields } from './BatchForm';
import { ErrorBar } from './ErrorBar';

type Outcome = { kind: 'created'; sheetName: string; rows: number } | { kind: 'invalid'; count: number };

/**
 * "Nieuw dagregister" (issue #9, SPEC "A day's register"): the day's common values, each optional,
 * checked as typed by core's batch rules (parseRegisterCommon: a blank field is no issue), then
 * src/excel createRegister makes the register sheet and writes the values, normalised, into the
 * batch cells of its first rows. Every row then shows in its own cells what it is exported with.
 *
 * The fields are the batch form's own (BatchForm, kind 'register'), so the two behave alike
 * (issue #13): the date typed as dd/mm/yyyy, messages at the fields, a summary that follows the
 * fixes, focus on the first marked field, and on the result once the register is made. The form
 * keeps its values after a register is made: each register is a new sheet for its own day, so a
 * second click makes "Dagregister … (2)", never a duplicate batch row.
 */
export function RegisterForm(props: { lists: BatchLists; settings: ExportSettings; onCreated: () => void }) {
  const { m } = useTexts();
  const r = useRegisterTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const create = useAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const result = useRef<HTMLDivElement>(null);

  // The result takes focus when it says the register was made (when invalid, the form has put
  // focus on the first marked field).
  useEffect(() => {
    if (outcome?.kind === 'created') result.current?.focus();
  }, [outcome]);

  const onInvalid = useCallback(
    (count: number) => setOutcome(count === 0 ? null : { kind: 'invalid', count }),
    [],
  );

  const { onCreated } = props;
  const submit = async (fields: BatchFields) => {
    setOutcome(null);
    const created = await create.run(() =>
      createRegisterAction({
        common: filledFields(fields),
        today: new Date(),
        settings: { linesPerFile: props.settings.linesPerFile },
      }),
    );
    if (created === undefined) return null;
    // The workbook refused a value (e.g. its lists changed meanwhile): shown at its field.
    if (!created.ok) return created.issues;
    setOutcome({ kind: 'created', sheetName: created.value.sheetName, rows: created.value.prefilledRows });
    onCreated();
    return null;
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {r.heading}
      </h3>
      <p className={styles.intro}>{r.intro}</p>
      <BatchForm
        kind="register"
        lists={props.lists}
        note={`${r.allOptional} ${r.commonHint}`}
        submitLabel={r.create}
        busyLabel={r.creating}
        busy={create.busy}
        testId="new-register-form"
        onInvalid={onInvalid}
        onSubmit={submit}
      />
      <div aria-live="polite" role="status" data-testid="new-register-result" ref={result} tabIndex={-1}>
        {outcome !== null && (
          <MessageBar intent={outcome.kind === 'created' ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>
              {outcome.kind === 'invalid'
                ? m.formHasErrors(outcome.count)
                : outcome.rows > 0
                  ? r.created(outcome.sheetName, outcome.rows)
                  : r.createdNoCommon(outcome.sheetName)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ErrorBar error={create.error} onDismiss={create.clearError} />
    </section>
  );
}

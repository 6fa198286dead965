import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useId, useMemo, useRef, useState } from 'react';
import {
  BATCH_FIELDS,
  type BatchField,
  type BatchLists,
  type ExportSettings,
  type Issue,
  calendarDateOf,
  columnLabel,
  formatBelgian,
  formatIso,
  parseIsoDate,
  parseRegisterCommon,
  renderIssue,
} from '../../core';
import { useAction } from '../hooks/useAction';
import { LOCALE_OF, useTexts } from '../i18n';
import { useRegisterTexts } from '../i18n/register';
import { createRegisterAction } from '../registerActions';
import { usePaneStyles } from '../styles';
import { ErrorBar } from './ErrorBar';

/** The day's common values as typed: text, '' for "not common". */
type CommonFields = Record<BatchField, string>;

/** The optional drop-down fields (BatchLists key = field name). */
const SELECT_FIELDS = ['toedieningswijze', 'typeProfylaxe', 'lichaamsdeel', 'lichaamszijde'] as const;
/** SPEC: "dosis (exactly 0.5, 1 or 2)", offered as three choices (and "not common"). */
const DOSES = ['0.5', '1', '2'] as const;

function todayIso(): string {
  return formatIso(calendarDateOf(new Date()));
}

function initialFields(): CommonFields {
  const fields = Object.fromEntries(BATCH_FIELDS.map((field) => [field, ''])) as CommonFields;
  // A register is nearly always today's list; the date may be cleared or changed.
  fields.datumToediening = todayIso();
  return fields;
}

/** The filled fields only: a blank field is not common (core parseRegisterCommon). */
function filled(fields: CommonFields): Partial<Record<BatchField, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}

type Outcome = { kind: 'created'; sheetName: string; rows: number } | { kind: 'invalid'; count: number };

/**
 * "Nieuw dagregister" (issue #9, SPEC "A day's register"): the day's common values, each optional,
 * checked as typed by core's batch rules (parseRegisterCommon: a blank field is no issue), then
 * src/excel createRegister makes the register sheet and writes the values, normalised, into the
 * batch cells of its first rows. Every row then shows in its own cells what it is exported with.
 */
export function RegisterForm(props: { lists: BatchLists; settings: ExportSettings; onCreated: () => void }) {
  const { lang, m } = useTexts();
  const r = useRegisterTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const create = useAction();
  const { lists } = props;
  const [fields, setFields] = useState<CommonFields>(initialFields);
  const [touched, setTouched] = useState<ReadonlySet<BatchField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [refused, setRefused] = useState<Issue[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const controls = useRef(new Map<BatchField, HTMLElement | null>());

  // "Today" for core's date rule is read from the clock here, in the pane.
  const issues = useMemo((): Issue[] => {
    const parsed = parseRegisterCommon(filled(fields), { today: new Date(), lists });
    return parsed.ok ? [] : parsed.issues;
  }, [fields, lists]);
  const current = refused ?? issues;

  const set = (field: BatchField, value: string): void => {
    setFields((before) => ({ ...before, [field]: value }));
    setTouched((before) => (before.has(field) ? before : new Set(before).add(field)));
    setRefused(null);
  };

  const messageOf = (field: BatchField): string | undefined => {
    const issue = current.find((found) => found.column === field);
    return issue !== undefined && (submitted || refused !== null || touched.has(field))
      ? renderIssue(issue, lang)
      : undefined;
  };

  const fieldProps = (field: BatchField) => {
    const message = messageOf(field);
    return {
      label: columnLabel(field, lang),
      validationState: message === undefined ? ('none' as const) : ('error' as const),
      validationMessage: message ?? null,
    };
  };
  const ref = (field: BatchField) => (element: HTMLElement | null) => {
    controls.current.set(field, element);
  };

  const focusFirst = (found: readonly Issue[]): void => {
    const first = BATCH_FIELDS.find((field) => found.some((issue) => issue.column === field));
    const element = first === undefined ? null : (controls.current.get(first) ?? null);
    const target = element?.matches('input, select, textarea')
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea');
    target?.focus();
  };

  const fieldCount = (found: readonly Issue[]): number => new Set(found.map((issue) => issue.column)).size;

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    setOutcome(null);
    if (issues.length > 0) {
      setOutcome({ kind: 'invalid', count: fieldCount(issues) });
      focusFirst(issues);
      return;
    }
    const result = await create.run(() =>
      createRegisterAction({
        common: filled(fields),
        today: new Date(),
        settings: { linesPerFile: props.settings.linesPerFile },
      }),
    );
    if (result === undefined) return;
    if (!result.ok) {
      // The workbook refused a value (e.g. its lists changed meanwhile): shown at its field.
      setRefused(result.issues);
      setOutcome({ kind: 'invalid', count: fieldCount(result.issues) });
      focusFirst(result.issues);
      return;
    }
    setOutcome({ kind: 'created', sheetName: result.value.sheetName, rows: result.value.prefilledRows });
    setTouched(new Set());
    setSubmitted(false);
    props.onCreated();
  };

  const products = lists.immunisatieproduct;
  const chosen = parseIsoDate(fields.datumToediening);
  const dateHint =
    chosen === null
      ? m.datumToedieningHint
      : `${m.datumToedieningHint} ${m.datumChosen(formatBelgian(chosen))}`;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {r.heading}
      </h3>
      <p className={styles.intro}>{r.intro}</p>
      <form
        className={styles.section}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        data-testid="new-register-form"
      >
        <p className={styles.muted}>
          {r.allOptional} {r.commonHint}
        </p>
        <Field {...fieldProps('toedienerInsz')} hint={m.toedienerInszHint}>
          <Input
            ref={ref('toedienerInsz')}
            value={fields.toedienerInsz}
            onChange={(_, data) => set('toedienerInsz', data.value)}
            inputMode="numeric"
            autoComplete="off"
          />
        </Field>
        <Field {...fieldProps('organisatie')}>
          <Input
            ref={ref('organisatie')}
            value={fields.organisatie}
            onChange={(_, data) => set('organisatie', data.value)}
          />
        </Field>
        <Field {...fieldProps('gratisVoorraad')}>
          <RadioGroup
            ref={ref('gratisVoorraad')}
            layout="horizontal"
            value={fields.gratisVoorraad}
            onChange={(_, data) => set('gratisVoorraad', data.value)}
          >
            <Radio value="Ja" label={m.yes} />
            <Radio value="Nee" label={m.no} />
            <Radio value="" label={m.selectNone} />
          </RadioGroup>
        </Field>
        <Field {...fieldProps('datumToediening')} hint={dateHint}>
          <Input
            ref={ref('datumToediening')}
            type="date"
            value={fields.datumToediening}
            max={todayIso()}
            onChange={(_, data) => set('datumToediening', data.value)}
          />
        </Field>
        <Field
          {...fieldProps('immunisatieproduct')}
          hint={products.length === 0 ? m.productListEmpty : m.productHint}
        >
          <Combobox
            ref={ref('immunisatieproduct')}
            freeform
            placeholder={m.productPlaceholder}
            value={fields.immunisatieproduct}
            selectedOptions={products.includes(fields.immunisatieproduct) ? [fields.immunisatieproduct] : []}
            onChange={(event) => set('immunisatieproduct', event.target.value)}
            onOptionSelect={(_, data) => set('immunisatieproduct', data.optionValue ?? data.optionText ?? '')}
          >
            {products.map((product) => (
              <Option key={product} value={product}>
                {product}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field {...fieldProps('dosis')} hint={m.dosisHint}>
          <RadioGroup
            ref={ref('dosis')}
            layout="horizontal"
            value={fields.dosis}
            onChange={(_, data) => set('dosis', data.value)}
          >
            {DOSES.map((dose) => (
              <Radio key={dose} value={dose} label={Number(dose).toLocaleString(LOCALE_OF[lang])} />
            ))}
            <Radio value="" label={m.selectNone} />
          </RadioGroup>
        </Field>
        <Field {...fieldProps('lotnummer')}>
          <Input
            ref={ref('lotnummer')}
            value={fields.lotnummer}
            onChange={(_, data) => set('lotnummer', data.value)}
            autoComplete="off"
          />
        </Field>
        {SELECT_FIELDS.map((field) => (
          <Field key={field} {...fieldProps(field)}>
            <Select ref={ref(field)} value={fields[field]} onChange={(_, data) => set(field, data.value)}>
              <option value="">{m.selectNone}</option>
              {lists[field].map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <Field {...fieldProps('opmerkingen')}>
          <Textarea
            ref={ref('opmerkingen')}
            value={fields.opmerkingen}
            onChange={(_, data) => set('opmerkingen', data.value)}
            resize="vertical"
          />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={create.busy}>
            {create.busy ? r.creating : r.create}
          </Button>
        </div>
      </form>
      <div aria-live="polite" role="status" data-testid="new-register-result">
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

import { Button, Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  BATCH_FIELDS,
  type BatchField,
  type BatchLists,
  type Issue,
  calendarDateOf,
  columnLabel,
  formatBelgian,
  parseBatchMetadata,
  parseCommonDateText,
  parseRegisterCommon,
  renderIssue,
} from '../../core';
import { LOCALE_OF, useTexts } from '../i18n';
import { usePaneStyles } from '../styles';

/** The batch fields as typed: text, handed to core (and to src/excel createBatch) as is. */
export type BatchFields = Record<BatchField, string>;

/** The optional drop-down fields (BatchLists key = field name). */
const LIST_FIELDS = ['toedieningswijze', 'typeProfylaxe', 'lichaamsdeel', 'lichaamszijde'] as const;
/** SPEC "The batch fields": the required ones. The form only marks them; core decides. */
const REQUIRED: ReadonlySet<BatchField> = new Set([
  'toedienerInsz',
  'gratisVoorraad',
  'datumToediening',
  'immunisatieproduct',
  'dosis',
]);
/** SPEC: "dosis (exactly 0.5, 1 or 2)", offered as three choices. */
const DOSES = ['0.5', '1', '2'] as const;

/**
 * Today as a person reads it, `dd/mm/yyyy` (issue #13: one date format for people, the Belgian
 * one, whatever the browser's locale; core parses it, and stores ISO on the batch sheet).
 */
function todayBelgian(): string {
  return formatBelgian(calendarDateOf(new Date()));
}

function initialFields(): BatchFields {
  const fields = Object.fromEntries(BATCH_FIELDS.map((field) => [field, ''])) as BatchFields;
  fields.datumToediening = todayBelgian();
  return fields;
}

/** The filled fields only: on a register a blank field is not common (core parseRegisterCommon). */
export function filledFields(fields: BatchFields): Partial<Record<BatchField, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}

/**
 * Every SPEC batch field with core's message next to it as the user types (parseBatchMetadata,
 * rendered by renderIssue; shown once a field was touched or a submit was tried). `onSubmit`
 * runs only when core accepts the fields; it may return the issues the workbook refused them
 * with (e.g. the lists sheet changed meanwhile), which are then shown at their fields.
 *
 * `kind: 'register'` is "Nieuw dagregister" (issue #9, SPEC "A day's register"): the same fields
 * with the same behaviour (issue #13), but every one optional (core parseRegisterCommon: a blank
 * field is "not common"), and the radio groups offer "not common" too. One component, so the two
 * forms cannot drift apart.
 */
export function BatchForm(props: {
  lists: BatchLists;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  testId: string;
  /** 'batch' (default): the batch's required fields; 'register': the day's common values. */
  kind?: 'batch' | 'register';
  /** The line above the fields; the batch form's "required" note by default. */
  note?: ReactNode;
  onInvalid: (fieldCount: number) => void;
  onSubmit: (fields: BatchFields) => Promise<Issue[] | null>;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const { lists } = props;
  const register = props.kind === 'register';
  const [fields, setFields] = useState<BatchFields>(initialFields);
  const [touched, setTouched] = useState<ReadonlySet<BatchField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [refused, setRefused] = useState<Issue[] | null>(null);
  const controls = useRef(new Map<BatchField, HTMLElement | null>());

  // "Today" for core's date rule is read from the clock here, in the pane.
  const issues = useMemo((): Issue[] => {
    const options = { today: new Date(), lists };
    const parsed = register
      ? parseRegisterCommon(filledFields(fields), options)
      : parseBatchMetadata(fields, options);
    return parsed.ok ? [] : parsed.issues;
  }, [fields, lists, register]);
  const current = refused ?? issues;

  const set = (field: BatchField, value: string): void => {
    setFields((before) => ({ ...before, [field]: value }));
    setTouched((before) => (before.has(field) ? before : new Set(before).add(field)));
    setRefused(null);
  };

  const messageOf = (field: BatchField): string | undefined => {
    const issue = current.find((found) => found.column === field);
    if (issue === undefined || !(submitted || refused !== null || touched.has(field))) return undefined;
    // Core's batch_required tells where to fill the field in on the batch sheet; here she is in
    // the form, next to the field (issue #13), so the form says so in its own words.
    return issue.code === 'batch_required' ? m.formFieldRequired : renderIssue(issue, lang);
  };

  const fieldProps = (field: BatchField) => {
    const message = messageOf(field);
    return {
      label: columnLabel(field, lang),
      required: !register && REQUIRED.has(field),
      validationState: message === undefined ? ('none' as const) : ('error' as const),
      validationMessage: message ?? null,
    };
  };
  const productListId = useId();
  const ref = (field: BatchField) => (element: HTMLElement | null) => {
    controls.current.set(field, element);
  };

  /** Focus on the first field with a problem (its input, or the first radio of a group). */
  const focusFirst = (found: readonly Issue[]): void => {
    const first = BATCH_FIELDS.find((field) => found.some((issue) => issue.column === field));
    const element = first === undefined ? null : (controls.current.get(first) ?? null);
    const target = element?.matches('input, select, textarea')
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea');
    target?.focus();
  };

  const fieldCount = (found: readonly Issue[]): number => new Set(found.map((issue) => issue.column)).size;

  // After a submit the summary follows the fields as they are fixed (issue #13): the parent hears
  // every new count, 0 when all are fixed, so "4 gemarkeerde velden" never outlives its fields.
  const liveCount = submitted || refused !== null ? fieldCount(current) : null;
  const { onInvalid } = props;
  const reported = useRef<number | null>(null);
  useEffect(() => {
    if (liveCount === null || reported.current === null || liveCount === reported.current) return;
    reported.current = liveCount;
    onInvalid(liveCount);
  }, [liveCount, onInvalid]);

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    if (issues.length > 0) {
      reported.current = fieldCount(issues);
      props.onInvalid(fieldCount(issues));
      focusFirst(issues);
      return;
    }
    const rejected = await props.onSubmit(fields);
    if (rejected !== null && rejected.length > 0) {
      setRefused(rejected);
      reported.current = fieldCount(rejected);
      props.onInvalid(fieldCount(rejected));
      focusFirst(rejected);
      return;
    }
    reported.current = null;
    setTouched(new Set());
    setSubmitted(false);
  };

  const products = lists.immunisatieproduct;
  // A text field, not the native date picker, which follows the browser's locale (12/01/2026 in
  // en-US for 1 December): she types dd/mm/yyyy and the hint repeats the date core reads.
  const chosen = parseCommonDateText(fields.datumToediening);
  const dateHint =
    chosen === null
      ? m.datumToedieningHint
      : `${m.datumToedieningHint} ${m.datumChosen(formatBelgian(chosen))}`;

  return (
    <form
      className={styles.section}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid={props.testId}
    >
      <p className={styles.muted}>{props.note ?? m.requiredNote}</p>
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
          {register && <Radio value="" label={m.selectNone} />}
        </RadioGroup>
      </Field>
      <Field {...fieldProps('datumToediening')} hint={dateHint}>
        <Input
          ref={ref('datumToediening')}
          value={fields.datumToediening}
          placeholder={m.datePlaceholder}
          inputMode="numeric"
          autoComplete="off"
          onChange={(_, data) => set('datumToediening', data.value)}
        />
      </Field>
      <Field
        {...fieldProps('immunisatieproduct')}
        hint={products.length === 0 ? m.productListEmpty : m.productHint}
      >
        {/* A native <datalist> (role combobox, free text plus suggestions) instead of Fluent's
            Combobox: issue #11, ~25 KB less in the pane's first chunk. */}
        <Input
          ref={ref('immunisatieproduct')}
          list={productListId}
          placeholder={m.productPlaceholder}
          value={fields.immunisatieproduct}
          onChange={(_, data) => set('immunisatieproduct', data.value)}
        />
        <datalist id={productListId}>
          {products.map((product) => (
            <option key={product} value={product} />
          ))}
        </datalist>
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
          {register && <Radio value="" label={m.selectNone} />}
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
      {LIST_FIELDS.map((field) => (
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
        <Button type="submit" appearance="primary" disabled={props.busy}>
          {props.busy ? props.busyLabel : props.submitLabel}
        </Button>
      </div>
    </form>
  );
}

import { Button, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  type BatchField,
  REGISTER_FIELD_ORDER,
  REGISTRATION_COLUMNS,
  type RegistrationColumn,
  columnLabel,
} from '../../core';
import { columnLetter, parseA1 } from '../../excel/a1Address';
import type { MappingProposal } from '../../excel/proposeMapping';
import type { RegisterMapping } from '../../excel/registerMapping';
import type { SheetMapping } from '../../excel/sheetMapping';
import type { BatchColumns } from '../checkSheet';
import { useTexts } from '../i18n';
import { useRegisterTexts } from '../i18n/register';
import { usePaneStyles } from '../styles';

/** Columns offered per Select at most: a sheet's used range can be very wide. */
const MAX_COLUMNS = 200;

type Choice = Record<RegistrationColumn, string>;
type BatchChoice = Record<BatchField, string>;

function initialBatchChoice(batch: BatchColumns | null): BatchChoice {
  const choice = {} as BatchChoice;
  for (const field of REGISTER_FIELD_ORDER) {
    const index = batch?.[field];
    choice[field] = index === undefined ? '' : String(index);
  }
  return choice;
}

function initialChoice(proposal: MappingProposal | null): Choice {
  const choice = {} as Choice;
  for (const column of REGISTRATION_COLUMNS) {
    const index = proposal?.mapping.columns[column] ?? null;
    choice[column] = index === null ? '' : String(index);
  }
  return choice;
}

/**
 * The mapping step for a sheet the add-in did not make (SPEC: "lets them confirm the column
 * mapping"): the header row and, per registration column, a Select of the sheet's columns with
 * their titles, prefilled with src/excel proposeMapping's proposal. A list with batch columns (issue
 * #9: "Datum", "Vaccin", "Lot", "Dosis"; `registerBatch`) lists every batch field too, prefilled
 * with proposeRegisterMapping's proposal and editable like the rest: confirmed, it is checked and
 * exported as a day's register. Whether a mapping is usable is src/excel's call; `problem` shows
 * its answer.
 */
export function MappingStep(props: {
  sheetName: string;
  proposal: MappingProposal | null;
  usedRange: string | null;
  registerBatch: BatchColumns | null;
  busy: boolean;
  problem: boolean;
  onConfirm: (mapping: SheetMapping | RegisterMapping) => void;
}) {
  const { lang, m } = useTexts();
  const r = useRegisterTexts();
  const batchHeadingId = useId();
  const styles = usePaneStyles();
  const headingId = useId();
  const { proposal } = props;
  const [headerRow, setHeaderRow] = useState(String(proposal?.mapping.headerRow ?? 1));
  const [choice, setChoice] = useState<Choice>(() => initialChoice(proposal));
  const [batchChoice, setBatchChoice] = useState<BatchChoice>(() => initialBatchChoice(props.registerBatch));

  const columns = useMemo(() => {
    const rect = props.usedRange === null ? null : parseA1(props.usedRange);
    const first = rect?.c0 ?? 0;
    const last = Math.min(rect?.c1 ?? 25, first + MAX_COLUMNS - 1);
    const titles = new Map((proposal?.titles ?? []).map((title) => [title.index, title.title]));
    const sameRow = proposal !== null && Number(headerRow) === proposal.mapping.headerRow;
    const list: { index: number; label: string }[] = [];
    for (let index = first; index <= last; index++) {
      list.push({
        index,
        label: m.mappingColumnOption(columnLetter(index), sameRow ? (titles.get(index) ?? '') : ''),
      });
    }
    return list;
  }, [props.usedRange, proposal, headerRow, m]);

  const confirm = (): void => {
    const mapped = {} as Record<RegistrationColumn, number | null>;
    for (const column of REGISTRATION_COLUMNS)
      mapped[column] = choice[column] === '' ? null : Number(choice[column]);
    const sheetMapping: SheetMapping = { headerRow: Number(headerRow), columns: mapped };
    if (props.registerBatch === null) {
      props.onConfirm(sheetMapping);
      return;
    }
    const batch: Partial<Record<BatchField, number>> = {};
    for (const field of REGISTER_FIELD_ORDER)
      if (batchChoice[field] !== '') batch[field] = Number(batchChoice[field]);
    props.onConfirm({ ...sheetMapping, batch });
  };

  const columnSelect = (value: string, onChange: (value: string) => void) => (
    <Select value={value} onChange={(_, data) => onChange(data.value)}>
      <option value="">{m.mappingColumnNone}</option>
      {columns.map((option) => (
        <option key={option.index} value={String(option.index)}>
          {option.label}
        </option>
      ))}
    </Select>
  );

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="mapping-step">
      <h3 id={headingId} className={styles.subheading}>
        {m.mappingHeading}
      </h3>
      <p className={styles.intro}>
        {proposal === null
          ? m.mappingNotFound(props.sheetName)
          : m.mappingIntro(props.sheetName, proposal.mapping.headerRow)}
      </p>
      <form
        className={styles.section}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Field label={m.mappingHeaderRow}>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={headerRow}
            onChange={(_, data) => setHeaderRow(data.value)}
          />
        </Field>
        {REGISTRATION_COLUMNS.map((column) => (
          <Field key={column} label={columnLabel(column, lang)}>
            {columnSelect(choice[column], (value) => setChoice((before) => ({ ...before, [column]: value })))}
          </Field>
        ))}
        {props.registerBatch !== null && (
          <div
            role="group"
            className={styles.section}
            aria-labelledby={batchHeadingId}
            data-testid="mapping-batch"
          >
            <h4 id={batchHeadingId} className={styles.subheading}>
              {r.mappingBatchHeading}
            </h4>
            <p className={styles.intro}>{r.mappingBatchIntro}</p>
            {REGISTER_FIELD_ORDER.map((field) => (
              <Field key={field} label={columnLabel(field, lang)}>
                {columnSelect(batchChoice[field], (value) =>
                  setBatchChoice((before) => ({ ...before, [field]: value })),
                )}
              </Field>
            ))}
          </div>
        )}
        {props.problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{m.mappingInvalid}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={props.busy}>
            {m.mappingConfirm}
          </Button>
        </div>
      </form>
    </section>
  );
}

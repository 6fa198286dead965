import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  BATCH_FIELDS,
  type BatchField,
  type BatchMetadata,
  type Issue,
  columnLabel,
  formatBelgian,
  formatInsz,
  parseIsoDate,
  renderIssue,
} from '../../core';
import type { RegisterMapping } from '../../excel/registerMapping';
import { selectRegisterRows } from '../../excel/registerNavigation';
import { selectCell } from '../../excel/navigation';
import { useAction } from '../hooks/useAction';
import { LOCALE_OF, useTexts } from '../i18n';
import { useRegisterTexts } from '../i18n/register';
import type { RegisterSource } from '../registerCheck';
import { usePaneStyles } from '../styles';
import { ErrorBar } from './ErrorBar';
import { RegisterCopyNote } from './RegisterCopyNote';

/**
 * A group's line at 320 px (issue #13: no word broken in the middle): its title, then the details
 * and the counts below it, each the pane's full width, instead of three narrow columns.
 */
const useGroupStyles = makeStyles({
  group: {
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** Batch-field findings listed before "… and N more". */
const ISSUES_SHOWN = 50;

const isBatchField = (column: Issue['column']): column is BatchField =>
  column !== null && (BATCH_FIELDS as readonly string[]).includes(column);

/** The last column of a register's rows (A to its last mapped column, registration or batch). */
function lastColumnOf(mapping: RegisterMapping): number {
  const mapped = [...Object.values(mapping.columns), ...Object.values(mapping.batch)].filter(
    (index): index is number => typeof index === 'number',
  );
  return Math.max(4, ...mapped);
}

/** A group's administration date the Belgian way. */
export function belgianDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date === null ? iso : formatBelgian(date);
}

/**
 * "Controleren" on a day's register (issue #9): one line per group (date, product, lot, dose,
 * toediener; rows ready and blocked; files), a click selects the group's rows in the sheet; then
 * the rows without a group and the findings in the batch fields (register_* codes, the
 * near-duplicate warning), each a click that selects its cell. The patient findings stay in the
 * usual issue list (IssueList) beside it. What a group is, and what blocks a row, is core's
 * (planRegisterExport); this only shows it.
 */
export function RegisterGroups(props: { sheetName: string; source: RegisterSource; busy: boolean }) {
  const { lang, m } = useTexts();
  const r = useRegisterTexts();
  const styles = usePaneStyles();
  const groupStyles = useGroupStyles();
  const groupsId = useId();
  const issuesId = useId();
  const select = useAction();
  const [selected, setSelected] = useState<string | null>(null);
  const { plan, mapping } = props.source;

  const batchIssues = useMemo(() => plan.issues.filter((issue) => isBatchField(issue.column)), [plan]);

  const details = (batch: BatchMetadata): string =>
    r.groupDetails(
      batch.lotnummer ?? r.noLot,
      batch.dosis.toLocaleString(LOCALE_OF[lang]),
      formatInsz(batch.toedienerInsz),
    );

  const onGroup = async (batchId: string, rows: readonly number[]): Promise<void> => {
    setSelected(null);
    const done = await select.run(() =>
      Excel.run((context) => selectRegisterRows(context, props.sheetName, rows, lastColumnOf(mapping))),
    );
    if (done === undefined) return;
    setSelected(
      done.selected === done.rows
        ? r.groupSelected(batchId, done.selected)
        : r.groupSelectedPart(batchId, done.selected, done.rows),
    );
  };

  const onIssue = (issue: Issue): void => {
    const column = isBatchField(issue.column) ? mapping.batch[issue.column] : undefined;
    if (column === undefined) return;
    void select.run(() => Excel.run((context) => selectCell(context, props.sheetName, issue.row, column)));
  };

  return (
    <section className={styles.section} aria-labelledby={groupsId} data-testid="register-groups">
      <p className={styles.muted}>{r.checkedLine(props.sheetName, plan.groups.length)}</p>
      {props.source.copyOf !== undefined && <RegisterCopyNote copyOf={props.source.copyOf} />}
      <h3 id={groupsId} className={styles.subheading}>
        {r.groupsHeading(plan.groups.length)}
      </h3>
      <p className={styles.intro}>{r.groupsIntro}</p>
      <ul className={styles.list}>
        {plan.groups.map((group) => (
          <li
            key={group.batchId}
            className={mergeClasses(styles.listItem, groupStyles.group)}
            data-testid={`register-group-${group.batchId}`}
          >
            <Button
              appearance="subtle"
              className={styles.issueButton}
              title={r.groupSelectHint}
              disabled={props.busy || select.busy}
              onClick={() => void onGroup(group.batchId, group.rows)}
            >
              {r.groupTitle(
                group.batchId,
                belgianDate(group.batch.datumToediening),
                group.batch.immunisatieproduct,
              )}
            </Button>
            <span className={styles.muted}>{details(group.batch)}</span>
            <span className={styles.muted}>
              {r.groupCounts(group.plan.counts.exported, group.plan.blocked.length, group.plan.files.length)}
            </span>
          </li>
        ))}
      </ul>
      <ErrorBar error={select.error} onDismiss={select.clearError} />
      <div aria-live="polite" role="status">
        {selected !== null && <p className={styles.muted}>{selected}</p>}
      </div>
      {plan.grouping.counts.blocked > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{r.blockedByBatchFields(plan.grouping.counts.blocked)}</MessageBarBody>
        </MessageBar>
      )}
      {batchIssues.length > 0 && (
        <section aria-labelledby={issuesId} className={styles.section}>
          <h3 id={issuesId} className={styles.subheading}>
            {r.batchIssuesHeading(batchIssues.length)}
          </h3>
          <ul className={styles.list} data-testid="register-batch-issues">
            {batchIssues.slice(0, ISSUES_SHOWN).map((issue) => (
              <li key={`${issue.row}-${issue.column ?? ''}-${issue.code}`}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.issueButton}
                  title={m.selectCellHint}
                  disabled={props.busy || select.busy}
                  onClick={() => onIssue(issue)}
                  data-code={issue.code}
                >
                  {`${m.issueLocation(issue.row, isBatchField(issue.column) ? columnLabel(issue.column, lang) : '')}: ${renderIssue(issue, lang)}`}
                </Button>
              </li>
            ))}
          </ul>
          {batchIssues.length > ISSUES_SHOWN && <p>{r.batchIssuesMore(batchIssues.length - ISSUES_SHOWN)}</p>}
        </section>
      )}
    </section>
  );
}

import { Badge, Button } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  type Issue,
  type IssueContent,
  ISSUE_SEVERITY,
  type Language,
  REGISTRATION_COLUMNS,
  REGISTRATION_ISSUE_CODES,
  type RegistrationIssueCode,
  type RegistrationRow,
  type Severity,
  renderIssue,
  severityLabel,
} from '../../core';
import { isRegistrationColumn } from '../check/issueCell';
import { type ValuePart, visibleCell } from '../check/visibleValue';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';

/** Items rendered per kind before "show more": keeps 100,000-row sheets responsive. */
export const PAGE_SIZE = 200;

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const isRegistrationCode = (code: string): code is RegistrationIssueCode =>
  (REGISTRATION_ISSUE_CODES as readonly string[]).includes(code);

interface Kind {
  readonly code: RegistrationIssueCode;
  readonly severity: Severity;
  readonly issues: readonly Issue[];
  readonly fixable: number;
}

/** Issues grouped by code: errors first, then warnings and infos, each in SPEC's table order. */
export function groupByKind(issues: readonly Issue[], canFix: (issue: Issue) => boolean): Kind[] {
  const groups = new Map<RegistrationIssueCode, Issue[]>();
  for (const issue of issues) {
    if (!isRegistrationCode(issue.code)) continue;
    const list = groups.get(issue.code);
    if (list === undefined) groups.set(issue.code, [issue]);
    else list.push(issue);
  }
  return REGISTRATION_ISSUE_CODES.filter((code) => groups.has(code))
    .map((code) => {
      const list = groups.get(code) ?? [];
      return { code, severity: ISSUE_SEVERITY[code], issues: list, fixable: list.filter(canFix).length };
    })
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export interface IssueListProps {
  readonly issues: readonly Issue[];
  /** Text naming the cell of an issue ("Rij 12, INSZ (kolom B)"); empty for sheet-level ones. */
  readonly locate: (issue: Issue) => string;
  /** The cells of the issue's row as checked (undefined when the row was not read). */
  readonly cellsOf: (issue: Issue) => RegistrationRow['cells'] | undefined;
  readonly canSelect: (issue: Issue) => boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly canFix: (issue: Issue) => boolean;
  readonly onFix: (issues: readonly Issue[]) => void;
  readonly busy: boolean;
}

/**
 * Every problem grouped by kind (issue #13): per kind a heading with count, severity and a "fix
 * all" button for fixable kinds, the kind's explanation once, then the first {@link PAGE_SIZE}
 * problems (then "show more"). A row names its cell and shows the cell's value with its invisible
 * characters made visible (check/visibleValue.ts), and is a button that selects the cell in
 * Excel, with its own fix button next to it where core proposes a fix.
 */
export function IssueList(props: IssueListProps) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const { issues, canFix } = props;
  const kinds = useMemo(() => groupByKind(issues, canFix), [issues, canFix]);
  if (kinds.length === 0) return null;
  return (
    <div className={styles.section} data-testid="issue-list">
      <h3 className={styles.subheading}>{m.issuesHeading}</h3>
      {kinds.map((kind) => (
        <KindSection key={kind.code} kind={kind} {...props} />
      ))}
    </div>
  );
}

/** Codes whose rows can show tokens for invisible characters: the legend goes with them. */
const SHOWS_TOKENS: ReadonlySet<RegistrationIssueCode> = new Set(['whitespace_edge', 'control_character']);

/**
 * The kind's explanation, said once for all its rows: core's message without the row's column
 * and params (the messages leave absent params out: "in deze cel", "een onzichtbaar teken").
 */
function kindSentence(code: RegistrationIssueCode, lang: Language): string {
  // Every registration code's params are optional (IssueParamsByCode): an empty set is valid
  // content for each, which TypeScript cannot see through a code held in a variable.
  return renderIssue({ code, column: null, params: {} } as IssueContent, lang);
}

/** What a row adds to its value: where the duplicate is, or core's message where it depends on the row. */
function rowDetail(issue: Issue, lang: Language, alsoOnRow: (row: number) => string): string | null {
  switch (issue.code) {
    case 'duplicate_person':
      return issue.params.firstRow === undefined ? null : alsoOnRow(issue.params.firstRow);
    case 'duplicate_across_batches':
    case 'birthdate_insz_mismatch':
    case 'birthdate_after_administration':
    case 'header_mismatch':
    case 'formula_value':
      return renderIssue(issue, lang);
    default:
      return null;
  }
}

function KindSection(props: IssueListProps & { kind: Kind }) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const { kind, locate, cellsOf, canSelect, onSelect, canFix, onFix, busy } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = kind.issues.slice(0, shown);
  const fixableIssues = kind.fixable > 0 ? kind.issues.filter(canFix) : [];

  /** The value a row shows: its cell's, or for a row-level finding the row's filled cells. */
  const valueOf = (issue: Issue): ValuePart[] => {
    const cells = cellsOf(issue);
    if (cells === undefined) return [];
    const empty: ValuePart[] = [{ kind: 'text', text: m.valueEmpty }];
    const words = { true: m.booleanValue(true), false: m.booleanValue(false) };
    if (isRegistrationColumn(issue.column)) return visibleCell(cells[issue.column], words) ?? empty;
    const filled = REGISTRATION_COLUMNS.map((column) => visibleCell(cells[column], words)).filter(
      (parts): parts is ValuePart[] => parts !== null,
    );
    if (filled.length === 0) return empty;
    return filled.flatMap((parts, i) =>
      i === 0 ? parts : [{ kind: 'text', text: ' · ' } as const, ...parts],
    );
  };

  return (
    <section className={styles.kind} aria-labelledby={headingId} data-testid={`issue-kind-${kind.code}`}>
      <div className={styles.kindHeader}>
        <h4 id={headingId} className={styles.subheading}>
          {m.issueKind[kind.code]}
        </h4>
        <Badge appearance="tint" color={BADGE_COLOR[kind.severity]}>
          {severityLabel(kind.severity, lang)}
        </Badge>
        <span className={styles.muted}>{m.issueKindCount(kind.issues.length)}</span>
        {fixableIssues.length > 0 && (
          <Button appearance="primary" disabled={busy} onClick={() => onFix(fixableIssues)}>
            {m.fixAll(fixableIssues.length)}
          </Button>
        )}
      </div>
      <p className={styles.explanation} data-testid="kind-explanation">
        {kindSentence(kind.code, lang)}
      </p>
      {SHOWS_TOKENS.has(kind.code) && (
        <details className={styles.details}>
          <summary>{m.whyDetails}</summary>
          <p className={styles.explanation}>{m.valueTokensHint}</p>
        </details>
      )}
      <ul className={styles.list}>
        {visible.map((issue, index) => {
          const where = locate(issue);
          const value = valueOf(issue);
          const detail = rowDetail(issue, lang, m.alsoOnRow);
          const content =
            where === '' ? (
              renderIssue(issue, lang)
            ) : (
              <>
                {`${where}${m.valueSeparator}`}
                {value.map((part, i) =>
                  part.kind === 'token' ? (
                    <span key={i} className={styles.token}>
                      {part.text}
                    </span>
                  ) : (
                    part.text
                  ),
                )}
                {detail !== null && `${value.length > 0 ? ' — ' : ''}${detail}`}
              </>
            );
          return (
            <li key={`${issue.row}-${issue.column ?? ''}-${index}`} className={styles.listItem}>
              {canSelect(issue) ? (
                <Button
                  appearance="subtle"
                  className={styles.issueButton}
                  title={m.selectCellHint}
                  onClick={() => onSelect(issue)}
                  data-testid="issue-row"
                >
                  {content}
                </Button>
              ) : (
                <span className={styles.issueText} data-testid="issue-row">
                  {content}
                </span>
              )}
              {canFix(issue) && (
                <Button
                  disabled={busy}
                  aria-label={m.fixOneLabel(where === '' ? m.issueRow(issue.row) : where)}
                  onClick={() => onFix([issue])}
                >
                  {m.fixOne}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {kind.issues.length > shown && (
        <Button appearance="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {m.showMore(shown, kind.issues.length)}
        </Button>
      )}
    </section>
  );
}

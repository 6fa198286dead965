import { Badge, Button } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  type Issue,
  ISSUE_SEVERITY,
  REGISTRATION_ISSUE_CODES,
  type RegistrationIssueCode,
  type Severity,
  renderIssue,
  severityLabel,
} from '../../core';
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
  readonly canSelect: (issue: Issue) => boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly canFix: (issue: Issue) => boolean;
  readonly onFix: (issues: readonly Issue[]) => void;
  readonly busy: boolean;
}

/**
 * Every issue grouped by kind: per kind a heading with count and severity, a "fix all" button
 * for fixable kinds, and the first {@link PAGE_SIZE} issues (then "show more"), each a button that
 * selects its cell in Excel, with its own fix button where core proposes a fix.
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

function KindSection(props: IssueListProps & { kind: Kind }) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const { kind, locate, canSelect, onSelect, canFix, onFix, busy } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = kind.issues.slice(0, shown);
  const fixableIssues = kind.fixable > 0 ? kind.issues.filter(canFix) : [];
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
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(fixableIssues)}>
            {m.fixAll(fixableIssues.length)}
          </Button>
        )}
      </div>
      <ul className={styles.list}>
        {visible.map((issue, index) => {
          const where = locate(issue);
          const message = renderIssue(issue, lang);
          const text = where === '' ? message : `${where}: ${message}`;
          return (
            <li key={`${issue.row}-${issue.column ?? ''}-${index}`} className={styles.listItem}>
              {canSelect(issue) ? (
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.issueButton}
                  title={m.selectCellHint}
                  onClick={() => onSelect(issue)}
                >
                  {text}
                </Button>
              ) : (
                <span>{text}</span>
              )}
              {canFix(issue) && (
                <Button
                  size="small"
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
        <Button appearance="secondary" size="small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {m.showMore(shown, kind.issues.length)}
        </Button>
      )}
    </section>
  );
}

import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  ENCODINGS,
  type Encoding,
  type ExportSettings,
  type Issue,
  LINES_PER_FILE_RANGE,
  encodingLabel,
  parseSettings,
  renderIssue,
} from '../../core';
import { useAction } from '../hooks/useAction';
import { useTexts } from '../i18n';
import { documentSettings, saveExportSettings } from '../officeSettings';
import { usePaneStyles } from '../styles';
import { ErrorBar } from './ErrorBar';

type Saved = { kind: 'saved' } | { kind: 'failed'; reason: string };

/**
 * "Instellingen": encoding (SPEC's three, labels from core) and lines per file, header included
 * (SPEC: the manual's own number, default 100), validated by core parseSettings and stored with the
 * workbook (document settings + saveAsync), so a colleague opening the file gets the same export.
 * A document that stored the earlier "registrations per file" shows it converted (core adds the
 * header line), with a note; nothing is rewritten until the user saves.
 */
export function SettingsTab(props: {
  settings: ExportSettings;
  storedIssues: readonly Issue[];
  /** The earlier "registrations per file" the document stored, when the value was converted. */
  fromRowsPerFile: number | null;
  onSaved: (settings: ExportSettings) => void;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const idPrefix = useId();
  const save = useAction();
  const [encoding, setEncoding] = useState<Encoding>(props.settings.encoding);
  const [lines, setLines] = useState(String(props.settings.linesPerFile));
  const [saved, setSaved] = useState<Saved | null>(null);

  const issues = useMemo(() => {
    const parsed = parseSettings({ encoding, linesPerFile: lines });
    return parsed.ok ? [] : parsed.issues;
  }, [encoding, lines]);
  const linesIssue = issues.find((issue) => issue.code === 'settings_max_rows');

  const submit = async (): Promise<void> => {
    setSaved(null);
    if (issues.length > 0) return;
    const result = await save.run(() =>
      saveExportSettings(documentSettings(), { encoding, linesPerFile: lines }),
    );
    if (result === undefined) return;
    if (result.ok) {
      props.onSaved(result.value);
      setSaved({ kind: 'saved' });
    } else if (result.reason === 'save_failed') {
      setSaved({ kind: 'failed', reason: result.message });
    }
  };

  return (
    <section className={styles.section} aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} className={styles.heading}>
        {m.settingsHeading}
      </h2>
      <p className={styles.intro}>{m.settingsIntro}</p>
      {props.storedIssues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {m.settingsStoredInvalid}
            <ul>
              {props.storedIssues.map((issue) => (
                <li key={issue.code}>{renderIssue(issue, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {props.fromRowsPerFile !== null && (
        <MessageBar intent="info" layout="multiline" data-testid="settings-converted">
          <MessageBarBody>
            {m.settingsConverted(props.fromRowsPerFile, props.settings.linesPerFile)}
          </MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.section}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        data-testid="settings-form"
      >
        <Field label={m.settingsEncoding}>
          <RadioGroup
            value={encoding}
            onChange={(_, data) => {
              const chosen = ENCODINGS.find((e) => e === data.value);
              if (chosen !== undefined) setEncoding(chosen);
              setSaved(null);
            }}
          >
            {ENCODINGS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={{
                  children: (
                    <>
                      {encodingLabel(value, lang)}
                      <br />
                      <span className={styles.muted}>{m.settingsEncodingHint[value]}</span>
                    </>
                  ),
                }}
              />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label={m.settingsLinesPerFile}
          hint={m.settingsLinesPerFileHint(LINES_PER_FILE_RANGE.min, LINES_PER_FILE_RANGE.max)}
          validationState={linesIssue === undefined ? 'none' : 'error'}
          validationMessage={linesIssue === undefined ? null : renderIssue(linesIssue, lang)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={LINES_PER_FILE_RANGE.min}
            max={LINES_PER_FILE_RANGE.max}
            step={1}
            value={lines}
            onChange={(_, data) => {
              setLines(data.value);
              setSaved(null);
            }}
          />
        </Field>
        <p className={styles.muted}>{m.settingsLinesWhy}</p>
        <p className={styles.muted}>{m.settingsLimitNote}</p>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={save.busy || issues.length > 0}>
            {save.busy ? m.settingsSaving : m.settingsSave}
          </Button>
        </div>
      </form>
      <div aria-live="polite" role="status" data-testid="settings-result">
        {saved?.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{m.settingsSaved}</MessageBarBody>
          </MessageBar>
        )}
        {saved?.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{m.settingsSaveFailed(saved.reason)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ErrorBar error={save.error} onDismiss={save.clearError} />
    </section>
  );
}

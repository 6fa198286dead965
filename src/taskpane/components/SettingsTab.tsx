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
  MAX_ROWS_PER_FILE_RANGE,
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
 * "Instellingen": encoding (SPEC's three, labels from core) and rows per file, validated by
 * core parseSettings and stored with the workbook (document settings + saveAsync), so a
 * colleague opening the file gets the same export.
 */
export function SettingsTab(props: {
  settings: ExportSettings;
  storedIssues: readonly Issue[];
  onSaved: (settings: ExportSettings) => void;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const idPrefix = useId();
  const save = useAction();
  const [encoding, setEncoding] = useState<Encoding>(props.settings.encoding);
  const [maxRows, setMaxRows] = useState(String(props.settings.maxRowsPerFile));
  const [saved, setSaved] = useState<Saved | null>(null);

  const issues = useMemo(() => {
    const parsed = parseSettings({ encoding, maxRowsPerFile: maxRows });
    return parsed.ok ? [] : parsed.issues;
  }, [encoding, maxRows]);
  const maxRowsIssue = issues.find((issue) => issue.code === 'settings_max_rows');

  const submit = async (): Promise<void> => {
    setSaved(null);
    if (issues.length > 0) return;
    const result = await save.run(() =>
      saveExportSettings(documentSettings(), { encoding, maxRowsPerFile: maxRows }),
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
          label={m.settingsMaxRows}
          hint={m.settingsMaxRowsHint(MAX_ROWS_PER_FILE_RANGE.min, MAX_ROWS_PER_FILE_RANGE.max)}
          validationState={maxRowsIssue === undefined ? 'none' : 'error'}
          validationMessage={maxRowsIssue === undefined ? null : renderIssue(maxRowsIssue, lang)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={MAX_ROWS_PER_FILE_RANGE.min}
            max={MAX_ROWS_PER_FILE_RANGE.max}
            step={1}
            value={maxRows}
            onChange={(_, data) => {
              setMaxRows(data.value);
              setSaved(null);
            }}
          />
        </Field>
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

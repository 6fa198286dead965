import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../hooks/useAction';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';

/**
 * Progress of a long action with its cancel button. Without a total the bar is indeterminate.
 * The label is a live region so screen readers hear the rows read.
 */
export function ProgressPanel(props: { label: string; progress: Progress | null; onCancel?: () => void }) {
  const { m } = useTexts();
  const styles = usePaneStyles();
  const { label, progress, onCancel } = props;
  const known = progress !== null && progress.total > 0;
  const hint = known ? m.readProgress(progress.done, progress.total) : m.busy;
  return (
    <div className={styles.progress} data-testid="progress">
      <Field className={styles.progressField} label={label} hint={{ children: hint, 'aria-live': 'polite' }}>
        <ProgressBar {...(known ? { value: progress.done, max: progress.total } : {})} />
      </Field>
      {onCancel !== undefined && (
        <Button appearance="secondary" onClick={onCancel}>
          {m.cancel}
        </Button>
      )}
    </div>
  );
}

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { errorText, type PaneError } from '../errors';
import { useTexts } from '../i18n';

/**
 * An action's error in the user's language: Excel's code gets a sentence users can act on; a
 * cancel is information, not an error.
 */
export function ErrorBar(props: { error: PaneError | null; onDismiss?: () => void }) {
  const { m } = useTexts();
  const { error, onDismiss } = props;
  if (error === null) return null;
  const cancelled = error.kind === 'cancelled';
  return (
    <MessageBar intent={cancelled ? 'info' : 'error'} layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        {!cancelled && <MessageBarTitle>{m.errorTitle}</MessageBarTitle>}
        {errorText(error, m)}
      </MessageBarBody>
      {onDismiss !== undefined && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {m.close}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

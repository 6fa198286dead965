import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { UiMessages } from '../i18n/types';

interface Props {
  readonly m: UiMessages;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * Last line of defence: an error while rendering shows a message in the user's language and a
 * retry, never a blank pane. Errors of actions are caught earlier, at the action boundary.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { m, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="error-boundary">
        <MessageBarBody>
          <MessageBarTitle>{m.errorBoundaryTitle}</MessageBarTitle>
          {m.errorBoundaryBody}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ failed: false })}>{m.errorBoundaryRetry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

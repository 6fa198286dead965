import { useCallback, useEffect, useRef, useState } from 'react';
import { toPaneError, type PaneError } from '../errors';

/** Progress of a long read: rows read so far of the total. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface ActionState {
  readonly busy: boolean;
  readonly error: PaneError | null;
  readonly progress: Progress | null;
}

export interface ActionTools {
  readonly signal: AbortSignal;
  readonly setProgress: (progress: Progress | null) => void;
}

/**
 * The action boundary of a component: tracks the user action it runs, turns whatever it throws
 * into a {@link PaneError} (shown by ErrorBar in the user's language, never a blank pane), and
 * offers cancel through an AbortController whose signal goes to the Excel layer's readers.
 * Returns undefined when the action failed or was cancelled.
 */
export function useAction(): ActionState & {
  run: <T>(work: (tools: ActionTools) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
  clearError: () => void;
} {
  const [state, setState] = useState<ActionState>({ busy: false, error: null, progress: null });
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback(async <T>(work: (tools: ActionTools) => Promise<T>): Promise<T | undefined> => {
    // A second run while one runs does not cancel the first: a workbook action refuses it
    // (oneAction.ts, ActionRunningError) and the first goes on, its state untouched.
    const previous = controller.current;
    const own = new AbortController();
    controller.current = own;
    if (previous === null) setState({ busy: true, error: null, progress: null });
    const setProgress = (progress: Progress | null): void => {
      if (mounted.current && controller.current === own) setState((s) => ({ ...s, progress }));
    };
    try {
      const result = await work({ signal: own.signal, setProgress });
      if (mounted.current && controller.current === own)
        setState({ busy: false, error: null, progress: null });
      return result;
    } catch (error) {
      const paneError = toPaneError(error);
      if (paneError.kind === 'action_running') {
        if (controller.current === own) controller.current = previous;
        if (mounted.current) setState((s) => ({ ...s, busy: controller.current !== null, error: paneError }));
        return undefined;
      }
      // Kept for support: the message shown to the user is the catalog's, the details are here.
      if (paneError.kind !== 'cancelled') console.error(error);
      if (mounted.current && controller.current === own)
        setState({ busy: false, error: paneError, progress: null });
      return undefined;
    } finally {
      if (controller.current === own) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearError = useCallback(() => setState((s) => ({ ...s, error: null })), []);

  return { ...state, run, cancel, clearError };
}

/** The error an aborted read is reported with (the readers return `cancelled` as data). */
export function abortError(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

/** Lets the browser paint and handle input before the next chunk of work (the pane never freezes). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

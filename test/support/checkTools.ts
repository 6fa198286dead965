import { DEFAULT_SETTINGS } from '../../src/core';
import type { CheckTools } from '../../src/taskpane/checkSheet';

/** The day the Excel-layer and task-pane tests check on: 28/11/2026. */
export const CHECK_TODAY = new Date(2026, 10, 28);

/** Controleren's tools: default settings, no progress shown, a signal never aborted, `today` as the clock. */
export function checkTools(today: Date = CHECK_TODAY): CheckTools {
  return {
    signal: new AbortController().signal,
    setProgress: () => {},
    settings: DEFAULT_SETTINGS,
    now: () => today,
  };
}

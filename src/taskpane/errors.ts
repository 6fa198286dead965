import type { UiMessages } from './i18n/types';
import { ActionRunningError } from './oneAction';

/*
 * Errors at the action boundary: whatever an action throws (OfficeExtension.Error from Excel, a
 * broken invariant, a cancel) becomes data the pane shows in the user's language. Nothing is
 * swallowed: an unknown error still shows a message (and goes to the console for support).
 */

/** An error the pane can show. `code` is Excel's error code when Excel raised it. */
export type PaneError =
  | { kind: 'cancelled' }
  /** Refused: another workbook action is still running (oneAction.ts); nothing was done. */
  | { kind: 'action_running' }
  | { kind: 'excel'; code: string; message: string }
  | { kind: 'unexpected'; message: string };

/** True for the error an AbortSignal raises (DOMException AbortError, or our own). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

/** OfficeExtension.Error has a string `code` (e.g. "InvalidOperationInCellEditMode") and `debugInfo`. */
function excelCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  const isOfficeError =
    (typeof OfficeExtension !== 'undefined' && error instanceof OfficeExtension.Error) ||
    'debugInfo' in error;
  return isOfficeError && typeof code === 'string' && code !== '' ? code : null;
}

/** Classifies anything thrown by an action. */
export function toPaneError(error: unknown): PaneError {
  if (isAbortError(error)) return { kind: 'cancelled' };
  if (error instanceof ActionRunningError) return { kind: 'action_running' };
  const message = error instanceof Error ? error.message : String(error);
  const code = excelCode(error);
  return code === null ? { kind: 'unexpected', message } : { kind: 'excel', code, message };
}

/**
 * The text for an error. Excel codes users can act on get their own sentence
 * (Excel.ErrorCodes); every other Excel code is named so support can find it.
 */
export function errorText(error: PaneError, m: UiMessages): string {
  switch (error.kind) {
    case 'cancelled':
      return m.cancelled;
    case 'action_running':
      return m.errorActionRunning;
    case 'unexpected':
      return m.errorUnexpected;
    case 'excel':
      switch (error.code) {
        case 'InvalidOperationInCellEditMode':
          return m.errorCellEditMode;
        case 'ItemNotFound':
          return m.errorItemNotFound;
        case 'AccessDenied':
        case 'InsertDeleteConflict':
          return m.errorAccessDenied;
        case 'RequestPayloadSizeLimitExceeded':
        case 'ResponsePayloadSizeLimitExceeded':
          return m.errorTooLarge;
        case 'ActivityLimitReached':
        case 'Conflict':
        case 'ServiceNotAvailable':
          return m.errorBusy;
        default:
          return m.errorExcel(error.code);
      }
  }
}

/** Errors at the pane's action boundary (src/taskpane/errors.ts): data, shown in the user's language. */
import { errorText, isAbortError, toPaneError } from '../../src/taskpane/errors';
import { en } from '../../src/taskpane/i18n/en';
import { fr } from '../../src/taskpane/i18n/fr';
import { nl } from '../../src/taskpane/i18n/nl';

const UI_MESSAGES = { nl, fr, en } as const;

/** What OfficeExtension.Error looks like: a string code and debugInfo. */
function officeError(code: string): Error {
  return Object.assign(new Error(`${code} message`), { code, debugInfo: { code } });
}

test.each([
  ['InvalidOperationInCellEditMode', UI_MESSAGES.nl.errorCellEditMode],
  ['ItemNotFound', UI_MESSAGES.nl.errorItemNotFound],
  ['AccessDenied', UI_MESSAGES.nl.errorAccessDenied],
  ['ResponsePayloadSizeLimitExceeded', UI_MESSAGES.nl.errorTooLarge],
  ['GeneralException', UI_MESSAGES.nl.errorExcel('GeneralException')],
])('Excel %s gets its sentence', (code, text) => {
  const error = toPaneError(officeError(code));
  expect(error).toEqual({ kind: 'excel', code, message: `${code} message` });
  expect(errorText(error, UI_MESSAGES.nl)).toBe(text);
});

test('a cancel is not an error', () => {
  const abort = Object.assign(new Error('cancelled'), { name: 'AbortError' });
  expect(isAbortError(abort)).toBe(true);
  expect(toPaneError(abort)).toEqual({ kind: 'cancelled' });
  expect(errorText({ kind: 'cancelled' }, UI_MESSAGES.fr)).toBe(UI_MESSAGES.fr.cancelled);
});

test('anything else is unexpected, with a message in the language', () => {
  expect(toPaneError(new TypeError('x is undefined'))).toEqual({
    kind: 'unexpected',
    message: 'x is undefined',
  });
  expect(toPaneError('boom')).toEqual({ kind: 'unexpected', message: 'boom' });
  expect(errorText({ kind: 'unexpected', message: 'x' }, UI_MESSAGES.en)).toBe(
    UI_MESSAGES.en.errorUnexpected,
  );
});

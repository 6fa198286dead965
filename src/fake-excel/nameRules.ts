import { lettersToColumn, MAX_COLUMNS, MAX_ROWS } from './addresses';
import { FakeErrorCodes, officeError, type FakeOfficeExtensionError } from './errors';

/**
 * Worksheet name rules, as Excel's "Rename a worksheet" help states them: a name cannot be blank,
 * cannot hold more than 31 characters, cannot contain / \ ? * : [ ], cannot begin or end with an
 * apostrophe, and cannot be "History" (reserved). Names are unique ignoring case. (Also written up
 * at wisechecker.com "Excel Sheet Name Rules" and openboxmodels.com; Excel reports an invalid name
 * from the API as InvalidArgument and a duplicate as ItemAlreadyExists.)
 *
 * Length is counted in UTF-16 code units, like Excel.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_CHARACTERS = /[[\]:*?/\\]/;

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'a worksheet name must be a string';
  if (name.trim().length === 0) return 'a worksheet name cannot be blank';
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `a worksheet name cannot exceed ${MAX_SHEET_NAME_LENGTH} characters`;
  if (FORBIDDEN_SHEET_CHARACTERS.test(name)) return 'a worksheet name cannot contain [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'"))
    return 'a worksheet name cannot begin or end with an apostrophe';
  if (name.toUpperCase() === 'HISTORY') return '"History" is a reserved worksheet name';
  return null;
}

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Throws the Office error Excel gives for `name` among `existing` names, or returns normally. */
export function assertValidNewSheetName(name: unknown, existing: readonly string[], location: string): void {
  const problem = sheetNameProblem(name);
  if (problem !== null) throw officeError(FakeErrorCodes.invalidArgument, problem, location);
  if (existing.some((other) => sameName(other, name as string))) {
    throw officeError(
      FakeErrorCodes.itemAlreadyExists,
      `a worksheet named '${name as string}' already exists`,
      location,
    );
  }
}

function looksLikeCellReference(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!m) return false;
  const column = lettersToColumn(m[1] ?? '');
  const row = Number(m[2]);
  return column >= 0 && column < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS;
}

/**
 * Defined names and table names ("Names in formulas", Microsoft support; KB Q111393 "Some names are
 * reserved"): start with a letter, an underscore or a backslash; then letters, digits, periods and
 * underscores; no spaces; at most 255 characters; not a cell reference; not C, R or an R1C1 reference.
 */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'a name cannot be blank';
  if (name.length > 255) return 'a name cannot exceed 255 characters';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return 'a name must start with a letter, "_" or "\\" and hold only letters, digits, "." and "_"';
  }
  if (looksLikeCellReference(name)) return 'a name cannot look like a cell reference';
  if (/^(R\d*)?(C\d*)?$/i.test(name)) return 'C, R and R1C1-style references are reserved';
  return null;
}

export function assertValidDefinedName(name: unknown, taken: readonly string[], location: string): void {
  const problem = definedNameProblem(name);
  if (problem !== null) throw invalidName(problem, location);
  if (taken.some((other) => sameName(other, name as string))) {
    throw officeError(
      FakeErrorCodes.itemAlreadyExists,
      `the name '${name as string}' already exists`,
      location,
    );
  }
}

function invalidName(problem: string, location: string): FakeOfficeExtensionError {
  return officeError(FakeErrorCodes.invalidArgument, problem, location);
}

import type { Cell, RegistrationColumn } from '../core';

/**
 * Turns a custom-function argument into the core's `Cell`, the shape the rules validate.
 *
 * What Excel passes for a parameter of type `any` (the functions declare `unknown`, which the
 * metadata generator maps to `any`):
 * - text, a number, a boolean: the JavaScript string, number, boolean. A date is its serial
 *   number: custom functions receive no number format, so a date cannot be told from a number.
 * - an empty cell: `0` in Excel on Windows, `null` in Excel on the web (office-js issue #4702,
 *   https://github.com/OfficeDev/office-js/issues/4702); an omitted optional argument: `null`
 *   ("When no value is specified for an optional parameter, Excel assigns it the value null",
 *   Custom functions parameter options). So `null` and `0` both count as empty: no value of the
 *   registration file is ever 0, so nothing valid is lost, and the same sheet gives the same
 *   answer on every platform. A cell really holding 0 is thus "empty" to the formulas (the task
 *   pane, which reads the cells with their types, still reports it).
 * - a data type (Excel.CellValue object, because the generated metadata sets
 *   `allowCustomDataForDataTypeAny`): its `basicValue` for strings, numbers and booleans, an
 *   error otherwise.
 * - an error cell: never; Excel returns the error without calling the function (the metadata
 *   does not set `allowErrorForDataTypeAny`). Handled anyway, as a `CustomFunctions.Error`-like
 *   object `{ code: '#N/A' }`.
 *
 * Geboortedatum: a number is read as a date serial or as typed digits, see {@link classifyDateNumber}.
 */
export function cellFromArgument(value: unknown, column: RegistrationColumn): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value === '' ? EMPTY : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return cellFromNumber(value, column);
  if (typeof value === 'object') return cellFromObject(value as Record<string, unknown>, column);
  return { kind: 'error', value: '#VALUE!' };
}

const EMPTY: Cell = Object.freeze({ kind: 'empty', value: null });

/** Largest serial read as a date: 99999 is 13/10/2173; 100000 and more are never dates here. */
export const MAX_DATE_SERIAL = 99_999;

/**
 * How a number in the Geboortedatum argument is read, since custom functions see no number format:
 * - `serial`: above 0 and at most 5 digits before the decimal point (1 to 99999.x). Every birth
 *   date from 1900 to 2173 is such a serial; no 5-digit number is a `ddmmyyyy` date.
 * - `digits`: an integer of 7 or 8 digits, a `ddmmyyyy` date Excel stored as a number (7 digits
 *   once the leading zero of days 01-09 is dropped). As serials these would be years 4670-9999.
 * - `other`: anything else (0, negative, 6 digits, 9 or more digits, 7-8 digits with a fraction).
 *
 * @example
 * ```ts
 * classifyDateNumber(31258); // 'serial'  (30/07/1985)
 * classifyDateNumber(1012000); // 'digits'  (01012000)
 * classifyDateNumber(123456); // 'other'
 * ```
 */
export function classifyDateNumber(value: number): 'serial' | 'digits' | 'other' {
  if (!Number.isFinite(value)) return 'other';
  if (value >= 1 && value < MAX_DATE_SERIAL + 1) return 'serial';
  if (Number.isInteger(value) && value >= 1_000_000 && value < 100_000_000) return 'digits';
  return 'other';
}

function cellFromNumber(value: number, column: RegistrationColumn): Cell {
  if (value === 0) return EMPTY;
  if (!Number.isFinite(value)) return { kind: 'error', value: '#NUM!' };
  if (column === 'geboortedatum' && classifyDateNumber(value) === 'serial') return { kind: 'date', value };
  return { kind: 'number', value };
}

function cellFromObject(value: Record<string, unknown>, column: RegistrationColumn): Cell {
  const code = value['code'];
  if (typeof code === 'string' && code.startsWith('#')) return { kind: 'error', value: code };
  if (value['type'] === 'Error') {
    const basic = value['basicValue'];
    return { kind: 'error', value: typeof basic === 'string' ? basic : '#VALUE!' };
  }
  const basic = value['basicValue'];
  if (typeof basic === 'string' || typeof basic === 'number' || typeof basic === 'boolean') {
    return cellFromArgument(basic, column);
  }
  return { kind: 'error', value: '#VALUE!' };
}

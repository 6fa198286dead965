import { asErrorLiteral, type CellContent, EMPTY } from './cellContent';
import { ymdToSerial, type DateSystem } from './dates';
import { isDateFormat, isTextFormat, SYSTEM_SHORT_DATE } from './numberFormats';

/**
 * How Excel turns what is written into a cell (through `Range.values`, `Range.formulas`, or a user
 * typing) into what the cell holds. Sources:
 *
 * - Excel.Range.values (@types/office-js): "If the returned value starts with a plus ("+"), minus
 *   ("-"), or equal sign ("="), Excel interprets this value as a formula. Locale-shaped strings
 *   (such as the date "19-8-2025" in nl-NL or fr-FR, format DD-MM-YYYY) are stored as text instead
 *   of as dates. To ensure dates are stored as dates, use ... a locale-neutral format like ISO
 *   (YYYY-MM-DD)". So parsing here is en-US: decimal point '.', thousands ',' in groups of three,
 *   dates ISO `yyyy-mm-dd` or US `m/d/yyyy`. A Belgian `1,5` or `28/11/2026` stays text.
 * - Range.Formula (VBA, same engine): "If you set the value or formula of a cell to a date, Microsoft
 *   Excel checks to see whether that cell is already formatted with one of the date or time number
 *   formats. If not, Microsoft Excel changes the number format to the default short date number
 *   format." (the fake uses `m/d/yyyy`, the en-US code of the system short date).
 * - Numeric-looking text under General becomes a number and loses its leading zeros; under the
 *   text format `@`, or after a leading apostrophe, it stays text and the apostrophe is not part of
 *   the value (ARCHITECTURE "Testing"; Excel help "Keep leading zeros"; the apostrophe is Excel's
 *   prefix character).
 * - "TRUE"/"FALSE" in any case become booleans; typed error literals such as "#N/A" become errors.
 * - A leading or trailing space keeps an entry as text (Microsoft KB Q97912 "Text or number
 *   converted to unintended number format": "Place a space at the beginning of the entry").
 * - Typed numbers keep 15 significant digits ("Excel specifications and limits": number precision).
 * - Numbers and booleans written as JSON numbers/booleans stay as they are, even under `@`.
 *
 * Not modelled (stays text): times ("12:30"), partial dates ("1/2", "Jan 5"), currency ("$5"),
 * fractions ("1 1/2"), dates with 2-digit years. A string starting with "@" stays text.
 */
export interface CoercionContext {
  /** Number format of the cell before the write. */
  readonly numberFormat: string;
  readonly dateSystem: DateSystem;
}

export interface Coerced {
  readonly content: CellContent;
  /** Number format Excel applies as a side effect (dates, percentages). */
  readonly numberFormat?: string;
}

/** A JSON value coming from the add-in for one cell; `null` means "leave this cell unchanged". */
export type CellInput = string | number | boolean | null;

export function isCellInput(value: unknown): value is CellInput {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}

const NUMBER_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

/** en-US numeric text → number, or null. Percentages and accounting parentheses included. */
export function parseNumberText(text: string): { value: number; numberFormat?: string } | null {
  let body = text;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1);
  }
  if (body.startsWith('-') || body.startsWith('+')) {
    if (sign === -1) return null;
    sign = body.startsWith('-') ? -1 : 1;
    body = body.slice(1);
  }
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1);
  }
  // At least one digit before any exponent: "e5" is text, "1e5" is 100000.
  if (!/\d/.test(body.replace(/[eE].*$/, '')) || !NUMBER_BODY.test(body)) return null;
  const mantissa = body.replace(/,/g, '');
  let value = Number(truncateToFifteenDigits(mantissa));
  if (!Number.isFinite(value)) return null;
  value *= sign;
  if (Object.is(value, -0)) value = 0;
  if (percent) {
    const decimals = /\.(\d+)/.exec(mantissa)?.[1]?.length ?? 0;
    return { value: Number((value / 100).toPrecision(15)), numberFormat: decimals > 0 ? '0.00%' : '0%' };
  }
  return { value };
}

/** Excel keeps 15 significant digits of a typed number and turns the rest into zeros (no rounding). */
function truncateToFifteenDigits(numberText: string): string {
  const [body = '', exponent] = numberText.split(/[eE]/);
  let significant = 0;
  let out = '';
  for (const ch of body) {
    if (ch >= '0' && ch <= '9') {
      if (significant > 0 || ch !== '0') significant += 1;
      out += significant > 15 ? '0' : ch;
    } else {
      out += ch;
    }
  }
  return exponent === undefined ? out : `${out}e${exponent}`;
}

/** ISO `yyyy-mm-dd` / `yyyy/mm/dd` and US `m/d/yyyy` / `m-d-yyyy` → serial, or null. */
export function parseDateText(text: string, system: DateSystem): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return ymdToSerial({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, system);
  m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) return ymdToSerial({ year: Number(m[4]), month: Number(m[1]), day: Number(m[3]) }, system);
  return null;
}

export function coerceInput(input: string | number | boolean, context: CoercionContext): Coerced {
  if (typeof input === 'number')
    return { content: { kind: 'number', value: Object.is(input, -0) ? 0 : input } };
  if (typeof input === 'boolean') return { content: { kind: 'boolean', value: input } };
  return coerceText(input, context);
}

function coerceText(text: string, context: CoercionContext): Coerced {
  if (text === '') return { content: EMPTY };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return { content: rest === '' ? EMPTY : { kind: 'string', value: rest } };
  }
  if (isTextFormat(context.numberFormat)) return { content: { kind: 'string', value: text } };
  if (text.startsWith('=') && text.length > 1) return { content: { kind: 'formula', formula: text } };
  if (/^(true|false)$/i.test(text))
    return { content: { kind: 'boolean', value: text.toUpperCase() === 'TRUE' } };
  const error = asErrorLiteral(text);
  if (error !== null) return { content: { kind: 'error', value: error } };
  const number = parseNumberText(text);
  if (number !== null) {
    const content: CellContent = { kind: 'number', value: number.value };
    return number.numberFormat === undefined ? { content } : { content, numberFormat: number.numberFormat };
  }
  const serial = parseDateText(text, context.dateSystem);
  if (serial !== null) {
    const content: CellContent = { kind: 'number', value: serial };
    return isDateFormat(context.numberFormat) ? { content } : { content, numberFormat: SYSTEM_SHORT_DATE };
  }
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) {
    // "Excel interprets this value as a formula" (Range.values); the fake stores it as one.
    return { content: { kind: 'formula', formula: `=${text}` } };
  }
  return { content: { kind: 'string', value: text } };
}

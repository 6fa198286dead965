import type { CellContent, Scalar } from './cellContent';
import { serialToYmd, type DateSystem } from './dates';

/**
 * Number formats: which ones are "text" and "date", and a deliberately small renderer for
 * `Range.text`.
 *
 * `numberFormat` strings are the en-US codes the API returns (not `numberFormatLocal`): the system
 * short date is `m/d/yyyy` whatever the user's locale (built-in format 14), text is `@`.
 *
 * `Range.text` is "the text values of the specified range", what Excel shows, and "will not depend on
 * the cell width" (Excel.Range.text; Range.Text in VBA: "the formatted text"). Rendering is
 * simplified and documented as such: General shows a number in at most 11 characters, the width
 * of a standard column (Excel "Available number formats": General "uses scientific (exponential)
 * notation for large numbers (12 or more digits)"; "Display numbers in scientific (exponential)
 * notation": `1.23457E+11`), rounding decimals to fit; booleans show `booleanDisplay` (Excel
 * shows TRUE/FALSE in its own language: WAAR/ONWAAR in Dutch Excel, VRAI/FAUX in French);
 * `0`, `0.00`, `#,##0`,
 * `0%`, `0.00%` are rendered; date formats render the tokens d, dd, ddd, dddd, m, mm, mmm, mmmm, yy,
 * yyyy; the system short date `m/d/yyyy` renders as `shortDateDisplay` (default `dd/mm/yyyy`, what a
 * Belgian user sees). Add-in code must not parse `text` anyway (ARCHITECTURE: "never infer types
 * from locale-formatted display text").
 */
export const GENERAL = 'General';
export const TEXT_FORMAT = '@';
export const SYSTEM_SHORT_DATE = 'm/d/yyyy';

export function normalizeNumberFormat(format: string): string {
  return format === '' ? GENERAL : format;
}

export function isTextFormat(format: string): boolean {
  return format.trim() === TEXT_FORMAT;
}

/** Strips quoted literals, [brackets] (colors, locale tags like [$-409]) and backslash escapes. */
function codeLetters(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
}

export function isDateFormat(format: string): boolean {
  if (format === GENERAL || isTextFormat(format)) return false;
  const letters = codeLetters(format.split(';')[0] ?? '');
  return (
    /[dy]/.test(letters) ||
    (/m/.test(letters) && /[hs]/.test(letters)) ||
    /^m+$/.test(letters.replace(/[^a-z]/g, ''))
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function renderDate(
  serial: number,
  format: string,
  system: DateSystem,
  shortDateDisplay: string,
): string {
  const ymd = serialToYmd(serial, system);
  if (!ymd) return '#'.repeat(8); // Excel shows #### for dates it cannot display
  const pattern = format === SYSTEM_SHORT_DATE ? shortDateDisplay : format;
  const weekday = new Date(Date.UTC(2000, ymd.month - 1, ymd.day));
  weekday.setUTCFullYear(ymd.year);
  const tokens: Record<string, string> = {
    yyyy: String(ymd.year).padStart(4, '0'),
    yy: pad2(ymd.year % 100),
    mmmm: MONTHS[ymd.month - 1] ?? '',
    mmm: (MONTHS[ymd.month - 1] ?? '').slice(0, 3),
    mm: pad2(ymd.month),
    m: String(ymd.month),
    dddd: DAYS[weekday.getUTCDay()] ?? '',
    ddd: (DAYS[weekday.getUTCDay()] ?? '').slice(0, 3),
    dd: pad2(ymd.day),
    d: String(ymd.day),
  };
  const cleaned = pattern.replace(/\[[^\]]*\]/g, '').split(';')[0] ?? '';
  return cleaned.replace(
    /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|"([^"]*)"|\\(.)/gi,
    (match, quoted, escaped) => {
      if (typeof quoted === 'string') return quoted;
      if (typeof escaped === 'string') return escaped;
      return tokens[match.toLowerCase()] ?? match;
    },
  );
}

function renderNumber(value: number, format: string): string {
  const section = (format.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const percent = section.includes('%');
  const n = percent ? value * 100 : value;
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  if (!/[0#]/.test(section)) return String(value);
  let body = n.toFixed(decimals);
  if (section.includes(',')) {
    const [int = '', frac] = body.split('.');
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign ? int.slice(1) : int;
    body = sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return percent ? `${body}%` : body;
}

/** Characters General fits a number in (a standard-width column). */
const GENERAL_WIDTH = 11;

/** `1.23457E+11`, `1E+21`, `-1.5E-10`: mantissa trimmed of trailing zeros, exponent 2+ digits. */
function scientific(value: number, digits: number): string {
  const [mantissa = '', exponent = '0'] = value.toExponential(digits).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const power = Number(exponent);
  return `${trimmed}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
}

/**
 * A number under General, as Excel shows it in a standard-width column (and so in `Range.text`):
 * whole numbers up to 11 characters as they are, decimals rounded to fit 11 characters, larger or
 * smaller numbers in scientific notation with as many digits as fit (`123456789012` ->
 * `1.23457E+11`, `1e21` -> `1E+21`).
 */
export function generalText(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const width = GENERAL_WIDTH - sign.length;
  if (abs >= 1e-9 && abs < 10 ** width) {
    const whole = Math.floor(abs).toFixed(0);
    const decimals = Math.max(0, width - whole.length - 1);
    const fixed = abs.toFixed(Math.min(decimals, 20));
    const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
    if (text !== '0' && text.length <= width) return sign + text;
  }
  // Scientific: `d.dddddE+XX`; digits after the point as many as fit the width.
  const exponentLength = Math.abs(Math.floor(Math.log10(abs))) >= 100 ? 5 : 4;
  const digits = Math.max(0, width - exponentLength - 2);
  return sign + scientific(abs, digits);
}

export interface TextRenderOptions {
  readonly dateSystem: DateSystem;
  readonly shortDateDisplay: string;
  /** How a boolean shows: Excel's words in its own language (default TRUE / FALSE). */
  readonly booleanDisplay?: readonly [string, string];
}

export function renderText(
  content: CellContent,
  value: Scalar,
  format: string,
  options: TextRenderOptions,
): string {
  if (content.kind === 'empty') return '';
  if (typeof value === 'boolean') {
    const [yes, no] = options.booleanDisplay ?? ['TRUE', 'FALSE'];
    return value ? yes : no;
  }
  if (typeof value === 'string') return value;
  if (format === GENERAL || isTextFormat(format)) return generalText(value);
  if (isDateFormat(format)) return renderDate(value, format, options.dateSystem, options.shortDateDisplay);
  return renderNumber(value, format);
}

import type { CellContent, Scalar } from './cellContent';
import { serialToYmd, type DateSystem } from './dates';

/**
 * Number formats: which ones are "text" and "date", and a deliberately small renderer for
 * `Range.text`.
 *
 * `numberFormat` strings are the en-US codes the API returns (not `numberFormatLocal`): the system
 * short date is `m/d/yyyy` whatever the user's locale (built-in format 14), text is `@`.
 *
 * `Range.text` rendering is simplified and documented as such: General numbers use JavaScript's
 * `String(n)` (Excel would switch to scientific notation past 11 characters); `0`, `0.00`, `#,##0`,
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

export interface TextRenderOptions {
  readonly dateSystem: DateSystem;
  readonly shortDateDisplay: string;
}

export function renderText(
  content: CellContent,
  value: Scalar,
  format: string,
  options: TextRenderOptions,
): string {
  if (content.kind === 'empty') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === GENERAL || isTextFormat(format)) return String(value);
  if (isDateFormat(format)) return renderDate(value, format, options.dateSystem, options.shortDateDisplay);
  return renderNumber(value, format);
}

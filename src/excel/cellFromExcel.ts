import type { Cell } from '../core';

/*
 * One cell as Excel hands it over (`Range.values` + `Range.valueTypes` + `Range.numberFormat`)
 * turned into core's `Cell`. Pure: no Office call here (ARCHITECTURE "Talking to Excel": "Read
 * `values` together with `valueTypes` and `numberFormat` ... never infer types from
 * locale-formatted display text").
 *
 * - `valueTypes` (Excel.RangeValueType): "Empty", "String", "Double", "Integer", "Boolean",
 *   "Error", "RichValue", "Unknown". Excel reports every number as "Double".
 * - A number is a date when its number format is a date format: Excel stores dates as serial
 *   numbers and only the format says "date" ("Date systems in Excel"; Excel.Range.numberFormat is
 *   the format code in invariant, en-US form, so `m/d/yyyy` whatever the user's language, unlike
 *   `numberFormatLocal`, which would say `d/m/jjjj` on a Dutch Excel).
 * - The 1904 date system (Workbook.use1904DateSystem, ExcelApi 1.16) counts from 1 January 1904:
 *   serial 0 there is serial 1462 in the 1900 system ("Date systems in Excel": "the difference
 *   between the two date systems is 1,462 days"). core's `Cell` always carries a 1900 serial.
 */

/** Days between the 1904 and the 1900 date systems ("Date systems in Excel"). */
export const DATE_1904_OFFSET = 1462;

export interface CellConversionOptions {
  /** The workbook uses the 1904 date system: date serials are shifted to the 1900 system. */
  readonly use1904?: boolean;
}

const EMPTY: Cell = { kind: 'empty', value: null };

/**
 * Splits a format code into its sections (`positive;negative;zero;text`), ignoring `;` inside
 * quotes, brackets and after a backslash.
 */
function sections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < format.length) {
    const c = format.charAt(i);
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end + 1;
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end + 1;
    } else if (c === '\\') {
      i += 2;
    } else {
      if (c === ';') {
        out.push(format.slice(start, i));
        start = i + 1;
      }
      i++;
    }
  }
  out.push(format.slice(start));
  return out;
}

/** The section Excel uses for `value`: first for positive, second for negative, third for zero. */
function sectionFor(format: string, value: number): string {
  const parts = sections(format);
  if (value < 0 && parts.length >= 2) return parts[1] ?? '';
  if (value === 0 && parts.length >= 3) return parts[2] ?? '';
  return parts[0] ?? '';
}

/**
 * True when a number format code shows a date (day, month or year), by Excel's format-code rules
 * ("Review guidelines for customizing a number format", Microsoft Support; ECMA-376 Part 1
 * §18.8.31 numFmt):
 * - `d`, `y` anywhere outside literals make a date; `m` makes a month only when the section has no
 *   hour or second ("If you use the m or mm code immediately after the h or hh code or
 *   immediately before the ss code, Excel displays minutes instead of the month"): `h:mm` is a
 *   time, `mmm yyyy` and `mmmm` are dates.
 * - Ignored as literals: text in double quotes, a character after `\`, the character after `_`
 *   (space of that width) and after `*` (repeat that character), and `[...]` blocks: colours
 *   (`[Red]`), conditions (`[<100]`), locale tags (`[$-813]`, `[$-x-sysdate]`, whose own tokens
 *   follow outside the brackets). `[h]`, `[mm]`, `[ss]` are elapsed time, not a date.
 * - `General`, `AM/PM` and `A/P` are not tokens of a date (their letters do not count).
 * - `@` (text) and `General` are never dates.
 * Only the section that applies to `value` is looked at (default: the positive one).
 *
 * @example
 * ```ts
 * isDateFormat('dd/mm/yyyy'); // true
 * isDateFormat('[$-x-sysdate]dddd, mmmm dd, yyyy'); // true
 * isDateFormat('h:mm AM/PM'); // false (a time)
 * isDateFormat('[h]:mm:ss'); // false (elapsed time)
 * isDateFormat('"day" 0'); // false (quoted text)
 * isDateFormat('0.00'); // false
 * ```
 */
export function isDateFormat(format: string, value = 1): boolean {
  const code = sectionFor(format, value);
  let hasDate = false;
  let hasMonthOrMinute = false;
  let hasTime = false;
  let i = 0;
  while (i < code.length) {
    const c = code.charAt(i);
    const lower = c.toLowerCase();
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end + 1;
      continue;
    }
    if (c === '\\' || c === '_' || c === '*') {
      i += 2;
      continue;
    }
    if (c === '[') {
      const end = code.indexOf(']', i + 1);
      const inside = code.slice(i + 1, end < 0 ? code.length : end);
      // Elapsed hours, minutes or seconds: a duration, never a date.
      if (/^(h+|m+|s+)$/iu.test(inside)) hasTime = true;
      i = end < 0 ? code.length : end + 1;
      continue;
    }
    const rest = code.slice(i, i + 7).toLowerCase();
    if (rest === 'general') {
      i += 7;
      continue;
    }
    if (rest.startsWith('am/pm')) {
      hasTime = true;
      i += 5;
      continue;
    }
    if (rest.startsWith('a/p')) {
      hasTime = true;
      i += 3;
      continue;
    }
    if (lower === 'd' || lower === 'y') hasDate = true;
    else if (lower === 'm') hasMonthOrMinute = true;
    else if (lower === 'h' || lower === 's') hasTime = true;
    i++;
  }
  return hasDate || (hasMonthOrMinute && !hasTime);
}

/** True for a cell Excel reports as holding nothing (valueType Empty, or a formula giving ""). */
export function isEmptyExcelValue(value: unknown, valueType: string): boolean {
  return valueType === 'Empty' || value === '' || value === null || value === undefined;
}

/**
 * core's `Cell` for one cell as Excel reports it:
 * - `Empty` -> empty; `String` -> text (a formula giving "" is text '', which core treats as blank);
 * - `Double` / `Integer` -> `date` (1900-system serial) when the number format is a date format
 *   ({@link isDateFormat}), else `number`;
 * - `Boolean` -> boolean; `Error` -> error with Excel's error text (`#N/A`, `#VALUE!`...);
 * - `RichValue` / `Unknown` (linked data types, images in cells, ...): an error cell holding what
 *   Excel shows, so core reports cell_error instead of exporting a value the user never typed.
 * A value whose JavaScript type does not match its valueType is taken by its JavaScript type.
 * `text` (the cell's `Range.text`, what Excel shows) is kept on a number, date or boolean cell when
 * given: core's cell_not_text fix is that text (cellDisplayText).
 *
 * @example
 * ```ts
 * cellFromExcel(31258, 'Double', 'dd/mm/yyyy'); // { kind: 'date', value: 31258 } (30/07/1985)
 * cellFromExcel(29796, 'Double', 'd/m/yyyy', { use1904: true }); // { kind: 'date', value: 31258 }
 * cellFromExcel(5032012345, 'Double', 'General'); // { kind: 'number', value: 5032012345 }
 * cellFromExcel('#N/A', 'Error', 'General'); // { kind: 'error', value: '#N/A' }
 * cellFromExcel(true, 'Boolean', 'General', {}, 'WAAR'); // { kind: 'boolean', value: true, text: 'WAAR' }
 * ```
 */
export function cellFromExcel(
  value: unknown,
  valueType: string,
  numberFormat: string,
  options: CellConversionOptions = {},
  text?: string,
): Cell {
  switch (valueType) {
    case 'Empty':
      return EMPTY;
    case 'Error':
      return { kind: 'error', value: String(value) };
    case 'RichValue':
    case 'Unknown':
      return { kind: 'error', value: typeof value === 'string' && value !== '' ? value : `#${valueType}` };
    default:
      break;
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value) && isDateFormat(numberFormat, value)) {
      const serial = options.use1904 === true ? value + DATE_1904_OFFSET : value;
      return text === undefined ? { kind: 'date', value: serial } : { kind: 'date', value: serial, text };
    }
    return text === undefined ? { kind: 'number', value } : { kind: 'number', value, text };
  }
  if (typeof value === 'boolean') {
    return text === undefined ? { kind: 'boolean', value } : { kind: 'boolean', value, text };
  }
  if (typeof value === 'string') return { kind: 'text', value };
  return EMPTY;
}

import { isRealDate } from './calendar';
import type { CalendarDate } from './types';

/**
 * Birth dates as text: the strict Geboortedatum form of the registration file, and the looser
 * forms people type, for the VACCINNET custom function that turns them into that form.
 */

/** Why a Geboortedatum text was refused (SPEC's issue table). */
export type BirthDateTextError = 'birthdate_format' | 'birthdate_invalid';

/** Reads `length` ASCII digits of `text` from `start`, or -1 if any of them is not one. */
function readDigits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** `ddmmyyyy` as a real date, or null; `text` must already be 8 ASCII digits. */
function ddmmyyyyToDate(text: string): CalendarDate | null {
  const day = readDigits(text, 0, 2);
  const month = readDigits(text, 2, 2);
  const year = readDigits(text, 4, 4);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Parses a Geboortedatum exactly as the registration file needs it (SPEC: "`ddmmyyyy`: exactly 8
 * digits, zero-padded, no separators, a real date"). The caller has already trimmed the text
 * (edge whitespace is its own issue, whitespace_edge), so nothing is forgiven here.
 * - `birthdate_format`: not exactly 8 ASCII digits (separators, 7 digits, fullwidth digits...).
 * - `birthdate_invalid`: 8 digits that are no real date (31/04, 29/02 outside leap years, year 0000).
 * Whether the date lies in the future or before 1900 is for the caller, who knows "today".
 *
 * @example
 * ```ts
 * parseBirthDateText('30071985'); // { ok: true, value: { year: 1985, month: 7, day: 30 } }
 * parseBirthDateText('30/07/1985'); // { ok: false, code: 'birthdate_format' }
 * parseBirthDateText('29022023'); // { ok: false, code: 'birthdate_invalid' }
 * ```
 */
export function parseBirthDateText(
  text: string,
): { ok: true; value: CalendarDate } | { ok: false; code: BirthDateTextError } {
  const packed = readBirthDateText(text);
  if (packed === FORMAT) return { ok: false, code: 'birthdate_format' };
  if (packed === INVALID) return { ok: false, code: 'birthdate_invalid' };
  return { ok: true, value: unpackDate(packed) };
}

/** {@link readBirthDateText}: not exactly 8 ASCII digits (birthdate_format). */
export const BIRTH_DATE_FORMAT = -1;
/** {@link readBirthDateText}: 8 digits that are no real date (birthdate_invalid). */
export const BIRTH_DATE_INVALID = -2;
const FORMAT = BIRTH_DATE_FORMAT;
const INVALID = BIRTH_DATE_INVALID;

/**
 * parseBirthDateText without the result objects (internal to core; exported for
 * validateRegistrations and its tests): the date as one integer `yyyymmdd` (the key
 * calendar.ts compareDates orders by, so `>` on two of them compares the dates), or
 * {@link BIRTH_DATE_FORMAT} / {@link BIRTH_DATE_INVALID}. parseBirthDateText wraps it, so the two
 * cannot disagree. Spares validateRegistrations the result and the date object per birth date
 * (two objects per name row).
 *
 * @example
 * ```ts
 * readBirthDateText('30071985'); // 19850730
 * readBirthDateText('30/07/1985'); // BIRTH_DATE_FORMAT
 * readBirthDateText('29022023'); // BIRTH_DATE_INVALID
 * ```
 */
export function readBirthDateText(text: string): number {
  if (text.length !== 8) return FORMAT;
  const day = readDigits(text, 0, 2);
  const month = readDigits(text, 2, 2);
  const year = readDigits(text, 4, 4);
  if (day < 0 || month < 0 || year < 0) return FORMAT;
  return isRealDate(year, month, day) ? packDate(year, month, day) : INVALID;
}

/** `yyyymmdd` as one integer, the order key of calendar.ts compareDates. */
export const packDate = (year: number, month: number, day: number): number =>
  year * 10000 + month * 100 + day;

/** Inverse of {@link packDate}. */
export function unpackDate(packed: number): CalendarDate {
  return { year: Math.floor(packed / 10000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

/** Day-first: d or dd, then month m or mm, then a 4-digit year, one separator kind used twice. */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** Year-first ISO 8601 style, `-` only (`1985-07-30`, also `1985-7-30`). */
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Eight bare digits, read as ddmmyyyy like the Geboortedatum column. */
const EIGHT_DIGITS = /^\d{8}$/;

/**
 * Parses the date texts Belgian users commonly type, for the BIRTHDATETEXT custom function.
 * Outer whitespace is ignored. Accepted (ASCII digits only; `\d` without the `u` flag):
 * - `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` with one or two digits for day and month and the same
 *   separator twice (`30/07/1985`, `30-7-1985`, `30.07.1985`): always DAY first, as written in
 *   Belgium, never the US month-first reading;
 * - `yyyy-m-d` (`1985-07-30`): a four-digit first group can only be a year;
 * - `ddmmyyyy` (`30071985`), never read as yyyymmdd.
 * Two-digit years are refused (is `30/07/25` 1925 or 2025? For a birth date both are plausible),
 * as is everything else, including a date that does not exist: all give null.
 *
 * @example
 * ```ts
 * parseCommonDateText('30-7-1985'); // { year: 1985, month: 7, day: 30 }
 * parseCommonDateText('1985-07-30'); // { year: 1985, month: 7, day: 30 }
 * parseCommonDateText('30/07/85'); // null  (two-digit year)
 * parseCommonDateText('31/04/1985'); // null  (no 31 April)
 * ```
 */
export function parseCommonDateText(text: string): CalendarDate | null {
  const t = text.trim();
  if (EIGHT_DIGITS.test(t)) return ddmmyyyyToDate(t);
  let year: number;
  let month: number;
  let day: number;
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) {
    day = Number(dayFirst[1]);
    month = Number(dayFirst[3]);
    year = Number(dayFirst[4]);
  } else {
    const yearFirst = YEAR_FIRST.exec(t);
    if (!yearFirst) return null;
    year = Number(yearFirst[1]);
    month = Number(yearFirst[2]);
    day = Number(yearFirst[3]);
  }
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

import type { CalendarDate } from './types';

/**
 * Calendar arithmetic on plain `{ year, month, day }` values: no time, no zone, no clock.
 *
 * Everything here is integer arithmetic on the proleptic Gregorian calendar, so results never
 * depend on the machine's time zone or on `Date` quirks (two-digit years mapped to 19xx, DST
 * gaps). The only `Date` the module touches is the one the caller passes to
 * {@link calendarDateOf} (ARCHITECTURE: core never reads the clock).
 */

/** Days per month in a common year; index 0 is unused so the month number indexes directly. */
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Gregorian rule: every 4th year, except centuries, except every 400th.
 *
 * @example
 * ```ts
 * isLeapYear(2000); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in `month` (1-12) of `year`, or 0 for a month outside 1-12.
 *
 * @example
 * ```ts
 * daysInMonth(2000, 2); // 29
 * daysInMonth(1900, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month] ?? 0;
}

/**
 * True when `year`-`month`-`day` exists in the Gregorian calendar, for years 1 to 9999 (the
 * four-digit years every text format of SPEC can hold). All three must be integers.
 *
 * @example
 * ```ts
 * isRealDate(2024, 2, 29); // true  (leap year)
 * isRealDate(2023, 2, 29); // false
 * isRealDate(1900, 2, 29); // false (1900 is not a leap year, whatever Excel says)
 * ```
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The calendar date the user sees for `date`: read with the LOCAL getters, because "today" and
 * "not in the future" (SPEC: INSZ rules, birthdate_future) are judged on the user's wall-clock
 * date, not on UTC (a Belgian user at 00:30 is already on the next day while UTC is not).
 *
 * @example
 * ```ts
 * calendarDateOf(new Date(2026, 5, 15, 23, 59)); // { year: 2026, month: 6, day: 15 }
 * ```
 */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Orders two calendar dates: -1 when `a` is earlier, 0 when equal, 1 when later.
 *
 * @example
 * ```ts
 * compareDates({ year: 2000, month: 2, day: 29 }, { year: 2000, month: 3, day: 1 }); // -1
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const ka = a.year * 10000 + a.month * 100 + a.day;
  const kb = b.year * 10000 + b.month * 100 + b.day;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`,
 * https://howardhinnant.github.io/date_algorithms.html). Pure integer arithmetic, valid far
 * beyond 1..9999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil} (Hinnant's `civil_from_days`). */
function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/*
 * Excel's 1900 date system (the default on Windows; src/excel converts 1904-system workbooks
 * before cells reach core, see types.ts `Cell`). Microsoft documents:
 * - "Date systems in Excel": serial 1 is January 1, 1900
 *   https://support.microsoft.com/en-us/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487
 * - "Excel incorrectly assumes that the year 1900 is a leap year": kept on purpose for Lotus 1-2-3
 *   compatibility, so serial 60 is the non-existent February 29, 1900 and every serial from 61
 *   (March 1, 1900) on is one more than the true day count from 1899-12-31
 *   https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 * - "Excel specifications and limits": latest date allowed for calculation is December 31, 9999
 *   (serial 2958465)
 *   https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 * A serial's fractional part is the time of day, which a date column does not need.
 */

/** Day number (days since 1970-01-01) of 1899-12-31, Excel serial 0 before the Lotus bug. */
const EXCEL_EPOCH_BEFORE_BUG = daysFromCivil(1899, 12, 31);
/** Day number of 1899-12-30: serial 61 and later count from here because of the fake 29/02/1900. */
const EXCEL_EPOCH_AFTER_BUG = daysFromCivil(1899, 12, 30);
/** Serial of the fake 29 February 1900. */
const EXCEL_FAKE_LEAP_DAY = 60;
/** Serial of 31 December 9999, Excel's last date. */
const EXCEL_MAX_SERIAL = 2958465;

/**
 * The calendar date of an Excel serial number in the 1900 date system, or null when the serial
 * is not a date Excel can show: below 1, above 2958465 (31/12/9999), not finite, or 60, the
 * fake 29 February 1900 of the Lotus 1-2-3 leap-year bug (no real person was born that day, so
 * no birth date may come from it). The fractional part (time of day) is ignored.
 *
 * @example
 * ```ts
 * excelSerialToDate(1); // { year: 1900, month: 1, day: 1 }
 * excelSerialToDate(59); // { year: 1900, month: 2, day: 28 }
 * excelSerialToDate(60); // null  (29/02/1900 never existed)
 * excelSerialToDate(61); // { year: 1900, month: 3, day: 1 }
 * excelSerialToDate(31258.75); // { year: 1985, month: 7, day: 30 }
 * ```
 */
export function excelSerialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= EXCEL_MAX_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === EXCEL_FAKE_LEAP_DAY) return null;
  return civilFromDays(
    whole < EXCEL_FAKE_LEAP_DAY ? EXCEL_EPOCH_BEFORE_BUG + whole : EXCEL_EPOCH_AFTER_BUG + whole,
  );
}

/**
 * The Excel serial number (1900 date system, whole days) of a real date from 1900-01-01 to
 * 9999-12-31; the exact inverse of {@link excelSerialToDate}.
 *
 * Throws a RangeError for a date that is not real or lies outside Excel's range: callers only
 * hold validated dates, so such a call is a broken invariant, not a user error
 * (ARCHITECTURE: "throw is for broken invariants only").
 *
 * @example
 * ```ts
 * dateToExcelSerial({ year: 1900, month: 3, day: 1 }); // 61
 * dateToExcelSerial({ year: 1985, month: 7, day: 30 }); // 31258
 * ```
 */
export function dateToExcelSerial(date: CalendarDate): number {
  const { year, month, day } = date;
  if (!isRealDate(year, month, day) || year < 1900) {
    throw new RangeError(`not a date in Excel's 1900 date system: ${formatIso(date)}`);
  }
  const days = daysFromCivil(year, month, day);
  // Before 1 March 1900 Excel's count is still the true one; from then on it is one higher.
  return year === 1900 && month <= 2 ? days - EXCEL_EPOCH_BEFORE_BUG : days - EXCEL_EPOCH_AFTER_BUG;
}

/** Reads `length` ASCII digits of `text` from `start` as a number, or -1 if any is not a digit. */
function readDigits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date, ASCII digits, zero-padded, no spaces)
 * into a real date, or null. This is the storage form of dates on the batch sheet
 * (types.ts `BatchMetadata.datumToediening`).
 *
 * @example
 * ```ts
 * parseIsoDate('2026-11-28'); // { year: 2026, month: 11, day: 28 }
 * parseIsoDate('2023-02-29'); // null
 * parseIsoDate('2026-1-5'); // null
 * ```
 */
export function parseIsoDate(text: string): CalendarDate | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const day = readDigits(text, 8, 2);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * `ddmmyyyy`, the Geboortedatum form of the registration file (SPEC: "exactly 8 digits,
 * zero-padded, no separators").
 *
 * @example
 * ```ts
 * formatDdmmyyyy({ year: 2000, month: 1, day: 1 }); // '01012000'
 * ```
 */
export function formatDdmmyyyy(date: CalendarDate): string {
  return pad2(date.day) + pad2(date.month) + pad4(date.year);
}

/**
 * `YYYY-MM-DD` (ISO 8601): for file names, the batch sheet and logs.
 *
 * @example
 * ```ts
 * formatIso({ year: 2026, month: 11, day: 28 }); // '2026-11-28'
 * ```
 */
export function formatIso(date: CalendarDate): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`;
}

/**
 * `dd/mm/yyyy`, the way Belgian users read a date (messages, task pane).
 *
 * @example
 * ```ts
 * formatBelgian({ year: 1985, month: 7, day: 30 }); // '30/07/1985'
 * ```
 */
export function formatBelgian(date: CalendarDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${pad4(date.year)}`;
}

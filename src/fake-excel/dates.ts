/**
 * Excel date serials.
 *
 * 1900 date system: serial 1 is 1900-01-01 and serial 60 is the non-existent 1900-02-29 that Excel
 * keeps for Lotus 1-2-3 compatibility ("Excel incorrectly assumes that the year 1900 is a leap
 * year", Microsoft KB 214326), so from 1900-03-01 on a serial is days since 1899-12-30.
 * 1904 date system (Workbook.Date1904 / `use1904DateSystem`): serial 0 is 1904-01-01.
 * Dates before the epoch are not dates to Excel (they stay text when typed).
 */
export type DateSystem = '1900' | '1904';

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const EPOCH_1904_01_01 = Date.UTC(1904, 0, 1);

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function utcMs(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** Serial for a real date, or null when the date system cannot hold it. */
export function ymdToSerial({ year, month, day }: Ymd, system: DateSystem): number | null {
  if (!isRealDate(year, month, day) || year > 9999) return null;
  const ms = utcMs(year, month, day);
  if (system === '1904') {
    const serial = Math.round((ms - EPOCH_1904_01_01) / DAY_MS);
    return serial >= 0 ? serial : null;
  }
  if (year < 1900) return null;
  const serial = Math.round((ms - EPOCH_1899_12_30) / DAY_MS);
  // Before 1900-03-01 the Lotus leap day has not happened yet.
  return serial < 61 ? serial - 1 : serial;
}

/** Calendar date of a serial (time of day ignored); serial 60 in the 1900 system is 1900-02-29. */
export function serialToYmd(serial: number, system: DateSystem): Ymd | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (system === '1904') {
    if (whole < 0) return null;
    return fromMs(EPOCH_1904_01_01 + whole * DAY_MS);
  }
  if (whole < 1) return null;
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  return fromMs(EPOCH_1899_12_30 + days * DAY_MS);
}

function fromMs(ms: number): Ymd {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

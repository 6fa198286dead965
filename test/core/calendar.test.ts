import fc from 'fast-check';
import {
  calendarDateOf,
  compareDates,
  dateToExcelSerial,
  daysInMonth,
  excelSerialToDate,
  formatBelgian,
  formatDdmmyyyy,
  formatIso,
  isLeapYear,
  isRealDate,
  parseIsoDate,
} from '../../src/core/calendar';
import type { CalendarDate } from '../../src/core/types';

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

/** Any real date from 1900-01-01 to 9999-12-31 (Excel's range). */
const arbExcelDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isRealDate(year, month, day));

describe('isRealDate', () => {
  test.each([
    ['29 Feb in a leap year', 2024, 2, 29, true],
    ['29 Feb in a common year', 2023, 2, 29, false],
    ['29 Feb 1900: century, not a leap year', 1900, 2, 29, false],
    ['29 Feb 2000: divisible by 400, a leap year', 2000, 2, 29, true],
    ['29 Feb 2100', 2100, 2, 29, false],
    ['31 April', 2024, 4, 31, false],
    ['30 April', 2024, 4, 30, true],
    ['31 December 9999', 9999, 12, 31, true],
    ['1 January of year 1', 1, 1, 1, true],
    ['year 0', 0, 1, 1, false],
    ['year 10000', 10000, 1, 1, false],
    ['month 0', 2024, 0, 1, false],
    ['month 13', 2024, 13, 1, false],
    ['day 0', 2024, 1, 0, false],
    ['day 32', 2024, 1, 32, false],
    ['fractional day', 2024, 1, 1.5, false],
    ['NaN year', Number.NaN, 1, 1, false],
  ])('%s: %i-%i-%i -> %s', (_label, year, month, day, expected) => {
    expect(isRealDate(year, month, day)).toBe(expected);
  });

  test.each([
    [1900, false],
    [2000, true],
    [2024, true],
    [2023, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%i) -> %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
    expect(daysInMonth(year, 2)).toBe(expected ? 29 : 28);
  });
});

describe('calendarDateOf', () => {
  test.each([
    ['midnight', new Date(2026, 5, 15, 0, 0, 0), d(2026, 6, 15)],
    ['one second before midnight', new Date(2026, 5, 15, 23, 59, 59, 999), d(2026, 6, 15)],
    ['new year', new Date(2026, 0, 1), d(2026, 1, 1)],
    ['29 Feb', new Date(2024, 1, 29, 12), d(2024, 2, 29)],
  ])('%s: uses the local calendar date', (_label, date, expected) => {
    expect(calendarDateOf(date)).toEqual(expected);
  });
});

describe('compareDates', () => {
  test.each([
    ['earlier day', d(2000, 2, 28), d(2000, 2, 29), -1],
    ['month beats day', d(2000, 2, 29), d(2000, 3, 1), -1],
    ['year beats month', d(1999, 12, 31), d(2000, 1, 1), -1],
    ['equal', d(2026, 6, 15), d(2026, 6, 15), 0],
    ['later', d(2026, 6, 16), d(2026, 6, 15), 1],
  ])('%s', (_label, a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
    expect(compareDates(b, a)).toBe(expected === 0 ? 0 : -expected);
  });
});

describe('excelSerialToDate (1900 date system, Lotus leap-year bug)', () => {
  test.each<[string, number, CalendarDate | null]>([
    ['serial 1 is 1 January 1900', 1, d(1900, 1, 1)],
    ['time of day is ignored', 1.75, d(1900, 1, 1)],
    ['serial 59 is 28 February 1900', 59, d(1900, 2, 28)],
    ['serial 60 is the fake 29 February 1900', 60, null],
    ['serial 60 with a time is still the fake day', 60.5, null],
    ['serial 61 is 1 March 1900', 61, d(1900, 3, 1)],
    ['serial 25569 is 1 January 1970', 25569, d(1970, 1, 1)],
    ['serial 36526 is 1 January 2000', 36526, d(2000, 1, 1)],
    ['serial 36585 is 29 February 2000', 36585, d(2000, 2, 29)],
    ['serial 45000 is 15 March 2023', 45000, d(2023, 3, 15)],
    ['serial 2958465 is 31 December 9999', 2958465, d(9999, 12, 31)],
    ['serial 2958465 with a time is still 31 December 9999', 2958465.999, d(9999, 12, 31)],
    ['serial 2958466 is past Excel', 2958466, null],
    ['serial 0 (Excel shows 0/1/1900)', 0, null],
    ['serial 0.5', 0.5, null],
    ['negative serial', -1, null],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
  ])('%s', (_label, serial, expected) => {
    expect(excelSerialToDate(serial)).toEqual(expected);
  });

  test('dateToExcelSerial inverts it for every serial except the fake leap day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const date = excelSerialToDate(serial);
        if (serial === 60) return expect(date).toBeNull();
        expect(date).not.toBeNull();
        return expect(dateToExcelSerial(date as CalendarDate)).toBe(serial);
      }),
      { numRuns: 5000 },
    );
  });

  test('consecutive serials are consecutive days, except around the fake 29 February 1900', () => {
    for (let serial = 1; serial < 2000; serial++) {
      if (serial === 59 || serial === 60) continue;
      const a = excelSerialToDate(serial) as CalendarDate;
      const b = excelSerialToDate(serial + 1) as CalendarDate;
      const nextDay =
        a.day < daysInMonth(a.year, a.month)
          ? d(a.year, a.month, a.day + 1)
          : a.month < 12
            ? d(a.year, a.month + 1, 1)
            : d(a.year + 1, 1, 1);
      expect(b).toEqual(nextDay);
    }
  });
});

describe('dateToExcelSerial', () => {
  test.each([
    ['1 January 1900', d(1900, 1, 1), 1],
    ['28 February 1900', d(1900, 2, 28), 59],
    ['1 March 1900', d(1900, 3, 1), 61],
    ['30 July 1985', d(1985, 7, 30), 31258],
    ['31 December 9999', d(9999, 12, 31), 2958465],
  ])('%s -> %i', (_label, date, serial) => {
    expect(dateToExcelSerial(date)).toBe(serial);
  });

  test.each([
    ['29 February 1900 (not real)', d(1900, 2, 29)],
    ['31 December 1899 (before Excel)', d(1899, 12, 31)],
    ['year 10000', d(10000, 1, 1)],
    ['31 April', d(2024, 4, 31)],
  ])('%s is a broken invariant and throws', (_label, date) => {
    expect(() => dateToExcelSerial(date)).toThrow(RangeError);
  });

  test('it is increasing: later dates get higher serials', () => {
    fc.assert(
      fc.property(arbExcelDate, arbExcelDate, (a, b) => {
        expect(Math.sign(dateToExcelSerial(a) - dateToExcelSerial(b))).toBe(compareDates(a, b));
      }),
    );
  });
});

describe('parseIsoDate', () => {
  test.each<[string, string, CalendarDate | null]>([
    ['a plain date', '2026-11-28', d(2026, 11, 28)],
    ['29 Feb 2000', '2000-02-29', d(2000, 2, 29)],
    ['29 Feb 1900', '1900-02-29', null],
    ['29 Feb 2023', '2023-02-29', null],
    ['unpadded', '2026-1-5', null],
    ['slashes', '2026/01/05', null],
    ['day first', '05-01-2026', null],
    ['with time', '2026-01-05T10:00', null],
    ['surrounding space', ' 2026-01-05', null],
    ['fullwidth digits', '２０２６-01-05', null],
    ['month 13', '2026-13-01', null],
    ['year 0000', '0000-01-01', null],
    ['empty', '', null],
  ])('%s: %j', (_label, text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  test('round-trips with formatIso', () => {
    fc.assert(
      fc.property(arbExcelDate, (date) => {
        expect(parseIsoDate(formatIso(date))).toEqual(date);
      }),
    );
  });
});

describe('formatting', () => {
  test.each([
    ['an ordinary date', d(1985, 7, 30), '30071985', '1985-07-30', '30/07/1985'],
    ['single-digit day and month are padded', d(2000, 1, 1), '01012000', '2000-01-01', '01/01/2000'],
    ['a year below 1000 is padded to four digits', d(985, 12, 9), '09120985', '0985-12-09', '09/12/0985'],
  ])('%s', (_label, date, ddmmyyyy, iso, belgian) => {
    expect(formatDdmmyyyy(date)).toBe(ddmmyyyy);
    expect(formatIso(date)).toBe(iso);
    expect(formatBelgian(date)).toBe(belgian);
  });
});

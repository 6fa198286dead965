import fc from 'fast-check';
import { parseBirthDateText, parseCommonDateText } from '../../src/core/birthDate';
import { formatBelgian, formatDdmmyyyy, formatIso, isRealDate } from '../../src/core/calendar';
import type { CalendarDate } from '../../src/core/types';

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

const arbRealDate = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isRealDate(year, month, day));

describe('parseBirthDateText (Geboortedatum: exactly 8 digits ddmmyyyy, a real date)', () => {
  test.each([
    ['an ordinary date', '30071985', d(1985, 7, 30)],
    ['born 2000-2009 keeps the leading zero', '01012000', d(2000, 1, 1)],
    ['29 Feb 2000', '29022000', d(2000, 2, 29)],
    ['29 Feb 1988', '29021988', d(1988, 2, 29)],
  ])('%s: %j is valid', (_label, text, value) => {
    expect(parseBirthDateText(text)).toEqual({ ok: true, value });
  });

  test.each([
    ['7 digits (leading zero lost)', '1012000', 'birthdate_format'],
    ['9 digits', '300719850', 'birthdate_format'],
    ['slashes', '30/07/1985', 'birthdate_format'],
    ['dots', '30.07.1985', 'birthdate_format'],
    ['a letter', '3007198a', 'birthdate_format'],
    ['fullwidth digits', '３００７１９８５', 'birthdate_format'],
    ['leading space (the caller trims)', ' 30071985', 'birthdate_format'],
    ['empty', '', 'birthdate_format'],
    ['29 Feb 1900 (not a leap year)', '29021900', 'birthdate_invalid'],
    ['29 Feb 2023', '29022023', 'birthdate_invalid'],
    ['31 April', '31041985', 'birthdate_invalid'],
    ['day 00', '00071985', 'birthdate_invalid'],
    ['month 13', '30131985', 'birthdate_invalid'],
    ['year 0000', '01010000', 'birthdate_invalid'],
    ['yyyymmdd is not ddmmyyyy', '19850730', 'birthdate_invalid'],
  ])('%s: %j -> %s', (_label, text, code) => {
    expect(parseBirthDateText(text)).toEqual({ ok: false, code });
  });

  test('round-trips with formatDdmmyyyy for every real date', () => {
    fc.assert(
      fc.property(arbRealDate, (date) => {
        expect(parseBirthDateText(formatDdmmyyyy(date))).toEqual({ ok: true, value: date });
      }),
    );
  });

  test('any 8 digits give either a real date or birthdate_invalid, never birthdate_format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const r = parseBirthDateText(String(n).padStart(8, '0'));
        expect(r.ok || r.code === 'birthdate_invalid').toBe(true);
      }),
    );
  });
});

describe('parseCommonDateText (BIRTHDATETEXT: common Belgian forms, day first)', () => {
  test.each<[string, string, CalendarDate | null]>([
    ['slashes', '30/07/1985', d(1985, 7, 30)],
    ['hyphens, one-digit month', '30-7-1985', d(1985, 7, 30)],
    ['dots', '30.07.1985', d(1985, 7, 30)],
    ['ISO year first', '1985-07-30', d(1985, 7, 30)],
    ['year first, unpadded', '1985-7-3', d(1985, 7, 3)],
    ['eight digits ddmmyyyy', '30071985', d(1985, 7, 30)],
    ['day first even when both could be a month', '1/2/2000', d(2000, 2, 1)],
    ['03/04/2005 is 3 April', '03/04/2005', d(2005, 4, 3)],
    ['surrounding whitespace is ignored', ' \t30/07/1985\u00a0', d(1985, 7, 30)],
    ['29 Feb 2000', '29/02/2000', d(2000, 2, 29)],
    ['two-digit year is ambiguous', '30/07/85', null],
    ['two-digit year with hyphens', '30-7-85', null],
    ['US month-first order', '07/30/1985', null],
    ['mixed separators', '30/07-1985', null],
    ['year first with slashes', '1985/07/30', null],
    ['eight digits yyyymmdd', '19850730', null],
    ['spaces as separators', '30 07 1985', null],
    ['with a time', '30/07/1985 10:00', null],
    ['three-digit day', '030/07/1985', null],
    ['five-digit year', '30/07/01985', null],
    ['31 April', '31/04/1985', null],
    ['29 Feb 2023', '29/02/2023', null],
    ['29 Feb 1900', '29/02/1900', null],
    ['year 0000', '01/01/0000', null],
    ['month name', '30 juli 1985', null],
    ['fullwidth digits', '３０/０７/１９８５', null],
    ['empty', '', null],
    ['text', 'gisteren', null],
  ])('%s: %j', (_label, text, expected) => {
    expect(parseCommonDateText(text)).toEqual(expected);
  });

  test('reads back every real date written as dd/mm/yyyy, ISO or ddmmyyyy', () => {
    fc.assert(
      fc.property(arbRealDate, (date) => {
        expect(parseCommonDateText(formatBelgian(date))).toEqual(date);
        expect(parseCommonDateText(formatIso(date))).toEqual(date);
        expect(parseCommonDateText(formatDdmmyyyy(date))).toEqual(date);
        expect(
          parseCommonDateText(`${date.day}-${date.month}-${String(date.year).padStart(4, '0')}`),
        ).toEqual(date);
      }),
    );
  });
});

import fc from 'fast-check';
import {
  BIRTH_DATE_FORMAT,
  BIRTH_DATE_INVALID,
  packDate,
  parseBirthDateText,
  readBirthDateText,
  unpackDate,
} from '../../src/core/birthDate';
import { compareDates } from '../../src/core/calendar';

/**
 * readBirthDateText is validateRegistrations' allocation-free variant of parseBirthDateText: the
 * date as one integer yyyymmdd. Held to parseBirthDateText and to an independent reading.
 */

/** Independent: 8 ASCII digits, read with Date.UTC's own calendar (years 1-9999). */
function oracle(text: string): number {
  if (!/^[0-9]{8}$/.test(text)) return BIRTH_DATE_FORMAT;
  const day = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const year = Number(text.slice(4));
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  const real =
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day;
  return real ? year * 10000 + month * 100 + day : BIRTH_DATE_INVALID;
}

const digit = fc.constantFrom(...'0123456789'.split(''));
const arbDateLike = fc.oneof(
  fc.string({ unit: digit, minLength: 8, maxLength: 8 }),
  fc.string({ unit: fc.oneof(digit, fc.constantFrom('/', '-', ' ', '\uff10', 'a')), maxLength: 10 }),
  fc.string({ maxLength: 10 }),
  fc
    .record({
      d: fc.integer({ min: 0, max: 32 }),
      m: fc.integer({ min: 0, max: 13 }),
      y: fc.integer({ min: 0, max: 9999 }),
    })
    .map(
      ({ d, m, y }) =>
        `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(4, '0')}`,
    ),
);

describe('readBirthDateText', () => {
  test('agrees with parseBirthDateText and an independent reading on arbitrary text', () => {
    fc.assert(
      fc.property(arbDateLike, (text) => {
        const packed = readBirthDateText(text);
        expect(packed).toBe(oracle(text));
        const parsed = parseBirthDateText(text);
        if (packed === BIRTH_DATE_FORMAT) expect(parsed).toEqual({ ok: false, code: 'birthdate_format' });
        else if (packed === BIRTH_DATE_INVALID)
          expect(parsed).toEqual({ ok: false, code: 'birthdate_invalid' });
        else expect(parsed).toEqual({ ok: true, value: unpackDate(packed) });
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['30071985', 19850730],
    ['01012000', 20000101],
    ['29022000', 20000229],
    ['29021900', BIRTH_DATE_INVALID],
    ['31042020', BIRTH_DATE_INVALID],
    ['00012000', BIRTH_DATE_INVALID],
    ['01010000', BIRTH_DATE_INVALID],
    ['30/07/1985', BIRTH_DATE_FORMAT],
    ['3007198', BIRTH_DATE_FORMAT],
    ['', BIRTH_DATE_FORMAT],
  ])('%s -> %s', (text, expected) => {
    expect(readBirthDateText(text)).toBe(expected);
  });
});

describe('packDate / unpackDate', () => {
  const arbDate = fc.record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  });

  test('round trip', () => {
    fc.assert(fc.property(arbDate, (d) => expect(unpackDate(packDate(d.year, d.month, d.day))).toEqual(d)));
  });

  test('comparing packed dates is comparing the dates (calendar.ts compareDates)', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        const pa = packDate(a.year, a.month, a.day);
        const pb = packDate(b.year, b.month, b.day);
        expect(Math.sign(pa - pb)).toBe(compareDates(a, b));
      }),
    );
  });
});

import fc from 'fast-check';
import { formatInsz, normalizeInsz, validateInsz, type InszResult } from '../../src/core/insz';
import { arbDecoratedInsz, arbValidInsz, makeInsz } from '../support/syntheticInsz';

/** 15 June 2026, local time: every date rule below is judged against this "today". */
const TODAY = new Date(2026, 5, 15);
const validate = (raw: string): InszResult => validateInsz(raw, { today: TODAY });
const outcome = (raw: string): string => {
  const r = validate(raw);
  return r.valid ? 'valid' : r.code;
};
const replaceAt = (s: string, i: number, ch: string): string => s.slice(0, i) + ch + s.slice(i + 1);
const fullwidth = (s: string): string =>
  s.replace(/[0-9.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// Synthetic numbers only (serials 9xx where the case allows it): never a real person's INSZ.
const NN_1985_M = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }); // 85073093301
const NN_2005_F = makeInsz({ year: 2005, month: 3, day: 12, serial: 902 });
const NN_DIVISIBLE = makeInsz({ year: 1985, month: 7, day: 30, serial: 934 }); // N mod 97 = 0, so CC = 97
const ZERO_CHECK = NN_DIVISIBLE.slice(0, 9) + '00';

describe('validateInsz: every code, a case that triggers it and a near miss that does not', () => {
  test.each([
    // insz_characters
    ['letter O for zero', '85O73093301', 'insz_characters'],
    ['trailing letter', `${NN_1985_M}x`, 'insz_characters'],
    ['slash separator', '85/07/30/933/01', 'insz_characters'],
    ['tab inside', '850730\t93301', 'insz_characters'],
    ['U+2010 hyphen (NFKC keeps it)', '850730\u201093301', 'insz_characters'],
    ['zero-width space inside', '850730\u200b93301', 'insz_characters'],
    [
      'Arabic-Indic digits (NFKC keeps them)',
      '\u0668\u0665\u0660\u0667\u0663\u0660\u0669\u0663\u0663\u0660\u0661',
      'insz_characters',
    ],
    ['control character 0x1C at the edge (trim keeps it)', `\u001c${NN_1985_M}`, 'insz_characters'],
    ['near miss: dots, hyphen, spaces', '85.07.30-933.01', 'valid'],
    ['near miss: spaces only', '85 07 30 933 01', 'valid'],
    ['near miss: no-break space inside (NFKC -> space)', '850730\u00a093301', 'valid'],
    ['near miss: fullwidth dot and hyphen', '85\uff0e07\uff0e30\uff0d933\uff0e01', 'valid'],
    // insz_length
    ['10 digits', NN_1985_M.slice(0, 10), 'insz_length'],
    ['12 digits', `${NN_1985_M}0`, 'insz_length'],
    ['empty', '', 'insz_length'],
    ['separators only', ' .-. ', 'insz_length'],
    ['near miss: 11 digits', NN_1985_M, 'valid'],
    // insz_month
    ['month 13', makeInsz({ year: 1985, month: 13, day: 1, serial: 933 }), 'insz_month'],
    ['month 19', makeInsz({ year: 1985, month: 19, day: 1, serial: 933 }), 'insz_month'],
    ['month 33', makeInsz({ year: 1985, month: 33, day: 1, serial: 933 }), 'insz_month'],
    ['month 39', makeInsz({ year: 1985, month: 39, day: 1, serial: 933 }), 'insz_month'],
    ['month 53', makeInsz({ year: 1985, month: 53, day: 1, serial: 933 }), 'insz_month'],
    ['month 99', makeInsz({ year: 1985, month: 99, day: 1, serial: 933 }), 'insz_month'],
    ['near miss: month 12', makeInsz({ year: 1985, month: 12, day: 1, serial: 933 }), 'valid'],
    [
      'near miss: month 20 (BIS, month unknown)',
      makeInsz({ year: 1985, month: 20, day: 1, serial: 933 }),
      'valid',
    ],
    ['near miss: month 32', makeInsz({ year: 1985, month: 32, day: 1, serial: 933 }), 'valid'],
    [
      'near miss: month 40 (BIS, month unknown)',
      makeInsz({ year: 1985, month: 40, day: 1, serial: 933 }),
      'valid',
    ],
    ['near miss: month 52', makeInsz({ year: 1985, month: 52, day: 1, serial: 933 }), 'valid'],
    // insz_checksum
    ['last check digit off by one', replaceAt(NN_1985_M, 10, '2'), 'insz_checksum'],
    ['check digits 00 where N mod 97 = 0', ZERO_CHECK, 'insz_checksum'],
    ['check digits 98', `${NN_1985_M.slice(0, 9)}98`, 'insz_checksum'],
    ['check digits 99', `${NN_1985_M.slice(0, 9)}99`, 'insz_checksum'],
    [
      'near miss: 05... with 19xx check digits is someone born 1905',
      `${NN_2005_F.slice(0, 9)}${String(97 - (Number(NN_2005_F.slice(0, 9)) % 97)).padStart(2, '0')}`,
      'valid',
    ],
    ['near miss: check digits 97 where N mod 97 = 0', NN_DIVISIBLE, 'valid'],
    // insz_serial
    ['national number serial 000', makeInsz({ year: 1985, month: 7, day: 30, serial: 0 }), 'insz_serial'],
    ['national number serial 999', makeInsz({ year: 1985, month: 7, day: 30, serial: 999 }), 'insz_serial'],
    [
      'national number serial 000, month unknown',
      makeInsz({ year: 1985, month: 0, day: 0, serial: 0 }),
      'insz_serial',
    ],
    ['near miss: serial 001', makeInsz({ year: 1985, month: 7, day: 30, serial: 1 }), 'valid'],
    ['near miss: serial 998', makeInsz({ year: 1985, month: 7, day: 30, serial: 998 }), 'valid'],
    ['near miss: BIS +20 serial 000', makeInsz({ year: 1985, month: 27, day: 30, serial: 0 }), 'valid'],
    ['near miss: BIS +40 serial 999', makeInsz({ year: 1985, month: 47, day: 30, serial: 999 }), 'valid'],
    // insz_date
    ['31 April', makeInsz({ year: 1985, month: 4, day: 31, serial: 933 }), 'insz_date'],
    ['day 32', makeInsz({ year: 1985, month: 1, day: 32, serial: 933 }), 'insz_date'],
    ['BIS +20: 30 February', makeInsz({ year: 1985, month: 22, day: 30, serial: 900 }), 'insz_date'],
    ['BIS +40: 31 June', makeInsz({ year: 1985, month: 46, day: 31, serial: 900 }), 'insz_date'],
    [
      '29 Feb in a non-leap year (1989)',
      makeInsz({ year: 1989, month: 2, day: 29, serial: 911 }),
      'insz_date',
    ],
    ['29 Feb 1900 (not a leap year)', makeInsz({ year: 1900, month: 2, day: 29, serial: 911 }), 'insz_date'],
    ['born tomorrow', makeInsz({ year: 2026, month: 6, day: 16, serial: 905 }), 'insz_date'],
    ['day unknown, next month', makeInsz({ year: 2026, month: 7, day: 0, serial: 905 }), 'insz_date'],
    ['month unknown, next year', makeInsz({ year: 2027, month: 0, day: 0, serial: 905 }), 'insz_date'],
    ['BIS month unknown, next year', makeInsz({ year: 2027, month: 40, day: 12, serial: 905 }), 'insz_date'],
    [
      '85... with 20xx check digits: born 2085',
      makeInsz({ year: 2085, month: 7, day: 30, serial: 933 }),
      'insz_date',
    ],
    [
      'near miss: 29 Feb in a leap year (1988)',
      makeInsz({ year: 1988, month: 2, day: 29, serial: 911 }),
      'valid',
    ],
    ['near miss: 29 Feb 2000 (leap year)', makeInsz({ year: 2000, month: 2, day: 29, serial: 911 }), 'valid'],
    ['near miss: 28 Feb 1900', makeInsz({ year: 1900, month: 2, day: 28, serial: 911 }), 'valid'],
    ['near miss: 30 April', makeInsz({ year: 1985, month: 4, day: 30, serial: 933 }), 'valid'],
    ['near miss: born today', makeInsz({ year: 2026, month: 6, day: 15, serial: 905 }), 'valid'],
    ['near miss: day unknown, this month', makeInsz({ year: 2026, month: 6, day: 0, serial: 905 }), 'valid'],
    ['near miss: month unknown, this year', makeInsz({ year: 2026, month: 0, day: 0, serial: 905 }), 'valid'],
    [
      'near miss: month 00 with day digits 45',
      makeInsz({ year: 1950, month: 0, day: 45, serial: 931 }),
      'valid',
    ],
    [
      'near miss: month 00 with day digits 99',
      makeInsz({ year: 1950, month: 0, day: 99, serial: 931 }),
      'valid',
    ],
  ])('%s: %j -> %s', (_label, raw, expected) => {
    expect(outcome(raw)).toBe(expected);
  });
});

describe('validateInsz: check order for mixed failures (characters, length, month, checksum, serial, date)', () => {
  const badCheck = (compact: string): string => replaceAt(compact, 10, compact[10] === '9' ? '0' : '9');
  test.each([
    ['characters before length', '85O7309330', 'insz_characters'],
    ['characters before everything else', '85.13.31-000.0x', 'insz_characters'],
    [
      'length before month',
      makeInsz({ year: 1985, month: 13, day: 1, serial: 933 }).slice(0, 10),
      'insz_length',
    ],
    [
      'month before checksum',
      badCheck(makeInsz({ year: 1985, month: 13, day: 1, serial: 933 })),
      'insz_month',
    ],
    ['month before date', makeInsz({ year: 1985, month: 14, day: 31, serial: 933 }), 'insz_month'],
    [
      'checksum before serial',
      badCheck(makeInsz({ year: 1985, month: 7, day: 30, serial: 0 })),
      'insz_checksum',
    ],
    [
      'checksum before date',
      badCheck(makeInsz({ year: 1985, month: 4, day: 31, serial: 933 })),
      'insz_checksum',
    ],
    [
      'serial before date (impossible day)',
      makeInsz({ year: 1985, month: 4, day: 31, serial: 999 }),
      'insz_serial',
    ],
    ['serial before date (future)', makeInsz({ year: 2026, month: 12, day: 1, serial: 0 }), 'insz_serial'],
  ])('%s: %j -> %s', (_label, raw, expected) => {
    expect(outcome(raw)).toBe(expected);
  });
});

describe('validateInsz: what a valid number tells', () => {
  test.each<[string, string, InszResult]>([
    [
      'national number, 1985, odd serial = M',
      NN_1985_M,
      { valid: true, compact: NN_1985_M, kind: 'nn', sex: 'M', birthDate: { year: 1985, month: 7, day: 30 } },
    ],
    [
      'national number born 2005: 05..., 20xx check digits, even serial = F',
      NN_2005_F,
      { valid: true, compact: NN_2005_F, kind: 'nn', sex: 'F', birthDate: { year: 2005, month: 3, day: 12 } },
    ],
    [
      'BIS +20: month 25 is May, sex unknown',
      makeInsz({ year: 1990, month: 25, day: 14, serial: 913 }),
      {
        valid: true,
        compact: makeInsz({ year: 1990, month: 25, day: 14, serial: 913 }),
        kind: 'bis',
        birthDate: { year: 1990, month: 5, day: 14 },
      },
    ],
    [
      'BIS +40: month 51 is November, odd serial = M',
      makeInsz({ year: 1978, month: 51, day: 3, serial: 915 }),
      {
        valid: true,
        compact: makeInsz({ year: 1978, month: 51, day: 3, serial: 915 }),
        kind: 'bis',
        sex: 'M',
        birthDate: { year: 1978, month: 11, day: 3 },
      },
    ],
    [
      'BIS +40 born 2012 on 29 February, even serial = F',
      makeInsz({ year: 2012, month: 42, day: 29, serial: 916 }),
      {
        valid: true,
        compact: makeInsz({ year: 2012, month: 42, day: 29, serial: 916 }),
        kind: 'bis',
        sex: 'F',
        birthDate: { year: 2012, month: 2, day: 29 },
      },
    ],
    [
      'month 00: only the year is known',
      makeInsz({ year: 1950, month: 0, day: 45, serial: 932 }),
      {
        valid: true,
        compact: makeInsz({ year: 1950, month: 0, day: 45, serial: 932 }),
        kind: 'nn',
        sex: 'F',
        birthDate: { year: 1950 },
      },
    ],
    [
      'BIS month 20: only the year is known, sex unknown',
      makeInsz({ year: 2003, month: 20, day: 0, serial: 900 }),
      {
        valid: true,
        compact: makeInsz({ year: 2003, month: 20, day: 0, serial: 900 }),
        kind: 'bis',
        birthDate: { year: 2003 },
      },
    ],
    [
      'day 00: year and month known',
      makeInsz({ year: 1970, month: 4, day: 0, serial: 921 }),
      {
        valid: true,
        compact: makeInsz({ year: 1970, month: 4, day: 0, serial: 921 }),
        kind: 'nn',
        sex: 'M',
        birthDate: { year: 1970, month: 4 },
      },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(validate(raw)).toStrictEqual(expected);
  });

  test('BIS +20 has no sex property at all (exactOptionalPropertyTypes)', () => {
    const r = validate(makeInsz({ year: 1990, month: 25, day: 14, serial: 913 }));
    expect(r.valid && 'sex' in r).toBe(false);
  });
});

describe('validateInsz: normalising (NFKC, trim, separators)', () => {
  test.each([
    ['display form', '85.07.30-933.01'],
    ['leading and trailing spaces', `  ${NN_1985_M} `],
    ['tab and newline at the edges', `\t${NN_1985_M}\r\n`],
    ['no-break spaces at the edges', `\u00a0${NN_1985_M}\u00a0`],
    ['ideographic space at the edges', `\u3000${NN_1985_M}\u3000`],
    ['byte order mark in front', `\ufeff${NN_1985_M}`],
    ['fullwidth digits', fullwidth(NN_1985_M)],
    ['fullwidth display form', fullwidth('85.07.30-933.01')],
    ['fullwidth with no-break spaces around', `\u00a0${fullwidth(NN_1985_M)}\u00a0`],
    ['separators doubled and misplaced', '8-5.0 7..3093-3-01'],
  ])('%s: %j is 85073093301', (_label, raw) => {
    const r = validate(raw);
    expect(r.valid && r.compact).toBe(NN_1985_M);
    expect(normalizeInsz(raw)).toBe(NN_1985_M);
  });

  test('a born-2000s number typed with separators keeps its leading zero', () => {
    const display = formatInsz(NN_2005_F);
    expect(display).toBe(`05.03.12-${NN_2005_F.slice(6, 9)}.${NN_2005_F.slice(9)}`);
    const r = validate(display);
    expect(r.valid && r.compact).toBe(NN_2005_F);
  });
});

describe('formatInsz', () => {
  test.each([
    ['compact', NN_1985_M, '85.07.30-933.01'],
    ['already formatted', '85.07.30-933.01', '85.07.30-933.01'],
    ['fullwidth and padded', ` ${fullwidth(NN_1985_M)} `, '85.07.30-933.01'],
    ['10 digits: unchanged', '8507309330', '8507309330'],
    ['letters: unchanged', '85O73093301', '85O73093301'],
    ['empty: unchanged', '', ''],
  ])('%s: %j -> %j', (_label, raw, expected) => {
    expect(formatInsz(raw)).toBe(expected);
  });
});

describe('validateInsz: today', () => {
  test('is judged on the local calendar date, whatever the time of day', () => {
    const bornToday = makeInsz({ year: 2026, month: 6, day: 15, serial: 905 });
    expect(validateInsz(bornToday, { today: new Date(2026, 5, 15, 0, 0, 0) }).valid).toBe(true);
    expect(validateInsz(bornToday, { today: new Date(2026, 5, 14, 23, 59, 59) })).toEqual({
      valid: false,
      code: 'insz_date',
    });
  });

  test('an invalid Date for today is a broken invariant and throws', () => {
    expect(() => validateInsz(NN_1985_M, { today: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

/*
 * Reference model for the differential property: the SPEC rules written as plainly as possible
 * (strings, regexes, Date-free), independent of the fast single-pass implementation.
 */
function reference(raw: string, today: Date): string {
  const t = raw.normalize('NFKC').trim();
  if (!/^[0-9. -]*$/.test(t)) return 'insz_characters';
  const c = t.replace(/[. -]/g, '');
  if (c.length !== 11) return 'insz_length';
  const mm = Number(c.slice(2, 4));
  if (!(mm <= 12 || (mm >= 20 && mm <= 32) || (mm >= 40 && mm <= 52))) return 'insz_month';
  const cc = Number(c.slice(9));
  const n = Number(c.slice(0, 9));
  let year: number;
  if (cc === 97 - (n % 97)) year = 1900 + Number(c.slice(0, 2));
  else if (cc === 97 - ((n + 2_000_000_000) % 97)) year = 2000 + Number(c.slice(0, 2));
  else return 'insz_checksum';
  const serial = c.slice(6, 9);
  if (mm <= 12 && (serial === '000' || serial === '999')) return 'insz_serial';
  const month = mm % 20;
  const day = Number(c.slice(4, 6));
  const [ty, tm, td] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  if (month === 0) return year > ty ? 'insz_date' : 'valid';
  if (day === 0) return year > ty || (year === ty && month > tm) ? 'insz_date' : 'valid';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return 'insz_date';
  const future = year > ty || (year === ty && (month > tm || (month === tm && day > td)));
  return future ? 'insz_date' : 'valid';
}

describe('validateInsz: properties', () => {
  const arbValid = arbValidInsz(TODAY);

  test('a generated synthetic number is valid with the right kind, sex and birth date', () => {
    fc.assert(
      fc.property(arbValid, (s) => {
        expect(validate(s.compact)).toStrictEqual({ valid: true, compact: s.compact, ...s.expected });
      }),
      { numRuns: 2000 },
    );
  });

  test('a valid number survives formatInsz then validateInsz, with the same compact form', () => {
    fc.assert(
      fc.property(arbValid, (s) => {
        const display = formatInsz(s.compact);
        expect(display).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
        expect(validate(display)).toStrictEqual(validate(s.compact));
      }),
    );
  });

  test('separators, edge whitespace and fullwidth digits never change the verdict', () => {
    fc.assert(
      fc.property(
        arbValid.chain((s) => fc.tuple(fc.constant(s), arbDecoratedInsz(s.compact))),
        ([s, typed]) => {
          expect(normalizeInsz(typed)).toBe(s.compact);
          expect(validate(typed)).toStrictEqual(validate(s.compact));
        },
      ),
    );
  });

  /*
   * Changing one digit. Within one century form a single-digit change is always caught: it moves
   * N (or CC) by k * 10^p with 1 <= |k| <= 9, and 97 is a prime dividing neither k nor 10^p, so
   * N mod 97 (or CC) changes and the check digits no longer match. The change can however land on
   * the OTHER century form, which asks for check digits shifted by 2000000000 mod 97 = 68: that
   * needs k * 10^p = +-68 (mod 97), and among all digit positions this holds only for the year's
   * units digit (p = 7 in N) with k = +-6 (6 * 10^7 = 68 mod 97). So the precise property is:
   * after one digit change the number is invalid, unless the second digit moved by exactly 6 and
   * the result is valid in the other century (e.g. a 2001-born number turned into a 1907-born one).
   */
  test('changing one digit makes it invalid, except a +-6 change of the year units that flips the century', () => {
    fc.assert(
      fc.property(arbValid, (s) => {
        const original = validate(s.compact);
        if (!original.valid) throw new Error('generator produced an invalid number');
        for (let i = 0; i < 11; i++) {
          const old = Number(s.compact[i]);
          for (let d = 0; d <= 9; d++) {
            if (d === old) continue;
            const changed = validate(replaceAt(s.compact, i, String(d)));
            if (!changed.valid) continue;
            expect(i).toBe(1);
            expect(Math.abs(d - old)).toBe(6);
            expect(Math.floor(changed.birthDate.year / 100)).not.toBe(
              Math.floor(original.birthDate.year / 100),
            );
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['2001 -> 1907 (year units +6)', { year: 2001, month: 5, day: 10, serial: 901 }, 1, '7', 1907],
    ['1907 -> 2001 (year units -6)', { year: 1907, month: 5, day: 10, serial: 901 }, 1, '1', 2001],
  ])('the exception exists: %s', (_label, parts, index, digit, year) => {
    const changed = validate(replaceAt(makeInsz(parts), index, digit));
    expect(changed.valid && changed.birthDate.year).toBe(year);
  });

  // Strings built from the characters that matter: digits, separators, ASCII and Unicode
  // whitespace, fullwidth forms, letters; plus mutated valid numbers so that every code is reached.
  const arbPiece = fc.oneof(
    fc.constantFrom(...'0123456789'.split('')),
    fc.constantFrom(
      '.',
      '-',
      ' ',
      '\t',
      '\n',
      '\v',
      '\f',
      '\r',
      '\u001c',
      '\u00a0',
      '\u3000',
      '\uff10',
      '\uff19',
    ),
    fc.constantFrom('\uff0e', '\uff0d', '\u2010', '\u200b', '\ufeff', 'O', 'x', '/'),
  );
  const arbMessy = fc.oneof(
    fc.array(arbPiece, { maxLength: 16 }).map((a) => a.join('')),
    arbValid.chain((s) => arbDecoratedInsz(s.compact)),
    arbValid.chain((s) =>
      fc
        .tuple(fc.integer({ min: 0, max: 10 }), fc.constantFrom(...'0123456789'.split('')))
        .map(([i, d]) => replaceAt(s.compact, i, d)),
    ),
    fc
      .tuple(
        fc.integer({ min: 1850, max: 2130 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([year, month, day, serial]) => makeInsz({ year, month, day, serial })),
  );

  test('agrees with a plain reference model of the SPEC rules on messy input', () => {
    fc.assert(
      fc.property(arbMessy, (raw) => {
        expect(outcome(raw)).toBe(reference(raw, TODAY));
      }),
      { numRuns: 5000 },
    );
  });

  test('the ASCII fast path (no NFKC) decides exactly as the normalising path', () => {
    // A trailing no-break space forces the NFKC path and is trimmed away again.
    fc.assert(
      fc.property(arbMessy, (raw) => {
        expect(validate(`${raw}\u00a0`)).toStrictEqual(validate(raw));
      }),
      { numRuns: 3000 },
    );
  });

  test('a valid result compact is exactly normalizeInsz of the input', () => {
    fc.assert(
      fc.property(arbMessy, (raw) => {
        const r = validate(raw);
        if (r.valid) expect(r.compact).toBe(normalizeInsz(raw));
      }),
    );
  });
});

import fc from 'fast-check';

/**
 * Synthetic, checksum-valid INSZ numbers for tests (DEVELOPERS.md: never a real person's).
 * Serials from 900 upward are used by default, so numbers are easy to recognise as test data.
 */
export interface InszParts {
  /** Full year, e.g. 1985 or 2005 (decides the century of the check digits). */
  year: number;
  /** Month as written in the number: 0-12 (NN), 20-32 (BIS, sex unknown), 40-52 (BIS, sex known). */
  month: number;
  day: number;
  serial: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Builds the 11-digit compact form with correct check digits for the year's century. */
export function makeInsz({ year, month, day, serial }: InszParts): string {
  const first9 = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
  const n = Number(first9) + (year >= 2000 ? 2_000_000_000 : 0);
  const check = 97 - (n % 97);
  return first9 + pad(check, 2);
}

/*
 * fast-check arbitraries for valid synthetic INSZ numbers, with what validateInsz must report for
 * them. Written independently of src/core (own leap-year rule, own check digits via makeInsz) so
 * properties compare the validator against a second implementation, not against itself.
 */

/** How the month is written: national number, BIS with sex unknown (+20), BIS with sex known (+40). */
export type SyntheticVariant = 'nn' | 'bis20' | 'bis40';

/** Which part of the birth date the number holds: all, year and month (day 00), year only (month 00). */
export type SyntheticPrecision = 'full' | 'month' | 'year';

export interface SyntheticInsz {
  /** 11 bare digits. */
  compact: string;
  parts: InszParts;
  variant: SyntheticVariant;
  precision: SyntheticPrecision;
  /** What validateInsz must report. */
  expected: {
    kind: 'nn' | 'bis';
    birthDate: { year: number; month?: number; day?: number };
    sex?: 'M' | 'F';
  };
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/**
 * Valid synthetic INSZ numbers born between 1 January `minYear` (default 1900) and `today`
 * (judged with local getters, like core), of every kind: national numbers (serial 001-998) and
 * both BIS kinds (serial 000-999), both centuries, with full, year-month and year-only dates.
 */
export function arbValidInsz(today: Date, options: { minYear?: number } = {}): fc.Arbitrary<SyntheticInsz> {
  const ty = today.getFullYear();
  const tm = today.getMonth() + 1;
  const td = today.getDate();
  const minYear = options.minYear ?? 1900;
  return fc
    .record({
      year: fc.integer({ min: minYear, max: ty }),
      month: fc.integer({ min: 1, max: 12 }),
      dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      anyDayDigits: fc.integer({ min: 0, max: 99 }),
      precision: fc.constantFrom<SyntheticPrecision>('full', 'full', 'full', 'month', 'year'),
      variant: fc.constantFrom<SyntheticVariant>('nn', 'nn', 'bis20', 'bis40'),
      serial: fc.integer({ min: 0, max: 999 }),
    })
    .map((g) => ({ ...g, day: 1 + Math.floor(g.dayFraction * monthLength(g.year, g.month)) }))
    .filter((g) => {
      if (g.variant === 'nn' && (g.serial === 0 || g.serial === 999)) return false;
      if (g.precision === 'year') return g.year <= ty;
      if (g.precision === 'month') return g.year * 100 + g.month <= ty * 100 + tm;
      return g.year * 10000 + g.month * 100 + g.day <= ty * 10000 + tm * 100 + td;
    })
    .map((g): SyntheticInsz => {
      const offset = g.variant === 'nn' ? 0 : g.variant === 'bis20' ? 20 : 40;
      const parts: InszParts = {
        year: g.year,
        month: offset + (g.precision === 'year' ? 0 : g.month),
        day: g.precision === 'year' ? g.anyDayDigits : g.precision === 'month' ? 0 : g.day,
        serial: g.serial,
      };
      const birthDate =
        g.precision === 'year'
          ? { year: g.year }
          : g.precision === 'month'
            ? { year: g.year, month: g.month }
            : { year: g.year, month: g.month, day: g.day };
      const kind = g.variant === 'nn' ? 'nn' : 'bis';
      const expected: SyntheticInsz['expected'] =
        g.variant === 'bis20'
          ? { kind, birthDate }
          : { kind, birthDate, sex: g.serial % 2 === 1 ? 'M' : 'F' };
      return { compact: makeInsz(parts), parts, variant: g.variant, precision: g.precision, expected };
    });
}

/** Separators and edge whitespace a user may type around a valid compact INSZ. */
export function arbDecoratedInsz(compact: string): fc.Arbitrary<string> {
  const separator = fc.constantFrom('', '', '.', '-', ' ', '. ', ' - ');
  const edge = fc.constantFrom('', ' ', '\t', '\u00a0', '\u3000', ' \u00a0 ');
  return fc
    .record({
      lead: edge,
      trail: edge,
      seps: fc.array(separator, { minLength: 10, maxLength: 10 }),
      fullwidth: fc.boolean(),
    })
    .map(({ lead, trail, seps, fullwidth }) => {
      let body = '';
      for (let i = 0; i < 11; i++) {
        const digit = compact[i] ?? '';
        body += fullwidth ? String.fromCharCode(digit.charCodeAt(0) + 0xfee0) : digit;
        if (i < 10) body += seps[i] ?? '';
      }
      return lead + body + trail;
    });
}

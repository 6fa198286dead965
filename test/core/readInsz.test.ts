import fc from 'fast-check';
import { readInsz, validateInsz } from '../../src/core/insz';
import type { InszFields, InszResult } from '../../src/core/insz';
import { arbDecoratedInsz, arbValidInsz, makeInsz } from '../support/syntheticInsz';

/**
 * readInsz is validateRegistrations' allocation-free variant of validateInsz (the public
 * contract). These properties hold the two to the same answers, field by field, and the fields to
 * an independent implementation (test/support/syntheticInsz).
 */

/** 15 June 2026, local time. */
const TODAY = new Date(2026, 5, 15);
const TODAY_FIELDS = [2026, 6, 15] as const;

const freshFields = (): InszFields => ({
  compact: '',
  first9: 0,
  check: 0,
  mm: 0,
  year: 0,
  month: 0,
  day: 0,
});

function read(raw: string): { code: string | null; out: InszFields } {
  const out = freshFields();
  const code = readInsz(raw, ...TODAY_FIELDS, out);
  return { code, out };
}

/** readInsz's answer in validateInsz's terms: the same result object, built from the fields. */
function asResult(code: string | null, out: InszFields): unknown {
  if (code !== null) return { valid: false, code };
  const birthDate =
    out.month === 0
      ? { year: out.year }
      : out.day === 0
        ? { year: out.year, month: out.month }
        : { year: out.year, month: out.month, day: out.day };
  const kind = out.mm <= 12 ? 'nn' : 'bis';
  const serial = out.first9 % 1000;
  return out.mm >= 20 && out.mm < 40
    ? { valid: true, compact: out.compact, kind, birthDate }
    : { valid: true, compact: out.compact, kind, birthDate, sex: serial % 2 === 1 ? 'M' : 'F' };
}

/** Characters INSZ input is made of, and the ones that trip it up. */
const inszUnit = fc.constantFrom(
  '0',
  '1',
  '2',
  '3',
  '5',
  '7',
  '8',
  '9',
  '.',
  '-',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '\uff10',
  '\uff19',
  '\uff0e',
  'O',
  '/',
  '\u200b',
  '\u0660',
);
const arbInszLike = fc.oneof(
  fc.string({ unit: inszUnit, maxLength: 18 }),
  fc.string({ maxLength: 14 }),
  fc.string({ unit: 'binary', maxLength: 14 }),
  fc.integer({ min: 0, max: 99_999_999_999 }).map((n) => String(n).padStart(11, '0')),
);

describe('readInsz agrees with validateInsz', () => {
  test('on arbitrary text: same code, or the same number field by field', () => {
    fc.assert(
      fc.property(arbInszLike, (raw) => {
        const { code, out } = read(raw);
        const result: InszResult = validateInsz(raw, { today: TODAY });
        expect(asResult(code, out)).toEqual(result);
        if (result.valid) {
          // The duplicate key validation uses: the number the 11 digits spell.
          expect(out.first9 * 100 + out.check).toBe(Number(result.compact));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('on synthetic valid numbers, plain and decorated, against the independent generator', () => {
    const arbValid = arbValidInsz(TODAY);
    fc.assert(
      fc.property(
        arbValid.chain((s) =>
          fc.tuple(fc.constant(s), fc.oneof(fc.constant(s.compact), arbDecoratedInsz(s.compact))),
        ),
        ([s, raw]) => {
          const { code, out } = read(raw);
          expect(code).toBeNull();
          expect(out.compact).toBe(s.compact);
          expect(out.first9 * 100 + out.check).toBe(Number(s.compact));
          expect(out.year).toBe(s.expected.birthDate.year);
          expect(out.month).toBe(s.expected.birthDate.month ?? 0);
          expect(out.day).toBe(s.expected.birthDate.day ?? 0);
          expect(asResult(code, out)).toEqual(validateInsz(raw, { today: TODAY }));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('an invalid today throws the same RangeError, only once a number reaches the date check', () => {
    const valid = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });
    expect(() => readInsz(valid, NaN, NaN, NaN, freshFields())).toThrow(RangeError);
    expect(() => validateInsz(valid, { today: new Date(NaN) })).toThrow(RangeError);
    expect(readInsz('85O73093301', NaN, NaN, NaN, freshFields())).toBe('insz_characters');
    expect(validateInsz('85O73093301', { today: new Date(NaN) })).toEqual({
      valid: false,
      code: 'insz_characters',
    });
  });

  test('withCompact false: the same verdict and numbers, no compact string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbValidInsz(TODAY).chain((s) => arbDecoratedInsz(s.compact)),
          fc.string(),
        ),
        (raw) => {
          const full = read(raw);
          const out = freshFields();
          const code = readInsz(raw, ...TODAY_FIELDS, out, false);
          expect(code).toBe(full.code);
          if (code === null) expect(out).toEqual({ ...full.out, compact: '' });
        },
      ),
    );
  });

  test('unseparated input gives back the very same string as compact form', () => {
    const valid = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });
    expect(read(valid).out.compact).toBe(valid);
    expect(read('85.07.30-933.01').out.compact).toBe(
      makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }),
    );
  });
});

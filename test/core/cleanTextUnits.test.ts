import fc from 'fast-check';
import { findUnencodable } from '../../src/core/encoding';
import { cleanTextUnits, isCleanText } from '../../src/core/textChecks';

/**
 * cleanTextUnits is isCleanText plus the OR of the code units, which validateRegistrations uses to
 * skip the Windows-1252 check. Held to an independent regular-expression reading of "clean".
 */

/** Independent: printable ASCII or U+00A0-U+02FF but the soft hyphen, no `,` `"` `;`, no edge space or NBSP, no formula prefix. */
const CLEAN = /^(?![ \u00a0=+\-@])[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff]*(?<![ \u00a0])$/u;
const oracle = (text: string): boolean => text === '' || (CLEAN.test(text) && !/[,";]/u.test(text));
const orOfUnits = (text: string): number => {
  let units = 0;
  for (let i = 0; i < text.length; i++) units |= text.charCodeAt(i);
  return units;
};

const unit = fc.oneof(
  fc.constantFrom(
    'a',
    'Z',
    'é',
    'ë',
    'ł',
    'Ł',
    'ő',
    ' ',
    '\u00a0',
    '\u00ad',
    ',',
    ';',
    '"',
    '=',
    '-',
    '@',
    '+',
    '\t',
  ),
  fc.integer({ min: 0, max: 0x3ff }).map((c) => String.fromCharCode(c)),
);
const arbText = fc.oneof(
  fc.string({ unit, maxLength: 10 }),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('cleanTextUnits', () => {
  test('is -1 exactly when the text is not clean, else the OR of its units', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const units = cleanTextUnits(text);
        expect(units >= 0).toBe(oracle(text));
        expect(isCleanText(text)).toBe(units >= 0);
        if (units >= 0) expect(units).toBe(orOfUnits(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('below 0x100 a clean text is all Windows-1252 (validation skips that check then)', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const units = cleanTextUnits(text);
        if (units >= 0 && units < 0x100) expect(findUnencodable(text, 'windows-1252')).toBeNull();
      }),
      { numRuns: 3000 },
    );
    for (let c = 0; c < 0x100; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      const units = cleanTextUnits(text);
      if (units >= 0) expect(findUnencodable(text, 'windows-1252')).toBeNull();
    }
  });

  test.each([
    ['', 0],
    ['Zoë', 0x5a | 0x6f | 0xeb],
    ['Hélène', 0x48 | 0xe9 | 0x6c | 0xe8 | 0x6e | 0x65],
    [' Jan', -1],
    ['Jan\u00a0', -1],
    ['=1+1', -1],
    ['Voorbeeld, Jan', -1],
    ['He\u0301le\u0300ne', -1],
  ])('%j -> %s', (text, expected) => {
    expect(cleanTextUnits(text)).toBe(expected);
  });
});

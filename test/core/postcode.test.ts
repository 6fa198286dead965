import fc from 'fast-check';
import { isBelgianPostcode } from '../../src/core/postcode';

describe('isBelgianPostcode (4 digits, 1000-9999)', () => {
  test.each([
    ['lowest', '1000', true],
    ['highest', '9999', true],
    ['ordinary', '1500', true],
    ['leading zero', '0999', false],
    ['0000', '0000', false],
    ['3 digits', '999', false],
    ['5 digits', '10000', false],
    ['leading space', ' 1000', false],
    ['trailing space', '1000 ', false],
    ['country prefix', 'B-1000', false],
    ['with the town', '1000 Brussel', false],
    ['fullwidth digits', '１０００', false],
    ['a letter', '10a0', false],
    ['sign', '+100', false],
    ['decimal', '1000.0', false],
    ['empty', '', false],
  ])('%s: %j -> %s', (_label, text, expected) => {
    expect(isBelgianPostcode(text)).toBe(expected);
  });

  test('every zero-padded 4-digit number: valid exactly from 1000 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(isBelgianPostcode(String(n).padStart(4, '0'))).toBe(n >= 1000);
      }),
    );
  });
});

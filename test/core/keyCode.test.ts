/** The export key as a typed code (src/core/keyCode.ts). */
import fc from 'fast-check';
import { KEY_CODE_LENGTH, keyCode, parseKeyCode } from '../../src/core';

const key16 = fc.uint8Array({ minLength: 16, maxLength: 16 });

test('a code is 7 groups of 4 Crockford characters and gives its key back', () => {
  fc.assert(
    fc.property(key16, (key) => {
      const code = keyCode(key);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
      expect(code.replace(/-/g, '')).toHaveLength(KEY_CODE_LENGTH);
      expect(parseKeyCode(code)).toEqual({ ok: true, key });
    }),
  );
});

test('a code holds at least 80 bits (issue #8): 128-bit keys', () => {
  const first = parseKeyCode(keyCode(new Uint8Array(16).fill(0xff)));
  expect(first.ok && first.key.length * 8).toBe(128);
});

test('reading is forgiving: lower case, spaces, no hyphens, I/L as 1 and O as 0', () => {
  const key = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
  const code = keyCode(key);
  const typed = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
  expect(parseKeyCode(typed)).toEqual({ ok: true, key });
});

test.each<[string, (code: string) => string, 'length' | 'character' | 'check']>([
  ['one character short', (c) => c.slice(0, -1), 'length'],
  ['one character more', (c) => `${c}7`, 'length'],
  ['a character outside the alphabet', (c) => `U${c.slice(1)}`, 'character'],
])('refused: %s', (_label, change, reason) => {
  const code = keyCode(new Uint8Array(16).fill(7));
  expect(parseKeyCode(change(code))).toEqual({ ok: false, reason });
});

test('any single changed character is a typo the check characters catch (or another valid key is never silently read)', () => {
  fc.assert(
    fc.property(key16, fc.nat(KEY_CODE_LENGTH - 1), fc.nat(31), (key, position, shift) => {
      const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
      const chars = keyCode(key).replace(/-/g, '').split('');
      const old = chars[position] ?? '0';
      const replaced = alphabet[(alphabet.indexOf(old) + 1 + (shift % 31)) % 32] ?? '0';
      chars[position] = replaced;
      const result = parseKeyCode(chars.join(''));
      // 10 check bits: a typo slips through with probability 1/1024; then it is another key.
      if (result.ok) expect(result.key).not.toEqual(key);
      else expect(result.reason).toBe('check');
    }),
    { numRuns: 300 },
  );
});

import fc from 'fast-check';
import {
  encodedLength,
  encodeText,
  findUnencodable,
  unencodableError,
  UTF8_BOM,
  writeEncoded,
} from '../../src/core/encoding';
import { ENCODINGS } from '../../src/core/types';
import type { Encoding } from '../../src/core/types';
import { decodeWindows1252, windows1252OracleIsSane } from '../fixtures/decodeText';

/**
 * encodedLength + writeEncoded are the byte writer behind encodeText and writeCsv: held to the
 * platform's TextEncoder (UTF-8) and TextDecoder (Windows-1252), never to our own code.
 */

const unit = fc.oneof(
  fc.constantFrom(
    'a',
    'é',
    '€',
    'Ł',
    '\u0081',
    '\u20ac',
    '\u2019',
    'Ÿ',
    '\ud83d',
    '\ude00',
    '\u{1f600}',
    '\uffff',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const arbText = fc.oneof(
  fc.string({ unit, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/**
 * Character -> byte by the platform's Windows-1252 decoder, without the five undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D decode to C1 controls, which the encoder must refuse).
 */
const WINDOWS_1252 = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = decodeWindows1252(Uint8Array.of(b));
  if (!(b >= 0x80 && b <= 0x9f && ch.charCodeAt(0) === b)) WINDOWS_1252.set(ch, b);
}

/** True when `text` holds no lone surrogate. */
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

/** The bytes the platform writes for `text` in `encoding` (no BOM), or null when it cannot. */
function oracleBytes(text: string, encoding: Encoding): Uint8Array | null {
  if (encoding === 'windows-1252') {
    const bytes: number[] = [];
    for (const ch of text) {
      const byte = WINDOWS_1252.get(ch);
      if (byte === undefined) return null;
      bytes.push(byte);
    }
    return Uint8Array.from(bytes);
  }
  if (!isWellFormed(text)) return null;
  return new TextEncoder().encode(text);
}

describe('encodedLength / writeEncoded', () => {
  test('the Windows-1252 oracle is sane', () => {
    expect(windows1252OracleIsSane()).toBe(true);
  });

  test.each(ENCODINGS)(
    '%s: length and bytes as the platform writes them, -1 exactly when it cannot',
    (encoding) => {
      fc.assert(
        fc.property(arbText, fc.integer({ min: 0, max: 5 }), (text, at) => {
          // One expect per run (1,500 runs per encoding): an object of every checked quantity.
          const expected = oracleBytes(text, encoding);
          const length = encodedLength(text, encoding);
          const unencodable = findUnencodable(text, encoding) !== null;
          if (expected === null) {
            expect({ length, unencodable }).toEqual({ length: -1, unencodable: true });
            return;
          }
          const out = new Uint8Array(Math.max(0, at + length + 3)).fill(0xaa);
          const end = length < 0 ? null : writeEncoded(text, encoding, out, at);
          expect({
            length,
            unencodable,
            end,
            bytes: Array.from(out.subarray(at, at + length)),
            before: Array.from(out.subarray(0, at)),
            after: Array.from(out.subarray(at + length)),
          }).toEqual({
            length: expected.length,
            unencodable: false,
            end: at + expected.length,
            bytes: Array.from(expected),
            before: new Array<number>(at).fill(0xaa),
            after: [0xaa, 0xaa, 0xaa],
          });
        }),
        { numRuns: 1500 },
      );
    },
  );

  test.each(ENCODINGS)('%s: encodeText is BOM + writeEncoded, or unencodableError', (encoding) => {
    fc.assert(
      fc.property(arbText, (text) => {
        const bad = findUnencodable(text, encoding);
        if (bad !== null) {
          expect(() => encodeText(text, encoding)).toThrow(unencodableError(bad, encoding).message);
          return;
        }
        const bom = encoding === 'utf-8-bom' ? UTF8_BOM : [];
        const body = new Uint8Array(encodedLength(text, encoding));
        writeEncoded(text, encoding, body, 0);
        expect(encodeText(text, encoding)).toEqual(Uint8Array.from([...bom, ...body]));
      }),
      { numRuns: 1000 },
    );
  });

  test('unencodableError names every code point of the character', () => {
    expect(unencodableError('Ł', 'windows-1252').message).toBe(
      'encodeText: U+141 cannot be written in windows-1252 (validation should have reported it)',
    );
    expect(unencodableError('\u{1f600}', 'windows-1252').message).toMatch(/U\+1F600 cannot/);
  });
});

import fc from 'fast-check';
import { encodeText, findUnencodable, UTF8_BOM } from '../../src/core/encoding';
import { ENCODINGS } from '../../src/core/types';
import { decodeWindows1252, windows1252OracleIsSane } from '../fixtures/decodeText';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const UNDEFINED_1252_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

describe('Windows-1252 table, proven against the platform decoder', () => {
  test('the oracle decodes the 0x80-0x9F range per WHATWG (guards against nodejs/node#60888)', () => {
    expect(windows1252OracleIsSane()).toBe(true);
  });

  const allBytes = Array.from({ length: 256 }, (_, b) => b);

  test.each(allBytes.filter((b) => !UNDEFINED_1252_BYTES.includes(b)).map((b) => [b.toString(16), b]))(
    'byte 0x%s: decode then encode gives the same byte',
    (_label, b) => {
      const char = decodeWindows1252(Uint8Array.of(b));
      expect(char).toHaveLength(1);
      expect(findUnencodable(char, 'windows-1252')).toBeNull();
      expect([...encodeText(char, 'windows-1252')]).toEqual([b]);
    },
  );

  test.each(UNDEFINED_1252_BYTES.map((b) => [b.toString(16), b]))(
    'undefined byte 0x%s: the decoder yields its C1 control, which we refuse to produce',
    (_label, b) => {
      // WHATWG (and Node's ICU path) decode the five undefined bytes to U+0081 ... U+009D.
      const char = decodeWindows1252(Uint8Array.of(b));
      expect(char.codePointAt(0)).toBe(b);
      expect(findUnencodable(char, 'windows-1252')).toBe(char);
      expect(() => encodeText(char, 'windows-1252')).toThrow(/cannot be written in windows-1252/);
    },
  );

  test('exactly 251 BMP code points are encodable, and each round-trips through the decoder', () => {
    const encodable: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCharCode(cp);
      if (findUnencodable(char, 'windows-1252') !== null) continue;
      encodable.push(cp);
      expect(decodeWindows1252(encodeText(char, 'windows-1252'))).toBe(char);
    }
    // 128 ASCII + 96 Latin-1 (U+00A0-U+00FF) + 27 characters at 0x80-0x9F.
    expect(encodable).toHaveLength(251);
  });

  test.each([
    ['é', 'é', [0xe9]],
    ['è', 'è', [0xe8]],
    ['ç', 'ç', [0xe7]],
    ['ü', 'ü', [0xfc]],
    ['ë', 'ë', [0xeb]],
    ['no-break space', '\u00a0', [0xa0]],
    ['ÿ', 'ÿ', [0xff]],
    ['€', '€', [0x80]],
    ['Š', 'Š', [0x8a]],
    ['Œ', 'Œ', [0x8c]],
    ['Ž', 'Ž', [0x8e]],
    ['š', 'š', [0x9a]],
    ['œ', 'œ', [0x9c]],
    ['ž', 'ž', [0x9e]],
    ['Ÿ', 'Ÿ', [0x9f]],
    ['right single quote', '’', [0x92]],
    ['en dash', '–', [0x96]],
    ['ƒ', 'ƒ', [0x83]],
    ['™', '™', [0x99]],
    ['ASCII text', 'Testpersoon,1500\r\n', [...Buffer.from('Testpersoon,1500\r\n', 'ascii')]],
  ])('%s -> expected bytes', (_label, text, bytes) => {
    expect([...encodeText(text, 'windows-1252')]).toEqual(bytes);
  });
});

describe('findUnencodable', () => {
  test.each([
    ['all fit in 1252', 'Hélène Çelik-Müller €', 'windows-1252', null],
    ['Polish Ł', 'Łukasz', 'windows-1252', 'Ł'],
    ['first of several', 'aĀbŁ', 'windows-1252', 'Ā'],
    ['Turkish ğ', 'Doğan', 'windows-1252', 'ğ'],
    ['C1 control U+0080 (not €)', 'a\u0080', 'windows-1252', '\u0080'],
    ['astral character whole', 'a😀', 'windows-1252', '😀'],
    ['Greek', 'Ωmega', 'windows-1252', 'Ω'],
    ['empty text', '', 'windows-1252', null],
    ['UTF-8 holds Ł', 'Łukasz', 'utf-8', null],
    ['UTF-8 BOM holds astral', 'a😀', 'utf-8-bom', null],
    ['lone high surrogate, utf-8', 'a\ud800b', 'utf-8', '\ud800'],
    ['lone low surrogate, utf-8-bom', 'a\udc00', 'utf-8-bom', '\udc00'],
    ['lone surrogate at end, 1252', 'ab\ud83d', 'windows-1252', '\ud83d'],
  ] as const)('%s', (_label, text, encoding, expected) => {
    expect(findUnencodable(text, encoding)).toBe(expected);
  });
});

describe('encodeText, UTF-8', () => {
  test.each([
    ['ASCII', 'INSZ', '494e535a'],
    ['é (2 bytes)', 'é', 'c3a9'],
    ['€ (3 bytes)', '€', 'e282ac'],
    ['astral (4 bytes)', '😀', 'f09f9880'],
    ['empty', '', ''],
  ])('%s', (_label, text, expectedHex) => {
    expect(hex(encodeText(text, 'utf-8'))).toBe(expectedHex);
    expect(hex(encodeText(text, 'utf-8-bom'))).toBe(`efbbbf${expectedHex}`);
  });

  test('UTF8_BOM is EF BB BF', () => {
    expect(UTF8_BOM).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('property: matches the platform TextEncoder for any well-formed string', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(hex(encodeText(text, 'utf-8'))).toBe(hex(encoder.encode(text)));
        expect(hex(encodeText(text, 'utf-8-bom'))).toBe(`efbbbf${hex(encoder.encode(text))}`);
      }),
    );
  });

  test.each(ENCODINGS.map((e) => [e]))(
    '%s: a lone surrogate is a broken invariant, not U+FFFD',
    (encoding) => {
      expect(() => encodeText('Voorbeeld\ud800', encoding)).toThrow(/U\+D800/);
    },
  );
});

describe('encodeText, Windows-1252', () => {
  test('property: any text of encodable characters round-trips through the decoder', () => {
    const encodable = fc.constantFrom(
      ...Array.from({ length: 0x10000 }, (_, cp) => String.fromCharCode(cp)).filter(
        (c) => !(c >= '\ud800' && c <= '\udfff') && findUnencodable(c, 'windows-1252') === null,
      ),
    );
    fc.assert(
      fc.property(fc.array(encodable, { maxLength: 100 }), (chars) => {
        const text = chars.join('');
        const bytes = encodeText(text, 'windows-1252');
        expect(bytes).toHaveLength(text.length);
        expect(decodeWindows1252(bytes)).toBe(text);
      }),
    );
  });

  test('an unencodable character is a broken invariant', () => {
    expect(() => encodeText('Łukasz', 'windows-1252')).toThrow(/U\+141/);
  });
});

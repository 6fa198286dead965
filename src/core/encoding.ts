import type { Encoding } from './types';

/**
 * Text -> bytes for the three file encodings of SPEC ("encoding: a setting, default UTF-8 with
 * BOM ..., other choices UTF-8 without BOM and Windows-1252").
 *
 * Hand-written on purpose: core has no DOM or Node types (no `TextEncoder`), and no platform
 * offers a Windows-1252 *encoder* anyway (`TextDecoder` only decodes). The Windows-1252 table
 * is proven in test/core/encoding.test.ts against a decoder round trip of all 256 bytes.
 */

/**
 * The UTF-8 byte order mark Excel's own "CSV UTF-8" writes: EF BB BF.
 *
 * @example
 * ```ts
 * encodeText('', 'utf-8-bom'); // Uint8Array [...UTF8_BOM] = [0xef, 0xbb, 0xbf]
 * ```
 */
export const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];

/**
 * Windows-1252 bytes 0x80-0x9F that are not Latin-1: code point -> byte. The five bytes 0x81,
 * 0x8D, 0x8F, 0x90 and 0x9D are undefined in the Windows code page (the WHATWG decoder maps
 * them to the C1 controls U+0081 ...); they are deliberately NOT producible, so a C1 control
 * in a value is reported instead of being written as a byte Excel and Vaccinnet cannot read.
 */
const WINDOWS_1252_HIGH: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], // € EURO SIGN
  [0x201a, 0x82], // ‚ SINGLE LOW-9 QUOTATION MARK
  [0x0192, 0x83], // ƒ LATIN SMALL LETTER F WITH HOOK
  [0x201e, 0x84], // „ DOUBLE LOW-9 QUOTATION MARK
  [0x2026, 0x85], // … HORIZONTAL ELLIPSIS
  [0x2020, 0x86], // † DAGGER
  [0x2021, 0x87], // ‡ DOUBLE DAGGER
  [0x02c6, 0x88], // ˆ MODIFIER LETTER CIRCUMFLEX ACCENT
  [0x2030, 0x89], // ‰ PER MILLE SIGN
  [0x0160, 0x8a], // Š LATIN CAPITAL LETTER S WITH CARON
  [0x2039, 0x8b], // ‹ SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  [0x0152, 0x8c], // Œ LATIN CAPITAL LIGATURE OE
  [0x017d, 0x8e], // Ž LATIN CAPITAL LETTER Z WITH CARON
  [0x2018, 0x91], // ‘ LEFT SINGLE QUOTATION MARK
  [0x2019, 0x92], // ’ RIGHT SINGLE QUOTATION MARK
  [0x201c, 0x93], // “ LEFT DOUBLE QUOTATION MARK
  [0x201d, 0x94], // ” RIGHT DOUBLE QUOTATION MARK
  [0x2022, 0x95], // • BULLET
  [0x2013, 0x96], // – EN DASH
  [0x2014, 0x97], // — EM DASH
  [0x02dc, 0x98], // ˜ SMALL TILDE
  [0x2122, 0x99], // ™ TRADE MARK SIGN
  [0x0161, 0x9a], // š LATIN SMALL LETTER S WITH CARON
  [0x203a, 0x9b], // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  [0x0153, 0x9c], // œ LATIN SMALL LIGATURE OE
  [0x017e, 0x9e], // ž LATIN SMALL LETTER Z WITH CARON
  [0x0178, 0x9f], // Ÿ LATIN CAPITAL LETTER Y WITH DIAERESIS
]);

/** The Windows-1252 byte of a code point, or undefined when the code page cannot hold it. */
function windows1252Byte(codePoint: number): number | undefined {
  // ASCII and Latin-1 U+00A0-U+00FF are the same bytes in Windows-1252.
  if (codePoint <= 0x7f || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return WINDOWS_1252_HIGH.get(codePoint);
}

const isSurrogate = (codeUnit: number): boolean => codeUnit >= 0xd800 && codeUnit <= 0xdfff;

/**
 * The first character (a whole code point) that `encoding` cannot hold, or null when every
 * character fits.
 *
 * For the UTF-8 encodings this is null for every well-formed string; a lone UTF-16 surrogate
 * (possible in a JavaScript string, not representable in any encoding) is returned for every
 * encoding, because writing it would silently garble the value. For Windows-1252 (SPEC
 * `not_encodable`, "Windows-1252 only") any character outside ASCII, Latin-1 U+00A0-U+00FF and
 * the 27 characters of bytes 0x80-0x9F is returned.
 *
 * @example
 * ```ts
 * findUnencodable('Hélène €', 'windows-1252'); // null
 * findUnencodable('Łukasz', 'windows-1252'); // 'Ł'
 * findUnencodable('Łukasz', 'utf-8-bom'); // null
 * ```
 */
export function findUnencodable(text: string, encoding: Encoding): string | null {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isSurrogate(unit)) {
      const next = text.charCodeAt(i + 1);
      const isPair = unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      if (!isPair) return text.charAt(i);
      if (encoding === 'windows-1252') return text.slice(i, i + 2);
      i++;
      continue;
    }
    if (encoding === 'windows-1252' && windows1252Byte(unit) === undefined) return text.charAt(i);
  }
  return null;
}

function encodeUtf8(text: string, bom: boolean): Uint8Array {
  // At most 3 bytes per UTF-16 code unit (a surrogate pair is 2 units -> 4 bytes).
  const out = new Uint8Array((bom ? UTF8_BOM.length : 0) + text.length * 3);
  let n = 0;
  if (bom) for (const b of UTF8_BOM) out[n++] = b;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out.slice(0, n);
}

function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = windows1252Byte(text.charCodeAt(i));
    // Unreachable after the findUnencodable check in encodeText.
    if (byte === undefined)
      throw new Error(`encodeText: U+${text.charCodeAt(i).toString(16)} not in Windows-1252`);
    out[i] = byte;
  }
  return out;
}

/**
 * The bytes of `text` in `encoding`: for 'utf-8-bom' the BOM EF BB BF followed by UTF-8, for
 * 'utf-8' plain UTF-8, for 'windows-1252' one byte per character.
 *
 * Throws only on a broken invariant: a character the encoding cannot hold. Validation reports
 * those as `not_encodable` first (callers check with {@link findUnencodable}), so no silent
 * replacement character or `?` ever reaches a file.
 *
 * @example
 * ```ts
 * encodeText('é', 'utf-8-bom'); // Uint8Array [0xef, 0xbb, 0xbf, 0xc3, 0xa9]
 * encodeText('é', 'utf-8'); // Uint8Array [0xc3, 0xa9]
 * encodeText('é€', 'windows-1252'); // Uint8Array [0xe9, 0x80]
 * ```
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  const bad = findUnencodable(text, encoding);
  if (bad !== null) {
    const hex = [...bad].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase()}`).join(' ');
    throw new Error(
      `encodeText: ${hex} cannot be written in ${encoding} (validation should have reported it)`,
    );
  }
  switch (encoding) {
    case 'utf-8-bom':
      return encodeUtf8(text, true);
    case 'utf-8':
      return encodeUtf8(text, false);
    case 'windows-1252':
      return encodeWindows1252(text);
  }
}

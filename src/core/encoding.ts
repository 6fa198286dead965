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

/**
 * The number of bytes `text` takes in `encoding` (without a BOM), or -1 when
 * {@link findUnencodable} finds a character the encoding cannot hold (internal to core; exported
 * for csv.ts and the tests). With {@link writeEncoded} this is how bytes are written: one pass to
 * size the output, one to fill it, no per-character arrays or strings.
 *
 * @example
 * ```ts
 * encodedLength('Zoë', 'utf-8'); // 4
 * encodedLength('Zoë', 'windows-1252'); // 3
 * encodedLength('Łukasz', 'windows-1252'); // -1
 * ```
 */
export function encodedLength(text: string, encoding: Encoding): number {
  const n = text.length;
  if (encoding === 'windows-1252') {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // Surrogates (paired or not) are outside the code page too.
      if (c >= 0x80 && (c < 0xa0 || c > 0xff) && !WINDOWS_1252_HIGH.has(c)) return -1;
    }
    return n;
  }
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A pair is 2 units and 4 bytes; a lone surrogate cannot be written at all.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) return -1;
      bytes += 2;
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

/**
 * Writes `text` in `encoding` (without a BOM) into `out` from index `at` and returns the index
 * after it (internal to core; exported for csv.ts and the tests). `text` must be encodable
 * ({@link encodedLength} not -1) and `out` large enough: the caller sized it with encodedLength.
 * ASCII, nearly all of a registration file, takes the first branch: one byte per unit.
 *
 * @example
 * ```ts
 * const out = new Uint8Array(4);
 * writeEncoded('Zoë', 'utf-8', out, 0); // 4; out = [0x5a, 0x6f, 0xc3, 0xab]
 * ```
 */
export function writeEncoded(text: string, encoding: Encoding, out: Uint8Array, at: number): number {
  const n = text.length;
  let o = at;
  if (encoding === 'windows-1252') {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // ASCII and Latin-1 U+00A0-U+00FF are the same bytes in Windows-1252.
      out[o++] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (WINDOWS_1252_HIGH.get(c) as number);
    }
    return o;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // High surrogate: encodedLength guaranteed the low one follows.
      const cp = ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00) + 0x10000;
      out[o++] = 0xf0 | (cp >> 18);
      out[o++] = 0x80 | ((cp >> 12) & 0x3f);
      out[o++] = 0x80 | ((cp >> 6) & 0x3f);
      out[o++] = 0x80 | (cp & 0x3f);
    } else {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return o;
}

/**
 * The error for a character `encoding` cannot hold (`bad`: what findUnencodable returned); a
 * broken invariant, since validation reports not_encodable first (internal to core).
 */
export function unencodableError(bad: string, encoding: Encoding): Error {
  const hex = [...bad].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase()}`).join(' ');
  return new Error(
    `encodeText: ${hex} cannot be written in ${encoding} (validation should have reported it)`,
  );
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
  const length = encodedLength(text, encoding);
  if (length < 0) throw unencodableError(findUnencodable(text, encoding) as string, encoding);
  const bom = encoding === 'utf-8-bom' ? UTF8_BOM.length : 0;
  const out = new Uint8Array(bom + length);
  for (let i = 0; i < bom; i++) out[i] = UTF8_BOM[i] as number;
  writeEncoded(text, encoding, out, bom);
  return out;
}

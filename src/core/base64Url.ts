/*
 * base64url without padding (RFC 4648 §5): the alphabet that needs no percent-encoding in a URL
 * fragment. Written out (no btoa, no Buffer) so it runs the same in the pane, the export page and
 * jest, and core needs no DOM.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]));

/**
 * Bytes as base64url text, no padding.
 *
 * @example
 * ```ts
 * base64UrlEncode(new Uint8Array([0xfb, 0xff])); // '-_8'
 * ```
 */
export function base64UrlEncode(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(ALPHABET[(n >> 18) & 63] ?? '', ALPHABET[(n >> 12) & 63] ?? '');
    out.push(ALPHABET[(n >> 6) & 63] ?? '', ALPHABET[n & 63] ?? '');
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out.push(ALPHABET[(n >> 18) & 63] ?? '', ALPHABET[(n >> 12) & 63] ?? '');
    if (rest === 2) out.push(ALPHABET[(n >> 6) & 63] ?? '');
  }
  return out.join('');
}

/**
 * The bytes of a base64url text, or null when it holds a character outside the alphabet or has
 * an impossible length.
 *
 * @example
 * ```ts
 * base64UrlDecode('-_8'); // Uint8Array [0xfb, 0xff]
 * base64UrlDecode('a+b'); // null
 * ```
 */
export function base64UrlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const char of text) {
    const digit = INDEX.get(char);
    if (digit === undefined) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, j);
}

/**
 * base64url of a length: how many characters {@link base64UrlEncode} gives for `byteCount` bytes.
 *
 * @example
 * ```ts
 * base64UrlLength(2); // 3
 * ```
 */
export function base64UrlLength(byteCount: number): number {
  return Math.ceil((byteCount * 4) / 3);
}

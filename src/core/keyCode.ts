import { sha256Bytes } from './sha256';

/*
 * The export key as a code a person can read, copy and type (issue #8: the key of the export
 * page's envelope never goes in a URL; the pane shows it, the page asks for it).
 *
 * Crockford base32 (https://www.crockford.com/base32.html): digits and upper-case letters
 * without I, L, O and U, so nothing is confused when read aloud or typed; reading is forgiving
 * (lower case, I/L read as 1, O as 0, hyphens and spaces ignored). 16 key bytes (128 bits) make
 * 26 characters; two check characters (10 bits of SHA-256 of the key) follow, so a mistyped code
 * is told apart from the code of another export, and the 28 characters fall into 7 groups of 4.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALIASES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/** Key bytes in a code: 128 bits, AES-128-GCM (Web Crypto). */
export const KEY_CODE_BYTES = 16;
const KEY_CHARS = Math.ceil((KEY_CODE_BYTES * 8) / 5);
const CHECK_CHARS = 2;
/** Characters in a code, without the hyphens. */
export const KEY_CODE_LENGTH = KEY_CHARS + CHECK_CHARS;
const GROUP = 4;

function toBase32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31] ?? '';
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31] ?? '';
  return out.slice(0, chars);
}

/** Domain separation: the check hash is never the hash of the bare key. ASCII bytes of 'vaccinnet-key-check'. */
const CHECK_LABEL = Array.from('vaccinnet-key-check', (c) => c.charCodeAt(0));

function checkChars(key: Uint8Array): string {
  return toBase32(sha256Bytes(Uint8Array.from([...CHECK_LABEL, ...key])), CHECK_CHARS);
}

/**
 * The code of a 16-byte key: 28 Crockford base32 characters in groups of 4.
 *
 * Throws only on a broken invariant (a key of another length).
 *
 * @example
 * ```ts
 * keyCode(new Uint8Array(16)); // '0000-0000-0000-0000-0000-0000-' + 2 check characters
 * ```
 */
export function keyCode(key: Uint8Array): string {
  if (key.length !== KEY_CODE_BYTES)
    throw new Error(`keyCode: ${key.length} bytes, expected ${KEY_CODE_BYTES}`);
  const text = toBase32(key, KEY_CHARS) + checkChars(key);
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += GROUP) groups.push(text.slice(i, i + GROUP));
  return groups.join('-');
}

export type ParseKeyCodeResult =
  | { ok: true; key: Uint8Array }
  /** `length`: too few or too many characters; `character`: one outside the alphabet; `check`: a typo. */
  | { ok: false; reason: 'length' | 'character' | 'check' };

/**
 * The key of a typed or pasted code: case, hyphens and spaces do not matter; I and L read as 1,
 * O as 0 (Crockford).
 *
 * @example
 * ```ts
 * parseKeyCode(keyCode(key)); // { ok: true, key }
 * parseKeyCode('k7q2'); // { ok: false, reason: 'length' }
 * ```
 */
export function parseKeyCode(text: string): ParseKeyCodeResult {
  const clean = text
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015]+/gu, '')
    .replace(/[ILO]/gu, (c) => ALIASES[c] ?? c);
  if (clean.length !== KEY_CODE_LENGTH) return { ok: false, reason: 'length' };
  const key = new Uint8Array(KEY_CODE_BYTES);
  let value = 0;
  let bits = 0;
  let j = 0;
  for (const char of clean.slice(0, KEY_CHARS)) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return { ok: false, reason: 'character' };
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (j < KEY_CODE_BYTES) key[j++] = (value >> bits) & 0xff;
    }
  }
  for (const char of clean.slice(KEY_CHARS)) {
    if (ALPHABET.indexOf(char) < 0) return { ok: false, reason: 'character' };
  }
  // 130 bits were read for 128: the 2 padding bits must be zero, or the code is mistyped.
  if ((value & ((1 << bits) - 1)) !== 0) return { ok: false, reason: 'check' };
  if (clean.slice(KEY_CHARS) !== checkChars(key)) return { ok: false, reason: 'check' };
  return { ok: true, key };
}

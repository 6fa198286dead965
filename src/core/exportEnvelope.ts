import { base64UrlDecode, base64UrlEncode, base64UrlLength } from './base64Url';
import { KEY_CODE_BYTES } from './keyCode';
import type { Language } from './messages';
import { sha256Bytes } from './sha256';

/*
 * The sealed envelope that carries export files from the task pane to the export page
 * (export.html) on hosts whose pane cannot save files (Excel for Mac), issue #8.
 *
 * A URL ends up in the browser's history, session files and, with sync, on other machines, so
 * the fragment holds nothing readable: the files (a zip) are encrypted with AES-GCM under a fresh
 * random 128-bit key per export; the key never goes in a URL, the pane shows it as a code
 * (keyCode.ts) and the page asks for it. The link also expires: the time it was made is in the
 * authenticated data and the page refuses it after {@link ENVELOPE_MAX_AGE_MS}.
 *
 * Binary layout (then base64url in the fragment `e=`):
 *
 *   0      version (2; version 1 was the unencrypted zip, refused now)
 *   1      language of the pane (0 nl, 1 fr, 2 en), so the page speaks it before the code
 *   2..9   time made, milliseconds since 1970, unsigned big-endian
 *   10..13 key id: the first 4 bytes of SHA-256("vaccinnet-key-id" + key), which tells a code of
 *          another export ("wrong code") from a damaged payload ("tampered"); it reveals nothing
 *          the GCM tag does not already let a guesser check
 *   14..25 IV (96 bits, random per envelope: NIST SP 800-38D §8.2.2)
 *   26..   ciphertext and the 128-bit tag
 *
 * Bytes 0..25 are the additional authenticated data: changing the time, language or key id
 * breaks the tag just as changing the ciphertext does.
 *
 * Core is pure (ARCHITECTURE: no randomness, no DOM): the key and IV come in as bytes, and
 * AES-GCM is an {@link EnvelopeCipher} the caller supplies (Web Crypto in the pane and the page,
 * Node's webcrypto in the tests).
 */

/** Envelope format version. */
export const ENVELOPE_VERSION = 2;
/** A link is refused 30 minutes after it was made (issue #8). */
export const ENVELOPE_MAX_AGE_MS = 30 * 60 * 1000;
/** Tolerated clock difference for a link "from the future" (pane and browser share a clock). */
export const ENVELOPE_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** AES-GCM IV length in bytes. */
export const ENVELOPE_IV_BYTES = 12;
/** AES-GCM tag length in bytes (Web Crypto's default, 128 bits). */
export const ENVELOPE_TAG_BYTES = 16;
const KEY_ID_BYTES = 4;
const HEADER_BYTES = 2 + 8 + KEY_ID_BYTES + ENVELOPE_IV_BYTES;
/**
 * Longest fragment the page decodes at all (characters): far above any link the pane makes
 * (downloads.ts keeps them within 30,000), low enough that a hostile link cannot make the page
 * decode megabytes.
 */
export const MAX_ENVELOPE_FRAGMENT_CHARS = 200_000;
const PARAM = 'e=';

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];
const KEY_ID_LABEL = Array.from('vaccinnet-key-id', (c) => c.charCodeAt(0));

/** AES-GCM, supplied by the caller (Web Crypto `subtle.encrypt` / `decrypt` with `AES-GCM`). */
export interface EnvelopeCipher {
  /** Ciphertext followed by the 128-bit tag. */
  encrypt(input: {
    key: Uint8Array;
    iv: Uint8Array;
    plaintext: Uint8Array;
    additionalData: Uint8Array;
  }): Promise<Uint8Array>;
  /** The plaintext, or null when the tag does not verify (wrong key or changed bytes). */
  decrypt(input: {
    key: Uint8Array;
    iv: Uint8Array;
    ciphertext: Uint8Array;
    additionalData: Uint8Array;
  }): Promise<Uint8Array | null>;
}

function keyId(key: Uint8Array): Uint8Array {
  return sha256Bytes(Uint8Array.from([...KEY_ID_LABEL, ...key])).subarray(0, KEY_ID_BYTES);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Characters of the fragment (without `#`) that {@link sealEnvelope} makes for a payload of
 * `payloadBytes` bytes: the URL budget is checked before anything is encrypted.
 *
 * @example
 * ```ts
 * envelopeFragmentLength(0); // 2 + base64url length of 42 bytes = 58
 * ```
 */
export function envelopeFragmentLength(payloadBytes: number): number {
  return PARAM.length + base64UrlLength(HEADER_BYTES + payloadBytes + ENVELOPE_TAG_BYTES);
}

export interface SealInput {
  /** What to carry: the zip of the export files. */
  readonly payload: Uint8Array;
  readonly lang: Language;
  /** When the link is made, ms since 1970 (the caller's clock). */
  readonly createdAt: number;
  /** 16 fresh random bytes per export (the code the pane shows: keyCode). */
  readonly key: Uint8Array;
  /** 12 fresh random bytes per envelope. */
  readonly iv: Uint8Array;
}

/**
 * The fragment (without `#`) carrying `payload` sealed under `key`.
 *
 * Throws only on a broken invariant (a key or IV of the wrong length, a bad time).
 *
 * @example
 * ```ts
 * await sealEnvelope({ payload: zip, lang: 'nl', createdAt: Date.now(), key, iv }, webCryptoCipher);
 * // 'e=Ag...'
 * ```
 */
export async function sealEnvelope(input: SealInput, cipher: EnvelopeCipher): Promise<string> {
  if (input.key.length !== KEY_CODE_BYTES) throw new Error('sealEnvelope: key must be 16 bytes');
  if (input.iv.length !== ENVELOPE_IV_BYTES) throw new Error('sealEnvelope: IV must be 12 bytes');
  if (!Number.isSafeInteger(input.createdAt) || input.createdAt < 0) {
    throw new Error('sealEnvelope: createdAt must be a non-negative integer');
  }
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = ENVELOPE_VERSION;
  header[1] = LANGUAGES.indexOf(input.lang);
  const high = Math.floor(input.createdAt / 2 ** 32);
  const low = input.createdAt % 2 ** 32;
  for (let i = 0; i < 4; i++) {
    header[2 + i] = (high >>> (24 - 8 * i)) & 0xff;
    header[6 + i] = (low >>> (24 - 8 * i)) & 0xff;
  }
  header.set(keyId(input.key), 10);
  header.set(input.iv, 10 + KEY_ID_BYTES);
  const sealed = await cipher.encrypt({
    key: input.key,
    iv: input.iv,
    plaintext: input.payload,
    additionalData: header,
  });
  const out = new Uint8Array(header.length + sealed.length);
  out.set(header);
  out.set(sealed, header.length);
  return PARAM + base64UrlEncode(out);
}

/** An envelope read from a fragment, not yet opened. */
export interface Envelope {
  readonly lang: Language;
  readonly createdAt: number;
  readonly bytes: Uint8Array;
}

export type ReadEnvelopeResult =
  | { ok: true; envelope: Envelope }
  /**
   * `empty`: no files in the address; `broken`: cut off, damaged, an older link format or a time
   * in the future; `expired`: older than {@link ENVELOPE_MAX_AGE_MS}; `too_large`: longer than
   * any link the pane makes.
   */
  | { ok: false; reason: 'empty' | 'broken' | 'expired' | 'too_large'; lang: Language | null };

/**
 * Reads the envelope of a fragment (with or without `#`) and checks its age against `now` (ms).
 * The age is checked again, authenticated, by {@link openEnvelope}.
 *
 * @example
 * ```ts
 * readEnvelope(location.hash, Date.now()); // { ok: true, envelope } or { ok: false, reason: 'expired', lang: 'nl' }
 * ```
 */
export function readEnvelope(fragment: string, now: number): ReadEnvelopeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { ok: false, reason: 'empty', lang: null };
  if (text.length > MAX_ENVELOPE_FRAGMENT_CHARS) return { ok: false, reason: 'too_large', lang: null };
  if (!text.startsWith(PARAM)) return { ok: false, reason: 'broken', lang: null };
  const bytes = base64UrlDecode(text.slice(PARAM.length));
  if (bytes === null || bytes.length < HEADER_BYTES + ENVELOPE_TAG_BYTES) {
    return { ok: false, reason: 'broken', lang: null };
  }
  const lang = LANGUAGES[bytes[1] ?? -1] ?? null;
  if (bytes[0] !== ENVELOPE_VERSION || lang === null) return { ok: false, reason: 'broken', lang };
  let high = 0;
  let low = 0;
  for (let i = 0; i < 4; i++) {
    high = high * 256 + (bytes[2 + i] ?? 0);
    low = low * 256 + (bytes[6 + i] ?? 0);
  }
  const createdAt = high * 2 ** 32 + low;
  if (!Number.isSafeInteger(createdAt) || createdAt - now > ENVELOPE_CLOCK_SKEW_MS) {
    return { ok: false, reason: 'broken', lang };
  }
  if (now - createdAt > ENVELOPE_MAX_AGE_MS) return { ok: false, reason: 'expired', lang };
  return { ok: true, envelope: { lang, createdAt, bytes } };
}

export type OpenEnvelopeResult =
  | { ok: true; payload: Uint8Array }
  /**
   * `wrong_key`: the key of another export (key id differs); `tampered`: the right key, but the
   * payload, time or language was changed (the tag does not verify).
   */
  | { ok: false; reason: 'wrong_key' | 'tampered' };

/**
 * Opens an envelope with the key the user typed (parseKeyCode).
 *
 * @example
 * ```ts
 * await openEnvelope(envelope, key, webCryptoCipher); // { ok: true, payload: zip }
 * ```
 */
export async function openEnvelope(
  envelope: Envelope,
  key: Uint8Array,
  cipher: EnvelopeCipher,
): Promise<OpenEnvelopeResult> {
  const { bytes } = envelope;
  if (key.length !== KEY_CODE_BYTES || !sameBytes(bytes.subarray(10, 10 + KEY_ID_BYTES), keyId(key))) {
    return { ok: false, reason: 'wrong_key' };
  }
  const payload = await cipher.decrypt({
    key,
    iv: bytes.slice(10 + KEY_ID_BYTES, HEADER_BYTES),
    ciphertext: bytes.slice(HEADER_BYTES),
    additionalData: bytes.slice(0, HEADER_BYTES),
  });
  return payload === null ? { ok: false, reason: 'tampered' } : { ok: true, payload };
}

/**
 * The export page's URL with an envelope fragment.
 *
 * @example
 * ```ts
 * exportPageUrl('https://host/export.html', 'e=Ag...'); // 'https://host/export.html#e=Ag...'
 * ```
 */
export function exportPageUrl(pageUrl: string, fragment: string): string {
  return `${pageUrl.split('#')[0] ?? pageUrl}#${fragment}`;
}

/**
 * The part of Web Crypto's `SubtleCrypto` an {@link EnvelopeCipher} needs (declared here because
 * core compiles without the DOM library). `crypto.subtle` of a browser or of Node fits it.
 */
export interface AesGcmSubtle<K> {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: 'AES-GCM',
    extractable: false,
    keyUsages: ('encrypt' | 'decrypt')[],
  ): Promise<K>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array<ArrayBuffer>; additionalData: Uint8Array<ArrayBuffer> },
    key: K,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array<ArrayBuffer>; additionalData: Uint8Array<ArrayBuffer> },
    key: K,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<ArrayBuffer>;
}

/**
 * AES-GCM (128-bit tag) on Web Crypto, for {@link sealEnvelope} and {@link openEnvelope}: the pane
 * and the export page pass their `crypto.subtle`, the tests Node's.
 *
 * @example
 * ```ts
 * const cipher = webCryptoCipher(crypto.subtle);
 * ```
 */
export function webCryptoCipher<K>(subtle: AesGcmSubtle<K>): EnvelopeCipher {
  const importKey = (key: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<K> =>
    subtle.importKey('raw', key.slice(), 'AES-GCM', false, [usage]);
  return {
    encrypt: async ({ key, iv, plaintext, additionalData }) => {
      const sealed = await subtle.encrypt(
        { name: 'AES-GCM', iv: iv.slice(), additionalData: additionalData.slice() },
        await importKey(key, 'encrypt'),
        plaintext.slice(),
      );
      return new Uint8Array(sealed);
    },
    decrypt: async ({ key, iv, ciphertext, additionalData }) => {
      const cryptoKey = await importKey(key, 'decrypt');
      try {
        const plain = await subtle.decrypt(
          { name: 'AES-GCM', iv: iv.slice(), additionalData: additionalData.slice() },
          cryptoKey,
          ciphertext.slice(),
        );
        return new Uint8Array(plain);
      } catch {
        // Web Crypto rejects with an OperationError when the tag does not verify: data, not a bug.
        return null;
      }
    },
  };
}

import type { Language } from '../core';

/*
 * How the task pane hands export files to the export page (export.html) in the system browser:
 * in the URL fragment, `#v=1&lang=nl&n=<bytes>&zip=<base64url>`. A fragment is never sent to
 * any server (RFC 3986 §3.5: the fragment is "dereferenced solely by the user agent"), so patient
 * data stays on the machine, as SPEC "Nothing is lost, nothing leaves the machine" requires.
 *
 * Pure: no DOM, no Office. Used by src/taskpane/downloads.ts (to build the link) and by
 * src/export-page/export.ts (to read it back).
 */

export const FRAGMENT_VERSION = '1';

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]));

/**
 * base64url without padding (RFC 4648 §5): the alphabet that needs no percent-encoding in a URL
 * fragment. Written out (no btoa) so it runs the same in the pane, the page and jest.
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

/** The bytes of a base64url text, or null when it holds a character outside the alphabet. */
export function base64UrlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const char of text) {
    const digit = INDEX.get(char);
    if (digit === undefined) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, j);
}

/**
 * The fragment (without `#`) that carries a zip of the export files.
 *
 * @example
 * ```ts
 * exportFragment({ lang: 'nl', zip }); // 'v=1&lang=nl&n=412&zip=UEsDBBQ...'
 * ```
 */
export function exportFragment(input: { lang: Language; zip: Uint8Array }): string {
  return `v=${FRAGMENT_VERSION}&lang=${input.lang}&n=${input.zip.length}&zip=${base64UrlEncode(input.zip)}`;
}

/** The full URL of the export page with the files in its fragment. */
export function exportPageUrl(pageUrl: string, input: { lang: Language; zip: Uint8Array }): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${exportFragment(input)}`;
}

export type ReadFragmentResult =
  | { ok: true; lang: Language; zip: Uint8Array }
  /** `empty`: no files in the address; `broken`: cut off or damaged (a truncated URL). */
  | { ok: false; reason: 'empty' | 'broken'; lang: Language | null };

/**
 * Reads a fragment made by {@link exportFragment} (with or without the leading `#`). The byte
 * count `n` catches an address that was cut short on the way (URL length limits).
 */
export function readExportFragment(hash: string): ReadFragmentResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new Map<string, string>();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const langParam = params.get('lang');
  const lang = LANGUAGES.find((l) => l === langParam) ?? null;
  const data = params.get('zip');
  if (text === '' || data === undefined || data === '') return { ok: false, reason: 'empty', lang };
  if (params.get('v') !== FRAGMENT_VERSION) return { ok: false, reason: 'broken', lang };
  const zip = base64UrlDecode(data);
  const expected = Number(params.get('n'));
  if (zip === null || !Number.isSafeInteger(expected) || zip.length !== expected) {
    return { ok: false, reason: 'broken', lang };
  }
  return { ok: true, lang: lang ?? 'nl', zip };
}

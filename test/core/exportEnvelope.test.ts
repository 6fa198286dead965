/**
 * The export page's sealed envelope (src/core/exportEnvelope.ts): AES-GCM under a fresh key,
 * the time in the authenticated data, nothing readable without the key (issue #8).
 */
import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import {
  ENVELOPE_MAX_AGE_MS,
  type Envelope,
  base64UrlDecode,
  base64UrlEncode,
  envelopeFragmentLength,
  exportPageUrl,
  openEnvelope,
  readEnvelope,
  sealEnvelope,
  webCryptoCipher,
} from '../../src/core';

const cipher = webCryptoCipher(webcrypto.subtle);
const NOW = Date.UTC(2026, 10, 28, 12);
const KEY = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
const IV = Uint8Array.from({ length: 12 }, (_, i) => 200 + i);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

async function sealed(payload: Uint8Array, createdAt = NOW, key = KEY): Promise<string> {
  return sealEnvelope({ payload, lang: 'fr', createdAt, key, iv: IV }, cipher);
}

function read(fragment: string, now = NOW): Envelope {
  const result = readEnvelope(fragment, now);
  if (!result.ok) throw new Error(`not readable: ${result.reason}`);
  return result.envelope;
}

test('seal then open gives the payload, the language and the time back', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (payload) => {
      const fragment = await sealed(payload);
      expect(fragment).toHaveLength(envelopeFragmentLength(payload.length));
      expect(fragment).toMatch(/^e=[A-Za-z0-9_-]+$/);
      const envelope = read(`#${fragment}`);
      expect([envelope.lang, envelope.createdAt]).toEqual(['fr', NOW]);
      expect(await openEnvelope(envelope, KEY, cipher)).toEqual({ ok: true, payload });
    }),
    { numRuns: 30 },
  );
});

test('the payload is not in the fragment, in the clear or as base64 of any kind', async () => {
  const secret = 'Peeters,Jan,85073003328,30071985';
  const fragment = await sealed(text(secret.repeat(20)));
  const decoded = Buffer.from(base64UrlDecode(fragment.slice(2)) ?? []).toString('latin1');
  for (const needle of ['Peeters', '85073003328', '30071985']) {
    expect(fragment).not.toContain(needle);
    expect(decoded).not.toContain(needle);
    expect(fragment).not.toContain(Buffer.from(needle).toString('base64').slice(0, 8));
  }
});

test('the wrong key is told apart from a changed payload', async () => {
  const fragment = await sealed(text('INSZ,Naam\r\n'));
  const otherKey = KEY.map((b) => b ^ 0x55);
  expect(await openEnvelope(read(fragment), otherKey, cipher)).toEqual({ ok: false, reason: 'wrong_key' });

  const bytes = base64UrlDecode(fragment.slice(2)) ?? new Uint8Array();
  // Every byte after the header, and the time, the language, the IV: any change breaks the tag.
  for (const index of [1, 2, 9, 14, 25, 26, bytes.length - 1]) {
    const changed = bytes.slice();
    changed[index] = (changed[index] ?? 0) ^ (index === 1 ? 0x01 : 0x80);
    const result = readEnvelope(`e=${base64UrlEncode(changed)}`, NOW);
    if (!result.ok) {
      // A changed time or language may already be refused as unreadable or too old.
      expect(['broken', 'expired']).toContain(result.reason);
      continue;
    }
    expect(await openEnvelope(result.envelope, KEY, cipher)).toEqual({ ok: false, reason: 'tampered' });
  }
});

test.each<[string, number, 'expired' | 'broken' | null]>([
  ['just made', 0, null],
  ['29 minutes old', 29 * 60_000, null],
  ['exactly 30 minutes old', ENVELOPE_MAX_AGE_MS, null],
  ['30 minutes and a second old', ENVELOPE_MAX_AGE_MS + 1000, 'expired'],
  ['a day old', 86_400_000, 'expired'],
  ['made 10 minutes in the future', -10 * 60_000, 'broken'],
])('a link %s', async (_label, age, reason) => {
  const fragment = await sealed(text('x'));
  const result = readEnvelope(fragment, NOW + age);
  expect(result.ok ? null : result.reason).toBe(reason);
});

test.each<[string, string, string]>([
  ['nothing', '', 'empty'],
  ['an older, unencrypted link', 'v=1&lang=nl&n=3&zip=AAAA', 'broken'],
  ['a cut-off link', 'e=AgAAAAGa', 'broken'],
  ['characters outside base64url', 'e=Ag+/', 'broken'],
  ['far longer than any link the pane makes', `e=${'A'.repeat(300_000)}`, 'too_large'],
])('refused: %s', (_label, fragment, reason) => {
  const result = readEnvelope(fragment, NOW);
  expect(result.ok ? 'ok' : result.reason).toBe(reason);
});

test('the link is the export page with the fragment; any fragment of the page address is replaced', () => {
  expect(exportPageUrl('https://host/export.html#old', 'e=abc')).toBe('https://host/export.html#e=abc');
});

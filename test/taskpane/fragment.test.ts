/** The URL fragment that carries export files to the export page (src/export-page/fragment.ts). */
import fc from 'fast-check';
import {
  base64UrlDecode,
  base64UrlEncode,
  exportFragment,
  exportPageUrl,
  readExportFragment,
} from '../../src/export-page/fragment';

test('base64url round-trips any bytes and uses only URL-safe characters', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = base64UrlEncode(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64UrlDecode(text)).toEqual(bytes);
    }),
  );
});

test('base64url matches the standard alphabet on known values', () => {
  expect(base64UrlEncode(new TextEncoder().encode('Hélène'))).toBe(
    Buffer.from('Hélène').toString('base64url'),
  );
  expect(base64UrlEncode(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  expect(base64UrlDecode('a+b')).toBeNull();
});

test('a fragment reads back with its language and bytes', () => {
  const zip = new Uint8Array([1, 2, 3, 250]);
  const url = exportPageUrl('https://addin.example.org/export.html#stale', { lang: 'en', zip });
  expect(url).toBe(`https://addin.example.org/export.html#${exportFragment({ lang: 'en', zip })}`);
  expect(readExportFragment(new URL(url).hash)).toEqual({ ok: true, lang: 'en', zip });
});

test.each([
  ['', 'empty'],
  ['#', 'empty'],
  ['#v=1&lang=nl', 'empty'],
  ['#v=2&lang=nl&n=3&zip=AQID', 'broken'],
  ['#v=1&lang=nl&n=4&zip=AQID', 'broken'],
  ['#v=1&lang=nl&n=3&zip=AQ!D', 'broken'],
])('%s is %s', (hash, reason) => {
  const read = readExportFragment(hash);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.reason).toBe(reason);
});

test('a link cut short on the way is reported as broken, not read', () => {
  const zip = new Uint8Array(Array.from({ length: 90 }, (_, i) => i));
  const fragment = exportFragment({ lang: 'nl', zip });
  expect(readExportFragment(fragment.slice(0, -8))).toEqual({ ok: false, reason: 'broken', lang: 'nl' });
});

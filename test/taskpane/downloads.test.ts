/**
 * The download decision (src/taskpane/downloads.ts): which way the export files reach the user,
 * by feature detection, and the export-page links within the URL budget.
 */
import { webcrypto } from 'node:crypto';
import { unzipSync } from 'fflate';
import { openEnvelope, readEnvelope, webCryptoCipher, zipExportFiles } from '../../src/core';
import {
  type DownloadCapabilities,
  URL_LENGTH_BUDGET,
  canDownloadInPane,
  chooseDownloadMethod,
  csvMimeType,
  fileText,
  planDelivery,
  sealLinks,
} from '../../src/taskpane/downloads';

const cipher = webCryptoCipher(webcrypto.subtle);
const KEY = Uint8Array.from({ length: 16 }, (_, i) => 3 * i + 1);
const NOW = Date.UTC(2026, 10, 28, 12);

const caps = (overrides: Partial<DownloadCapabilities>): DownloadCapabilities => ({
  platform: 'OfficeOnline',
  anchorDownload: true,
  openBrowserWindow: false,
  clipboard: true,
  ...overrides,
});

const EXPORT_PAGE = 'https://addin.example.org/export.html';
const MTIME = new Date(2026, 10, 28, 12);
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: csv(text) });

/** A pseudo-random CSV that barely compresses, so its link length is predictable. */
function noisyFile(name: string, lines: number, seed: number) {
  let x = seed;
  const rows: string[] = [];
  for (let i = 0; i < lines; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    rows.push(
      `${String(x).padStart(11, '0')},Naam${x % 997},Voornaam${x % 89},01012000,${1000 + (x % 9000)}`,
    );
  }
  return file(name, `${rows.join('\r\n')}\r\n`);
}

describe('chooseDownloadMethod', () => {
  test.each<[string, Partial<DownloadCapabilities>, ReturnType<typeof chooseDownloadMethod>]>([
    ['Excel on the web: anchor download', { platform: 'OfficeOnline' }, 'anchor'],
    ['Windows desktop (WebView2): anchor download', { platform: 'PC', openBrowserWindow: true }, 'anchor'],
    [
      'Mac: the webview cannot download, system browser',
      { platform: 'Mac', openBrowserWindow: true },
      'browserWindow',
    ],
    ['iPad: system browser', { platform: 'iOS', openBrowserWindow: true }, 'browserWindow'],
    [
      'no download attribute (old webview): system browser',
      { platform: 'PC', anchorDownload: false, openBrowserWindow: true },
      'browserWindow',
    ],
    ['Mac without OpenBrowserWindowApi: copy', { platform: 'Mac', openBrowserWindow: false }, 'copy'],
    ['nothing at all: copy', { platform: null, anchorDownload: false, clipboard: false }, 'copy'],
    ['unknown platform with anchor: anchor', { platform: null }, 'anchor'],
  ])('%s', (_label, overrides, expected) => {
    expect(chooseDownloadMethod(caps(overrides))).toBe(expected);
  });

  test('the download attribute alone is not enough on a Mac', () => {
    expect(canDownloadInPane(caps({ platform: 'Mac', anchorDownload: true }))).toBe(false);
    expect(canDownloadInPane(caps({ platform: 'PC', anchorDownload: true }))).toBe(true);
  });
});

describe('planDelivery', () => {
  const files = [
    file('vaccinnet_20261128_B003_x_1-2.csv', 'a\r\n'),
    file('vaccinnet_20261128_B003_x_2-2.csv', 'b\r\n'),
  ];

  test('anchor: each file, plus a zip when there are several', () => {
    expect(planDelivery(caps({}), { files, exportPage: EXPORT_PAGE, mtime: MTIME })).toEqual({
      method: 'anchor',
      zip: true,
    });
    expect(
      planDelivery(caps({}), { files: files.slice(0, 1), exportPage: EXPORT_PAGE, mtime: MTIME }),
    ).toEqual({
      method: 'anchor',
      zip: false,
    });
  });

  test('browser window: one link carrying every file, sealed, readable by the export page with the key', async () => {
    const plan = planDelivery(caps({ platform: 'Mac', openBrowserWindow: true }), {
      files,
      exportPage: `${EXPORT_PAGE}#old`,
      mtime: MTIME,
    });
    if (plan.method !== 'browserWindow') throw new Error(plan.method);
    expect(plan.copy).toEqual([]);
    expect(plan.links.map((link) => link.files)).toEqual([files]);
    let ivs = 0;
    const [url] = await sealLinks(
      plan.links,
      {
        exportPage: `${EXPORT_PAGE}#old`,
        lang: 'fr',
        createdAt: NOW,
        key: KEY,
        iv: () => new Uint8Array(12).fill(++ivs),
      },
      cipher,
    );
    expect(url?.startsWith(`${EXPORT_PAGE}#e=`)).toBe(true);
    const read = readEnvelope(new URL(url ?? '').hash, NOW + 60_000);
    if (!read.ok) throw new Error(read.reason);
    expect(read.envelope.lang).toBe('fr');
    const opened = await openEnvelope(read.envelope, KEY, cipher);
    if (!opened.ok) throw new Error(opened.reason);
    const unzipped = unzipSync(opened.payload);
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    expect(unzipped[files[0]!.name]).toEqual(files[0]!.bytes);
  });

  test('too long together: one link per file, and a file too long alone is copied', async () => {
    const small = noisyFile('small.csv', 40, 1);
    const big = noisyFile('big.csv', 900, 2);
    const plan = planDelivery(caps({ platform: 'Mac', openBrowserWindow: true }), {
      files: [small, big],
      exportPage: EXPORT_PAGE,
      mtime: MTIME,
      budget: 6000,
    });
    if (plan.method !== 'browserWindow') throw new Error(plan.method);
    expect(plan.links.map((link) => link.files.map((f) => f.name))).toEqual([['small.csv']]);
    expect(plan.copy.map((f) => f.name)).toEqual(['big.csv']);
    const urls = await sealLinks(
      plan.links,
      { exportPage: EXPORT_PAGE, lang: 'nl', createdAt: NOW, key: KEY, iv: () => new Uint8Array(12) },
      cipher,
    );
    // The length planned before sealing is the length sealed.
    expect(urls[0]?.length).toBeLessThanOrEqual(6000);
    expect(plan.copyWith).toBe('clipboard');
  });

  test('every link stays within the default budget', async () => {
    const many = Array.from({ length: 30 }, (_, i) => noisyFile(`part-${i + 1}.csv`, 100, i + 10));
    const plan = planDelivery(caps({ platform: 'Mac', openBrowserWindow: true }), {
      files: many,
      exportPage: EXPORT_PAGE,
      mtime: MTIME,
    });
    if (plan.method !== 'browserWindow') throw new Error(plan.method);
    expect(plan.copy).toEqual([]);
    expect(plan.links.length).toBeGreaterThan(1);
    const urls = await sealLinks(
      plan.links,
      { exportPage: EXPORT_PAGE, lang: 'nl', createdAt: NOW, key: KEY, iv: () => new Uint8Array(12) },
      cipher,
    );
    for (const url of urls) expect(url.length).toBeLessThanOrEqual(URL_LENGTH_BUDGET);
  });

  test('copy: clipboard when there is one, else the text to copy by hand', () => {
    expect(planDelivery(caps({ platform: 'Mac' }), { files, exportPage: EXPORT_PAGE, mtime: MTIME })).toEqual(
      {
        method: 'copy',
        copyWith: 'clipboard',
      },
    );
    expect(
      planDelivery(caps({ platform: 'Mac', clipboard: false }), {
        files,
        exportPage: EXPORT_PAGE,
        mtime: MTIME,
      }),
    ).toEqual({ method: 'copy', copyWith: 'manual' });
  });
});

describe('zip and file text', () => {
  test('the zip is deterministic: same files and mtime, same bytes', () => {
    const files = [file('a.csv', 'x\r\n'), file('b.csv', 'y\r\n')];
    expect(zipExportFiles(files, MTIME)).toEqual(
      zipExportFiles(
        files.map((f) => ({ ...f })),
        new Date(MTIME),
      ),
    );
    expect(zipExportFiles(files, MTIME)).not.toEqual(zipExportFiles(files, new Date(2026, 10, 29, 12)));
  });

  test('file text drops the UTF-8 BOM and decodes Windows-1252', () => {
    expect(fileText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xa9]), 'utf-8-bom')).toBe('Hé');
    expect(fileText(new Uint8Array([0x48, 0xe9]), 'windows-1252')).toBe('Hé');
    expect(csvMimeType('windows-1252')).toBe('text/csv;charset=windows-1252');
    expect(csvMimeType('utf-8-bom')).toBe('text/csv;charset=utf-8');
  });
});

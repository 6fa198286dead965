/**
 * The download decision (src/taskpane/downloads.ts): which way the export files reach the user,
 * by feature detection, and the export-page links within the URL budget.
 */
import { unzipSync } from 'fflate';
import { readExportFragment } from '../../src/export-page/fragment';
import {
  type DownloadCapabilities,
  URL_LENGTH_BUDGET,
  canDownloadInPane,
  chooseDownloadMethod,
  csvMimeType,
  fileText,
  planDelivery,
  zipFiles,
  zipName,
} from '../../src/taskpane/downloads';

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
    expect(planDelivery(caps({}), { files, exportPage: EXPORT_PAGE, lang: 'nl', mtime: MTIME })).toEqual({
      method: 'anchor',
      zip: true,
    });
    expect(
      planDelivery(caps({}), { files: files.slice(0, 1), exportPage: EXPORT_PAGE, lang: 'nl', mtime: MTIME }),
    ).toEqual({
      method: 'anchor',
      zip: false,
    });
  });

  test('browser window: one link carrying every file, readable by the export page', () => {
    const plan = planDelivery(caps({ platform: 'Mac', openBrowserWindow: true }), {
      files,
      exportPage: `${EXPORT_PAGE}#old`,
      lang: 'fr',
      mtime: MTIME,
    });
    if (plan.method !== 'browserWindow') throw new Error(plan.method);
    expect(plan.files).toEqual([]);
    expect(plan.allUrl?.startsWith(`${EXPORT_PAGE}#v=1&lang=fr&`)).toBe(true);
    const read = readExportFragment(new URL(plan.allUrl ?? '').hash);
    if (!read.ok) throw new Error(read.reason);
    expect(read.lang).toBe('fr');
    const unzipped = unzipSync(read.zip);
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    expect(unzipped[files[0]!.name]).toEqual(files[0]!.bytes);
  });

  test('too long together: one link per file, and a file too long alone is copied', () => {
    const small = noisyFile('small.csv', 40, 1);
    const big = noisyFile('big.csv', 900, 2);
    const plan = planDelivery(caps({ platform: 'Mac', openBrowserWindow: true }), {
      files: [small, big],
      exportPage: EXPORT_PAGE,
      lang: 'nl',
      mtime: MTIME,
      budget: 6000,
    });
    if (plan.method !== 'browserWindow') throw new Error(plan.method);
    expect(plan.allUrl).toBeNull();
    expect(plan.files.map((route) => route.kind)).toEqual(['link', 'copy']);
    const link = plan.files[0];
    if (link?.kind !== 'link') throw new Error('no link');
    expect(link.url.length).toBeLessThanOrEqual(6000);
    expect(plan.copyWith).toBe('clipboard');
  });

  test('every link stays within the default budget', () => {
    const many = Array.from({ length: 30 }, (_, i) => noisyFile(`part-${i + 1}.csv`, 100, i + 10));
    const plan = planDelivery(caps({ platform: 'Mac', openBrowserWindow: true }), {
      files: many,
      exportPage: EXPORT_PAGE,
      lang: 'nl',
      mtime: MTIME,
    });
    if (plan.method !== 'browserWindow') throw new Error(plan.method);
    const urls = [plan.allUrl, ...plan.files.map((route) => (route.kind === 'link' ? route.url : null))];
    for (const url of urls) if (url !== null) expect(url.length).toBeLessThanOrEqual(URL_LENGTH_BUDGET);
    expect(plan.files.every((route) => route.kind === 'link')).toBe(true);
  });

  test('copy: clipboard when there is one, else the text to copy by hand', () => {
    expect(
      planDelivery(caps({ platform: 'Mac' }), { files, exportPage: EXPORT_PAGE, lang: 'nl', mtime: MTIME }),
    ).toEqual({
      method: 'copy',
      copyWith: 'clipboard',
    });
    expect(
      planDelivery(caps({ platform: 'Mac', clipboard: false }), {
        files,
        exportPage: EXPORT_PAGE,
        lang: 'nl',
        mtime: MTIME,
      }),
    ).toEqual({ method: 'copy', copyWith: 'manual' });
  });
});

describe('zip and file text', () => {
  test('the zip is deterministic: same files and mtime, same bytes', () => {
    const files = [file('a.csv', 'x\r\n'), file('b.csv', 'y\r\n')];
    expect(zipFiles(files, MTIME)).toEqual(
      zipFiles(
        files.map((f) => ({ ...f })),
        new Date(MTIME),
      ),
    );
    expect(zipFiles(files, MTIME)).not.toEqual(zipFiles(files, new Date(2026, 10, 29, 12)));
  });

  test.each([
    [['vaccinnet_20261128_B003_vaxigrip-tetra_1-3.csv'], 'vaccinnet_20261128_B003_vaxigrip-tetra.zip'],
    [['vaccinnet_20261128_B003_vaxigrip-tetra.csv'], 'vaccinnet_20261128_B003_vaxigrip-tetra.zip'],
    [[], 'vaccinnet.zip'],
  ])('zipName(%j) = %s', (names, expected) => {
    expect(zipName(names)).toBe(expected);
  });

  test('file text drops the UTF-8 BOM and decodes Windows-1252', () => {
    expect(fileText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xa9]), 'utf-8-bom')).toBe('Hé');
    expect(fileText(new Uint8Array([0x48, 0xe9]), 'windows-1252')).toBe('Hé');
    expect(csvMimeType('windows-1252')).toBe('text/csv;charset=windows-1252');
    expect(csvMimeType('utf-8-bom')).toBe('text/csv;charset=utf-8');
  });
});

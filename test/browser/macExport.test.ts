/**
 * Excel for Mac (issue #8): the pane cannot download, so "Exporteren" opens the add-in's export
 * page in the system browser, the files sealed (AES-GCM) in the URL fragment and the key shown in
 * the pane as a code. The URL holds nothing readable of the batch; the page gives the files back
 * with the right code and refuses a wrong code, a changed link, an expired link, a foreign file
 * and an oversized payload.
 */
import { webcrypto } from 'node:crypto';
import { deflateSync, inflateRawSync, inflateSync, unzipSync as nodeUnzip } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import {
  CSV_HEADER,
  EXPORT_PAGE_TEXTS,
  base64UrlDecode,
  exportPageUrl,
  keyCode,
  sealEnvelope,
  webCryptoCipher,
} from '../../src/core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { downloadEach } from './support/downloads';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, expectedPlan, validRows } from './support/fixtures';
import { FIXED_NOW } from './support/harness';
import { useSession } from './support/session';
import { officeRecord, typeRows } from './support/workbook';

const session = useSession();
const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);
const nl = EXPORT_PAGE_TEXTS.nl;
const cipher = webCryptoCipher(webcrypto.subtle);

/** Opens a link in a new tab of the context (the "system browser") at `now`. */
async function browse(
  context: import('playwright-core').BrowserContext,
  url: string,
  now: Date,
): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await page.goto(url);
  await page.getByRole('heading', { name: nl.title }).waitFor();
  return page;
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel(nl.codeLabel).fill(code);
  await page.getByRole('button', { name: nl.open }).click();
}

async function errorText(page: Page): Promise<string> {
  const error = page.getByTestId('export-page-error');
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

/** Every readable form of the URL that needs no key. */
function decodings(url: string): string[] {
  const hash = new URL(url).hash.slice(1);
  const data = hash.replace(/^e=/, '');
  const bytes = Buffer.from(base64UrlDecode(data) ?? []);
  const forms = [url, decodeURIComponent(url), hash, bytes.toString('latin1'), bytes.toString('utf8')];
  forms.push(bytes.toString('utf16le'), Buffer.from(data, 'base64').toString('latin1'));
  // Inflate attempts at every offset (a deflate stream, a zlib stream, a zip inside).
  for (let offset = 0; offset < Math.min(bytes.length, 64); offset++) {
    const tail = bytes.subarray(offset);
    for (const inflate of [inflateRawSync, inflateSync, nodeUnzip]) {
      try {
        forms.push(inflate(tail).toString('latin1'));
      } catch {
        // Not a stream here: nothing readable, as expected.
      }
    }
    try {
      for (const entry of Object.values(unzipSync(new Uint8Array(tail))))
        forms.push(Buffer.from(entry).toString('latin1'));
    } catch {
      // Not a zip.
    }
  }
  return forms;
}

test('300 rows on a Mac: one click opens the export page; the URL holds nothing of the batch; the code gives the files back', async () => {
  const rows = validRows(300);
  const plan = expectedPlan(rows, DEFAULT_BATCH);
  const { opened, pane } = await session.openPane({ platform: 'Mac' });
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await typeRows(page, SHEET, rows);
  await pane.settle();
  await (await pane.openTab('export')).getByTestId('export-button').waitFor();
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-summary').waitFor();

  // The one click opened the system browser; the webview offers no download buttons.
  const urls = await eventually(
    async () => (await officeRecord(page)).openedUrls,
    (list) => expect(list).toHaveLength(1),
  );
  const url = urls[0] ?? '';
  expect(await page.getByTestId('download-file').count()).toBe(0);
  expect(url).toMatch(new RegExp(`^${session.harness().server.origin}/export\\.html#e=[A-Za-z0-9_-]+$`));
  const code = (await page.getByTestId('export-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
  expect(url).not.toContain(code.replace(/-/g, ''));

  // Nothing of the batch in the URL, in any encoding that needs no key.
  const needles = rows.flatMap(([insz, naam, voornaam, birth]) =>
    [insz, naam, `${naam},${voornaam}`, birth].filter((v) => v.length >= 8),
  );
  expect(needles.length).toBeGreaterThan(600);
  const forms = decodings(url).join('\n');
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const anyNeedle = new RegExp([...needles, CSV_HEADER].map(escape).join('|'));
  expect(forms.match(anyNeedle)).toBeNull();
  // The sealed bytes are incompressible: no structure left to read.
  const sealed = base64UrlDecode(new URL(url).hash.slice(3)) ?? new Uint8Array();
  expect(deflateSync(sealed).length).toBeGreaterThan(sealed.length * 0.98);

  // The export page: the data leaves the address bar at once; the right code gives the files.
  const browser = await browse(opened.context, url, new Date(FIXED_NOW.getTime() + 60_000));
  expect(new URL(browser.url()).hash).toBe('');
  await enterCode(browser, code.toLowerCase());
  const links = browser.getByTestId('export-page-files').getByRole('link');
  await links.first().waitFor();
  const downloaded = await downloadEach(browser, links);
  expect(downloaded.map((d) => d.name)).toEqual([
    'vaccinnet_20261128_B001_vaxigrip-tetra.zip',
    ...plan.files.map((f) => f.name),
  ]);
  downloaded.slice(1).forEach((file, i) => expect(new Uint8Array(file.bytes)).toEqual(plan.files[i]?.bytes));
  const entries = unzipSync(new Uint8Array(downloaded[0]?.bytes ?? []));
  for (const file of plan.files) expect(entries[file.name]).toEqual(file.bytes);
  // The needle search finds the batch where it is readable (the search can fail).
  expect(
    Buffer.from(downloaded[1]?.bytes ?? [])
      .toString('latin1')
      .match(anyNeedle),
  ).not.toBeNull();

  // A wrong code (another export's), a changed link, an expired link: each its own message.
  const wrong = await browse(opened.context, url, new Date(FIXED_NOW.getTime() + 60_000));
  await enterCode(wrong, keyCode(new Uint8Array(16).fill(9)));
  expect(await errorText(wrong)).toBe(nl.wrongCode);
  await enterCode(wrong, code.slice(0, -1));
  expect(await errorText(wrong)).toBe(nl.codeMistyped);

  const at = url.indexOf('#e=') + 3 + 200;
  const flipped = `${url.slice(0, at)}${url[at] === 'A' ? 'B' : 'A'}${url.slice(at + 1)}`;
  const tampered = await browse(opened.context, flipped, new Date(FIXED_NOW.getTime() + 60_000));
  await enterCode(tampered, code);
  expect(await errorText(tampered)).toBe(nl.tampered);

  const late = await browse(opened.context, url, new Date(FIXED_NOW.getTime() + 31 * 60_000));
  expect(await errorText(late)).toBe(nl.expired);
  expect(await late.getByLabel(nl.codeLabel).count()).toBe(0);
}, 240_000);

describe("the export page offers only the add-in's own files", () => {
  const key = Uint8Array.from({ length: 16 }, (_, i) => 100 + i);
  const header = new TextEncoder().encode(`\ufeff${CSV_HEADER}\r\n`);
  const NAME = 'vaccinnet_20261128_B001_vaxigrip-tetra_1-1.csv';

  async function sealedLink(zip: Uint8Array): Promise<string> {
    const fragment = await sealEnvelope(
      { payload: zip, lang: 'nl', createdAt: FIXED_NOW.getTime(), key, iv: new Uint8Array(12).fill(1) },
      cipher,
    );
    return exportPageUrl(`${session.harness().server.origin}/export.html`, fragment);
  }

  test.each<[string, () => Uint8Array, string]>([
    ['a foreign file name', () => zipSync({ 'evil.command': header }), nl.foreignName('evil.command')],
    [
      'a file that is no registration file',
      () => zipSync({ [NAME]: new TextEncoder().encode('hello') }),
      nl.notRegistrationFile(NAME),
    ],
    [
      'an oversized payload (a zip bomb)',
      () => {
        const big = new Uint8Array(3_000_000).fill(0x41);
        big.set(header);
        return zipSync({ [NAME]: big });
      },
      nl.tooLarge,
    ],
  ])('%s is refused', async (_label, zip, message) => {
    const opened = await session.open({ file: 'export.html' });
    const page = await browse(
      opened.context,
      await sealedLink(zip()),
      new Date(FIXED_NOW.getTime() + 60_000),
    );
    await enterCode(page, keyCode(key));
    expect(await errorText(page)).toBe(message);
    expect(await page.getByTestId('export-page-files').count()).toBe(0);
    expect(opened.downloads).toHaveLength(0);
  });
});

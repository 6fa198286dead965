/**
 * The offline copy (issue #8, src/sw/sw.ts): the add-in is loaded once online; then its server
 * stops and the browser goes offline, and the pages still open from the service worker's copy:
 * the preview's pane creates a batch, checks it and exports files byte-equal to core's plan,
 * every request of the offline run answered by the worker. A new build then replaces the copy,
 * but only once no page of the old one is open, and the old copy is deleted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Download, type Frame, type Page } from 'playwright-core';
import * as layout from '../../scripts/addinLayout';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { bytesOf } from './support/downloads';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, expectedPlan, validRows } from './support/fixtures';
import { FIXED_NOW, distDirectory, launchBrowser } from './support/harness';
import { Pane } from './support/pane';
import { type StaticServer, startStaticServer } from './support/server';
import { typeRows, waitForHost } from './support/workbook';

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

let root: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const downloads: Download[] = [];
/** Every response of this origin: URL and whether the service worker answered it. */
const responses: { url: string; fromServiceWorker: boolean }[] = [];
const failed: string[] = [];

beforeAll(async () => {
  // A copy of the build: the test stops its server and later "deploys" a new build into it.
  root = mkdtempSync(path.join(tmpdir(), 'vaccinnet-offline-'));
  cpSync(distDirectory(), root, { recursive: true });
  server = await startStaticServer(root);
  browser = await launchBrowser();
  context = await browser.newContext({
    acceptDownloads: true,
    serviceWorkers: 'allow',
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 900 },
  });
  // A hang guard, as the harness's (support/harness.ts): on the shared 2-core machine a page action
  // can wait tens of seconds for a core; speed is measured in `npm run bench`, never here.
  context.setDefaultTimeout(60_000);
  const fake = readFileSync(path.join(root, layout.PREVIEW_FAKE_OFFICE));
  // Online, Microsoft's office.js is the fake host (as in every browser test); nothing else leaves.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin) return route.continue();
    if (`${url.origin}${url.pathname}` === layout.OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: fake });
    }
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('download', (download) => downloads.push(download));
    page.on('response', (response) => {
      if (response.url().startsWith(server.origin)) {
        responses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
      }
    });
    page.on('requestfailed', (request) => failed.push(request.url()));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => undefined);
  if (root) rmSync(root, { recursive: true, force: true });
});

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

async function open(file: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`${server.origin}/${file}`);
  return page;
}

async function previewPane(page: Page): Promise<{ frame: Frame; pane: Pane }> {
  await page.locator('#tabs [role=tab]').first().waitFor();
  const frame = page.frame({ url: /preview-taskpane\.html/ });
  if (!frame) throw new Error('no task pane frame');
  await waitForHost(frame);
  const pane = new Pane(frame);
  await pane.ready();
  return { frame, pane };
}

/** The version the build wrote into sw.js. */
function builtVersion(): string {
  // In sw.js the manifest is a JSON text inside a string literal: \"version\":\"0.1.0-1a2b3c4d\"
  const version = /\\"version\\":\\"([^\\"]+)\\"/.exec(readFileSync(path.join(root, 'sw.js'), 'utf8'))?.[1];
  if (version === undefined) throw new Error('no version in sw.js');
  return version;
}

let online: Page;

test('online: the pane registers the worker, which keeps a copy of this build', async () => {
  online = await open('preview.html');
  await previewPane(online);
  await eventually(
    async () => online.evaluate(async () => (await navigator.serviceWorker.ready).active?.state),
    (state) => expect(state).toBe('activated'),
    // Installing copies every file of the build (office.js's host files are megabytes): a hang
    // guard, generous for a loaded machine.
    { timeout: 120_000, interval: 250 },
  );
  expect(await cacheNames(online)).toEqual([`vaccinnet-addin-${builtVersion()}`]);
  const cached = await online.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, `vaccinnet-addin-${builtVersion()}`);
  for (const file of [
    '/taskpane.html',
    '/taskpane.js',
    '/taskpane-export.js',
    '/functions.js',
    '/functions.json',
    '/office-fallback.js',
    '/office-js/office.js',
    '/export.html',
    '/export-page.js',
    '/preview.html',
    '/preview-taskpane.html',
  ]) {
    expect(cached).toContain(file);
  }
  expect(cached.some((file) => file.startsWith('/assets/'))).toBe(true);
  expect(cached.some((file) => file.endsWith('.map'))).toBe(false);
}, 240_000);

test('offline, server stopped: preview.html opens from the copy; batch, check, export, byte-equal downloads', async () => {
  await server.close();
  await context.setOffline(true);
  responses.length = 0;
  failed.length = 0;
  await online.reload();
  const { frame, pane } = await previewPane(online);
  const note = frame.getByTestId('offline-note');
  expect(await note.textContent()).toBe(pane.m.offlineCopy(builtVersion()));

  const rows = validRows(120);
  const plan = expectedPlan(rows, DEFAULT_BATCH);
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await typeRows(frame, SHEET, rows);
  await pane.settle();
  expect(await pane.check()).toContain(pane.m.summaryLine(120, 120, 0, 0).slice(0, 10));
  await (await pane.openTab('export')).getByTestId('export-button').waitFor();
  downloads.length = 0;
  await frame.getByTestId('export-button').click();
  await eventually(
    async () => downloads.length,
    (count) => expect(count).toBe(plan.files.length),
  );
  const saved = await Promise.all(
    downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await bytesOf(d) })),
  );
  expect(saved.map((d) => d.name)).toEqual(plan.files.map((f) => f.name));
  saved.forEach((file, i) => expect(new Uint8Array(file.bytes)).toEqual(plan.files[i]?.bytes));

  // Every request of the offline run was answered by the service worker; none failed.
  expect(responses.length).toBeGreaterThan(5);
  expect(responses.filter((r) => !r.fromServiceWorker)).toEqual([]);
  expect(failed.filter((url) => !url.startsWith('blob:'))).toEqual([]);
});

test('offline: taskpane.html (with the query Office adds) opens from the copy', async () => {
  responses.length = 0;
  const page = await open('taskpane.html?_host_Info=Excel$Win32$16.01$nl-BE');
  // No Excel here: the bundled office.js finds no host, and the pane (from the copy) says so.
  // office.js is Excel's (the fake host stands in for it, as in every browser test); everything of
  // the add-in's own comes from the copy, and the pane says so.
  const pane = new Pane(page);
  await pane.ready();
  expect(await page.getByTestId('offline-note').textContent()).toBe(pane.m.offlineCopy(builtVersion()));
  expect(await page.evaluate(() => document.documentElement.dataset['offlineCopy'])).toBe(builtVersion());
  const local = responses.map((r) => new URL(r.url).pathname);
  expect(local).toEqual(
    expect.arrayContaining(['/taskpane.html', '/taskpane.js', '/functions.js', '/office-fallback.js']),
  );
  expect(responses.filter((r) => !r.fromServiceWorker)).toEqual([]);
  await page.close();
});

test('a new build replaces the copy once no page of the old one is open; the old copy is deleted', async () => {
  const before = builtVersion();
  const next = `${before.split('-')[0]}-newbuild`;
  writeFileSync(
    path.join(root, 'sw.js'),
    readFileSync(path.join(root, 'sw.js'), 'utf8').split(before).join(next),
  );
  server = await startStaticServer(root, server.port);
  await context.setOffline(false);

  // The open pane finds the new build; it installs and waits: the open pane keeps its copy.
  await online.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await eventually(
    async () =>
      online.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null),
    (state) => expect(state).toBe('installed'),
    { timeout: 120_000, interval: 250 },
  );
  expect((await cacheNames(online)).sort()).toEqual(
    [`vaccinnet-addin-${before}`, `vaccinnet-addin-${next}`].sort(),
  );
  const { pane } = await previewPane(online);
  expect(await pane.openTab('settings')).toBeTruthy();

  // Every page closed, a new one opened: the new copy takes over and the old one is gone.
  await online.close();
  const later = await open('preview.html');
  await previewPane(later);
  await eventually(
    async () => cacheNames(later),
    (names) => expect(names).toEqual([`vaccinnet-addin-${next}`]),
    { timeout: 120_000, interval: 250 },
  );
  expect(
    await later.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? '',
    ),
  ).toMatch(/\/sw\.js$/);
}, 400_000);

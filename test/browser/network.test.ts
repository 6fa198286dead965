/**
 * SPEC "Nothing is lost, nothing leaves the machine": "no request to any host but the add-in's
 * own origin (and Microsoft's office.js)". Every request of the task pane and of the preview page
 * is recorded by the harness's route; office.js is answered locally with the fake host, anything
 * else that is not 127.0.0.1 is aborted and fails here.
 */
import { type Harness, type OpenedPage, openPage, startHarness } from './support/harness';
import { eventually } from './support/eventually';
import { officeRecord, waitForHost, workbook } from './support/workbook';

let harness: Harness;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  for (const page of opened) await page.close();
  await harness?.close();
});

async function open(options: Parameters<typeof openPage>[1]): Promise<OpenedPage> {
  const page = await openPage(harness, options);
  opened.push(page);
  return page;
}

const pathOf = (url: string): string => new URL(url).pathname;

test('the task pane loads its own files and the fake office.js, and nothing from any other host', async () => {
  const pane = await open({});
  await waitForHost(pane.page);
  await pane.page.waitForLoadState('networkidle');

  expect(pane.offHostRequests()).toEqual([]);
  const outcomes = new Set(pane.requests.map((r) => r.outcome));
  expect([...outcomes].every((o) => o === 'local' || o === 'office.js (fake host)' || o === 'inline')).toBe(
    true,
  );
  const local = pane.requests.filter((r) => r.outcome === 'local').map((r) => pathOf(r.url));
  expect(local).toEqual(expect.arrayContaining(['/taskpane.html', '/functions.js', '/taskpane.js']));
  expect(pane.requests.filter((r) => r.outcome === 'office.js (fake host)')).toHaveLength(1);
  // Everything local was served by our server, from dist/. The server records a request once it
  // has looked the file up (asynchronously), and the service worker's install fetches in the
  // background: wait for the records, as a hang guard, rather than race them.
  await eventually(
    async () => local.filter((path) => !harness.server.served.some((s) => s.path === path)),
    (unserved) => expect(unserved).toEqual([]),
  );
  expect(pane.pageErrors).toEqual([]);
});

test('the fake host stands in for office.js: Office, Excel, CustomFunctions and the test handle', async () => {
  const pane = await open({ lang: 'fr-FR' });
  await waitForHost(pane.page);
  const globals = await pane.page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown> & {
      Office: { onReady(): Promise<{ host: string }>; context: Record<string, unknown> & { ui: unknown } };
    };
    const info = await w.Office.onReady();
    return {
      host: info.host,
      displayLanguage: w.Office.context['displayLanguage'],
      platform: w.Office.context['platform'],
      hasUi: typeof (w.Office.context.ui as { openBrowserWindow?: unknown }).openBrowserWindow,
      excelRun: typeof (w['Excel'] as { run?: unknown }).run,
      customFunctionsAssociate: typeof (w['CustomFunctions'] as { associate?: unknown }).associate,
      hostHandle: typeof w['__fakeExcelHost'],
    };
  });
  expect(globals).toEqual({
    host: 'Excel',
    displayLanguage: 'fr-FR',
    platform: 'OfficeOnline',
    hasUi: 'function',
    excelRun: 'function',
    customFunctionsAssociate: 'function',
    hostHandle: 'object',
  });
  // The shared runtime registers the custom functions with the (fake) runtime.
  expect((await officeRecord(pane.page)).customFunctions.length).toBeGreaterThan(0);
  expect((await workbook(pane.page)).sheetNames.length).toBeGreaterThan(0);
});

test('the preview page loads only local files', async () => {
  const preview = await open({ file: 'preview.html', viewport: { width: 1280, height: 800 } });
  const frame = preview.page.frameLocator('#pane');
  await frame.locator('body').waitFor();
  await preview.page.waitForLoadState('networkidle');
  expect(preview.offHostRequests()).toEqual([]);
  const local = preview.requests.filter((r) => r.outcome === 'local').map((r) => pathOf(r.url));
  expect(local).toEqual(
    expect.arrayContaining([
      '/preview.html',
      '/preview/preview.js',
      '/preview-taskpane.html',
      '/preview/fake-office.js',
    ]),
  );
  // preview-taskpane.html has the fake host in place of office.js: it never asks for Microsoft's.
  expect(preview.requests.filter((r) => r.outcome === 'office.js (fake host)')).toEqual([]);
  expect(preview.pageErrors).toEqual([]);
});

/** Tries to send something to another host from the page; true when it failed. */
async function tryToLeak(page: OpenedPage['page']): Promise<boolean> {
  return page.evaluate(async () => {
    try {
      await fetch('https://example.org/telemetry', { method: 'POST', body: 'x' });
      return false;
    } catch {
      return true;
    }
  });
}

test("the task pane's Content-Security-Policy stops a request to another host before it is made", async () => {
  const pane = await open({});
  await waitForHost(pane.page);
  const errors: string[] = [];
  pane.page.on('console', (message) => errors.push(message.text()));
  expect(await tryToLeak(pane.page)).toBe(true);
  expect(pane.requests.filter((r) => r.url.startsWith('https://example.org'))).toEqual([]);
  expect(errors.some((text) => text.includes('Content Security Policy'))).toBe(true);
});

test('the guard works: a request to another host is recorded and aborted (preview page, no CSP)', async () => {
  const preview = await open({ file: 'preview.html', viewport: { width: 1280, height: 800 } });
  expect(await tryToLeak(preview.page)).toBe(true);
  expect(preview.offHostRequests().map((r) => [r.method, r.url])).toEqual([
    ['POST', 'https://example.org/telemetry'],
  ]);
});

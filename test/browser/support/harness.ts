/**
 * Browser-test harness: the built add-in (dist/) on a local static server, a real Chromium driven
 * by playwright-core, and the fake Excel host in place of office.js.
 *
 * - Chromium: `CHROMIUM_PATH` (default /usr/bin/chromium, Debian's package). On Windows or macOS
 *   point it at Chrome or Edge, e.g. `CHROMIUM_PATH="C:\Program Files\Google\Chrome\Application\chrome.exe"`.
 *   Playwright gives every launch a new temporary profile (user-data-dir), removed on close.
 * - The build: `BROWSER_TEST_DIST` (default dist/), made by `npm run build`.
 * - Network: every request of every page goes through one route. Requests to the local server
 *   continue; the request for Microsoft's office.js is answered with the fake host bundle
 *   (dist/preview/fake-office.js); anything else is aborted and recorded, and the tests fail on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type Download,
  type Page,
  type Request,
  type Route,
  chromium,
} from 'playwright-core';
import * as layout from '../../../scripts/addinLayout';
import type { FakeExcelOptions } from '../../../src/fake-excel';
import { type StaticServer, startStaticServer } from './server';

const ROOT = path.resolve(__dirname, '../../..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Playwright's own list (playwright-core 1.65: chromiumSwitches), which a second
  // --disable-features would replace, not extend; then what the tests add to it:
  // WebUIOmniboxPopup and WebUIOmniboxAimPopup. Headless Chromium opens a window per browser
  // context and preloads that window's omnibox popup (chrome://omnibox-popup.top-chrome) in a
  // renderer of its own, which the pane never shows: about as much CPU per test as the pane's
  // own renderer took to load. test/lint/chromiumFeatures.test.ts fails when a playwright-core
  // upgrade disables a feature this list does not repeat.
  `--disable-features=${[
    'AimEnabled',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsFirstBalancedModeAutoEnable',
    'HttpsUpgrades',
    'LensOverlay',
    'MediaRouter',
    'NetworkTimeServiceQuerying',
    'OptimizationHints',
    'PaintHolding',
    'PreconnectToSearch',
    'TcpPortRandomizationWin',
    'ThirdPartyStoragePartitioning',
    'msEdgeUpdateLaunchServicesPreferredVersion',
    'msForceBrowserSignIn',
    'WebUIOmniboxPopup',
    'WebUIOmniboxAimPopup',
  ].join(',')}`,
];

/** "Today" of every page unless a test says otherwise: 28 November 2026, noon UTC (the same calendar day in Brussels and in UTC). */
export const FIXED_NOW = new Date(Date.UTC(2026, 10, 28, 12, 0, 0));

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export function distDirectory(): string {
  return path.resolve(ROOT, process.env['BROWSER_TEST_DIST'] ?? 'dist');
}

export type RequestOutcome = 'local' | 'office.js (fake host)' | 'blocked' | 'inline';

export interface LoggedRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  readonly outcome: RequestOutcome;
}

/** The Chromium to drive; throws with what to do when there is none. */
export function requireChromium(): string {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to Chrome or Edge.`,
    );
  }
  return executablePath;
}

/** Set by support/globalSetup.ts: the browser every test file of the run connects to. */
export const SHARED_BROWSER_ENV = 'BROWSER_TEST_WS_ENDPOINT';

/**
 * A connection to the run's one Chromium (support/globalSetup.ts starts it before the first test
 * file and closes it after the last), or a Chromium of its own when there is none (a test file run
 * with another config). Each file still gets fresh browser contexts, which share nothing (cookies,
 * storage, cache, service workers); closing the connection closes every context it opened.
 * Starting Chromium once instead of once per file saves about a second of CPU per file.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[SHARED_BROWSER_ENV];
  if (endpoint !== undefined && endpoint !== '') {
    // Hang guard only, as everywhere here.
    return chromium.connect(endpoint, { timeout: 60_000 });
  }
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

export interface Harness {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly dist: string;
  readonly fakeOfficeJs: Buffer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dist = distDirectory();
  const fakeOfficePath = path.join(dist, layout.PREVIEW_FAKE_OFFICE);
  for (const file of ['taskpane.html', 'preview.html', layout.PREVIEW_FAKE_OFFICE]) {
    if (!existsSync(path.join(dist, file))) {
      throw new Error(`${path.join(dist, file)} is missing: run "npm run build" before the browser tests.`);
    }
  }
  requireChromium();
  const server = await startStaticServer(dist);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    dist,
    fakeOfficeJs: readFileSync(fakeOfficePath),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenOptions {
  /** Page of dist/ to open (default taskpane.html). */
  readonly file?: string;
  /** `Office.context.displayLanguage` (query parameter `lang`); default none, i.e. the fake's nl-BE. */
  readonly lang?: string;
  /** `Office.context.platform` (query parameter `platform`); default none, i.e. OfficeOnline. */
  readonly platform?: string;
  /** Workbook the fake host starts with (before any add-in script runs). */
  readonly seed?: FakeExcelOptions;
  /** Fixed clock (Date.now and new Date()); null for the real clock. Default FIXED_NOW. */
  readonly now?: Date | null;
  readonly viewport?: { width: number; height: number };
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: LoggedRequest[];
  readonly downloads: Download[];
  /** Uncaught errors and console errors of the page. */
  readonly pageErrors: string[];
  /** Requests that would have left 127.0.0.1 (aborted). */
  offHostRequests(): LoggedRequest[];
  close(): Promise<void>;
}

/** A task pane is about 350 pixels wide in Excel. */
export const TASK_PANE_VIEWPORT = { width: 360, height: 900 };

export async function openPage(harness: Harness, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await harness.browser.newContext({
    acceptDownloads: true,
    serviceWorkers: 'block',
    // Deliberately not a language of the add-in: the pane must follow Office, not the browser.
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    viewport: options.viewport ?? TASK_PANE_VIEWPORT,
  });
  // A hang guard only (a missing button fails after it): on a loaded 2-core machine a page step can
  // take many seconds, and a verdict must not depend on machine load.
  context.setDefaultTimeout(60_000);
  const requests: LoggedRequest[] = [];
  const downloads: Download[] = [];
  const pageErrors: string[] = [];
  const local = new URL(harness.server.origin);

  const isOfficeJs = (url: URL): boolean => `${url.origin}${url.pathname}` === layout.OFFICE_JS_URL;
  const outcomeOf = (url: URL): RequestOutcome => {
    if (url.protocol === 'data:' || url.protocol === 'blob:') return 'inline';
    if (url.host === local.host && url.protocol === local.protocol) return 'local';
    return isOfficeJs(url) ? 'office.js (fake host)' : 'blocked';
  };
  // Every request any page of the context makes is recorded once, whatever happens to it next.
  context.on('request', (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      outcome: outcomeOf(new URL(request.url())),
    });
  });
  // ... and routed: local files continue, office.js is the fake host, anything else is aborted.
  // Requests to the local server (every file of the add-in) match no route and continue inside the
  // browser's driver without a round trip to this process; the handler still continues any that
  // reaches it.
  const notLocal = new RegExp(`^(?!${harness.server.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)`);
  await context.route(notLocal, async (route: Route) => {
    const url = new URL(route.request().url());
    switch (outcomeOf(url)) {
      case 'inline':
      case 'local':
        return route.continue();
      case 'office.js (fake host)':
        return route.fulfill({
          status: 200,
          contentType: 'text/javascript; charset=utf-8',
          body: harness.fakeOfficeJs,
        });
      case 'blocked':
        return route.abort('blockedbyclient');
    }
  });

  // Every page of the context (the pane, and e.g. the export page it opens) is watched.
  context.on('page', (opened) => {
    opened.on('download', (download) => downloads.push(download));
    opened.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
    opened.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
    });
    // WebSockets pass no route: any is recorded as leaving (the pages open none).
    opened.on('websocket', (socket) => {
      requests.push({ url: socket.url(), method: 'GET', resourceType: 'websocket', outcome: 'blocked' });
    });
  });
  const page = await context.newPage();
  if (options.seed !== undefined) {
    await page.addInitScript((seed) => {
      (window as unknown as { __fakeExcelOptions?: unknown }).__fakeExcelOptions = seed;
    }, options.seed);
  }
  const now = options.now === undefined ? FIXED_NOW : options.now;
  if (now !== null) await page.clock.setFixedTime(now);

  const params = new URLSearchParams();
  if (options.lang !== undefined) params.set('lang', options.lang);
  if (options.platform !== undefined) params.set('platform', options.platform);
  const query = params.size === 0 ? '' : `?${params.toString()}`;
  await page.goto(`${harness.server.origin}/${options.file ?? 'taskpane.html'}${query}`);
  return {
    page,
    context,
    requests,
    downloads,
    pageErrors,
    offHostRequests: () => requests.filter((r) => r.outcome === 'blocked'),
    close: () => context.close(),
  };
}

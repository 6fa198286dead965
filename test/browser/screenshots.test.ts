/**
 * Screenshots of the preview page in Dutch, French and English, for README "Preview without
 * Excel", and of the task pane at 320 px wide (issue #13: each tab in Dutch, Controleren with
 * problems in French and English too), for README "The pane at 320 px". Every run renders them
 * (and fails when the page does not come up); they are written to docs/screenshots/ only when
 * UPDATE_SCREENSHOTS=1, so a test run does not touch tracked files:
 *
 *   UPDATE_SCREENSHOTS=1 npm run test:browser -- screenshots
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, validRows } from './support/fixtures';
import { Pane } from './support/pane';
import { type Harness, openPage, startHarness } from './support/harness';
import { setUpDemo } from './support/demo';
import { userEdit, waitForHost } from './support/workbook';

const OUT = path.resolve(__dirname, '../../docs/screenshots');
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function paneFrame(page: Page): Promise<Frame> {
  return eventually(
    async () => page.frame({ url: /preview-taskpane\.html/ }),
    (frame) => expect(frame).not.toBeNull(),
  ) as Promise<Frame>;
}

test.each([
  ['nl', 'nl-BE'],
  ['fr', 'fr-BE'],
  ['en', 'en-US'],
] as const)('preview-%s.png', async (name, lang) => {
  const opened = await openPage(harness, {
    file: 'preview.html',
    lang,
    viewport: { width: 1280, height: 860 },
  });
  try {
    const { page } = opened;
    await page.locator('#tabs [role=tab]').first().waitFor();
    const pane = await paneFrame(page);
    await waitForHost(pane);
    await setUpDemo(page, pane, name);
    await page.waitForLoadState('networkidle');
    const png = await page.screenshot({ fullPage: false });
    expect(png.length).toBeGreaterThan(10_000);
    if (UPDATE) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, `preview-${name}.png`), png);
    }
    expect(opened.offHostRequests()).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  } finally {
    await opened.close();
  }
});

/** A narrow task pane, as Office opens it (issue #13: every tab usable at 320x600). */
const PANE_VIEWPORT = { width: 320, height: 600 };

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

/**
 * Six rows, three with problems a nurse meets: an INSZ that fails its checksum and a postcode of
 * three digits, a name ending in a no-break space (shown as a token), a birth date that does not
 * exist.
 */
function rowsWithProblems(): TypedRow[] {
  const rows = validRows(6);
  rows[1] = ['', 'Peeters\u00a0', 'Jan', '01031950', '1000'];
  rows[2] = ['12345678901', 'Janssens', 'Lotte', '12041975', '150'];
  rows[4] = ['', 'Maes', 'Noor', '31022001', '2000'];
  return rows;
}

async function write(name: string, png: Buffer): Promise<void> {
  expect(png.length).toBeGreaterThan(5_000);
  if (UPDATE) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, name), png);
  }
}

test.each([
  ['nl', 'nl-BE'],
  ['fr', 'fr-FR'],
  ['en', 'en-US'],
] as const)('pane-%s at 320 px: Controleren with problems (and, in nl, every tab)', async (name, lang) => {
  const opened = await openPage(harness, { lang, viewport: PANE_VIEWPORT });
  try {
    const { page } = opened;
    await waitForHost(page);
    const pane = new Pane(page, name);
    await pane.ready();
    if (name === 'nl') await write('pane-nl-new.png', await page.screenshot());
    expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
    await userEdit(
      page,
      SHEET,
      'A2:E7',
      rowsWithProblems().map((row) => [...row]),
    );
    await pane.settle();
    await pane.check();
    // The verdict has the focus after a check; the shot shows the page from its top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await write(`pane-${name}-check.png`, await page.screenshot());
    if (name === 'nl') {
      for (const tab of ['export', 'upload', 'settings'] as const) {
        const panel = await pane.openTab(tab);
        await pane.settle();
        // Exporteren prepares its preview on opening: the shot waits for it.
        if (tab === 'export')
          await eventually(
            () => panel.getByTestId('export-refresh').isEnabled(),
            (enabled) => expect(enabled).toBe(true),
          );
        await page.waitForLoadState('networkidle');
        await write(`pane-nl-${tab}.png`, await page.screenshot());
      }
    }
    await eventually(
      async () => page.getByTestId('check-summary').count(),
      (count) => expect(count).toBe(1),
    );
    expect(opened.offHostRequests()).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  } finally {
    await opened.close();
  }
});

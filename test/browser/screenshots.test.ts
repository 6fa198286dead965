/**
 * Screenshots of the preview page in Dutch, French and English, for README "Preview without
 * Excel". Every run renders them (and fails when the page does not come up); they are written to
 * docs/screenshots/preview-<nl|fr|en>.png only when UPDATE_SCREENSHOTS=1, so a test run does not
 * touch tracked files:
 *
 *   UPDATE_SCREENSHOTS=1 npm run test:browser -- screenshots
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { type Harness, openPage, startHarness } from './support/harness';
import { setUpDemo } from './support/demo';
import { waitForHost } from './support/workbook';

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

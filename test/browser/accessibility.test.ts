/**
 * Accessibility (axe-core): no serious or critical violation in the task pane, on every tab, in
 * each display language, nor on the preview page.
 */
import { seriousViolations } from './support/axe';
import { type Harness, type OpenedPage, openPage, startHarness } from './support/harness';
import { waitForHost } from './support/workbook';

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

test.each([
  ['nl-BE', undefined],
  ['fr-FR', 'fr-FR'],
  ['en-US', 'en-US'],
])('task pane in %s: no serious or critical violation on any tab', async (_label, lang) => {
  const pane = await open(lang === undefined ? {} : { lang });
  await waitForHost(pane.page);
  await pane.page.waitForLoadState('networkidle');

  const findings: Record<string, unknown> = { start: await seriousViolations(pane.page) };
  const tabs = pane.page.getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i += 1) {
    const tab = tabs.nth(i);
    const name = (await tab.textContent())?.trim() ?? `tab ${i}`;
    await tab.click();
    await pane.page.waitForLoadState('networkidle');
    findings[name] = await seriousViolations(pane.page);
  }
  for (const [where, list] of Object.entries(findings))
    expect({ where, violations: list }).toEqual({ where, violations: [] });
  expect(pane.pageErrors).toEqual([]);
});

test('preview page: no serious or critical violation (the task pane frame included)', async () => {
  const preview = await open({ file: 'preview.html', viewport: { width: 1280, height: 800 } });
  await preview.page.locator('#tabs [role=tab]').first().waitFor();
  expect(await seriousViolations(preview.page)).toEqual([]);
});

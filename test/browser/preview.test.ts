/**
 * The preview page (/preview.html): the real task pane in an iframe beside a grid of the fake
 * workbook. Typing in the grid is the host's userEdit (coerced as in Excel), the grid follows
 * what the add-in writes, and the add-in's conditional formats show with their core equivalent.
 */
import type { Frame, Page } from 'playwright-core';
import { ERROR_FILL, WARNING_FILL } from '../../src/excel/highlightFills';
import { registrationHighlights } from '../../src/excel/registrationHighlights';
import { seriousViolations } from './support/axe';
import { DEMO_SHEET, demoRows, previewEditsDone, setUpDemo } from './support/demo';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { type Harness, type OpenedPage, openPage, startHarness } from './support/harness';
import { values, valueTypes, waitForHost, workbook } from './support/workbook';

let harness: Harness;
let preview: OpenedPage;
let page: Page;
let pane: Frame;

beforeAll(async () => {
  harness = await startHarness();
  preview = await openPage(harness, { file: 'preview.html', viewport: { width: 1280, height: 800 } });
  page = preview.page;
  await page.locator('#tabs [role=tab]').first().waitFor();
  const frame = page.frame({ url: /preview-taskpane\.html/ });
  if (!frame) throw new Error('no task pane frame');
  pane = frame;
  await waitForHost(pane);
});

afterAll(async () => {
  await preview?.close();
  await harness?.close();
});

const cell = (address: string) => page.locator(`#grid td[data-address="${address}"]`);

async function typeInGrid(address: string, text: string): Promise<void> {
  await cell(address).click();
  await page.locator('#formula').fill(text);
  await page.locator('#formula').press('Enter');
  await previewEditsDone(page);
}

// Moved here from accessibility.test.ts: the page as that test scanned it, freshly loaded, with
// nothing typed yet (here its pane frame has its host too), without a page load of its own.
test('accessibility: no serious or critical violation (the task pane frame included)', async () => {
  expect(await seriousViolations(page)).toEqual([]);
});

test('shows the workbook of the task pane frame: sheet tabs and cells', async () => {
  const names = (await workbook(pane)).sheetNames;
  const tabs = await page.locator('#tabs [role=tab]').allTextContents();
  expect(tabs).toEqual(expect.arrayContaining(names.map((n) => expect.stringContaining(n))));
  expect(await page.locator('#grid thead th').nth(1).textContent()).toBe('A');
});

test('typing in the grid is typing in Excel: 01012000 under General becomes the number 1012000', async () => {
  const sheet = (await workbook(pane)).activeSheet ?? '';
  await typeInGrid('C3', '01012000');
  expect(await values(pane, sheet, 'C3')).toEqual([[1012000]]);
  expect(await valueTypes(pane, sheet, 'C3')).toEqual([['Double']]);
  await eventually(
    () => cell('C3').textContent(),
    (text) => expect(text).toBe('1012000'),
  );
  // The edit raised onChanged as a user's edit.
  const log = await pane.evaluate(() =>
    window.__fakeExcelHost?.eventLog.map((e) => [e.address, e.triggerSource]),
  );
  expect(log).toEqual(expect.arrayContaining([['C3', 'Unknown']]));
  // Enter moves down, as in Excel; the selection is the host's.
  expect((await workbook(pane)).selection).toMatch(/!C4$/);
});

test("the add-in's conditional formats show, evaluated with core", async () => {
  const sheet = (await workbook(pane)).activeSheet ?? '';
  const highlights = registrationHighlights({ linesPerFile: 3 });
  // The rules a registration sheet gets (as createBatch writes them), on this sheet.
  await pane.evaluate(
    async ([name, rules]) => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        const target = context.workbook.worksheets.getItem(name);
        // One value for every cell: what setNumberFormatEverywhere does (src/excel/numberFormats.ts).
        (target.getRange('A:E') as unknown as { numberFormat: string }).numberFormat = '@';
        for (const rule of rules) {
          const format = target
            .getRange(rule.address)
            .conditionalFormats.add(excel.ConditionalFormatType.custom);
          format.custom.rule.formula = rule.formula;
          format.custom.format.fill.color = rule.fill;
          if (rule.fontColor !== undefined) format.custom.format.font.color = rule.fontColor;
        }
        await context.sync();
      });
    },
    [sheet, highlights] as const,
  );
  const valid = makeInsz({ year: 2005, month: 3, day: 14, serial: 902 });
  const broken = `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;
  await typeInGrid('A2', valid);
  await typeInGrid('A3', broken);
  await typeInGrid('D2', '01012000');
  await typeInGrid('D3', '31022000');
  await typeInGrid('B2', 'Peeters ');
  await typeInGrid('A4', valid);
  await typeInGrid('A5', valid);

  const byRule = (id: string) => highlights.find((h) => h.rule === id);
  const [errorRule, warningRule, evenBand, oddBand] = [
    byRule('insz_invalid'),
    byRule('whitespace_edge'),
    byRule('over_limit_even'),
    byRule('over_limit_odd'),
  ];
  const fillOf = (address: string) => () => cell(address).getAttribute('data-fill');
  const fills = async () => ({
    A2: await fillOf('A2')(),
    A3: await fillOf('A3')(),
    B2: await fillOf('B2')(),
    D2: await fillOf('D2')(),
    D3: await fillOf('D3')(),
    A4: await fillOf('A4')(),
  });
  await eventually(fills, (seen) =>
    expect(seen).toEqual({
      A2: null,
      A3: errorRule?.fill,
      B2: warningRule?.fill,
      D2: null,
      D3: errorRule?.fill,
      // Rows past 2 per file: file 2 (rows 4-5) blue; file 3 would be yellow.
      A4: evenBand?.fill,
    }),
  );
  expect(oddBand?.fill).toBeDefined();
  // Typed under text format: kept as text, leading zero included.
  expect(await values(pane, sheet, 'D2')).toEqual([['01012000']]);
  expect(await page.locator('#status').textContent()).not.toContain('niet getoond');
});

test('the pane in the frame creates a batch: the grid shows its sheet, highlighted live as the user types', async () => {
  const demo = await setUpDemo(page, pane, 'nl');
  // Rows typed in the grid reached the workbook as text (text format on the registration sheet).
  const rows = demoRows();
  expect(await values(pane, DEMO_SHEET, 'A2:E7')).toEqual(rows.map((row) => [...row]));
  // Live highlighting as the add-in's conditional formats would show it in Excel.
  const fillOf = (address: string) => cell(address).getAttribute('data-fill');
  expect({
    A4: await fillOf('A4'),
    D5: await fillOf('D5'),
    B6: await fillOf('B6'),
    A2: await fillOf('A2'),
  }).toEqual({
    A4: ERROR_FILL,
    D5: ERROR_FILL,
    B6: WARNING_FILL,
    A2: null,
  });
  // And the pane's check agrees: 2 rows blocked.
  expect(await pane.getByTestId('check-summary').textContent()).toBe(demo.m.summaryLine(6, 4, 2, 0));
});

test('the language choice reloads the pane in that Office language', async () => {
  await page.locator('#language').selectOption('fr-BE');
  await page.waitForURL(/lang=fr-BE/);
  const frame = page.frame({ url: /preview-taskpane\.html\?lang=fr-BE/ });
  expect(frame).not.toBeNull();
  if (frame) {
    await waitForHost(frame);
    const lang = await frame.evaluate(
      () =>
        (window as unknown as { Office: { context: { displayLanguage: string } } }).Office.context
          .displayLanguage,
    );
    expect(lang).toBe('fr-BE');
  }
  expect(preview.offHostRequests()).toEqual([]);
  expect(preview.pageErrors).toEqual([]);
});

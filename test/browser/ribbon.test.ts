/**
 * The ribbon group (issue #13, manifest.xml): in the shared runtime each button's ExecuteFunction
 * runs src/taskpane/ribbon.ts, which shows the pane on its step and starts it. The fake host keeps
 * what `Office.actions.associate` received and presses a button as Office would.
 */
import type { Page } from 'playwright-core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, validRows } from './support/fixtures';
import { useSession } from './support/session';
import { officeRecord, typeRows, userEdit } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

function press(page: Page, name: string): Promise<void> {
  return page.evaluate(async (button) => {
    const office = (window as unknown as { __fakeOffice?: { pressRibbonButton(n: string): Promise<void> } })
      .__fakeOffice;
    if (office === undefined) throw new Error('no fake Office');
    await office.pressRibbonButton(button);
  }, name);
}

const selectedTab = (page: Page): Promise<string> =>
  page.getByRole('tab', { selected: true }).evaluate((tab) => tab.getAttribute('aria-controls') ?? '');

test('the three ribbon functions are associated at start-up', async () => {
  const { opened } = await session.openPane();
  const record = await officeRecord(opened.page);
  expect(record.actions).toEqual(
    expect.arrayContaining(['vaccinnet.newBatch', 'vaccinnet.check', 'vaccinnet.export']),
  );
});

test('Exporteren on the ribbon: the pane opens on Exporteren and exports the active batch in that click', async () => {
  const { opened, pane } = await session.openPane();
  const { page } = opened;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  const rows = validRows(4);
  await typeRows(page, SHEET, rows);
  await pane.settle();
  await pane.openTab('settings');

  await press(page, 'vaccinnet.export');
  expect((await officeRecord(page)).addinCalls).toContain('showAsTaskpane');
  await eventually(
    () => selectedTab(page),
    (panel) => expect(panel).toMatch(/panel-export$/),
  );
  await eventually(
    async () => (await page.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(4, 4, 0, 0)),
  );
  await eventually(
    async () => opened.downloads.length,
    (count) => expect(count).toBe(1),
  );
});

test('Nieuwe batch on the ribbon: the pane opens on the form with focus in its first field', async () => {
  const { opened, pane } = await session.openPane();
  const { page } = opened;
  await pane.openTab('settings');
  await press(page, 'vaccinnet.newBatch');
  await eventually(
    () => selectedTab(page),
    (panel) => expect(panel).toMatch(/panel-new$/),
  );
  await eventually(
    () => pane.field('toedienerInsz').evaluate((el) => el === document.activeElement),
    (focused) => expect(focused).toBe(true),
  );
});

test('Controleren on the ribbon: the pane opens on Controleren and checks the active sheet in that click', async () => {
  const { opened, pane } = await session.openPane();
  const { page } = opened;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  const rows = validRows(3);
  // Row 4 has a postcode of 3 digits: a warning (the row stays exportable), a problem to list.
  const broken: string[] = [...(rows[2] ?? [])];
  broken[4] = '150';
  await userEdit(page, SHEET, 'A2:E4', [[...(rows[0] ?? [])], [...(rows[1] ?? [])], broken]);
  await pane.settle();
  await pane.openTab('settings');

  await press(page, 'vaccinnet.check');
  expect((await officeRecord(page)).addinCalls).toContain('showAsTaskpane');
  await eventually(
    () => selectedTab(page),
    (panel) => expect(panel).toMatch(/panel-check$/),
  );
  // No click in the pane: the press itself ran the check of the active sheet.
  await eventually(
    async () => (await page.getByTestId('check-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.summaryLine(3, 3, 0, 0)),
  );
  await expect(page.getByTestId('issue-kind-postcode_format').count()).resolves.toBe(1);
});

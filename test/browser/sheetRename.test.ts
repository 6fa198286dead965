/**
 * Issue #10 (docs/decisions/0009-sheets-by-id.md), through the preview: after the user renames a
 * batch's registration sheet, Exporteren still exports it as that batch (before, it said the sheet
 * was no registration sheet), and the log and Registratieblad name the sheet as it is called now.
 */
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, validRows } from './support/fixtures';
import { useSession } from './support/session';
import { typeRows, values } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

test('a renamed registration sheet exports as its batch; the log and Registratieblad show the new name', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  const rows = validRows(3);
  await typeRows(page, SHEET, rows);
  await pane.settle();
  await page.evaluate((name) => {
    const host = window.__fakeExcelHost;
    if (!host) throw new Error('no fake host');
    host.userRenameSheet(name, 'Griep bewoners');
    host.userActivate('Griep bewoners');
  }, SHEET);

  const panel = await pane.openTab('export');
  await panel.getByTestId('export-button').waitFor();
  await page.getByTestId('export-button').click();
  await eventually(
    async () => (await page.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(3, 3, 0, 0)),
  );
  const log = await values(page, 'Exportlog', 'B2:C2');
  expect(log).toEqual([['B001', 'Griep bewoners']]);
  expect(await values(page, 'Batches', 'A2:B2')).toEqual([['B001', 'Griep bewoners']]);
});

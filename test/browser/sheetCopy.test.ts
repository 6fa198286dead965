/**
 * Issue #10 (docs/decisions/0009-sheets-by-id.md), through the preview: on an Excel copy of a
 * batch's registration sheet, Controleren and Exporteren say that the sheet is a copy of batch
 * B001's sheet and name the original (before: only "not a registration sheet"), and nothing is
 * exported from the copy.
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
// Excel cuts the name so that the copy's name fits 31 characters (the fake host models it).
const COPY = 'B001 Vaxigrip Tetra 28-11-2 (2)';

test('a copy of a registration sheet: Controleren and Exporteren name the original batch sheet; nothing is exported', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await typeRows(page, SHEET, validRows(3));
  await pane.settle();
  const copy = await page.evaluate((name) => {
    const host = window.__fakeExcelHost;
    if (!host) throw new Error('no fake host');
    return host.userCopySheet(name).name;
  }, SHEET);
  expect(copy).toBe(COPY);
  const expected = pane.m.sheetCopyOfBatch(COPY, 'B001', SHEET);

  const check = await pane.openTab('check');
  await check.getByTestId('check-active-sheet').click();
  await eventually(
    async () => ((await check.getByTestId('sheet-copy-note').textContent()) ?? '').trim(),
    (text) => expect(text).toBe(expected),
  );

  const exportPanel = await pane.openTab('export');
  await eventually(
    async () => ((await exportPanel.getByTestId('sheet-copy-note').textContent()) ?? '').trim(),
    (text) => expect(text).toBe(expected),
  );
  expect(await exportPanel.getByTestId('export-button').count()).toBe(0);
  await pane.settle();
  // Nothing exported: the export log has no row.
  expect(await values(page, 'Exportlog', 'A2:B2')).toEqual([['', '']]);
});

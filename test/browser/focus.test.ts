/**
 * Focus after actions (issue #13): exporting with the keyboard, focus lands on the result line,
 * never on the page body (the Exporteren button goes away with the preview).
 */
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, validRows } from './support/fixtures';
import { useSession } from './support/session';
import { typeRows } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

test('Exporteren with the keyboard: focus moves to the result, not to the body', async () => {
  const { opened, pane } = await session.openPane();
  const { page } = opened;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  const rows = validRows(5);
  await typeRows(page, SHEET, rows);
  await pane.settle();
  const panel = await pane.openTab('export');
  const button = panel.getByTestId('export-button');
  await button.waitFor();
  await eventually(
    () => button.isEnabled(),
    (enabled) => expect(enabled).toBe(true),
  );
  await button.focus();
  await page.keyboard.press('Enter');
  await panel.getByTestId('export-summary').waitFor();
  await eventually(
    () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active === null || active === document.body
          ? 'body'
          : (active.getAttribute('data-testid') ?? active.tagName);
      }),
    (focused) => expect(focused).toBe('export-status'),
  );
});

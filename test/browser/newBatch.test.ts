/**
 * "Nieuwe batch" (SPEC "Using it"): the form creates the batch row and a registration sheet
 * with the five headers and text format on every column; typed rows keep their leading zeros
 * (01012000, the INSZ of someone born in 2005) and check clean.
 */
import { REGISTRATION_HEADER_ROW } from '../../src/excel/registrationLayout';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { useSession } from './support/session';
import { numberFormats, userEdit, values, valueTypes, workbook } from './support/workbook';

const session = useSession();

const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });
const BATCH = {
  toedienerInsz: TOEDIENER,
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-28',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: '0.5',
  lotnummer: '0123A',
} as const;
const SHEET = registrationSheetName('B001', 'Vaxigrip Tetra', '2026-11-28', []);

test('creates the batch: batch row, registration sheet with headers, text columns, A2 selected', async () => {
  const { opened, pane } = await session.openPane();
  const result = await pane.createBatch(BATCH);
  expect(result).toBe(pane.m.batchCreated('B001', SHEET));

  const book = await workbook(opened.page);
  expect(book.sheetNames).toEqual(expect.arrayContaining(['Batches', 'Lijsten', 'Exportlog', SHEET]));
  expect(book.activeSheet).toBe(SHEET);
  expect(book.selection).toMatch(/!A2$/);
  expect(await values(opened.page, SHEET, 'A1:E1')).toEqual([[...REGISTRATION_HEADER_ROW]]);
  expect(await numberFormats(opened.page, SHEET, 'A2:E2')).toEqual([['@', '@', '@', '@', '@']]);
  // The batch row keeps the lot number's leading zero and the INSZ as text.
  const batches = await values(opened.page, 'Batches', 'A1:I2');
  expect(batches[1]?.slice(0, 3)).toEqual(['B001', SHEET, TOEDIENER]);
  expect(batches[1]).toContain('0123A');
  expect(batches[1]).toContain('Vaxigrip Tetra');
});

test('refuses a batch with an invalid toediener INSZ and creates nothing', async () => {
  const { opened, pane } = await session.openPane();
  const broken = `${TOEDIENER.slice(0, 10)}${(Number(TOEDIENER[10]) + 1) % 10}`;
  const result = await pane.createBatch({ ...BATCH, toedienerInsz: broken });
  expect(result).toBe(pane.m.formHasErrors(1));
  await expect(pane.field('toedienerInsz').getAttribute('aria-invalid')).resolves.toBe('true');
  expect((await workbook(opened.page)).sheetNames).toEqual(['Sheet1']);
});

test('typed rows keep their leading zeros: 01012000 and the INSZ of someone born in 2005 stay text', async () => {
  const { opened, pane } = await session.openPane();
  await pane.createBatch(BATCH);
  const born2005 = makeInsz({ year: 2005, month: 3, day: 14, serial: 902 });
  expect(born2005.startsWith('05')).toBe(true);
  await userEdit(opened.page, SHEET, 'A2:E3', [
    [born2005, 'Janssens', 'Lotte', '14032005', '2000'],
    ['', 'Claes', 'Emma', '01012000', '9000'],
  ]);
  expect(await values(opened.page, SHEET, 'A2:E3')).toEqual([
    [born2005, 'Janssens', 'Lotte', '14032005', '2000'],
    ['', 'Claes', 'Emma', '01012000', '9000'],
  ]);
  expect(await valueTypes(opened.page, SHEET, 'A2:D3')).toEqual([
    ['String', 'String', 'String', 'String'],
    ['Empty', 'String', 'String', 'String'],
  ]);

  // What the user sees: the check finds both rows ready and no problem.
  const panel = await pane.openTab('check');
  await panel.getByRole('button', { name: pane.m.checkActiveSheet }).click();
  const summary = opened.page.getByTestId('check-summary');
  await eventually(
    async () => (await summary.textContent()) ?? '',
    (text) => expect(text).toContain(pane.m.summaryLine(2, 2, 0, 0)),
  );
  await expect(panel.getByText(pane.m.noIssues).count()).resolves.toBe(1);
});

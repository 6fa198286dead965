/**
 * The day register in the pane (issue #9, SPEC "A day's register"): "Nieuw dagregister" makes the
 * register sheet with the day's common values written into every prefilled row's own cells.
 */
import type { Page } from 'playwright-core';
import { columnLabel } from '../../src/core';
import { REGISTER_COLUMNS } from '../../src/excel/registerSheet';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { type Pane, startsWith } from './support/pane';
import { useSession } from './support/session';
import { values, workbook } from './support/workbook';

const session = useSession();

const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });
const REGISTER = 'Dagregister 27-11-2026';

/** "Nieuwe batch" > Dagregister: fills the given common values and creates the register. */
async function createRegister(
  pane: Pane,
  common: {
    toedienerInsz?: string;
    datumToediening?: string;
    immunisatieproduct?: string;
    dosis?: string;
    gratisVoorraad?: 'Ja';
  },
): Promise<string> {
  const panel = await pane.openTab('new');
  await panel.getByRole('radio', { name: pane.m.newKindRegister }).check();
  const form = pane.page.getByTestId('new-register-form');
  await form.waitFor();
  const label = (field: Parameters<typeof columnLabel>[0]) => startsWith(columnLabel(field, pane.lang));
  if (common.toedienerInsz !== undefined)
    await form.getByLabel(label('toedienerInsz')).fill(common.toedienerInsz);
  if (common.gratisVoorraad !== undefined)
    await form
      .getByRole('radiogroup', { name: label('gratisVoorraad') })
      .getByRole('radio', { name: pane.m.yes })
      .check();
  if (common.datumToediening !== undefined)
    await form.getByLabel(label('datumToediening')).fill(common.datumToediening);
  if (common.immunisatieproduct !== undefined) {
    const product = form.getByRole('combobox', { name: label('immunisatieproduct') });
    await product.fill(common.immunisatieproduct);
    await product.press('Tab');
  }
  if (common.dosis !== undefined)
    await form
      .getByRole('radiogroup', { name: label('dosis') })
      .getByRole('radio', { name: Number(common.dosis).toLocaleString('nl-BE') })
      .check();
  await form.getByRole('button', { name: REGISTER_TEXTS[pane.lang].create }).click();
  const result = pane.page.getByTestId('new-register-result');
  return eventually(
    async () => ((await result.textContent()) ?? '').trim(),
    (text) => expect(text).not.toBe(''),
  );
}

const columnOf = (field: string): string => {
  const column = REGISTER_COLUMNS.find((c) => c.field === field);
  if (column === undefined) throw new Error(field);
  return String.fromCharCode(65 + column.index);
};

async function cellColumn(page: Page, field: string, rows: string): Promise<unknown[]> {
  const letter = columnOf(field);
  return (await values(page, REGISTER, `${letter}${rows.split(':')[0]}:${letter}${rows.split(':')[1]}`)).map(
    (row) => row[0],
  );
}

test('Nieuw dagregister: the register sheet, the common values in every prefilled row', async () => {
  const { opened, pane } = await session.openPane();
  const text = await createRegister(pane, {
    toedienerInsz: TOEDIENER,
    gratisVoorraad: 'Ja',
    datumToediening: '2026-11-27',
    immunisatieproduct: 'Vaxigrip Tetra',
    dosis: '0.5',
  });
  expect(text).toBe(REGISTER_TEXTS.nl.created(REGISTER, 250));
  const book = await workbook(opened.page);
  expect(book.activeSheet).toBe(REGISTER);
  expect(book.sheetNames).toEqual(expect.arrayContaining(['Batches', 'Lijsten', 'Exportlog', REGISTER]));
  expect(await values(opened.page, REGISTER, 'A1:F1')).toEqual([
    ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode', 'Datum toediening'],
  ]);
  // Every prefilled row shows its own values; the row after the prefill is blank.
  expect(new Set(await cellColumn(opened.page, 'immunisatieproduct', '2:251'))).toEqual(
    new Set(['Vaxigrip Tetra']),
  );
  expect(new Set(await cellColumn(opened.page, 'toedienerInsz', '2:251'))).toEqual(new Set([TOEDIENER]));
  expect(new Set(await cellColumn(opened.page, 'dosis', '2:251'))).toEqual(new Set([0.5]));
  expect(await cellColumn(opened.page, 'immunisatieproduct', '252:252')).toEqual(['']);
});

test('Nieuw dagregister refuses a future date and makes nothing', async () => {
  const { opened, pane } = await session.openPane();
  const text = await createRegister(pane, { datumToediening: '2999-01-01' });
  expect(text).toBe(pane.m.formHasErrors(1));
  expect((await workbook(opened.page)).sheetNames).toEqual(['Sheet1']);
});

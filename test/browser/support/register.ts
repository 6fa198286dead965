/**
 * A day register made and checked through the pane (issue #9), for the layout and axe scans of
 * its states (issue #13): 30 synthetic rows in two groups, two of them blocked.
 */
import type { Page } from 'playwright-core';
import { type BatchField, columnLabel } from '../../../src/core';
import { REGISTER_COLUMNS } from '../../../src/excel/registerColumns';
import { REGISTER_TEXTS } from '../../../src/taskpane/i18n/register';
import { makeInsz } from '../../support/syntheticInsz';
import { eventually } from './eventually';
import { validRows } from './fixtures';
import { type Pane, startsWith } from './pane';
import { userEdit } from './workbook';

/** FIXED_NOW is 28/11/2026: the register made with today's date. */
export const REGISTER = 'Dagregister 28-11-2026';
const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });

/**
 * 30 rows in two groups (two products, the second with a long name), a patient INSZ with a wrong
 * check digit in row 3 and a dose of 3 in row 6: problems to list, groups to show.
 */
export function registerRows(): string[][] {
  return validRows(30).map((patient, i) => {
    const batch: Partial<Record<BatchField, string>> = {
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Ja',
      datumToediening: '2026-11-27',
      immunisatieproduct: i < 15 ? 'Vaxigrip Tetra' : 'Comirnaty JN.1 Original/Omicron',
      dosis: i === 4 ? '3' : '1',
      lotnummer: i < 15 ? 'AB123-XYZ-2026' : 'CD456-LONGLOT-0001',
    };
    const row = [...patient];
    if (i === 1) row[0] = '12345678901';
    return [...row, ...REGISTER_COLUMNS.map((column) => batch[column.field] ?? '')];
  });
}

/** "Nieuwe batch" > Dagregister, its form; `submit` clicks "Dagregister aanmaken". */
export async function registerForm(pane: Pane) {
  const panel = await pane.openTab('new');
  await panel.getByRole('radio', { name: pane.m.newKindRegister }).check();
  const form = pane.page.getByTestId('new-register-form');
  await form.waitFor();
  const result = () => pane.page.getByTestId('new-register-result').textContent();
  return {
    insz: form.getByLabel(startsWith(columnLabel('toedienerInsz', pane.lang))),
    submit: async (): Promise<string> => {
      const before = ((await result()) ?? '').trim();
      await form.getByRole('button', { name: REGISTER_TEXTS[pane.lang].create }).click();
      return eventually(
        async () => ((await result()) ?? '').trim(),
        (text) => expect(text).not.toBe(before),
      );
    },
  };
}

/** A register with {@link registerRows} typed in, checked; returns the check's summary line. */
export async function checkedRegister(pane: Pane): Promise<string> {
  const form = await registerForm(pane);
  expect(await form.submit()).toBe(REGISTER_TEXTS[pane.lang].created(REGISTER, 250));
  const rows = registerRows();
  await userEdit(pane.page as Page, REGISTER, `A2:Q${rows.length + 1}`, rows);
  // The prefilled rows below the typed ones hold only the day's values: cleared, as she would.
  await userEdit(
    pane.page as Page,
    REGISTER,
    `F${rows.length + 2}:Q251`,
    Array.from({ length: 250 - rows.length }, () => REGISTER_COLUMNS.map(() => '')),
  );
  await pane.settle();
  return pane.check();
}

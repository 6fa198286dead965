/**
 * The day register in the pane (issue #9, SPEC "A day's register"): "Nieuw dagregister" makes the
 * register sheet with the day's common values written into every prefilled row's own cells.
 */
import type { Page } from 'playwright-core';
import {
  type BatchField,
  type Cell,
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  type RegisterRow,
  columnLabel,
  planRegisterExport,
} from '../../src/core';
import { REGISTER_COLUMNS } from '../../src/excel/registerColumns';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { makeInsz } from '../support/syntheticInsz';
import { textRow } from '../support/rows';
import { downloadsOfOneClick } from './support/downloads';
import { validRows } from './support/fixtures';
import { FIXED_NOW } from './support/harness';
import { eventually } from './support/eventually';
import { type Pane, startsWith } from './support/pane';
import { useSession } from './support/session';
import { userEdit, values, workbook } from './support/workbook';

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

/** The batch cells of one register row, F:Q in REGISTER_COLUMNS order. */
type BatchCells = Partial<Record<BatchField, string>>;

const COMMON: BatchCells = {
  toedienerInsz: TOEDIENER,
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-27',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: '0.5',
};

/**
 * 250 rows over two dates and two products with a lot change; 6 faulty rows (3 patient INSZ
 * checksums, 2 doses of 3, 1 date in the future) and one lot typed `ab123` beside `AB123`.
 */
function registerRows(): { patient: string[][]; batch: BatchCells[] } {
  const patient = validRows(250).map((row) => [...row]);
  const batch: BatchCells[] = patient.map((_, i) =>
    i < 120
      ? { ...COMMON, lotnummer: 'AB123' }
      : i < 170
        ? { ...COMMON, lotnummer: 'CD456' }
        : { ...COMMON, datumToediening: '2026-11-26', immunisatieproduct: 'Comirnaty', lotnummer: 'EF789' },
  );
  batch[10] = { ...batch[10], lotnummer: 'ab123' };
  for (const i of [3, 130, 200]) {
    const row = patient[i] as string[];
    const insz = row[0] === '' ? makeInsz({ year: 1980, month: 1, day: 1, serial: 990 }) : (row[0] as string);
    row[0] = `${insz.slice(0, 10)}${(Number(insz[10]) + 1) % 10}`;
  }
  batch[50] = { ...batch[50], dosis: '3' };
  batch[180] = { ...batch[180], dosis: '3' };
  batch[220] = { ...batch[220], datumToediening: '2026-12-01' };
  return { patient, batch };
}

const text = (value: string | undefined): Cell =>
  value === undefined || value === '' ? { kind: 'empty', value: null } : { kind: 'text', value };

test('a 250-row register: groups in Controleren, one-click export of every group, byte-equal to core, logged', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  expect(await createRegister(pane, {})).toBe(REGISTER_TEXTS.nl.created('Dagregister 28-11-2026', 250));
  const sheet = 'Dagregister 28-11-2026';
  const { patient, batch } = registerRows();
  const typed = patient.map((row, i) => [
    ...row,
    ...REGISTER_COLUMNS.map((column) => batch[i]?.[column.field] ?? ''),
  ]);
  await userEdit(page, sheet, `A2:Q${typed.length + 1}`, typed);
  await pane.settle();

  const rows: RegisterRow[] = patient.map((row, i) => ({
    ...textRow(i + 2, row),
    batch: Object.fromEntries(
      REGISTER_COLUMNS.map((column) => [column.field, text(batch[i]?.[column.field])]),
    ),
  }));
  const expected = planRegisterExport({
    rows,
    sheetName: sheet,
    today: FIXED_NOW,
    settings: DEFAULT_SETTINGS,
    lists: DEFAULT_LISTS,
  });
  // The expected groups: AB123, ab123 (its own group, with the near-duplicate warning), CD456, Comirnaty.
  expect(expected.groups.map((g) => [g.batchId, g.batch.lotnummer, g.batch.immunisatieproduct])).toEqual([
    ['B001', 'AB123', 'Vaxigrip Tetra'],
    ['B002', 'ab123', 'Vaxigrip Tetra'],
    ['B003', 'CD456', 'Vaxigrip Tetra'],
    ['B004', 'EF789', 'Comirnaty'],
  ]);
  expect(expected.counts).toMatchObject({ rows: 250, blocked: 6, empty: 0, exported: 244 });

  // Controleren: the summary and one line per group.
  expect(await pane.check()).toBe(pane.m.summaryLine(250, 244, 6, 0));
  for (const group of expected.groups) {
    await expect(page.getByTestId(`register-group-${group.batchId}`).count()).resolves.toBe(1);
  }
  // A group click selects its rows: B001 (AB123) is rows 2-121 but row 12 (ab123, its own group)
  // and row 52 (dose 3, blocked). This fake Excel has ExcelApi 1.17, without RangeAreas.select
  // (1.18): the first run is selected and the pane says so (the multi-area selection is tested on
  // the fake host with 1.18, test/excel/navigation.test.ts).
  await page.getByTestId('register-group-B001').getByRole('button').click();
  await eventually(
    async () => (await workbook(page)).selection,
    (selection) => expect(selection).toBe(`'${sheet}'!A2:Q11`),
  );
  await expect(page.getByText(REGISTER_TEXTS.nl.groupSelectedPart('B001', 10, 118)).count()).resolves.toBe(1);
  const batchIssues = page.getByTestId('register-batch-issues');
  await expect(batchIssues.locator('[data-code="register_near_duplicate"]').count()).resolves.toBeGreaterThan(
    0,
  );
  await expect(batchIssues.locator('[data-code="register_dose"]').count()).resolves.toBe(2);

  // Exporteren: one click, every file downloaded, byte-equal to core's plan per group.
  const panel = await pane.openTab('export');
  const button = panel.getByTestId('register-export-button');
  await button.waitFor();
  const got = await downloadsOfOneClick(page, button, expected.files.length);
  expect(got.map((f) => f.name).sort()).toEqual(expected.files.map((f) => f.name).sort());
  for (const file of expected.files) {
    expect(got.find((g) => g.name === file.name)?.bytes.equals(Buffer.from(file.bytes))).toBe(true);
  }
  // The reconciliation, in total and per group.
  await expect(page.getByTestId('register-export-summary').textContent()).resolves.toBe(
    pane.m.exportDoneLine(250, 244, 6, 0),
  );
  for (const group of expected.groups) {
    await expect(page.getByTestId(`register-export-${group.batchId}`).textContent()).resolves.toContain(
      REGISTER_TEXTS.nl.exportGroupLine(
        group.batchId,
        group.plan.counts.rows,
        group.plan.counts.exported,
        group.plan.blocked.length,
      ),
    );
  }
  // Batches: one row per group naming the register; Exportlog: one row per file.
  const batches = await values(page, 'Batches', 'A2:B10');
  expect(batches.filter((row) => row[0] !== '').map((row) => [row[0], row[1]])).toEqual(
    expected.groups.map((g) => [g.batchId, sheet]),
  );
  const log = await values(page, 'Exportlog', 'A2:Z20');
  const logged = log.filter((row) => row.some((cell) => cell !== ''));
  expect(logged).toHaveLength(expected.files.length);
  for (const file of expected.files) {
    expect(logged.some((row) => row.includes(file.name) && row.includes(file.sha256))).toBe(true);
  }
});

import { DEFAULT_SETTINGS } from '../../src/core';
import { exportRegister } from '../../src/excel/exportRegister';
import { BATCHES_TABLE } from '../../src/excel/batchTable';
import { EXPORT_LOG_TABLE } from '../../src/excel/exportLogTable';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { REGISTER_SHEET, createDayRegister } from '../support/dayRegister';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const TIME = new Date(2026, 10, 28, 17, 30, 0);
const patient = (k: number): string =>
  makeInsz({ year: 1950 + k, month: 1 + (k % 12), day: 1 + (k % 28), serial: 900 + k });
const NAME = REGISTER_SHEET;

let fake: InstalledFakeExcel;
beforeEach(async () => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
  await createDayRegister(TODAY, 8);
  // Rows 2-7 patients; row 5 another product; row 7 dose 3 (blocked); rows 8-9 empty.
  await fake.host.userEdit(NAME, 'A2:A7', [
    [patient(1)],
    [patient(2)],
    [patient(3)],
    [patient(4)],
    [patient(5)],
    [patient(6)],
  ]);
  await fake.host.userEdit(NAME, 'G5:G5', [['Comirnaty']]);
  await fake.host.userEdit(NAME, 'H7:H7', [['3']]);
});
afterEach(() => fake.uninstall());

function tableRows(sheetName: string, tableName: string, titles: readonly string[]): unknown[][] {
  const sheet = fake.host.inspect.sheet(sheetName);
  const table = sheet.tables().find((t) => t.name === tableName);
  if (table === undefined) return [];
  const body = sheet.values(table.dataBodyAddress.split('!')[1] ?? '');
  return body.map((row) => titles.map((title) => row[table.headers.indexOf(title)]));
}

const run = (confirmReexport = false) =>
  Excel.run((context) =>
    exportRegister(context, {
      sheetName: NAME,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      time: TIME,
      confirmReexport,
    }),
  );

test('one click: every group’s files, a log row per file, the Batches rows, the reconciliation', async () => {
  const result = await run();
  if (!result.ok) throw new Error(result.reason);
  const { plan } = result.value;
  expect(plan.groups.map((g) => [g.batchId, g.rows, g.plan.counts.exported])).toEqual([
    ['B001', [2, 3, 4, 6], 4],
    ['B002', [5], 1],
  ]);
  expect(result.value.recorded).toEqual(['B001', 'B002']);
  expect(plan.counts).toMatchObject({ rows: 8, exported: 5, blocked: 1, empty: 2, files: 2 });
  expect(
    tableRows('Exportlog', EXPORT_LOG_TABLE, ['Batch', 'Blad', 'Bestandsnaam', 'Rijen', 'SHA-256']),
  ).toEqual(
    plan.files.map((file, i) => [i === 0 ? 'B001' : 'B002', NAME, file.name, file.rows.length, file.sha256]),
  );
  expect(
    tableRows('Batches', BATCHES_TABLE, [
      'Batch',
      'Registratieblad',
      'Immunisatieproduct',
      'Rijen',
      'Bestanden',
    ]),
  ).toEqual([
    ['B001', NAME, 'Vaxigrip Tetra', 4, 1],
    ['B002', NAME, 'Comirnaty', 1, 1],
  ]);
  expect(plan.files.map((f) => f.name)).toEqual([
    'vaccinnet_20261128_B001_vaxigrip-tetra_1-1.csv',
    'vaccinnet_20261128_B002_comirnaty_1-1.csv',
  ]);
  expect(plan.blocked.map((b) => [b.row, b.issues.map((issue) => issue.code)])).toEqual([
    [7, ['register_dose']],
  ]);
});

test('a group marked uploaded asks first: nothing recorded until confirmed', async () => {
  const first = await run();
  if (!first.ok) throw new Error(first.reason);
  // The user marks B002's log row uploaded.
  const sheet = fake.host.inspect.sheet('Exportlog');
  const table = sheet.tables().find((t) => t.name === EXPORT_LOG_TABLE);
  if (table === undefined) throw new Error('no log');
  const column = table.headers.indexOf('Opgeladen in Vaccinnet');
  const letter = String.fromCharCode(65 + column);
  await fake.host.userEdit('Exportlog', `${letter}3:${letter}3`, [['Ja']]);
  const logBefore = tableRows('Exportlog', EXPORT_LOG_TABLE, ['Bestandsnaam']);
  const second = await run();
  expect(second).toMatchObject({ ok: false, reason: 'confirmation_required' });
  if (!second.ok && second.reason === 'confirmation_required')
    expect(Object.keys(second.checks)).toEqual(['B002']);
  expect(tableRows('Exportlog', EXPORT_LOG_TABLE, ['Bestandsnaam'])).toEqual(logBefore);
  const confirmed = await run(true);
  expect(confirmed).toMatchObject({ ok: true, value: { recorded: ['B001', 'B002'], newBatches: [] } });
  expect(tableRows('Exportlog', EXPORT_LOG_TABLE, ['Bestandsnaam'])).toHaveLength(4);
});

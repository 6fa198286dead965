/**
 * Opladen on a day register's groups (issue #9: each group is a batch, "the export log, the
 * uploaded guard ... work as for batches made with the form"): after the register's one-click
 * export its groups are batches on the upload checklist with their logged files, re-made from the
 * group's own rows; "Ja" on a group marks it uploaded and its next export asks first; a group whose
 * rows changed since is "changed", never a silently different file.
 */
import { DEFAULT_SETTINGS } from '../../src/core';
import { exportRegister } from '../../src/excel/exportRegister';
import { markUploaded } from '../../src/excel/markUploaded';
import { readUploadChecklist } from '../../src/excel/readUploadChecklist';
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
  await createDayRegister(TODAY, 6);
  // Rows 2-6: B001 Vaxigrip Tetra (rows 2, 3, 5, 6), B002 Comirnaty (row 4).
  await fake.host.userEdit(NAME, 'A2:A6', [
    [patient(1)],
    [patient(2)],
    [patient(3)],
    [patient(4)],
    [patient(5)],
  ]);
  await fake.host.userEdit(NAME, 'G4:H4', [['Comirnaty', '1']]);
});
afterEach(() => fake.uninstall());

const exportAll = (confirmReexport = false) =>
  Excel.run((context) =>
    exportRegister(context, {
      sheetName: NAME,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      time: TIME,
      confirmReexport,
    }),
  );
const checklist = async () => {
  const list = await Excel.run((context) =>
    readUploadChecklist(context, { today: TODAY, settings: DEFAULT_SETTINGS }),
  );
  if (list === null) throw new Error('cancelled');
  return list;
};

test('after the export: each group is a pending batch, its files re-made byte for byte from its own rows', async () => {
  const exported = await exportAll();
  if (!exported.ok) throw new Error(exported.reason);
  const list = await checklist();
  expect(
    list.overview.items.map((item) => [
      item.batchId,
      item.sheetName,
      item.state,
      item.product,
      item.registrations,
    ]),
  ).toEqual([
    ['B001', NAME, 'pending', 'Vaxigrip Tetra', 4],
    ['B002', NAME, 'pending', 'Comirnaty', 1],
  ]);
  for (const group of exported.value.plan.groups) {
    const remade = list.remade.get(group.batchId);
    if (remade?.kind !== 'remade') throw new Error(`${group.batchId} not remade`);
    expect(remade.matches).toBe(true);
    expect(remade.plan.files.map((file) => [file.name, file.sha256])).toEqual(
      group.plan.files.map((file) => [file.name, file.sha256]),
    );
  }
});

test('"Ja" on a group: uploaded; the next export of the register asks first for that group only', async () => {
  await exportAll();
  const marked = await Excel.run((context) => markUploaded(context, { batchId: 'B002', time: TIME }));
  expect(marked.ok).toBe(true);
  const list = await checklist();
  expect(list.overview.items.map((item) => [item.batchId, item.state])).toEqual([
    ['B001', 'pending'],
    ['B002', 'uploaded'],
  ]);
  const again = await exportAll();
  expect(again.ok).toBe(false);
  if (again.ok || again.reason !== 'confirmation_required') throw new Error('no question asked');
  expect(Object.keys(again.checks)).toEqual(['B002']);
  const confirmed = await exportAll(true);
  expect(confirmed.ok).toBe(true);
});

test('a row added to a group after its export: that group is changed, the other still pending', async () => {
  await exportAll();
  await fake.host.userEdit(NAME, 'A7:A7', [[patient(6)]]);
  // Row 7 holds the day's common values (prefilled): typing a patient puts the row in B001.
  const list = await checklist();
  expect(list.overview.items.map((item) => [item.batchId, item.state, item.change])).toEqual([
    ['B001', 'changed', 'bytes_differ'],
    ['B002', 'pending', null],
  ]);
});

test('a group whose rows all moved to another group (product corrected): changed, no files', async () => {
  await exportAll();
  await fake.host.userEdit(NAME, 'G4:H4', [['Vaxigrip Tetra', '0,5']]);
  const list = await checklist();
  const b002 = list.overview.items.find((item) => item.batchId === 'B002');
  expect([b002?.state, b002?.change]).toEqual(['changed', 'bytes_differ']);
  const remade = list.remade.get('B002');
  expect(remade?.kind === 'remade' ? remade.plan.files : null).toEqual([]);
});

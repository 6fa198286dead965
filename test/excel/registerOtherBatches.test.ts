/**
 * duplicate_across_batches with day registers (issue #9: "Each group is a batch (... duplicates
 * across batches)"; SPEC duplicate_across_batches: "same person in another batch with the same
 * product and date"): a register's groups are compared with the batch sheets, the other registers'
 * groups and its own other groups, and a batch sheet sees the registers' groups, on the fake host.
 */
import { DEFAULT_SETTINGS, type BatchMetadata, type Issue, validateRegistrations } from '../../src/core';
import { readBatches } from '../../src/excel/readBatches';
import { readRegistrationSheet } from '../../src/excel/readRegistrationSheet';
import { groupRegisterSheet } from '../../src/excel/registerBatches';
import type { RegisterMapping } from '../../src/excel/registerMapping';
import { readOtherBatches } from '../../src/excel/registerOtherBatches';
import { isRegisterHeaderRow } from '../../src/excel/registerSheets';
import { proposeRegisterMapping } from '../../src/excel/proposeRegisterMapping';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { batchInput } from '../support/batchInput';
import { createTestBatch } from '../support/batchWorkbook';
import { REGISTER_SHEET, createDayRegister } from '../support/dayRegister';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28, 12);
const patient = (k: number): string =>
  makeInsz({ year: 1960 + k, month: 1 + (k % 12), day: 1 + k, serial: 920 + k });

let fake: InstalledFakeExcel;
/** Batch B001: Vaxigrip Tetra on 28/11/2026 (the register's product and date), lot LOT9. */
let batchSheet: string;
beforeEach(async () => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1', 'Liste'] });
  batchSheet = (
    await createTestBatch(batchInput(TODAY, { immunisatieproduct: 'Vaxigrip Tetra', lotnummer: 'LOT9' }))
  ).sheetName;
  await fake.host.userEdit(batchSheet, 'A2:A3', [[patient(1)], [patient(9)]]);
  // The register (Vaxigrip Tetra, 28/11/2026, lot AB123): patient 1 as in B001, patient 2, and
  // patient 3 with Comirnaty (another product: never compared with B001).
  await createDayRegister(TODAY, 4);
  await fake.host.userEdit(REGISTER_SHEET, 'A2:A4', [[patient(1)], [patient(2)], [patient(3)]]);
  await fake.host.userEdit(REGISTER_SHEET, 'G4:G4', [['Comirnaty']]);
});
afterEach(() => fake.uninstall());

const group = (sheetName: string, extra: Partial<Parameters<typeof groupRegisterSheet>[1]> = {}) =>
  Excel.run((context) =>
    groupRegisterSheet(context, { sheetName, today: TODAY, settings: DEFAULT_SETTINGS, ...extra }),
  );

const across = (issues: readonly Issue[]) =>
  issues.filter((issue) => issue.code === 'duplicate_across_batches').map((i) => [i.row, i.params]);

/** The other batches of B001 as the batch sheet's check reads them, and core's verdict on its rows. */
async function checkBatchSheet(confirmed?: Record<string, RegisterMapping>) {
  return Excel.run(async (context) => {
    const state = await readBatches(context, { today: TODAY });
    const self = state.batches.find((batch) => batch.batchId === 'B001');
    if (self === undefined || !self.metadata.ok) throw new Error('B001 missing');
    const others = await readOtherBatches(context, {
      sheetName: self.sheetName,
      checked: [self.metadata.value],
      checkedIds: ['B001'],
      batches: state.batches,
      lists: state.lists,
      today: TODAY,
      sheetNames: state.sheetNames,
      confirmedMapping: (name) => confirmed?.[name],
    });
    if (!others.ok) throw new Error('cancelled');
    const read = await readRegistrationSheet(context, batchSheet);
    if (!read.ok) throw new Error(read.reason);
    const report = validateRegistrations({
      rows: read.value.rows,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      batch: self.metadata.value as BatchMetadata,
      otherBatches: others.value,
    });
    return { others: others.value, issues: report.issues };
  });
}

describe('a register sees the batch sheets', () => {
  test('the register’s patient 1 is in B001 (same product and date, another lot)', async () => {
    const result = await group(REGISTER_SHEET, { writeBatches: false });
    if (!result.ok) throw new Error(result.reason);
    expect(across(result.value.plan.issues)).toEqual([
      [2, { batchId: 'B001', sheetName: batchSheet, row: 2 }],
    ]);
  });

  test('a batch with another date is not compared', async () => {
    await fake.host.userEdit(REGISTER_SHEET, 'F2:F2', [['27/11/2026']]);
    const result = await group(REGISTER_SHEET, { writeBatches: false });
    if (!result.ok) throw new Error(result.reason);
    expect(across(result.value.plan.issues)).toEqual([]);
  });
});

describe('a batch sheet sees the registers’ groups', () => {
  test('before the register is exported: the group has no batch id yet, the sheet is named', async () => {
    const { others, issues } = await checkBatchSheet();
    expect(others.map((o) => [o.batchId, o.sheetName, o.rows.map((r) => r.row)])).toEqual([
      ['', REGISTER_SHEET, [2, 3]],
    ]);
    expect(across(issues)).toEqual([[2, { batchId: '', sheetName: REGISTER_SHEET, row: 2 }]]);
  });

  test('after the register’s groups have Batches rows: their ids', async () => {
    const written = await group(REGISTER_SHEET);
    if (!written.ok) throw new Error(written.reason);
    expect(written.value.written).toEqual(['B002', 'B003']);
    const { others, issues } = await checkBatchSheet();
    // B003 (Comirnaty) has another product: not compared, not read as a batch of its own.
    expect(others.map((o) => [o.batchId, o.rows.map((r) => r.row)])).toEqual([['B002', [2, 3]]]);
    expect(across(issues)).toEqual([[2, { batchId: 'B002', sheetName: REGISTER_SHEET, row: 2 }]]);
  });

  test('after the register was renamed: found by its layout under its new name', async () => {
    await group(REGISTER_SHEET);
    fake.host.userRenameSheet(REGISTER_SHEET, 'Griep woensdag');
    const { issues } = await checkBatchSheet();
    expect(across(issues)).toEqual([[2, { batchId: 'B002', sheetName: 'Griep woensdag', row: 2 }]]);
  });
});

describe('registers among themselves', () => {
  test('a second register sees the first register’s group and B001; the first sees the second', async () => {
    const second = await createDayRegister(TODAY, 2);
    expect(second).not.toBe(REGISTER_SHEET);
    await fake.host.userEdit(second, 'A2:A2', [[patient(2)]]);
    const result = await group(second, { writeBatches: false });
    if (!result.ok) throw new Error(result.reason);
    expect(across(result.value.plan.issues)).toEqual([
      [2, { batchId: '', sheetName: REGISTER_SHEET, row: 3 }],
    ]);
    const first = await group(REGISTER_SHEET, { writeBatches: false });
    if (!first.ok) throw new Error(first.reason);
    expect(across(first.value.plan.issues)).toEqual([
      [2, { batchId: 'B001', sheetName: batchSheet, row: 2 }],
      [3, { batchId: '', sheetName: second, row: 2 }],
    ]);
  });

  test('other groups of the same register with the same product and date (a lot change)', async () => {
    await fake.host.userEdit(REGISTER_SHEET, 'A4:A4', [[patient(2)]]);
    await fake.host.userEdit(REGISTER_SHEET, 'G4:I4', [['Vaxigrip Tetra', '0,5', 'XY777']]);
    const result = await group(REGISTER_SHEET, { writeBatches: false });
    if (!result.ok) throw new Error(result.reason);
    const [first, second] = result.value.plan.groups;
    expect(across(result.value.plan.issues)).toEqual([
      [2, { batchId: 'B001', sheetName: batchSheet, row: 2 }],
      [3, { batchId: second?.batchId, sheetName: REGISTER_SHEET, row: 4 }],
      [4, { batchId: first?.batchId, sheetName: REGISTER_SHEET, row: 3 }],
    ]);
  });
});

describe('a practice’s own list as a register', () => {
  beforeEach(async () => {
    await fake.host.userEdit('Liste', 'A3:K4', [
      [
        'NISS',
        'Nom',
        'Prénom',
        'Date de naissance',
        'Code postal',
        'Date',
        'Vaccin',
        'N° de lot',
        'Dose',
        'NISS du vaccinateur',
        'Stock gratuit',
      ],
      [
        patient(9),
        '',
        '',
        '',
        '',
        '28/11/2026',
        'Vaxigrip Tetra',
        'Q1',
        '0,5',
        makeInsz({ year: 1985, month: 7, day: 30, serial: 901 }),
        'oui',
      ],
    ]);
  });

  test('compared once its mapping is confirmed in this session; not before (no guess)', async () => {
    expect(across((await checkBatchSheet()).issues)).toEqual([
      [2, { batchId: '', sheetName: REGISTER_SHEET, row: 2 }],
    ]);
    const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Liste'));
    if (!proposal.ok) throw new Error(proposal.reason);
    const { issues } = await checkBatchSheet({ Liste: proposal.value.mapping });
    expect(across(issues)).toEqual([
      [2, { batchId: '', sheetName: REGISTER_SHEET, row: 2 }],
      [3, { batchId: '', sheetName: 'Liste', row: 4 }],
    ]);
  });

  test('exported in an earlier session (Batches rows name it): read as a register by its titles', async () => {
    const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Liste'));
    if (!proposal.ok) throw new Error(proposal.reason);
    const listed = await group('Liste', { mapping: proposal.value.mapping });
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.value.written).toEqual(['B002']);
    const { others, issues } = await checkBatchSheet();
    expect(others.map((o) => [o.batchId, o.sheetName, o.rows.map((r) => r.row)])).toEqual([
      ['', REGISTER_SHEET, [2, 3]],
      ['B002', 'Liste', [4]],
    ]);
    expect(across(issues)).toEqual([
      [2, { batchId: '', sheetName: REGISTER_SHEET, row: 2 }],
      [3, { batchId: 'B002', sheetName: 'Liste', row: 4 }],
    ]);
  });
});

describe('isRegisterHeaderRow', () => {
  const five = ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'];
  test.each([
    ['a batch sheet’s five titles', five, false],
    ['five titles and a Datum column', [...five, 'Datum'], false],
    ['nothing', [], false],
  ])('%s', (_label, titles, expected) => {
    expect(isRegisterHeaderRow(titles)).toBe(expected);
  });

  test('the header a register made by the add-in has', async () => {
    const values = fake.host.inspect.sheet(REGISTER_SHEET).values('A1:Q1')[0] ?? [];
    expect(isRegisterHeaderRow(values.map(String))).toBe(true);
    expect(isRegisterHeaderRow(values.map(String).slice(0, 16))).toBe(false);
  });
});

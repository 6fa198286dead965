import { DEFAULT_SETTINGS, batchKey } from '../../src/core';
import { BATCHES_TABLE } from '../../src/excel/batchTable';
import { proposeRegisterMapping } from '../../src/excel/proposeRegisterMapping';
import { groupRegisterSheet } from '../../src/excel/registerBatches';
import { exportRegister } from '../../src/excel/exportRegister';
import { inspectActiveSheet, recheck } from '../../src/taskpane/checkSheet';
import { markSheet } from '../../src/taskpane/sheetActions';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { REGISTER_SHEET, createDayRegister } from '../support/dayRegister';
import { practiceList, registerPatient, registerPatientColumn } from '../support/practiceList';
import { makeInsz } from '../support/syntheticInsz';
import { checkTools } from '../support/checkTools';
import type { CheckTools } from '../../src/taskpane/checkSheet';

const TODAY = new Date(2026, 10, 28);
const TOEDIENER = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const patient = registerPatient;

/** Controleren's tools on 28/11/2026. */
const registerTools = (): CheckTools => checkTools(TODAY);

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Liste'] });
});
afterEach(() => fake.uninstall());

/** The Batches table's rows as [Batch, Registratieblad, Immunisatieproduct, Lotnummer]. */
function batchRows(): unknown[][] {
  const sheet = fake.host.inspect.sheet('Batches');
  const table = sheet.tables().find((t) => t.name === BATCHES_TABLE);
  if (table === undefined) return [];
  const at = (title: string) => table.headers.indexOf(title);
  const body = sheet.values(table.dataBodyAddress.split('!')[1] ?? '');
  return body
    .filter((row) => row[at('Batch')] !== '')
    .map((row) => [
      row[at('Batch')],
      row[at('Registratieblad')],
      row[at('Immunisatieproduct')],
      row[at('Lotnummer')],
    ]);
}

const group = (sheetName: string, mapping?: Parameters<typeof groupRegisterSheet>[1]['mapping']) =>
  Excel.run((context) =>
    groupRegisterSheet(context, {
      sheetName,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      ...(mapping === undefined ? {} : { mapping }),
    }),
  );

describe('a practice’s own list: French titles, header in row 3', () => {
  beforeEach(async () => {
    await fake.host.userEdit('Liste', 'A1:A1', [['Vaccinations du 28 novembre']]);
    await fake.host.userEdit(
      'Liste',
      'A3:J6',
      practiceList({
        columns: 10,
        day: '28/11/2026',
        dayBefore: '27/11/2026',
        patient,
        toediener: TOEDIENER,
      }),
    );
  });

  test('the mapping is proposed from the titles', async () => {
    const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Liste'));
    if (!proposal.ok) throw new Error(proposal.reason);
    expect(proposal.value.mapping.headerRow).toBe(3);
    expect(proposal.value.mapping.columns).toEqual({
      insz: 0,
      naam: 1,
      voornaam: 2,
      geboortedatum: 3,
      postcode: 4,
    });
    expect(proposal.value.mapping.batch).toEqual({
      datumToediening: 5,
      immunisatieproduct: 6,
      lotnummer: 7,
      dosis: 8,
      toedienerInsz: 9,
    });
  });

  test('grouped with the confirmed mapping: blocked without Gratis voorraad (the list has none)', async () => {
    const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Liste'));
    if (!proposal.ok) throw new Error(proposal.reason);
    const result = await group('Liste', proposal.value.mapping);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.plan.counts).toMatchObject({ rows: 3, blocked: 3, groups: 0 });
    expect(result.value.plan.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'gratisVoorraad', 'register_field_required'],
      [5, 'gratisVoorraad', 'register_field_required'],
      [6, 'gratisVoorraad', 'register_field_required'],
    ]);
  });

  test('with a Stock gratuit column: two groups, two Batches rows', async () => {
    await fake.host.userEdit('Liste', 'K3:K6', [['Stock gratuit'], ['oui'], ['oui'], ['non']]);
    const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Liste'));
    if (!proposal.ok) throw new Error(proposal.reason);
    const result = await group('Liste', proposal.value.mapping);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.plan.groups.map((g) => [g.batchId, g.rows])).toEqual([
      ['B001', [4, 5]],
      ['B002', [6]],
    ]);
    expect(batchRows()).toEqual([
      ['B001', 'Liste', 'Vaxigrip Tetra', 'AB123'],
      ['B002', 'Liste', 'Comirnaty', 'X1'],
    ]);
  });
});

describe('a register made by the add-in', () => {
  const name = REGISTER_SHEET;
  beforeEach(async () => {
    await createDayRegister(TODAY, 6);
    await fake.host.userEdit(name, 'A2:A6', registerPatientColumn(5));
    await fake.host.userEdit(name, 'I5:I5', [['ab123']]);
  });

  test('groups become batches written once; grouping again gives the same ids and writes nothing', async () => {
    const first = await group(name);
    if (!first.ok) throw new Error(first.reason);
    expect(first.value.plan.groups.map((g) => [g.batchId, g.rows])).toEqual([
      ['B001', [2, 3, 4, 6]],
      ['B002', [5]],
    ]);
    expect(first.value.written).toEqual(['B001', 'B002']);
    expect(first.value.plan.issues.map((i) => [i.row, i.column, i.code, i.fix])).toEqual([
      [5, 'lotnummer', 'register_near_duplicate', 'AB123'],
    ]);
    const before = batchRows();
    const again = await group(name);
    if (!again.ok) throw new Error(again.reason);
    expect(again.value.written).toEqual([]);
    expect(again.value.plan.groups.map((g) => g.batchId)).toEqual(['B001', 'B002']);
    expect(again.value.plan.groups.map((g) => g.key)).toEqual(
      first.value.plan.groups.map((g) => batchKey(g.batch)),
    );
    expect(batchRows()).toEqual(before);
  });

  // Issue #10, docs/decisions/0009-sheets-by-id.md: the register is known by its worksheet id.
  test('renamed and moved: its groups keep their batch ids, nothing new is written, Registratieblad follows', async () => {
    const first = await group(name);
    if (!first.ok) throw new Error(first.reason);
    fake.host.userRenameSheet(name, 'Griep woensdag');
    fake.host.userMoveSheet('Griep woensdag', 0);
    const after = await group('Griep woensdag');
    if (!after.ok) throw new Error(after.reason);
    expect(after.value.plan.groups.map((g) => [g.batchId, g.isNew])).toEqual([
      ['B001', false],
      ['B002', false],
    ]);
    expect(after.value.written).toEqual([]);
    expect(batchRows().map((row) => row.slice(0, 2))).toEqual([
      ['B001', 'Griep woensdag'],
      ['B002', 'Griep woensdag'],
    ]);
  });

  test('renamed after B001 was marked uploaded: the uploaded guard still knows it', async () => {
    await group(name);
    await fake.host.userEdit('Batches', 'S2', 'Ja');
    fake.host.userRenameSheet(name, 'Griep woensdag');
    const after = await group('Griep woensdag');
    if (!after.ok) throw new Error(after.reason);
    expect(after.value.uploadedBatchIds).toEqual(['B001']);
  });

  test('copied: the copy is not the register its groups belong to (new ids), the original keeps its own', async () => {
    await group(name);
    const copy = fake.host.userCopySheet(name);
    const copied = await group(copy.name);
    if (!copied.ok) throw new Error(copied.reason);
    expect(copied.value.plan.groups.map((g) => [g.batchId, g.isNew])).toEqual([
      ['B003', true],
      ['B004', true],
    ]);
    const original = await group(name);
    if (!original.ok) throw new Error(original.reason);
    expect(original.value.plan.groups.map((g) => [g.batchId, g.isNew])).toEqual([
      ['B001', false],
      ['B002', false],
    ]);
    expect(original.value.copyOf).toBeNull();
  });

  // Issue #10: a copy's new batch ids must not silently export the original's patients again.
  test('copied: the copy is known as a copy of the register, with the rows it shares, also once its own groups have rows', async () => {
    await group(name);
    const copy = fake.host.userCopySheet(name);
    const copyOf = {
      sheetName: copy.name,
      originalName: name,
      originalExists: true,
      batchIds: ['B001', 'B002'],
      exportedBatchIds: [],
      sameRows: 5,
    };
    const copied = await group(copy.name);
    if (!copied.ok) throw new Error(copied.reason);
    expect(copied.value.copyOf).toEqual(copyOf);
    // Every shared row is also a duplicate_across_batches warning naming the original's batch.
    expect(
      copied.value.plan.issues
        .filter((issue) => issue.code === 'duplicate_across_batches')
        .map((issue) => issue.row),
    ).toEqual([2, 3, 4, 5, 6]);
    const again = await group(copy.name);
    if (!again.ok) throw new Error(again.reason);
    expect(again.value.copyOf).toEqual(copyOf);
    // Controleren on the copy carries it to the pane.
    fake.host.userActivate(copy.name);
    const checked = await inspectActiveSheet(registerTools());
    expect(
      checked.kind === 'checked' && checked.result.source.kind === 'register' && checked.result.source.copyOf,
    ).toEqual(copyOf);
  });

  test('a second register the add-in makes the same day is called "(2)" too, yet is no copy: it shares no rows', async () => {
    await group(name);
    const second = await createDayRegister(TODAY, 3);
    expect(second).toBe(`${name} (2)`);
    await fake.host.userEdit(second, 'A2:A3', [[registerPatient(7)], [registerPatient(8)]]);
    const grouped = await group(second);
    if (!grouped.ok) throw new Error(grouped.reason);
    expect(grouped.value.copyOf).toBeNull();
  });

  test('the original exported, then deleted: the copy says which of its batches were exported from it', async () => {
    const done = await Excel.run((context) =>
      exportRegister(context, { sheetName: name, today: TODAY, settings: DEFAULT_SETTINGS, time: TODAY }),
    );
    if (!done.ok) throw new Error(done.reason);
    const copy = fake.host.userCopySheet(name);
    fake.host.userDeleteSheet(name);
    const copied = await group(copy.name);
    if (!copied.ok) throw new Error(copied.reason);
    expect(copied.value.copyOf).toEqual({
      sheetName: copy.name,
      originalName: name,
      originalExists: false,
      batchIds: ['B001', 'B002'],
      exportedBatchIds: ['B001', 'B002'],
      sameRows: 0,
    });
  });

  test('renamed after Controleren: "Opnieuw controleren" and Markeren find the register by its worksheet id', async () => {
    fake.host.userActivate(name);
    const outcome = await inspectActiveSheet(registerTools());
    if (outcome.kind !== 'checked') throw new Error(outcome.kind);
    const { result } = outcome;
    fake.host.userRenameSheet(name, 'Griep woensdag');
    const again = await recheck(result, registerTools());
    expect(again.kind === 'checked' && again.result.sheetName).toBe('Griep woensdag');
    const marked = await markSheet({
      sheetName: result.sheetName,
      sheetId: result.sheetId,
      issues: result.issues,
      columns: result.mapping.columns,
    });
    expect(marked.ok).toBe(true);
  });

  test('a corrected lot moves the row: its old batch is unused, no new row', async () => {
    await group(name);
    await fake.host.userEdit(name, 'I5:I5', [['AB123']]);
    const after = await group(name);
    if (!after.ok) throw new Error(after.reason);
    expect(after.value.plan.groups.map((g) => [g.batchId, g.rows])).toEqual([['B001', [2, 3, 4, 5, 6]]]);
    expect(after.value.plan.unusedBatchIds).toEqual(['B002']);
    expect(after.value.written).toEqual([]);
  });
});

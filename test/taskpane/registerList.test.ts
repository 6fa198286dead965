/**
 * A practice's own list with batch columns (issue #9: "An existing sheet with batch columns ... is
 * detected and mapped like today's existing sheets, the user confirming the mapping"), through the
 * pane's orchestration on the fake host: Controleren proposes the register mapping, the confirmed
 * mapping checks the list as a register, Exporteren exports it with that mapping, and only while
 * the header row is unchanged.
 */
import { DEFAULT_SETTINGS } from '../../src/core';
import type { RegisterMapping } from '../../src/excel/registerMapping';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { type CheckTools, checkWithMapping, inspectActiveSheet } from '../../src/taskpane/checkSheet';
import { forgetConfirmedRegisters } from '../../src/taskpane/confirmedRegisters';
import { prepareActiveSheet } from '../../src/taskpane/exportBatch';
import { practiceList, registerPatient } from '../support/practiceList';
import { makeInsz } from '../support/syntheticInsz';
import { checkTools } from '../support/checkTools';

const TODAY = new Date(2026, 10, 28, 12);
const TOEDIENER = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const patient = registerPatient;

const tools: CheckTools = checkTools(TODAY);

let fake: InstalledFakeExcel;
beforeEach(async () => {
  forgetConfirmedRegisters();
  fake = installFakeExcel(globalThis, { sheets: ['Liste'] });
  await fake.host.userEdit('Liste', 'A1:A1', [['Vaccinations du 28 novembre']]);
  await fake.host.userEdit(
    'Liste',
    'A3:K6',
    practiceList({ columns: 11, day: '28/11/2026', dayBefore: '27/11/2026', patient, toediener: TOEDIENER }),
  );
  fake.host.userActivate('Liste');
});
afterEach(() => fake.uninstall());

/** `batch` without `fields`. */
function without(
  batch: RegisterMapping['batch'],
  ...fields: (keyof RegisterMapping['batch'])[]
): RegisterMapping['batch'] {
  return Object.fromEntries(Object.entries(batch).filter(([field]) => !fields.includes(field as never)));
}

/** Controleren on the list: the mapping step with the proposed register mapping. */
async function proposed(): Promise<RegisterMapping> {
  const outcome = await inspectActiveSheet(tools);
  if (outcome.kind !== 'mapping' || outcome.proposal === null || outcome.registerBatch === null)
    throw new Error(`expected a register mapping step, got ${outcome.kind}`);
  return { ...outcome.proposal.mapping, batch: outcome.registerBatch };
}

describe('Controleren on a list with batch columns', () => {
  test('proposes the register mapping: header row 3, the five columns and the batch columns', async () => {
    expect(await proposed()).toEqual({
      headerRow: 3,
      columns: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: 4 },
      batch: {
        datumToediening: 5,
        immunisatieproduct: 6,
        lotnummer: 7,
        dosis: 8,
        toedienerInsz: 9,
        gratisVoorraad: 10,
      },
    });
  });

  test('a list without batch columns gets the plain mapping step', async () => {
    await fake.host.userEdit('Liste', 'F3:K3', [['', '', '', '', '', '']]);
    const outcome = await inspectActiveSheet(tools);
    expect(outcome.kind).toBe('mapping');
    if (outcome.kind === 'mapping') expect(outcome.registerBatch).toBeNull();
  });

  test('the confirmed mapping checks the list as a register: its groups, nothing written', async () => {
    const outcome = await checkWithMapping('Liste', await proposed(), tools);
    if (outcome.kind !== 'checked') throw new Error(outcome.kind);
    const { source } = outcome.result;
    if (source.kind !== 'register') throw new Error(source.kind);
    expect(source.plan.groups.map((group) => [group.batchId, group.rows])).toEqual([
      ['B001', [4, 5]],
      ['B002', [6]],
    ]);
    expect(outcome.result.report.counts).toMatchObject({ rows: 3, ready: 3, blocked: 0 });
    expect(fake.host.inspect.sheetNames()).not.toContain('Batches');
  });

  test('a batch column mapped on a registration column is refused', async () => {
    const mapping = await proposed();
    const outcome = await checkWithMapping(
      'Liste',
      { ...mapping, batch: { ...mapping.batch, dosis: 0 } },
      tools,
    );
    expect(outcome).toEqual({ kind: 'invalid_mapping', sheetName: 'Liste', problem: 'duplicate_column' });
  });

  test('the user’s correction counts: the lot column left out puts all Vaxigrip rows in one group', async () => {
    await fake.host.userEdit('Liste', 'H5:H5', [['AB124']]);
    const mapping = await proposed();
    const batch = without(mapping.batch, 'lotnummer');
    const outcome = await checkWithMapping('Liste', { ...mapping, batch }, tools);
    if (outcome.kind !== 'checked' || outcome.result.source.kind !== 'register')
      throw new Error(outcome.kind);
    expect(outcome.result.source.plan.groups.map((group) => group.rows)).toEqual([[4, 5], [6]]);
  });

  test('with neither product nor date mapped, the list is checked as registrations only', async () => {
    const mapping = await proposed();
    const batch = without(mapping.batch, 'immunisatieproduct', 'datumToediening');
    const outcome = await checkWithMapping('Liste', { ...mapping, batch }, tools);
    if (outcome.kind !== 'checked') throw new Error(outcome.kind);
    expect(outcome.result.source.kind).toBe('existing');
  });

  test('Controleren again proposes the mapping confirmed before', async () => {
    const mapping = await proposed();
    const batch = without(mapping.batch, 'lotnummer');
    await checkWithMapping('Liste', { ...mapping, batch }, tools);
    expect((await proposed()).batch).toEqual(batch);
  });
});

describe('Exporteren on a list with batch columns', () => {
  test('before the mapping is confirmed: asks to confirm it in Controleren', async () => {
    const outcome = await prepareActiveSheet(tools);
    expect(outcome).toEqual({ kind: 'register_unconfirmed', sheetName: 'Liste', changed: false });
  });

  test('after it is confirmed: the register with the confirmed mapping', async () => {
    const mapping = await proposed();
    await checkWithMapping('Liste', mapping, tools);
    const outcome = await prepareActiveSheet(tools);
    if (outcome.kind !== 'register') throw new Error(outcome.kind);
    expect(outcome.check.source.mapping).toEqual(mapping);
    expect(outcome.check.source.plan.groups.map((group) => group.batchId)).toEqual(['B001', 'B002']);
  });

  test('a column inserted since the confirmation: asks again instead of reading the wrong columns', async () => {
    await checkWithMapping('Liste', await proposed(), tools);
    await fake.host.userEdit('Liste', 'F3:F3', [['Heure']]);
    const outcome = await prepareActiveSheet(tools);
    expect(outcome).toEqual({ kind: 'register_unconfirmed', sheetName: 'Liste', changed: true });
  });

  test('a sheet with neither batch columns nor a batch stays "not a registration sheet"', async () => {
    await fake.host.userEdit('Liste', 'F3:K3', [['', '', '', '', '', '']]);
    expect(await prepareActiveSheet(tools)).toEqual({ kind: 'not_registration', sheetName: 'Liste' });
  });
});

describe('a list exported before (its groups have Batches rows naming it)', () => {
  test('Exporteren exports the register again, Controleren shows its mapping step: never as its first group’s sheet', async () => {
    const mapping = await proposed();
    await checkWithMapping('Liste', mapping, tools);
    const { groupRegisterSheet } = await import('../../src/excel/registerBatches');
    const written = await Excel.run((context) =>
      groupRegisterSheet(context, { sheetName: 'Liste', mapping, today: TODAY, settings: DEFAULT_SETTINGS }),
    );
    if (!written.ok) throw new Error(written.reason);
    expect(written.value.written).toEqual(['B001', 'B002']);
    const prepared = await prepareActiveSheet(tools);
    expect(prepared.kind).toBe('register');
    const checked = await inspectActiveSheet(tools);
    expect(checked.kind).toBe('mapping');
    if (checked.kind === 'mapping') expect(checked.registerBatch).toEqual(mapping.batch);
  });
});

/**
 * The near-duplicate fix of a day's register (issue #9: "Two groups that differ only by case,
 * spaces or punctuation in a free-text field (lot, organisatie, opmerkingen) get a warning on the
 * rows involved and a fix that unifies them"): the fix writes the kept spelling into the cells of
 * the rows involved, and grouping again finds one group.
 */
import { DEFAULT_SETTINGS, type Issue } from '../../src/core';
import { applyFixes } from '../../src/excel/applyFixes';
import { proposeRegisterMapping } from '../../src/excel/proposeRegisterMapping';
import { groupRegisterSheet } from '../../src/excel/registerBatches';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from '../../src/excel/registerMapping';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { REGISTER_SHEET, createDayRegister } from '../support/dayRegister';
import { TOEDIENER } from '../support/batchInput';
import { registerPatient, registerPatientColumn } from '../support/practiceList';

const TODAY = new Date(2026, 10, 28);
const patient = registerPatient;

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Liste'] });
});
afterEach(() => fake.uninstall());

async function plan(sheetName: string, mapping: RegisterMapping) {
  const grouped = await Excel.run((context) =>
    groupRegisterSheet(context, { sheetName, mapping, today: TODAY, settings: DEFAULT_SETTINGS }),
  );
  if (!grouped.ok) throw new Error(grouped.reason);
  return grouped.value.plan;
}

const nearDuplicates = (issues: readonly Issue[]): Issue[] =>
  issues.filter((issue) => issue.code === 'register_near_duplicate');

function fix(sheetName: string, mapping: RegisterMapping, targets: readonly Issue[]) {
  return Excel.run((context) =>
    applyFixes(context, { sheetName, mapping, targets, kinds: ['unifySpelling'], today: TODAY }),
  );
}

describe('a register made by the add-in: lot AB123 typed ab123 and AB-123', () => {
  const name = REGISTER_SHEET;
  beforeEach(async () => {
    await createDayRegister(TODAY, 6);
    await fake.host.userEdit(name, 'A2:A6', registerPatientColumn(5));
    await fake.host.userEdit(name, 'I5:I6', [['ab123'], ['AB-123']]);
  });

  test('the fix writes AB123 into I5 and I6; grouping again gives one group', async () => {
    const before = await plan(name, REGISTER_SHEET_MAPPING);
    expect(before.groups.map((g) => g.rows)).toEqual([[2, 3, 4], [5], [6]]);
    const issues = nearDuplicates(before.issues);
    expect(issues.map((i) => [i.row, i.column, i.fix])).toEqual([
      [5, 'lotnummer', 'AB123'],
      [6, 'lotnummer', 'AB123'],
    ]);
    const fixed = await fix(name, REGISTER_SHEET_MAPPING, issues);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(fixed.value.fixed.map((f) => [f.address, f.column, f.kind, f.text])).toEqual([
      ['I5', 'lotnummer', 'unifySpelling', 'AB123'],
      ['I6', 'lotnummer', 'unifySpelling', 'AB123'],
    ]);
    expect(fake.host.inspect.sheet(name).values('I2:I6')).toEqual([
      ['AB123'],
      ['AB123'],
      ['AB123'],
      ['AB123'],
      ['AB123'],
    ]);
    const after = await plan(name, REGISTER_SHEET_MAPPING);
    expect(after.groups.map((g) => g.rows)).toEqual([[2, 3, 4, 5, 6]]);
    expect(nearDuplicates(after.issues)).toEqual([]);
  });

  test('a cell changed since the check is left as it is now', async () => {
    const issues = nearDuplicates((await plan(name, REGISTER_SHEET_MAPPING)).issues);
    await fake.host.userEdit(name, 'I6:I6', [['XY999']]);
    const fixed = await fix(name, REGISTER_SHEET_MAPPING, issues);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(fixed.value.fixed.map((f) => f.address)).toEqual(['I5']);
    expect(fixed.value.skipped).toEqual([
      { target: '6/lotnummer/register_near_duplicate', reason: 'no_fix' },
    ]);
    expect(fake.host.inspect.sheet(name).values('I5:I6')).toEqual([['AB123'], ['XY999']]);
  });

  test('only when the unifying kind is asked for', async () => {
    const issues = nearDuplicates((await plan(name, REGISTER_SHEET_MAPPING)).issues);
    const fixed = await Excel.run((context) =>
      applyFixes(context, {
        sheetName: name,
        mapping: REGISTER_SHEET_MAPPING,
        targets: issues,
        kinds: ['trim'],
        today: TODAY,
      }),
    );
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(fixed.value.fixed).toEqual([]);
    expect(fake.host.inspect.sheet(name).values('I5:I6')).toEqual([['ab123'], ['AB-123']]);
  });
});

describe('a practice’s own list: lot 0712 typed as text and "07 12"', () => {
  beforeEach(async () => {
    await fake.host.userEdit('Liste', 'A1:G1', [
      ['NISS', 'Date', 'Vaccin', 'Lot', 'Dose', 'Gratis voorraad', 'Vaccinator'],
    ]);
    fake.host.setCell('Liste', 'D2:D4', { numberFormat: '@' });
    fake.host.setCell('Liste', 'G2:G4', { numberFormat: '@' });
    await fake.host.userEdit('Liste', 'A2:G4', [
      [patient(1), '28/11/2026', 'Vaxigrip Tetra', '0712', '0,5', 'Ja', TOEDIENER],
      [patient(2), '28/11/2026', 'Vaxigrip Tetra', '0712', '0,5', 'Ja', TOEDIENER],
      [patient(3), '28/11/2026', 'Vaxigrip Tetra', '07 12', '0,5', 'Ja', TOEDIENER],
    ]);
  });

  test('the kept spelling is written as text: its leading zero stays', async () => {
    const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Liste'));
    if (!proposal.ok) throw new Error(proposal.reason);
    const { mapping } = proposal.value;
    const issues = nearDuplicates((await plan('Liste', mapping)).issues);
    expect(issues.map((i) => [i.row, i.fix])).toEqual([[4, '0712']]);
    const fixed = await fix('Liste', mapping, issues);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(fixed.value.fixed.map((f) => f.address)).toEqual(['D4']);
    expect(fake.host.inspect.sheet('Liste').values('D2:D4')).toEqual([['0712'], ['0712'], ['0712']]);
    expect((await plan('Liste', mapping)).groups.map((g) => g.rows)).toEqual([[2, 3, 4]]);
  });
});

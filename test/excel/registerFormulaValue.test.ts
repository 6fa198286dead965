/**
 * Issue #10 (hostile corpus: "formulas and spilled arrays in the data (the value is used, the user
 * is told)") on a day register: Controleren tells it once for the sheet with `formula_value`, as on
 * a registration sheet (test/excel/hostile/hostileWorkbooks.test.ts), whether the formulas are in
 * the registration columns or in the batch columns, and the export uses the values.
 */
import { DEFAULT_SETTINGS } from '../../src/core';
import { exportRegister } from '../../src/excel/exportRegister';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { inspectActiveSheet } from '../../src/taskpane/checkSheet';
import { REGISTER_SHEET, createDayRegister } from '../support/dayRegister';
import { registerPatient, registerPatientColumn } from '../support/practiceList';
import { checkTools } from '../support/checkTools';
import type { CheckTools } from '../../src/taskpane/checkSheet';

const TODAY = new Date(2026, 10, 28);
const tools = (): CheckTools => checkTools(TODAY);

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

test('a register with formulas and a spilled array in its rows: one formula_value finding, the values exported', async () => {
  // The fake does not calculate: each formula's value is given (what Excel would show).
  fake = installFakeExcel(globalThis, {
    sheets: ['Blad1'],
    evaluateFormula: (formula: string) => (formula === '=UPPER("ab123")' ? 'AB123' : registerPatient(3)),
  });
  await createDayRegister(TODAY, 4);
  const name = REGISTER_SHEET;
  await fake.host.userEdit(name, 'A2:A3', registerPatientColumn(2));
  // A patient's INSZ from another sheet, a lot number by formula in a batch column (I: Lotnummer).
  fake.host.setCell(name, 'A4', { formula: '=Bron!A1' });
  fake.host.setCell(name, 'I2', { formula: '=UPPER("ab123")' });
  // First names spilled by a dynamic array from C2 (only the anchor holds the formula).
  fake.host.spillFormula(name, 'C2', '=SORT(Namen!A1:A2)', [['Aline'], ['Bart']]);
  fake.host.userActivate(name);

  const outcome = await inspectActiveSheet(tools());
  if (outcome.kind !== 'checked') throw new Error(outcome.kind);
  expect(outcome.result.source.kind).toBe('register');
  const told = outcome.result.issues.filter((issue) => issue.code === 'formula_value');
  expect(told.map((issue) => [issue.row, issue.column, issue.severity, issue.params])).toEqual([
    [2, null, 'info', { cells: 'C2, I2, A4', count: 3, spills: 'C2:C3' }],
  ]);
  // The values are used: three patients, one group (lot AB123 as typed in the other rows), exported.
  const done = await Excel.run((context) =>
    exportRegister(context, { sheetName: name, today: TODAY, settings: DEFAULT_SETTINGS, time: TODAY }),
  );
  if (!done.ok) throw new Error(done.reason);
  const lines = done.value.plan.files.flatMap((file) =>
    new TextDecoder().decode(file.bytes).split('\r\n').slice(1, -1),
  );
  expect(lines).toEqual([
    `${registerPatient(1)},,Aline,,`,
    `${registerPatient(2)},,Bart,,`,
    `${registerPatient(3)},,,,`,
  ]);
});

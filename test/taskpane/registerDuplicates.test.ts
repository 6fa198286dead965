/**
 * duplicate_across_batches between a day register and a batch sheet through the pane's
 * orchestration (issue #9: a register group is compared with the other batches exactly as a
 * batch sheet is, and the other way round), on the fake host: Controleren on either sheet.
 */
import type { Issue } from '../../src/core';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { type CheckTools, inspectActiveSheet } from '../../src/taskpane/checkSheet';
import { forgetConfirmedRegisters } from '../../src/taskpane/confirmedRegisters';
import { batchInput } from '../support/batchInput';
import { createTestBatch } from '../support/batchWorkbook';
import { REGISTER_SHEET, createDayRegister } from '../support/dayRegister';
import { makeInsz } from '../support/syntheticInsz';
import { checkTools } from '../support/checkTools';

const TODAY = new Date(2026, 10, 28, 12);
const patient = (k: number): string =>
  makeInsz({ year: 1960 + k, month: 1 + (k % 12), day: 1 + k, serial: 920 + k });
const tools: CheckTools = checkTools(TODAY);

let fake: InstalledFakeExcel;
let batchSheet: string;
beforeEach(async () => {
  forgetConfirmedRegisters();
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
  batchSheet = (await createTestBatch(batchInput(TODAY, { immunisatieproduct: 'Vaxigrip Tetra' }))).sheetName;
  await fake.host.userEdit(batchSheet, 'A2:A3', [[patient(9)], [patient(1)]]);
  await createDayRegister(TODAY, 3);
  await fake.host.userEdit(REGISTER_SHEET, 'A2:A3', [[patient(1)], [patient(2)]]);
});
afterEach(() => fake.uninstall());

async function checkActive(sheetName: string): Promise<Issue[]> {
  fake.host.userActivate(sheetName);
  const outcome = await inspectActiveSheet(tools);
  if (outcome.kind !== 'checked') throw new Error(outcome.kind);
  return outcome.result.issues.filter((issue) => issue.code === 'duplicate_across_batches');
}

test('Controleren on the batch sheet names the register where the person also is', async () => {
  const issues = await checkActive(batchSheet);
  expect(issues.map((i) => [i.row, i.column, i.params])).toEqual([
    [3, null, { batchId: '', sheetName: REGISTER_SHEET, row: 2 }],
  ]);
});

test('Controleren on the register names the batch sheet', async () => {
  const issues = await checkActive(REGISTER_SHEET);
  expect(issues.map((i) => [i.row, i.column, i.params])).toEqual([
    [2, null, { batchId: 'B001', sheetName: batchSheet, row: 3 }],
  ]);
});

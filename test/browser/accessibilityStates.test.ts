/**
 * axe with no violation of any impact (issue #13) on every tab in each state of a batch a nurse
 * meets: a check with errors, warnings only, success, an export done; and every contrast axe
 * leaves undecided measured at 4.5:1 or more (support/axe.ts `scan`). The start state and the
 * languages: accessibility.test.ts.
 */
import type { Page } from 'playwright-core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { TabScanner } from './support/axeTabs';
import { DEFAULT_BATCH, type TypedRow, validRows } from './support/fixtures';
import { useSession } from './support/session';
import { typeRows } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

test('errors, warnings only, success, export done: no violation of any impact on any tab', async () => {
  const { opened, pane } = await session.openPane();
  const { page } = opened;
  const scanner = new TabScanner(pane);
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await scanner.here('batch created: new');

  const type = async (rows: readonly TypedRow[]) => {
    await typeRows(page as Page, SHEET, rows);
    await pane.settle();
    await pane.check();
  };
  const errors = validRows(6);
  errors[2] = ['12345678901', 'Peeters ', 'Jan', '31022001', '150'];
  await type(errors);
  await scanner.everyTab('errors');

  const warnings = validRows(6);
  warnings[2] = ['', 'Peeters ', 'Jan', '01011990', '1000'];
  await type(warnings);
  await scanner.everyTab('warnings only');

  await type(validRows(6));
  await scanner.everyTab('success');

  const panel = await pane.openTab('export');
  await panel.getByTestId('export-button').click();
  await panel.getByTestId('export-summary').waitFor();
  await scanner.here('export done: export');
  await scanner.everyTab('export done');
  scanner.expectClean();
});

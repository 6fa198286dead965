import { createBatch } from '../../src/excel/createBatch';
import { type FakeExcelOptions, type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import type { CheckTools } from '../../src/taskpane/checkSheet';
import { batchInput } from './batchInput';
import { makeInsz } from './syntheticInsz';
import { checkTools } from './checkTools';

/**
 * A workbook with one batch and its registration sheet, for the hostile-workbook corpus
 * (test/excel/hostile): the batch is made as the pane makes it (createBatch), the rows are typed
 * by the "user" (host.userEdit), the sheet is active. Each case then does to the sheet what a user
 * does (filter, hide, merge, protect, ...) through the fake host.
 *
 * @example
 * ```ts
 * const book = await hostileWorkbook({ rows: threeRows() });
 * book.fake.host.hideRows(book.sheetName, 3);
 * ```
 */
export interface HostileWorkbook {
  readonly fake: InstalledFakeExcel;
  readonly sheetName: string;
}

/** 28/11/2026, as in the other Excel-layer tests. */
export const HOSTILE_TODAY = new Date(2026, 10, 28);

export function hostileTools(): CheckTools {
  return checkTools(HOSTILE_TODAY);
}

/** `count` valid registration rows (synthetic INSZ, distinct people). */
export function registrationRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    makeInsz({ year: 1950 + (i % 50), month: 1 + (i % 12), day: 1 + (i % 28), serial: 101 + 2 * i }),
    `Naam${i + 1}`,
    `Voornaam${i + 1}`,
    '',
    '',
  ]);
}

export async function hostileWorkbook(
  options: { rows: readonly (readonly string[])[]; fake?: FakeExcelOptions } = { rows: [] },
): Promise<HostileWorkbook> {
  const fake = installFakeExcel(globalThis, { sheets: ['Blad1'], ...options.fake });
  const created = await Excel.run((context) => createBatch(context, batchInput(HOSTILE_TODAY)));
  if (!created.ok) throw new Error('createBatch failed');
  const { sheetName } = created.value;
  if (options.rows.length > 0)
    await fake.host.userEdit(
      sheetName,
      `A2:E${options.rows.length + 1}`,
      options.rows.map((row) => [...row]),
    );
  fake.host.userActivate(sheetName);
  return { fake, sheetName };
}

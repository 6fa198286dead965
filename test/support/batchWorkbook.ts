import type { BatchField } from '../../src/core/types';
import { type CreateBatchInput, type CreatedBatch, createBatch } from '../../src/excel/createBatch';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { batchInput } from './batchInput';

/*
 * The start of the export tests: a fresh fake workbook with batch B001 made by the add-in.
 */

/**
 * The export tests' batch: Vaxigrip administered on 20/11/2026, dose 1, so its files are named
 * `vaccinnet_20261120_B001_vaxigrip_k-n.csv`; `fields` changes any field.
 */
export function exportBatchInput(
  today: Date,
  fields: Partial<Record<BatchField, unknown>> = {},
): CreateBatchInput {
  return batchInput(today, { datumToediening: '2026-11-20', dosis: 1, ...fields });
}

/** createBatch on the installed fake host; a refusal is a broken test set-up, so it throws. */
export async function createTestBatch(input: CreateBatchInput): Promise<CreatedBatch> {
  const result = await Excel.run((context) => createBatch(context, input));
  if (!result.ok) throw new Error(`createBatch failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** Installs a fake workbook with one sheet `Blad1` and creates {@link exportBatchInput} in it. */
export async function workbookWithBatch(
  today: Date,
): Promise<{ fake: InstalledFakeExcel; sheetName: string }> {
  const fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
  const { sheetName } = await createTestBatch(exportBatchInput(today));
  return { fake, sheetName };
}

import { type FakeExcelOptions, type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';

/**
 * Installs the fake as the `Excel` / `Office` / `OfficeExtension` globals for each test, so the
 * tests below are written exactly like src/excel code: against @types/office-js.
 */
export function useFakeExcel(options: FakeExcelOptions = { sheets: ['Sheet1'] }): () => InstalledFakeExcel {
  let fake: InstalledFakeExcel | undefined;
  beforeEach(() => {
    fake = installFakeExcel(globalThis, options);
  });
  afterEach(() => {
    fake?.uninstall();
    fake = undefined;
  });
  return () => {
    if (!fake) throw new Error('useFakeExcel: no fake installed (call inside a test)');
    return fake;
  };
}

/** Runs one batch that writes `values` to `address` on `sheet` and reads back what Excel stored. */
export async function writeAndRead(
  sheet: string,
  address: string,
  values: unknown,
  before?: (range: Excel.Range) => void,
): Promise<{
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  text: string[][];
  formulas: unknown[][];
}> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    before?.(range);
    range.values = values as unknown[][];
    await context.sync();
    const read = context.workbook.worksheets.getItem(sheet).getRange(address);
    read.load('values, valueTypes, numberFormat, text, formulas');
    await context.sync();
    return {
      values: read.values,
      valueTypes: read.valueTypes,
      numberFormat: read.numberFormat,
      text: read.text,
      formulas: read.formulas,
    };
  });
}

/** The rejection of `promise`, for asserting on `code` / `debugInfo`. */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string; debugInfo?: { errorLocation?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string; debugInfo?: { errorLocation?: string } };
  }
  throw new Error('expected a rejection');
}

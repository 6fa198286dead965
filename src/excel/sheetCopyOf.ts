import type { BatchRecord } from './batchRecords';
import { copiedFrom } from './sheetIdentity';
import { sheetNameKey } from './sheetNames';

/*
 * Which batch's sheet a sheet is a copy of (pure; docs/decisions/0009-sheets-by-id.md "What the user
 * sees"). A copy of a sheet is a new worksheet with a new id (Excel.Worksheet.id, ExcelApi 1.1), so
 * it is never the batch's sheet; Excel names it after the original, `<name> (2)`, `(3)`, ... (cut
 * to 31 characters), which is how it is recognised here (sheetIdentity.ts copiedFrom). Controleren
 * and Exporteren say so, with what the user can do, instead of only "not a registration sheet";
 * a copied day register warns that its rows may already have been exported from the original.
 */

/** A sheet that is an Excel copy of the sheet of one or more batches (a register: its groups). */
export interface SheetCopyOf {
  /** The copy, as it is called now. */
  readonly sheetName: string;
  /**
   * The original: its current name when it exists, else the name its Batches rows record in
   * "Registratieblad" (the name to give the copy to make it that batch's sheet).
   */
  readonly originalName: string;
  /** False when the original was deleted (its batches' rows and logged exports stay). */
  readonly originalExists: boolean;
  /** The batches whose sheet the original is, in Batches order (a register's groups: several). */
  readonly batchIds: readonly string[];
  /** Those of them exported at least once (their Batches row counts files). */
  readonly exportedBatchIds: readonly string[];
}

/**
 * The batch sheet `sheetName` is a copy of, among `batches` (readBatches), or null. The caller asks
 * only for a sheet that is no batch's sheet (a register: no other batch's). When a cut name could be
 * a copy of several recorded names, the longest one is taken (the closest match).
 *
 * @example
 * ```ts
 * copyOfBatchSheet('B001 Vaxigrip (2)', batches);
 * // { sheetName: 'B001 Vaxigrip (2)', originalName: 'B001 Vaxigrip', originalExists: true, batchIds: ['B001'], exportedBatchIds: [] }
 * ```
 */
export function copyOfBatchSheet(sheetName: string, batches: readonly BatchRecord[]): SheetCopyOf | null {
  const own = sheetNameKey(sheetName);
  // The sheet's own batches (a register's groups once exported) are not its original.
  const named = batches.filter((batch) => batch.sheetName !== '' && sheetNameKey(batch.sheetName) !== own);
  const names = [...new Set(named.map((batch) => batch.sheetName))];
  const [originalName] = copiedFrom(sheetName, names).sort((a, b) => b.length - a.length);
  if (originalName === undefined) return null;
  const key = sheetNameKey(originalName);
  const original = named.filter((batch) => sheetNameKey(batch.sheetName) === key);
  return {
    sheetName,
    originalName,
    originalExists: original.some((batch) => batch.sheetExists),
    batchIds: original.map((batch) => batch.batchId),
    exportedBatchIds: original
      .filter((batch) => (batch.files ?? 0) > 0 || batch.lastExport !== null)
      .map((batch) => batch.batchId),
  };
}

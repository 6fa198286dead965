import { checkHeader, type Issue, REGISTRATION_COLUMNS } from '../core';
import type { BlockReadOptions } from './readRowBlocks';
import { readSheet, type SheetRead } from './readSheet';
import { REGISTRATION_SHEET_MAPPING } from './sheetMapping';

export type RegistrationSheetRead = SheetRead & {
  /** core `checkHeader` of A1:E1: header_mismatch when the titles are not exactly the five. */
  readonly headerIssues: Issue[];
};

export type ReadRegistrationSheetResult =
  | { ok: true; value: RegistrationSheetRead }
  | { ok: false; reason: 'sheet_not_found' }
  | { ok: false; reason: 'cancelled'; rowsRead: number };

/**
 * Reads a registration sheet the add-in made (header in A1:E1, columns A..E): like
 * {@link readSheet} with {@link REGISTRATION_SHEET_MAPPING}, plus core `checkHeader` of the first
 * five titles (header_mismatch when a user changed them). Columns after E are reported as extra
 * columns.
 *
 * @example
 * ```ts
 * const read = await Excel.run((context) => readRegistrationSheet(context, 'B003 Vaxigrip 28-11-2026'));
 * if (read.ok) issues.push(...read.value.headerIssues);
 * ```
 */
export async function readRegistrationSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: BlockReadOptions = {},
): Promise<ReadRegistrationSheetResult> {
  const read = await readSheet(context, sheetName, { ...options, mapping: REGISTRATION_SHEET_MAPPING });
  if (!read.ok) {
    // The mapping is ours and valid: only a missing sheet or a cancel can come back.
    return read.reason === 'cancelled' ? read : { ok: false, reason: 'sheet_not_found' };
  }
  const titles = REGISTRATION_COLUMNS.map(
    (_, i) => read.value.header.find((title) => title.index === i)?.title ?? '',
  );
  return { ok: true, value: { ...read.value, headerIssues: checkHeader(titles) } };
}

import { BATCH_FIELDS, REGISTRATION_COLUMNS } from '../core';
import { LAST_COLUMN } from './a1Address';
import type { RegisterMapping } from './registerMapping';
import { mappingProblem } from './sheetMapping';

/**
 * Checks a register mapping the user confirmed or changed (issue #9, the mapping step of a list
 * with batch columns): the registration columns as {@link mappingProblem} checks them, then every
 * batch column a real sheet column and no column read for two fields (a column mapped twice would
 * give one cell two meanings, e.g. the date read as the product too). Null when it is usable.
 *
 * @example
 * ```ts
 * registerMappingProblem({ ...REGISTER_SHEET_MAPPING, batch: { dosis: 0 } }); // 'duplicate_column' (A is INSZ)
 * ```
 */
export function registerMappingProblem(
  mapping: RegisterMapping,
): 'header_row' | 'column' | 'duplicate_column' | null {
  const sheetProblem = mappingProblem(mapping);
  if (sheetProblem !== null) return sheetProblem;
  const seen = new Set<number>();
  for (const column of REGISTRATION_COLUMNS) {
    const index = mapping.columns[column];
    if (index !== null) seen.add(index);
  }
  for (const field of BATCH_FIELDS) {
    const index = mapping.batch[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index > LAST_COLUMN) return 'column';
    if (seen.has(index)) return 'duplicate_column';
    seen.add(index);
  }
  return null;
}

/**
 * The day's common values of a register ("Nieuw dagregister", SPEC "A day's register"): any batch
 * field may be given once and is then written into every row's own cells. Each value given is
 * checked by the batch form's own rules (parseBatchMetadata); a blank field is simply not common
 * (no issue), because on a register a row may carry its own value there.
 */
import { parseBatchMetadata } from './batchMetadata';
import { BATCH_FIELDS, type BatchField, type BatchLists, type BatchMetadata, type Issue } from './types';

/**
 * Valid stand-ins for the required fields, so that one given field can be parsed alone; they are
 * never written anywhere nor returned. The INSZ is all zeros but its serial and check digits:
 * plainly no person's number.
 */
const STAND_INS: Readonly<Record<string, unknown>> = {
  toedienerInsz: '00000000196',
  gratisVoorraad: 'Nee',
  datumToediening: '2000-01-01',
  immunisatieproduct: 'x',
  dosis: 1,
};

/** What {@link parseRegisterCommon} returns. */
export type RegisterCommonResult =
  { ok: true; value: Partial<BatchMetadata> } | { ok: false; issues: Issue[] };

/**
 * Checks and normalises the common values of a register: every filled field must pass its batch
 * rule (trim, NFC, list spelling, dates, dose with a comma or a point); blank fields are left out
 * of the value and raise no `batch_required`.
 *
 * @example
 * ```ts
 * parseRegisterCommon({ dosis: '0,5', immunisatieproduct: ' Vaxigrip Tetra ' }, { today, lists });
 * // { ok: true, value: { dosis: 0.5, immunisatieproduct: 'Vaxigrip Tetra' } }
 * parseRegisterCommon({ dosis: '3' }, { today, lists });
 * // { ok: false, issues: [{ code: 'batch_dose', column: 'dosis', ... }] }
 * ```
 */
export function parseRegisterCommon(
  common: Readonly<Partial<Record<BatchField, unknown>>>,
  options: { today: Date; lists: BatchLists },
): RegisterCommonResult {
  const parsed = parseBatchMetadata(common, options);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const issues = parsed.issues.filter((issue) => issue.code !== 'batch_required');
  if (issues.length > 0) return { ok: false, issues };
  // Only required fields missing: every other field's value from a parse with stand-ins.
  const value: Partial<BatchMetadata> = {};
  const failed = new Set(parsed.issues.map((issue) => issue.column));
  for (const field of BATCH_FIELDS) {
    if (failed.has(field)) continue;
    const single = parseBatchMetadata({ ...STAND_INS, [field]: common[field] }, options);
    if (single.ok && single.value[field] !== undefined)
      Object.assign(value, { [field]: single.value[field] });
  }
  return { ok: true, value };
}

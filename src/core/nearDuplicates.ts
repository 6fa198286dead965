/**
 * Near-duplicate groups of a day's register (SPEC "A day's register": "Groups that differ only by
 * case, spaces or punctuation in a free-text field are a warning with a fix that unifies them").
 * `ab123` beside `AB123` is almost always a typing slip, and it would otherwise make an extra file
 * and an extra batch.
 */
import type { RegisterGroup } from './grouping';
import { ISSUE_SEVERITY } from './issueCodes';
import { toNfc } from './textChecks';
import { BATCH_FIELDS, type BatchField, type BatchMetadata, type Issue } from './types';

/**
 * The free-text batch fields (SPEC "The batch fields": organisatie, lotnummer and opmerkingen are
 * free text, and so is immunisatieproduct, "name as in the SAM database; free text"). The other
 * fields are normalised to one spelling already (INSZ digits, Ja/Nee, ISO date, dose, list
 * values), so they cannot differ by case or punctuation alone.
 *
 * @example
 * ```ts
 * FREE_TEXT_FIELDS.includes('lotnummer'); // true
 * ```
 */
export const FREE_TEXT_FIELDS: readonly BatchField[] = [
  'organisatie',
  'immunisatieproduct',
  'lotnummer',
  'opmerkingen',
];

const isFreeText = (field: BatchField): boolean => FREE_TEXT_FIELDS.includes(field);

/**
 * A free-text value folded for comparison: NFC, lower case, every character that is no letter or
 * digit (spaces, punctuation, symbols) removed. Accents are kept: `é` and `e` are different letters.
 *
 * @example
 * ```ts
 * foldFreeText(' AB-123 '); // 'ab123'
 * foldFreeText('Vaxigrip  tetra.'); // 'vaxigriptetra'
 * ```
 */
export function foldFreeText(text: string): string {
  return toNfc(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The key of a batch with its free-text fields folded ({@link foldFreeText}; a blank field folds
 * to ''): two groups are near duplicates exactly when these keys are equal and their keys are not.
 *
 * @example
 * ```ts
 * foldedBatchKey({ ...batch, lotnummer: 'ab123' }) === foldedBatchKey({ ...batch, lotnummer: 'AB 123' }); // true
 * ```
 */
export function foldedBatchKey(batch: BatchMetadata): string {
  return JSON.stringify(
    BATCH_FIELDS.map((field) => {
      const value = batch[field];
      return isFreeText(field) ? foldFreeText(typeof value === 'string' ? value : '') : (value ?? null);
    }),
  );
}

/**
 * register_near_duplicate warnings for groups whose keys are equal once the free-text fields are
 * folded. In each such set the group with the most rows (the first in sheet order on a tie) keeps
 * its spelling; every row of every other group gets one warning per free-text field that differs,
 * with params `{ value, other, otherRow }` (its value, the kept one, the kept group's first row)
 * and `fix` = the kept spelling ('' when the kept group leaves the field blank). The kept group's
 * rows get none: nothing on them changes. Issues in group order, then row, then field.
 *
 * @example
 * ```ts
 * batchNearDuplicates(groups); // groups: lot 'AB123' on rows 2-9, lot 'ab123' on row 10
 * // [{ code: 'register_near_duplicate', row: 10, column: 'lotnummer', severity: 'warning',
 * //    params: { value: 'ab123', other: 'AB123', otherRow: 2 }, fix: 'AB123' }]
 * ```
 */
export function batchNearDuplicates(groups: readonly RegisterGroup[]): Issue[] {
  if (groups.length < 2) return [];
  const sets = new Map<string, number[]>();
  groups.forEach((group, g) => {
    const folded = foldedBatchKey(group.batch);
    const set = sets.get(folded);
    if (set === undefined) sets.set(folded, [g]);
    else set.push(g);
  });
  const issues: Issue[] = [];
  const severity = ISSUE_SEVERITY.register_near_duplicate;
  for (const set of sets.values()) {
    if (set.length < 2) continue;
    let kept = set[0] as number;
    for (const g of set) {
      if ((groups[g] as RegisterGroup).rows.length > (groups[kept] as RegisterGroup).rows.length) kept = g;
    }
    const target = groups[kept] as RegisterGroup;
    for (const g of set) {
      if (g === kept) continue;
      const group = groups[g] as RegisterGroup;
      const fields = FREE_TEXT_FIELDS.filter(
        (field) => (group.batch[field] ?? '') !== (target.batch[field] ?? ''),
      );
      for (const row of group.rows) {
        for (const field of fields) {
          const value = String(group.batch[field] ?? '');
          const other = String(target.batch[field] ?? '');
          issues.push({
            code: 'register_near_duplicate',
            row,
            column: field,
            severity,
            params: { value, other, otherRow: target.rows[0] ?? 0 },
            fix: other,
          });
        }
      }
    }
  }
  return issues;
}

/**
 * What the near-duplicate fix writes into a cell as it is now (SPEC "Nothing is lost": a fix is
 * re-checked on the cell before it is written): the kept spelling (`issue.fix`) while the cell's
 * text is still a variant of it (equal once folded, {@link foldFreeText}) and not already it; null
 * when the cell was changed into something else since the check, or needs nothing.
 *
 * @example
 * ```ts
 * unifiedSpelling('ab123', { code: 'register_near_duplicate', fix: 'AB123', ... }); // 'AB123'
 * unifiedSpelling('XY999', { code: 'register_near_duplicate', fix: 'AB123', ... }); // null
 * ```
 */
export function unifiedSpelling(cellText: string, issue: Issue): string | null {
  if (issue.code !== 'register_near_duplicate' || issue.fix === undefined) return null;
  const kept = issue.fix;
  if (cellText === kept) return null;
  // A kept blank field: the variant only holds spaces or punctuation, so the cell becomes blank.
  return foldFreeText(cellText) === foldFreeText(kept) ? kept : null;
}

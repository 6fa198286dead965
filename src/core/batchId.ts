import { toNfc } from './textChecks';
import { BATCH_FIELDS, type BatchMetadata } from './types';

/*
 * Batch ids (`B001`, `B002`, ...) and the key that identifies a batch by its fields. SPEC "A day's
 * register": "Each group is a batch ... Same key, same batch id, every time."
 */

/** Batch ids the add-in gives: `B` and at least three digits. */
const BATCH_ID = /^B(\d+)$/iu;

/**
 * The next batch id: one more than the highest `B<number>` among `existing` (batch table and
 * export log, so an id is never reused even after its batch row was deleted), at least 3 digits.
 *
 * @example
 * ```ts
 * nextBatchId([]); // 'B001'
 * nextBatchId(['B001', 'b007', 'X12']); // 'B008'
 * nextBatchId(['B999']); // 'B1000'
 * ```
 */
export function nextBatchId(existing: Iterable<string>): string {
  let max = 0;
  for (const id of existing) {
    const match = BATCH_ID.exec(id.trim());
    const n = match?.[1] === undefined ? NaN : Number(match[1]);
    if (Number.isSafeInteger(n) && n > max) max = n;
  }
  return `B${String(max + 1).padStart(3, '0')}`;
}

/**
 * The key of a batch: every batch field of the parsed (normalised) metadata, in
 * {@link BATCH_FIELDS} order, blank optional fields as null. Two batches have the same key
 * exactly when all their fields are equal: the manual's rule for what goes into one file ("Per
 * registratie waarvoor ... alle velden hetzelfde zijn").
 *
 * @example
 * ```ts
 * batchKey({ toedienerInsz: '85073003328', gratisVoorraad: 'Ja', datumToediening: '2026-11-28',
 *   immunisatieproduct: 'Vaxigrip Tetra', dosis: 0.5 });
 * // '["85073003328",null,"Ja","2026-11-28","Vaxigrip Tetra",0.5,null,null,null,null,null,null]'
 * ```
 */
export function batchKey(batch: BatchMetadata): string {
  return JSON.stringify(BATCH_FIELDS.map((field) => batch[field] ?? null));
}

/**
 * A batch already on the Batches table: its id, the sheet its rows are on, its parsed fields.
 *
 * @example
 * ```ts
 * const known: KnownBatch = { batchId: 'B004', sheetName: 'Dagregister 28-11', batch };
 * ```
 */
export interface KnownBatch {
  batchId: string;
  sheetName: string;
  batch: BatchMetadata;
}

/**
 * What {@link assignBatchIds} decided: one id per group, in group order.
 *
 * @example
 * ```ts
 * const { ids, isNew, unused } = assignBatchIds(groups, { sheetName, known, takenIds });
 * ```
 */
export interface BatchIdAssignment {
  /** The batch id of each group, in the order of the groups passed in. */
  ids: string[];
  /** True for a group that no known batch of this sheet has yet (its Batches row is to be written). */
  isNew: boolean[];
  /**
   * Known batches of this sheet whose key no group has any more (a corrected product moved their
   * rows elsewhere): their Batches rows describe rows that are no longer there. Sorted as known.
   */
  unused: string[];
}

/** Excel compares sheet names without regard to case (as src/excel/sheetNames.ts sheetNameKey). */
const sheetKey = (name: string): string => toNfc(name.trim()).toUpperCase();

/**
 * Gives each group of a register sheet its batch id: the id of the known batch of the same sheet
 * with the same {@link batchKey} (the first such row when the table holds several), else a new id
 * after every id in `takenIds` and every id given before it in this call ({@link nextBatchId}).
 * Deterministic: the same groups, known batches and taken ids give the same ids, so grouping again
 * gives the same ids to the same keys.
 *
 * @example
 * ```ts
 * assignBatchIds([{ key: k1 }, { key: k2 }], {
 *   sheetName: 'Dagregister',
 *   known: [{ batchId: 'B002', sheetName: 'dagregister', batch: b2 }], // batchKey(b2) === k2
 *   takenIds: ['B001', 'B002'],
 * });
 * // { ids: ['B003', 'B002'], isNew: [true, false], unused: [] }
 * ```
 */
export function assignBatchIds(
  groups: readonly { key: string }[],
  options: { sheetName: string; known: readonly KnownBatch[]; takenIds: Iterable<string> },
): BatchIdAssignment {
  const own = sheetKey(options.sheetName);
  const byKey = new Map<string, string>();
  for (const known of options.known) {
    if (sheetKey(known.sheetName) !== own) continue;
    const key = batchKey(known.batch);
    if (!byKey.has(key)) byKey.set(key, known.batchId);
  }
  const taken = [...options.takenIds, ...options.known.map((known) => known.batchId)];
  const ids: string[] = [];
  const isNew: boolean[] = [];
  const used = new Set<string>();
  for (const group of groups) {
    const existing = byKey.get(group.key);
    if (existing !== undefined) {
      ids.push(existing);
      isNew.push(false);
      used.add(existing);
    } else {
      const id = nextBatchId(taken);
      taken.push(id);
      ids.push(id);
      isNew.push(true);
    }
  }
  const unused = [...new Set(byKey.values())].filter((id) => !used.has(id));
  return { ids, isNew, unused };
}

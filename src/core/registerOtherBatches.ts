/**
 * A day's register seen from another sheet (SPEC "A day's register": each group is a batch, also
 * for "duplicates across batches"; SPEC duplicate_across_batches: "same person in another batch
 * with the same product and date"). A batch sheet, or another register, compares its rows with
 * each group of this register exactly as with a batch made with the form: the group's rows, its
 * normalised batch fields, its batch id.
 */
import { assignBatchIds, type KnownBatch } from './batchId';
import { groupRegister, type RegisterGrouping, type RegisterRow } from './grouping';
import type { BatchLists, OtherBatch } from './types';

/**
 * The groups of a grouped register as {@link OtherBatch}es, in group order: each group's rows
 * (sheet order), batch fields and batch id. `ids[g]` is group g's id; a group whose id is `''`
 * keeps `''` (the message then says "another batch" and names the sheet).
 *
 * @example
 * ```ts
 * const grouping = groupRegister(rows, { today, lists });
 * registerGroupsAsBatches(rows, grouping, ['B004', 'B005'], 'Dagregister 28-11-2026');
 * // [{ batchId: 'B004', sheetName: 'Dagregister 28-11-2026', batch, rows: [row2, row3] }, ...]
 * ```
 */
export function registerGroupsAsBatches(
  rows: readonly RegisterRow[],
  grouping: RegisterGrouping,
  ids: readonly string[],
  sheetName: string,
): OtherBatch[] {
  return grouping.groups.map((group, g) => ({
    batchId: ids[g] ?? '',
    sheetName,
    batch: group.batch,
    rows: group.indices.map((i) => rows[i] as RegisterRow),
  }));
}

/** The input of {@link registerOtherBatches}. */
export interface RegisterOtherBatchesInput {
  /** The other register's rows as read. */
  rows: readonly RegisterRow[];
  /** The other register's sheet name. */
  sheetName: string;
  /** "Today" for the batch-field date rules (core never reads the clock). */
  today: Date;
  lists: BatchLists;
  /** The batches on the Batches table (all sheets): a group of this sheet with a row there keeps its id. */
  knownBatches: readonly KnownBatch[];
}

/**
 * Another register's groups as the other batches of duplicate_across_batches: grouped by
 * {@link groupRegister} (rows blocked by their batch fields belong to no batch, as a batch sheet's
 * rows belong to no batch while its batch fields are invalid), each group with the id its Batches
 * row gives it (same sheet and key: {@link assignBatchIds}). A group without a Batches row yet
 * (never exported) has no batch id: `''`, so no made-up id is shown to the user. Pure.
 *
 * The caller passes the result with the other sheets' batches to validateRegistrations or
 * planExport / planRegisterExport; those compare only batches with the same product and date.
 *
 * @example
 * ```ts
 * const others = registerOtherBatches({ rows, sheetName: 'Dagregister 27-11-2026', today, lists, knownBatches });
 * others.map((o) => [o.batchId, o.rows.length]); // [['B004', 40], ['', 3]]
 * ```
 */
export function registerOtherBatches(input: RegisterOtherBatchesInput): OtherBatch[] {
  const grouping = groupRegister(input.rows, { today: input.today, lists: input.lists });
  const assignment = assignBatchIds(grouping.groups, {
    sheetName: input.sheetName,
    known: input.knownBatches,
    takenIds: [],
  });
  const ids = assignment.ids.map((id, g) => (assignment.isNew[g] === true ? '' : id));
  return registerGroupsAsBatches(input.rows, grouping, ids, input.sheetName);
}

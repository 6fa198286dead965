import {
  type BatchLists,
  type BatchMetadata,
  type KnownBatch,
  type OtherBatch,
  registerOtherBatches,
  sameProductAndDate,
} from '../core';
import type { BatchRecord } from './batchRecords';
import { readRegister } from './readRegister';
import { readRegistrationSheet } from './readRegistrationSheet';
import type { BlockReadOptions } from './readRowBlocks';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from './registerMapping';
import { findRegisterSheets, listRegisterMapping } from './registerSheets';
import { sheetNameKey } from './sheetNames';

/*
 * "The other batches" of duplicate_across_batches (SPEC: "same person in another batch with the
 * same product and date"; SPEC "A day's register": each group is a batch, duplicates across
 * batches included), read from the workbook for a batch sheet or a register being checked or
 * exported:
 * - every day register of the workbook (the add-in's layout in row 1, or a practice's list whose
 *   mapping the user confirmed): its rows are grouped by core and each group is a batch, exported
 *   or not yet (a register's groups exist before their Batches rows are written by the export);
 * - every other batch of the Batches table with the same product and date whose sheet is a
 *   registration sheet (or a practice's list exported as a register earlier: read as a register by
 *   the mapping its titles propose).
 * The sheet being checked is never among them: a register's own groups are compared with each
 * other by core (planRegisterExport).
 */

/** What {@link readOtherBatches} needs to know. */
export interface OtherBatchesInput {
  /** The sheet being checked or exported: never one of its own "other" batches. */
  readonly sheetName: string;
  /** The batch fields of what is checked (a batch, or each group of a register): only batches with the same product and date are read. */
  readonly checked: readonly BatchMetadata[];
  /** The batch ids of what is checked (left out). */
  readonly checkedIds: readonly string[];
  /** The Batches table (readBatches / batchesFromSnapshot). */
  readonly batches: readonly BatchRecord[];
  readonly lists: BatchLists;
  readonly today: Date;
  /** The workbook's sheets (probeWorkbook). */
  readonly sheetNames: readonly string[];
  /** A practice's own list confirmed as a register in this session: its mapping (else undefined). */
  readonly confirmedMapping?: (sheetName: string) => RegisterMapping | undefined;
  readonly read?: BlockReadOptions;
}

export type OtherBatchesResult = { ok: true; value: OtherBatch[] } | { ok: false; reason: 'cancelled' };

/**
 * Reads the other batches of duplicate_across_batches in the caller's Excel.run (see the module
 * comment): the registers' groups and the registration sheets of batches with the same product
 * and date as one of `checked`. A sheet that is gone or unreadable is left out (nothing to compare
 * with); a cancel is returned. Every sheet is read once, however many batches it holds.
 *
 * @example
 * ```ts
 * const others = await readOtherBatches(context, { sheetName, checked: [batch], checkedIds: ['B003'], batches, lists, today, sheetNames });
 * if (others.ok) validateRegistrations({ rows, batch, otherBatches: others.value, today, settings });
 * ```
 */
export async function readOtherBatches(
  context: Excel.RequestContext,
  input: OtherBatchesInput,
): Promise<OtherBatchesResult> {
  const own = sheetNameKey(input.sheetName);
  const skip = new Set(input.checkedIds);
  const wanted = (batch: BatchMetadata): boolean =>
    input.checked.some((checked) => sameProductAndDate(checked, batch));
  if (input.checked.length === 0) return { ok: true, value: [] };

  const others = input.sheetNames.filter((name) => sheetNameKey(name) !== own);
  const byLayout = new Set((await findRegisterSheets(context, others)).map(sheetNameKey));
  const registers: { name: string; mapping: RegisterMapping }[] = [];
  for (const name of others) {
    const confirmed = input.confirmedMapping?.(name);
    if (byLayout.has(sheetNameKey(name))) registers.push({ name, mapping: REGISTER_SHEET_MAPPING });
    else if (confirmed !== undefined) registers.push({ name, mapping: confirmed });
  }
  // The sheets of the other batches with the same product and date that are no register found
  // above: a registration sheet, or a practice's list exported as a register in an earlier session
  // (its titles name batch columns): read by the mapping proposed from its titles, since these rows
  // are only compared, never exported from here.
  const batchSheets: BatchRecord[] = [];
  const seen = new Set(registers.map((register) => sheetNameKey(register.name)));
  for (const batch of input.batches) {
    const key = sheetNameKey(batch.sheetName);
    if (skip.has(batch.batchId) || !batch.sheetExists || !batch.metadata.ok) continue;
    if (key === own || seen.has(key) || !wanted(batch.metadata.value)) continue;
    seen.add(key);
    const list = await listRegisterMapping(context, batch.sheetName);
    if (list !== null) registers.push({ name: batch.sheetName, mapping: list });
    else batchSheets.push(batch);
  }
  const known: KnownBatch[] = input.batches.flatMap((batch) =>
    batch.metadata.ok
      ? [{ batchId: batch.batchId, sheetName: batch.sheetName, batch: batch.metadata.value }]
      : [],
  );

  const result: OtherBatch[] = [];
  for (const register of registers) {
    // One sheet after the other: each read already groups its rows into ~4 MB syncs (readSheet).
    const read = await readRegister(context, register.name, register.mapping, input.read ?? {});
    if (!read.ok) {
      if (read.reason === 'cancelled') return { ok: false, reason: 'cancelled' };
      continue;
    }
    const groups = registerOtherBatches({
      rows: read.value.rows,
      sheetName: read.value.sheetName,
      today: input.today,
      lists: input.lists,
      knownBatches: known,
    });
    result.push(...groups.filter((group) => !skip.has(group.batchId) && wanted(group.batch)));
  }
  for (const batch of batchSheets) {
    if (!batch.metadata.ok) continue;
    const read = await readRegistrationSheet(context, batch.sheetName, input.read ?? {});
    if (!read.ok) {
      if (read.reason === 'cancelled') return { ok: false, reason: 'cancelled' };
      continue;
    }
    result.push({
      batchId: batch.batchId,
      sheetName: batch.sheetName,
      batch: batch.metadata.value,
      rows: read.value.rows,
    });
  }
  return { ok: true, value: result };
}

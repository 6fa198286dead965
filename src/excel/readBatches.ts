import { type BatchLists, DEFAULT_LISTS } from '../core';
import { type BatchRecord, batchesFromSnapshot } from './batchRecords';
import { BATCHES_TABLE } from './batchTable';
import { isBlankCell } from './cellValue';
import { LIST_DEFINITIONS } from './dropDownLists';
import { queueReadTable, type TableSnapshot } from './tableSnapshot';
import { hasTable, probeWorkbook, type WorkbookProbe } from './workbookProbe';

/*
 * Reading the batch table and the drop-down lists from the workbook (nothing written).
 */

/** The lists as the user edited them: non-blank items, trimmed; the default for a missing table. */
export function listsFromSnapshots(snapshots: ReadonlyMap<string, TableSnapshot>): BatchLists {
  const lists: Record<keyof BatchLists, readonly string[]> = { ...DEFAULT_LISTS };
  for (const list of LIST_DEFINITIONS) {
    const snapshot = snapshots.get(list.tableName);
    if (snapshot === undefined) continue;
    lists[list.key] = snapshot.rows
      .map((row) => row[0])
      .filter((value) => !isBlankCell(value))
      .map((value) => String(value).trim());
  }
  return lists;
}

/** What {@link readBatches} returns. */
export interface BatchesState {
  /** False when the batch table does not exist (the workbook was never set up). */
  readonly setUp: boolean;
  readonly batches: readonly BatchRecord[];
  /** The drop-down lists as on the lists sheet (defaults for a list whose table is missing). */
  readonly lists: BatchLists;
  readonly sheetNames: readonly string[];
}

/** Queues the reads of the batch table and the list tables that exist. */
export function queueReadBatchTables(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
): { batches: (() => TableSnapshot) | null; lists: () => Map<string, TableSnapshot> } {
  const batches = hasTable(probe, BATCHES_TABLE) ? queueReadTable(context, BATCHES_TABLE) : null;
  const lists = LIST_DEFINITIONS.filter((list) => hasTable(probe, list.tableName)).map((list) =>
    queueReadTable(context, list.tableName),
  );
  return {
    batches,
    lists: () => new Map(lists.map((read) => read()).map((snapshot) => [snapshot.tableName, snapshot])),
  };
}

/**
 * Reads the batch table with every batch's fields parsed by core (two syncs, nothing written).
 * `today` is passed in: the clock is read by the caller.
 *
 * @example
 * ```ts
 * const state = await Excel.run((context) => readBatches(context, { today: new Date() }));
 * state.batches.map((batch) => batch.batchId); // ['B001', 'B002']
 * ```
 */
export async function readBatches(
  context: Excel.RequestContext,
  options: { today: Date },
): Promise<BatchesState> {
  const probe = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, probe);
  await context.sync();
  const lists = listsFromSnapshots(reads.lists());
  if (reads.batches === null) return { setUp: false, batches: [], lists, sheetNames: probe.sheetNames };
  const batches = batchesFromSnapshot(reads.batches(), {
    today: options.today,
    lists,
    sheetNames: probe.sheetNames,
  });
  return { setUp: true, batches, lists, sheetNames: probe.sheetNames };
}

/** {@link readBatches} in its own `Excel.run`. */
export function runReadBatches(options: { today: Date }): Promise<BatchesState> {
  return Excel.run((context) => readBatches(context, options));
}

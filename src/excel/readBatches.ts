import { type BatchLists, DEFAULT_LISTS } from '../core';
import { type BatchRecord, batchesFromSnapshot } from './batchRecords';
import { BATCHES_TABLE, BATCH_COLUMNS } from './batchTable';
import { isBlankCell } from './cellValue';
import { LIST_DEFINITIONS } from './dropDownLists';
import {
  type SheetLinkStore,
  linkKey,
  linksChanged,
  queueReadSheetLinks,
  queueWriteSheetLinks,
} from './sheetLinks';
import { queueUpdateRecord } from './tableRecordWrites';
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
): {
  batches: (() => TableSnapshot) | null;
  lists: () => Map<string, TableSnapshot>;
  /** Each batch's recorded worksheet id (sheetLinks.ts). */
  links: () => SheetLinkStore;
} {
  const batches = hasTable(probe, BATCHES_TABLE) ? queueReadTable(context, BATCHES_TABLE) : null;
  const lists = LIST_DEFINITIONS.filter((list) => hasTable(probe, list.tableName)).map((list) =>
    queueReadTable(context, list.tableName),
  );
  return {
    batches,
    lists: () => new Map(lists.map((read) => read()).map((snapshot) => [snapshot.tableName, snapshot])),
    links: queueReadSheetLinks(context, probe.sheetNames),
  };
}

/** The worksheet id each found batch sheet has now, by batch (for the link store). */
export function currentLinks(batches: readonly BatchRecord[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const batch of batches) if (batch.sheetId !== null) links.set(linkKey(batch.batchId), batch.sheetId);
  return links;
}

/**
 * Queues what keeps the records of the batches' sheets truthful (docs/decisions/0009-sheets-by-id.md):
 * the current name into "Registratieblad" of a batch whose sheet the user renamed (found by its
 * worksheet id), and the current worksheet id of every found sheet into the link store. Returns
 * false when nothing needed writing.
 */
export function queueSheetRecordRepairs(
  context: Excel.RequestContext,
  snapshot: TableSnapshot,
  batches: readonly BatchRecord[],
  store: SheetLinkStore,
  /** Links of batches not in the snapshot yet (a register's new groups). */
  extraLinks: ReadonlyMap<string, string> = new Map(),
): boolean {
  const renamed = batches.filter((batch) => batch.sheetMatch === 'renamed');
  for (const batch of renamed)
    queueUpdateRecord(context, snapshot, batch.bodyRow, BATCH_COLUMNS, { sheetName: batch.sheetName });
  const links = new Map([...currentLinks(batches), ...extraLinks]);
  const relink = !store.taken && linksChanged(store, links);
  if (relink) queueWriteSheetLinks(context, store, links);
  return renamed.length > 0 || relink;
}

/**
 * Reads the batch table with every batch's fields parsed by core and its sheet found by name or
 * worksheet id (two syncs). Writes only to keep the sheet records truthful after the user renamed
 * a batch's sheet ({@link queueSheetRecordRepairs}: a third sync, then).
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
  const snapshot = reads.batches();
  const store = reads.links();
  const batches = batchesFromSnapshot(snapshot, {
    today: options.today,
    lists,
    sheetNames: probe.sheetNames,
    sheets: probe.sheets,
    links: store.links,
  });
  if (queueSheetRecordRepairs(context, snapshot, batches, store)) {
    try {
      await context.sync();
    } catch (error) {
      // A protected Batches sheet, say: the batches were found all the same; the records are
      // written at a later read. Kept for support, never shown as a failure of the reading.
      console.warn('readBatches: could not update the records of renamed sheets', error);
    }
  }
  return { setUp: true, batches, lists, sheetNames: probe.sheetNames };
}

/** {@link readBatches} in its own `Excel.run`. */
export function runReadBatches(options: { today: Date }): Promise<BatchesState> {
  return Excel.run((context) => readBatches(context, options));
}

import { type UploadOverview, uploadBatchKey, uploadOverview } from '../core';
import type { RegisterMapping } from './registerMapping';
import { type RemadeBatch, type RemakeOptions, registerContext, remakeBatch, verdictOf } from './remakeBatch';
import { readUploadTables, uploadBatchRowOf } from './readUploadTables';
import { logRowsOf } from './uploadLogRows';

/*
 * What the upload checklist ("Opladen", issue #15) reads: the batch table, the export log and every
 * batch's registration sheet (or day register, whose groups are batches: issue #9), re-made into files by core (remakeExport) so core can tell whether
 * the sheet still gives the bytes the log recorded. Nothing is written here (see markUploaded.ts).
 */

/** The checklist with, per batch key, what its sheet makes now. */
export interface UploadChecklist {
  readonly setUp: boolean;
  readonly overview: UploadOverview;
  readonly remade: ReadonlyMap<string, RemadeBatch>;
}

/**
 * Reads everything the checklist needs in one `Excel.run`: the two tables, then every batch's
 * sheet (one after the other; each read groups its rows into ~4 MB syncs), and derives the
 * overview in core. Null when cancelled.
 *
 * @example
 * ```ts
 * const list = await Excel.run((context) => readUploadChecklist(context, { today: new Date(), settings }));
 * list?.overview.counts; // { batchesLeft: 4, filesLeft: 7, ... }
 * ```
 */
export async function readUploadChecklist(
  context: Excel.RequestContext,
  options: Omit<RemakeOptions, 'registers'> & {
    /** A practice's list confirmed as a register in this session (pane memory). */
    readonly confirmedMapping?: (sheetName: string) => RegisterMapping | undefined;
  },
): Promise<UploadChecklist | null> {
  const tables = await readUploadTables(context, options);
  // A day register's groups are batches (issue #9): each re-made from its own rows; the register
  // is read and grouped once for all its groups.
  const remakeOptions: RemakeOptions = {
    ...options,
    registers: registerContext(tables.batches, tables.lists, options.confirmedMapping),
  };
  const remade = new Map<string, RemadeBatch>();
  for (const record of tables.batches) {
    const key = uploadBatchKey(record.batchId);
    if (remade.has(key)) continue;
    const result = await remakeBatch(context, record, logRowsOf(tables.log, record.batchId), remakeOptions);
    if (result.kind === 'cancelled') return null;
    remade.set(key, result);
  }
  const verdicts = new Map([...remade].map(([key, result]) => [key, verdictOf(result)]));
  return {
    setUp: tables.setUp,
    overview: uploadOverview({
      batches: tables.batches.map((record) => uploadBatchRowOf(record, tables.evidence)),
      log: tables.log,
      verdicts,
    }),
    remade,
  };
}

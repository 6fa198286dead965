import {
  type ExportPlan,
  type ExportSettings,
  type SheetVerdict,
  type UploadLogRow,
  remakeExport,
} from '../core';
import { type BatchRecord } from './batchRecords';
import type { BlockReadOptions } from './readRowBlocks';
import { readRegistrationSheet } from './readRegistrationSheet';

/*
 * Re-making a batch's files from its registration sheet (issue #15): core remakeExport tells
 * whether the sheet still gives the bytes the log recorded. The one place that re-makes a batch's
 * files; nothing is written.
 */

/** A batch's files as its sheet makes them now. */
export type RemadeBatch =
  /** `matches`: the files are the logged bytes (SHA-256 equal, part by part). */
  | { readonly kind: 'remade'; readonly plan: ExportPlan; readonly matches: boolean }
  | { readonly kind: 'sheet_missing' }
  /** The batch fields do not parse, or the sheet's header is not the five titles. */
  | { readonly kind: 'sheet_unreadable' };

/** The core verdict of a re-made batch. */
export function verdictOf(remade: RemadeBatch): SheetVerdict {
  return remade.kind === 'remade' ? { kind: 'remade', files: remade.plan.files } : remade;
}

export interface RemakeOptions extends BlockReadOptions {
  readonly today: Date;
  readonly settings: ExportSettings;
}

/**
 * Reads a batch's registration sheet and re-makes its files as its last logged export made them
 * (core remakeExport); `cancelled` when the read was cancelled through `options.signal`.
 *
 * @example
 * ```ts
 * const remade = await remakeBatch(context, record, logRowsOfBatch, { today: new Date(), settings });
 * if (remade.kind === 'remade' && remade.matches) offer(remade.plan.files);
 * ```
 */
export async function remakeBatch(
  context: Excel.RequestContext,
  record: BatchRecord,
  logged: readonly UploadLogRow[],
  options: RemakeOptions,
): Promise<RemadeBatch | { readonly kind: 'cancelled' }> {
  if (!record.sheetExists) return { kind: 'sheet_missing' };
  if (!record.metadata.ok) return { kind: 'sheet_unreadable' };
  const read = await readRegistrationSheet(context, record.sheetName, options);
  if (!read.ok) return read.reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'sheet_missing' };
  if (read.value.headerIssues.length > 0) return { kind: 'sheet_unreadable' };
  const { plan, matches } = remakeExport({
    rows: read.value.rows,
    batch: record.metadata.value,
    batchId: record.batchId,
    today: options.today,
    settings: options.settings,
    logged,
  });
  return { kind: 'remade', plan, matches };
}

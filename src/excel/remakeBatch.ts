import {
  type BatchLists,
  type ExportPlan,
  type ExportSettings,
  type OtherBatch,
  type RegistrationRow,
  type SheetVerdict,
  type UploadLogRow,
  registerOtherBatches,
  remakeExport,
  uploadBatchKey,
} from '../core';
import { type BatchRecord } from './batchRecords';
import { readRegister } from './readRegister';
import type { BlockReadOptions } from './readRowBlocks';
import { readRegistrationSheet } from './readRegistrationSheet';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from './registerMapping';
import { findRegisterSheets, listRegisterMapping } from './registerSheets';
import { sheetNameKey } from './sheetNames';

/*
 * Re-making a batch's files from its registration sheet (issue #15): core remakeExport tells
 * whether the sheet still gives the bytes the log recorded. The one place that re-makes a batch's
 * files; nothing is written.
 *
 * A day register's group is a batch (issue #9): its rows are the rows core groups under its batch
 * id now (registerOtherBatches: same sheet and key, same id), so a group re-makes exactly what its
 * export made while its rows are unchanged; a row added, corrected into or out of the group gives
 * other bytes, and a group no row has any more gives no file.
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
  /**
   * To re-make a day register's groups: every batch of the Batches table (for the groups' ids),
   * the lists (for the grouping), and a register confirmed in this session (pane memory). Without
   * it every batch's sheet is read as a registration sheet.
   */
  readonly registers?: RegisterContext;
}

/** What re-making a register's groups needs; `groups` caches each register's groups by sheet. */
export interface RegisterContext {
  readonly batches: readonly BatchRecord[];
  readonly lists: BatchLists;
  readonly confirmedMapping?: (sheetName: string) => RegisterMapping | undefined;
  readonly groups: Map<string, readonly OtherBatch[] | 'registration_sheet' | 'unreadable'>;
}

/** A fresh {@link RegisterContext} (one per checklist read: the cache lives as long as that read). */
export function registerContext(
  batches: readonly BatchRecord[],
  lists: BatchLists,
  confirmedMapping?: (sheetName: string) => RegisterMapping | undefined,
): RegisterContext {
  return {
    batches,
    lists,
    ...(confirmedMapping === undefined ? {} : { confirmedMapping }),
    groups: new Map(),
  };
}

/** The groups of the register on `sheetName`, 'registration_sheet' when it is none (cached). */
async function registerGroups(
  context: Excel.RequestContext,
  sheetName: string,
  registers: RegisterContext,
  options: RemakeOptions,
): Promise<readonly OtherBatch[] | 'registration_sheet' | 'unreadable' | 'cancelled'> {
  const key = sheetNameKey(sheetName);
  const cached = registers.groups.get(key);
  if (cached !== undefined) return cached;
  const mapping =
    (await findRegisterSheets(context, [sheetName])).length > 0
      ? REGISTER_SHEET_MAPPING
      : (registers.confirmedMapping?.(sheetName) ?? (await listRegisterMapping(context, sheetName)));
  if (mapping === null) {
    registers.groups.set(key, 'registration_sheet');
    return 'registration_sheet';
  }
  const read = await readRegister(context, sheetName, mapping, options);
  if (!read.ok) {
    if (read.reason === 'cancelled') return 'cancelled';
    registers.groups.set(key, 'unreadable');
    return 'unreadable';
  }
  const groups = registerOtherBatches({
    rows: read.value.rows,
    sheetName: read.value.sheetName,
    today: options.today,
    lists: registers.lists,
    knownBatches: registers.batches.flatMap((batch) =>
      batch.metadata.ok
        ? [{ batchId: batch.batchId, sheetName: batch.sheetName, batch: batch.metadata.value }]
        : [],
    ),
  });
  registers.groups.set(key, groups);
  return groups;
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
  let rows: readonly RegistrationRow[] | null = null;
  if (options.registers !== undefined) {
    const groups = await registerGroups(context, record.sheetName, options.registers, options);
    if (groups === 'cancelled') return { kind: 'cancelled' };
    if (groups === 'unreadable') return { kind: 'sheet_unreadable' };
    if (groups !== 'registration_sheet') {
      const own = uploadBatchKey(record.batchId);
      rows = groups.find((group) => uploadBatchKey(group.batchId) === own)?.rows ?? [];
    }
  }
  if (rows === null) {
    const read = await readRegistrationSheet(context, record.sheetName, options);
    if (!read.ok) return read.reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'sheet_missing' };
    if (read.value.headerIssues.length > 0) return { kind: 'sheet_unreadable' };
    rows = read.value.rows;
  }
  const { plan, matches } = remakeExport({
    rows,
    batch: record.metadata.value,
    batchId: record.batchId,
    today: options.today,
    settings: options.settings,
    logged,
  });
  return { kind: 'remade', plan, matches };
}

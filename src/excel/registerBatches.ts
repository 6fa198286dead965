import {
  type ExportSettings,
  type Issue,
  type KnownBatch,
  type RegisterExportPlan,
  groupRegister,
  planRegisterExport,
} from '../core';
import { type BatchRecord, batchIdOf, batchesFromSnapshot } from './batchRecords';
import { type SheetCopyOf, copyOfBatchSheet } from './sheetCopyOf';
import { listsFromSnapshots, queueReadBatchTables, queueSheetRecordRepairs } from './readBatches';
import { linkKey, linksChanged, queueWriteSheetLinks } from './sheetLinks';
import { queueAppendRecords } from './tableRecordWrites';
import { cellOf, columnPositions, queueReadTable } from './tableSnapshot';
import { batchRecord } from './createBatch';
import { BATCHES_TABLE, BATCH_COLUMNS } from './batchTable';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_TABLE, type ExportLogColumnKey } from './exportLogTable';
import { sheetNameKey } from './sheetNames';
import { type ReadRegisterResult, readRegister } from './readRegister';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from './registerMapping';
import { readOtherBatches } from './registerOtherBatches';
import { queueSetupWorkbook } from './setupWorkbook';
import { hasTable, probeWorkbook } from './workbookProbe';

/*
 * A register's groups as batches on the Batches table (SPEC "A day's register": "Each group is a
 * batch (id, Batches row, log, uploaded guard, duplicates across batches). Same key, same batch id,
 * every time."). A group's Batches row names the register sheet in Registratieblad and holds the
 * group's normalised batch fields, which are its key (core batchKey): no separate key column, so
 * the row reads as any batch made with the form. A group whose sheet and key already have a row
 * keeps that row's id and nothing is written; a new group gets the next free id (batch table and
 * export log) and its row is appended once.
 */

/** A register that is a copy of another register (see {@link registerCopyOf}). */
export interface RegisterCopyOf extends SheetCopyOf {
  /** Rows of the copy that are also in the original's groups (duplicate_across_batches with them). */
  readonly sameRows: number;
}

/**
 * Whether the register `sheetName` is a copy of another register (pure): named as Excel names a
 * copy of it (sheetCopyOf.ts), and either sharing rows with it (the original exists: its groups'
 * duplicate_across_batches) or, the original deleted, some of its groups exported. A register the
 * add-in made on the same day is also called `<name> (2)` (createRegister, uniqueSheetName), so the
 * name alone is no proof while the original can be compared.
 */
export function registerCopyOf(
  sheetName: string,
  batches: readonly BatchRecord[],
  issues: readonly Issue[],
): RegisterCopyOf | null {
  const copy = copyOfBatchSheet(sheetName, batches);
  if (copy === null) return null;
  const original = new Set(copy.batchIds);
  const rows = new Set(
    issues
      .filter(
        (issue) =>
          issue.code === 'duplicate_across_batches' && original.has(String(issue.params['batchId'] ?? '')),
      )
      .map((issue) => issue.row),
  );
  const evidence = copy.originalExists ? rows.size > 0 : copy.exportedBatchIds.length > 0;
  return evidence ? { ...copy, sameRows: rows.size } : null;
}

export interface GroupRegisterInput {
  readonly sheetName: string;
  readonly mapping?: RegisterMapping;
  readonly today: Date;
  readonly settings: ExportSettings;
  /** Append a Batches row for each new group (default true); false only plans. */
  readonly writeBatches?: boolean;
  /**
   * The mapping of a practice's own list confirmed as a register in this session (pane memory),
   * so its groups are compared too (registerOtherBatches.ts); undefined for any other sheet.
   */
  readonly confirmedMapping?: (sheetName: string) => RegisterMapping | undefined;
}

export type GroupRegisterResult =
  | {
      ok: true;
      value: {
        plan: RegisterExportPlan;
        /** Batch ids whose Batches row this call appended. */
        written: string[];
        /** The register as read (rows, extra columns, notes). */
        read: Extract<ReadRegisterResult, { ok: true }>['value'];
        /** The batches of the register sheet whose Batches row says "Opgeladen in Vaccinnet". */
        uploadedBatchIds: string[];
        /**
         * The register is an Excel copy of another register whose groups have Batches rows (its
         * groups get new batch ids, docs/decisions/0009-sheets-by-id.md), so its rows may already
         * have been exported from the original: the pane warns. Null for any other register.
         */
        copyOf: RegisterCopyOf | null;
      };
    }
  | { ok: false; reason: 'sheet_not_found' | 'invalid_mapping' | 'cancelled' };

/**
 * Reads the register and the batch table, plans the register's export with core (groups, ids,
 * files, reconciliation), and appends a Batches row for each new group, all in one Excel.run.
 * Running it again on the same rows finds every group's row and writes nothing.
 *
 * duplicate_across_batches: every group is compared with the other batches with its product and
 * date, as a batch sheet is: the other groups of this register (core), the groups of the other
 * registers and the other batch sheets (readOtherBatches, registerOtherBatches.ts).
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   groupRegisterSheet(context, { sheetName: 'Dagregister 28-11-2026', today: new Date(), settings }),
 * );
 * if (result.ok) result.value.plan.groups.map((g) => g.batchId); // ['B004', 'B005']
 * ```
 */
export async function groupRegisterSheet(
  context: Excel.RequestContext,
  input: GroupRegisterInput,
): Promise<GroupRegisterResult> {
  const read = await readRegister(context, input.sheetName, input.mapping ?? REGISTER_SHEET_MAPPING);
  if (!read.ok) return read;
  const probe = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, probe);
  const readLog = hasTable(probe, EXPORT_LOG_TABLE) ? queueReadTable(context, EXPORT_LOG_TABLE) : null;
  await context.sync();
  const lists = listsFromSnapshots(reads.lists());
  const batchSnapshot = reads.batches?.() ?? null;
  const links = reads.links();
  // The register's groups are found again after the user renamed or moved the register: by its
  // worksheet id (docs/decisions/0009-sheets-by-id.md); a copy is another sheet, with new groups.
  const batches =
    batchSnapshot === null
      ? []
      : batchesFromSnapshot(batchSnapshot, {
          today: input.today,
          lists,
          sheetNames: probe.sheetNames,
          sheets: probe.sheets,
          links: links.links,
        });
  const known: KnownBatch[] = batches.flatMap((batch) =>
    batch.metadata.ok
      ? [{ batchId: batch.batchId, sheetName: batch.sheetName, batch: batch.metadata.value }]
      : [],
  );
  const takenIds = batches.map((batch) => batch.batchId);
  const log = readLog?.();
  if (log !== undefined) {
    const positions = columnPositions<ExportLogColumnKey>(log, EXPORT_LOG_COLUMNS);
    for (const row of log.rows) takenIds.push(batchIdOf(cellOf(row, positions, 'batchId')));
  }
  const sheetName = read.value.sheetName;
  const own = sheetNameKey(sheetName);
  // Grouped first, to read only the other batches with a group's product and date.
  const grouping = groupRegister(read.value.rows, { today: input.today, lists });
  const others = await readOtherBatches(context, {
    sheetName,
    checked: grouping.groups.map((group) => group.batch),
    checkedIds: [],
    batches,
    lists,
    today: input.today,
    sheetNames: probe.sheetNames,
    ...(input.confirmedMapping === undefined ? {} : { confirmedMapping: input.confirmedMapping }),
  });
  if (!others.ok) return others;
  const plan = planRegisterExport({
    grouping,
    rows: read.value.rows,
    sheetName,
    today: input.today,
    settings: input.settings,
    lists,
    knownBatches: known,
    takenIds,
    otherBatches: others.value,
  });
  const uploadedBatchIds = batches
    .filter((batch) => batch.uploaded && sheetNameKey(batch.sheetName) === own)
    .map((batch) => batch.batchId);

  const fresh = plan.groups.filter((group) => group.isNew);
  const written: string[] = [];
  if (input.writeBatches !== false) {
    // Registratieblad of groups whose register was renamed, and every group's worksheet id.
    const registerId = probe.sheets.find((sheet) => sheetNameKey(sheet.name) === own)?.id;
    const freshLinks = new Map(
      registerId === undefined ? [] : fresh.map((group) => [linkKey(group.batchId), registerId]),
    );
    const repaired =
      batchSnapshot === null
        ? linksChanged(links, freshLinks)
        : queueSheetRecordRepairs(context, batchSnapshot, batches, links, freshLinks);
    if (batchSnapshot === null) queueWriteSheetLinks(context, links, freshLinks);
    if (fresh.length > 0) {
      const { report } = await queueSetupWorkbook(context, probe);
      const table = batchSnapshot ?? report.tables[BATCHES_TABLE];
      if (table === undefined)
        throw new Error('groupRegisterSheet: the set-up did not place the batch table');
      queueAppendRecords(
        context,
        table,
        BATCH_COLUMNS,
        fresh.map((group) => batchRecord(group.batchId, sheetName, group.batch)),
      );
    }
    if (fresh.length > 0 || repaired) await context.sync();
    written.push(...fresh.map((group) => group.batchId));
  }
  const copyOf = registerCopyOf(sheetName, batches, plan.issues);
  return { ok: true, value: { plan, written, read: read.value, uploadedBatchIds, copyOf } };
}

/** {@link groupRegisterSheet} in its own `Excel.run` (one user action). */
export function runGroupRegisterSheet(input: GroupRegisterInput): Promise<GroupRegisterResult> {
  return Excel.run((context) => groupRegisterSheet(context, input));
}

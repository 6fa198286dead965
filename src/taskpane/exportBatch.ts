import { type BatchMetadata, type ExportPlan, type ExportSettings, type Issue, planExport } from '../core';
import { readBatches } from '../excel/readBatches';
import { markIssues } from '../excel/marks';
import { readRegistrationSheet } from '../excel/readRegistrationSheet';
import { recordExport } from '../excel/recordExport';
import { type ReexportCheck, checkReexport } from '../excel/reexportCheck';
import { type ReadTools, batchOfSheet, readOtherBatches } from './checkSheet';
import { type PaneError, toPaneError } from './errors';
import { abortError, yieldToEventLoop } from './hooks/useAction';
import { activeSheetName } from '../excel/navigation';
import { oneAtATime } from './oneAction';
import { type RegisterCheckResult, checkRegisterIn, registerMappingOf } from './registerCheck';
import { proposeRegisterMapping } from '../excel/proposeRegisterMapping';
import { listRegisterMapping } from '../excel/registerSheets';
import { confirmedRegister, sameHeader } from './confirmedRegisters';
import type { BatchRecord } from '../excel/batchRecords';
import { type SheetCopyOf, copyOfBatchSheet } from '../excel/sheetCopyOf';

/*
 * The orchestration of "Exporteren" (SPEC "Using it": "One click Exporteren: compliant CSV files
 * for the batch, downloaded, and logged"): read the batch's registration sheet (src/excel), plan
 * the files (core planExport), log them (src/excel recordExport). The clock is read here and
 * passed on. No rule lives here: what blocks a row is core's verdict.
 */

/** A batch ready to export: its sheet read and its files planned. */
export interface PreparedExport {
  readonly sheetName: string;
  readonly batchId: string;
  readonly batch: BatchMetadata;
  readonly plan: ExportPlan;
  /** header_mismatch of A1:E1: the sheet's columns cannot be trusted, nothing is exported. */
  readonly headerIssues: readonly Issue[];
}

export type PrepareOutcome =
  | { kind: 'ready'; prepared: PreparedExport }
  | { kind: 'not_registration'; sheetName: string }
  /**
   * An Excel copy of a batch's registration sheet (docs/decisions/0009-sheets-by-id.md): not that
   * batch's sheet, nothing is exported from it; the pane says whose copy it is and what to do.
   */
  | { kind: 'copy'; sheetName: string; copyOf: SheetCopyOf }
  | { kind: 'batch_invalid'; sheetName: string; batchId: string; issues: readonly Issue[] }
  | { kind: 'not_found'; sheetName: string }
  /** A day's register (issue #9): exported group by group by RegisterExport, from this check. */
  | { kind: 'register'; sheetName: string; check: RegisterCheckResult }
  /**
   * A list with batch columns whose mapping was not confirmed in Controleren, or whose header row
   * changed since (issue #9: the user confirms the mapping; a moved column is never guessed).
   */
  | { kind: 'register_unconfirmed'; sheetName: string; changed: boolean };

async function prepareIn(
  context: Excel.RequestContext,
  sheetName: string,
  settings: ExportSettings,
  tools: ReadTools,
): Promise<PrepareOutcome> {
  // A day's register first: its groups' Batches rows name it, but it is no one batch's sheet.
  const register = await registerMappingOf(context, sheetName);
  if (register !== null) {
    const checked = await checkRegisterIn(context, sheetName, register, { settings, now: () => new Date() });
    return checked.kind === 'checked' ? { kind: 'register', sheetName, check: checked.result } : checked;
  }
  const state = await readBatches(context, { today: new Date() });
  const record = batchOfSheet(state.batches, sheetName);
  // A practice's list exported as a register before: its groups' rows name it, but it is exported
  // as the register it is (with the confirmed mapping), never as its first group's sheet.
  if (record === undefined || (await listRegisterMapping(context, sheetName)) !== null)
    return prepareList(context, sheetName, settings, state.batches);
  if (!record.metadata.ok) {
    return { kind: 'batch_invalid', sheetName, batchId: record.batchId, issues: record.metadata.issues };
  }
  const read = await readRegistrationSheet(context, record.sheetName, {
    signal: tools.signal,
    onProgress: (p) => tools.setProgress({ done: p.rowsRead, total: p.totalRows }),
  });
  if (!read.ok) {
    if (read.reason === 'cancelled') throw abortError();
    return { kind: 'not_found', sheetName };
  }
  const otherBatches = await readOtherBatches(context, state, record.batchId, tools);
  await yieldToEventLoop();
  const plan = planExport({
    rows: read.value.rows,
    batch: record.metadata.value,
    batchId: record.batchId,
    today: new Date(),
    settings,
    otherBatches,
  });
  return {
    kind: 'ready',
    prepared: {
      sheetName: read.value.sheetName,
      batchId: record.batchId,
      batch: record.metadata.value,
      plan,
      headerIssues: read.value.headerIssues,
    },
  };
}

/**
 * A sheet that is no batch's: a practice's own list with batch columns is exported as a register
 * with the mapping the user confirmed in Controleren, while its header row is unchanged.
 */
async function prepareList(
  context: Excel.RequestContext,
  sheetName: string,
  settings: ExportSettings,
  batches: readonly BatchRecord[],
): Promise<PrepareOutcome> {
  const confirmed = confirmedRegister(sheetName);
  if (confirmed !== undefined) {
    const checked = await checkRegisterIn(context, sheetName, confirmed.mapping, {
      settings,
      now: () => new Date(),
    });
    if (checked.kind !== 'checked') return checked;
    if (sameHeader(checked.result.source.header, confirmed.header))
      return { kind: 'register', sheetName, check: checked.result };
    return { kind: 'register_unconfirmed', sheetName, changed: true };
  }
  const list = await proposeRegisterMapping(context, sheetName);
  if (list.ok) return { kind: 'register_unconfirmed', sheetName, changed: false };
  // A copy of a batch's sheet is no batch's sheet: exporting it would export the batch's rows a
  // second time under the same batch (docs/decisions/0009-sheets-by-id.md); the pane says so.
  const copyOf = copyOfBatchSheet(sheetName, batches);
  return copyOf === null ? { kind: 'not_registration', sheetName } : { kind: 'copy', sheetName, copyOf };
}

/** Prepares the export of the batch whose registration sheet is active. */
export function prepareActiveSheet(tools: ReadTools): Promise<PrepareOutcome> {
  return oneAtATime('prepare_export', () =>
    Excel.run(async (context) => prepareIn(context, await activeSheetName(context), tools.settings, tools)),
  );
}

/** True when two plans write the same files from the same rows and block the same rows. */
export function samePlan(a: ExportPlan, b: ExportPlan): boolean {
  const files = (plan: ExportPlan) => plan.files.map((file) => `${file.name}|${file.sha256}`).join(',');
  const blocked = (plan: ExportPlan) => plan.blocked.map((row) => row.row).join(',');
  return files(a) === files(b) && blocked(a) === blocked(b) && a.encoding === b.encoding;
}

/**
 * What became of the sheet marks of the rows an export left out (SPEC "Nothing is lost": after
 * "export the valid rows only" the blocked ones "stay marked as not exported").
 */
export type LeftOutMarks =
  /** No row was left out. */
  | { kind: 'none' }
  | { kind: 'marked'; rows: number }
  /** The export stands (files logged, to download); only the marks are missing. */
  | { kind: 'not_marked'; rows: number; reason: 'sheet_not_found' | 'marks_sheet_taken' }
  | { kind: 'not_marked'; rows: number; reason: 'error'; error: PaneError };

export type ExportOutcome =
  /**
   * Exported and logged: the files to download; whether the batch row records it ("Niet
   * geëxporteerd" included) and the marks of the rows left out.
   */
  | { kind: 'done'; prepared: PreparedExport; batchRowUpdated: boolean; marks: LeftOutMarks }
  /** The batch's files are marked uploaded: ask the user first (SPEC "Nothing is lost"). */
  | { kind: 'confirm'; check: ReexportCheck }
  /** The sheet changed since the preview: show the new plan, export nothing. */
  | { kind: 'changed'; outcome: PrepareOutcome }
  | { kind: 'nothing' };

/**
 * Marks the cells of the rows an export left out with their issues (errors red, warnings yellow:
 * src/excel marks.ts), replacing the sheet's earlier marks: what is left to do on the sheet after
 * the export is these rows. Never throws: the export is done by then, and its files must reach the
 * user whatever happens to the marks.
 */
async function markLeftOut(
  context: Excel.RequestContext,
  sheetName: string,
  blocked: ExportPlan['blocked'],
): Promise<LeftOutMarks> {
  const rows = blocked.length;
  if (rows === 0) return { kind: 'none' };
  try {
    const marked = await markIssues(context, { sheetName, issues: blocked.flatMap((row) => row.issues) });
    return marked.ok ? { kind: 'marked', rows } : { kind: 'not_marked', rows, reason: marked.reason };
  } catch (error) {
    // Shown to the user with the export (see ExportTab), and kept for support.
    console.error(error);
    return { kind: 'not_marked', rows, reason: 'error', error: toPaneError(error) };
  }
}

/**
 * Exports the prepared batch, in one Excel.run: the re-export check (unless `confirmed`), a fresh
 * read and plan of the sheet (what is logged is what is downloaded, and is what the user saw:
 * a different plan stops here), then the log (recordExport, the rows left out included in the
 * batch row's "Niet geëxporteerd"), then the marks on the rows left out. Blocked rows are only
 * left out when `validOnly`; otherwise any blocked row stops the export. Refused
 * (ActionRunningError) while another workbook action runs (oneAction.ts).
 */
export function exportPrepared(
  prepared: PreparedExport,
  options: { validOnly: boolean; confirmed: boolean },
  tools: ReadTools,
): Promise<ExportOutcome> {
  return oneAtATime('export', () => exportIn(prepared, options, tools));
}

function exportIn(
  prepared: PreparedExport,
  options: { validOnly: boolean; confirmed: boolean },
  tools: ReadTools,
): Promise<ExportOutcome> {
  return Excel.run(async (context): Promise<ExportOutcome> => {
    if (!options.confirmed) {
      const check = await checkReexport(context, prepared.batchId);
      if (check.mustConfirm) return { kind: 'confirm', check };
    }
    const fresh = await prepareIn(context, prepared.sheetName, tools.settings, tools);
    if (fresh.kind !== 'ready' || !samePlan(fresh.prepared.plan, prepared.plan)) {
      return { kind: 'changed', outcome: fresh };
    }
    const { plan } = fresh.prepared;
    if (fresh.prepared.headerIssues.length > 0 || (plan.blocked.length > 0 && !options.validOnly)) {
      return { kind: 'changed', outcome: fresh };
    }
    if (plan.files.length === 0) return { kind: 'nothing' };
    const recorded = await recordExport(context, {
      batchId: prepared.batchId,
      sheetName: fresh.prepared.sheetName,
      files: plan.files,
      blockedRows: plan.blocked.map((row) => row.row),
      encoding: plan.encoding,
      time: new Date(),
      confirmReexport: options.confirmed,
    });
    if (!recorded.ok) return { kind: 'confirm', check: recorded.check };
    const marks = await markLeftOut(context, fresh.prepared.sheetName, plan.blocked);
    return {
      kind: 'done',
      prepared: fresh.prepared,
      batchRowUpdated: recorded.value.batchRowUpdated,
      marks,
    };
  });
}

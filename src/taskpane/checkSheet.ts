import {
  type BatchField,
  type BatchMetadata,
  type ExportSettings,
  type Issue,
  type OtherBatch,
  type RegistrationRow,
  type ValidationReport,
  formulaValueIssues,
  isRegisterMapping,
  validateRegistrations,
} from '../core';
import type { BatchRecord } from '../excel/batchRecords';
import { type BatchesState, readBatches } from '../excel/readBatches';
import { readOtherBatches as readOtherBatchesOf } from '../excel/registerOtherBatches';
import { listRegisterMapping } from '../excel/registerSheets';
import { sheetNameKey } from '../excel/sheetNames';
import { type MappingProposal, proposeMapping } from '../excel/proposeMapping';
import { readRegistrationSheet } from '../excel/readRegistrationSheet';
import { proposeRegisterMapping } from '../excel/proposeRegisterMapping';
import type { RegisterMapping } from '../excel/registerMapping';
import { registerMappingProblem } from '../excel/registerMappingProblem';
import type { BlockReadOptions } from '../excel/readRowBlocks';
import { readSheet } from '../excel/readSheet';
import type { ExtraColumn } from '../excel/sheetCollector';
import { type SheetMapping, REGISTRATION_SHEET_MAPPING } from '../excel/sheetMapping';
import { abortError, type Progress, yieldToEventLoop } from './hooks/useAction';
import { activeSheetName, selectCell, sheetNameById } from '../excel/navigation';
import { oneAtATime } from './oneAction';
import { type RegisterSource, checkRegisterIn, registerMappingOf } from './registerCheck';
import { confirmedRegister, rememberRegister } from './confirmedRegisters';
import { type SheetCopyOf, copyOfBatchSheet } from '../excel/sheetCopyOf';

/*
 * The orchestration of "Controleren" (SPEC "Using it"): which sheet, which mapping, which batch;
 * the reading is src/excel's (readSheet), the verdicts core's (validateRegistrations). One
 * Excel.run per user action, one action at a time (oneAction.ts). No rule lives here.
 */

export interface ReadTools {
  readonly signal: AbortSignal;
  readonly setProgress: (progress: Progress | null) => void;
  readonly settings: ExportSettings;
}

/** A check's tools: the reading tools and the clock ("today" of the date rules, passed to core). */
export interface CheckTools extends ReadTools {
  readonly now: () => Date;
}

/** A checked sheet. */
export interface CheckResult {
  readonly sheetName: string;
  /**
   * The checked worksheet's id (Excel.Worksheet.id, the same after a rename or move): "Opnieuw
   * controleren" after fixes finds the sheet by it when the user renamed it (issue #10). Absent
   * where the reader did not report it.
   */
  readonly sheetId?: string;
  readonly source:
    | {
        readonly kind: 'registration';
        readonly batchId: string;
        /** The batch fields' problems (the rows are then checked without the batch). */
        readonly batchIssues: readonly Issue[];
        /** The batch the rows were checked with; null when its fields are not in order. */
        readonly batch: BatchMetadata | null;
        /** Other batches compared for duplicate_across_batches (same product and date). */
        readonly comparedBatches: number;
      }
    | { readonly kind: 'existing' }
    /** A day's register (issue #9): its groups, from registerCheck.ts. */
    | RegisterSource;
  readonly mapping: SheetMapping;
  /** Sheet-level findings (header_mismatch, formula_value) first, then core's, in core's order. */
  readonly issues: readonly Issue[];
  readonly report: ValidationReport;
  /** Columns besides the five: not exported, listed so nothing is dropped silently. */
  readonly extraColumns: readonly ExtraColumn[];
  /** The cells of the rows with a finding, as read: the pane shows each problem's value. */
  readonly cells: ReadonlyMap<number, RegistrationRow['cells']>;
}

/** The cells of the rows that have a finding (a 100,000-row sheet keeps only those). */
export function cellsWithFindings(
  rows: readonly RegistrationRow[],
  issues: readonly Issue[],
): Map<number, RegistrationRow['cells']> {
  const wanted = new Set(issues.map((issue) => issue.row));
  const cells = new Map<number, RegistrationRow['cells']>();
  for (const row of rows) if (wanted.has(row.row)) cells.set(row.row, row.cells);
  return cells;
}

/** The batch columns of a list read as a day's register (issue #9): 0-based sheet column per field. */
export type BatchColumns = Readonly<Partial<Record<BatchField, number>>>;

export type InspectOutcome =
  | { kind: 'checked'; result: CheckResult }
  /**
   * An existing sheet: the user confirms or changes the mapping first. `registerBatch`: the sheet
   * has batch columns (a practice's own day list), proposed with the registration columns.
   */
  | {
      kind: 'mapping';
      sheetName: string;
      proposal: MappingProposal | null;
      usedRange: string | null;
      registerBatch: BatchColumns | null;
      /**
       * The sheet is an Excel copy of a batch's sheet (docs/decisions/0009-sheets-by-id.md): it is
       * checked as an existing sheet, and the pane says whose copy it is and what to do.
       */
      copyOf?: SheetCopyOf;
    }
  | { kind: 'empty'; sheetName: string }
  | { kind: 'not_found'; sheetName: string };

function readOptions(tools: ReadTools, withProgress: boolean): BlockReadOptions {
  return {
    signal: tools.signal,
    ...(withProgress
      ? { onProgress: (p) => tools.setProgress({ done: p.rowsRead, total: p.totalRows }) }
      : {}),
  };
}

/** The batch whose registration sheet this is, if any (sheet names compare as Excel does). */
export function batchOfSheet(batches: readonly BatchRecord[], sheetName: string): BatchRecord | undefined {
  const key = sheetNameKey(sheetName);
  return batches.find((batch) => batch.sheetName !== '' && sheetNameKey(batch.sheetName) === key);
}

/**
 * Reads the other batches that duplicate_across_batches compares with `batchId` (same product and
 * date: other batch sheets and the groups of every day register, src/excel
 * registerOtherBatches.ts) in the same Excel.run.
 */
export async function readOtherBatches(
  context: Excel.RequestContext,
  state: BatchesState,
  batchId: string,
  tools: ReadTools & { readonly now?: () => Date },
): Promise<OtherBatch[]> {
  const self = state.batches.find((batch) => batch.batchId === batchId);
  if (self === undefined || !self.metadata.ok) return [];
  const others = await readOtherBatchesOf(context, {
    sheetName: self.sheetName,
    checked: [self.metadata.value],
    checkedIds: [batchId],
    batches: state.batches,
    lists: state.lists,
    today: (tools.now ?? (() => new Date()))(),
    sheetNames: state.sheetNames,
    confirmedMapping: (name) => confirmedRegister(name)?.mapping,
    read: readOptions(tools, false),
  });
  if (!others.ok) throw abortError();
  return others.value;
}

async function checkRegistrationSheet(
  context: Excel.RequestContext,
  sheetName: string,
  batch: BatchRecord,
  state: BatchesState,
  tools: CheckTools,
): Promise<InspectOutcome> {
  const read = await readRegistrationSheet(context, sheetName, readOptions(tools, true));
  if (!read.ok) {
    if (read.reason === 'cancelled') throw abortError();
    return { kind: 'not_found', sheetName };
  }
  const metadata = batch.metadata;
  const otherBatches = metadata.ok ? await readOtherBatches(context, state, batch.batchId, tools) : [];
  await yieldToEventLoop();
  const report = validateRegistrations({
    rows: read.value.rows,
    today: tools.now(),
    settings: tools.settings,
    ...(metadata.ok ? { batch: metadata.value, otherBatches } : {}),
  });
  return {
    kind: 'checked',
    result: {
      sheetName: read.value.sheetName,
      sheetId: read.value.sheetId,
      source: {
        kind: 'registration',
        batchId: batch.batchId,
        batchIssues: metadata.ok ? [] : metadata.issues,
        batch: metadata.ok ? metadata.value : null,
        comparedBatches: otherBatches.length,
      },
      mapping: REGISTRATION_SHEET_MAPPING,
      issues: [...read.value.headerIssues, ...formulaValueIssues(read.value.formulaCells), ...report.issues],
      report,
      extraColumns: read.value.extraColumns,
      cells: cellsWithFindings(read.value.rows, report.issues),
    },
  };
}

/**
 * "Actief blad controleren": a registration sheet of a batch is read and checked at once (with
 * the batch's fields and the other batches for duplicate_across_batches); any other sheet gets
 * a proposed column mapping for the user to confirm.
 */
export function inspectActiveSheet(tools: CheckTools): Promise<InspectOutcome> {
  return oneAtATime('check', () => inspectIn(tools));
}

function inspectIn(tools: CheckTools): Promise<InspectOutcome> {
  return Excel.run(async (context) => {
    const sheetName = await activeSheetName(context);
    // A day's register first: its groups' Batches rows name it, but it is no one batch's sheet.
    const register = await registerMappingOf(context, sheetName);
    if (register !== null) return checkRegisterIn(context, sheetName, register, tools);
    const state = await readBatches(context, { today: tools.now() });
    const batch = batchOfSheet(state.batches, sheetName);
    // A practice's list exported as a register names its groups' Batches rows too, but it is no
    // one batch's sheet: it gets the mapping step below (registerSheets.ts listRegisterMapping).
    if (batch !== undefined && (await listRegisterMapping(context, sheetName)) === null)
      return checkRegistrationSheet(context, sheetName, batch, state, tools);
    // A list with batch columns ("Datum", "Vaccin", "Lot", "Dosis") is proposed as a register.
    const list = await proposeRegisterMapping(context, sheetName);
    if (list.ok) return registerMappingStep(list.value.proposal, list.value.mapping);
    const proposal = await proposeMapping(context, sheetName);
    const copyOf = copyOfBatchSheet(sheetName, state.batches);
    const copy = copyOf === null ? {} : { copyOf };
    if (proposal.ok)
      return {
        kind: 'mapping',
        sheetName,
        proposal: proposal.value,
        usedRange: proposal.value.usedRange,
        registerBatch: null,
        ...copy,
      };
    switch (proposal.reason) {
      case 'sheet_empty':
        return { kind: 'empty', sheetName };
      case 'sheet_not_found':
        return { kind: 'not_found', sheetName };
      case 'header_not_found':
        return {
          kind: 'mapping',
          sheetName,
          proposal: null,
          usedRange: proposal.usedRange,
          registerBatch: null,
          ...copy,
        };
    }
  });
}

/**
 * The mapping step of a list with batch columns: the proposal, or the mapping the user confirmed
 * earlier in this session when it was made on the same header row (so "Opnieuw controleren" keeps
 * the user's corrections).
 */
function registerMappingStep(proposal: MappingProposal, proposed: RegisterMapping): InspectOutcome {
  const earlier = confirmedRegister(proposal.sheetName)?.mapping;
  const mapping = earlier !== undefined && earlier.headerRow === proposed.headerRow ? earlier : proposed;
  const { batch, ...sheetMapping } = mapping;
  return {
    kind: 'mapping',
    sheetName: proposal.sheetName,
    proposal: { ...proposal, mapping: { headerRow: sheetMapping.headerRow, columns: sheetMapping.columns } },
    usedRange: proposal.usedRange,
    registerBatch: batch,
  };
}

export type MappedCheckOutcome =
  | InspectOutcome
  | { kind: 'invalid_mapping'; sheetName: string; problem: 'header_row' | 'column' | 'duplicate_column' };

const isRegister = (mapping: SheetMapping | RegisterMapping): mapping is RegisterMapping =>
  'batch' in mapping && isRegisterMapping(mapping.batch);

/**
 * Checks an existing sheet with the mapping the user confirmed: without batch columns as a list of
 * registrations (no batch: not exported from here); with a product or date column as a day's
 * register (issue #9), grouped like a register the add-in made, and the confirmed mapping
 * remembered for Exporteren (confirmedRegisters.ts).
 */
export function checkWithMapping(
  sheetName: string,
  mapping: SheetMapping | RegisterMapping,
  tools: CheckTools,
): Promise<MappedCheckOutcome> {
  if (isRegister(mapping))
    return oneAtATime('check', () => checkConfirmedRegister(sheetName, mapping, tools));
  const { headerRow, columns } = mapping;
  return oneAtATime('check', () => checkWithMappingIn(sheetName, { headerRow, columns }, tools));
}

function checkConfirmedRegister(
  sheetName: string,
  mapping: RegisterMapping,
  tools: CheckTools,
): Promise<MappedCheckOutcome> {
  const problem = registerMappingProblem(mapping);
  if (problem !== null) return Promise.resolve({ kind: 'invalid_mapping', sheetName, problem });
  return Excel.run(async (context) => {
    const checked = await checkRegisterIn(context, sheetName, mapping, tools);
    if (checked.kind === 'checked')
      rememberRegister(checked.result.sheetName, { mapping, header: checked.result.source.header });
    return checked;
  });
}

function checkWithMappingIn(
  sheetName: string,
  mapping: SheetMapping,
  tools: CheckTools,
): Promise<MappedCheckOutcome> {
  return Excel.run((context) => checkMappedSheet(context, sheetName, mapping, tools));
}

async function checkMappedSheet(
  context: Excel.RequestContext,
  sheetName: string,
  mapping: SheetMapping,
  tools: CheckTools,
): Promise<MappedCheckOutcome> {
  const read = await readSheet(context, sheetName, { ...readOptions(tools, true), mapping });
  if (!read.ok) {
    switch (read.reason) {
      case 'cancelled':
        throw abortError();
      case 'sheet_not_found':
        return { kind: 'not_found', sheetName };
      case 'invalid_mapping':
        return { kind: 'invalid_mapping', sheetName, problem: read.problem };
    }
  }
  await yieldToEventLoop();
  const report = validateRegistrations({
    rows: read.value.rows,
    today: tools.now(),
    settings: tools.settings,
  });
  return {
    kind: 'checked',
    result: {
      sheetName: read.value.sheetName,
      sheetId: read.value.sheetId,
      source: { kind: 'existing' },
      mapping,
      issues: [...formulaValueIssues(read.value.formulaCells), ...report.issues],
      report,
      extraColumns: read.value.extraColumns,
      cells: cellsWithFindings(read.value.rows, report.issues),
    },
  };
}

/**
 * Checks a sheet again as it was checked before (after fixes): a registration sheet with its
 * batch, an existing sheet with the same mapping.
 */
export function recheck(previous: CheckResult, tools: CheckTools): Promise<MappedCheckOutcome> {
  return oneAtATime('check', () => recheckIn(previous, tools));
}

function recheckIn(previous: CheckResult, tools: CheckTools): Promise<MappedCheckOutcome> {
  const { source } = previous;
  return Excel.run(async (context) => {
    // The sheet as it is called now: the user may have renamed it since the check (issue #10); its
    // worksheet id stays the same (Excel.Worksheet.id, ExcelApi 1.1).
    const sheetName =
      previous.sheetId === undefined
        ? previous.sheetName
        : ((await sheetNameById(context, previous.sheetId)) ?? previous.sheetName);
    if (source.kind === 'existing') return checkMappedSheet(context, sheetName, previous.mapping, tools);
    if (source.kind === 'register') return checkRegisterIn(context, sheetName, source.mapping, tools);
    // A registration sheet is its batch's: readBatches finds the batch's sheet by name or id
    // (sheetIdentity.ts), so the batch id says which sheet to read, renamed or not.
    const state = await readBatches(context, { today: tools.now() });
    const batch =
      state.batches.find((record) => record.batchId === source.batchId && record.sheetName !== '') ??
      batchOfSheet(state.batches, sheetName);
    if (batch === undefined) return { kind: 'not_found', sheetName };
    return checkRegistrationSheet(context, batch.sheetName, batch, state, tools);
  });
}

/**
 * Selects an issue's cell in Excel (a click on the issue). Not one of the guarded workbook actions
 * (oneAction.ts): it writes nothing, and the user may click while a long check runs.
 */
export function selectIssueCell(sheetName: string, row: number, columnIndex: number): Promise<void> {
  return Excel.run((context) => selectCell(context, sheetName, row, columnIndex));
}

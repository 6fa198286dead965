import {
  type ExportSettings,
  type Issue,
  ROW_BLOCKED,
  ROW_EMPTY,
  ROW_READY,
  GROUP_EMPTY,
  type RegisterExportPlan,
  type RegistrationRow,
  type ValidationReport,
  formulaValueIssues,
} from '../core';
import { proposeRegisterMapping } from '../excel/proposeRegisterMapping';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from '../excel/registerMapping';
import { type RegisterCopyOf, groupRegisterSheet } from '../excel/registerBatches';
import type { HeaderTitle } from '../excel/headerTitles';
import type { ExtraColumn } from '../excel/sheetCollector';
import { cellsWithFindings } from './checkSheet';
import { yieldToEventLoop } from './hooks/useAction';
import { confirmedRegister } from './confirmedRegisters';

/*
 * "Controleren" on a day's register (issue #9, SPEC "A day's register"): the register is grouped
 * by core (planRegisterExport through src/excel groupRegisterSheet, which here writes nothing), and
 * the result is a CheckResult like any other sheet's, with the groups as its source, so the usual
 * issue list, fixes and marks work on its five registration columns. No rule lives here.
 */

/** The source of a checked register: core's plan (groups, files, reconciliation) and the batches marked uploaded. */
export interface RegisterSource {
  readonly kind: 'register';
  readonly plan: RegisterExportPlan;
  readonly mapping: RegisterMapping;
  readonly uploadedBatchIds: readonly string[];
  /** The header row's titles as read: a confirmed mapping holds while they stay the same. */
  readonly header: readonly HeaderTitle[];
  /** The register is a copy of another register: its rows may already have been exported from there. */
  readonly copyOf?: RegisterCopyOf;
}

/** A checked register, shaped as checkSheet.ts's CheckResult (which lists it among its sources). */
export interface RegisterCheckResult {
  readonly sheetName: string;
  /** The register's worksheet id (CheckResult.sheetId): fixes, marks and "Opnieuw controleren" follow a rename. */
  readonly sheetId?: string;
  readonly source: RegisterSource;
  readonly mapping: RegisterMapping;
  readonly issues: readonly Issue[];
  readonly report: ValidationReport;
  readonly extraColumns: readonly ExtraColumn[];
  /** The cells of the rows with a finding, as read (CheckResult.cells). */
  readonly cells: ReadonlyMap<number, RegistrationRow['cells']>;
}

const sameMapping = (a: RegisterMapping, b: RegisterMapping): boolean =>
  a.headerRow === b.headerRow &&
  JSON.stringify(a.columns) === JSON.stringify(b.columns) &&
  JSON.stringify(Object.entries(a.batch).sort()) === JSON.stringify(Object.entries(b.batch).sort());

/**
 * The register mapping of a sheet the add-in made as a register (its header row is the register's
 * own: A:E then the batch columns from F), else null. A practice's own list with batch columns is
 * not taken here without the user confirming its mapping.
 */
export async function registerMappingOf(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<RegisterMapping | null> {
  const proposal = await proposeRegisterMapping(context, sheetName);
  if (!proposal.ok) return null;
  return sameMapping(proposal.value.mapping, REGISTER_SHEET_MAPPING) ? REGISTER_SHEET_MAPPING : null;
}

/** The per-row verdicts of a register's plan as a ValidationReport (what Controleren shows). */
export function registerReport(plan: RegisterExportPlan, rowNumbers: readonly number[]): ValidationReport {
  const blocked = new Set(plan.blocked.map((row) => row.row));
  const status = new Uint8Array(rowNumbers.length);
  rowNumbers.forEach((row, i) => {
    status[i] =
      plan.grouping.groupOf[i] === GROUP_EMPTY ? ROW_EMPTY : blocked.has(row) ? ROW_BLOCKED : ROW_READY;
  });
  const { counts } = plan;
  return {
    issues: plan.issues,
    status,
    counts: {
      rows: counts.rows,
      ready: counts.exported,
      blocked: counts.blocked,
      empty: counts.empty,
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
    },
    fileCount: counts.files,
  };
}

/**
 * Checks a register in the caller's Excel.run: groups it (nothing written: the Batches rows of new
 * groups are written by the export) and returns the check result.
 */
export async function checkRegisterIn(
  context: Excel.RequestContext,
  sheetName: string,
  mapping: RegisterMapping,
  tools: { readonly settings: ExportSettings; readonly now: () => Date },
): Promise<{ kind: 'checked'; result: RegisterCheckResult } | { kind: 'not_found'; sheetName: string }> {
  const grouped = await groupRegisterSheet(context, {
    sheetName,
    mapping,
    today: tools.now(),
    settings: tools.settings,
    writeBatches: false,
    confirmedMapping: (name) => confirmedRegister(name)?.mapping,
  });
  if (!grouped.ok) return { kind: 'not_found', sheetName };
  await yieldToEventLoop();
  const { plan, read, uploadedBatchIds, copyOf } = grouped.value;
  const batchColumns = new Set(Object.values(mapping.batch));
  return {
    kind: 'checked',
    result: {
      sheetName: read.sheetName,
      sheetId: read.sheetId,
      source: {
        kind: 'register',
        plan,
        mapping,
        uploadedBatchIds,
        header: read.header,
        ...(copyOf === null ? {} : { copyOf }),
      },
      mapping,
      // Formulas and spilled arrays in the data (issue #10), told once for the sheet as on a
      // registration sheet (checkSheet.ts): sheet-level findings first, then core's.
      issues: [...formulaValueIssues(read.formulaCells), ...plan.issues],
      report: registerReport(
        plan,
        read.rows.map((row) => row.row),
      ),
      // The batch columns are the register's own, not columns left out of the export.
      extraColumns: read.extraColumns.filter((extra) => !batchColumns.has(extra.index)),
      cells: cellsWithFindings(read.rows, plan.issues),
    },
  };
}

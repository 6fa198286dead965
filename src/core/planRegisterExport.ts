/**
 * The export of a day's register (SPEC "A day's register"): every group is a batch, exported as
 * planExport exports a batch made with the form (split at the rows-per-file setting, named per
 * batch, logged), and the reconciliation holds per group and in total: rows in = exported +
 * blocked + empty.
 */
import { assignBatchIds, type KnownBatch } from './batchId';
import { groupRegister, type RegisterGrouping, type RegisterRow } from './grouping';
import { registerGroupsAsBatches } from './registerOtherBatches';
import { planExport, type BlockedRow, type ExportFile, type ExportPlan } from './planExport';
import {
  BATCH_FIELDS,
  REGISTRATION_COLUMNS,
  type BatchLists,
  type BatchMetadata,
  type ExportSettings,
  type Issue,
  type OtherBatch,
} from './types';
import { countBySeverity } from './severityCounts';
import { validateRegistrations } from './validateRegistrations';

/**
 * The input of {@link planRegisterExport}.
 *
 * @example
 * ```ts
 * const input: PlanRegisterExportInput = {
 *   rows, sheetName: 'Dagregister 28-11-2026', today: new Date(2026, 10, 28),
 *   settings: DEFAULT_SETTINGS, lists, knownBatches, takenIds: ['B001', 'B002'],
 * };
 * ```
 */
export interface PlanRegisterExportInput {
  rows: readonly RegisterRow[];
  /** The register sheet's name: its groups' batches are the known batches of this sheet. */
  sheetName: string;
  /** "Today" for the date rules; core never reads the clock. */
  today: Date;
  settings: ExportSettings;
  lists: BatchLists;
  /** The batches already on the Batches table (all sheets): same sheet and key, same id. */
  knownBatches?: readonly KnownBatch[];
  /** Every batch id in use (Batches table and export log): a new id comes after all of them. */
  takenIds?: readonly string[];
  /**
   * Batches of OTHER sheets, for duplicate_across_batches (the register's own groups are compared
   * with each other here). Never pass this register's own batches.
   */
  otherBatches?: readonly OtherBatch[];
  /**
   * `groupRegister(rows, { today, lists })` when the caller already grouped these rows (to know
   * which product and date the other batches must share before reading them); grouped here when
   * absent. Must be the grouping of exactly these rows, today and lists.
   */
  grouping?: RegisterGrouping;
}

/**
 * One group of the register as a batch, with its export plan.
 *
 * @example
 * ```ts
 * group.batchId; // 'B004'
 * group.plan.files.map((f) => f.name); // ['vaccinnet_20261128_B004_vaxigrip-tetra_1-1.csv']
 * group.plan.counts.rows === group.plan.counts.exported + group.plan.blocked.length; // true
 * ```
 */
export interface RegisterGroupPlan {
  batchId: string;
  /** True when the Batches table has no row for this group yet. */
  isNew: boolean;
  key: string;
  batch: BatchMetadata;
  /** The sheet rows of the group, in sheet order. */
  rows: number[];
  /** planExport of the group's rows with its batch and id (no group row is empty). */
  plan: ExportPlan;
}

/**
 * The plan of a register's export.
 *
 * @example
 * ```ts
 * const plan = planRegisterExport(input);
 * plan.counts.rows === plan.counts.exported + plan.counts.blocked + plan.counts.empty; // always true
 * ```
 */
export interface RegisterExportPlan {
  grouping: RegisterGrouping;
  /** One plan per group, in group order (sheet order of the first row). */
  groups: RegisterGroupPlan[];
  /** Every file of every group, group by group, each group's in part order. */
  files: ExportFile[];
  /**
   * Every blocked row in sheet order with all its issues: rows blocked by their batch fields (with
   * their registration findings too) and rows of a group blocked by a registration error.
   */
  blocked: BlockedRow[];
  /** Every finding, ordered by row, then registration columns, batch fields, row level. */
  issues: Issue[];
  /** Batch ids of this sheet's known batches that no group has any more (see assignBatchIds). */
  unusedBatchIds: string[];
  counts: {
    rows: number;
    exported: number;
    blocked: number;
    empty: number;
    groups: number;
    files: number;
    errors: number;
    warnings: number;
    infos: number;
  };
}

/** Rank of an issue's column within its row: registration columns, batch fields, row level last. */
const COLUMN_RANK: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ...REGISTRATION_COLUMNS.map((column, i) => [column, i] as const),
  ...BATCH_FIELDS.map((field, i) => [field, REGISTRATION_COLUMNS.length + i] as const),
]);
const ROW_LEVEL_RANK = REGISTRATION_COLUMNS.length + BATCH_FIELDS.length;
const rankOf = (issue: Issue): number => COLUMN_RANK.get(issue.column) ?? ROW_LEVEL_RANK;

function broken(what: string): never {
  throw new Error(`planRegisterExport invariant broken: ${what}`);
}

/**
 * Groups the register ({@link groupRegister}), gives each group its batch id
 * ({@link assignBatchIds}: the known batch of this sheet with the same key, else a new id), and
 * plans each group's export with {@link planExport}, the other groups of the register being the
 * "other batches" of duplicate_across_batches. Rows blocked by their batch fields are also
 * checked by the registration rules, so their every reason is listed. Pure and deterministic.
 *
 * Guarantees, per group and in total, rows in = exported + blocked + empty; throws only when that
 * invariant is broken, never for bad user data.
 *
 * @example
 * ```ts
 * const plan = planRegisterExport({ rows, sheetName: 'Dagregister', today, settings, lists });
 * plan.groups.map((g) => [g.batchId, g.plan.files.length]); // [['B001', 2], ['B002', 1]]
 * plan.counts; // { rows: 250, exported: 240, blocked: 6, empty: 4, groups: 4, files: 5, ... }
 * ```
 */
export function planRegisterExport(input: PlanRegisterExportInput): RegisterExportPlan {
  const { rows, today, settings, lists } = input;
  const grouping = input.grouping ?? groupRegister(rows, { today, lists });
  if (grouping.groupOf.length !== rows.length) broken('the grouping passed in is of other rows');
  const assignment = assignBatchIds(grouping.groups, {
    sheetName: input.sheetName,
    known: input.knownBatches ?? [],
    takenIds: input.takenIds ?? [],
  });
  const external = input.otherBatches ?? [];
  const asOther = registerGroupsAsBatches(rows, grouping, assignment.ids, input.sheetName);
  const groupRows = asOther.map((other) => other.rows as RegisterRow[]);

  const groups: RegisterGroupPlan[] = grouping.groups.map((group, g) => {
    const batchId = assignment.ids[g] as string;
    const plan = planExport({
      rows: groupRows[g] as RegisterRow[],
      batch: group.batch,
      batchId,
      today,
      settings,
      otherBatches: [...external, ...asOther.filter((_, h) => h !== g)],
    });
    if (plan.counts.empty !== 0 || plan.counts.rows !== plan.counts.exported + plan.blocked.length) {
      broken(`group ${batchId}: rows in = exported + blocked`);
    }
    return {
      batchId,
      isNew: assignment.isNew[g] as boolean,
      key: group.key,
      batch: group.batch,
      rows: group.rows,
      plan,
    };
  });

  // Rows blocked by their batch fields: their registration findings as well (no batch: the
  // batch-dependent rules need the batch they do not have).
  const batchBlockedRows = grouping.blocked.map((i) => rows[i] as RegisterRow);
  const patientReport = validateRegistrations({ rows: batchBlockedRows, today, settings });

  const issues: Issue[] = [
    ...grouping.issues,
    ...patientReport.issues,
    ...groups.flatMap((group) => group.plan.issues),
  ];
  // Stable: each source's order within a row and column stays.
  issues.sort((a, b) => a.row - b.row || rankOf(a) - rankOf(b));

  const issuesByRow = new Map<number, Issue[]>();
  for (const issue of issues) {
    const list = issuesByRow.get(issue.row);
    if (list === undefined) issuesByRow.set(issue.row, [issue]);
    else list.push(issue);
  }
  const blocked: BlockedRow[] = [
    ...batchBlockedRows.map((r) => ({ row: r.row, issues: issuesByRow.get(r.row) ?? [] })),
    ...groups.flatMap((group) =>
      group.plan.blocked.map((b) => ({ row: b.row, issues: issuesByRow.get(b.row) ?? [] })),
    ),
  ].sort((a, b) => a.row - b.row);

  const files = groups.flatMap((group) => group.plan.files);
  const exported = groups.reduce((sum, group) => sum + group.plan.counts.exported, 0);
  const empty = grouping.counts.empty;
  if (exported + blocked.length + empty !== rows.length) broken('rows in = exported + blocked + empty');

  const { errors, warnings, infos } = countBySeverity(issues);
  return {
    grouping,
    groups,
    files,
    blocked,
    issues,
    unusedBatchIds: assignment.unused,
    counts: {
      rows: rows.length,
      exported,
      blocked: blocked.length,
      empty,
      groups: groups.length,
      files: files.length,
      errors,
      warnings,
      infos,
    },
  };
}

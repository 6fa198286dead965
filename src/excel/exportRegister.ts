import type { ExportSettings, RegisterExportPlan } from '../core';
import type { RegisterMapping } from './registerMapping';
import { recordExport } from './recordExport';
import { type ReexportCheck, checkReexport } from './reexportCheck';
import { groupRegisterSheet } from './registerBatches';

/*
 * "Exporteren" on a day's register (issue #9): one click exports every group with ready rows.
 * The register is grouped (registerBatches.ts: a Batches row for each new group), then every group
 * with files is recorded as recordExport records a batch made with the form: its files on the
 * export log (one row per file), its Batches row updated (rows, files, not exported, time). Before
 * anything is recorded, every group is checked for files marked uploaded (SPEC: "Exporting a batch
 * whose files are already marked uploaded asks first"); when one is, nothing is recorded and the
 * caller asks, then calls again with `confirmReexport`.
 */

export interface ExportRegisterInput {
  readonly sheetName: string;
  readonly mapping?: RegisterMapping;
  readonly today: Date;
  readonly settings: ExportSettings;
  /** When the export is made: the caller reads the clock. */
  readonly time: Date;
  /** The user confirmed re-exporting the groups whose files are marked uploaded. */
  readonly confirmReexport?: boolean;
  /** Lists confirmed as registers in this session, compared for duplicates (registerBatches.ts). */
  readonly confirmedMapping?: (sheetName: string) => RegisterMapping | undefined;
}

export type ExportRegisterResult =
  | {
      ok: true;
      value: {
        /** Core's plan: groups, files, reconciliation per group and in total. */
        plan: RegisterExportPlan;
        /** Batch ids whose Batches row this export appended. */
        newBatches: string[];
        /** Batch ids recorded (files logged), in group order. */
        recorded: string[];
      };
    }
  | { ok: false; reason: 'sheet_not_found' | 'invalid_mapping' | 'cancelled' }
  /** Groups whose files are marked uploaded: nothing recorded (Batches rows of new groups are). */
  | {
      ok: false;
      reason: 'confirmation_required';
      plan: RegisterExportPlan;
      checks: Record<string, ReexportCheck>;
    };

/**
 * Groups, checks and records the export of every group of a register with ready rows (see the
 * module comment). The files' bytes are in `plan.files` (and per group in `plan.groups[i].plan`);
 * the caller hands them to the user (downloads, zip).
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   exportRegister(context, { sheetName: 'Dagregister 28-11-2026', today: new Date(), settings, time: new Date() }),
 * );
 * if (result.ok) offerDownloads(result.value.plan.files);
 * ```
 */
export async function exportRegister(
  context: Excel.RequestContext,
  input: ExportRegisterInput,
): Promise<ExportRegisterResult> {
  const grouped = await groupRegisterSheet(context, {
    sheetName: input.sheetName,
    today: input.today,
    settings: input.settings,
    ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
    ...(input.confirmedMapping === undefined ? {} : { confirmedMapping: input.confirmedMapping }),
  });
  if (!grouped.ok) return grouped;
  const { plan, written, read } = grouped.value;
  const withFiles = plan.groups.filter((group) => group.plan.files.length > 0);
  if (input.confirmReexport !== true) {
    const checks: Record<string, ReexportCheck> = {};
    for (const group of withFiles) {
      const check = await checkReexport(context, group.batchId);
      if (check.mustConfirm) checks[group.batchId] = check;
    }
    if (Object.keys(checks).length > 0) return { ok: false, reason: 'confirmation_required', plan, checks };
  }
  const recorded: string[] = [];
  for (const group of withFiles) {
    const result = await recordExport(context, {
      batchId: group.batchId,
      sheetName: read.sheetName,
      files: group.plan.files,
      blockedRows: group.plan.blocked.map((b) => b.row),
      encoding: group.plan.encoding,
      time: input.time,
      confirmReexport: input.confirmReexport === true,
    });
    if (!result.ok) {
      // Checked above; a mark set meanwhile by the user stops here, before the next group.
      return { ok: false, reason: 'confirmation_required', plan, checks: { [group.batchId]: result.check } };
    }
    recorded.push(group.batchId);
  }
  return { ok: true, value: { plan, newBatches: written, recorded } };
}

/** {@link exportRegister} in its own `Excel.run` (one user action). */
export function runExportRegister(input: ExportRegisterInput): Promise<ExportRegisterResult> {
  return Excel.run((context) => exportRegister(context, input));
}

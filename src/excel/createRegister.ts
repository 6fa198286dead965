import {
  type BatchField,
  type BatchMetadata,
  type ExportSettings,
  type Issue,
  checkLinesPerFile,
  parseRegisterCommon,
} from '../core';
import { listsFromSnapshots, queueReadBatchTables } from './readBatches';
import { queueFormatRegisterSheet } from './formatRegisterSheet';
import { uniqueSheetName } from './sheetNames';
import { queueSetupWorkbook } from './setupWorkbook';
import { probeWorkbook } from './workbookProbe';

/*
 * "Nieuw dagregister" (issue #9, SPEC "A day's register"): one sheet for the whole day. Columns
 * A:E are a registration sheet's, with every rule and highlight of one (registrationHighlights.ts),
 * then one column per batch field from F (registerColumns.ts), with the batch table's formats and
 * drop-downs and live highlights of their own (registerHighlights.ts); formatRegisterSheet.ts
 * puts that look on the new sheet.
 *
 * The day's common values are written into the first rows' own cells:
 * docs/decisions/0006-register-common-values-prefilled.md.
 */

/** Rows prefilled with the day's common values when a register is made. */
export const DEFAULT_PREFILL_ROWS = 250;

/** The input of {@link createRegister}. */
export interface CreateRegisterInput {
  /** The day's common values as typed in the pane, keyed by batch field (any may be blank). */
  readonly common: Readonly<Partial<Record<BatchField, unknown>>>;
  readonly today: Date;
  readonly settings: Pick<ExportSettings, 'linesPerFile'>;
  /** Rows to prefill with the common values (default {@link DEFAULT_PREFILL_ROWS}). */
  readonly prefillRows?: number;
}

export type CreateRegisterResult =
  | {
      ok: true;
      /** `prefilledRows`: rows holding the common values (0 when none was given). */
      value: { sheetName: string; common: Partial<BatchMetadata>; prefilledRows: number };
    }
  /**
   * A common value given breaks its batch rule, or the lines-per-file setting is refused by core's
   * checkLinesPerFile (`settings_max_rows`): the issues, nothing made.
   */
  | { ok: false; reason: 'invalid_fields'; issues: Issue[] };

/** `Dagregister 28-11-2026`: the day of the common date, else of today. */
function registerSheetName(common: Partial<BatchMetadata>, today: Date, existing: readonly string[]): string {
  const iso = common.datumToediening;
  const [year, month, day] =
    iso === undefined
      ? [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      : iso.split('-').map(Number);
  const two = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
  return uniqueSheetName(`Dagregister ${two(day)}-${two(month)}-${year}`, existing);
}

/**
 * "Nieuw dagregister": checks the common values given (core's batch rules, blank allowed), sets the
 * workbook up if needed, and creates the register sheet (see the module comment), in one
 * Excel.run: probe + read + one write. Nothing is written when a given value is invalid.
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   createRegister(context, { common: { datumToediening: '28/11/2026', immunisatieproduct: 'Vaxigrip Tetra' }, today: new Date(), settings }),
 * );
 * if (result.ok) result.value.sheetName; // 'Dagregister 28-11-2026'
 * ```
 */
export async function createRegister(
  context: Excel.RequestContext,
  input: CreateRegisterInput,
): Promise<CreateRegisterResult> {
  // The one validation of the setting (core, issue #10), before anything is read or queued.
  const lines = checkLinesPerFile(input.settings.linesPerFile);
  if (!lines.ok) return { ok: false, reason: 'invalid_fields', issues: [lines.issue] };
  const linesPerFile = lines.value;
  const prefillRows = input.prefillRows ?? DEFAULT_PREFILL_ROWS;
  const { probe, report } = await queueSetupWorkbookAfterReads(context);
  const lists = listsFromSnapshots(probe.lists());
  const common = parseRegisterCommon(input.common, { today: input.today, lists });
  if (!common.ok) return { ok: false, reason: 'invalid_fields', issues: common.issues };
  const run = await report();
  const sheetName = registerSheetName(common.value, input.today, [...probe.sheetNames, ...run.createdSheets]);
  const sheet = context.workbook.worksheets.add(sheetName);
  queueFormatRegisterSheet(sheet, { linesPerFile, common: common.value, prefillRows });
  sheet.activate();
  sheet.getRange('A2').select();
  await context.sync();
  const prefilledRows = Object.keys(common.value).length > 0 ? prefillRows : 0;
  return { ok: true, value: { sheetName, common: common.value, prefilledRows } };
}

/** Probe and lists first (nothing queued for writing yet), then the set-up on demand. */
async function queueSetupWorkbookAfterReads(context: Excel.RequestContext) {
  const seen = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, seen);
  await context.sync();
  return {
    probe: { sheetNames: seen.sheetNames, lists: reads.lists },
    report: async () => (await queueSetupWorkbook(context, seen)).report,
  };
}

/** {@link createRegister} in its own `Excel.run` (one user action). */
export function runCreateRegister(input: CreateRegisterInput): Promise<CreateRegisterResult> {
  return Excel.run((context) => createRegister(context, input));
}

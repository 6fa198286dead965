import { writeCsv } from './csv';
import { exportFileName } from './fileName';
import { sha256Hex } from './sha256';
import { splitIntoFiles } from './splitIntoFiles';
import type {
  BatchMetadata,
  CsvRecord,
  Encoding,
  ExportSettings,
  Issue,
  OtherBatch,
  RegistrationRow,
  ValidationCounts,
} from './types';
import { validateRegistrations } from './validateRegistrations';

/**
 * One registration file, ready to download and to log.
 *
 * @example
 * ```ts
 * const file: ExportFile = plan.files[0];
 * file.name; // 'vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv'
 * file.rows; // [2, 3, 5, ...] sheet rows, at most maxRowsPerFile of them
 * file.sha256; // 64 lowercase hex digits of file.bytes
 * ```
 */
export interface ExportFile {
  /** ASCII file name, e.g. `vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv`. */
  name: string;
  /** The exact file content, BOM included for 'utf-8-bom'. */
  bytes: Uint8Array;
  /** SHA-256 of `bytes`, lowercase hex (for the export log). */
  sha256: string;
  /** The sheet row numbers written to this file, in file (= sheet) order. */
  rows: number[];
  /** 1-based part number k of `parts`. */
  part: number;
  parts: number;
}

/**
 * A row that is not exported, with every issue found on it (errors, warnings and infos).
 *
 * @example
 * ```ts
 * const blocked: BlockedRow = { row: 7, issues: [{ code: 'insz_checksum', row: 7, column: 'insz', severity: 'error', params: {} }] };
 * ```
 */
export interface BlockedRow {
  row: number;
  issues: Issue[];
}

/**
 * What one export of a batch will write, and what it leaves behind.
 *
 * @example
 * ```ts
 * const plan: ExportPlan = planExport(input);
 * plan.counts.rows === plan.counts.exported + plan.blocked.length + plan.counts.empty; // always true
 * ```
 */
export interface ExportPlan {
  /** The files in part order; empty when no row is ready. */
  files: ExportFile[];
  /** Every blocked row in sheet order with ALL its issues (SPEC: "listed with its reasons"). */
  blocked: BlockedRow[];
  /** Every finding of validation, as validateRegistrations ordered them. */
  issues: Issue[];
  /** Validation counts plus the number of rows written; rows = exported + blocked + empty. */
  counts: ValidationCounts & { exported: number };
  encoding: Encoding;
}

/**
 * The input of {@link planExport}: the same as validateRegistrations', plus the batch id.
 *
 * @example
 * ```ts
 * const input: PlanExportInput = { rows, batch, batchId: 'B003', today: new Date(2026, 10, 28), settings: DEFAULT_SETTINGS };
 * ```
 */
export interface PlanExportInput {
  rows: readonly RegistrationRow[];
  batch: BatchMetadata;
  /** The batch's id, as in the batch sheet; sanitised for the file name. */
  batchId: string;
  /** "Today" for the date rules; core never reads the clock. */
  today: Date;
  settings: ExportSettings;
  /** The workbook's other batches, for duplicate_across_batches. */
  otherBatches?: readonly OtherBatch[];
}

function invariant(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`planExport invariant broken: ${what}`);
}

/**
 * Validates the rows of one batch and plans its export: the ready rows become CSV files of at
 * most `settings.maxRowsPerFile` lines each, in sheet order, in `settings.encoding`, named
 * after the administration date, batch id, product and part; every other non-empty row is
 * listed as blocked with all its issues. Pure and deterministic: the same input gives
 * byte-identical files and hashes (no timestamps).
 *
 * Guarantees rows in = exported + blocked + empty (SPEC "Nothing is lost"); throws only when
 * that or another invariant of validation is broken, never for bad user data.
 *
 * @example
 * ```ts
 * const plan = planExport({
 *   rows, // RegistrationRow[] read from the registration sheet
 *   batch, // parsed BatchMetadata: datumToediening '2026-11-28', immunisatieproduct 'Vaxigrip Tetra'
 *   batchId: 'B003',
 *   today: new Date(2026, 10, 28),
 *   settings: { encoding: 'utf-8-bom', maxRowsPerFile: 100 },
 * });
 * plan.files.map((f) => f.name); // ['vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv', '..._2-2.csv']
 * plan.blocked; // [{ row: 7, issues: [{ code: 'insz_checksum', row: 7, column: 'insz', ... }] }]
 * ```
 */
export function planExport(input: PlanExportInput): ExportPlan {
  const { rows, batch, batchId, today, settings } = input;
  const report = validateRegistrations({
    rows,
    batch,
    today,
    settings,
    ...(input.otherBatches !== undefined ? { otherBatches: input.otherBatches } : {}),
  });

  invariant(report.rows.length === rows.length, 'one verdict per input row');
  const issuesByRow = new Map<number, Issue[]>();
  for (const issue of report.issues) {
    const list = issuesByRow.get(issue.row);
    if (list === undefined) issuesByRow.set(issue.row, [issue]);
    else list.push(issue);
  }

  const ready: { row: number; record: CsvRecord }[] = [];
  const blocked: BlockedRow[] = [];
  let empty = 0;
  report.rows.forEach((verdict, i) => {
    invariant(verdict.row === rows[i]?.row, `verdicts in input order (row ${verdict.row})`);
    switch (verdict.status) {
      case 'ready':
        invariant(verdict.record !== null, `ready row ${verdict.row} has a record`);
        ready.push({ row: verdict.row, record: verdict.record });
        break;
      case 'blocked': {
        const issues = issuesByRow.get(verdict.row) ?? [];
        invariant(
          issues.some((issue) => issue.severity === 'error'),
          `blocked row ${verdict.row} has an error`,
        );
        blocked.push({ row: verdict.row, issues });
        break;
      }
      case 'empty':
        empty++;
        break;
    }
  });

  const chunks = splitIntoFiles(ready, settings.maxRowsPerFile);
  const files = chunks.map((chunk, index): ExportFile => {
    const bytes = writeCsv(
      chunk.map((r) => r.record),
      { encoding: settings.encoding },
    );
    return {
      name: exportFileName({
        datumToediening: batch.datumToediening,
        batchId,
        product: batch.immunisatieproduct,
        part: index + 1,
        parts: chunks.length,
      }),
      bytes,
      sha256: sha256Hex(bytes),
      rows: chunk.map((r) => r.row),
      part: index + 1,
      parts: chunks.length,
    };
  });

  const exported = files.reduce((sum, file) => sum + file.rows.length, 0);
  const { counts } = report;
  invariant(exported === ready.length, 'every ready row is in a file');
  invariant(exported + blocked.length + empty === rows.length, 'rows in = exported + blocked + empty');
  invariant(
    counts.rows === rows.length &&
      counts.ready === exported &&
      counts.blocked === blocked.length &&
      counts.empty === empty,
    'validation counts match the verdicts',
  );

  return {
    files,
    blocked,
    issues: report.issues,
    counts: { ...counts, exported },
    encoding: settings.encoding,
  };
}

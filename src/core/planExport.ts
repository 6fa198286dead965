import { appendReadyRow, finishCsvInPlace, startCsv, startNextCsv } from './csv';
import { exportFileNames } from './fileName';
import { sha256Hex } from './sha256';
import { checkLinesPerFile, registrationsPerFile } from './settings';
import type {
  BatchMetadata,
  Encoding,
  ExportSettings,
  Issue,
  OtherBatch,
  RegistrationRow,
  ValidationCounts,
  ValidationReport,
} from './types';
import { ROW_BLOCKED, ROW_EMPTY, ROW_READY } from './types';
import { validateEachReady } from './validateRegistrations';

/**
 * One registration file, ready to download and to log.
 *
 * @example
 * ```ts
 * const file: ExportFile = plan.files[0];
 * file.name; // 'vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv'
 * file.rows; // [2, 3, 5, ...] sheet rows, at most linesPerFile - 1 of them (the header is a line)
 * file.sha256; // 64 lowercase hex digits of file.bytes
 * ```
 */
export interface ExportFile {
  /** ASCII file name, e.g. `vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv`. */
  name: string;
  /**
   * The exact file content, BOM included for 'utf-8-bom': a view into a buffer shared with the
   * plan's other files (issue #11: no buffer per file), so `bytes.buffer` holds more than this
   * file. Hand `bytes` itself to Blob, TextDecoder or zip (they read the view), or `bytes.slice()`.
   */
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

/** Room reserved per record when a file is started (it grows when a record needs more). */
const BYTES_PER_RECORD = 64;

/** Every issue, grouped by its row. */
function groupByRow(issues: readonly Issue[]): Map<number, Issue[]> {
  const byRow = new Map<number, Issue[]>();
  for (const issue of issues) {
    const list = byRow.get(issue.row);
    if (list === undefined) byRow.set(issue.row, [issue]);
    else list.push(issue);
  }
  return byRow;
}

/**
 * The issues of the blocked rows, by row: a row is blocked when it has an error, and its list
 * holds all its issues (most rows with findings have warnings only and are exported; a list
 * each for them was work for nothing). Validation orders issues by row, so a row's issues are
 * one run: no set of blocked rows is needed.
 */
function issuesOfBlockedRows(issues: readonly Issue[]): Map<number, Issue[]> {
  const byRow = new Map<number, Issue[]>();
  let start = 0;
  while (start < issues.length) {
    const row = (issues[start] as Issue).row;
    let end = start;
    let hasError = false;
    while (end < issues.length && (issues[end] as Issue).row === row) {
      if ((issues[end] as Issue).severity === 'error') hasError = true;
      end++;
    }
    if (hasError) byRow.set(row, issues.slice(start, end));
    start = end;
  }
  return byRow;
}

function invariant(condition: boolean, what: string): asserts condition {
  if (!condition) broken(what);
}

/**
 * Throws for a broken invariant. The per-row checks call it only once they failed, so their
 * messages (`row ${n}`) are not formatted for every row: that was ~200,000 strings per 100,000
 * rows.
 */
function broken(what: string): never {
  throw new Error(`planExport invariant broken: ${what}`);
}

/**
 * Validates the rows of one batch and plans its export: the ready rows become CSV files of at
 * most `settings.linesPerFile` lines each, the header line included (SPEC: 100 lines, so 99
 * registrations), in sheet order, in `settings.encoding`, named
 * after the administration date, batch id, product and part; every other non-empty row is
 * listed as blocked with all its issues. Pure and deterministic: the same input gives
 * byte-identical files and hashes (no timestamps).
 *
 * Guarantees rows in = exported + blocked + empty (SPEC "Nothing is lost"); throws only when
 * that or another invariant of validation is broken, never for bad user data. A
 * `settings.linesPerFile` that checkLinesPerFile refuses writes no file: its issue comes first in
 * `issues` and on every row that would have been exported, which are listed as blocked.
 *
 * @example
 * ```ts
 * const plan = planExport({
 *   rows, // RegistrationRow[] read from the registration sheet
 *   batch, // parsed BatchMetadata: datumToediening '2026-11-28', immunisatieproduct 'Vaxigrip Tetra'
 *   batchId: 'B003',
 *   today: new Date(2026, 10, 28),
 *   settings: { encoding: 'utf-8-bom', linesPerFile: 100 },
 * });
 * plan.files.map((f) => f.name); // ['vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv', '..._2-2.csv']
 * plan.blocked; // [{ row: 7, issues: [{ code: 'insz_checksum', row: 7, column: 'insz', ... }] }]
 * ```
 */
export function planExport(input: PlanExportInput): ExportPlan {
  const { rows, batch, batchId, today, settings } = input;
  // The one validation of the setting (validation reports it too, as its first issue).
  const lines = checkLinesPerFile(settings.linesPerFile);
  const perFile = lines.ok ? registrationsPerFile(lines.value) : 0;

  // The files are written while validating, one after the other into a few shared buffers: each
  // ready record goes straight into its part's bytes (99 registrations a part by default), and a
  // full part becomes a view of its exact bytes, the next part written after it. No record is
  // kept per row (an array per ready row cost about as much as the validation itself at
  // 1,000,000 rows through the garbage collector), no buffer per file and no copy of the bytes
  // (issue #11).
  const writer = perFile > 0 ? startCsv(settings.encoding, perFile * BYTES_PER_RECORD) : null;
  const contents: Uint8Array[] = [];
  /** The sheet rows of each part; one list of every ready row when no file is written. */
  const partRows: number[][] = [];
  const partSize = perFile > 0 ? perFile : Infinity;
  /**
   * The current part's sheet rows are its first `inPart` entries, copied to `partRows` when the
   * part is full: a copy has exactly the room it needs (a list grown by push has up to a third
   * more: 3 MB more kept at 1,000,000 rows), and the scratch list keeps its room for the next part.
   */
  const part: number[] = [];
  let inPart = 0;
  let readyRecords = 0;
  const report = validateEachReady(
    {
      rows,
      batch,
      today,
      settings,
      ...(input.otherBatches !== undefined ? { otherBatches: input.otherBatches } : {}),
    },
    (ready, sheetRow) => {
      if (inPart === partSize) {
        partRows.push(part.slice(0, inPart));
        inPart = 0;
        if (writer !== null) {
          contents.push(finishCsvInPlace(writer));
          startNextCsv(writer);
        }
      }
      if (writer !== null) appendReadyRow(writer, ready);
      part[inPart++] = sheetRow;
      readyRecords++;
    },
  );
  if (readyRecords > 0) {
    partRows.push(part.slice(0, inPart));
    if (writer !== null) contents.push(finishCsvInPlace(writer));
  }

  invariant(report.status.length === rows.length, 'one verdict per input row');
  const blockedIssues = issuesOfBlockedRows(report.issues);

  // The verdicts again, for the blocked rows and the invariants; the ready rows' sheet rows came
  // with their records (partRows), so only blocked rows are looked up.
  let readyCount = 0;
  const blocked: BlockedRow[] = [];
  let empty = 0;
  const { status } = report;
  for (let i = 0; i < status.length; i++) {
    switch (status[i]) {
      case ROW_READY:
        readyCount++;
        break;
      case ROW_BLOCKED: {
        const row = (rows[i] as RegistrationRow).row;
        const issues = blockedIssues.get(row) ?? [];
        if (!issues.some((issue) => issue.severity === 'error')) broken(`blocked row ${row} has an error`);
        blocked.push({ row, issues });
        break;
      }
      case ROW_EMPTY:
        empty++;
        break;
      default:
        broken(`row ${(rows[i] as RegistrationRow).row} has a status`);
    }
  }
  invariant(readyCount === readyRecords, 'a record for every ready row');

  if (!lines.ok) return withheld(report, blocked, partRows[0] ?? [], lines.issue, settings.encoding);

  const parts = contents.length;
  const names = exportFileNames(
    { datumToediening: batch.datumToediening, batchId, product: batch.immunisatieproduct },
    parts,
  );
  const files: ExportFile[] = contents.map((bytes, index) => ({
    name: names[index] as string,
    bytes,
    sha256: sha256Hex(bytes),
    rows: partRows[index] as number[],
    part: index + 1,
    parts,
  }));

  const exported = files.reduce((sum, file) => sum + file.rows.length, 0);
  const { counts } = report;
  invariant(exported === readyRecords, 'every ready row is in a file');
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

/**
 * The plan when the lines-per-file setting is refused: no file is written (no size is known to cut
 * them), and every row that would have been exported is listed as blocked with the setting's issue
 * first, so rows in = exported + blocked + empty still holds and nothing is lost or thrown.
 */
function withheld(
  report: ValidationReport,
  blocked: readonly BlockedRow[],
  readyRows: readonly number[],
  settingIssue: Issue,
  encoding: Encoding,
): ExportPlan {
  const issuesByRow = groupByRow(report.issues);
  const held: BlockedRow[] = readyRows.map((row) => ({
    row,
    issues: [{ ...settingIssue, row }, ...(issuesByRow.get(row) ?? [])],
  }));
  const all = [...blocked, ...held].sort((a, b) => a.row - b.row);
  return {
    files: [],
    blocked: all,
    issues: report.issues,
    counts: { ...report.counts, ready: 0, blocked: all.length, exported: 0 },
    encoding,
  };
}

import { LINES_PER_FILE_RANGE, checkLinesPerFile } from './settings';
import { type ExportPlan, type PlanExportInput, planExport } from './planExport';
import type { Encoding, ExportSettings } from './types';

/*
 * The upload checklist (continuity manual 2.2.2, "Registratie in Vaccinnet als het systeem terug
 * beschikbaar is"): which batch is still to be carried into Vaccinnet, derived from what the
 * workbook says (the batch rows, the export log, the uploaded marks) and from what the sheets would
 * give now (a fingerprint: the SHA-256 of the bytes the sheet's rows make today, against the one
 * the log recorded at the export). Pure: the caller reads the workbook and the clock.
 *
 * SPEC "Nothing is lost": a file whose bytes no longer match its log row is never handed out as
 * if it were the logged file; the batch is "changed since its export" and needs a new export.
 */

/** Where a batch stands on the way into Vaccinnet. */
export type UploadStateKind =
  /** No export of the batch is on record. */
  | 'not_exported'
  /** Exported, the sheet still gives the logged bytes, not (all) marked uploaded. */
  | 'pending'
  /** Marked uploaded (the batch row, or every file of its last export). */
  | 'uploaded'
  /** Not uploaded, and its logged files can no longer be verified: see {@link UploadChange}. */
  | 'changed';

/** Why a batch that is not uploaded cannot hand out its logged files again. */
export type UploadChange =
  /** The sheet's rows now make other bytes (or another number of files) than the log recorded. */
  | 'bytes_differ'
  /** The registration sheet is gone (deleted or renamed). */
  | 'sheet_missing'
  /** The sheet's header or the batch fields are no longer valid: no file can be made. */
  | 'sheet_unreadable'
  /** The batch row says it was exported, but its log rows are gone. */
  | 'log_missing'
  /** Some log rows of its last export are gone (a part is missing). */
  | 'log_incomplete'
  /** Log rows of a batch whose batch row is gone: nothing to re-make the files from. */
  | 'batch_missing';

/** A batch row, as the Excel layer read it from the batch table. */
export interface UploadBatchRow {
  readonly batchId: string;
  readonly sheetName: string;
  /** Administration date as ISO `yyyy-mm-dd`; null when the batch fields do not parse. */
  readonly datumToediening: string | null;
  readonly product: string | null;
  readonly lot: string | null;
  /** "Laatste export" of the batch row (null: never exported, or an older version's row). */
  readonly lastExport: string | null;
  /** Files of the last export, as the batch row says (used when the log rows are gone). */
  readonly files: number | null;
  /** "Opgeladen in Vaccinnet" of the batch row says uploaded. */
  readonly uploaded: boolean;
  /**
   * What the export evidence (issue #10: a very hidden record that survives deleting the log)
   * keeps of this batch: its exported files and how many the add-in saw marked uploaded.
   * Consulted only when the log rows are gone.
   */
  readonly evidence?: { readonly files: number; readonly uploaded: number };
}

/** A row of the export log, as the Excel layer read it. */
export interface UploadLogRow {
  /** 0-based position in the log table's body (the Excel layer writes marks by it). */
  readonly index: number;
  /** "Tijdstip": `YYYY-MM-DD HH:MM:SS`, sortable as text. */
  readonly time: string;
  readonly batchId: string;
  readonly sheetName: string;
  readonly fileName: string;
  /** Part k of n (null when the cell does not read as `k/n`). */
  readonly part: number | null;
  readonly parts: number | null;
  readonly rows: number | null;
  readonly sha256: string;
  /** The encoding the file was written in (null when the label is unknown). */
  readonly encoding: Encoding | null;
  /** "Opgeladen in Vaccinnet" says uploaded. */
  readonly uploaded: boolean;
}

/** One file as the sheet makes it now (core `ExportFile` fits). */
export interface RemadeFile {
  readonly name: string;
  readonly sha256: string;
  readonly rows: readonly number[];
}

/**
 * What a batch's sheet gives now: its files re-made (planExport with the settings of the logged
 * export), or why none can be made.
 */
export type SheetVerdict =
  | { readonly kind: 'remade'; readonly files: readonly RemadeFile[] }
  | { readonly kind: 'sheet_missing' }
  | { readonly kind: 'sheet_unreadable' };

/** A logged file of a batch's last export. */
export interface UploadFile {
  readonly name: string;
  readonly sha256: string;
  readonly part: number;
  readonly parts: number;
  readonly rows: number;
  readonly uploaded: boolean;
  /** Its log row (0-based body index). */
  readonly logIndex: number;
}

/** A batch on the checklist. */
export interface UploadItem {
  readonly batchId: string;
  readonly sheetName: string;
  readonly datumToediening: string | null;
  readonly product: string | null;
  readonly lot: string | null;
  /** False for log rows whose batch row is gone. */
  readonly inBatchTable: boolean;
  readonly state: UploadStateKind;
  /** Why the batch is `changed`; null otherwise. */
  readonly change: UploadChange | null;
  /** What the sheet gives now (`remade`), or why it gives nothing ('batch_missing': no batch row). */
  readonly sheet: SheetVerdict['kind'] | 'batch_missing';
  /** Marked uploaded, and the sheet now gives other bytes: rows added after the upload? */
  readonly changedAfterUpload: boolean;
  /** Time of the last export on record (the log's, else the batch row's); null when none. */
  readonly exportedAt: string | null;
  /** The files of the last export, in part order (empty when none is logged). */
  readonly files: readonly UploadFile[];
  /** Registrations: of the last export, else what the sheet would export now; null unknown. */
  readonly registrations: number | null;
  /** Files this batch still has to bring into Vaccinnet (to export first when not `pending`). */
  readonly filesLeft: number;
  /** Files of this batch marked uploaded. */
  readonly filesUploaded: number;
  /**
   * Exactly one registration: manual 2.2.2 allows entering it for that one person in Vaccinnet
   * ("Immunisatieconsultatie en registratie voor 1 persoon") instead of the bulk upload.
   */
  readonly singleRegistration: boolean;
}

/** The checklist: the batches in upload order and the counts of the line on top. */
export interface UploadOverview {
  readonly items: readonly UploadItem[];
  readonly counts: {
    /** Batches not uploaded yet (whatever their state). */
    readonly batchesLeft: number;
    /** Files still to upload (pending files, plus what unexported or changed batches make). */
    readonly filesLeft: number;
    readonly filesUploaded: number;
    readonly batches: number;
    readonly pending: number;
    readonly notExported: number;
    readonly changed: number;
    readonly uploaded: number;
  };
  /** filesUploaded / (filesUploaded + filesLeft), 1 when there is nothing at all. */
  readonly progress: number;
}

export interface UploadOverviewInput {
  readonly batches: readonly UploadBatchRow[];
  readonly log: readonly UploadLogRow[];
  /** By batch key ({@link uploadBatchKey}); a batch without a verdict counts as unreadable. */
  readonly verdicts: ReadonlyMap<string, SheetVerdict>;
}

/**
 * The key a batch id is matched by across the batch table and the log: trimmed, upper case (as
 * the Excel layer's recordExport compares them).
 *
 * @example
 * ```ts
 * uploadBatchKey(' b003 '); // 'B003'
 * ```
 */
export function uploadBatchKey(batchId: string): string {
  return batchId.trim().toUpperCase();
}

/**
 * The log rows of a batch's last export: those with the latest time; of two rows of the same part
 * (two exports in one second) the later one in the log. In part order.
 */
export function lastExportRows(rows: readonly UploadLogRow[]): UploadLogRow[] {
  let latest = '';
  for (const row of rows) if (row.time > latest) latest = row.time;
  const byPart = new Map<string, UploadLogRow>();
  for (const row of rows) {
    if (row.time !== latest) continue;
    byPart.set(row.part === null ? `?${row.index}` : String(row.part), row);
  }
  return [...byPart.values()].sort((a, b) => (a.part ?? 0) - (b.part ?? 0) || a.index - b.index);
}

/** True when the rows are parts 1..n of n, each once. */
function isComplete(rows: readonly UploadLogRow[]): boolean {
  const n = rows.length;
  return rows.every((row, i) => row.part === i + 1 && row.parts === n);
}

/** True when the sheet's files now are exactly the logged ones: same count, names and bytes. */
export function sameAsLogged(logged: readonly UploadLogRow[], remade: readonly RemadeFile[]): boolean {
  return (
    logged.length === remade.length &&
    logged.every((row, i) => {
      const file = remade[i];
      return (
        file !== undefined && file.name === row.fileName && file.sha256 === row.sha256.trim().toLowerCase()
      );
    })
  );
}

function fileOf(row: UploadLogRow): UploadFile {
  return {
    name: row.fileName,
    sha256: row.sha256,
    part: row.part ?? 0,
    parts: row.parts ?? 0,
    rows: row.rows ?? 0,
    uploaded: row.uploaded,
    logIndex: row.index,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

interface Derived {
  state: UploadStateKind;
  change: UploadChange | null;
  changedAfterUpload: boolean;
  filesLeft: number;
  filesUploaded: number;
  registrations: number | null;
}

/** The state of a batch that has a batch row (see the module comment for the rules). */
function deriveForBatch(
  batch: UploadBatchRow,
  logged: readonly UploadLogRow[],
  verdict: SheetVerdict,
): Derived {
  const last = lastExportRows(logged);
  const remade = verdict.kind === 'remade' ? verdict.files : null;
  const remadeCount = remade === null ? null : remade.length;
  const remadeRows = remade === null ? null : sum(remade.map((file) => file.rows.length));
  const loggedRows = last.length === 0 ? null : sum(last.map((row) => row.rows ?? 0));
  const complete = last.length > 0 && isComplete(last);
  const same = complete && remade !== null && sameAsLogged(last, remade);
  const uploadedFiles = last.filter((row) => row.uploaded).length;

  if (batch.uploaded || (last.length > 0 && uploadedFiles === last.length)) {
    return {
      state: 'uploaded',
      change: null,
      // Only when the sheet can be compared: a deleted sheet after the upload is no news.
      changedAfterUpload: remade !== null && last.length > 0 && !same,
      filesLeft: 0,
      filesUploaded: last.length > 0 ? last.length : (batch.files ?? 0),
      registrations: loggedRows ?? remadeRows,
    };
  }
  if (last.length === 0) {
    const evidence = batch.evidence ?? { files: 0, uploaded: 0 };
    if (evidence.files > 0 && evidence.uploaded === evidence.files) {
      return {
        state: 'uploaded',
        change: null,
        changedAfterUpload: false,
        filesLeft: 0,
        filesUploaded: evidence.files,
        registrations: remadeRows,
      };
    }
    const exported = batch.lastExport !== null || evidence.files > 0;
    return {
      state: exported ? 'changed' : 'not_exported',
      change: exported ? 'log_missing' : null,
      changedAfterUpload: false,
      filesLeft: remadeCount ?? batch.files ?? 0,
      filesUploaded: 0,
      registrations: remadeRows,
    };
  }
  const left = last.length - uploadedFiles;
  let change: UploadChange | null = null;
  if (!complete) change = 'log_incomplete';
  else if (verdict.kind === 'sheet_missing') change = 'sheet_missing';
  else if (verdict.kind === 'sheet_unreadable') change = 'sheet_unreadable';
  else if (!same) change = 'bytes_differ';
  if (change === null) {
    return {
      state: 'pending',
      change: null,
      changedAfterUpload: false,
      filesLeft: left,
      filesUploaded: uploadedFiles,
      registrations: loggedRows,
    };
  }
  return {
    state: 'changed',
    change,
    changedAfterUpload: false,
    // A new export makes the sheet's files now; those not known, the logged ones still left.
    filesLeft: change === 'bytes_differ' && remadeCount !== null ? remadeCount : left,
    filesUploaded: uploadedFiles,
    registrations: change === 'bytes_differ' ? remadeRows : loggedRows,
  };
}

/** Compares ISO dates (null last), then batch ids in natural order (B2 before B10). */
function compareItems(a: UploadItem, b: UploadItem): number {
  if (a.datumToediening !== b.datumToediening) {
    if (a.datumToediening === null) return 1;
    if (b.datumToediening === null) return -1;
    return a.datumToediening < b.datumToediening ? -1 : 1;
  }
  return a.batchId.localeCompare(b.batchId, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * The upload checklist of a workbook: every batch row and every batch that only the log still
 * knows, with its state, oldest administration date first, and the counts of the line on top.
 *
 * - `uploaded`: the batch row is marked uploaded, or every file of its last export is.
 * - `not_exported`: no log row, no "Laatste export" on the batch row, no export evidence.
 * - log rows gone: `uploaded` when the export evidence saw every file of the batch uploaded,
 *   else `changed` (`log_missing`).
 * - `pending`: its last export's log rows are complete (parts 1..n) and the sheet re-makes them
 *   byte for byte (same names, same SHA-256).
 * - `changed`: anything else; {@link UploadChange} says why.
 *
 * @example
 * ```ts
 * const overview = uploadOverview({ batches, log, verdicts });
 * overview.counts; // { batchesLeft: 4, filesLeft: 7, ... }
 * overview.items[0].state; // 'pending'
 * ```
 */
export function uploadOverview(input: UploadOverviewInput): UploadOverview {
  const logByBatch = new Map<string, UploadLogRow[]>();
  for (const row of input.log) {
    const key = uploadBatchKey(row.batchId);
    if (key === '') continue;
    const list = logByBatch.get(key);
    if (list === undefined) logByBatch.set(key, [row]);
    else list.push(row);
  }
  const items: UploadItem[] = [];
  const seen = new Set<string>();
  for (const batch of input.batches) {
    const key = uploadBatchKey(batch.batchId);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const logged = logByBatch.get(key) ?? [];
    const verdict = input.verdicts.get(key) ?? { kind: 'sheet_unreadable' };
    const derived = deriveForBatch(batch, logged, verdict);
    const last = lastExportRows(logged);
    items.push({
      batchId: batch.batchId,
      sheetName: batch.sheetName,
      datumToediening: batch.datumToediening,
      product: batch.product,
      lot: batch.lot,
      inBatchTable: true,
      exportedAt: last[0]?.time ?? batch.lastExport,
      files: last.map(fileOf),
      sheet: verdict.kind,
      ...derived,
      singleRegistration: derived.registrations === 1,
    });
  }
  for (const [key, logged] of logByBatch) {
    if (seen.has(key)) continue;
    const last = lastExportRows(logged);
    const first = last[0] as UploadLogRow;
    const uploadedFiles = last.filter((row) => row.uploaded).length;
    const registrations = sum(last.map((row) => row.rows ?? 0));
    const uploaded = uploadedFiles === last.length;
    items.push({
      batchId: first.batchId,
      sheetName: first.sheetName,
      datumToediening: null,
      product: null,
      lot: null,
      inBatchTable: false,
      state: uploaded ? 'uploaded' : 'changed',
      change: uploaded ? null : 'batch_missing',
      sheet: 'batch_missing',
      changedAfterUpload: false,
      exportedAt: first.time,
      files: last.map(fileOf),
      registrations,
      filesLeft: last.length - uploadedFiles,
      filesUploaded: uploadedFiles,
      singleRegistration: registrations === 1,
    });
  }
  items.sort(compareItems);

  const count = (state: UploadStateKind) => items.filter((item) => item.state === state).length;
  const filesLeft = sum(items.map((item) => item.filesLeft));
  const filesUploaded = sum(items.map((item) => item.filesUploaded));
  return {
    items,
    counts: {
      batchesLeft: items.filter((item) => item.state !== 'uploaded').length,
      filesLeft,
      filesUploaded,
      batches: items.length,
      pending: count('pending'),
      notExported: count('not_exported'),
      changed: count('changed'),
      uploaded: count('uploaded'),
    },
    progress: filesUploaded + filesLeft === 0 ? 1 : filesUploaded / (filesUploaded + filesLeft),
  };
}

/**
 * The files to upload now, in upload order: the not-uploaded files of every `pending` batch,
 * batches oldest first (the overview's order), parts in order.
 *
 * @example
 * ```ts
 * uploadQueue(overview).map((entry) => entry.file.name); // ['vaccinnet_20261125_B001_..._1-1.csv', ...]
 * ```
 */
export function uploadQueue(overview: UploadOverview): { item: UploadItem; file: UploadFile }[] {
  return overview.items
    .filter((item) => item.state === 'pending')
    .flatMap((item) => item.files.filter((file) => !file.uploaded).map((file) => ({ item, file })));
}

/**
 * Re-makes a batch's files as its last export made them, to compare with the log: planExport with
 * the logged encoding and the lines per file the logged parts show. The setting is not in the log,
 * so the candidates that can have given the logged split are tried (the current setting, the
 * first part's registrations plus the header line, the largest setting); the first
 * whose files match the log byte for byte wins. Matching by SHA-256 is the proof: a candidate
 * that does not match is never handed out. When none matches, the plan of the first candidate
 * (what a new export would make with the logged encoding) comes back with `matches: false`.
 *
 * @example
 * ```ts
 * const remade = remakeExport({ rows, batch, batchId: 'B003', today, settings, logged });
 * remade.matches; // true: remade.plan.files are the logged bytes
 * ```
 */
export function remakeExport(
  input: Omit<PlanExportInput, 'otherBatches'> & { readonly logged: readonly UploadLogRow[] },
): { plan: ExportPlan; matches: boolean } {
  const last = lastExportRows(input.logged);
  const encoding = last[0]?.encoding ?? input.settings.encoding;
  const firstRows = last[0]?.rows ?? null;
  // Lines per file, header included (SPEC): a first part of n registrations was cut at n + 1 lines.
  const limits = [input.settings.linesPerFile];
  if (last.length > 1 && firstRows !== null) limits.push(firstRows + 1);
  limits.push(LINES_PER_FILE_RANGE.max);
  const candidates = [...new Set(limits)].filter((limit) => checkLinesPerFile(limit).ok);
  let first: ExportPlan | null = null;
  for (const linesPerFile of candidates) {
    const settings: ExportSettings = { ...input.settings, encoding, linesPerFile };
    const plan = planExport({ ...input, settings });
    if (first === null) first = plan;
    if (last.length > 0 && isComplete(last) && sameAsLogged(last, plan.files)) return { plan, matches: true };
  }
  return {
    plan: first ?? planExport({ ...input, settings: { ...input.settings, encoding } }),
    matches: false,
  };
}

/**
 * The name of one zip holding the files of several batches, by their administration dates:
 * `vaccinnet_20261125.zip` for one date, `vaccinnet_20261125-20261128.zip` for a span (ASCII, as
 * the CSV names; dates that are not ISO are left out).
 *
 * @example
 * ```ts
 * uploadZipName(['2026-11-28', '2026-11-25']); // 'vaccinnet_20261125-20261128.zip'
 * ```
 */
export function uploadZipName(dates: readonly (string | null)[]): string {
  const compact = dates
    .filter((date): date is string => date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(date))
    .map((date) => date.replaceAll('-', ''))
    .sort();
  const first = compact[0];
  const last = compact[compact.length - 1];
  if (first === undefined || last === undefined) return 'vaccinnet.zip';
  return first === last ? `vaccinnet_${first}.zip` : `vaccinnet_${first}-${last}.zip`;
}

import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';

/*
 * The export evidence (issue #10, SPEC "Nothing is lost": "Exporting a batch whose files are
 * already marked uploaded asks first: a double upload means double registrations for real
 * patients"). The Exportlog is the user's: they set "Opgeladen in Vaccinnet" there, and they can
 * delete its rows, its table or its sheet. Had the guard read the log only, deleting the row that
 * says "Ja" would let the batch export again without a word. So every exported file is also kept
 * here, in a very hidden sheet (`Worksheet.visibility = VeryHidden`, ExcelApi 1.1: not listed by
 * Excel's "Unhide", only code can show or delete it), with whether the add-in ever saw it marked
 * uploaded. The re-export check (reexportCheck.ts) reads the batch row, the log and this record
 * together, and asks whenever they disagree: a file here that the log no longer has, or a file
 * seen uploaded that the log now says is not.
 *
 * Why, and why a very hidden sheet: docs/decisions/0004-export-evidence.md.
 *
 * One row per exported file: batch, file name, SHA-256, export time, uploaded (Ja/Nee, sticky:
 * once the add-in saw "Ja" it stays), confirmed (the time the user confirmed a re-export while
 * the log had lost this file; blank otherwise). Never deleted by the add-in.
 *
 * For other parts of the add-in (the upload checklist of issue #15): {@link readExportEvidence}
 * and {@link markFilesUploaded} (markFilesUploaded.ts, which also sets the log's cells).
 */

/** The very hidden sheet that keeps the evidence (workbook file format: always this name). */
export const EVIDENCE_SHEET = 'VaccinnetExportbewijs';
/** Its header row; a sheet of that name with another header is the user's and is left alone. */
export const EVIDENCE_HEADER: readonly string[] = [
  'Batch',
  'Bestand',
  'SHA-256',
  'Geëxporteerd',
  'Opgeladen',
  'Bevestigd',
];

/** One exported file as the evidence keeps it. */
export interface FileEvidence {
  readonly batchId: string;
  readonly fileName: string;
  readonly sha256: string;
  /** Export time as the log writes it (`YYYY-MM-DD HH:MM:SS`). */
  readonly exportedAt: string;
  /** The add-in saw this file marked uploaded (sticky). */
  readonly uploaded: boolean;
  /**
   * When the user confirmed a re-export while the log no longer listed this file ('' when not):
   * a missing log row is then asked about once, not at every export.
   */
  readonly confirmedAt: string;
}

/** The evidence as read: `taken` when a sheet of that name is not ours (then nothing is written). */
export interface EvidenceStore {
  readonly exists: boolean;
  readonly taken: boolean;
  readonly records: readonly FileEvidence[];
}

const YES = 'Ja';
const NO = 'Nee';

/** Same batch id, as the batch table compares them (case and outer spaces ignored). */
export function sameBatchId(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** The key of a file in the evidence and in the log: name and bytes. */
export function fileKey(fileName: string, sha256: string): string {
  return `${fileName.trim()}|${sha256.trim().toLowerCase()}`;
}

function recordsFrom(values: readonly (readonly unknown[])[]): EvidenceStore {
  const [header = [], ...rows] = values;
  if (EVIDENCE_HEADER.some((title, i) => header[i] !== title))
    return { exists: true, taken: true, records: [] };
  const records: FileEvidence[] = [];
  for (const row of rows) {
    const [batchId = '', fileName = '', sha256 = '', exportedAt = '', uploaded = '', confirmedAt = ''] =
      row.map((value) => String(value ?? ''));
    if (batchId === '' || fileName === '') continue;
    records.push({ batchId, fileName, sha256, exportedAt, uploaded: uploaded === YES, confirmedAt });
  }
  return { exists: true, taken: false, records };
}

/** The store from its synced used range. */
function storeFrom(used: Excel.Range): EvidenceStore {
  return used.isNullObject ? { exists: true, taken: false, records: [] } : recordsFrom(used.values);
}

/**
 * Queues the read of the evidence. `sheetNames` are the workbook's sheets (probeWorkbook), so a
 * missing store costs no failed sync. Returns a getter for after the sync.
 */
export function queueReadEvidence(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
): () => EvidenceStore {
  if (!sheetNames.includes(EVIDENCE_SHEET)) return () => ({ exists: false, taken: false, records: [] });
  const used = context.workbook.worksheets
    .getItem(EVIDENCE_SHEET)
    .getUsedRangeOrNullObject(true)
    .load('values');
  return () => storeFrom(used);
}

/**
 * Queues the rewrite of the evidence with `records` (the sheet made very hidden, text format
 * first, when missing). Nothing is queued for a sheet of that name that is not ours. The values
 * and their text format go in the same request: ids like `B001` and hashes of digits only must
 * come back as written.
 */
export function queueWriteEvidence(
  context: Excel.RequestContext,
  store: EvidenceStore,
  records: readonly FileEvidence[],
): void {
  if (store.taken) return;
  let sheet: Excel.Worksheet;
  if (store.exists) {
    sheet = context.workbook.worksheets.getItem(EVIDENCE_SHEET);
  } else {
    if (records.length === 0) return;
    sheet = context.workbook.worksheets.add(EVIDENCE_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  setNumberFormatEverywhere(sheet.getRange('A:F'), TEXT_FORMAT);
  const rows = [
    [...EVIDENCE_HEADER],
    ...records.map((record) => [
      record.batchId,
      record.fileName,
      record.sha256,
      record.exportedAt,
      record.uploaded ? YES : NO,
      record.confirmedAt,
    ]),
  ];
  // Longer than before only: earlier rows are never dropped, so the range written covers them all.
  sheet.getRange(`A1:F${rows.length}`).values = rows;
}

/**
 * The evidence of every exported file, or of one batch (for the upload checklist: which files of
 * a batch were exported, with which SHA-256, and whether they were seen uploaded). Two syncs.
 *
 * @example
 * ```ts
 * const files = await Excel.run((context) => readExportEvidence(context, 'B003'));
 * files.filter((file) => !file.uploaded); // exported, not known to be uploaded
 * ```
 */
export async function readExportEvidence(
  context: Excel.RequestContext,
  batchId?: string,
): Promise<FileEvidence[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const read = queueReadEvidence(
    context,
    sheets.items.map((sheet) => sheet.name),
  );
  await context.sync();
  const { records } = read();
  return records.filter((record) => batchId === undefined || sameBatchId(record.batchId, batchId));
}

import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';

/*
 * The worksheet id of each batch's sheet (issue #10; docs/decisions/0009-sheets-by-id.md), kept in a
 * very hidden sheet (`Worksheet.visibility = VeryHidden`, ExcelApi 1.1: only code can show or
 * delete it), like the marks and the export evidence (docs/decisions/0001, 0004): it travels with
 * the workbook and leaves the Batches table, which SPEC describes and the user edits, as it is.
 * One row per batch: batch id, worksheet id. Register groups each have a row with the register's id.
 *
 * Worksheet ids are what Excel gives (`Worksheet.id`, ExcelApi 1.1); sheetIdentity.ts decides how
 * far they are trusted.
 */

/** The very hidden sheet (workbook file format: always this name). */
export const SHEET_LINKS_SHEET = 'VaccinnetBladen';
/** Its header row; a sheet of that name with another header is the user's and is left alone. */
export const SHEET_LINKS_HEADER: readonly string[] = ['Batch', 'Blad-id'];

/** The store as read: batch id (upper case, trimmed) to worksheet id. */
export interface SheetLinkStore {
  readonly exists: boolean;
  /** A sheet of that name that is not ours: nothing is read from or written to it. */
  readonly taken: boolean;
  readonly links: ReadonlyMap<string, string>;
}

export const NO_SHEET_LINKS: SheetLinkStore = { exists: false, taken: false, links: new Map() };

/** The key of a batch id in the store (batch ids compare ignoring case and outer spaces). */
export function linkKey(batchId: string): string {
  return batchId.trim().toUpperCase();
}

function storeFrom(values: readonly (readonly unknown[])[]): SheetLinkStore {
  const [header = [], ...rows] = values;
  if (SHEET_LINKS_HEADER.some((title, i) => header[i] !== title))
    return { exists: true, taken: true, links: new Map() };
  const links = new Map<string, string>();
  for (const row of rows) {
    const [batchId = '', sheetId = ''] = row.map((value) => String(value ?? '').trim());
    if (batchId !== '' && sheetId !== '') links.set(linkKey(batchId), sheetId);
  }
  return { exists: true, taken: false, links };
}

/**
 * Queues the read of the store. `sheetNames` are the workbook's sheets (probeWorkbook), so a
 * missing store costs no failed sync. Call the returned function after the sync.
 */
export function queueReadSheetLinks(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
): () => SheetLinkStore {
  if (!sheetNames.includes(SHEET_LINKS_SHEET)) return () => NO_SHEET_LINKS;
  const used = context.workbook.worksheets
    .getItem(SHEET_LINKS_SHEET)
    .getUsedRangeOrNullObject(true)
    .load('values');
  return () =>
    used.isNullObject ? { exists: true, taken: false, links: new Map() } : storeFrom(used.values);
}

/** True when `next` says something `store` does not (a link added or changed). */
export function linksChanged(store: SheetLinkStore, next: ReadonlyMap<string, string>): boolean {
  for (const [batchId, sheetId] of next) if (store.links.get(batchId) !== sheetId) return true;
  return false;
}

/**
 * Queues the rewrite of the store with `next` merged over what it holds (a link is replaced, never
 * dropped: a batch whose sheet is gone keeps its last id). The sheet is added very hidden when
 * missing; nothing is queued for a sheet of that name that is not ours. Text format before values,
 * in the same request (ids and batch ids come back as written).
 */
export function queueWriteSheetLinks(
  context: Excel.RequestContext,
  store: SheetLinkStore,
  next: ReadonlyMap<string, string>,
): void {
  if (store.taken || !linksChanged(store, next)) return;
  const merged = new Map(store.links);
  for (const [batchId, sheetId] of next) merged.set(batchId, sheetId);
  let sheet: Excel.Worksheet;
  if (store.exists) {
    sheet = context.workbook.worksheets.getItem(SHEET_LINKS_SHEET);
  } else {
    sheet = context.workbook.worksheets.add(SHEET_LINKS_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  setNumberFormatEverywhere(sheet.getRange('A:B'), TEXT_FORMAT);
  const rows = [[...SHEET_LINKS_HEADER], ...[...merged].map(([batchId, sheetId]) => [batchId, sheetId])];
  // Never shorter than before (links are never dropped): the range written covers every old row.
  sheet.getRange(`A1:B${rows.length}`).values = rows;
}

import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';
import type { RequestBudget } from './fillIO';
import { isOfficeError } from './officeErrors';

/*
 * The mark store: what the add-in marked and each cell's fill before it, in a very hidden sheet
 * ({@link MARKS_SHEET}; `Worksheet.visibility = VeryHidden`, ExcelApi 1.1), one row per (sheet id,
 * mark colour, previous fill, address list of at most 4,000 characters). Why a very hidden sheet:
 * docs/decisions/0003-marks-scale-and-survive-faults.md.
 *
 * Crash safety (issue #10): a record is a fact, "this cell, while it shows this mark colour, had
 * that fill before". More facts than needed never hurt: clearing restores only cells that still
 * show the recorded mark colour. So the store is only ever rewritten by appending the new records
 * below the old ones (as many syncs as the size needs) and then deleting the old rows in ONE
 * operation: at every sync, the store holds a record for every cell that shows a mark.
 *
 * Read and written in row blocks, each request and response well under 5 MB: a dense sheet at a
 * million rows has about 2,500 rows of 4,000 characters here.
 */

/** The very hidden sheet that remembers the marks (workbook file format: always this name). */
export const MARKS_SHEET = 'VaccinnetMarkeringen';
/** Its header row; a sheet of that name with another header is the user's and is left alone. */
export const MARKS_HEADER: readonly string[] = ['Blad-id', 'Markering', 'Vorige opvulling', 'Adressen'];
/** Store rows per read (each at most ~4,100 characters: ~1.6 MB). */
const READ_ROWS = 400;
/** Bytes of a store row besides its address text, with margin. */
const ROW_OVERHEAD_BYTES = 200;

export interface MarkRecord {
  readonly sheetId: string;
  readonly markFill: string;
  /** null: the cells had no fill. */
  readonly prevFill: string | null;
  /** Comma-separated areas, at most 4,000 characters. */
  readonly addresses: string;
}

export interface MarksState {
  readonly sheet: Excel.Worksheet;
  readonly sheetId: string;
  /** Records of every sheet that still exists. */
  readonly records: MarkRecord[];
  readonly storeExists: boolean;
  /** Rows the store uses now, the header included (0 when it does not exist or is empty). */
  readonly storeRows: number;
}

export type LoadMarksResult =
  { ok: true; state: MarksState } | { ok: false; reason: 'sheet_not_found' | 'marks_sheet_taken' };

const NO_FILL = '#FFFFFF';
function normalize(color: string): string | null {
  const upper = color.toUpperCase();
  return upper === '' || upper === NO_FILL ? null : upper;
}

/** Reads a block of store rows into `records` (rows of deleted sheets dropped). */
function collectRecords(
  values: readonly (readonly unknown[])[],
  ids: ReadonlySet<string>,
  records: MarkRecord[],
): void {
  for (const row of values) {
    const [sheetId, markFill, prevFill, addresses] = row.map((value) => String(value ?? ''));
    if (sheetId === undefined || markFill === undefined || addresses === undefined || addresses === '')
      continue;
    if (!ids.has(sheetId)) continue; // the sheet was deleted: its marks went with it
    records.push({ sheetId, markFill, prevFill: normalize(prevFill ?? ''), addresses });
  }
}

/** Queues the loads of the first sync (the store through `getItem`, see loadMarksState). */
function queueFirstLoads(context: Excel.RequestContext, sheetName: string, withStore: boolean) {
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getItemOrNullObject(sheetName);
  sheet.load('id');
  worksheets.load('items/id');
  if (!withStore) return { sheet, worksheets, store: null };
  const store = worksheets.getItem(MARKS_SHEET);
  const used = store.getUsedRangeOrNullObject(true).load('rowCount');
  const first = store.getRange(`A1:D${READ_ROWS}`).load('values');
  return { sheet, worksheets, store: { sheet: store, used, first } };
}

/**
 * The sheet, the ids of all sheets (the records of deleted sheets are dropped) and the store's
 * records, with its first 400 rows, in one sync; one more per further 400 store rows. The store
 * is read through `getItem`, whose ItemNotFound (OfficeExtension.Error code) says "no marks yet":
 * the loads are then queued once more without it (one more sync, the first time only). Reads only,
 * so the failed sync changed nothing.
 */
export async function loadMarksState(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<LoadMarksResult> {
  let loads = queueFirstLoads(context, sheetName, true);
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error, 'ItemNotFound')) throw error;
    loads = queueFirstLoads(context, sheetName, false);
    await context.sync();
  }
  const { sheet, worksheets, store } = loads;
  if (sheet.isNullObject) return { ok: false, reason: 'sheet_not_found' };
  const ids = new Set(worksheets.items.map((item) => item.id));
  const records: MarkRecord[] = [];
  let storeRows = 0;
  if (store !== null) {
    storeRows = store.used.isNullObject ? 0 : store.used.rowCount;
    const [header = [], ...firstRows] = store.first.values;
    if (storeRows > 0 && MARKS_HEADER.some((title, i) => header[i] !== title))
      return { ok: false, reason: 'marks_sheet_taken' };
    collectRecords(firstRows, ids, records);
    for (let first = READ_ROWS + 1; first <= storeRows; first += READ_ROWS) {
      const last = Math.min(storeRows, first + READ_ROWS - 1);
      const block = store.sheet.getRange(`A${first}:D${last}`).load('values');
      // One sync per ~1.6 MB block of the store.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      collectRecords(block.values, ids, records);
    }
  }
  return { ok: true, state: { sheet, sheetId: sheet.id, records, storeExists: store !== null, storeRows } };
}

/**
 * Queues `records` below the store's rows through `budget` (a sync per 2 MB): step one of a
 * crash-safe rewrite (module comment); {@link queueDropOldRecords} is step two, queued after it
 * (operations run in order and a failing one stops the rest, so the old rows only go once the new
 * ones are written). Creates the store, very hidden with text format, when missing.
 */
export async function appendRecords(
  context: Excel.RequestContext,
  state: MarksState,
  records: readonly MarkRecord[],
  budget: RequestBudget,
): Promise<void> {
  let store: Excel.Worksheet;
  let next: number;
  if (state.storeExists) {
    store = context.workbook.worksheets.getItem(MARKS_SHEET);
    if (state.storeRows === 0) store.getRange('A1:D1').values = [[...MARKS_HEADER]];
    next = Math.max(state.storeRows, 1) + 1;
  } else {
    if (records.length === 0) return;
    store = context.workbook.worksheets.add(MARKS_SHEET);
    store.visibility = 'VeryHidden';
    // Text first, in the same request as the values: ids and colours come back as written.
    setNumberFormatEverywhere(store.getRange('A:D'), TEXT_FORMAT);
    store.getRange('A1:D1').values = [[...MARKS_HEADER]];
    next = 2;
  }
  let rows: string[][] = [];
  const queueRows = (): void => {
    if (rows.length === 0) return;
    store.getRange(`A${next}:D${next + rows.length - 1}`).values = rows;
    next += rows.length;
    rows = [];
  };
  for (const record of records) {
    const size = record.addresses.length + ROW_OVERHEAD_BYTES;
    // Rows go into the request they were counted for: queued before the budget syncs.
    if (budget.wouldSync(size)) queueRows();

    await budget.reserve(size);
    rows.push([record.sheetId, record.markFill, record.prevFill ?? '', record.addresses]);
  }
  queueRows();
}

/** Step two of a rewrite: the store's rows before {@link appendRecords}, deleted in one operation. */
export async function queueDropOldRecords(state: MarksState, budget: RequestBudget): Promise<void> {
  if (!state.storeExists || state.storeRows < 2) return;
  await budget.reserve(ROW_OVERHEAD_BYTES);
  state.sheet.context.workbook.worksheets.getItem(MARKS_SHEET).getRange(`2:${state.storeRows}`).delete('Up');
}

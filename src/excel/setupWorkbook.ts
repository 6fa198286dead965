import { DEFAULT_LISTS } from '../core';
import {
  BATCHES_SHEET,
  BATCHES_TABLE,
  BATCH_COLUMNS,
  type ColumnDefinition,
  EXPORT_LOG_COLUMNS,
  EXPORT_LOG_SHEET,
  EXPORT_LOG_TABLE,
  LISTS_SHEET,
  LIST_DEFINITIONS,
  type ListDefinition,
  MAX_SHEET_ROW,
  TEXT_FORMAT,
  YES_NO_SOURCE,
  columnLetter,
  listNameFormula,
  listValidationSource,
  sheetNameKey,
  uniqueSheetName,
} from './layout';

/*
 * Idempotent set-up of the workbook: the batch table, the export log and the lists.
 *
 * Rules (SPEC: "The original sheet is never rewritten without the user asking"):
 * - Only what is missing is created: a table, found by its name wherever the user moved it, is
 *   never touched again (its rows, formats and drop-downs are the user's from then on), and a
 *   workbook name is only added when no name of that spelling exists. The one exception is a
 *   column a later version added to the layout (layout.ts `addedLater`, e.g. "Niet geëxporteerd"):
 *   the add-in appends it to a table made by an earlier version when it first writes to it
 *   (batches.ts `queueAddLaterColumns`, from recordExport), in that write; the set-up itself does
 *   not, so a set-up run on a set-up workbook stays one sync that writes nothing.
 * - A missing table goes to its sheet if the place there is empty. If the place holds exactly the
 *   table's headers, or an earlier version's (the user converted the table to a range), the table
 *   is rebuilt over that data with those columns. If the place holds something else, the table goes
 *   to a new sheet (`Batches (2)`...): user data is never overwritten.
 * - Drop-downs are created with their table, on the whole column below the header (so rows added
 *   by the add-in, by typing or by pasting all get them), and never re-applied later: a user who
 *   changed or removed one keeps that choice.
 *
 * Syncs: 1 when everything exists (a run on a set-up workbook writes nothing), 2 to create, 3 when
 * a missing table's sheet already exists and its place must be looked at first.
 */

/** A table the set-up owns, where it goes, what it looks like when created. */
export interface TableSpec {
  readonly tableName: string;
  /** Preferred sheet. */
  readonly sheetName: string;
  /** 0-based column of the table's first column. */
  readonly firstColumn: number;
  readonly columns: readonly ColumnDefinition<string>[];
  /** Data rows written when the table is created (the default lists). */
  readonly initialRows: readonly (readonly string[])[];
  /** Freeze the header row when the set-up creates the sheet. */
  readonly freezeHeader: boolean;
}

function listColumn(list: ListDefinition): ColumnDefinition<string> {
  return { key: list.key, header: list.header, numberFormat: TEXT_FORMAT, width: list.width };
}

/** Every table of the layout, in sheet-creation order. */
export const TABLE_SPECS: readonly TableSpec[] = [
  {
    tableName: BATCHES_TABLE,
    sheetName: BATCHES_SHEET,
    firstColumn: 0,
    columns: BATCH_COLUMNS,
    initialRows: [],
    freezeHeader: true,
  },
  {
    tableName: EXPORT_LOG_TABLE,
    sheetName: EXPORT_LOG_SHEET,
    firstColumn: 0,
    columns: EXPORT_LOG_COLUMNS,
    initialRows: [],
    freezeHeader: true,
  },
  ...LIST_DEFINITIONS.map((list): TableSpec => ({
    tableName: list.tableName,
    sheetName: LISTS_SHEET,
    firstColumn: list.columnIndex,
    columns: [listColumn(list)],
    // SPEC: immunisatieproduct starts empty; DEFAULT_LISTS holds no product.
    initialRows: DEFAULT_LISTS[list.key].map((item) => [item]),
    freezeHeader: true,
  })),
];

/** A table as read in one sync: headers, body values and where the body sits. */
export interface TableSnapshot {
  readonly tableName: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** Body values, blank rows included (a new table has one blank row). */
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based sheet row of the first body row. */
  readonly firstRowIndex: number;
  /** 0-based sheet column of the table's first column. */
  readonly columnIndex: number;
}

/** What the workbook holds, as far as the set-up and the readers care (one sync). */
export interface WorkbookProbe {
  /** Worksheet names, in tab order. */
  readonly sheetNames: readonly string[];
  /** Table names, compared ignoring case ({@link sheetNameKey}). */
  readonly tableKeys: ReadonlySet<string>;
  /** Workbook-scoped names, compared ignoring case. */
  readonly nameKeys: ReadonlySet<string>;
}

/** True when the probe saw a table of that name. */
export function hasTable(probe: WorkbookProbe, tableName: string): boolean {
  return probe.tableKeys.has(sheetNameKey(tableName));
}

/** Loads the sheet, table and name collections: one sync, nothing written. */
export async function probeWorkbook(context: Excel.RequestContext): Promise<WorkbookProbe> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    tableKeys: new Set(tables.items.map((table) => sheetNameKey(table.name))),
    nameKeys: new Set(names.items.map((name) => sheetNameKey(name.name))),
  };
}

/** What one set-up run did. All lists empty means the workbook was already set up. */
export interface SetupReport {
  readonly createdSheets: readonly string[];
  /** Tables created with their headers (and default lists). */
  readonly createdTables: readonly string[];
  /** Tables rebuilt over data that already had their exact headers. */
  readonly adoptedTables: readonly string[];
  readonly createdNames: readonly string[];
  /**
   * Each table this run creates or adopts, as it will be once the queued work has run: lets a
   * caller append rows in the same write (createBatch, recordExport).
   */
  readonly tables: Readonly<Record<string, TableSnapshot>>;
}

/** True when the report says something was written. */
export function setupChangedWorkbook(report: SetupReport): boolean {
  return (
    report.createdSheets.length +
      report.createdTables.length +
      report.adoptedTables.length +
      report.createdNames.length >
    0
  );
}

/**
 * A1 address (no sheet) of a table's columns from row `firstRow` to `lastRow` (1-based); `columns`
 * when the table has fewer than the spec (an earlier version's layout).
 */
function tableAddress(
  spec: TableSpec,
  firstRow: number,
  lastRow: number,
  columns: number = spec.columns.length,
): string {
  const first = columnLetter(spec.firstColumn);
  const last = columnLetter(spec.firstColumn + columns - 1);
  return `${first}${firstRow}:${last}${lastRow}`;
}

/** Whole columns of a table, e.g. `A:R`. */
function tableColumnsAddress(spec: TableSpec): string {
  return `${columnLetter(spec.firstColumn)}:${columnLetter(spec.firstColumn + spec.columns.length - 1)}`;
}

type Placement =
  | { kind: 'create'; spec: TableSpec; sheetName: string }
  | {
      kind: 'adopt';
      spec: TableSpec;
      sheetName: string;
      /** The headers found: the spec's, or an earlier version's. */
      headers: readonly string[];
      rows: readonly (readonly unknown[])[];
    };

/** The set-up to do, decided from the probe and, when needed, a look at the places (pure). */
interface SetupPlan {
  readonly newSheets: string[];
  readonly placements: Placement[];
  readonly newNames: ListDefinition[];
}

/** What is found where a missing table should go on an existing sheet. */
type PlaceState =
  | { kind: 'empty' }
  | { kind: 'sameHeaders'; headers: readonly string[]; rows: readonly (readonly unknown[])[] }
  | { kind: 'occupied' };

/**
 * The header rows a table of `spec` may be rebuilt over: its own, then, when later versions added
 * columns, an earlier version's (the columns without `addedLater`, in the same order).
 */
function knownHeaderRows(spec: TableSpec): readonly (readonly string[])[] {
  const current = spec.columns.map((column) => column.header);
  const earlier = spec.columns.filter((column) => column.addedLater !== true).map((column) => column.header);
  return earlier.length === current.length ? [current] : [current, earlier];
}

/** The known header row that `row` starts with, or null. */
function matchingHeaders(spec: TableSpec, row: readonly unknown[] | undefined): readonly string[] | null {
  return knownHeaderRows(spec).find((headers) => headers.every((header, i) => row?.[i] === header)) ?? null;
}

/**
 * Looks at the places of missing tables on sheets that exist (one sync, only when there are such
 * tables): empty, the table's own headers (adopt), or something else (go elsewhere).
 */
async function inspectPlaces(
  context: Excel.RequestContext,
  specs: readonly TableSpec[],
): Promise<Map<TableSpec, PlaceState>> {
  const probes = specs.map((spec) => {
    const sheet = context.workbook.worksheets.getItem(spec.sheetName);
    const used = sheet.getRange(tableColumnsAddress(spec)).getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,values');
    return { spec, used };
  });
  await context.sync();
  const states = new Map<TableSpec, PlaceState>();
  for (const { spec, used } of probes) {
    const headers =
      used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== spec.firstColumn
        ? null
        : matchingHeaders(spec, used.values[0]);
    if (used.isNullObject) states.set(spec, { kind: 'empty' });
    else if (headers !== null) {
      // The table's own headers (or an earlier version's) in row 1 with the data below: rebuild the
      // table over them, as wide as those headers (a cell right of them stays outside).
      const rows = used.values.slice(1).map((row) => row.slice(0, headers.length));
      states.set(spec, { kind: 'sameHeaders', headers, rows });
    } else states.set(spec, { kind: 'occupied' });
  }
  return states;
}

/**
 * Decides the set-up: which sheets, tables and names to create. Reads (one more sync) only when a
 * missing table's sheet exists. Queues nothing.
 */
async function planSetup(context: Excel.RequestContext, probe: WorkbookProbe): Promise<SetupPlan> {
  const missing = TABLE_SPECS.filter((spec) => !hasTable(probe, spec.tableName));
  const existingSheetKeys = new Set(probe.sheetNames.map(sheetNameKey));
  const onExistingSheets = missing.filter((spec) => existingSheetKeys.has(sheetNameKey(spec.sheetName)));
  const places = onExistingSheets.length > 0 ? await inspectPlaces(context, onExistingSheets) : new Map();

  const allSheetNames = [...probe.sheetNames];
  const newSheets: string[] = [];
  /** Preferred sheet -> the new sheet that takes the tables its place could not hold. */
  const overflow = new Map<string, string>();
  const addSheet = (name: string): string => {
    const unique = uniqueSheetName(name, allSheetNames);
    allSheetNames.push(unique);
    newSheets.push(unique);
    return unique;
  };

  const placements: Placement[] = [];
  for (const spec of missing) {
    const key = sheetNameKey(spec.sheetName);
    const state: PlaceState | undefined = places.get(spec);
    if (state === undefined) {
      // The preferred sheet does not exist (yet): create it once, shared by its tables.
      if (!allSheetNames.some((name) => sheetNameKey(name) === key)) addSheet(spec.sheetName);
      placements.push({ kind: 'create', spec, sheetName: spec.sheetName });
    } else if (state.kind === 'empty') {
      placements.push({ kind: 'create', spec, sheetName: spec.sheetName });
    } else if (state.kind === 'sameHeaders') {
      placements.push({
        kind: 'adopt',
        spec,
        sheetName: spec.sheetName,
        headers: state.headers,
        rows: state.rows,
      });
    } else {
      let target = overflow.get(key);
      if (target === undefined) {
        target = addSheet(spec.sheetName);
        overflow.set(key, target);
      }
      placements.push({ kind: 'create', spec, sheetName: target });
    }
  }

  const newNames = LIST_DEFINITIONS.filter((list) => !probe.nameKeys.has(sheetNameKey(list.rangeName)));
  return { newSheets, placements, newNames };
}

/**
 * One number format on every cell of a range of any size (whole columns included), in one call.
 * Office.js `Range.numberFormat`: "If the argument is a single value, it will be applied to all
 * cells in the range". The TypeScript types only allow a 2-D array, whose shape must then match
 * the range (a million-row array is out of the question), so the single value is cast; it works at
 * runtime (OfficeDev/office-js-docs-pr#2013, office-js-docs-reference#578).
 */
export function setNumberFormatEverywhere(range: Excel.Range, numberFormat: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = numberFormat;
}

/** Number format on a whole column. */
function setColumnFormat(sheet: Excel.Worksheet, column: number, numberFormat: string): void {
  const letter = columnLetter(column);
  setNumberFormatEverywhere(sheet.getRange(`${letter}:${letter}`), numberFormat);
}

/** A drop-down on a whole column below row 1. `strict` false shows the list but accepts any value. */
export function queueDropDown(sheet: Excel.Worksheet, column: number, source: string, strict: boolean): void {
  const letter = columnLetter(column);
  const validation = sheet.getRange(`${letter}2:${letter}${MAX_SHEET_ROW}`).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source } };
  validation.ignoreBlanks = true;
  // Empty title and message: Excel shows its own (localised) text, so none of ours is stored.
  validation.errorAlert = { showAlert: strict, style: 'Stop', title: '', message: '' };
}

function dropDownSource(column: ColumnDefinition<string>): string | null {
  const dropDown = column.dropDown;
  if (dropDown === undefined) return null;
  if (dropDown.source === 'yesNo') return YES_NO_SOURCE;
  const list = LIST_DEFINITIONS.find((item) => item.key === dropDown.source);
  return list === undefined ? null : listValidationSource(list);
}

/** The snapshot of a table queued for creation in this batch: headers and the initial rows. */
export function freshTableSnapshot(spec: TableSpec, sheetName: string): TableSnapshot {
  return {
    tableName: spec.tableName,
    sheetName,
    headers: spec.columns.map((column) => column.header),
    // A header-only table has one blank body row (see queueCreateTable).
    rows: spec.initialRows.length > 0 ? spec.initialRows : [spec.columns.map(() => '')],
    firstRowIndex: 1,
    columnIndex: spec.firstColumn,
  };
}

/** Queues a new table with its formats (before values), headers, default rows and widths. */
function queueCreateTable(sheet: Excel.Worksheet, spec: TableSpec): Excel.Table {
  spec.columns.forEach((column, i) => {
    if (column.numberFormat === TEXT_FORMAT) setColumnFormat(sheet, spec.firstColumn + i, TEXT_FORMAT);
  });
  sheet.getRange(tableAddress(spec, 1, 1)).values = [spec.columns.map((column) => column.header)];
  const rows = spec.initialRows.length;
  if (rows > 0) {
    sheet.getRange(tableAddress(spec, 2, rows + 1)).values = spec.initialRows.map((row) => [...row]);
  }
  // A header-only table gets exactly one empty data row (Excel needs one); say so explicitly.
  const table = sheet.tables.add(tableAddress(spec, 1, Math.max(rows, 1) + 1), true);
  table.name = spec.tableName;
  spec.columns.forEach((column, i) => {
    const letter = columnLetter(spec.firstColumn + i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width;
  });
  return table;
}

/** Queues the plan. Nothing is read; the caller syncs. */
function queuePlan(context: Excel.RequestContext, plan: SetupPlan): SetupReport {
  const worksheets = context.workbook.worksheets;
  const newSheets = new Map<string, Excel.Worksheet>();
  for (const name of plan.newSheets) newSheets.set(sheetNameKey(name), worksheets.add(name));

  const createdTables: string[] = [];
  const adoptedTables: string[] = [];
  const tables: Record<string, TableSnapshot> = {};
  const created: { spec: TableSpec; sheet: Excel.Worksheet }[] = [];
  const frozen = new Set<string>();
  for (const item of plan.placements) {
    const isNewSheet = newSheets.has(sheetNameKey(item.sheetName));
    const sheet = newSheets.get(sheetNameKey(item.sheetName)) ?? worksheets.getItem(item.sheetName);
    if (item.kind === 'adopt') {
      const width = item.headers.length;
      const rows = item.rows.length > 0 ? item.rows : [item.headers.map(() => '')];
      sheet.tables.add(tableAddress(item.spec, 1, rows.length + 1, width), true).name = item.spec.tableName;
      adoptedTables.push(item.spec.tableName);
      tables[item.spec.tableName] = {
        ...freshTableSnapshot(item.spec, item.sheetName),
        headers: item.headers,
        rows,
      };
    } else {
      tables[item.spec.tableName] = freshTableSnapshot(item.spec, item.sheetName);
      queueCreateTable(sheet, item.spec);
      createdTables.push(item.spec.tableName);
      created.push({ spec: item.spec, sheet });
      const key = sheetNameKey(item.sheetName);
      if (item.spec.freezeHeader && isNewSheet && !frozen.has(key)) {
        sheet.freezePanes.freezeRows(1);
        frozen.add(key);
      }
    }
  }

  // Names after the tables they point at, drop-downs after the names they use.
  for (const list of plan.newNames) context.workbook.names.add(list.rangeName, listNameFormula(list));
  for (const { spec, sheet } of created) {
    spec.columns.forEach((column, i) => {
      const source = dropDownSource(column);
      if (source !== null && column.dropDown !== undefined) {
        queueDropDown(sheet, spec.firstColumn + i, source, column.dropDown.strict);
      }
    });
  }

  return {
    createdSheets: plan.newSheets,
    createdTables,
    adoptedTables,
    createdNames: plan.newNames.map((list) => list.rangeName),
    tables,
  };
}

/**
 * Probes the workbook and queues whatever is missing, without the final sync, so a caller can
 * put more work into the same write (createBatch does). Reads take 1 or 2 syncs.
 */
export async function queueSetupWorkbook(
  context: Excel.RequestContext,
  probe?: WorkbookProbe,
): Promise<{ probe: WorkbookProbe; report: SetupReport }> {
  const seen = probe ?? (await probeWorkbook(context));
  const plan = await planSetup(context, seen);
  return { probe: seen, report: queuePlan(context, plan) };
}

/**
 * Creates what is missing of the add-in's sheets, tables, list names and drop-downs; running it
 * again changes nothing, and the user's edits (list items, cells, formatting) survive.
 *
 * @example
 * ```ts
 * await Excel.run(async (context) => {
 *   const report = await setupWorkbook(context);
 *   report.createdTables; // ['tblBatches', 'tblExportLog', 'tblLijstImmunisatieproduct', ...] the first time, [] after
 * });
 * ```
 */
export async function setupWorkbook(context: Excel.RequestContext): Promise<SetupReport> {
  const { report } = await queueSetupWorkbook(context);
  if (setupChangedWorkbook(report)) await context.sync();
  return report;
}

/** {@link setupWorkbook} in its own `Excel.run` (one user action). */
export function runSetupWorkbook(): Promise<SetupReport> {
  return Excel.run((context) => setupWorkbook(context));
}

import { columnLetter } from './a1Address';
import { dropDownSource, queueDropDown } from './dropDownValidation';
import { listNameFormula } from './dropDownLists';
import { setNumberFormatEverywhere, TEXT_FORMAT } from './numberFormats';
import { planSetup, type SetupPlan } from './setupPlan';
import { sheetNameKey } from './sheetNames';
import { freshTableSnapshot, tableAddress, type TableSpec } from './tableSpecs';
import type { TableSnapshot } from './tableSnapshot';
import { probeWorkbook, type WorkbookProbe } from './workbookProbe';

/*
 * Idempotent set-up of the workbook: the batch table, the export log and the lists.
 *
 * Rules (SPEC: "The original sheet is never rewritten without the user asking"):
 * - Only what is missing is created: a table, found by its name wherever the user moved it, is
 *   never touched again (its rows, formats and drop-downs are the user's from then on), and a
 *   workbook name is only added when no name of that spelling exists. The one exception is a
 *   column a later version added to the layout (columnDefinition.ts `addedLater`, e.g. "Niet geëxporteerd"):
 *   the add-in appends it to a table made by an earlier version when it first writes to it
 *   (addLaterColumns.ts `queueAddLaterColumns`, from recordExport), in that write; the set-up itself does
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

/** Number format on a whole column. */
function setColumnFormat(sheet: Excel.Worksheet, column: number, numberFormat: string): void {
  const letter = columnLetter(column);
  setNumberFormatEverywhere(sheet.getRange(`${letter}:${letter}`), numberFormat);
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
    // Where a person reads a machine's date (issue #13: ISO only where a machine reads it, and the
    // sheet says so), the header cell says so when selected.
    if (column.headerNote !== undefined) {
      sheet.getRange(`${letter}1`).dataValidation.prompt = { showPrompt: true, ...column.headerNote };
    }
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

import type { SheetRef } from './sheetIdentity';
import { sheetNameKey } from './sheetNames';

/*
 * One look at what the workbook holds: sheets, tables and names (one sync, nothing written).
 */

/** What the workbook holds, as far as the set-up and the readers care (one sync). */
export interface WorkbookProbe {
  /** Worksheet names, in tab order. */
  readonly sheetNames: readonly string[];
  /** Worksheet ids and names, in tab order (sheetIdentity.ts finds a batch's sheet with them). */
  readonly sheets: readonly SheetRef[];
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
  const sheets = context.workbook.worksheets.load('items/name, items/id');
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    sheets: sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    tableKeys: new Set(tables.items.map((table) => sheetNameKey(table.name))),
    nameKeys: new Set(names.items.map((name) => sheetNameKey(name.name))),
  };
}

/*
 * Navigation: which sheet the user is on, and taking the user to a cell (a click on an issue in
 * the pane selects the cell in Excel).
 */

/** The active worksheet's name (one sync). */
export async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  await context.sync();
  return sheet.name;
}

/**
 * The current name of the worksheet with id `sheetId`, or null when it is gone (one sync).
 * `getItemOrNullObject` takes a name or an id (Excel.WorksheetCollection, ExcelApi 1.4), and a
 * worksheet keeps its id when renamed or moved (Excel.Worksheet.id).
 */
export async function sheetNameById(context: Excel.RequestContext, sheetId: string): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
  sheet.load('name');
  await context.sync();
  return sheet.isNullObject ? null : sheet.name;
}

/** A sheet the pane read earlier: its name then and, where the reader reported it, its worksheet id. */
export interface SheetTarget {
  readonly sheetName: string;
  readonly sheetId?: string | undefined;
}

/**
 * The sheet's name now: found by its worksheet id when one is given (the user may have renamed it
 * since the pane read it, issue #10), else, or when that id is gone, the name given. One sync with
 * an id, none without.
 */
export async function currentSheetName(context: Excel.RequestContext, target: SheetTarget): Promise<string> {
  if (target.sheetId === undefined) return target.sheetName;
  return (await sheetNameById(context, target.sheetId)) ?? target.sheetName;
}

/**
 * Activates a sheet and selects one cell (`Range.select`): `row` is the Excel row (1-based),
 * `column` the 0-based sheet column (as in readSheet's mappings). One sync.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  row: number,
  column: number,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRangeByIndexes(row - 1, column, 1, 1).select();
  await context.sync();
}

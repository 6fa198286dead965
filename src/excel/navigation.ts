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

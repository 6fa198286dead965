/*
 * GAP (to move into src/excel): the two Excel calls the pane needs that src/excel does not offer
 * yet: the active sheet's name, and selecting one cell. ARCHITECTURE says src/excel is the only
 * ring that talks to Excel; these are here only so the pane builds while that API is missing.
 * Proposed home and shape: src/excel/navigation.ts with exactly these two functions. Nothing
 * else in src/taskpane calls Excel directly.
 */

/** The active worksheet's name (one sync). */
export async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  await context.sync();
  return sheet.name;
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

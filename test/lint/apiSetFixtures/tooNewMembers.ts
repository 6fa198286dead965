/**
 * Fixture for test/lint/apiSets.test.ts, never run: each `REPORTED` line uses an API member above
 * the manifest's requirement sets without a guard and must be reported; each `ALLOWED` line must
 * not be. The line comments are what the test matches on.
 */
export async function tooNewMembers(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItem('Registraties');
  const range = sheet.getRange('A1:E10');
  const table = sheet.tables.getItem('Batches');
  range.load('valuesAsJson'); // REPORTED: ExcelApi 1.16 (a name in a load string)
  await context.sync();
  const json = range.valuesAsJson; // REPORTED: ExcelApi 1.16
  range.load({ valuesAsJson: true }); // REPORTED: ExcelApi 1.16 (a load-options key)
  table.rows.add(undefined, [['a']], true); // REPORTED: ExcelApi 1.15 (the alwaysInsert argument)
  table.rows.add(undefined, [['a']]); // ALLOWED: ExcelApi 1.1 (1.4 for several rows)
  Office.context.ui.openBrowserWindow('https://localhost:3000/export.html'); // REPORTED: OpenBrowserWindowApi 1.1

  if (Office.context.requirements.isSetSupported('ExcelApi', '1.16')) {
    const guarded = range.valuesAsJson; // ALLOWED: inside the guard
    void guarded;
  }
  const supported = Office.context.requirements.isSetSupported('ExcelApi', '1.16');
  const viaConst = supported ? range.valuesAsJson : null; // ALLOWED: a const guard
  const tooLow = Office.context.requirements.isSetSupported('ExcelApi', '1.15') && range.valuesAsJson; // REPORTED: ExcelApi 1.16 (guard too low)
  void [json, viaConst, tooLow];
}

export function earlyReturn(range: Excel.Range): unknown {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.16')) return null;
  return range.valuesAsJson; // ALLOWED: after an early return
}

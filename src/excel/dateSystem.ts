/**
 * Queues the read of the workbook's date system, within the requirement sets the manifest
 * declares (issue #10: every API member within the declared sets or guarded).
 *
 * `Workbook.use1904DateSystem` is not used: no released requirement set has it (the installed
 * @types/office-js, which covers ExcelApi up to 1.21, does not declare it), so no `isSetSupported`
 * check can prove it is there, and loading a property the host does not know fails the whole
 * sync. Instead Excel itself is asked for DATE(1904, 1, 1) through `workbook.functions`
 * (Excel.Functions.date, ExcelApi 1.2): that day is serial 0 in the 1904 date system and serial
 * 1462 in the 1900 system ("Date systems in Excel": "the difference between the two date systems
 * is 1,462 days"). The result rides in the sync of the caller's first read, so no sync is added.
 * Call the returned function after that sync.
 *
 * @example
 * ```ts
 * const use1904 = queueDateSystem(context);
 * const range = sheet.getRange('D2:D40').load('values, valueTypes, numberFormat');
 * await context.sync();
 * cellFromExcel(range.values[0][0], range.valueTypes[0][0], range.numberFormat[0][0], { use1904: use1904() });
 * ```
 */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const firstDay1904 = context.workbook.functions.date(1904, 1, 1);
  firstDay1904.load('value');
  return () => firstDay1904.value === 0;
}

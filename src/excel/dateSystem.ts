/**
 * Queues the read of the workbook's date system: `Workbook.use1904DateSystem` exists from
 * ExcelApi 1.16 only (and is newer than the installed @types/office-js), so it is feature-detected
 * and read through a cast; without it the 1900 system, Excel's default on Windows and the web, is
 * assumed. Call the returned function after the sync.
 */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const supported =
    typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.16');
  if (!supported) return () => false;
  const workbook = context.workbook as unknown as {
    load(option: string): unknown;
    use1904DateSystem: boolean;
  };
  workbook.load('use1904DateSystem');
  return () => workbook.use1904DateSystem === true;
}

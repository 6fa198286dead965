import { queueDateSystem } from './dateSystem';
import { isOfficeError } from './officeErrors';

export interface UsedArea {
  readonly address: string;
  /** 0-based. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * First sync of every read: the sheet (ItemNotFound when it does not exist, a user-caused
 * failure reported as `sheet_not_found`), its used range (values only: a formatted but empty cell
 * holds nothing to read) and the date system.
 */
export async function loadUsedArea(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<
  | {
      ok: true;
      sheet: Excel.Worksheet;
      used: UsedArea | null;
      use1904: boolean;
      name: string;
      /** Worksheet.id: stays the same when the user renames or moves the sheet (ExcelApi 1.1). */
      id: string;
    }
  | { ok: false }
> {
  // getItem takes a name or an id ("Gets a worksheet object using its name or ID").
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load('name, id');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address, rowIndex, columnIndex, rowCount, columnCount');
  const use1904 = queueDateSystem(context);
  try {
    await context.sync();
  } catch (error) {
    if (isOfficeError(error, 'ItemNotFound')) return { ok: false };
    throw error;
  }
  return {
    ok: true,
    sheet,
    name: sheet.name,
    id: sheet.id,
    use1904: use1904(),
    used: used.isNullObject
      ? null
      : {
          address: used.address,
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        },
  };
}

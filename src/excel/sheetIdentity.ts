import { sheetNameKey } from './sheetNames';

/*
 * Which worksheet is a batch's sheet (pure; docs/decisions/0009-sheets-by-id.md). A batch records
 * its sheet twice: by name in the Batches row ("Registratieblad", for the human reader) and by
 * worksheet id in a very hidden record (sheetLinks.ts). Excel keeps a worksheet's id when the user
 * renames or moves it ("The value of the identifier remains the same even when the worksheet is
 * renamed or moved", Excel.Worksheet.id, ExcelApi 1.1), and a copy of a sheet is a new worksheet
 * with a new id.
 *
 * The recorded name wins when a sheet carries it: the add-in rewrites the name after every rename
 * it sees, so the name is current; a user who types another sheet's name into Registratieblad
 * means that sheet; and Excel has given worksheets new ids between sessions in some versions
 * (office-js-docs#297, office-js#1390), so a stale id could point at another sheet. Only when no
 * sheet carries the recorded name does the id find the sheet, renamed, and then never a sheet whose
 * name another batch records (that sheet is the other batch's).
 */

/** A worksheet as the probe saw it. */
export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/** How a batch's sheet was found. */
export type SheetMatch =
  /** The recorded name, with the recorded id (or no id recorded yet, or ids not available). */
  | { readonly kind: 'same'; readonly sheet: SheetRef }
  /** The recorded name; the recorded id is gone or is another sheet's: the id is to be recorded again. */
  | { readonly kind: 'by_name'; readonly sheet: SheetRef }
  /** The recorded id under another name: the user renamed the sheet; the name is to be recorded again. */
  | { readonly kind: 'renamed'; readonly sheet: SheetRef }
  /** Neither: the sheet was deleted (or renamed while its id was not yet recorded). */
  | { readonly kind: 'missing' };

/** What a batch recorded about its sheet. */
export interface RecordedSheet {
  readonly sheetName: string;
  /** null: no id recorded (a workbook made before ids were recorded, or a host without ids). */
  readonly sheetId: string | null;
}

/**
 * Finds a batch's sheet among the workbook's sheets (see the module comment). `otherNames` are the
 * sheet names the other batches record (compared as Excel compares names).
 *
 * @example
 * ```ts
 * findRecordedSheet({ sheetName: 'B001', sheetId: '{A}' }, [{ id: '{A}', name: 'Griep' }], new Set());
 * // { kind: 'renamed', sheet: { id: '{A}', name: 'Griep' } }
 * ```
 */
export function findRecordedSheet(
  recorded: RecordedSheet,
  sheets: readonly SheetRef[],
  otherNames: { has(nameKey: string): boolean },
): SheetMatch {
  const key = sheetNameKey(recorded.sheetName);
  const named =
    recorded.sheetName === '' ? undefined : sheets.find((sheet) => sheetNameKey(sheet.name) === key);
  if (named !== undefined) {
    const same = recorded.sheetId === null || recorded.sheetId === named.id;
    return { kind: same ? 'same' : 'by_name', sheet: named };
  }
  if (recorded.sheetId === null) return { kind: 'missing' };
  const byId = sheets.find((sheet) => sheet.id === recorded.sheetId);
  if (byId === undefined || otherNames.has(sheetNameKey(byId.name))) return { kind: 'missing' };
  return { kind: 'renamed', sheet: byId };
}

/** Excel names a copy of a sheet `<name> (2)`, `(3)`..., the name cut so the whole fits 31 characters. */
const COPY_NAME = /^(.*) \((\d+)\)$/u;

/**
 * The recorded sheet names `sheetName` looks like an Excel copy of (`B001 Vaxigrip (2)` of
 * `B001 Vaxigrip`; a long name cut to fit 31 characters matches by its start). Empty when the name
 * is no copy name. Used to tell the user that a sheet is a copy of a batch's sheet, which is not
 * that batch's sheet (docs/decisions/0009-sheets-by-id.md).
 */
export function copiedFrom(sheetName: string, recordedNames: readonly string[]): string[] {
  const match = COPY_NAME.exec(sheetName);
  const base = match?.[1];
  if (base === undefined || base === '') return [];
  const baseKey = sheetNameKey(base);
  const cut = sheetName.length >= 31;
  return recordedNames.filter((name) => {
    const key = sheetNameKey(name);
    return key === baseKey || (cut && key.startsWith(baseKey));
  });
}

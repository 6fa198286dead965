import type { Rect } from './addresses';
import type { DateSystem } from './dates';
import { FakeErrorCodes, officeError } from './errors';
import { assertValidNewSheetName, sameName } from './nameRules';
import type { NamedItemRecord } from './namedItems';
import { SheetModel } from './sheetModel';
import type { TableRecord } from './tables';

export type CalculationModeName = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

/** The workbook behind the fake: sheets in tab order, names, tables, selection, settings. */
export class WorkbookModel {
  name = 'Book1.xlsx';
  sheets: SheetModel[] = [];
  names: NamedItemRecord[] = [];
  tables: TableRecord[] = [];
  activeSheetId: string | null = null;
  /** The selection: `rect` holds the active cell; `areas` every area of a multi-area selection. */
  selection: { sheetId: string; rect: Rect; areas?: readonly Rect[] } | null = null;
  /** `Workbook.use1904DateSystem`. */
  use1904DateSystem = false;
  calculationMode: CalculationModeName = 'Automatic';
  /** `context.runtime.enableEvents` (per add-in runtime). */
  eventsEnabled = true;
  /** `Office.context.document.settings`, as saved. */
  readonly settings = new Map<string, unknown>();
  private counter = 0;

  get dateSystem(): DateSystem {
    return this.use1904DateSystem ? '1904' : '1900';
  }

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  requireSheet(id: string, location: string): SheetModel {
    const sheet = this.sheetById(id);
    if (!sheet) throw officeError(FakeErrorCodes.itemNotFound, 'the worksheet was deleted', location);
    return sheet;
  }

  /** `worksheets.add(name?)`: validates the name, appends at the end (as Excel does). */
  addSheet(name: string | undefined, location: string): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    assertValidNewSheetName(
      finalName,
      this.sheets.map((s) => s.name),
      location,
    );
    const sheet = new SheetModel(this.newSheetId(), finalName);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  /**
   * A new worksheet id. Excel's look like GUIDs in braces; "Returns a value that uniquely
   * identifies the worksheet in a given workbook. The value of the identifier remains the same
   * even when the worksheet is renamed or moved" (Excel.Worksheet.id, ExcelApi 1.1): the id is
   * given once, never reused, and a copy gets a new one.
   */
  private newSheetId(): string {
    return `{00000000-0001-0000-C000-${this.nextId('').padStart(12, '0')}}`;
  }

  /**
   * The name Excel gives a copy of `name`: `name (2)`, or `(3)` and so on when that exists, the
   * original shortened so the whole stays within 31 characters (what "Move or Copy" with "Create a
   * copy" and `Worksheet.copy` do; the API has no name argument).
   */
  copyName(name: string): string {
    const base = name.replace(/ \(\d+\)$/u, '');
    for (let n = 2; ; n += 1) {
      const suffix = ` (${n})`;
      const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
      if (!this.sheetByName(candidate)) return candidate;
    }
  }

  /**
   * Copies `sheet` (Excel.Worksheet.copy, ExcelApi 1.7; Excel's "Move or Copy" with "Create a
   * copy"): a new id, the name of {@link copyName}, everything on the sheet copied, inserted at
   * `position`. Tables on the sheet are copied under new unique names and sheet-scoped names are
   * copied with the sheet, as Excel does ("a copy of a table gets a new name"; scoped names stay
   * local to each sheet).
   */
  copySheet(sheet: SheetModel, position: number): SheetModel {
    const copy = sheet.copyAs(this.newSheetId(), this.copyName(sheet.name), (prefix) => this.nextId(prefix));
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, copy);
    for (const table of this.tables.filter((t) => t.sheetId === sheet.id)) {
      let n = 2;
      while (this.tables.some((t) => t.name.toUpperCase() === `${table.name}${n}`.toUpperCase())) n += 1;
      this.tables.push({
        id: this.nextId('table'),
        name: `${table.name}${n}`,
        sheetId: copy.id,
        rect: { ...table.rect },
      });
    }
    for (const item of this.names.filter((n) => n.scopeSheetId === sheet.id)) {
      this.names.push({
        ...item,
        scopeSheetId: copy.id,
        reference:
          item.reference === null
            ? null
            : {
                sheetId: item.reference.sheetId === sheet.id ? copy.id : item.reference.sheetId,
                rect: { ...item.reference.rect },
              },
      });
    }
    return copy;
  }

  renameSheet(sheet: SheetModel, name: unknown, location: string): void {
    if (typeof name === 'string' && sameName(name, sheet.name)) {
      sheet.name = name;
      return;
    }
    assertValidNewSheetName(
      name,
      this.sheets.filter((s) => s !== sheet).map((s) => s.name),
      location,
    );
    sheet.name = name as string;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  deleteSheet(sheet: SheetModel, location: string): void {
    if (sheet.visibility === 'Visible' && this.visibleSheets().length <= 1) {
      throw officeError(
        FakeErrorCodes.invalidOperation,
        'a workbook must keep at least one visible sheet',
        location,
      );
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    this.names = this.names.filter((n) => n.scopeSheetId !== sheet.id && n.reference?.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) {
      const next = this.visibleSheets()[Math.min(index, this.visibleSheets().length - 1)];
      this.activeSheetId = next?.id ?? null;
    }
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  moveSheet(sheet: SheetModel, position: number, location: string): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw officeError(
        FakeErrorCodes.invalidArgument,
        `position ${String(position)} is out of range`,
        location,
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  activeSheet(): SheetModel | undefined {
    return this.activeSheetId === null ? undefined : this.sheetById(this.activeSheetId);
  }
}

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
  selection: { sheetId: string; rect: Rect } | null = null;
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
    // Excel worksheet ids look like GUIDs in braces.
    const id = `{00000000-0001-0000-C000-${this.nextId('').padStart(12, '0')}}`;
    const sheet = new SheetModel(id, finalName);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
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

import { MAX_COLUMNS, MAX_ROWS, parseAddress, parseAreas, type Rect, rect } from './addresses';
import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, officeError } from './errors';
import { FakeEventHandlers } from './events';
import { countFormatCall } from './limits';
import { sameName } from './nameRules';
import { FakeNamedItemCollection, resolveNameToRange } from './namedItems';
import { FakeClientObject, FakeClientResult, FakeCollection } from './proxy';
import { FakeRange } from './range';
import { FakeRangeAreas } from './rangeAreas';
import type { SheetModel, SheetVisibilityName } from './sheetModel';
import { FakeTableCollection } from './tables';

/**
 * `Excel.Worksheet`, `Excel.WorksheetCollection`, `Excel.WorksheetFreezePanes`.
 *
 * - `getRange(address)` takes "A1:E1", "$A$1", "A:A", "2:2", a sheet-qualified address of the
 *   same sheet ("Sheet1!A1", "'My Sheet'!A1") or a defined name; no argument means the whole sheet.
 *   An address naming another sheet, or nothing Excel can parse, is InvalidArgument at sync.
 * - `getUsedRange()`: "If the worksheet is blank, this function will return the top left cell";
 *   `getUsedRangeOrNullObject()` returns a null object instead.
 * - `worksheets.add()` appends at the end ("The worksheet will be added at the end of existing
 *   worksheets"); names follow Excel's sheet-name rules (see nameRules.ts).
 * - `worksheets.getItem(key)` takes a name (any case) or an id ("Gets a worksheet object using its
 *   name or ID", Excel.WorksheetCollection.getItem). The id stays the same when the sheet is
 *   renamed or moved (Excel.Worksheet.id, ExcelApi 1.1); a copy gets a new id.
 */
export type SheetLocator = (exec: ExecState) => SheetModel | null;

const VISIBILITIES: SheetVisibilityName[] = ['Visible', 'Hidden', 'VeryHidden'];

export class FakeWorksheet extends FakeClientObject {
  readonly _className = 'Worksheet';
  private boundId: string | null | undefined = undefined;
  private freezePanesProxy: FakeWorksheetFreezePanes | undefined;
  private tablesProxy: FakeTableCollection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;
  private onChangedProxy: FakeEventHandlers | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: SheetLocator,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  /** @internal */
  _sheet(exec: ExecState): SheetModel | null {
    if (this.boundId === undefined) this.boundId = this.locate(exec)?.id ?? null;
    return this.boundId === null ? null : exec.model.requireSheet(this.boundId, 'Worksheet');
  }

  /** @internal */
  _requireSheet(exec: ExecState, location: string): SheetModel {
    const sheet = this._sheet(exec);
    if (!sheet) throw officeError(FakeErrorCodes.itemNotFound, undefined, location);
    return sheet;
  }

  /** @internal */
  _instantiate(): void {
    this._queueInstantiate();
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this._sheet(exec) === null;
  }

  override _scalarNames(): readonly string[] {
    return ['id', 'name', 'position', 'visibility'];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'freezePanes') return this.freezePanes;
    if (name === 'tables') return this.tables;
    if (name === 'names') return this.names;
    return undefined;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const sheet = this._requireSheet(exec, `Worksheet.${name}`);
    switch (name) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return exec.model.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get id(): string {
    return this._get('id');
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._queueSet('name', value, (exec, v) => {
      exec.model.renameSheet(this._requireSheet(exec, 'Worksheet.name'), v, 'Worksheet.name');
    });
  }

  get position(): number {
    return this._get('position');
  }
  set position(value: number) {
    this._queueSet('position', value, (exec, v) => {
      exec.model.moveSheet(this._requireSheet(exec, 'Worksheet.position'), v as number, 'Worksheet.position');
    });
  }

  get visibility(): SheetVisibilityName {
    return this._get('visibility');
  }
  set visibility(value: SheetVisibilityName) {
    this._queueSet('visibility', value, (exec, v) => {
      const sheet = this._requireSheet(exec, 'Worksheet.visibility');
      if (!VISIBILITIES.includes(v as SheetVisibilityName)) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `unknown visibility '${String(v)}'`,
          'Worksheet.visibility',
        );
      }
      if (v !== 'Visible' && sheet.visibility === 'Visible' && exec.model.visibleSheets().length <= 1) {
        throw officeError(
          FakeErrorCodes.invalidOperation,
          'a workbook must keep at least one visible sheet',
          'Worksheet.visibility',
        );
      }
      sheet.visibility = v as SheetVisibilityName;
      if (exec.model.activeSheetId === sheet.id && v !== 'Visible')
        exec.model.activeSheetId = exec.model.visibleSheets()[0]?.id ?? null;
    });
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    this.freezePanesProxy ??= new FakeWorksheetFreezePanes(
      this._context,
      this,
      `${this.pathText}.freezePanes`,
    );
    return this.freezePanesProxy;
  }

  get tables(): FakeTableCollection {
    this.tablesProxy ??= new FakeTableCollection(
      this._context,
      (exec) => this._sheet(exec),
      `${this.pathText}.tables`,
    );
    return this.tablesProxy;
  }

  get names(): FakeNamedItemCollection {
    this.namesProxy ??= new FakeNamedItemCollection(
      this._context,
      (exec) => this._sheet(exec),
      `${this.pathText}.names`,
    );
    return this.namesProxy;
  }

  get onChanged(): FakeEventHandlers {
    this.onChangedProxy ??= new FakeEventHandlers(
      this._context,
      (exec) => this._sheet(exec)?.id ?? null,
      `${this.pathText}.onChanged`,
    );
    return this.onChangedProxy;
  }

  private range(
    method: string,
    args: readonly unknown[],
    compute: (sheet: SheetModel, exec: ExecState) => Rect | null,
    nullable = false,
  ): FakeRange {
    const range = new FakeRange(
      this._context,
      (exec) => {
        const sheet = this._sheet(exec);
        if (!sheet) return null;
        const r = compute(sheet, exec);
        return r ? { sheetId: sheet.id, rect: r } : null;
      },
      `${this.pathText}.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
    );
    if (nullable) range._instantiate();
    return range;
  }

  getRange(address?: string): FakeRange {
    return this.range('getRange', address === undefined ? [] : [address], (sheet, exec) => {
      if (address === undefined || address === '') return rect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1);
      return resolveAddressOnSheet(exec, sheet, address, 'Worksheet.getRange');
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const ints = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ints || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw officeError(FakeErrorCodes.invalidArgument, 'invalid indexes', 'Worksheet.getRangeByIndexes');
      }
      const r = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      if (r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          'the range would be outside the worksheet',
          'Worksheet.getRangeByIndexes',
        );
      }
      return r;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(
      'getUsedRange',
      [valuesOnly ?? false],
      (sheet) => sheet.usedRect(valuesOnly === true) ?? rect(0, 0, 0, 0),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range(
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      (sheet) => sheet.usedRect(valuesOnly === true),
      true,
    );
  }

  /** `getRanges("A1:A2, C3")`: a RangeAreas on this sheet. */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this._context,
      (exec) => {
        const sheet = this._sheet(exec);
        if (!sheet) return null;
        const areas = parseAreas(address);
        if (!areas || areas.some((a) => a.sheet !== undefined && !sameName(a.sheet, sheet.name))) {
          throw officeError(
            FakeErrorCodes.invalidArgument,
            `'${address}' is not a list of addresses on this sheet`,
            'Worksheet.getRanges',
          );
        }
        return { sheetId: sheet.id, rects: areas.map((a) => a.rect) };
      },
      `${this.pathText}.getRanges(${JSON.stringify(address)})`,
    );
  }

  activate(): void {
    this._queueMethod('activate', [], (exec) => {
      const sheet = this._requireSheet(exec, 'Worksheet.activate');
      if (sheet.visibility !== 'Visible') {
        throw officeError(
          FakeErrorCodes.invalidOperation,
          'a hidden sheet cannot be activated',
          'Worksheet.activate',
        );
      }
      exec.model.activeSheetId = sheet.id;
    });
  }

  /**
   * `Worksheet.copy(positionType?, relativeTo?)` ("Copies a worksheet and places it at the
   * specified position. ... The default value is "None", which inserts the worksheet at the
   * beginning of the worksheet"; `relativeTo` "is only needed if positionType is "Before" or
   * "After""; [Api set: ExcelApi 1.7] in @types/office-js). The copy has a new id and the name
   * Excel gives a copy (`B001 (2)`, WorkbookModel.copyName).
   */
  copy(positionType: string = 'None', relativeTo?: FakeWorksheet): FakeWorksheet {
    if (relativeTo !== undefined) this._assertSameContext(relativeTo, 'Worksheet.copy');
    let createdId: string | null = null;
    const copy = new FakeWorksheet(
      this._context,
      (exec) => {
        if (createdId === null)
          throw officeError(FakeErrorCodes.itemNotFound, 'the worksheet was not copied', 'Worksheet.copy');
        return exec.model.requireSheet(createdId, 'Worksheet');
      },
      `${this.pathText}.copy(${JSON.stringify(positionType)})`,
    );
    this._queueMethod(
      'copy',
      relativeTo === undefined ? [positionType] : [positionType, relativeTo._path()],
      (exec) => {
        const sheet = this._requireSheet(exec, 'Worksheet.copy');
        const sheets = exec.model.sheets;
        let position: number;
        switch (positionType) {
          case 'None':
          case 'Beginning':
            position = 0;
            break;
          case 'End':
            position = sheets.length;
            break;
          case 'Before':
          case 'After': {
            if (relativeTo === undefined)
              throw officeError(
                FakeErrorCodes.invalidArgument,
                `positionType "${positionType}" needs relativeTo`,
                'Worksheet.copy',
              );
            const index = sheets.indexOf(relativeTo._requireSheet(exec, 'Worksheet.copy'));
            position = positionType === 'Before' ? index : index + 1;
            break;
          }
          default:
            throw officeError(
              FakeErrorCodes.invalidArgument,
              `unknown positionType '${positionType}'`,
              'Worksheet.copy',
            );
        }
        createdId = exec.model.copySheet(sheet, position).id;
      },
    );
    return copy;
  }

  delete(): void {
    this._queueMethod('delete', [], (exec) => {
      exec.model.deleteSheet(this._requireSheet(exec, 'Worksheet.delete'), 'Worksheet.delete');
    });
  }
}

/** Resolves an address or a defined name on `sheet` at execution time. */
export function resolveAddressOnSheet(
  exec: ExecState,
  sheet: SheetModel,
  address: string,
  location: string,
): Rect {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && !sameName(parsed.sheet, sheet.name)) {
      throw officeError(FakeErrorCodes.invalidArgument, `'${address}' is on another sheet`, location);
    }
    return parsed.rect;
  }
  const named = resolveNameToRange(exec.model, address, sheet.id);
  if (named && named.sheetId === sheet.id) return named.rect;
  throw officeError(
    FakeErrorCodes.invalidArgument,
    `'${address}' is not a valid address or name on this sheet`,
    location,
  );
}

export class FakeWorksheetFreezePanes extends FakeClientObject {
  readonly _className = 'WorksheetFreezePanes';

  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.worksheet._resolveIsNull(exec);
  }

  override _scalarNames(): readonly string[] {
    return [];
  }

  override _readScalar(): unknown {
    return undefined;
  }

  private freeze(method: string, args: unknown[], apply: (sheet: SheetModel, exec: ExecState) => void): void {
    this._queueMethod(method, args, (exec) => {
      apply(this.worksheet._requireSheet(exec, `WorksheetFreezePanes.${method}`), exec);
      countFormatCall(exec.host.stats, 'freezePanes');
    });
  }

  freezeRows(count?: number): void {
    this.freeze('freezeRows', [count ?? 1], (sheet) => {
      sheet.frozenRows = count ?? 1;
    });
  }

  freezeColumns(count?: number): void {
    this.freeze('freezeColumns', [count ?? 1], (sheet) => {
      sheet.frozenColumns = count ?? 1;
    });
  }

  /** "The range provided corresponds to cells that will be frozen in the top- and left-most pane." */
  freezeAt(frozenRange: FakeRange | string): void {
    this._assertSameContext(frozenRange, 'WorksheetFreezePanes.freezeAt');
    this.freeze(
      'freezeAt',
      [typeof frozenRange === 'string' ? frozenRange : frozenRange._path()],
      (sheet, exec) => {
        const r =
          typeof frozenRange === 'string'
            ? resolveAddressOnSheet(exec, sheet, frozenRange, 'WorksheetFreezePanes.freezeAt')
            : frozenRange._requireTarget(exec, 'WorksheetFreezePanes.freezeAt').rect;
        sheet.frozenRows = r.r1 + 1;
        sheet.frozenColumns = r.c1 + 1;
      },
    );
  }

  unfreeze(): void {
    this.freeze('unfreeze', [], (sheet) => {
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): FakeRange {
    const range = new FakeRange(
      this._context,
      (exec) => {
        const sheet = this.worksheet._sheet(exec);
        if (!sheet || (sheet.frozenRows === 0 && sheet.frozenColumns === 0)) return null;
        const rows = sheet.frozenRows === 0 ? MAX_ROWS : sheet.frozenRows;
        const columns = sheet.frozenColumns === 0 ? MAX_COLUMNS : sheet.frozenColumns;
        return { sheetId: sheet.id, rect: rect(0, 0, rows - 1, columns - 1) };
      },
      `${this.pathText}.getLocationOrNullObject()`,
    );
    range._instantiate();
    return range;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly _className = 'WorksheetCollection';
  private onChangedProxy: FakeEventHandlers | undefined;

  constructor(context: FakeRequestContext) {
    super(context);
  }

  override _path(): string {
    return 'workbook.worksheets';
  }

  override _sampleItem(): FakeWorksheet {
    return new FakeWorksheet(this._context, () => null, 'workbook.worksheets.items');
  }

  override _enumerate(exec: ExecState): FakeWorksheet[] {
    return exec.model.sheets.map((sheet) => this.byId(sheet.id));
  }

  private byId(id: string): FakeWorksheet {
    return new FakeWorksheet(
      this._context,
      (exec) => exec.model.requireSheet(id, 'Worksheet'),
      `workbook.worksheets.getItem(${JSON.stringify(id)})`,
    );
  }

  get onChanged(): FakeEventHandlers {
    this.onChangedProxy ??= new FakeEventHandlers(this._context, null, 'workbook.worksheets.onChanged');
    return this.onChangedProxy;
  }

  add(name?: string): FakeWorksheet {
    let createdId: string | null = null;
    const sheet = new FakeWorksheet(
      this._context,
      (exec) => {
        if (createdId === null)
          throw officeError(
            FakeErrorCodes.itemNotFound,
            'the worksheet was not created',
            'WorksheetCollection.add',
          );
        return exec.model.requireSheet(createdId, 'Worksheet');
      },
      `workbook.worksheets.add(${name === undefined ? '' : JSON.stringify(name)})`,
    );
    this._queueMethod('add', name === undefined ? [] : [name], (exec) => {
      createdId = exec.model.addSheet(name, 'WorksheetCollection.add').id;
    });
    return sheet;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this._context,
      (exec) => {
        const sheet = exec.model.sheetById(key) ?? exec.model.sheetByName(key);
        if (!sheet)
          throw officeError(
            FakeErrorCodes.itemNotFound,
            `no worksheet '${key}'`,
            'WorksheetCollection.getItem',
          );
        return sheet;
      },
      `workbook.worksheets.getItem(${JSON.stringify(key)})`,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this._context,
      (exec) => exec.model.sheetById(key) ?? exec.model.sheetByName(key) ?? null,
      `workbook.worksheets.getItemOrNullObject(${JSON.stringify(key)})`,
    );
    sheet._instantiate();
    return sheet;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this._context,
      (exec) => {
        const sheet = exec.model.activeSheet();
        if (!sheet)
          throw officeError(
            FakeErrorCodes.itemNotFound,
            'no active worksheet',
            'WorksheetCollection.getActiveWorksheet',
          );
        return sheet;
      },
      'workbook.worksheets.getActiveWorksheet()',
    );
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this._context,
      (exec) => {
        const sheet = (visibleOnly === true ? exec.model.visibleSheets() : exec.model.sheets)[0];
        if (!sheet)
          throw officeError(FakeErrorCodes.itemNotFound, 'no worksheet', 'WorksheetCollection.getFirst');
        return sheet;
      },
      'workbook.worksheets.getFirst()',
    );
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return FakeClientResult.queue(this, 'getCount', (exec) =>
      visibleOnly === true ? exec.model.visibleSheets().length : exec.model.sheets.length,
    );
  }
}

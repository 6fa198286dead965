import {
  cellCount,
  columnCount,
  formatAddress,
  intersect,
  isEntireColumns,
  isEntireRows,
  isInsideGrid,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  type Rect,
  rect,
  rowCount,
} from './addresses';
import { readCells, recordChange, writeContents, writeNumberFormats, type CellProperty } from './cellIO';
import { removeConditionalFormatsIn } from './conditionalFormats';
import { FakeConditionalFormatCollection } from './conditionalFormatProxies';
import type { ExecState, FakeRequestContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { FakeErrorCodes, FakeExcelNotModelledError, officeError } from './errors';
import { countFormatCall } from './limits';
import { FakeClientObject } from './proxy';
import { FakeRangeAreas } from './rangeAreas';
import { type CellsLocator, FakeRangeFormat } from './rangeFormat';
import type { SheetModel } from './sheetModel';
import { FakeWorksheet } from './worksheet';

/**
 * `Excel.Range`. A range proxy is bound the first time a sync resolves it (what `getUsedRange()`,
 * `getCell()`, `getResizedRange()` ... mean is computed then) and keeps that sheet and rectangle;
 * the fake does not move ranges when rows are inserted above them.
 */
export interface RangeBinding {
  readonly sheetId: string;
  readonly rect: Rect;
}

export type RangeLocator = (exec: ExecState) => RangeBinding | null;

export type CellScalar = string | number | boolean;

const CELL_PROPERTIES: Record<string, CellProperty> = {
  values: 'values',
  formulas: 'formulas',
  formulasLocal: 'formulas',
  numberFormat: 'numberFormat',
  numberFormatLocal: 'numberFormat',
  text: 'text',
  valueTypes: 'valueTypes',
};

function insideGrid(r: Rect, location: string): Rect {
  if (!isInsideGrid(r))
    throw officeError(FakeErrorCodes.invalidArgument, 'the range would be outside the worksheet', location);
  return r;
}

function asInteger(value: unknown, location: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw officeError(FakeErrorCodes.invalidArgument, 'expected an integer', location);
  }
  return value;
}

export class FakeRange extends FakeClientObject {
  readonly _className: string = 'Range';
  private bound: RangeBinding | null | undefined = undefined;
  private formatProxy: FakeRangeFormat | undefined;
  private cfProxy: FakeConditionalFormatCollection | undefined;
  private dvProxy: FakeDataValidation | undefined;
  private worksheetProxy: FakeWorksheet | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: RangeLocator,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  /** @internal */
  _binding(exec: ExecState): RangeBinding | null {
    if (this.bound === undefined) this.bound = this.locate(exec);
    return this.bound;
  }

  /** @internal */
  _target(exec: ExecState): { sheet: SheetModel; rect: Rect } | null {
    const binding = this._binding(exec);
    if (!binding) return null;
    return { sheet: exec.model.requireSheet(binding.sheetId, 'Range'), rect: binding.rect };
  }

  /** @internal */
  _requireTarget(exec: ExecState, location: string): { sheet: SheetModel; rect: Rect } {
    const target = this._target(exec);
    if (!target) throw officeError(FakeErrorCodes.itemNotFound, undefined, location);
    return target;
  }

  private cells(): CellsLocator {
    return (exec) => {
      const target = this._target(exec);
      return target ? { sheet: target.sheet, rects: [target.rect] } : null;
    };
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this._target(exec) === null;
  }

  override _scalarNames(): readonly string[] {
    return [
      'address',
      'addressLocal',
      'cellCount',
      'columnCount',
      'columnIndex',
      'formulas',
      'formulasLocal',
      'hasSpill',
      'isEntireColumn',
      'isEntireRow',
      'numberFormat',
      'numberFormatLocal',
      'rowCount',
      'rowIndex',
      'text',
      'valueTypes',
      'values',
    ];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    switch (name) {
      case 'format':
        return this.format;
      case 'worksheet':
        return this.worksheet;
      case 'dataValidation':
        return this.dataValidation;
      default:
        return undefined;
    }
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const { sheet, rect: r } = this._requireTarget(exec, `Range.${name}`);
    const cellProperty = CELL_PROPERTIES[name];
    if (cellProperty) return readCells(exec, sheet, r, cellProperty, `Range.${name}`);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return formatAddress(sheet.name, r);
      case 'rowIndex':
        return r.r0;
      case 'columnIndex':
        return r.c0;
      case 'rowCount':
        return rowCount(r);
      case 'columnCount':
        return columnCount(r);
      case 'cellCount':
        return cellCount(r);
      case 'isEntireColumn':
        return isEntireColumns(r);
      case 'isEntireRow':
        return isEntireRows(r);
      case 'hasSpill':
        return hasSpill(sheet, r);
      default:
        return undefined;
    }
  }

  // ---- loadable properties -------------------------------------------------------------------

  /** ExcelApi 1.12: true when every cell is in a spill range, false when none is, null otherwise. */
  get hasSpill(): boolean | null {
    return this._get('hasSpill');
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): ('Empty' | 'String' | 'Double' | 'Boolean' | 'Error')[][] {
    return this._get('valueTypes');
  }

  get values(): CellScalar[][] {
    return this._get('values');
  }
  set values(value: unknown) {
    this.queueContents('values', value);
  }

  get formulas(): CellScalar[][] {
    return this._get('formulas');
  }
  set formulas(value: unknown) {
    this.queueContents('formulas', value);
  }

  get formulasLocal(): CellScalar[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(value: unknown) {
    this.queueContents('formulasLocal', value);
  }

  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(value: unknown) {
    this.queueNumberFormat('numberFormat', value);
  }

  get numberFormatLocal(): string[][] {
    return this._get('numberFormatLocal');
  }
  set numberFormatLocal(value: unknown) {
    this.queueNumberFormat('numberFormatLocal', value);
  }

  private queueContents(name: string, value: unknown): void {
    this._queueSet(name, value, (exec, v) => {
      const { sheet, rect: r } = this._requireTarget(exec, `Range.${name}`);
      writeContents(exec, sheet, r, v, `Range.${name}`);
    });
  }

  private queueNumberFormat(name: string, value: unknown): void {
    this._queueSet(name, value, (exec, v) => {
      const { sheet, rect: r } = this._requireTarget(exec, `Range.${name}`);
      writeNumberFormats(sheet, r, v, `Range.${name}`);
      countFormatCall(exec.host.stats, 'numberFormat');
    });
  }

  // ---- navigation ----------------------------------------------------------------------------

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this._context, this.cells(), `${this.pathText}.format`);
    return this.formatProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cfProxy ??= new FakeConditionalFormatCollection(
      this._context,
      this.cells(),
      `${this.pathText}.conditionalFormats`,
    );
    return this.cfProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.dvProxy ??= new FakeDataValidation(this._context, this.cells(), `${this.pathText}.dataValidation`);
    return this.dvProxy;
  }

  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(
      this._context,
      (exec) => this._target(exec)?.sheet ?? null,
      `${this.pathText}.worksheet`,
    );
    return this.worksheetProxy;
  }

  // ---- derived ranges ------------------------------------------------------------------------

  /** @internal A range computed from this one at execution time. */
  _derive(
    method: string,
    args: readonly unknown[],
    compute: (r: Rect, sheet: SheetModel, exec: ExecState) => Rect | null,
    options: { nullable?: boolean } = {},
  ): FakeRange {
    const location = `Range.${method}`;
    const derived = new FakeRange(
      this._context,
      (exec) => {
        const target = this._target(exec);
        if (!target) return null;
        const r = compute(target.rect, target.sheet, exec);
        return r ? { sheetId: target.sheet.id, rect: insideGrid(r, location) } : null;
      },
      `${this.pathText}.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
    );
    if (options.nullable) derived._instantiate();
    return derived;
  }

  /** @internal */
  _instantiate(): void {
    this._queueInstantiate();
  }

  getCell(row: number, column: number): FakeRange {
    return this._derive('getCell', [row, column], (r) => {
      const dr = asInteger(row, 'Range.getCell');
      const dc = asInteger(column, 'Range.getCell');
      return rect(r.r0 + dr, r.c0 + dc, r.r0 + dr, r.c0 + dc);
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derive('getOffsetRange', [rowOffset, columnOffset], (r) => {
      const dr = asInteger(rowOffset, 'Range.getOffsetRange');
      const dc = asInteger(columnOffset, 'Range.getOffsetRange');
      return { r0: r.r0 + dr, c0: r.c0 + dc, r1: r.r1 + dr, c1: r.c1 + dc };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derive('getResizedRange', [deltaRows, deltaColumns], (r) => {
      const dr = asInteger(deltaRows, 'Range.getResizedRange');
      const dc = asInteger(deltaColumns, 'Range.getResizedRange');
      return { r0: r.r0, c0: r.c0, r1: r.r1 + dr, c1: r.c1 + dc };
    });
  }

  getRow(index: number): FakeRange {
    return this._derive('getRow', [index], (r) => {
      const i = asInteger(index, 'Range.getRow');
      if (i < 0 || i >= rowCount(r))
        throw officeError(FakeErrorCodes.invalidArgument, 'row index out of range', 'Range.getRow');
      return { r0: r.r0 + i, c0: r.c0, r1: r.r0 + i, c1: r.c1 };
    });
  }

  getColumn(index: number): FakeRange {
    return this._derive('getColumn', [index], (r) => {
      const i = asInteger(index, 'Range.getColumn');
      if (i < 0 || i >= columnCount(r)) {
        throw officeError(FakeErrorCodes.invalidArgument, 'column index out of range', 'Range.getColumn');
      }
      return { r0: r.r0, c0: r.c0 + i, r1: r.r1, c1: r.c0 + i };
    });
  }

  getEntireColumn(): FakeRange {
    return this._derive('getEntireColumn', [], (r) => ({ r0: 0, c0: r.c0, r1: MAX_ROWS - 1, c1: r.c1 }));
  }

  getEntireRow(): FakeRange {
    return this._derive('getEntireRow', [], (r) => ({ r0: r.r0, c0: 0, r1: r.r1, c1: MAX_COLUMNS - 1 }));
  }

  getLastRow(): FakeRange {
    return this._derive('getLastRow', [], (r) => ({ r0: r.r1, c0: r.c0, r1: r.r1, c1: r.c1 }));
  }

  getLastColumn(): FakeRange {
    return this._derive('getLastColumn', [], (r) => ({ r0: r.r0, c0: r.c1, r1: r.r1, c1: r.c1 }));
  }

  getLastCell(): FakeRange {
    return this._derive('getLastCell', [], (r) => ({ r0: r.r1, c0: r.c1, r1: r.r1, c1: r.c1 }));
  }

  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._derive('getUsedRange', [valuesOnly ?? false], (r, sheet) => {
      const used = sheet.usedRect(valuesOnly === true);
      const hit = used ? intersect(used, r) : null;
      if (!hit)
        throw officeError(FakeErrorCodes.itemNotFound, 'no used cells in the range', 'Range.getUsedRange');
      return hit;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._derive(
      'getUsedRangeOrNullObject',
      [valuesOnly ?? false],
      (r, sheet) => {
        const used = sheet.usedRect(valuesOnly === true);
        return used ? intersect(used, r) : null;
      },
      { nullable: true },
    );
  }

  getIntersection(anotherRange: FakeRange | string): FakeRange {
    this._assertSameContext(anotherRange, 'Range.getIntersection');
    return this._derive('getIntersection', [describeOther(anotherRange)], (r, sheet, exec) => {
      const hit = intersect(r, otherRect(anotherRange, sheet, exec, 'Range.getIntersection'));
      if (!hit)
        throw officeError(
          FakeErrorCodes.itemNotFound,
          'the ranges do not intersect',
          'Range.getIntersection',
        );
      return hit;
    });
  }

  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    this._assertSameContext(anotherRange, 'Range.getIntersectionOrNullObject');
    return this._derive(
      'getIntersectionOrNullObject',
      [describeOther(anotherRange)],
      (r, sheet, exec) =>
        intersect(r, otherRect(anotherRange, sheet, exec, 'Range.getIntersectionOrNullObject')),
      { nullable: true },
    );
  }

  // ---- dynamic arrays (ExcelApi 1.12) and special cells (ExcelApi 1.9) -----------------------

  /** "Gets the range object containing the spill range when called on an anchor cell. Fails if applied to a range with more than one cell." */
  getSpillingToRange(): FakeRange {
    return this._derive('getSpillingToRange', [], (r, sheet) => {
      const found = spillingTo(sheet, r);
      if (found === null)
        throw officeError(
          FakeErrorCodes.itemNotFound,
          'not the anchor cell of a spill',
          'Range.getSpillingToRange',
        );
      return found;
    });
  }

  /** "If the range isn't an anchor cell or the spill range can't be found", a null object. */
  getSpillingToRangeOrNullObject(): FakeRange {
    return this._derive('getSpillingToRangeOrNullObject', [], (r, sheet) => spillingTo(sheet, r), {
      nullable: true,
    });
  }

  /** "Gets the range object containing the anchor cell for a cell getting spilled into. Fails if applied to a range with more than one cell." */
  getSpillParent(): FakeRange {
    return this._derive('getSpillParent', [], (r, sheet) => {
      const found = spillParent(sheet, r);
      if (found === null)
        throw officeError(FakeErrorCodes.itemNotFound, 'not a spilled cell', 'Range.getSpillParent');
      return found;
    });
  }

  /** "If it's not a spilled cell, or more than one cell is given", a null object. */
  getSpillParentOrNullObject(): FakeRange {
    return this._derive('getSpillParentOrNullObject', [], (r, sheet) => spillParent(sheet, r), {
      nullable: true,
    });
  }

  /**
   * `getSpecialCells(cellType, cellValueType)`: the cells of the range holding formulas
   * ("Formulas") or constants ("Constants"), as a RangeAreas; "If no special cells are found, an
   * `ItemNotFound` error will be thrown" (Excel.Range.getSpecialCells, ExcelApi 1.9; "Find special
   * cells within a range using the Excel JavaScript API"). A spilled cell is neither: it holds
   * nothing of its own, only its anchor holds the formula. Other cell types and value types are
   * not modelled.
   */
  getSpecialCells(cellType: string, cellValueType?: string): FakeRangeAreas {
    return this.specialCells('getSpecialCells', cellType, cellValueType, false);
  }

  /** As {@link getSpecialCells}, a null object when no cell matches. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    return this.specialCells('getSpecialCellsOrNullObject', cellType, cellValueType, true);
  }

  private specialCells(
    method: string,
    cellType: string,
    cellValueType: string | undefined,
    nullable: boolean,
  ): FakeRangeAreas {
    const location = `Range.${method}`;
    if ((cellType !== 'Formulas' && cellType !== 'Constants') || (cellValueType ?? 'All') !== 'All')
      throw new FakeExcelNotModelledError(`${location}(${cellType}, ${String(cellValueType)})`);
    const areas = new FakeRangeAreas(
      this._context,
      (exec) => {
        const target = this._target(exec);
        if (!target) return null;
        const rects = specialCellRects(target.sheet, target.rect, cellType === 'Formulas');
        if (rects.length > 0) return { sheetId: target.sheet.id, rects };
        if (nullable) return null;
        throw officeError(FakeErrorCodes.itemNotFound, 'no cells of that type', location);
      },
      `${this.pathText}.${method}(${JSON.stringify(cellType)})`,
    );
    if (nullable) areas._instantiate();
    return areas;
  }

  // ---- actions -------------------------------------------------------------------------------

  /** `clear(applyTo)`: "All" (default), "Contents", "Formats". Clearing formats removes conditional formats too. */
  clear(applyTo?: string): void {
    const mode = applyTo ?? 'All';
    this._queueMethod('clear', [mode], (exec) => {
      const { sheet, rect: r } = this._requireTarget(exec, 'Range.clear');
      if (!['All', 'Contents', 'Formats', 'ResetContents', 'Hyperlinks', 'RemoveHyperlinks'].includes(mode)) {
        throw officeError(FakeErrorCodes.invalidArgument, `unknown applyTo '${mode}'`, 'Range.clear');
      }
      if (mode === 'All' || mode === 'Contents' || mode === 'ResetContents') {
        sheet.clearContents(r);
        recordChange(exec, sheet, r);
      }
      if (mode === 'All' || mode === 'Formats') {
        sheet.clearFormats(r);
        removeConditionalFormatsIn(sheet, [r]);
        countFormatCall(exec.host.stats, 'clear.formats');
      }
    });
  }

  /** Inserts cells ("Down" or "Right") and returns the new range at this address. */
  insert(shift: string): FakeRange {
    this._queueMethod('insert', [shift], (exec) => {
      const { sheet, rect: r } = this._requireTarget(exec, 'Range.insert');
      if (shift !== 'Down' && shift !== 'Right') {
        throw officeError(FakeErrorCodes.invalidArgument, `shift must be Down or Right`, 'Range.insert');
      }
      sheet.insertCells(r, shift, 'Range.insert');
      const changeType =
        shift === 'Down' && isEntireRows(r)
          ? 'RowInserted'
          : shift === 'Right' && isEntireColumns(r)
            ? 'ColumnInserted'
            : 'CellInserted';
      recordChange(exec, sheet, r, undefined, changeType);
    });
    return this._derive('insertResult', [], (r) => r);
  }

  delete(shift: string): void {
    this._queueMethod('delete', [shift], (exec) => {
      const { sheet, rect: r } = this._requireTarget(exec, 'Range.delete');
      if (shift !== 'Up' && shift !== 'Left') {
        throw officeError(FakeErrorCodes.invalidArgument, `shift must be Up or Left`, 'Range.delete');
      }
      sheet.deleteCells(r, shift);
      const changeType =
        shift === 'Up' && isEntireRows(r)
          ? 'RowDeleted'
          : shift === 'Left' && isEntireColumns(r)
            ? 'ColumnDeleted'
            : 'CellDeleted';
      recordChange(exec, sheet, r, undefined, changeType);
    });
  }

  select(): void {
    this._queueMethod('select', [], (exec) => {
      const { sheet, rect: r } = this._requireTarget(exec, 'Range.select');
      exec.model.activeSheetId = sheet.id;
      exec.model.selection = { sheetId: sheet.id, rect: r };
    });
  }
}

function describeOther(other: FakeRange | string): string {
  return typeof other === 'string' ? other : other._path();
}

function otherRect(other: FakeRange | string, sheet: SheetModel, exec: ExecState, location: string): Rect {
  if (typeof other === 'string') {
    const parsed = parseAddress(other);
    if (!parsed) throw officeError(FakeErrorCodes.invalidArgument, `'${other}' is not an address`, location);
    return parsed.rect;
  }
  const target = other._requireTarget(exec, location);
  if (target.sheet !== sheet)
    throw officeError(FakeErrorCodes.invalidArgument, 'ranges on different sheets', location);
  return target.rect;
}

/** `Range.hasSpill` of `r`: true when every cell is in a spill range, false when none, else null. */
function hasSpill(sheet: SheetModel, r: Rect): boolean | null {
  let covered = 0;
  for (const { rect: spill } of sheet.activeSpills()) {
    const hit = intersect(spill, r);
    if (hit) covered += cellCount(hit);
  }
  if (covered === 0) return false;
  return covered === cellCount(r) ? true : null;
}

/** The spill range of the single anchor cell `r`, else null. */
function spillingTo(sheet: SheetModel, r: Rect): Rect | null {
  if (cellCount(r) !== 1) return null;
  const spilled = sheet.spillAt(r.r0, r.c0);
  return spilled?.anchor === true ? spilled.rect : null;
}

/** The anchor cell of the spill the single cell `r` is in, else null. */
function spillParent(sheet: SheetModel, r: Rect): Rect | null {
  if (cellCount(r) !== 1) return null;
  const spilled = sheet.spillAt(r.r0, r.c0);
  if (spilled === null || spilled.rect === null) return null;
  return rect(spilled.rect.r0, spilled.rect.c0, spilled.rect.r0, spilled.rect.c0);
}

/**
 * The formula (or constant) cells of `r` as rectangles: runs of adjacent cells in a row, merged
 * with the same run on the next rows; in row order.
 */
function specialCellRects(sheet: SheetModel, r: Rect, formulas: boolean): Rect[] {
  const runs: Rect[] = [];
  let run: Rect | null = null;
  sheet.forEachStoredCell(r, (row, column, record) => {
    const kind = record.content.kind;
    const wanted = formulas ? kind === 'formula' : kind !== 'formula' && kind !== 'empty';
    if (!wanted) return;
    if (run !== null && run.r0 === row && run.c1 === column - 1) run = { ...run, c1: column };
    else {
      if (run !== null) runs.push(run);
      run = rect(row, column, row, column);
    }
  });
  if (run !== null) runs.push(run);
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const next of runs) {
    const key = `${next.c0}:${next.c1}`;
    const above = open.get(key);
    if (above !== undefined && above.r1 === next.r0 - 1) {
      open.set(key, { ...above, r1: next.r0 });
      continue;
    }
    if (above !== undefined) done.push(above);
    open.set(key, next);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

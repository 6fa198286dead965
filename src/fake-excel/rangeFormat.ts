import type { Rect } from './addresses';
import { normalizeColor } from './colors';
import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, officeError } from './errors';
import { countFormatCall, type FormatCallKind } from './limits';
import { FakeClientObject } from './proxy';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type FormatProp,
  type FormatValue,
  type SheetModel,
} from './sheetModel';

/**
 * `Range.format` / `RangeAreas.format` and their `fill` and `font`. A read over several cells
 * returns the common value, or `null` when the cells differ ("null property values in the
 * response", "Blank and null values in Excel add-ins"). A cell without fill reads "#FFFFFF".
 * Every set or method call counts as one formatting call in `host.stats.formatCalls`, whatever
 * the number of cells or areas it covers (that is what makes one RangeAreas call cheaper than one
 * call per cell).
 */
export interface CellsTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

export type CellsLocator = (exec: ExecState) => CellsTarget | null;

/** The value shared by every cell, or null when cells differ (or there are none). */
function uniform<T>(
  target: CellsTarget,
  read: (sheet: SheetModel, row: number, column: number) => T,
): T | null {
  const common = commonValue(target, read);
  return common === MIXED ? null : common;
}

const MIXED = Symbol('mixed');

function commonValue<T>(
  target: CellsTarget,
  read: (sheet: SheetModel, row: number, column: number) => T,
): T | typeof MIXED {
  let first = true;
  let seen: T | typeof MIXED = MIXED;
  for (const r of target.rects) {
    for (let row = r.r0; row <= r.r1; row += 1) {
      for (let column = r.c0; column <= r.c1; column += 1) {
        const value = read(target.sheet, row, column);
        if (first) {
          seen = value;
          first = false;
        } else if (value !== seen) {
          return MIXED;
        }
      }
    }
  }
  return seen;
}

abstract class CellsProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    protected readonly locate: CellsLocator,
    protected readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.locate(exec) === null;
  }

  protected target(exec: ExecState): CellsTarget {
    const target = this.locate(exec);
    if (!target) throw officeError(FakeErrorCodes.itemNotFound, undefined, this._className);
    return target;
  }

  protected queueFormat<P extends FormatProp>(
    name: string,
    value: unknown,
    prop: P,
    convert: (value: unknown, location: string) => FormatValue<P>,
    kind: FormatCallKind,
  ): void {
    this._queueSet(name, value, (exec, v) => {
      const location = `${this._className}.${name}`;
      const converted = convert(v, location);
      const target = this.target(exec);
      for (const r of target.rects) target.sheet.setFormat(r, prop, converted);
      countFormatCall(exec.host.stats, kind);
    });
  }
}

function asBoolean(value: unknown, location: string): boolean {
  if (typeof value !== 'boolean')
    throw officeError(FakeErrorCodes.invalidArgument, 'expected a boolean', location);
  return value;
}

function asString(value: unknown, location: string): string {
  if (typeof value !== 'string')
    throw officeError(FakeErrorCodes.invalidArgument, 'expected a string', location);
  return value;
}

function asPositiveNumber(value: unknown, location: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw officeError(FakeErrorCodes.invalidArgument, 'expected a number >= 0', location);
  }
  return value;
}

export class FakeRangeFill extends CellsProxy {
  readonly _className = 'RangeFill';

  override _scalarNames(): readonly string[] {
    return ['color'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    void name;
    const fill = commonValue(this.target(exec), (sheet, row, column) => sheet.getFormat(row, column, 'fill'));
    if (fill === MIXED) return null;
    return fill ?? '#FFFFFF';
  }

  get color(): string {
    return this._get('color');
  }

  set color(value: string) {
    this.queueFormat('color', value, 'fill', normalizeColor, 'format.fill.color');
  }

  clear(): void {
    this._fields.delete('color');
    this._queueMethod('clear', [], (exec) => {
      const target = this.target(exec);
      for (const r of target.rects) target.sheet.setFormat(r, 'fill', null);
      countFormatCall(exec.host.stats, 'format.fill.clear');
    });
  }
}

export class FakeRangeFont extends CellsProxy {
  readonly _className = 'RangeFont';

  override _scalarNames(): readonly string[] {
    return ['bold', 'italic', 'color'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const prop: FormatProp = name === 'bold' ? 'fontBold' : name === 'italic' ? 'fontItalic' : 'fontColor';
    return uniform(this.target(exec), (sheet, row, column) => sheet.getFormat(row, column, prop));
  }

  get bold(): boolean {
    return this._get('bold');
  }

  set bold(value: boolean) {
    this.queueFormat('bold', value, 'fontBold', asBoolean, 'format.font.bold');
  }

  get italic(): boolean {
    return this._get('italic');
  }

  set italic(value: boolean) {
    this.queueFormat('italic', value, 'fontItalic', asBoolean, 'format.font.italic');
  }

  get color(): string {
    return this._get('color');
  }

  set color(value: string) {
    this.queueFormat('color', value, 'fontColor', normalizeColor, 'format.font.color');
  }
}

export class FakeRangeFormat extends CellsProxy {
  readonly _className = 'RangeFormat';
  private fillProxy: FakeRangeFill | undefined;
  private fontProxy: FakeRangeFont | undefined;

  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this._context, this.locate, `${this.pathText}.fill`);
    return this.fillProxy;
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this._context, this.locate, `${this.pathText}.font`);
    return this.fontProxy;
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  override _scalarNames(): readonly string[] {
    return ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const target = this.target(exec);
    switch (name) {
      case 'columnWidth':
        return uniform(
          target,
          (sheet, row, column) => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH,
        );
      case 'rowHeight':
        return uniform(target, (sheet, row) => sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
      case 'wrapText':
        return uniform(target, (sheet, row, column) => sheet.getFormat(row, column, 'wrapText'));
      default:
        return uniform(target, (sheet, row, column) => sheet.getFormat(row, column, 'horizontalAlignment'));
    }
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }

  set columnWidth(value: number) {
    this._queueSet('columnWidth', value, (exec, v) => {
      const width = asPositiveNumber(v, 'RangeFormat.columnWidth');
      const target = this.target(exec);
      for (const r of target.rects)
        for (let c = r.c0; c <= r.c1; c += 1) target.sheet.columnWidths.set(c, width);
      countFormatCall(exec.host.stats, 'format.columnWidth');
    });
  }

  get rowHeight(): number {
    return this._get('rowHeight');
  }

  set rowHeight(value: number) {
    this._queueSet('rowHeight', value, (exec, v) => {
      const height = asPositiveNumber(v, 'RangeFormat.rowHeight');
      const target = this.target(exec);
      for (const r of target.rects)
        for (let row = r.r0; row <= r.r1; row += 1) target.sheet.rowHeights.set(row, height);
      countFormatCall(exec.host.stats, 'format.rowHeight');
    });
  }

  get wrapText(): boolean {
    return this._get('wrapText');
  }

  set wrapText(value: boolean) {
    this.queueFormat('wrapText', value, 'wrapText', asBoolean, 'format.wrapText');
  }

  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }

  set horizontalAlignment(value: string) {
    this.queueFormat(
      'horizontalAlignment',
      value,
      'horizontalAlignment',
      asString,
      'format.horizontalAlignment',
    );
  }

  /**
   * Approximation: width = 7 points per character of the longest value in each column of the
   * range (plus 5), at least nothing; Excel measures rendered text.
   */
  autofitColumns(): void {
    this._queueMethod('autofitColumns', [], (exec) => {
      const target = this.target(exec);
      for (const r of target.rects) {
        const longest = new Map<number, number>();
        target.sheet.forEachStoredCell(r, (row, column, record) => {
          const content = record.content;
          const text =
            content.kind === 'empty' ? '' : content.kind === 'formula' ? '' : String(content.value);
          longest.set(column, Math.max(longest.get(column) ?? 0, text.length));
        });
        for (let c = r.c0; c <= r.c1; c += 1) {
          const chars = longest.get(c) ?? 0;
          target.sheet.columnWidths.set(c, chars === 0 ? DEFAULT_COLUMN_WIDTH : chars * 7 + 5);
        }
      }
      countFormatCall(exec.host.stats, 'format.autofitColumns');
    });
  }

  autofitRows(): void {
    this._queueMethod('autofitRows', [], (exec) => countFormatCall(exec.host.stats, 'format.autofitRows'));
  }
}

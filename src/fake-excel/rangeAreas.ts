import { cellCount, formatAddress, isEntireColumns, isEntireRows, type Rect } from './addresses';
import { recordChange } from './cellIO';
import { removeConditionalFormatsIn } from './conditionalFormats';
import { FakeConditionalFormatCollection } from './conditionalFormatProxies';
import type { ExecState, FakeRequestContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { FakeErrorCodes, officeError } from './errors';
import { countFormatCall } from './limits';
import { FakeClientObject, FakeCollection } from './proxy';
import { FakeRange } from './range';
import { type CellsLocator, FakeRangeFormat } from './rangeFormat';

/**
 * `Excel.RangeAreas` ("Work with multiple ranges simultaneously in Excel add-ins"): several
 * rectangles on one sheet, e.g. `worksheet.getRanges("A1:A2, C3")`, formatted with ONE call.
 * `address` is "Sheet1!A1:A2, Sheet1!C3" (sheet name on every area, ", " between them).
 */
export interface AreasBinding {
  readonly sheetId: string;
  readonly rects: readonly Rect[];
}

export class FakeRangeAreas extends FakeClientObject {
  readonly _className = 'RangeAreas';
  private bound: AreasBinding | null | undefined = undefined;
  private formatProxy: FakeRangeFormat | undefined;
  private cfProxy: FakeConditionalFormatCollection | undefined;
  private dvProxy: FakeDataValidation | undefined;
  private areasProxy: FakeRangeCollection | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: (exec: ExecState) => AreasBinding | null,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  /** @internal Makes `isNullObject` readable after the next sync (an *OrNullObject method's result). */
  _instantiate(): void {
    this._queueInstantiate();
  }

  /** @internal */
  _binding(exec: ExecState): AreasBinding | null {
    if (this.bound === undefined) this.bound = this.locate(exec);
    return this.bound;
  }

  private cells(): CellsLocator {
    return (exec) => {
      const binding = this._binding(exec);
      if (!binding) return null;
      return { sheet: exec.model.requireSheet(binding.sheetId, 'RangeAreas'), rects: binding.rects };
    };
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this._binding(exec) === null;
  }

  override _scalarNames(): readonly string[] {
    return ['address', 'addressLocal', 'areaCount', 'cellCount', 'isEntireColumn', 'isEntireRow'];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'areas') return this.areas;
    if (name === 'dataValidation') return this.dataValidation;
    return undefined;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const target = this.cells()(exec);
    if (!target) return undefined;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return target.rects.map((r) => formatAddress(target.sheet.name, r)).join(', ');
      case 'areaCount':
        return target.rects.length;
      case 'cellCount':
        return target.rects.reduce((n, r) => n + cellCount(r), 0);
      case 'isEntireColumn':
        return target.rects.every(isEntireColumns);
      default:
        return target.rects.every(isEntireRows);
    }
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
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

  get areas(): FakeRangeCollection {
    this.areasProxy ??= new FakeRangeCollection(
      this._context,
      (exec) => this._binding(exec),
      `${this.pathText}.areas`,
    );
    return this.areasProxy;
  }

  clear(applyTo?: string): void {
    const mode = applyTo ?? 'All';
    this._queueMethod('clear', [mode], (exec) => {
      const target = this.cells()(exec);
      if (!target) return;
      if (!['All', 'Contents', 'Formats'].includes(mode)) {
        throw officeError(FakeErrorCodes.invalidArgument, `unknown applyTo '${mode}'`, 'RangeAreas.clear');
      }
      for (const r of target.rects) {
        if (mode !== 'Formats') {
          target.sheet.clearContents(r);
          recordChange(exec, target.sheet, r);
        }
        if (mode !== 'Contents') target.sheet.clearFormats(r);
      }
      if (mode !== 'Contents') {
        removeConditionalFormatsIn(target.sheet, target.rects);
        countFormatCall(exec.host.stats, 'clear.formats');
      }
    });
  }

  /**
   * `RangeAreas.select()` (ExcelApi 1.9): selects every area at once, as a user does with Ctrl;
   * the first area holds the active cell. Activates the sheet, as Range.select does.
   */
  select(): void {
    this._queueMethod('select', [], (exec) => {
      const target = this.cells()(exec);
      const first = target?.rects[0];
      if (!target || first === undefined)
        throw officeError(FakeErrorCodes.itemNotFound, 'no range to select', 'RangeAreas.select');
      exec.model.activeSheetId = target.sheet.id;
      exec.model.selection = {
        sheetId: target.sheet.id,
        rect: first,
        ...(target.rects.length > 1 ? { areas: [...target.rects] } : {}),
      };
    });
  }
}

/** `rangeAreas.areas`: one Range per rectangle. */
export class FakeRangeCollection extends FakeCollection<FakeRange> {
  readonly _className = 'RangeCollection';

  constructor(
    context: FakeRequestContext,
    private readonly locate: (exec: ExecState) => AreasBinding | null,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _sampleItem(): FakeRange {
    return new FakeRange(this._context, () => null, `${this.pathText}.items`);
  }

  override _enumerate(exec: ExecState): FakeRange[] {
    const binding = this.locate(exec);
    if (!binding) return [];
    return binding.rects.map(
      (r, i) =>
        new FakeRange(
          this._context,
          () => ({ sheetId: binding.sheetId, rect: r }),
          `${this.pathText}.getItemAt(${i})`,
        ),
    );
  }
}

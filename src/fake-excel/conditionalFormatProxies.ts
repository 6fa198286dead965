import { boundingRect, formatAddress } from './addresses';
import { normalizeColor } from './colors';
import {
  type ConditionalFormatRecord,
  type ConditionalFormatStyle,
  conditionalFormatsTouching,
  removeConditionalFormatsIn,
} from './conditionalFormats';
import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, FakeExcelNotModelledError, officeError } from './errors';
import { countFormatCall } from './limits';
import { FakeClientObject, FakeClientResult, FakeCollection } from './proxy';
import { FakeRange } from './range';
import { FakeRangeAreas } from './rangeAreas';
import type { CellsLocator } from './rangeFormat';
import type { SheetModel } from './sheetModel';

/**
 * Proxies for `range.conditionalFormats` (`ConditionalFormatCollection`), `ConditionalFormat`, and
 * the `custom` / `cellValue` / `textComparison` / `topBottom` / `preset` parts with their `rule`
 * and `format` (fill, font). Data bars, colour scales and icon sets are not modelled (accessing
 * them throws FakeExcelNotModelledError).
 */
const TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
];
const MODELLED_TYPES = ['Custom', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

interface CfBinding {
  readonly sheet: SheetModel;
  readonly record: ConditionalFormatRecord;
}

type CfLocator = (exec: ExecState) => CfBinding | null;

function locateRecord(sheetId: string, id: string): CfLocator {
  return (exec) => {
    const sheet = exec.model.sheetById(sheetId);
    const record = sheet?.conditionalFormats.find((r) => r.id === id);
    if (!sheet || !record)
      throw officeError(
        FakeErrorCodes.itemNotFound,
        'the conditional format was deleted',
        'ConditionalFormat',
      );
    return { sheet, record };
  };
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  readonly _className = 'ConditionalFormatCollection';

  constructor(
    context: FakeRequestContext,
    private readonly cells: CellsLocator,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.cells(exec) === null;
  }

  override _sampleItem(): FakeConditionalFormat {
    return new FakeConditionalFormat(this._context, () => null, `${this.pathText}.items`);
  }

  override _enumerate(exec: ExecState): FakeConditionalFormat[] {
    const target = this.cells(exec);
    if (!target) return [];
    return conditionalFormatsTouching(target.sheet, target.rects).map(
      (record) =>
        new FakeConditionalFormat(
          this._context,
          locateRecord(target.sheet.id, record.id),
          `${this.pathText}.getItem(${record.id})`,
        ),
    );
  }

  add(type: string): FakeConditionalFormat {
    let created: { sheetId: string; id: string } | null = null;
    const proxy = new FakeConditionalFormat(
      this._context,
      (exec) => {
        if (!created)
          throw officeError(
            FakeErrorCodes.itemNotFound,
            'the conditional format was not created',
            'ConditionalFormat',
          );
        return locateRecord(created.sheetId, created.id)(exec);
      },
      `${this.pathText}.add(${JSON.stringify(type)})`,
    );
    this._queueMethod('add', [type], (exec) => {
      if (!TYPES.includes(type))
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `unknown type '${type}'`,
          'ConditionalFormatCollection.add',
        );
      const target = this.cells(exec);
      if (!target) return;
      const record: ConditionalFormatRecord = {
        id: exec.model.nextId('cf'),
        type,
        ranges: [...target.rects],
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      target.sheet.conditionalFormats.unshift(record);
      created = { sheetId: target.sheet.id, id: record.id };
      countFormatCall(exec.host.stats, 'conditionalFormats.add');
    });
    return proxy;
  }

  clearAll(): void {
    this._queueMethod('clearAll', [], (exec) => {
      const target = this.cells(exec);
      if (!target) return;
      removeConditionalFormatsIn(target.sheet, target.rects);
      countFormatCall(exec.host.stats, 'conditionalFormats.clearAll');
    });
  }

  getCount(): FakeClientResult<number> {
    return FakeClientResult.queue(this, 'getCount', (exec) => {
      const target = this.cells(exec);
      return target ? conditionalFormatsTouching(target.sheet, target.rects).length : 0;
    });
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this._context,
      (exec) => {
        const target = this.cells(exec);
        if (!target) return null;
        const record = conditionalFormatsTouching(target.sheet, target.rects)[index];
        if (!record)
          throw officeError(
            FakeErrorCodes.itemNotFound,
            `no conditional format at ${index}`,
            'ConditionalFormatCollection.getItemAt',
          );
        return { sheet: target.sheet, record };
      },
      `${this.pathText}.getItemAt(${index})`,
    );
  }

  getItem(id: string): FakeConditionalFormat {
    return this.byId(id, false);
  }

  getItemOrNullObject(id: string): FakeConditionalFormat {
    return this.byId(id, true);
  }

  private byId(id: string, nullable: boolean): FakeConditionalFormat {
    const proxy = new FakeConditionalFormat(
      this._context,
      (exec) => {
        const target = this.cells(exec);
        const record = target
          ? conditionalFormatsTouching(target.sheet, target.rects).find((r) => r.id === id)
          : undefined;
        if (target && record) return { sheet: target.sheet, record };
        if (nullable) return null;
        throw officeError(
          FakeErrorCodes.itemNotFound,
          `no conditional format '${id}'`,
          'ConditionalFormatCollection.getItem',
        );
      },
      `${this.pathText}.getItem(${JSON.stringify(id)})`,
    );
    if (nullable) proxy._instantiate();
    return proxy;
  }
}

abstract class CfPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    protected readonly locate: CfLocator,
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

  protected record(exec: ExecState): ConditionalFormatRecord {
    const binding = this.locate(exec);
    if (!binding) throw officeError(FakeErrorCodes.itemNotFound, undefined, this._className);
    return binding.record;
  }
}

export class FakeConditionalFormat extends CfPart {
  readonly _className = 'ConditionalFormat';
  private readonly parts = new Map<string, FakeClientObject>();

  /** @internal */
  _instantiate(): void {
    this._queueInstantiate();
  }

  override _scalarNames(): readonly string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (['custom', 'cellValue', 'textComparison', 'topBottom', 'preset'].includes(name))
      return this.part(name);
    return undefined;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const binding = this.locate(exec);
    if (!binding) return undefined;
    switch (name) {
      case 'id':
        return binding.record.id;
      case 'type':
        return binding.record.type;
      case 'priority':
        return binding.sheet.conditionalFormats.indexOf(binding.record);
      default:
        return binding.record.stopIfTrue;
    }
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }

  get priority(): number {
    return this._get('priority');
  }
  set priority(value: number) {
    this._queueSet('priority', value, (exec, v) => {
      const binding = this.locate(exec);
      if (!binding || typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          'priority must be an integer >= 0',
          'ConditionalFormat.priority',
        );
      }
      const list = binding.sheet.conditionalFormats;
      list.splice(list.indexOf(binding.record), 1);
      list.splice(Math.min(v, list.length), 0, binding.record);
    });
  }

  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this._queueSet('stopIfTrue', value, (exec, v) => {
      this.record(exec).stopIfTrue = v === true;
    });
  }

  get custom(): FakeRuledConditionalFormat {
    return this.part('custom');
  }
  get cellValue(): FakeRuledConditionalFormat {
    return this.part('cellValue');
  }
  get textComparison(): FakeRuledConditionalFormat {
    return this.part('textComparison');
  }
  get topBottom(): FakeRuledConditionalFormat {
    return this.part('topBottom');
  }
  get preset(): FakeRuledConditionalFormat {
    return this.part('preset');
  }
  get dataBar(): never {
    throw new FakeExcelNotModelledError('data bar conditional formats');
  }
  get colorScale(): never {
    throw new FakeExcelNotModelledError('colour scale conditional formats');
  }
  get iconSet(): never {
    throw new FakeExcelNotModelledError('icon set conditional formats');
  }

  private part(name: string): FakeRuledConditionalFormat {
    let part = this.parts.get(name) as FakeRuledConditionalFormat | undefined;
    if (!part) {
      part = new FakeRuledConditionalFormat(this._context, this.locate, `${this.pathText}.${name}`, name);
      this.parts.set(name, part);
    }
    return part;
  }

  delete(): void {
    this._queueMethod('delete', [], (exec) => {
      const binding = this.locate(exec);
      if (!binding) return;
      binding.sheet.conditionalFormats = binding.sheet.conditionalFormats.filter((r) => r !== binding.record);
      countFormatCall(exec.host.stats, 'conditionalFormat.delete');
    });
  }

  /** "Throws an error if the conditional format is applied to multiple ranges." */
  getRange(): FakeRange {
    return new FakeRange(
      this._context,
      (exec) => {
        const binding = this.locate(exec);
        if (!binding) return null;
        const [only, ...more] = binding.record.ranges;
        if (!only || more.length > 0) {
          throw officeError(
            FakeErrorCodes.invalidOperation,
            'the conditional format applies to several ranges',
            'ConditionalFormat.getRange',
          );
        }
        return { sheetId: binding.sheet.id, rect: only };
      },
      `${this.pathText}.getRange()`,
    );
  }

  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(
      this._context,
      (exec) => {
        const binding = this.locate(exec);
        return binding ? { sheetId: binding.sheet.id, rects: binding.record.ranges } : null;
      },
      `${this.pathText}.getRanges()`,
    );
  }

  /** @internal For `host.inspect`. */
  static describe(sheetName: string, record: ConditionalFormatRecord, priority: number) {
    return {
      id: record.id,
      type: record.type,
      priority,
      stopIfTrue: record.stopIfTrue,
      formula: typeof record.rule.formula === 'string' ? record.rule.formula : undefined,
      rule: { ...record.rule },
      format: { ...record.format },
      ranges: record.ranges.map((r) => formatAddress(sheetName, r)),
      bounds: boundingRect(record.ranges),
    };
  }
}

/** `cf.custom`, `cf.cellValue`, ...: a `rule` and a `format`. */
export class FakeRuledConditionalFormat extends CfPart {
  readonly _className: string;
  private ruleProxy: FakeConditionalFormatRule | undefined;
  private formatProxy: FakeConditionalRangeFormat | undefined;

  constructor(
    context: FakeRequestContext,
    locate: CfLocator,
    pathText: string,
    private readonly kind: string,
  ) {
    super(context, locate, pathText);
    this._className =
      kind === 'custom'
        ? 'CustomConditionalFormat'
        : `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}ConditionalFormat`;
  }

  private checkType(exec: ExecState): ConditionalFormatRecord {
    const record = this.record(exec);
    const expected: Record<string, string> = {
      custom: 'Custom',
      cellValue: 'CellValue',
      textComparison: 'ContainsText',
      topBottom: 'TopBottom',
      preset: 'PresetCriteria',
    };
    if (record.type !== expected[this.kind] || !MODELLED_TYPES.includes(record.type)) {
      throw officeError(
        FakeErrorCodes.invalidOperation,
        `a ${record.type} conditional format has no '${this.kind}'`,
        this._className,
      );
    }
    return record;
  }

  override _scalarNames(): readonly string[] {
    return this.kind === 'custom' ? [] : ['rule'];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'rule' && this.kind === 'custom') return this.rule;
    return undefined;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    void name;
    return { ...this.checkType(exec).rule };
  }

  /** `custom.rule` is an object with `formula`; the other kinds take a whole rule object. */
  get rule(): FakeConditionalFormatRule {
    if (this.kind !== 'custom') return this._get('rule');
    this.ruleProxy ??= new FakeConditionalFormatRule(
      this._context,
      this.locate,
      `${this.pathText}.rule`,
      (exec) => this.checkType(exec),
    );
    return this.ruleProxy;
  }
  set rule(value: unknown) {
    if (this.kind === 'custom') {
      this.rule.set(value as Record<string, unknown>);
      return;
    }
    this._queueSet('rule', value, (exec, v) => {
      if (typeof v !== 'object' || v === null)
        throw officeError(FakeErrorCodes.invalidArgument, 'a rule is an object', `${this._className}.rule`);
      this.checkType(exec).rule = { ...(v as Record<string, unknown>) };
    });
  }

  get format(): FakeConditionalRangeFormat {
    this.formatProxy ??= new FakeConditionalRangeFormat(
      this._context,
      (exec) => this.checkType(exec),
      `${this.pathText}.format`,
    );
    return this.formatProxy;
  }
}

type RecordGetter = (exec: ExecState) => ConditionalFormatRecord;

export class FakeConditionalFormatRule extends CfPart {
  readonly _className = 'ConditionalFormatRule';

  constructor(
    context: FakeRequestContext,
    locate: CfLocator,
    pathText: string,
    private readonly getRecord: RecordGetter,
  ) {
    super(context, locate, pathText);
  }

  override _scalarNames(): readonly string[] {
    return ['formula', 'formulaLocal'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    void name;
    return this.getRecord(exec).rule.formula ?? '';
  }

  get formula(): string {
    return this._get('formula');
  }
  set formula(value: string) {
    this.setFormula('formula', value);
  }

  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(value: string) {
    this.setFormula('formulaLocal', value);
  }

  private setFormula(name: string, value: string): void {
    this._queueSet(name, value, (exec, v) => {
      if (typeof v !== 'string' || v.length === 0) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          'a rule formula is a non-empty string',
          `ConditionalFormatRule.${name}`,
        );
      }
      this.getRecord(exec).rule = { ...this.getRecord(exec).rule, formula: v };
      countFormatCall(exec.host.stats, 'conditionalFormat.custom.rule.formula');
    });
  }
}

abstract class CfStylePart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    protected readonly getRecord: RecordGetter,
    protected readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    void exec;
    return false;
  }

  protected queueStyle<K extends keyof ConditionalFormatStyle>(
    name: string,
    value: unknown,
    key: K,
    convert: (v: unknown, location: string) => ConditionalFormatStyle[K],
  ): void {
    this._queueSet(name, value, (exec, v) => {
      const record = this.getRecord(exec);
      record.format = { ...record.format, [key]: convert(v, `${this._className}.${name}`) };
      countFormatCall(exec.host.stats, 'conditionalFormat.format');
    });
  }
}

export class FakeConditionalRangeFormat extends CfStylePart {
  readonly _className = 'ConditionalRangeFormat';
  private fillProxy: FakeConditionalRangeFill | undefined;
  private fontProxy: FakeConditionalRangeFont | undefined;

  get fill(): FakeConditionalRangeFill {
    this.fillProxy ??= new FakeConditionalRangeFill(this._context, this.getRecord, `${this.pathText}.fill`);
    return this.fillProxy;
  }

  get font(): FakeConditionalRangeFont {
    this.fontProxy ??= new FakeConditionalRangeFont(this._context, this.getRecord, `${this.pathText}.font`);
    return this.fontProxy;
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  override _scalarNames(): readonly string[] {
    return ['numberFormat'];
  }

  override _readScalar(exec: ExecState): unknown {
    return this.getRecord(exec).format.numberFormat ?? null;
  }

  get numberFormat(): string {
    return this._get('numberFormat');
  }
  set numberFormat(value: string) {
    this.queueStyle('numberFormat', value, 'numberFormat', (v, location) => {
      if (typeof v !== 'string')
        throw officeError(FakeErrorCodes.invalidArgument, 'expected a string', location);
      return v;
    });
  }
}

export class FakeConditionalRangeFill extends CfStylePart {
  readonly _className = 'ConditionalRangeFill';

  override _scalarNames(): readonly string[] {
    return ['color'];
  }

  override _readScalar(exec: ExecState): unknown {
    return this.getRecord(exec).format.fill ?? null;
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this.queueStyle('color', value, 'fill', normalizeColor);
  }

  clear(): void {
    this._queueMethod('clear', [], (exec) => {
      const record = this.getRecord(exec);
      record.format = { ...record.format, fill: null };
      countFormatCall(exec.host.stats, 'conditionalFormat.format');
    });
  }
}

export class FakeConditionalRangeFont extends CfStylePart {
  readonly _className = 'ConditionalRangeFont';

  override _scalarNames(): readonly string[] {
    return ['color', 'bold', 'italic'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const format = this.getRecord(exec).format;
    if (name === 'color') return format.fontColor ?? null;
    if (name === 'bold') return format.fontBold ?? null;
    return format.fontItalic ?? null;
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this.queueStyle('color', value, 'fontColor', normalizeColor);
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this.queueStyle('bold', value, 'fontBold', (v) => v === true);
  }

  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this.queueStyle('italic', value, 'fontItalic', (v) => v === true);
  }
}

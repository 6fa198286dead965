import { formatAbsoluteAddress, type Rect } from './addresses';
import { intersectsAny, subtractAll } from './conditionalFormats';
import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, officeError } from './errors';
import { countFormatCall } from './limits';
import { FakeClientObject } from './proxy';
import type { CellsLocator, CellsTarget } from './rangeFormat';
import type { SheetModel } from './sheetModel';

/**
 * `range.dataValidation` ("Add data validation to Excel ranges"): `rule` takes exactly one of
 * wholeNumber, decimal, textLength, date, time, list, custom ("No more than one of these properties
 * may be present in any DataValidationRule object"); a list `source` is a comma-separated string,
 * a formula ("=Lists!$A$2:$A$9") or a Range (stored as its absolute, sheet-qualified reference);
 * `clear()` removes validation from the cleared cells only ("only the overlapping cells, if any, of
 * the two ranges are cleared"); `ignoreBlanks` defaults to true, `errorAlert.showAlert` to true,
 * `prompt.showPrompt` to false. `type` is derived from the rule, "None" without validation,
 * "Inconsistent" when the cells differ. Setting a rule replaces the validation of those cells.
 *
 * The fake stores rules; it does not evaluate them (`valid`, `getInvalidCells()` are not modelled).
 */
export interface DataValidationRecord {
  readonly id: string;
  ranges: Rect[];
  rule: Record<string, unknown> | null;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
}

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

export function ruleType(rule: Record<string, unknown> | null): string {
  if (!rule) return 'None';
  const key = Object.keys(rule)[0];
  return key === undefined ? 'None' : (RULE_TYPES[key] ?? 'None');
}

/** Marker the wire carries instead of a Range proxy used as a list source. */
interface RangeSourceMarker {
  readonly rangeSource: string;
}

interface SourceRange {
  _path(): string;
  _requireTarget(exec: ExecState, location: string): { sheet: SheetModel; rect: Rect };
}

function isSourceRange(value: unknown): value is SourceRange {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { _requireTarget?: unknown })._requireTarget === 'function'
  );
}

function validateRule(rule: unknown, location: string): Record<string, unknown> {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    throw officeError(FakeErrorCodes.invalidArgument, 'a data validation rule is an object', location);
  }
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_TYPES[keys[0] ?? '']) {
    throw officeError(
      FakeErrorCodes.invalidArgument,
      'a data validation rule holds exactly one known criterion',
      location,
    );
  }
  return rule as Record<string, unknown>;
}

function coverage(
  sheet: SheetModel,
  rects: readonly Rect[],
): { records: DataValidationRecord[]; uncovered: boolean } {
  const records = sheet.validations.filter((record) => intersectsAny(record, rects));
  const uncovered =
    subtractAll(
      rects,
      records.flatMap((r) => r.ranges),
    ).length > 0;
  return { records, uncovered };
}

export function removeValidationIn(sheet: SheetModel, rects: readonly Rect[]): void {
  for (const record of sheet.validations) record.ranges = subtractAll(record.ranges, rects);
  sheet.validations = sheet.validations.filter((r) => r.ranges.length > 0);
}

export class FakeDataValidation extends FakeClientObject {
  readonly _className = 'DataValidation';

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

  override _scalarNames(): readonly string[] {
    return ['rule', 'type', 'ignoreBlanks', 'errorAlert', 'prompt'];
  }

  private target(exec: ExecState): CellsTarget {
    const target = this.cells(exec);
    if (!target) throw officeError(FakeErrorCodes.itemNotFound, undefined, 'DataValidation');
    return target;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const target = this.target(exec);
    const { records, uncovered } = coverage(target.sheet, target.rects);
    const single = records.length === 1 && !uncovered ? records[0] : undefined;
    switch (name) {
      case 'type':
        if (records.length === 0) return 'None';
        return single ? ruleType(single.rule) : 'Inconsistent';
      case 'rule':
        return single?.rule ? structuredCopy(single.rule) : {};
      case 'ignoreBlanks':
        return single ? single.ignoreBlanks : true;
      case 'errorAlert':
        return single ? { ...single.errorAlert } : { showAlert: true, style: 'Stop', title: '', message: '' };
      default:
        return single ? { ...single.prompt } : { showPrompt: false, title: '', message: '' };
    }
  }

  get type(): string {
    return this._get('type');
  }

  get rule(): Record<string, unknown> {
    return this._get('rule');
  }
  set rule(value: Record<string, unknown>) {
    const list = (value as { list?: { source?: unknown } } | undefined)?.list;
    const sourceRange = isSourceRange(list?.source) ? list.source : undefined;
    this._assertSameContext(sourceRange, 'DataValidation.rule');
    const wire: unknown =
      sourceRange && list
        ? {
            ...value,
            list: { ...list, source: { rangeSource: sourceRange._path() } satisfies RangeSourceMarker },
          }
        : value;
    this._queueSet('rule', wire, (exec, v) => {
      const rule = { ...validateRule(v, 'DataValidation.rule') };
      if (sourceRange && rule.list) {
        const source = sourceRange._requireTarget(exec, 'DataValidation.rule');
        rule.list = {
          ...(rule.list as object),
          source: `=${formatAbsoluteAddress(source.sheet.name, source.rect)}`,
        };
      }
      const target = this.target(exec);
      const previous = coverage(target.sheet, target.rects).records[0];
      removeValidationIn(target.sheet, target.rects);
      target.sheet.validations.push({
        id: exec.model.nextId('dv'),
        ranges: [...target.rects],
        rule,
        ignoreBlanks: previous?.ignoreBlanks ?? true,
        errorAlert: previous
          ? { ...previous.errorAlert }
          : { showAlert: true, style: 'Stop', title: '', message: '' },
        prompt: previous ? { ...previous.prompt } : { showPrompt: false, title: '', message: '' },
      });
      countFormatCall(exec.host.stats, 'dataValidation.rule');
    });
  }

  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this._queueSet('ignoreBlanks', value, (exec, v) => {
      for (const record of this.recordsFor(exec)) record.ignoreBlanks = v === true;
    });
  }

  get errorAlert(): DataValidationRecord['errorAlert'] {
    return this._get('errorAlert');
  }
  set errorAlert(value: Partial<DataValidationRecord['errorAlert']>) {
    this._queueSet('errorAlert', value, (exec, v) => {
      for (const record of this.recordsFor(exec))
        record.errorAlert = { ...record.errorAlert, ...(v as object) };
      countFormatCall(exec.host.stats, 'dataValidation.errorAlert');
    });
  }

  get prompt(): DataValidationRecord['prompt'] {
    return this._get('prompt');
  }
  set prompt(value: Partial<DataValidationRecord['prompt']>) {
    this._queueSet('prompt', value, (exec, v) => {
      for (const record of this.recordsFor(exec)) record.prompt = { ...record.prompt, ...(v as object) };
      countFormatCall(exec.host.stats, 'dataValidation.prompt');
    });
  }

  /** Records of the cells; cells without validation get an empty one (type "None") to hold alert/prompt. */
  private recordsFor(exec: ExecState): DataValidationRecord[] {
    const target = this.target(exec);
    const { records, uncovered } = coverage(target.sheet, target.rects);
    if (!uncovered) return records;
    const gaps = subtractAll(
      target.rects,
      records.flatMap((r) => r.ranges),
    );
    const created: DataValidationRecord = {
      id: exec.model.nextId('dv'),
      ranges: gaps,
      rule: null,
      ignoreBlanks: true,
      errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
      prompt: { showPrompt: false, title: '', message: '' },
    };
    target.sheet.validations.push(created);
    return [...records, created];
  }

  clear(): void {
    this._queueMethod('clear', [], (exec) => {
      const target = this.target(exec);
      removeValidationIn(target.sheet, target.rects);
      countFormatCall(exec.host.stats, 'dataValidation.clear');
    });
  }
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

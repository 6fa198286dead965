import type { ExecState, FakeRequestContext } from './context';
import { ymdToSerial } from './dates';
import { FakeClientObject } from './proxy';

/**
 * `Excel.Functions` (`workbook.functions`, ExcelApi 1.2): worksheet functions evaluated by Excel on
 * request. Only `date` is modelled: DATE(year, month, day) is the serial of that day in the
 * workbook's date system ("DATE function": "Excel uses the 1900 date system ... the 1904 date
 * system"; "Date systems in Excel": January 1, 1904 is serial 0 in the 1904 system, 1462 in the
 * 1900 system). A day the system cannot hold is `#NUM!` (FunctionResult.error, value null).
 */
export class FakeFunctions extends FakeClientObject {
  readonly _className = 'Functions';

  constructor(context: FakeRequestContext) {
    super(context);
  }

  override _path(): string {
    return 'workbook.functions';
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override _scalarNames(): readonly string[] {
    return [];
  }

  override _readScalar(): unknown {
    return undefined;
  }

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this._context, `date(${year},${month},${day})`, (exec) =>
      ymdToSerial({ year, month, day }, exec.model.dateSystem),
    );
  }
}

/** `Excel.FunctionResult<T>`: `value` and `error` (an Excel error text, or null). */
export class FakeFunctionResult extends FakeClientObject {
  readonly _className = 'FunctionResult';

  constructor(
    context: FakeRequestContext,
    private readonly call: string,
    private readonly compute: (exec: ExecState) => number | null,
  ) {
    super(context);
  }

  override _path(): string {
    return `workbook.functions.${this.call}`;
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override _scalarNames(): readonly string[] {
    return ['value', 'error'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const value = this.compute(exec);
    if (name === 'error') return value === null ? '#NUM!' : null;
    return value;
  }

  get value(): number | null {
    return this._get('value');
  }

  get error(): string | null {
    return this._get('error');
  }
}

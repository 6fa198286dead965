import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, officeError } from './errors';
import { FakeFunctions } from './functions';
import { FakeNamedItemCollection } from './namedItems';
import { FakeClientObject } from './proxy';
import { FakeRange } from './range';
import { FakeTableCollection } from './tables';
import type { CalculationModeName } from './workbookModel';
import { FakeWorksheetCollection } from './worksheet';

/**
 * `Excel.Workbook`, `Excel.Application`, `Excel.Runtime`.
 *
 * `use1904DateSystem` ("True if the workbook uses the 1904 date system", Excel.Workbook): in no
 * released requirement set (absent from @types/office-js 1.0.612), so the add-in does not load it
 * (src/excel/dateSystem.ts asks `functions.date(1904, 1, 1)` instead); the fake keeps it for tests
 * that set the date system. Toggling it keeps stored serials and changes the dates they show, as in
 * Excel (Workbook.Date1904). `functions`: see functions.ts.
 */
export class FakeWorkbook extends FakeClientObject {
  readonly _className = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context, null, 'workbook.names');
    this.tables = new FakeTableCollection(context, null, 'workbook.tables');
    this.application = new FakeApplication(context);
    this.functions = new FakeFunctions(context);
  }

  override _path(): string {
    return 'workbook';
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override _scalarNames(): readonly string[] {
    return ['name', 'use1904DateSystem'];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'names') return this.names;
    if (name === 'tables') return this.tables;
    if (name === 'application') return this.application;
    if (name === 'functions') return this.functions;
    return undefined;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    return name === 'name' ? exec.model.name : exec.model.use1904DateSystem;
  }

  get name(): string {
    return this._get('name');
  }

  get use1904DateSystem(): boolean {
    return this._get('use1904DateSystem');
  }
  set use1904DateSystem(value: boolean) {
    this._queueSet('use1904DateSystem', value, (exec, v) => {
      if (typeof v !== 'boolean')
        throw officeError(FakeErrorCodes.invalidArgument, 'expected a boolean', 'Workbook.use1904DateSystem');
      exec.model.use1904DateSystem = v;
    });
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(
      this._context,
      (exec) => {
        const selection = exec.model.selection;
        // "If multiple ranges are selected, this method will throw an error" (Workbook.getSelectedRange,
        // learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
        if (selection?.areas !== undefined)
          throw officeError(
            FakeErrorCodes.invalidSelection,
            'several ranges are selected',
            'Workbook.getSelectedRange',
          );
        if (selection && exec.model.sheetById(selection.sheetId))
          return { sheetId: selection.sheetId, rect: selection.rect };
        const active = exec.model.activeSheet();
        if (!active)
          throw officeError(FakeErrorCodes.itemNotFound, 'no active worksheet', 'Workbook.getSelectedRange');
        return { sheetId: active.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      'workbook.getSelectedRange()',
    );
  }

  getActiveCell(): FakeRange {
    return new FakeRange(
      this._context,
      (exec) => {
        const selection = exec.model.selection;
        if (selection && exec.model.sheetById(selection.sheetId)) {
          return {
            sheetId: selection.sheetId,
            rect: {
              r0: selection.rect.r0,
              c0: selection.rect.c0,
              r1: selection.rect.r0,
              c1: selection.rect.c0,
            },
          };
        }
        const active = exec.model.activeSheet();
        if (!active)
          throw officeError(FakeErrorCodes.itemNotFound, 'no active worksheet', 'Workbook.getActiveCell');
        return { sheetId: active.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      'workbook.getActiveCell()',
    );
  }
}

const CALCULATION_MODES: CalculationModeName[] = ['Automatic', 'AutomaticExceptTables', 'Manual'];

export class FakeApplication extends FakeClientObject {
  readonly _className = 'Application';

  override _path(): string {
    return 'workbook.application';
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override _scalarNames(): readonly string[] {
    return ['calculationMode'];
  }

  override _readScalar(exec: ExecState): unknown {
    return exec.model.calculationMode;
  }

  get calculationMode(): CalculationModeName {
    return this._get('calculationMode');
  }
  set calculationMode(value: CalculationModeName) {
    this._queueSet('calculationMode', value, (exec, v) => {
      if (!CALCULATION_MODES.includes(v as CalculationModeName)) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `unknown calculation mode '${String(v)}'`,
          'Application.calculationMode',
        );
      }
      exec.model.calculationMode = v as CalculationModeName;
    });
  }

  calculate(calculationType: string): void {
    this._queueMethod('calculate', [calculationType], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._queueMethod('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

/** `context.runtime.enableEvents` ("Enable and disable events"). */
export class FakeRuntime extends FakeClientObject {
  readonly _className = 'Runtime';

  override _path(): string {
    return 'runtime';
  }

  override _resolveIsNull(): boolean {
    return false;
  }

  override _scalarNames(): readonly string[] {
    return ['enableEvents'];
  }

  override _readScalar(exec: ExecState): unknown {
    return exec.model.eventsEnabled;
  }

  get enableEvents(): boolean {
    return this._get('enableEvents');
  }
  set enableEvents(value: boolean) {
    this._queueSet('enableEvents', value, (exec, v) => {
      exec.model.eventsEnabled = v === true;
    });
  }
}

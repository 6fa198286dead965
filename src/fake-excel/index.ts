/**
 * A fake Excel host for tests, browser tests and the preview page: the part of the Excel
 * JavaScript API the add-in uses, with office.js's names and call shapes, written to behave like
 * Excel where add-ins usually break (ARCHITECTURE.md, "Testing"). No Node-only API is used, so it
 * bundles for the browser.
 *
 * ```ts
 * const fake = installFakeExcel(globalThis, { sheets: ['Registraties'] });
 * await Excel.run(async (context) => { ... });          // code written against @types/office-js
 * expect(fake.host.inspect.sheet('Registraties').values('A1:E1')).toEqual([...]);
 * fake.uninstall();
 * ```
 */
import { type FormulaEvaluator, defaultFormulaResult } from './cellContent';
import { createRun, FakeRequestContext, type HostRuntime } from './context';
import { excelEnums } from './enums';
import { FakeErrorCodes, FakeOfficeExtensionError } from './errors';
import { EventRegistry } from './events';
import { FakeExcelHost, type SheetSeed } from './host';
import { defaultLimits, emptyStats } from './limits';
import { createOfficeNamespace, type FakeOfficeNamespace } from './office';
import { FakeClientObject, FakeClientResult } from './proxy';
import { WorkbookModel } from './workbookModel';

export interface FakeExcelOptions {
  /** Sheets to start with, by name or with content; default one empty "Sheet1". */
  readonly sheets?: readonly (string | ({ readonly name: string } & SheetSeed))[];
  /** Both payload limits in bytes (default 5 MB = 5 * 1024 * 1024). */
  readonly payloadLimitBytes?: number;
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
  /** Cells one read may cover (default 5,000,000). */
  readonly readCellLimit?: number;
  /** 'office' (default): reading a property right after setting it returns the assigned value, as office.js does. 'throw': PropertyNotLoaded. */
  readonly readAfterSet?: 'office' | 'throw';
  /** Value of formula cells (the fake does not calculate); default ''. */
  readonly evaluateFormula?: FormulaEvaluator;
  /** How `Range.text` shows the system short date `m/d/yyyy`; default 'dd/mm/yyyy' (Belgium). */
  readonly shortDateDisplay?: string;
  /**
   * How `Range.text` shows TRUE and FALSE: Excel uses its own language's words (WAAR/ONWAAR in a
   * Dutch Excel, VRAI/FAUX in a French one); default ['TRUE', 'FALSE'].
   */
  readonly booleanDisplay?: readonly [string, string];
  readonly use1904DateSystem?: boolean;
  /** `Office.context.displayLanguage`; default 'nl-BE'. */
  readonly displayLanguage?: string;
  /** `Office.context.platform`; default 'OfficeOnline' (where the 5 MB limit applies). */
  readonly platform?: string;
  /** For `Office.context.requirements.isSetSupported`; default ExcelApi 1.17. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  readonly workbookName?: string;
}

/** The fake `Excel` namespace: `run`, `RequestContext`, the enums, `ErrorCodes`. */
export type FakeExcelNamespace = typeof excelEnums & {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(object: unknown, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => FakeRequestContext;
};

export interface FakeOfficeExtensionNamespace {
  readonly Error: typeof FakeOfficeExtensionError;
  readonly ErrorCodes: typeof FakeErrorCodes;
  readonly ClientObject: typeof FakeClientObject;
  readonly ClientResult: typeof FakeClientResult;
}

export interface FakeExcel {
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOfficeNamespace;
  readonly OfficeExtension: FakeOfficeExtensionNamespace;
  readonly host: FakeExcelHost;
}

const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: '1.17',
  SharedRuntime: '1.1',
  CustomFunctionsRuntime: '1.3',
  DialogApi: '1.2',
};

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = new WorkbookModel();
  model.name = options.workbookName ?? model.name;
  model.use1904DateSystem = options.use1904DateSystem ?? false;
  const limits = defaultLimits();
  if (options.payloadLimitBytes !== undefined) {
    limits.requestBytes = options.payloadLimitBytes;
    limits.responseBytes = options.payloadLimitBytes;
  }
  if (options.requestLimitBytes !== undefined) limits.requestBytes = options.requestLimitBytes;
  if (options.responseLimitBytes !== undefined) limits.responseBytes = options.responseLimitBytes;
  if (options.readCellLimit !== undefined) limits.readCells = options.readCellLimit;
  const runtime: HostRuntime = {
    model,
    stats: emptyStats(),
    limits,
    options: {
      readAfterSet: options.readAfterSet ?? 'office',
      evaluateFormula: options.evaluateFormula ?? defaultFormulaResult,
      shortDateDisplay: options.shortDateDisplay ?? 'dd/mm/yyyy',
      booleanDisplay: options.booleanDisplay ?? ['TRUE', 'FALSE'],
    },
    events: new EventRegistry(model),
  };
  const office = createOfficeNamespace(model, {
    displayLanguage: options.displayLanguage ?? 'nl-BE',
    platform: options.platform ?? 'OfficeOnline',
    requirementSets: options.requirementSets ?? DEFAULT_REQUIREMENT_SETS,
  });
  const { _reloadSettings: reloadSettings, ...officeNamespace } = office;
  const host = new FakeExcelHost(runtime, reloadSettings, (language) => {
    officeNamespace.context.displayLanguage = language;
    officeNamespace.context.contentLanguage = language;
  });
  for (const sheet of options.sheets ?? ['Sheet1']) {
    if (typeof sheet === 'string') host.addSheet(sheet);
    else host.addSheet(sheet.name, sheet);
  }
  if (model.sheets.length === 0) host.addSheet('Sheet1');

  const run = createRun(runtime);
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(runtime);
    }
  }
  const Excel = { ...excelEnums, run, RequestContext } as FakeExcelNamespace;
  const OfficeExtension: FakeOfficeExtensionNamespace = {
    Error: FakeOfficeExtensionError,
    ErrorCodes: FakeErrorCodes,
    ClientObject: FakeClientObject,
    ClientResult: FakeClientResult,
  };
  return { Excel, Office: officeNamespace, OfficeExtension, host };
}

export interface InstalledFakeExcel extends FakeExcel {
  /** Restores the globals that were there before. */
  uninstall(): void;
}

/**
 * Puts `Excel`, `Office` and `OfficeExtension` on `globalObject` (globalThis in jest, `window` in
 * the browser) so code written against @types/office-js runs unchanged.
 */
export function installFakeExcel(
  globalObject: object = globalThis,
  fakeOrOptions: FakeExcel | FakeExcelOptions = {},
): InstalledFakeExcel {
  const fake = 'host' in fakeOrOptions ? fakeOrOptions : createFakeExcel(fakeOrOptions);
  const target = globalObject as Record<string, unknown>;
  const names = ['Excel', 'Office', 'OfficeExtension'] as const;
  const previous = names.map(
    (name) => [name, Object.prototype.hasOwnProperty.call(target, name), target[name]] as const,
  );
  target.Excel = fake.Excel;
  target.Office = fake.Office;
  target.OfficeExtension = fake.OfficeExtension;
  return {
    ...fake,
    uninstall: () => {
      for (const [name, had, value] of previous) {
        if (had) target[name] = value;
        else delete target[name];
      }
    },
  };
}

export { FakeErrorCodes, FakeExcelNotModelledError, FakeOfficeExtensionError } from './errors';
export type {
  FakeExcelHost,
  FakeExcelInspector,
  FakeSheetInspector,
  SheetSeed,
  CellSeed,
  CellSnapshot,
} from './host';
export type { HostStats, FormatCallKind, PayloadLimits } from './limits';
export { DEFAULT_PAYLOAD_LIMIT_BYTES, DEFAULT_READ_CELL_LIMIT } from './limits';
export type { FakeRequestContext } from './context';
export type { FakeRange } from './range';
export type { FakeWorksheet } from './worksheet';
export type { FakeWorksheetChangedEventArgs } from './events';
export type { CellInput } from './coercion';
export type { Scalar, ErrorLiteral, FormulaEvaluator } from './cellContent';
export { coerceInput, parseNumberText, parseDateText } from './coercion';
export { ymdToSerial, serialToYmd } from './dates';
export {
  formatAddress,
  parseAddress,
  quoteSheetName,
  columnToLetters,
  lettersToColumn,
  MAX_ROWS,
  MAX_COLUMNS,
} from './addresses';
export { sheetNameProblem } from './nameRules';

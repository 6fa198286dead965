/**
 * The fake Excel host installed in a browser page as office.js would be: `window.Office`,
 * `window.Excel`, `window.OfficeExtension` and `window.CustomFunctions`, on one in-page workbook.
 *
 * Used by the preview page (src/preview/fakeOffice.ts, built as `preview/fake-office.js`) and by
 * the browser tests, which serve that same bundle in place of
 * `https://appsforoffice.microsoft.com/lib/1/hosted/office.js`. Browser-safe: no Node API.
 *
 * What the page gets, besides what createFakeExcel gives:
 * - `Office.context.displayLanguage` from the query parameter `?lang=fr-FR` (default nl-BE) and
 *   `Office.context.platform` from `?platform=PC` (default OfficeOnline); OpenBrowserWindowApi 1.1
 *   is supported on every platform but OfficeOnline, as in Office;
 * - `Office.context.ui.openBrowserWindow(url)`, `Office.actions.associate(id, fn)` and the
 *   `Office.addin` calls of a shared runtime, recorded (office.js would open a browser or a ribbon);
 * - `CustomFunctions.associate` (recorded, never called: no sheet calculates here), and
 *   `CustomFunctions.Error` / `ErrorCode`;
 * - `window.__fakeExcelHost`: the FakeExcelHost (seed, `userEdit`, `inspect`, ...) and
 *   `window.__fakeOffice`: what was recorded, plus a change counter that grows after every
 *   `Excel.run` and every `userEdit` (a `fakeexcel:change` event is dispatched on the window too).
 *
 * Tests may seed the workbook before any add-in script runs by defining
 * `window.__fakeExcelOptions` (FakeExcelOptions, e.g. `{ sheets: [...] }`) in an init script.
 */
import { createFakeExcel, type FakeExcel, type FakeExcelHost, type FakeExcelOptions } from '.';

/** Name of the event dispatched on the window after the workbook may have changed. */
export const FAKE_EXCEL_CHANGE_EVENT = 'fakeexcel:change';

/** The `CustomFunctions.ErrorCode` values of office.js (CustomFunctionsRuntime 1.2). */
const CUSTOM_FUNCTIONS_ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** `CustomFunctions.Error`: what a custom function throws to show an error value in its cell. */
export class FakeCustomFunctionsError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = 'CustomFunctions.Error';
    this.code = code;
  }
}

export interface FakeOfficeRecord {
  /** URLs passed to `Office.context.ui.openBrowserWindow`, in call order. */
  readonly openedUrls: string[];
  /** Ids passed to `Office.actions.associate` (ribbon commands of the shared runtime). */
  readonly actions: string[];
  /** Ids passed to `CustomFunctions.associate`. */
  readonly customFunctions: string[];
  /** `Office.addin` calls, e.g. "showAsTaskpane". */
  readonly addinCalls: string[];
  /** Grows after every `Excel.run` (settled) and every host edit made through `notifyChange`. */
  changes: number;
  /** Errors (message text) of `Excel.run` batches that rejected, for the preview's error line. */
  readonly runErrors: string[];
}

export interface BrowserFake extends FakeExcel {
  readonly record: FakeOfficeRecord;
  readonly CustomFunctions: {
    associate(id: string, fn: unknown): void;
    readonly Error: typeof FakeCustomFunctionsError;
    readonly ErrorCode: typeof CUSTOM_FUNCTIONS_ERROR_CODE;
  };
  /** Tells listeners that the workbook may have changed (the preview grid redraws). */
  notifyChange(): void;
  /**
   * Presses a ribbon button whose action is ExecuteFunction `name` (manifest.xml): calls the
   * function associated with that name, as Office does in a shared runtime, and resolves when it
   * calls `event.completed()`. Rejects for a name nothing was associated with.
   */
  pressRibbonButton(name: string): Promise<void>;
}

export interface BrowserFakeWindow {
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
  CustomFunctions?: unknown;
  __fakeExcelHost?: FakeExcelHost;
  __fakeOffice?: BrowserFake;
  __fakeExcelOptions?: FakeExcelOptions;
}

/** createFakeExcel's default requirement sets (src/fake-excel/index.ts). */
const BASE_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: '1.17',
  SharedRuntime: '1.1',
  CustomFunctionsRuntime: '1.3',
  DialogApi: '1.2',
};

/**
 * Requirement sets of a platform: OpenBrowserWindowApi 1.1 exists in desktop Office (Windows,
 * Mac) and on iPad, not in Office on the web ("OpenBrowserWindow API requirement sets").
 */
export function requirementSetsFor(platform: string): Readonly<Record<string, string>> {
  return platform === 'OfficeOnline'
    ? BASE_REQUIREMENT_SETS
    : { ...BASE_REQUIREMENT_SETS, OpenBrowserWindowApi: '1.1' };
}

/** Options of the fake from the page's query string: `lang` and `platform`. */
export function optionsFromQuery(search: string): FakeExcelOptions {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  const platform = query.get('platform');
  return {
    ...(lang !== null && lang.trim() !== '' ? { displayLanguage: lang.trim() } : {}),
    ...(platform !== null && platform.trim() !== '' ? { platform: platform.trim() } : {}),
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Creates the fake (options from the query string win over `window.__fakeExcelOptions`), puts it
 * on `win` under office.js's global names and returns it. Call it before any add-in script runs.
 */
export function installBrowserOffice(
  win: BrowserFakeWindow & { location: { search: string }; dispatchEvent(event: Event): boolean },
): BrowserFake {
  const given: FakeExcelOptions = {
    ...(win.__fakeExcelOptions ?? {}),
    ...optionsFromQuery(win.location.search),
  };
  const options: FakeExcelOptions = {
    ...given,
    requirementSets: given.requirementSets ?? requirementSetsFor(given.platform ?? 'OfficeOnline'),
  };
  const fake = createFakeExcel(options);
  const record: FakeOfficeRecord = {
    openedUrls: [],
    actions: [],
    customFunctions: [],
    addinCalls: [],
    changes: 0,
    runErrors: [],
  };
  const notifyChange = (): void => {
    record.changes += 1;
    win.dispatchEvent(new Event(FAKE_EXCEL_CHANGE_EVENT));
  };

  // Every Excel.run may change the workbook: tell the preview grid once it has settled.
  const excel = fake.Excel as unknown as { run: (...args: unknown[]) => Promise<unknown> };
  const run = excel.run.bind(fake.Excel);
  excel.run = (...args: unknown[]) =>
    run(...args).then(
      (value) => {
        notifyChange();
        return value;
      },
      (error: unknown) => {
        record.runErrors.push(errorText(error));
        notifyChange();
        throw error;
      },
    );

  // A user edit raises onChanged; the add-in's handlers run Excel.run (notified above), but the
  // edit itself changes cells too.
  const host = fake.host;
  const userEdit = host.userEdit.bind(host);
  host.userEdit = async (...args: Parameters<FakeExcelHost['userEdit']>) => {
    try {
      await userEdit(...args);
    } finally {
      notifyChange();
    }
  };

  const office = fake.Office as unknown as {
    context: Record<string, unknown>;
    actions?: unknown;
    addin?: unknown;
  };
  office.context['ui'] = {
    openBrowserWindow: (url: string) => {
      record.openedUrls.push(url);
    },
  };
  const ribbonHandlers = new Map<string, (event: { completed(): void }) => void>();
  office.actions = {
    associate: (id: string, handler: (event: { completed(): void }) => void) => {
      record.actions.push(id);
      ribbonHandlers.set(id, handler);
    },
  };
  const pressRibbonButton = (name: string): Promise<void> => {
    const handler = ribbonHandlers.get(name);
    if (handler === undefined) return Promise.reject(new Error(`no function associated with ${name}`));
    return new Promise((resolve) => handler({ completed: () => resolve() }));
  };
  const addinCall = (name: string) => () => {
    record.addinCalls.push(name);
    return Promise.resolve();
  };
  office.addin = {
    showAsTaskpane: addinCall('showAsTaskpane'),
    hide: addinCall('hide'),
    setStartupBehavior: addinCall('setStartupBehavior'),
    getStartupBehavior: () => Promise.resolve('None'),
    onVisibilityModeChanged: addinCall('onVisibilityModeChanged'),
    beforeDocumentCloseNotification: { enable: addinCall('beforeDocumentCloseNotification.enable') },
  };

  const customFunctions: BrowserFake['CustomFunctions'] = {
    associate: (id: string) => {
      record.customFunctions.push(id);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: CUSTOM_FUNCTIONS_ERROR_CODE,
  };

  const browserFake: BrowserFake = {
    ...fake,
    record,
    CustomFunctions: customFunctions,
    notifyChange,
    pressRibbonButton,
  };
  win.Excel = fake.Excel;
  win.Office = fake.Office;
  win.OfficeExtension = fake.OfficeExtension;
  win.CustomFunctions = customFunctions;
  win.__fakeExcelHost = host;
  win.__fakeOffice = browserFake;
  return browserFake;
}

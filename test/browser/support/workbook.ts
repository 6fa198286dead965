/**
 * The fake Excel host of a page, from the test: what the workbook holds and what the user types,
 * through `window.__fakeExcelHost` (src/fake-excel/browserOffice.ts). Values cross the page boundary
 * as JSON, so everything returned here is plain data.
 */
import type { Frame, Page } from 'playwright-core';
import type { BrowserFake } from '../../../src/fake-excel/browserOffice';
import type { CellInput, FakeExcelHost } from '../../../src/fake-excel';

declare global {
  interface Window {
    __fakeExcelHost?: FakeExcelHost;
    __fakeOffice?: BrowserFake;
  }
}

type Target = Page | Frame;
type Scalar = string | number | boolean;

/** Waits until the fake host is installed (it is, before any add-in script runs). */
export async function waitForHost(target: Target): Promise<void> {
  await target.waitForFunction(() => window.__fakeExcelHost !== undefined);
}

export function sheetNames(target: Target): Promise<string[]> {
  return target.evaluate(() => window.__fakeExcelHost?.inspect.sheetNames() ?? []);
}

export interface WorkbookSummary {
  sheetNames: string[];
  activeSheet: string | null;
  /** e.g. `'B001 Vaxigrip'!A3` (sheet name quoted when Excel would quote it). */
  selection: string | null;
  settings: Record<string, unknown>;
  tables: string[];
}

export function workbook(target: Target): Promise<WorkbookSummary> {
  return target.evaluate(() => {
    const w = window.__fakeExcelHost?.inspect.workbook();
    if (!w) throw new Error('no fake host');
    return {
      sheetNames: w.sheetNames,
      activeSheet: w.activeSheet,
      selection: w.selection,
      settings: w.settings,
      tables: w.tables,
    };
  });
}

export function values(target: Target, sheet: string, address: string): Promise<Scalar[][]> {
  return target.evaluate(
    ([s, a]) => {
      const host = window.__fakeExcelHost;
      if (!host) throw new Error('no fake host');
      return host.inspect.sheet(s).values(a);
    },
    [sheet, address] as const,
  );
}

export function valueTypes(target: Target, sheet: string, address: string): Promise<string[][]> {
  return target.evaluate(
    ([s, a]) => {
      const host = window.__fakeExcelHost;
      if (!host) throw new Error('no fake host');
      return host.inspect.sheet(s).valueTypes(a);
    },
    [sheet, address] as const,
  );
}

export function numberFormats(target: Target, sheet: string, address: string): Promise<string[][]> {
  return target.evaluate(
    ([s, a]) => {
      const host = window.__fakeExcelHost;
      if (!host) throw new Error('no fake host');
      return host.inspect.sheet(s).numberFormats(a);
    },
    [sheet, address] as const,
  );
}

export function fill(target: Target, sheet: string, address: string): Promise<string | null> {
  return target.evaluate(
    ([s, a]) => {
      const host = window.__fakeExcelHost;
      if (!host) throw new Error('no fake host');
      return host.inspect.sheet(s).fill(a);
    },
    [sheet, address] as const,
  );
}

/** The user types into the sheet (coerced as Excel's typing; onChanged handlers run). */
export async function userEdit(
  target: Target,
  sheet: string,
  address: string,
  input: CellInput | readonly (readonly CellInput[])[],
): Promise<void> {
  await target.evaluate(
    async ([s, a, v]) => {
      const host = window.__fakeExcelHost;
      if (!host) throw new Error('no fake host');
      await host.userEdit(s, a, v);
    },
    [sheet, address, input] as const,
  );
}

/** The user types registration rows (five columns each) from row 2 of `sheet`. */
export async function typeRows(
  target: Target,
  sheet: string,
  rows: readonly (readonly CellInput[])[],
): Promise<void> {
  await userEdit(target, sheet, `A2:E${rows.length + 1}`, rows);
}

/** Raw content without coercion or event (states typing cannot reach: an Excel date, an error). */
export async function setCell(
  target: Target,
  sheet: string,
  address: string,
  cell: { value?: Scalar; numberFormat?: string; error?: string },
): Promise<void> {
  await target.evaluate(
    ([s, a, c]) => {
      const host = window.__fakeExcelHost;
      if (!host) throw new Error('no fake host');
      host.setCell(s, a, c);
      window.__fakeOffice?.notifyChange();
    },
    [sheet, address, cell] as const,
  );
}

/** Whatever the fake recorded: URLs opened in a browser, ribbon actions, custom functions. */
export function officeRecord(target: Target): Promise<{
  openedUrls: string[];
  actions: string[];
  customFunctions: string[];
  addinCalls: string[];
  runErrors: string[];
  eventErrors: string[];
}> {
  return target.evaluate(() => {
    const fake = window.__fakeOffice;
    if (!fake) throw new Error('no fake host');
    return {
      openedUrls: [...fake.record.openedUrls],
      actions: [...fake.record.actions],
      customFunctions: [...fake.record.customFunctions],
      addinCalls: [...fake.record.addinCalls],
      runErrors: [...fake.record.runErrors],
      eventErrors: fake.host.eventErrors.map((e) =>
        e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      ),
    };
  });
}

/** Waits until the add-in's event handlers started so far have settled. */
export async function flushEvents(target: Target): Promise<void> {
  await target.evaluate(async () => {
    await window.__fakeExcelHost?.flushEvents();
  });
}

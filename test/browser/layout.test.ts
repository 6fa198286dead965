/**
 * The pane at task-pane sizes (issue #13): at 320x600 and 450x800, on every tab and in every
 * state a nurse meets (empty, form errors, check with errors, warnings only, success, export
 * done), no element reaches past the viewport (no horizontal scrolling) and the tabs stay on one
 * row. Also in French and English, whose labels are longer.
 */
import type { Page } from 'playwright-core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, validRows } from './support/fixtures';
import type { Pane } from './support/pane';
import { useSession } from './support/session';
import { typeRows } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);
const TABS = ['new', 'check', 'export', 'upload', 'settings'] as const;

interface Fit {
  readonly viewport: number;
  readonly scrollWidth: number;
  /** Elements whose box reaches past the viewport's left or right edge. */
  readonly wide: string[];
  /** Distinct top offsets of the tabs: one value means one row. */
  readonly tabRows: number;
}

/** Measures the page as rendered: every visible element's box against the viewport width. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id === '' ? '' : `#${id}`} "${text}"`;
    };
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > viewport + 0.5 || box.left < -0.5)
        wide.push(`${describe(el)} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
    const tops = Array.from(document.querySelectorAll('[role=tab]')).map((tab) =>
      Math.round(tab.getBoundingClientRect().top),
    );
    return {
      viewport,
      scrollWidth: document.documentElement.scrollWidth,
      wide,
      tabRows: new Set(tops).size,
    };
  });
}

async function expectFits(pane: Pane, where: string): Promise<void> {
  const page = pane.page as Page;
  const fit = await measure(page);
  expect({ where, ...fit }).toEqual({
    where,
    viewport: fit.viewport,
    scrollWidth: fit.viewport,
    wide: [],
    tabRows: 1,
  });
}

async function everyTab(pane: Pane, state: string): Promise<void> {
  for (const tab of TABS) {
    await pane.openTab(tab);
    await (pane.page as Page).waitForLoadState('networkidle');
    await expectFits(pane, `${state}: ${tab}`);
  }
}

async function typeAndSettle(pane: Pane, rows: readonly TypedRow[]): Promise<void> {
  const page = pane.page as Page;
  await typeRows(page, SHEET, rows);
  await pane.settle();
}

/** Long names, a bad INSZ and an impossible birth date (errors) and a trailing space (warning). */
function rowsWithErrors(): TypedRow[] {
  const rows = validRows(12);
  rows[1] = ['12345678901', 'Vandenbroucke-Vanderstraeten', 'Marie-Françoise', '31022001', '150'];
  rows[4] = ['', 'Peeters ', 'Jan', '01011990', '1000'];
  return rows;
}

function rowsWithWarnings(): TypedRow[] {
  const rows = validRows(12);
  rows[4] = ['', 'Peeters ', 'Jan', '01011990', '1000'];
  return rows;
}

describe.each([
  [320, 600],
  [450, 800],
])('at %ix%i', (width, height) => {
  test('every tab in every state fits: no horizontal scrolling, one row of tabs', async () => {
    const { pane } = await session.openPane({ viewport: { width, height } });
    await everyTab(pane, 'empty');

    // The batch form submitted empty: every required field marked, the summary shown.
    const form = await pane.openTab('new');
    await form.getByRole('button', { name: pane.m.createBatch }).click();
    await eventually(
      async () => ((await form.getByTestId('new-batch-result').textContent()) ?? '').trim(),
      (text) => expect(text).not.toBe(''),
    );
    await expectFits(pane, 'form errors: new');

    expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
    await expectFits(pane, 'batch created: new');

    await typeAndSettle(pane, rowsWithErrors());
    await pane.check();
    await everyTab(pane, 'errors');

    await typeAndSettle(pane, rowsWithWarnings());
    await pane.check();
    await everyTab(pane, 'warnings only');

    await typeAndSettle(pane, validRows(12));
    await pane.check();
    await everyTab(pane, 'success');

    const panel = await pane.openTab('export');
    await panel.getByTestId('export-button').click();
    await eventually(
      async () => (await panel.getByTestId('export-summary').count()) > 0,
      (done) => expect(done).toBe(true),
    );
    await everyTab(pane, 'export done');
  });
});

test.each([
  ['fr', 'fr-BE'],
  ['en', 'en-US'],
] as const)('%s at 320x600: one row of tabs, no horizontal scrolling on any tab', async (language, lang) => {
  const { pane } = await session.openPane({ viewport: { width: 320, height: 600 }, lang, language });
  await everyTab(pane, `empty (${language})`);
  const form = await pane.openTab('new');
  await form.getByRole('button', { name: pane.m.createBatch }).click();
  await expectFits(pane, `form errors (${language}): new`);
});

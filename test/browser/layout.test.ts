/**
 * The pane at task-pane sizes (issue #13): at 320x600 and 450x800, on every tab and in every
 * state a nurse meets (empty, form errors, check with errors, warnings only, success, export
 * done), no element reaches past the viewport (no horizontal scrolling) and the tabs stay on one
 * row. Also in French and English, whose labels are longer. The scenario is played once: in each
 * state the pane is measured at 320x600, resized to 450x800 and measured again (support/layout.ts
 * `expectFitsAt`).
 */
import type { Page } from 'playwright-core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, validRows } from './support/fixtures';
import { everyTab, expectFits, expectFitsAt, LAYOUT_SIZES } from './support/layout';
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

const SIZES = LAYOUT_SIZES;

test('at 320x600 and 450x800 every tab in every state fits: no horizontal scrolling, one row of tabs', async () => {
  const { pane } = await session.openPane({ viewport: SIZES[0] });
  await everyTab(pane, 'empty', SIZES);

  // The batch form submitted empty: every required field marked, the summary shown.
  const form = await pane.openTab('new');
  await form.getByRole('button', { name: pane.m.createBatch }).click();
  await eventually(
    async () => ((await form.getByTestId('new-batch-result').textContent()) ?? '').trim(),
    (text) => expect(text).not.toBe(''),
  );
  await expectFitsAt(pane, 'form errors: new', SIZES);

  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await expectFitsAt(pane, 'batch created: new', SIZES);

  await typeAndSettle(pane, rowsWithErrors());
  await pane.check();
  await everyTab(pane, 'errors', SIZES);

  await typeAndSettle(pane, rowsWithWarnings());
  await pane.check();
  await everyTab(pane, 'warnings only', SIZES);

  await typeAndSettle(pane, validRows(12));
  await pane.check();
  await everyTab(pane, 'success', SIZES);

  const panel = await pane.openTab('export');
  await panel.getByTestId('export-button').click();
  await eventually(
    async () => (await panel.getByTestId('export-summary').count()) > 0,
    (done) => expect(done).toBe(true),
  );
  await everyTab(pane, 'export done', SIZES);
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

/**
 * "Controleren" at task-pane size (issue #13): the verdict first, then the problems; the first
 * problem visible without scrolling at 320x700; each problem row shows the cell's value with its
 * invisible characters made visible, and not the kind's long sentence again; a sheet with nothing
 * to fix says "Geen problemen gevonden" without the problem list or the mark buttons; focus moves
 * to the verdict after a check and after a fix.
 */
import { columnLabel } from '../../src/core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, validRows } from './support/fixtures';
import { placeOf } from './support/layout';
import { exactly } from './support/pane';
import { useSession } from './support/session';
import { userEdit } from './support/workbook';

const session = useSession();
const VIEWPORT = { width: 320, height: 700 };

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

/** Row 2 valid; row 3's name ends in a no-break space (whitespace_edge); row 4's INSZ is too short. */
const ROWS: TypedRow[] = [
  [makeInsz({ year: 1985, month: 7, day: 30, serial: 931 }), 'Peeters', 'Jan', '30071985', '1500'],
  ['', 'Claes\u00a0', 'Emma', '01012000', '9000'],
  ['123', 'Maes', 'An', '02011990', '9000'],
];

test('errors: the verdict comes first, the first problem is visible at 320x700 without scrolling', async () => {
  const { opened, pane } = await session.openPane({ viewport: VIEWPORT });
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await userEdit(page, SHEET, 'A2:E4', ROWS);
  await pane.check();
  const verdict = await placeOf(page, 'check-summary');
  const first = await placeOf(page, 'issue-row');
  expect(first.scrolled).toBe(0);
  expect(verdict.bottom).toBeLessThanOrEqual(first.top);
  expect(first.bottom).toBeLessThanOrEqual(VIEWPORT.height);
  // Focus is on the result, so a keyboard or screen-reader user starts there.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'check-summary',
  );
});

test('a problem row shows the value with the no-break space visible, not the long sentence again', async () => {
  const { opened, pane } = await session.openPane({ viewport: VIEWPORT });
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await userEdit(page, SHEET, 'A2:E4', ROWS);
  await pane.check();
  const kind = page.getByTestId('issue-kind-whitespace_edge');
  const row = kind.getByTestId('issue-row').first();
  const where = pane.m.issueLocation(3, columnLabel('naam', 'nl'));
  await expect(row.textContent()).resolves.toBe(`${where}: Claes[NBSP]`);
  // The kind's explanation is said once, in the kind's header, and names what she cannot see.
  const explanation = (await kind.getByTestId('kind-explanation').textContent()) ?? '';
  expect(explanation).not.toBe('');
  expect(await kind.getByText(explanation, { exact: true }).count()).toBe(1);
  expect(explanation).toMatch(/vaste spatie/);
  // Issue text at 14 px or more.
  const size = await row.evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
  expect(size).toBeGreaterThanOrEqual(14);
  // The fix sits next to its row and moves focus to the new verdict.
  await kind.getByRole('button', { name: exactly(pane.m.fixOneLabel(where)) }).click();
  await eventually(
    async () => pane.listedKinds(),
    (kinds) => expect(kinds).not.toContain('whitespace_edge'),
  );
  await eventually(
    () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null),
    (focused) => expect(focused).toBe('check-summary'),
  );
});

test('nothing blocks (230 valid rows, 3 files): "Geen problemen gevonden", no problem list, no mark buttons', async () => {
  const { opened, pane } = await session.openPane({ viewport: VIEWPORT });
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await userEdit(page, SHEET, 'A2:E231', validRows(230));
  expect(await pane.check()).toBe(pane.m.summaryLine(230, 230, 0, 0));
  const panel = page.getByTestId('panel-check');
  await expect(panel.getByText(pane.m.noIssues).count()).resolves.toBe(1);
  await expect(panel.getByText(pane.m.issuesHeading).count()).resolves.toBe(0);
  await expect(panel.getByRole('button', { name: pane.m.markCells }).count()).resolves.toBe(0);
  await expect(panel.getByRole('button', { name: pane.m.clearMarks }).count()).resolves.toBe(0);
  // The file count is still said (rows_over_limit is information, not a problem).
  await expect(panel.getByText(pane.m.filesWillBe(3)).count()).resolves.toBe(1);
});

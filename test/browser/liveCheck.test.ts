/**
 * "Controleren" keeps a checked registration sheet up to date while the user types (src/excel/events
 * watchRegistrationSheets, src/taskpane/hooks/useSheetWatch.ts, src/taskpane/mergeLiveUpdate.ts):
 * an edited row is re-checked and merged into the shown result with a short note, a fix restarts
 * the watch, a header edit is re-checked too, checking again does not pile up event handlers, an
 * existing (non-registration) sheet is not watched, and the pane with a live note stays accessible.
 *
 * The first three tests are steps of one scenario on one workbook; the others start their own.
 */
import type { Page } from 'playwright-core';
import {
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  type Issue,
  REGISTRATION_COLUMNS,
  columnLabel,
  parseBatchMetadata,
  validateRegistrations,
} from '../../src/core';
import { isRegistrationColumn } from '../../src/taskpane/check/issueCell';
import { partsText, visibleParts } from '../../src/taskpane/check/visibleValue';
import { REGISTRATION_HEADER_ROW } from '../../src/excel/registrationLayout';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { makeInsz } from '../support/syntheticInsz';
import { seriousViolations } from './support/axe';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, registrationRows } from './support/fixtures';
import { FIXED_NOW } from './support/harness';
import { type Pane, exactly } from './support/pane';
import { useSession } from './support/session';
import { userEdit, values, workbook } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

/** Synthetic people only (test/support/syntheticInsz.ts, serials from 900 up). */
const PEETERS: TypedRow = [
  makeInsz({ year: 1985, month: 7, day: 30, serial: 931 }),
  'Peeters',
  'Jan',
  '30071985',
  '1500',
];
/** Identified by name and birth date; the trailing space of "Claes " is a whitespace_edge warning. */
const CLAES: TypedRow = ['', 'Claes ', 'Emma', '01012000', '9000'];
/** A valid row 4, typed after the bad INSZ. */
const JANSSENS: TypedRow = [
  makeInsz({ year: 2005, month: 3, day: 14, serial: 902 }),
  'Janssens',
  'Lotte',
  '14032005',
  '2000',
];
const TOO_SHORT = '123';

/** What core finds on the sheet's rows (from row 2), with the batch the pane created. */
function coreIssues(rows: readonly TypedRow[]): readonly Issue[] {
  const batch = parseBatchMetadata({ ...DEFAULT_BATCH }, { today: FIXED_NOW, lists: DEFAULT_LISTS });
  if (!batch.ok) throw new Error('test batch is invalid');
  return validateRegistrations({
    rows: registrationRows(rows),
    batch: batch.value,
    today: FIXED_NOW,
    settings: DEFAULT_SETTINGS,
  }).issues;
}

/**
 * The text of an issue as the pane lists it (issue #13): "Rij 4, INSZ: 123", its place and the
 * cell's value with invisible characters made visible; the kind's explanation is said once above.
 */
function listedText(pane: Pane, issue: Issue, rows: readonly TypedRow[]): string {
  if (issue.column === null || !isRegistrationColumn(issue.column))
    throw new Error('a cell finding expected');
  const where = pane.m.issueLocation(issue.row, columnLabel(issue.column, 'nl'));
  const value = rows[issue.row - 2]?.[REGISTRATION_COLUMNS.indexOf(issue.column)] ?? '';
  return `${where}: ${partsText(visibleParts(value))}`;
}

/** The texts of the items listed under one issue kind. */
function itemsOf(page: Page, code: string): Promise<string[]> {
  return page
    .getByTestId(`issue-kind-${code}`)
    .getByRole('listitem')
    .evaluateAll((nodes) => nodes.map((node) => node.firstElementChild?.textContent ?? ''));
}

const textOf = async (page: Page, testId: string): Promise<string | null> => {
  const element = page.getByTestId(testId);
  return (await element.count()) === 0 ? null : ((await element.textContent()) ?? '').trim();
};

/** `onChanged` handlers registered with the fake host (sheet and workbook level together). */
const handlerCount = (page: Page): Promise<number> =>
  page.evaluate(() => window.__fakeExcelHost?.eventHandlerCount ?? -1);

/** Waits until the pane says it keeps the shown result up to date. */
async function watching(page: Page, pane: Pane): Promise<void> {
  await eventually(
    () => textOf(page, 'check-live-on'),
    (text) => expect(text).toBe(pane.m.liveWatching),
  );
  await pane.settle();
}

/** Creates the batch, types PEETERS and CLAES into rows 2 and 3, checks, and waits for the watch. */
async function checkedBatch(page: Page, pane: Pane): Promise<void> {
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await userEdit(page, SHEET, 'A2:E3', [PEETERS, CLAES]);
  await pane.settle();
  // Both rows are ready: the trailing space is a warning.
  expect(await pane.check()).toBe(pane.m.summaryLine(2, 2, 0, 0));
  expect(await pane.listedKinds()).toEqual(['whitespace_edge']);
  await watching(page, pane);
}

describe('one scenario: edit, fix, edit, header', () => {
  let page: Page;
  let pane: Pane;

  beforeAll(async () => {
    const opened = await session.openPane({ shared: true });
    page = opened.opened.page;
    pane = opened.pane;
    await checkedBatch(page, pane);
  });

  test('typing a bad INSZ in row 4 updates the result without a new check', async () => {
    const runsBefore = await pane.runs();
    // As a user types it (text column: '123' stays text).
    await userEdit(page, SHEET, 'A4', TOO_SHORT);
    await eventually(
      async () => ({
        note: await textOf(page, 'check-live-note'),
        summary: await textOf(page, 'check-summary'),
      }),
      (state) =>
        expect(state).toEqual({
          note: pane.m.liveUpdatedRows(4, 1),
          summary: pane.m.summaryLine(3, 2, 1, 0),
        }),
    );
    const typed: TypedRow[] = [PEETERS, CLAES, [TOO_SHORT, '', '', '', '']];
    const expected = coreIssues(typed);
    const tooShort = expected.filter((issue) => issue.code === 'insz_length');
    expect(tooShort.map((issue) => issue.row)).toEqual([4]);
    expect(await itemsOf(page, 'insz_length')).toEqual(
      tooShort.map((issue) => listedText(pane, issue, typed)),
    );
    // The row the user did not touch keeps its finding.
    expect([...(await pane.listedKinds())].sort()).toEqual(
      [...new Set(expected.map((issue) => issue.code))].sort(),
    );
    expect(await itemsOf(page, 'whitespace_edge')).toEqual(
      expected
        .filter((issue) => issue.code === 'whitespace_edge')
        .map((issue) => listedText(pane, issue, typed)),
    );
    // One re-check of the edited row, no full check: the button was not clicked, the pane still watches.
    await pane.settle();
    expect(await pane.runs()).toBe(runsBefore + 1);
    expect(await textOf(page, 'check-live-on')).toBe(pane.m.liveWatching);
    expect(await page.getByTestId('check-live-stale').count()).toBe(0);
  });

  test('after fixing whitespace_edge, typing a valid row 4 makes every row ready', async () => {
    const where = pane.m.issueLocation(3, columnLabel('naam', 'nl'));
    await page
      .getByTestId('issue-kind-whitespace_edge')
      .getByRole('button', { name: exactly(pane.m.fixOneLabel(where)) })
      .click();
    await eventually(
      async () => (await page.getByTestId('check-status').textContent()) ?? '',
      (text) => expect(text).toContain(pane.m.fixesApplied(1)),
    );
    expect(await values(page, SHEET, 'B3')).toEqual([['Claes']]);
    // The fix stopped the watch; the check after it watches again.
    await watching(page, pane);
    expect(await pane.listedKinds()).toEqual(['insz_length']);
    expect(await textOf(page, 'check-summary')).toBe(pane.m.summaryLine(3, 2, 1, 0));

    await userEdit(page, SHEET, 'A4:E4', [JANSSENS]);
    // "3 rijen: 3 klaar voor export, 0 geblokkeerd, 0 lege rijen"
    await eventually(
      async () => ({
        note: await textOf(page, 'check-live-note'),
        summary: await textOf(page, 'check-summary'),
      }),
      (state) =>
        expect(state).toEqual({
          note: pane.m.liveUpdatedRows(4, 1),
          summary: pane.m.summaryLine(3, 3, 0, 0),
        }),
    );
    expect(coreIssues([PEETERS, ['', 'Claes', 'Emma', '01012000', '9000'], JANSSENS])).toEqual([]);
    expect(await pane.listedKinds()).toEqual([]);
    await expect(page.getByTestId('panel-check').getByText(pane.m.noIssues).count()).resolves.toBe(1);
    await pane.settle();
    expect(await page.getByTestId('error-bar').count()).toBe(0);
  });

  test('changing the header in A1 lists header_mismatch, restoring it removes it', async () => {
    await userEdit(page, SHEET, 'A1', 'Rijksregisternummer');
    await eventually(
      async () => ({ note: await textOf(page, 'check-live-note'), kinds: await pane.listedKinds() }),
      (state) => expect(state).toEqual({ note: pane.m.liveUpdatedHeader, kinds: ['header_mismatch'] }),
    );
    await userEdit(page, SHEET, 'A1', REGISTRATION_HEADER_ROW[0] ?? 'INSZ');
    await eventually(
      async () => pane.listedKinds(),
      (kinds) => expect(kinds).toEqual([]),
    );
    await pane.settle();
    expect(await page.getByTestId('error-bar').count()).toBe(0);
  });
});

test('checking three times in a row leaves one onChanged handler, and one edit gives one update', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  expect(await handlerCount(page)).toBe(0);
  await checkedBatch(page, pane);
  expect(await handlerCount(page)).toBe(1);
  for (let i = 0; i < 3; i += 1) {
    expect(await pane.check()).toBe(pane.m.summaryLine(2, 2, 0, 0));
    await watching(page, pane);
    expect({ check: i + 1, handlers: await handlerCount(page) }).toEqual({ check: i + 1, handlers: 1 });
  }
  // Behaviour too: one edit is re-checked once (one Excel.run) and says so once.
  const notes = await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.dataset['testid'] === 'check-live-note')
            seen.push(node.textContent ?? '');
    }).observe(document.body, { childList: true, subtree: true });
    (window as unknown as { __liveNotes: string[] }).__liveNotes = seen;
    return seen.length;
  });
  expect(notes).toBe(0);
  const runsBefore = await pane.runs();
  await userEdit(page, SHEET, 'A4', TOO_SHORT);
  await eventually(
    () => textOf(page, 'check-summary'),
    (summary) => expect(summary).toBe(pane.m.summaryLine(3, 2, 1, 0)),
  );
  await pane.settle();
  expect(await pane.runs()).toBe(runsBefore + 1);
  expect(await page.evaluate(() => (window as unknown as { __liveNotes: string[] }).__liveNotes)).toEqual([
    pane.m.liveUpdatedRows(4, 1),
  ]);
  expect(await handlerCount(page)).toBe(1);
});

/** An existing sheet with French headers, typed as text (not one of the add-in's batches). */
const FRENCH = {
  name: 'Inscriptions',
  rows: [
    ['NISS', 'Nom', 'Prénom', 'Date de naissance', 'Code postal'],
    [...PEETERS],
    ['', 'Claes', 'Emma', '01012000', '9000'],
  ],
};

test('an existing non-registration sheet is checked but not watched', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  await checkedBatch(page, pane);
  expect(await handlerCount(page)).toBe(1);

  await page.evaluate((sheet) => {
    const host = window.__fakeExcelHost;
    if (!host) throw new Error('no fake host');
    host.addSheet(sheet.name, {
      rows: sheet.rows,
      columnFormats: { A: '@', B: '@', C: '@', D: '@', E: '@' },
    });
    host.userActivate(sheet.name);
  }, FRENCH);
  expect((await workbook(page)).activeSheet).toBe(FRENCH.name);

  const panel = await pane.openTab('check');
  await panel.getByTestId('check-active-sheet').click();
  const mapping = page.getByTestId('mapping-step');
  await mapping.waitFor();
  await mapping.getByRole('button', { name: pane.m.mappingConfirm }).click();
  await eventually(
    async () => ({
      summary: await textOf(page, 'check-summary'),
      idle: await panel.getByTestId('check-active-sheet').isEnabled(),
    }),
    (state) => expect(state).toEqual({ summary: pane.m.summaryLine(2, 2, 0, 0), idle: true }),
  );
  expect(await page.getByTestId('check-status').textContent()).toContain(pane.m.sheetIsExisting(FRENCH.name));
  await pane.settle();
  expect(await page.getByTestId('check-live-on').count()).toBe(0);
  // The registration sheet's watch stopped with the check of another sheet; none started.
  expect(await handlerCount(page)).toBe(0);

  // Typing in either sheet changes nothing shown.
  await userEdit(page, FRENCH.name, 'A2', TOO_SHORT);
  await userEdit(page, SHEET, 'A4', TOO_SHORT);
  await pane.settle();
  expect(await page.getByTestId('check-live-note').count()).toBe(0);
  expect(await page.getByTestId('check-live-on').count()).toBe(0);
  expect(await textOf(page, 'check-summary')).toBe(pane.m.summaryLine(2, 2, 0, 0));
  expect(await page.getByTestId('error-bar').count()).toBe(0);
});

test('the pane with a live note has no serious or critical accessibility violations', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  await checkedBatch(page, pane);
  await userEdit(page, SHEET, 'A4', TOO_SHORT);
  await eventually(
    () => textOf(page, 'check-live-note'),
    (note) => expect(note).toBe(pane.m.liveUpdatedRows(4, 1)),
  );
  await pane.settle();
  // The note is in the status region, so screen readers hear it.
  await expect(
    page
      .getByRole('status')
      .filter({ has: page.getByTestId('check-live-note') })
      .count(),
  ).resolves.toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
});

/**
 * "Controleren" (SPEC "Using it"): a registration sheet with one case of every issue kind shows
 * every kind; clicking an issue selects its cell in Excel; each fix rewrites its cell as text.
 * The tests are steps of one scenario on one workbook (set up once: two batches, settings
 * Windows-1252 and 5 rows per file, 27 rows).
 */
import type { Page } from 'playwright-core';
import {
  DEFAULT_LISTS,
  type IssueContent,
  columnLabel,
  parseBatchMetadata,
  renderIssue,
  validateRegistrations,
} from '../../src/core';
import { REGISTRATION_HEADER_ROW } from '../../src/excel/registrationLayout';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { MARK_FILLS } from '../../src/excel/marks';
import { seriousViolations } from './support/axe';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, registrationRows } from './support/fixtures';
import { FIXED_NOW } from './support/harness';
import {
  ACROSS_BATCHES_ROW,
  EXPECTED_CODES,
  ISSUE_BATCH_DATE,
  ISSUE_CASES,
  ISSUE_LINES_PER_FILE,
  issueRows,
} from './support/issueKinds';
import { type Pane, exactly } from './support/pane';
import { useSession } from './support/session';
import { fill, numberFormats, setCell, userEdit, values, valueTypes, workbook } from './support/workbook';

const session = useSession();

const BATCH = { ...DEFAULT_BATCH, datumToediening: ISSUE_BATCH_DATE };
const FIRST_SHEET = registrationSheetName('B001', BATCH.immunisatieproduct, ISSUE_BATCH_DATE, []);
const SHEET = registrationSheetName('B002', BATCH.immunisatieproduct, ISSUE_BATCH_DATE, [FIRST_SHEET]);
const LAST_ROW = ISSUE_CASES.length + 1;
const COLUMN_OF = { A: 'insz', B: 'naam', C: 'voornaam', D: 'geboortedatum', E: 'postcode' } as const;

let page: Page;
let pane: Pane;

/** What core finds on the sheet, with the same batch, settings and other batch as the pane. */
function expectedIssues() {
  const today = FIXED_NOW;
  const batch = parseBatchMetadata({ ...BATCH }, { today, lists: DEFAULT_LISTS });
  if (!batch.ok) throw new Error('test batch is invalid');
  return validateRegistrations({
    rows: issueRows(),
    batch: batch.value,
    today,
    settings: { encoding: 'windows-1252', linesPerFile: ISSUE_LINES_PER_FILE },
    otherBatches: [
      {
        batchId: 'B001',
        sheetName: FIRST_SHEET,
        batch: batch.value,
        rows: registrationRows([ACROSS_BATCHES_ROW]),
      },
    ],
  }).issues;
}

/** The row of the first case of `code`. */
const rowOf = (code: string): number => ISSUE_CASES.findIndex((c) => c.code === code) + 2;

beforeAll(async () => {
  const opened = await session.openPane({ shared: true });
  page = opened.opened.page;
  pane = opened.pane;
  await pane.saveSettings({ encoding: 'windows-1252', linesPerFile: ISSUE_LINES_PER_FILE });
  expect(await pane.createBatch(BATCH)).toBe(pane.m.batchCreated('B001', FIRST_SHEET));
  await userEdit(page, FIRST_SHEET, 'A2:E2', [ACROSS_BATCHES_ROW]);
  expect(await pane.createBatch(BATCH, { sameAsExisting: true })).toBe(pane.m.batchCreated('B002', SHEET));
  await userEdit(
    page,
    SHEET,
    `A2:E${LAST_ROW}`,
    ISSUE_CASES.map((c) => [...c.row]),
  );
  for (const [i, c] of ISSUE_CASES.entries()) {
    for (const [letter, raw] of Object.entries(c.raw ?? {})) {
      const address = `${letter}${i + 2}`;
      if (raw.kind === 'number')
        await setCell(page, SHEET, address, { value: raw.value, numberFormat: 'General' });
      else if (raw.kind === 'date')
        await setCell(page, SHEET, address, { value: raw.serial, numberFormat: raw.numberFormat });
      else await setCell(page, SHEET, address, { error: raw.value });
    }
  }
  await pane.settle();
});

test('every issue kind is listed, with the summary of the rows', async () => {
  const summary = await pane.check();
  // 27 rows: the 8 with only warnings are ready, the 19 with an error are blocked.
  expect(summary).toBe(pane.m.summaryLine(ISSUE_CASES.length, 8, 19, 0));
  expect([...(await pane.listedKinds())].sort()).toEqual([...EXPECTED_CODES].sort());
  for (const code of EXPECTED_CODES) {
    const kind = page.getByTestId(`issue-kind-${code}`);
    await expect(kind.getByRole('heading').first().textContent()).resolves.toBe(pane.m.issueKind[code]);
  }
  // Each issue is listed at its place ("Rij 5, INSZ: <the cell's value>"), kind by kind, in core's
  // order; the kind's explanation is core's message, said once in the kind's header (issue #13:
  // rows no longer repeat the long sentence, so the row texts are compared by their place).
  const expected = expectedIssues();
  for (const code of EXPECTED_CODES) {
    const kind = page.getByTestId(`issue-kind-${code}`);
    const items = await kind
      .getByRole('listitem')
      .evaluateAll((nodes) => nodes.map((node) => node.firstElementChild?.textContent ?? ''));
    const places = expected
      .filter((issue) => issue.code === code)
      .map((issue) =>
        issue.column === null
          ? pane.m.issueRow(issue.row)
          : pane.m.issueLocation(issue.row, columnLabel(issue.column, 'nl')),
      );
    expect({ code, places: items.map((text) => text.slice(0, text.indexOf(': '))) }).toEqual({
      code,
      places,
    });
    const explanation = renderIssue({ code, column: null, params: {} } as IssueContent, 'nl');
    await expect(kind.getByTestId('kind-explanation').textContent()).resolves.toBe(explanation);
  }
  // The result with every kind listed is accessible too (axe, serious and critical).
  expect(await seriousViolations(page)).toEqual([]);
});

test('clicking an issue selects its cell in Excel', async () => {
  await pane.check();
  // One case per kind; duplicate_person is reported on the second of its two rows.
  const cases = [...new Map(ISSUE_CASES.map((c) => [c.code, c])).values()];
  const quoted = (await workbook(page)).selection?.startsWith("'") ?? true;
  const sheetRef = quoted ? `'${SHEET}'` : SHEET;
  let clicked = 0;
  for (const c of cases) {
    const row = ISSUE_CASES.indexOf(c) + 2;
    const kind = page.getByTestId(`issue-kind-${c.code}`);
    const column = COLUMN_OF[c.column];
    const where = pane.m.issueLocation(row, columnLabel(column, 'nl'));
    const rowOnly = pane.m.issueRow(row);
    const button = kind
      .getByRole('button', { name: new RegExp(`^(${escape(where)}|${escape(rowOnly)}):`) })
      .first();
    await button.click();
    clicked += 1;
    // A row-level finding ("Rij 2: ...") selects the row's first cell.
    const rowLevel = (await button.textContent())?.startsWith(`${rowOnly}:`) ?? false;
    const expected = `${sheetRef}!${rowLevel ? 'A' : c.column}${row}`;
    await eventually(
      async () => (await workbook(page)).selection,
      (selection) => expect(selection).toBe(expected),
    );
  }
  expect(clicked).toBe(cases.length);
  expect((await workbook(page)).activeSheet).toBe(SHEET);
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.each([
  ['insz_leading_zero_lost', 'A', 'insz'],
  ['birthdate_leading_zero_lost', 'D', 'geboortedatum'],
  ['birthdate_is_date', 'D', 'geboortedatum'],
  ['whitespace_edge', 'B', 'naam'],
] as const)('fix %s: the cell becomes the fixed text, the kind is gone', async (code, letter, column) => {
  const row = rowOf(code);
  const address = `${letter}${row}`;
  const where = pane.m.issueLocation(row, columnLabel(column, 'nl'));
  const kind = page.getByTestId(`issue-kind-${code}`);
  await kind.getByRole('button', { name: exactly(pane.m.fixOneLabel(where)) }).click();
  await eventually(
    async () => pane.listedKinds(),
    (kinds) => expect(kinds).not.toContain(code),
  );
  await eventually(
    async () => (await page.getByTestId('check-status').textContent()) ?? '',
    (text) => expect(text).toContain(pane.m.fixesApplied(1)),
  );
  const expected = {
    insz_leading_zero_lost: ISSUE_CASES.find((c) => c.code === code)?.raw?.A,
    birthdate_leading_zero_lost: '01012000',
    birthdate_is_date: '30071985',
    whitespace_edge: 'Willems',
  }[code];
  const fixed = await values(page, SHEET, address);
  if (code === 'insz_leading_zero_lost') {
    const raw = expected as { value: number };
    expect(fixed).toEqual([[String(raw.value).padStart(11, '0')]]);
  } else expect(fixed).toEqual([[expected]]);
  expect(await valueTypes(page, SHEET, address)).toEqual([['String']]);
  expect(await numberFormats(page, SHEET, address)).toEqual([['@']]);
});

test('a changed header row is reported as header_mismatch', async () => {
  await userEdit(page, SHEET, 'B1', 'Achternaam');
  await pane.check();
  expect(await pane.listedKinds()).toContain('header_mismatch');
  await userEdit(page, SHEET, 'B1', REGISTRATION_HEADER_ROW[1] ?? 'Naam');
  await pane.check();
  expect(await pane.listedKinds()).not.toContain('header_mismatch');
});

test('marking colours the cells of the issues in the sheet; clearing puts the old fill back', async () => {
  await pane.check();
  const panel = page.getByTestId('panel-check');
  const cellOf = (code: string): string => {
    const c = ISSUE_CASES.find((x) => x.code === code);
    return `${c?.column ?? 'A'}${rowOf(code)}`;
  };
  const error = cellOf('insz_checksum');
  const warning = cellOf('postcode_format');
  expect([await fill(page, SHEET, error), await fill(page, SHEET, warning)]).toEqual([null, null]);
  await panel.getByRole('button', { name: pane.m.markCells }).click();
  await eventually(
    async () => (await page.getByTestId('check-status').textContent()) ?? '',
    // "n cellen gemarkeerd." with the catalog's words, whatever n is.
    (text) => expect(text).toMatch(new RegExp(escape(pane.m.marked(1000)).replace('1\\.000', '[\\d.]+'))),
  );
  expect([await fill(page, SHEET, error), await fill(page, SHEET, warning)]).toEqual([
    MARK_FILLS.error,
    MARK_FILLS.warning,
  ]);
  await panel.getByRole('button', { name: pane.m.clearMarks }).click();
  await eventually(
    async () => [await fill(page, SHEET, error), await fill(page, SHEET, warning)],
    (fills) => expect(fills).toEqual([null, null]),
  );
});

/**
 * "Opladen" (issue #15; continuity manual 2.2.2): a workbook with a backlog of four exported
 * batches: B001 uploaded (typed "Ja" on its batch row), B002 changed since its export (a row
 * retyped), B003 pending with 2 files, B004 pending with one registration. The list in upload
 * order with each state, the line of what is left and the progress, the re-download byte-equal to
 * the first export, the changed batch refusing a re-download, marking uploaded and its undo, all
 * pending files in one zip named by date. Screenshots of the step in nl, fr and en
 * (UPDATE_SCREENSHOTS=1 writes docs/screenshots/upload-<lang>.png): the Dutch one is taken by the
 * backlog test, in the state it shows on the way (the list with B002's refusal), so that backlog is
 * made once for both.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { type Language, formatBelgian, parseIsoDate } from '../../src/core';
import { columnLetter } from '../../src/excel/a1Address';
import { BATCH_COLUMNS } from '../../src/excel/batchTable';
import { EXPORT_LOG_COLUMNS } from '../../src/excel/exportLogTable';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { seriousViolations } from './support/axe';
import { type Downloaded, downloadBy, downloadEach } from './support/downloads';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, validRows } from './support/fixtures';
import type { Pane } from './support/pane';
import { useSession } from './support/session';
import { typeRows, userEdit, values } from './support/workbook';

const session = useSession();
const OUT = path.resolve(__dirname, '../../docs/screenshots');
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';

const PEOPLE = validRows(400);

interface BacklogBatch {
  readonly id: string;
  readonly date: string;
  readonly rows: readonly TypedRow[];
}

const BACKLOG: readonly BacklogBatch[] = [
  { id: 'B001', date: '2026-11-24', rows: PEOPLE.slice(0, 2) },
  { id: 'B002', date: '2026-11-25', rows: PEOPLE.slice(10, 13) },
  { id: 'B003', date: '2026-11-26', rows: PEOPLE.slice(20, 170) },
  { id: 'B004', date: '2026-11-27', rows: PEOPLE.slice(200, 201) },
];

const sheetOf = (batch: BacklogBatch): string =>
  registrationSheetName(batch.id, DEFAULT_BATCH.immunisatieproduct, batch.date, []);
const belgian = (iso: string): string => formatBelgian(parseIsoDate(iso) ?? { year: 0, month: 0, day: 0 });

/** "Exporteren" of the active sheet, through the pane; returns the files it downloads. */
async function exportActive(
  page: Page,
  pane: Pane,
  batch: BacklogBatch,
  download: boolean,
): Promise<Downloaded[]> {
  const panel = await pane.openTab('export');
  const refresh = panel.getByTestId('export-refresh');
  await eventually(
    async () => refresh.isEnabled(),
    (enabled) => expect(enabled).toBe(true),
  );
  await refresh.click();
  const line = pane.m.exportBatchLine(batch.id, DEFAULT_BATCH.immunisatieproduct, belgian(batch.date));
  const button = panel.getByTestId('export-button');
  await eventually(
    async () => ({
      line: (await panel.textContent())?.includes(line) ?? false,
      enabled: (await button.count()) === 1 && (await button.isEnabled()),
    }),
    (state) => expect(state).toEqual({ line: true, enabled: true }),
  );
  await button.click();
  const n = batch.rows.length;
  await eventually(
    async () => (await panel.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(n, n, 0, 0)),
  );
  return download ? downloadEach(page, panel.getByTestId('download-file')) : [];
}

/**
 * The backlog: four batches made and exported through the pane, then B001 marked uploaded by hand
 * on its batch row and a row of B002 retyped. Returns B003's first download.
 */
async function makeBacklog(page: Page, pane: Pane): Promise<Downloaded[]> {
  let first: Downloaded[] = [];
  for (const batch of BACKLOG) {
    await pane.createBatch({ ...DEFAULT_BATCH, datumToediening: batch.date });
    await typeRows(page, sheetOf(batch), batch.rows);
    await pane.settle();
    const files = await exportActive(page, pane, batch, batch.id === 'B003');
    if (batch.id === 'B003') first = files;
  }
  const uploaded = columnLetter(BATCH_COLUMNS.findIndex((c) => c.key === 'uploaded'));
  await userEdit(page, 'Batches', `${uploaded}2`, 'Ja');
  const other = PEOPLE[300] ?? ['', '', '', '', ''];
  await userEdit(page, sheetOf(BACKLOG[1] as BacklogBatch), 'A3:E3', [[...other]]);
  await pane.settle();
  return first;
}

/** Opens "Opladen" and waits until the list shows `count` batches. */
async function openUpload(pane: Pane, count: number): Promise<Locator> {
  const panel = await pane.openTab('upload');
  await eventually(
    async () => panel.getByTestId('upload-item').count(),
    (n) => expect(n).toBe(count),
  );
  return panel;
}

async function states(panel: Locator): Promise<string[][]> {
  return panel
    .getByTestId('upload-item')
    .evaluateAll((items) =>
      items.map((i) => [i.getAttribute('data-batch') ?? '', i.getAttribute('data-state') ?? '']),
    );
}

const item = (panel: Locator, id: string): Locator =>
  panel.locator(`[data-testid="upload-item"][data-batch="${id}"]`);

/** The export log's "Opgeladen in Vaccinnet" cells, by file name. */
async function logMarks(page: Page): Promise<Record<string, unknown>> {
  const rows = await values(page, 'Exportlog', `A2:${columnLetter(EXPORT_LOG_COLUMNS.length - 1)}20`);
  const name = EXPORT_LOG_COLUMNS.findIndex((c) => c.key === 'fileName');
  const mark = EXPORT_LOG_COLUMNS.findIndex((c) => c.key === 'uploaded');
  return Object.fromEntries(rows.filter((row) => row[name] !== '').map((row) => [row[name], row[mark]]));
}

/** The screenshot of the step: the list from its top, the whole page (B002's refusal shown). */
async function screenshot(page: Page, language: Language): Promise<void> {
  // The pointer off the buttons: the shot shows none of them hovered, however long ago the last
  // click was.
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  const png = await page.screenshot({ fullPage: true });
  expect(png.length).toBeGreaterThan(10_000);
  if (UPDATE) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `upload-${language}.png`), png);
  }
}

/** The size the screenshots are taken at. */
const SCREENSHOT_VIEWPORT = { width: 420, height: 1100 };

test('the backlog: list, progress, refused re-download (screenshot upload-nl.png), verified re-download, mark and undo, all pending', async () => {
  const { opened, pane } = await session.openPane({ viewport: SCREENSHOT_VIEWPORT });
  const { page } = opened;
  const { m } = pane;
  const firstExport = await makeBacklog(page, pane);
  expect(firstExport).toHaveLength(2);

  const panel = await openUpload(pane, 4);
  // Oldest administration date first, each with its state.
  expect(await states(panel)).toEqual([
    ['B001', 'uploaded'],
    ['B002', 'changed'],
    ['B003', 'pending'],
    ['B004', 'pending'],
  ]);
  // What is left: B002 (one file to export again), B003 (2 files), B004 (1 file); B001's file is up.
  await eventually(
    async () => (await panel.getByTestId('upload-left').textContent()) ?? '',
    (text) => expect(text).toBe(m.uploadLeftLine(3, 4)),
  );
  expect(await panel.getByTestId('upload-summary').textContent()).toContain(m.uploadProgress(1, 5));
  expect(await panel.getByTestId('upload-progress').getAttribute('aria-valuenow')).toBe(String(1 / 5));
  // The one-registration batch may also be entered for that one person (manual 2.2.2).
  expect(await item(panel, 'B004').getByTestId('upload-single').textContent()).toBe(m.uploadSingle);
  expect(await item(panel, 'B003').getByTestId('upload-single').count()).toBe(0);
  expect(await item(panel, 'B002').getByTestId('upload-change').textContent()).toBe(m.uploadChangeBytes);

  // B002 changed since its export: no file, a refusal and the offer of a new export.
  await item(panel, 'B002').getByTestId('upload-redownload').click();
  const refused = item(panel, 'B002').getByTestId('upload-refused');
  await refused.waitFor();
  expect(await refused.textContent()).toContain(m.uploadRefused);
  expect(await refused.getByRole('button', { name: m.uploadNewExport }).count()).toBe(1);
  expect(await item(panel, 'B002').getByTestId('download-file').count()).toBe(0);

  // The state of the Dutch screenshot (the fr and en ones below make it the same way).
  await screenshot(page, 'nl');

  // B003 again: re-made from the sheet, checked against the log, byte for byte the first export.
  await item(panel, 'B003').getByTestId('upload-redownload').click();
  await eventually(
    async () => (await item(panel, 'B003').getByTestId('upload-verified').textContent()) ?? '',
    (text) => expect(text).toBe(m.uploadVerified(2)),
  );
  const again = await downloadEach(page, item(panel, 'B003').getByTestId('download-file'));
  expect(again.map((f) => f.name)).toEqual(firstExport.map((f) => f.name));
  again.forEach((file, i) => expect(file.bytes.equals(firstExport[i]?.bytes ?? Buffer.alloc(0))).toBe(true));

  // Mark B003 uploaded: "Ja" and the time on both of its log rows and on its batch row.
  await item(panel, 'B003').getByTestId('upload-mark').click();
  await eventually(
    async () => (await panel.getByTestId('upload-notice').textContent()) ?? '',
    (text) => expect(text).toContain(m.uploadMarked('B003', 2)),
  );
  await eventually(
    async () => states(panel),
    (s) => expect(s[2]).toEqual(['B003', 'uploaded']),
  );
  await eventually(
    async () => (await panel.getByTestId('upload-left').textContent()) ?? '',
    (text) => expect(text).toBe(m.uploadLeftLine(2, 2)),
  );
  const marks = await logMarks(page);
  for (const file of firstExport) expect(marks[file.name]).toBe('Ja');
  const uploadedAt = columnLetter(BATCH_COLUMNS.length);
  expect(await values(page, 'Batches', `${uploadedAt}1:${uploadedAt}4`)).toEqual([
    ['Opgeladen op'],
    [''],
    [''],
    ['2026-11-28 13:00:00'],
  ]);

  // Undo: the cells hold what they held before, the batch is pending again.
  await panel.getByTestId('upload-undo').click();
  await eventually(
    async () => states(panel),
    (s) => expect(s[2]).toEqual(['B003', 'pending']),
  );
  const after = await logMarks(page);
  for (const file of firstExport) expect(after[file.name]).toBe('Nee');
  expect(await values(page, 'Batches', `${uploadedAt}4`)).toEqual([['']]);
  await eventually(
    async () => (await panel.getByTestId('upload-left').textContent()) ?? '',
    (text) => expect(text).toBe(m.uploadLeftLine(3, 4)),
  );

  // Everything still to upload, verified, in upload order, in one zip named by date.
  await panel.getByTestId('upload-all').click();
  const zipButton = panel.getByTestId('upload-pending').getByTestId('download-zip');
  await zipButton.waitFor();
  const zip = await downloadBy(page, zipButton);
  expect(zip.name).toBe('vaccinnet_20261126-20261127.zip');
  const entries = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(entries);
  expect(names.slice(0, 2)).toEqual(firstExport.map((f) => f.name));
  expect(names).toHaveLength(3);
  expect(names[2]).toMatch(/^vaccinnet_20261127_B004_/);
  firstExport.forEach((file) => expect(Buffer.from(entries[file.name] ?? []).equals(file.bytes)).toBe(true));

  expect(await seriousViolations(page)).toEqual([]);
}, 300_000);

test.each([
  ['fr', 'fr-BE'],
  ['en', 'en-GB'],
] as const)(
  'screenshot upload-%s.png (upload-nl.png: the backlog test above)',
  async (language: Language, lang) => {
    const { opened, pane } = await session.openPane({ lang, language, viewport: SCREENSHOT_VIEWPORT });
    const { page } = opened;
    await makeBacklog(page, pane);
    const panel = await openUpload(pane, 4);
    await item(panel, 'B002').getByTestId('upload-redownload').click();
    await item(panel, 'B002').getByTestId('upload-refused').waitFor();
    await screenshot(page, language);
  },
  300_000,
);

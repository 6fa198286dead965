/**
 * "Exporteren" (SPEC "Using it", "The registration file", "Nothing is lost"): 230 valid rows
 * become three files of 100, 100 and 33 lines (header included, SPEC "maximaal 100 lijnen") whose downloaded bytes are exactly core's planExport bytes and which are
 * logged with their SHA-256; blocked rows are listed with their reasons and left out only on
 * the explicit "valid rows only" choice, after which they stay recorded as not exported (the batch
 * row's "Niet geëxporteerd", marks on the sheet); a batch marked uploaded asks before it exports
 * again.
 */
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import type { OpenedPage } from './support/harness';
import { DEFAULT_SETTINGS, type ExportPlan, REGISTRATION_COLUMNS, renderIssue } from '../../src/core';
import { columnLetter } from '../../src/excel/a1Address';
import { BATCH_COLUMNS } from '../../src/excel/batchTable';
import { EXPORT_LOG_COLUMNS } from '../../src/excel/exportLogTable';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { MARK_FILLS } from '../../src/excel/marks';
import { seriousViolations } from './support/axe';
import { type Downloaded, bytesOf, downloadBy, downloadEach } from './support/downloads';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH, type TypedRow, expectedPlan, validRows } from './support/fixtures';
import type { Pane } from './support/pane';
import { type PaneOptions, useSession } from './support/session';
import { fill, typeRows, userEdit, values, workbook } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

/** Creates batch B001 and types `rows` from A2 (one edit, as a paste would be). */
async function batchWithRows(
  rows: readonly TypedRow[],
  options: PaneOptions = {},
): Promise<{ page: Page; pane: Pane; opened: OpenedPage }> {
  const { opened, pane } = await session.openPane(options);
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await typeRows(opened.page, SHEET, rows);
  await pane.settle();
  return { page: opened.page, pane, opened };
}

/** The downloads the browser has received so far, as saved files. */
async function saved(downloads: readonly Download[]): Promise<Downloaded[]> {
  return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await bytesOf(d) })));
}

/** "Exporteren" tab: waits until the preview of the active sheet's batch is there. */
async function openExport(pane: Pane): Promise<void> {
  const panel = await pane.openTab('export');
  await panel.getByTestId('export-button').waitFor();
}

/** The export log's data rows (below the header), as written. */
async function logRows(page: Page): Promise<Record<string, unknown>[]> {
  const last = String.fromCharCode(64 + EXPORT_LOG_COLUMNS.length);
  const rows = await values(page, 'Exportlog', `A2:${last}50`);
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(EXPORT_LOG_COLUMNS.map((column, i) => [column.key, row[i]])));
}

function expectLogged(logged: Record<string, unknown>[], plan: ExportPlan): void {
  expect(
    logged.map((row) => [
      row['batchId'],
      row['sheetName'],
      row['fileName'],
      row['part'],
      row['rows'],
      row['sha256'],
    ]),
  ).toEqual(
    plan.files.map((file) => [
      'B001',
      SHEET,
      file.name,
      `${file.part}/${file.parts}`,
      file.rows.length,
      file.sha256,
    ]),
  );
  expect(new Set(logged.map((row) => row['encoding']))).toEqual(new Set(['UTF-8 (BOM)']));
  expect(new Set(logged.map((row) => row['uploaded']))).toEqual(new Set(['Nee']));
}

test('230 valid rows, one click: three files of 100, 100 and 33 lines download with no further click, bytes equal to core planExport, each logged', async () => {
  const rows = validRows(230);
  const plan = expectedPlan(rows, DEFAULT_BATCH);
  // SPEC: 100 lines per file, header included: 99 registrations.
  expect(plan.files.map((f) => f.rows.length)).toEqual([99, 99, 32]);
  const { page, pane, opened } = await batchWithRows(rows);
  await openExport(pane);

  // Before: the files that will be made.
  const files = page.getByTestId('export-files').getByRole('listitem');
  await eventually(
    async () => files.allTextContents(),
    (texts) =>
      expect(texts).toEqual(plan.files.map((f) => `${f.name}${pane.m.exportFileRows(f.rows.length)}`)),
  );
  expect(opened.downloads).toHaveLength(0);
  await page.getByTestId('export-button').click();
  await eventually(
    async () => (await page.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(230, 230, 0, 0)),
  );
  // The same click handed every file to the browser, each as its own download.
  await eventually(
    async () => opened.downloads.length,
    (count) => expect(count).toBe(plan.files.length),
  );
  const automatic = await saved(opened.downloads);
  expect(automatic.map((d) => d.name)).toEqual(plan.files.map((f) => f.name));
  automatic.forEach((file, i) => expect(new Uint8Array(file.bytes)).toEqual(plan.files[i]?.bytes));
  // ... and says so: which files, and where they normally land.
  const result = page.getByTestId('delivery-result');
  expect(await result.getByTestId('handed-files').getByRole('listitem').allTextContents()).toEqual(
    plan.files.map((f) => f.name),
  );
  expect(await result.textContent()).toContain(pane.m.downloadsWhere);
  expect(await page.getByTestId('download-failed').count()).toBe(0);

  // To download again: one button per file, then the zip of all of them.
  const downloaded = await downloadEach(page, page.getByTestId('download-file'));
  expect(downloaded.map((d) => d.name)).toEqual(plan.files.map((f) => f.name));
  downloaded.forEach((file, i) => expect(new Uint8Array(file.bytes)).toEqual(plan.files[i]?.bytes));
  const zip = await downloadBy(page, page.getByTestId('download-zip'));
  const entries = unzipSync(new Uint8Array(zip.bytes));
  expect(Object.keys(entries)).toEqual(plan.files.map((f) => f.name));
  for (const file of plan.files) expect(entries[file.name]).toEqual(file.bytes);
  // SPEC: at most 100 lines per file, the header line included: lines as a text editor counts them.
  expect(downloaded.map((file) => file.bytes.toString('utf8').split('\r\n').length - 1)).toEqual([
    100, 100, 33,
  ]);
  expect(downloaded.map((file) => file.name)).toEqual(
    [1, 2, 3].map((k) => expect.stringMatching(new RegExp(`_${k}-3\\.csv$`))),
  );
  // The bytes hold what SPEC asks: BOM, header line, CRLF after every line.
  const first = downloaded[0]?.bytes.toString('utf8') ?? '';
  expect(first.startsWith('\ufeffINSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n')).toBe(true);
  expect(first.endsWith('\r\n')).toBe(true);

  expectLogged(await logRows(page), plan);
  expect(await seriousViolations(page)).toEqual([]);
});

test('blocked rows are listed with their reasons, exported only on "valid rows only", and reconciled', async () => {
  const rows = validRows(10);
  const insz = rows[0]?.[0] ?? '';
  rows[3] = [`${insz.slice(0, 10)}${(Number(insz[10]) + 1) % 10}`, '', '', '', ''];
  rows[6] = ['', 'Peeters', 'Jan', '31022001', '1000'];
  const plan = expectedPlan(rows, DEFAULT_BATCH);
  expect(plan.blocked.map((b) => b.row)).toEqual([5, 8]);
  const { page, pane } = await batchWithRows(rows);
  await openExport(pane);

  const blocked = page.getByTestId('export-blocked').getByRole('button');
  await eventually(
    async () => blocked.allTextContents(),
    (texts) =>
      expect(texts).toEqual(
        plan.blocked.map(
          (b) =>
            `${pane.m.issueRow(b.row)}: ${b.issues
              .filter((issue) => issue.severity === 'error')
              .map((issue) => renderIssue(issue, 'nl'))
              .join(' ')}`,
        ),
      ),
  );
  // Errors block by default: only the explicit choice exports the valid rows.
  expect(await page.getByTestId('export-button').isDisabled()).toBe(true);
  const validOnly = page.getByTestId('export-valid-only');
  expect(await validOnly.textContent()).toBe(pane.m.exportValidOnly(8));
  // A blocked row's button selects it in Excel.
  await blocked.first().click();
  await eventually(
    async () => (await workbook(page)).selection,
    (selection) => expect(selection).toMatch(/!A5$/),
  );
  await validOnly.click();
  await eventually(
    async () => (await page.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(10, 8, 2, 0)),
  );
  const [file] = await downloadEach(page, page.getByTestId('download-file'));
  expect(new Uint8Array(file?.bytes ?? [])).toEqual(plan.files[0]?.bytes);
  expect(plan.files[0]?.rows).not.toContain(5);
  expectLogged(await logRows(page), plan);
  // The batch row records what was exported: 8 rows in 1 file, at the (fixed) time of the test in
  // the pane's local time (the browser runs in Europe/Brussels: 12:00 UTC is 13:00 in November).
  const batchRow =
    (await values(page, 'Batches', `A2:${String.fromCharCode(64 + BATCH_COLUMNS.length)}2`))[0] ?? [];
  const column = (key: string) => batchRow[BATCH_COLUMNS.findIndex((c) => c.key === key)];
  expect([column('batchId'), column('rows'), column('files'), column('lastExport')]).toEqual([
    'B001',
    8,
    1,
    '2026-11-28 13:00:00',
  ]);
  // SPEC "Nothing is lost": the rows left out stay recorded as not exported, on the batch row
  // (count, then the sheet rows) and as marks on the registration sheet, and the pane says so.
  expect(column('notExported')).toBe('2: 5, 8');
  expect(await page.getByTestId('export-left-out').textContent()).toBe(
    `${pane.m.exportLeftOutRecorded(2)} ${pane.m.exportLeftOutMarked(2)}`,
  );
  const errorCells = plan.blocked.flatMap((b) =>
    b.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => {
        const index = (REGISTRATION_COLUMNS as readonly string[]).indexOf(issue.column ?? '');
        return `${columnLetter(index)}${issue.row}`;
      }),
  );
  expect(errorCells).toEqual(['A5', 'D8']);
  for (const cell of errorCells)
    expect((await fill(page, SHEET, cell))?.toUpperCase()).toBe(MARK_FILLS.error);
  // The exported rows are not marked.
  const exportedCells = (plan.files[0]?.rows ?? []).flatMap((row) =>
    ['A', 'B', 'C', 'D', 'E'].map((letter) => `${letter}${row}`),
  );
  expect(exportedCells).toHaveLength(40);
  const exportedFills = await Promise.all(exportedCells.map((cell) => fill(page, SHEET, cell)));
  expect(exportedFills.filter((color) => color !== null)).toEqual([]);
});

test('"valid rows only" when the sheet cannot be marked: the export stands, the pane says the rows are not marked', async () => {
  const rows = validRows(4);
  rows[1] = ['', 'Peeters', 'Jan', '31022001', '1000'];
  const plan = expectedPlan(rows, DEFAULT_BATCH);
  expect(plan.blocked.map((b) => b.row)).toEqual([3]);
  const { page, pane } = await batchWithRows(rows);
  // The user's own sheet holds the name of the add-in's marks sheet (marks.ts: marks_sheet_taken).
  await page.evaluate(() => {
    window.__fakeExcelHost?.addSheet('VaccinnetMarkeringen', { rows: [['Mijn eigen blad']] });
  });
  await openExport(pane);
  await page.getByTestId('export-valid-only').click();
  await eventually(
    async () => (await page.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(4, 3, 1, 0)),
  );
  expect(await page.getByTestId('export-left-out').textContent()).toBe(
    `${pane.m.exportLeftOutRecorded(1)} ${pane.m.exportLeftOutNotMarked(1)} ${pane.m.marksSheetTaken}`,
  );
  const [file] = await downloadEach(page, page.getByTestId('download-file'));
  expect(new Uint8Array(file?.bytes ?? [])).toEqual(plan.files[0]?.bytes);
  expectLogged(await logRows(page), plan);
  const notExported = String.fromCharCode(65 + BATCH_COLUMNS.findIndex((c) => c.key === 'notExported'));
  expect(await values(page, 'Batches', `${notExported}2`)).toEqual([['1: 3']]);
  expect(await fill(page, SHEET, 'D3')).toBeNull();
});

test('a batch marked uploaded: the export asks first; "no" exports nothing, "yes" exports and logs again', async () => {
  const rows = validRows(3);
  const plan = expectedPlan(rows, DEFAULT_BATCH, { settings: DEFAULT_SETTINGS });
  const { page, pane } = await batchWithRows(rows);
  await openExport(pane);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-summary').waitFor();
  expectLogged(await logRows(page), plan);

  // After the upload the user sets "Opgeladen in Vaccinnet" to Ja in the log.
  const uploaded = String.fromCharCode(65 + EXPORT_LOG_COLUMNS.findIndex((c) => c.key === 'uploaded'));
  await userEdit(page, 'Exportlog', `${uploaded}2`, 'Ja');
  await pane.settle();

  await page.getByTestId('export-refresh').click();
  await page.getByTestId('export-button').click();
  const dialog = page.getByRole('alertdialog', { name: pane.m.reexportTitle });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(pane.m.reexportFilesMarked(1));
  expect(await dialog.textContent()).toContain(plan.files[0]?.name);
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: pane.m.reexportCancel }).click();
  await dialog.waitFor({ state: 'hidden' });
  await pane.settle();
  expect(await logRows(page)).toHaveLength(1);

  await page.getByTestId('export-button').click();
  await dialog.waitFor();
  await dialog.getByRole('button', { name: pane.m.reexportConfirm }).click();
  await eventually(
    async () => (await page.getByTestId('export-summary').textContent()) ?? '',
    (text) => expect(text).toBe(pane.m.exportDoneLine(3, 3, 0, 0)),
  );
  const logged = await logRows(page);
  expect(logged.map((row) => [row['fileName'], row['sha256'], row['uploaded']])).toEqual([
    [plan.files[0]?.name, plan.files[0]?.sha256, 'Ja'],
    [plan.files[0]?.name, plan.files[0]?.sha256, 'Nee'],
  ]);
  const [file] = await downloadEach(page, page.getByTestId('download-file'));
  expect(new Uint8Array(file?.bytes ?? [])).toEqual(plan.files[0]?.bytes);
});

test('a download the browser refuses to take is reported, never silent', async () => {
  const rows = validRows(3);
  const { page, pane, opened } = await batchWithRows(rows);
  await page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new Error('Blob URLs are blocked here');
    };
  });
  await openExport(pane);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-summary').waitFor();
  const plan = expectedPlan(rows, DEFAULT_BATCH);
  const failed = page.getByTestId('download-failed');
  await failed.first().waitFor();
  expect(await failed.allTextContents()).toEqual(
    plan.files.map((f) => pane.m.downloadFailed(f.name, 'Blob URLs are blocked here')),
  );
  expect(opened.downloads).toHaveLength(0);
  expect(await page.getByTestId('handed-files').count()).toBe(0);
});

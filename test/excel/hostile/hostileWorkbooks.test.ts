/**
 * Issue #10, the hostile-workbook corpus: what users do to a registration sheet, modelled in the
 * fake host as Excel behaves (each behaviour cites Microsoft's page in src/fake-excel), and each
 * taken end to end through the functions the pane calls: Controleren (inspectActiveSheet),
 * Exporteren (prepareActiveSheet, exportPrepared), the fixes (fixCells). Assertions are on rows,
 * codes and the CSV bytes, never on message text (except the protected sheet's message, which is
 * the point of that case).
 */
import { EXPORT_LOG_SHEET } from '../../../src/excel/exportLogTable';
import type { CheckResult } from '../../../src/taskpane/checkSheet';
import { inspectActiveSheet } from '../../../src/taskpane/checkSheet';
import { errorText, toPaneError } from '../../../src/taskpane/errors';
import { exportPrepared, prepareActiveSheet } from '../../../src/taskpane/exportBatch';
import { en } from '../../../src/taskpane/i18n/en';
import { fr } from '../../../src/taskpane/i18n/fr';
import { nl } from '../../../src/taskpane/i18n/nl';
import { fixCells } from '../../../src/taskpane/sheetActions';
import {
  type HostileWorkbook,
  HOSTILE_TODAY,
  hostileTools,
  hostileWorkbook,
  registrationRows,
} from '../../support/hostileWorkbook';
import { makeInsz } from '../../support/syntheticInsz';
import { workbookState } from '../../support/workbookState';

let book: HostileWorkbook | null = null;
afterEach(() => {
  book?.fake.uninstall();
  book = null;
});

async function open(rows: readonly (readonly string[])[], fake = {}): Promise<HostileWorkbook> {
  book = await hostileWorkbook({ rows, fake });
  return book;
}

async function check(): Promise<CheckResult> {
  const outcome = await inspectActiveSheet(hostileTools());
  if (outcome.kind !== 'checked') throw new Error(`not checked: ${outcome.kind}`);
  return outcome.result;
}

/** Controleren, then Exporteren (valid rows only when asked): the CSV lines of every file. */
async function exportLines(options: { validOnly?: boolean } = {}): Promise<string[]> {
  const prepared = await prepareActiveSheet(hostileTools());
  if (prepared.kind !== 'ready') throw new Error(`not ready: ${prepared.kind}`);
  const done = await exportPrepared(
    prepared.prepared,
    { validOnly: options.validOnly ?? false, confirmed: false },
    hostileTools(),
  );
  if (done.kind !== 'done') throw new Error(`not exported: ${done.kind}`);
  return done.prepared.plan.files.flatMap((file) =>
    new TextDecoder('utf-8', { ignoreBOM: false }).decode(file.bytes).split('\r\n').slice(1, -1),
  );
}

const codesOf = (result: CheckResult) => result.issues.map((issue) => [issue.row, issue.column, issue.code]);

describe('hidden data is still data (nothing dropped because the user cannot see it)', () => {
  test('an AutoFilter hiding rows: every row is checked and exported', async () => {
    const rows = registrationRows(5);
    const { fake, sheetName } = await open(rows);
    fake.host.applyAutoFilter(sheetName, 'A1:E6', 1, (value) => value === 'Naam1');
    expect(fake.host.inspect.sheet(sheetName).hiddenRows).toEqual([3, 4, 5, 6]);

    const result = await check();
    expect(result.report.counts.rows).toBe(5);
    const lines = await exportLines();
    expect(lines).toEqual(rows.map((row) => `${row[0]},${row[1]},${row[2]},,`));
  });

  test('hidden rows and hidden columns: every row and every column is exported', async () => {
    const rows = registrationRows(4);
    const { fake, sheetName } = await open(rows);
    fake.host.hideRows(sheetName, 3, 2);
    fake.host.hideColumns(sheetName, 'B:C');

    await check();
    const lines = await exportLines();
    expect(lines).toEqual(rows.map((row) => `${row[0]},${row[1]},${row[2]},,`));
  });
});

test('merged cells: the emptied cells of a merge are reported, nothing is filled in by guess', async () => {
  // Two people with one surname typed once and merged down: Excel keeps only the upper-left value.
  const rows = [
    ['', 'Peeters', 'Jan', '01012000', ''],
    ['', 'Peeters', 'Mie', '02022002', ''],
  ];
  const { fake, sheetName } = await open(rows);
  fake.host.mergeCells(sheetName, 'B2:B3');
  expect(fake.host.inspect.sheet(sheetName).values('B2:B3')).toEqual([['Peeters'], ['']]);

  const result = await check();
  expect(codesOf(result)).toContainEqual([3, null, 'identity_missing']);
  const lines = await exportLines({ validOnly: true });
  expect(lines).toEqual([',Peeters,Jan,01012000,']);
});

test('formulas in the data: the value Excel shows is what is checked and exported', async () => {
  const insz = makeInsz({ year: 1990, month: 5, day: 17, serial: 123 });
  const { fake, sheetName } = await open([], {
    evaluateFormula: (formula: string) => (formula === '=UPPER("peeters")' ? 'PEETERS' : insz),
  });
  fake.host.setCell(sheetName, 'A2', { formula: `="${insz}"` });
  fake.host.setCell(sheetName, 'B2', { formula: '=UPPER("peeters")' });

  await check();
  expect(await exportLines()).toEqual([`${insz},PEETERS,,,`]);
});

test('formulas and spilled arrays in the data: the values are exported, and one finding says where', async () => {
  const insz = makeInsz({ year: 1990, month: 5, day: 17, serial: 123 });
  const rows = registrationRows(3);
  const { fake, sheetName } = await open(rows, {
    evaluateFormula: (formula: string) => (formula === '=UPPER("peeters")' ? 'PEETERS' : insz),
  });
  fake.host.setCell(sheetName, 'A5', { formula: `="${insz}"` });
  fake.host.setCell(sheetName, 'B5', { formula: '=UPPER("peeters")' });
  // A dynamic array (e.g. =SORT of a list elsewhere) spills first names into C2:C4: the cells hold
  // no value of their own, only the anchor C2 holds the formula.
  fake.host.setCell(sheetName, 'C2:C4', { value: '' });
  fake.host.spillFormula(sheetName, 'C2', '=SORT(Namen!A1:A3)', [['Aline'], ['Bart'], ['Chris']]);

  const result = await check();
  const told = result.issues.filter((issue) => issue.code === 'formula_value');
  expect(told.map((issue) => [issue.row, issue.column, issue.severity, issue.params])).toEqual([
    [2, null, 'info', { cells: 'C2, A5:B5', count: 3, spills: 'C2:C4' }],
  ]);
  expect(await exportLines()).toEqual([
    `${rows[0]?.[0]},Naam1,Aline,,`,
    `${rows[1]?.[0]},Naam2,Bart,,`,
    `${rows[2]?.[0]},Naam3,Chris,,`,
    `${insz},PEETERS,,,`,
  ]);
});

test('a column of formulas over several read blocks: one finding, one area, whatever the number of cells', async () => {
  const { fake, sheetName } = await open([], {
    evaluateFormula: (_formula: string, at: { row: number }) =>
      makeInsz({
        year: 1950 + (at.row % 50),
        month: 1 + (at.row % 12),
        day: 1 + (at.row % 28),
        serial: 1 + 2 * (at.row % 499),
      }),
  });
  fake.host.setCell(sheetName, 'A2:A4501', { formula: '=Bron!A1' });
  fake.host.setCell(sheetName, 'B2:B4501', { value: 'Peeters' });

  const result = await check();
  const told = result.issues.filter((issue) => issue.code === 'formula_value');
  expect(told.map((issue) => [issue.row, issue.params])).toEqual([[2, { cells: 'A2:A4501', count: 4500 }]]);
});

test('numbers, dates and booleans in Naam, Voornaam, Postcode: the fix writes exactly what Excel shows (Range.text)', async () => {
  // A Dutch Excel: booleans show as WAAR/ONWAAR (Excel.Range.text is the text Excel shows).
  const { fake, sheetName } = await open([], { booleanDisplay: ['WAAR', 'ONWAAR'] });
  const insz = makeInsz({ year: 1990, month: 5, day: 17, serial: 123 });
  const other = makeInsz({ year: 1991, month: 6, day: 18, serial: 125 });
  fake.host.setCell(sheetName, 'A2', { value: insz });
  fake.host.setCell(sheetName, 'B2', { value: 36526, numberFormat: 'dd/mm/yyyy' });
  fake.host.setCell(sheetName, 'C2', { value: true, numberFormat: 'General' });
  fake.host.setCell(sheetName, 'E2', { value: 1e21, numberFormat: 'General' });
  fake.host.setCell(sheetName, 'A3', { value: other });
  fake.host.setCell(sheetName, 'B3', { value: 123456789012, numberFormat: 'General' });
  fake.host.setCell(sheetName, 'C3', { value: 36526, numberFormat: 'd mmmm yyyy' });
  const shown = fake.host.inspect.sheet(sheetName).texts('B2:E3');
  expect(shown).toEqual([
    ['01/01/2000', 'WAAR', '', '1E+21'],
    ['1.23457E+11', '1 January 2000', '', ''],
  ]);

  const result = await check();
  const notText = result.issues.filter((issue) => issue.code === 'cell_not_text');
  expect(notText.map((issue) => [issue.row, issue.column, issue.fix])).toEqual([
    [2, 'naam', '01/01/2000'],
    [2, 'voornaam', 'WAAR'],
    [2, 'postcode', '1E+21'],
    [3, 'naam', '1.23457E+11'],
    [3, 'voornaam', '1 January 2000'],
  ]);

  const fixed = await fixCells({ sheetName, targets: notText, today: HOSTILE_TODAY });
  expect(fixed.ok && fixed.value.fixed.map((fix) => fix.text)).toEqual([
    '01/01/2000',
    'WAAR',
    '1E+21',
    '1.23457E+11',
    '1 January 2000',
  ]);
  const sheet = fake.host.inspect.sheet(sheetName);
  // The cells now hold, as text, what they showed before.
  expect(sheet.values('B2:E3')).toEqual(shown);
  expect(sheet.valueTypes('B2:C3')).toEqual([
    ['String', 'String'],
    ['String', 'String'],
  ]);
});

test('rich text: the cell text without its formatting is exported', async () => {
  // Excel.Range.values gives a rich-text cell's plain text (the runs' formats are not values).
  const rows = [[makeInsz({ year: 1975, month: 3, day: 9, serial: 45 }), 'Ğüneş', 'Hélène', '', '']];
  await open(rows);
  await check();
  expect(await exportLines()).toEqual([`${rows[0]?.[0]},Ğüneş,Hélène,,`]);
});

test("a 32,767-character cell (Excel's limit) is read whole and exported whole", async () => {
  const long = 'A'.repeat(32_767);
  const insz = makeInsz({ year: 1962, month: 11, day: 2, serial: 77 });
  await open([[insz, long, 'Jan', '', '']]);
  const result = await check();
  expect(result.report.counts.rows).toBe(1);
  const lines = await exportLines();
  expect(lines).toEqual([`${insz},${long},Jan,,`]);
});

test('a protected sheet: a fix fails with a clear message in nl, fr and en, and nothing changes', async () => {
  const insz = makeInsz({ year: 1990, month: 5, day: 17, serial: 123 });
  const { fake, sheetName } = await open([[` ${insz}`, 'Peeters ', 'Jan', '', '']]);
  const result = await check();
  expect(codesOf(result)).toContainEqual([2, 'insz', 'whitespace_edge']);
  fake.host.protectSheet(sheetName);
  const before = workbookState(fake.host);

  const failure = await fixCells({ sheetName, targets: ['A2:E2'], today: HOSTILE_TODAY }).then(
    () => null,
    (error: unknown) => error,
  );
  const paneError = toPaneError(failure);
  expect(paneError).toEqual(expect.objectContaining({ kind: 'excel', code: 'AccessDenied' }));
  expect([nl, fr, en].map((m) => errorText(paneError, m))).toEqual([
    nl.errorAccessDenied,
    fr.errorAccessDenied,
    en.errorAccessDenied,
  ]);
  expect(nl.errorAccessDenied).toMatch(/beveiligd/);
  expect(workbookState(fake.host)).toEqual(before);
});

test('a used range that reaches row 1,048,576 by formatting alone: only the rows with values are read', async () => {
  const rows = registrationRows(3);
  const { fake, sheetName } = await open(rows);
  fake.host.setCell(sheetName, 'E1048576', { fill: '#FFFF00' });
  expect(fake.host.inspect.sheet(sheetName).usedRange()).toBe(`'${sheetName}'!A:E`);
  fake.host.resetStats();

  const result = await check();
  expect(result.report.counts.rows).toBe(3);
  // A read of 1,048,576 rows would take hundreds of syncs and megabytes; the values-only used
  // range keeps Controleren to a handful of small responses.
  expect(fake.host.stats.maxResponseBytes).toBeLessThan(64 * 1024);
  expect(fake.host.stats.syncs).toBeLessThan(20);
});

test('data inside an Excel table (Insert > Table on the registrations): every body row is exported', async () => {
  const rows = registrationRows(3);
  const { fake, sheetName } = await open(rows);
  // What the user does: the registrations become a table with the header row as its titles.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).tables.add('A1:E4', true);
    await context.sync();
  });
  expect(fake.host.inspect.sheet(sheetName).tables()).toHaveLength(1);

  const result = await check();
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(await exportLines()).toEqual(rows.map((row) => `${row[0]},${row[1]},${row[2]},,`));
});

test('a 1904-system workbook: a typed birth date is converted to the day the user sees', async () => {
  const { fake, sheetName } = await open([], { use1904DateSystem: true });
  // 30/07/1985 is serial 31258 in the 1900 system, 29796 in the 1904 system ("Date systems in
  // Excel": the two differ by 1,462 days).
  fake.host.setCell(sheetName, 'B2', { value: 'Peeters' });
  fake.host.setCell(sheetName, 'C2', { value: 'Jan' });
  fake.host.setCell(sheetName, 'D2', { value: 29796, numberFormat: 'dd/mm/yyyy' });

  const result = await check();
  expect(codesOf(result)).toContainEqual([2, 'geboortedatum', 'birthdate_is_date']);
  const fixed = await fixCells({ sheetName, targets: ['D2'], today: HOSTILE_TODAY });
  expect(fixed.ok && fixed.value.fixed.map((fix) => fix.text)).toEqual(['30071985']);
  expect(await exportLines()).toEqual([',Peeters,Jan,30071985,']);
});

test('a row edited between Controleren and Exporteren: the export re-reads, shows the new plan and logs nothing', async () => {
  const rows = registrationRows(2);
  const { fake, sheetName } = await open(rows);
  const prepared = await prepareActiveSheet(hostileTools());
  if (prepared.kind !== 'ready') throw new Error(`not ready: ${prepared.kind}`);

  // The user breaks row 3's INSZ after the preview.
  await fake.host.userEdit(sheetName, 'A3', '12345');
  const outcome = await exportPrepared(
    prepared.prepared,
    { validOnly: false, confirmed: false },
    hostileTools(),
  );

  expect(outcome.kind).toBe('changed');
  const fresh = outcome.kind === 'changed' ? outcome.outcome : null;
  expect(fresh?.kind === 'ready' && fresh.prepared.plan.blocked.map((row) => row.row)).toEqual([3]);
  const logged = fake.host.inspect.hasSheet(EXPORT_LOG_SHEET)
    ? fake.host.inspect
        .sheet(EXPORT_LOG_SHEET)
        .values('A2:I10')
        .filter((row) => row.some((value) => value !== ''))
    : [];
  expect(logged).toEqual([]);
});

import { BATCHES_SHEET, BATCHES_TABLE, BATCH_COLUMNS } from '../../src/excel/batchTable';
import { MAX_CELL_TEXT_LENGTH } from '../../src/excel/excelLimits';
import { EXPORT_LOG_SHEET } from '../../src/excel/exportLogTable';
import { formatLogTime, formatNotExported } from '../../src/excel/exportLogText';
import { type ExportedFile, type RecordExportInput, recordExport } from '../../src/excel/recordExport';
import { checkReexport } from '../../src/excel/reexportCheck';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { workbookWithBatch } from '../support/batchWorkbook';
import { workbookState } from '../support/workbookState';

const TODAY = new Date(2026, 10, 28);
/** A SHA-256 made of digits only, with leading zeros: a number under General. */
const DIGIT_SHA = `000${'0123456789'.repeat(6)}9`;

function file(part: number, parts: number, rows: number[], sha256 = 'ab'.repeat(32)): ExportedFile {
  return { name: `vaccinnet_20261120_B001_vaxigrip_${part}-${parts}.csv`, sha256, rows, part, parts };
}

let sheetName = '';
let fake: InstalledFakeExcel;
beforeEach(async () => {
  ({ fake, sheetName } = await workbookWithBatch(TODAY));
  fake.host.resetStats();
});
afterEach(() => fake.uninstall());

function exportInput(overrides: Partial<RecordExportInput> = {}): RecordExportInput {
  return {
    batchId: 'B001',
    sheetName,
    files: [file(1, 2, range(2, 101), DIGIT_SHA), file(2, 2, range(102, 131))],
    blockedRows: [],
    encoding: 'utf-8-bom',
    time: new Date(2026, 10, 28, 9, 5, 7),
    ...overrides,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const record = (input: RecordExportInput) => Excel.run((context) => recordExport(context, input));
const check = (batchId = 'B001') => Excel.run((context) => checkReexport(context, batchId));

describe('formatLogTime', () => {
  test.each([
    ['zero-padded', new Date(2026, 10, 28, 9, 5, 7), '2026-11-28 09:05:07'],
    ['midnight', new Date(2027, 0, 1, 0, 0, 0), '2027-01-01 00:00:00'],
    ['last second of the year', new Date(2026, 11, 31, 23, 59, 59), '2026-12-31 23:59:59'],
  ])('%s: local wall-clock time', (_label, time, expected) => {
    expect(formatLogTime(time)).toBe(expected);
  });
});

describe('recordExport', () => {
  test('one log row per file, the batch row updated, in three syncs (one write)', async () => {
    const result = await record(exportInput());
    expect(result).toEqual({ ok: true, value: { loggedFiles: 2, batchRowUpdated: true } });
    expect(fake.host.stats.syncs).toBe(3);
    expect(fake.host.stats.runs).toBe(1);

    const log = fake.host.inspect.sheet(EXPORT_LOG_SHEET);
    expect(log.values('A2:I3')).toEqual([
      [
        '2026-11-28 09:05:07',
        'B001',
        sheetName,
        'vaccinnet_20261120_B001_vaxigrip_1-2.csv',
        '1/2',
        100,
        DIGIT_SHA,
        'UTF-8 (BOM)',
        'Nee',
      ],
      [
        '2026-11-28 09:05:07',
        'B001',
        sheetName,
        'vaccinnet_20261120_B001_vaxigrip_2-2.csv',
        '2/2',
        30,
        'ab'.repeat(32),
        'UTF-8 (BOM)',
        'Nee',
      ],
    ]);
    // Text stays text: "1/2" is no date, the digits-only hash no number, the time no date serial.
    expect(log.valueTypes('A2:I2')).toEqual([
      ['String', 'String', 'String', 'String', 'String', 'Double', 'String', 'String', 'String'],
    ]);
    expect(log.tables()[0]?.dataRowCount).toBe(2);

    const batches = fake.host.inspect.sheet(BATCHES_SHEET);
    // Rijen, Bestanden, Niet geëxporteerd ("0": nothing left out), Laatste export, Opgeladen.
    expect(batches.values('O2:S2')).toEqual([[130, 2, '0', '2026-11-28 09:05:07', 'Nee']]);
    expect(batches.valueTypes('Q2')).toEqual([['String']]);
  });

  test('the log is append-only: earlier rows, and the marks the user set on them, stay as they are', async () => {
    await record(exportInput());
    // The user marks the first file uploaded; the second export of the same batch is confirmed.
    await fake.host.userEdit(EXPORT_LOG_SHEET, 'I2', 'Ja');
    const earlier = fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('A2:I3');
    const second = await record(
      exportInput({
        files: [file(1, 1, range(2, 40))],
        time: new Date(2026, 10, 29, 14, 0, 0),
        confirmReexport: true,
      }),
    );
    expect(second.ok).toBe(true);
    const log = fake.host.inspect.sheet(EXPORT_LOG_SHEET);
    expect(log.values('A2:I3')).toEqual(earlier);
    expect(log.values('A4:I4')).toEqual([
      [
        '2026-11-29 14:00:00',
        'B001',
        sheetName,
        'vaccinnet_20261120_B001_vaxigrip_1-1.csv',
        '1/1',
        39,
        'ab'.repeat(32),
        'UTF-8 (BOM)',
        'Nee',
      ],
    ]);
    expect(log.tables()[0]?.dataRowCount).toBe(3);
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('O2:R2')).toEqual([
      [39, 1, '0', '2026-11-29 14:00:00'],
    ]);
  });

  test('a batch with a file marked uploaded is refused without confirmation, and nothing is written', async () => {
    await record(exportInput());
    expect((await check()).mustConfirm).toBe(false);
    await fake.host.userEdit(EXPORT_LOG_SHEET, 'I3', 'ja');
    expect(await check()).toEqual({
      mustConfirm: true,
      batchMarkedUploaded: false,
      uploadedFiles: ['vaccinnet_20261120_B001_vaxigrip_2-2.csv'],
      loggedFiles: 2,
      missingFromLog: [],
      batchRowAhead: false,
    });

    const before = workbookState(fake.host);
    fake.host.resetStats();
    const refused = await record(exportInput({ time: new Date(2026, 10, 30) }));
    expect(refused).toEqual({
      ok: false,
      reason: 'confirmation_required',
      check: {
        mustConfirm: true,
        batchMarkedUploaded: false,
        uploadedFiles: ['vaccinnet_20261120_B001_vaxigrip_2-2.csv'],
        loggedFiles: 2,
        missingFromLog: [],
        batchRowAhead: false,
      },
    });
    expect(workbookState(fake.host)).toEqual(before);
    expect(fake.host.stats.syncs).toBe(2);

    const accepted = await record(exportInput({ time: new Date(2026, 10, 30), confirmReexport: true }));
    expect(accepted).toEqual({ ok: true, value: { loggedFiles: 2, batchRowUpdated: true } });
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).tables()[0]?.dataRowCount).toBe(4);
  });

  test("the batch row's own uploaded mark also asks first, and is left as the user set it", async () => {
    await fake.host.userEdit(BATCHES_SHEET, 'S2', 'Ja');
    const result = await check();
    expect(result).toEqual({
      mustConfirm: true,
      batchMarkedUploaded: true,
      uploadedFiles: [],
      loggedFiles: 0,
      missingFromLog: [],
      batchRowAhead: false,
    });
    expect(await record(exportInput())).toMatchObject({ ok: false, reason: 'confirmation_required' });
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('A2')).toEqual([['']]);
    expect(await record(exportInput({ confirmReexport: true }))).toMatchObject({ ok: true });
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('S2')).toEqual([['Ja']]);
  });

  test('other batches do not count: an uploaded B002 does not ask for B001', async () => {
    await record(exportInput({ batchId: 'B002', files: [file(1, 1, [2])] }));
    await fake.host.userEdit(EXPORT_LOG_SHEET, 'I2', 'Ja');
    expect((await check('B001')).mustConfirm).toBe(false);
    expect((await check('b002')).mustConfirm).toBe(true);
  });

  test('an export of a batch no longer in the batch table is still logged', async () => {
    const result = await record(exportInput({ batchId: 'B077' }));
    expect(result).toEqual({ ok: true, value: { loggedFiles: 2, batchRowUpdated: false } });
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('O2:R2')).toEqual([['', '', '', '']]);
  });

  test('a deleted log sheet is created again and the export logged, in the same write', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(EXPORT_LOG_SHEET).delete();
      await context.sync();
    });
    fake.host.resetStats();
    const result = await record(exportInput());
    expect(result.ok).toBe(true);
    expect(fake.host.stats.syncs).toBe(3);
    const log = fake.host.inspect.sheet(EXPORT_LOG_SHEET);
    expect(log.values('B2:E3')).toEqual([
      ['B001', sheetName, 'vaccinnet_20261120_B001_vaxigrip_1-2.csv', '1/2'],
      ['B001', sheetName, 'vaccinnet_20261120_B001_vaxigrip_2-2.csv', '2/2'],
    ]);
  });

  test('syncs stay constant as the log grows', async () => {
    for (let i = 0; i < 5; i++) await record(exportInput({ files: [file(1, 1, [2])] }));
    fake.host.resetStats();
    await record(exportInput());
    expect(fake.host.stats.syncs).toBe(3);
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).tables()[0]?.dataRowCount).toBe(7);
  });

  test('no files: nothing logged, nothing written', async () => {
    const before = workbookState(fake.host);
    expect(await record(exportInput({ files: [] }))).toEqual({
      ok: true,
      value: { loggedFiles: 0, batchRowUpdated: false },
    });
    expect(workbookState(fake.host)).toEqual(before);
  });
});

/** The batch table's headers as version 0.1 wrote them, before "Niet geëxporteerd" existed. */
const EARLIER_BATCH_HEADERS = [
  'Batch',
  'Registratieblad',
  'INSZ toediener',
  'Organisatie',
  'Gratis voorraad',
  'Datum toediening',
  'Immunisatieproduct',
  'Dosis',
  'Lotnummer',
  'Toedieningswijze',
  'Type profylaxe',
  'Lichaamsdeel',
  'Lichaamszijde',
  'Opmerkingen',
  'Rijen',
  'Bestanden',
  'Laatste export',
  'Opgeladen in Vaccinnet',
];

/**
 * Sheet rows from 2 up whose "Niet geëxporteerd" text is exactly `length` characters (no cut): as
 * many rows as fit, then the last one made longer (more digits) to take up the rest.
 */
function rowsForLength(length: number): number[] {
  // The uncut text: formatNotExported itself never returns more than a cell holds.
  const uncut = (rows: readonly number[]): number => `${rows.length}: ${rows.join(', ')}`.length;
  const rows: number[] = [];
  for (let next = 2; uncut([...rows, next]) <= length; next++) rows.push(next);
  let slack = length - uncut(rows);
  const last = rows.pop() ?? 2;
  // A number with `slack` more digits than `last`, above every other row.
  let widened = last;
  while (slack > 0) {
    widened = widened * 10;
    slack -= 1;
  }
  return [...rows, widened];
}

describe('formatNotExported', () => {
  test.each([
    ['nothing left out', [], '0'],
    ['one row', [7], '1: 7'],
    ['ascending sheet order', [12, 5, 9], '3: 5, 9, 12'],
    ['a row given twice counts once', [9, 5, 9], '2: 5, 9'],
  ])('%s', (_label, rows, expected) => {
    expect(formatNotExported(rows)).toBe(expected);
  });

  test.each([[0], [-3], [2.5], [Number.NaN]])('%p is no sheet row: a broken invariant, thrown', (row) => {
    expect(() => formatNotExported([5, row])).toThrow(RangeError);
  });

  test('exactly 32,767 characters are kept whole; one row more is cut with "…", the count exact', () => {
    const rows = rowsForLength(MAX_CELL_TEXT_LENGTH);
    const whole = formatNotExported(rows);
    expect(whole).toHaveLength(MAX_CELL_TEXT_LENGTH);
    expect(whole).not.toContain('…');
    expect(whole.split(': ')[1]?.split(', ').map(Number)).toEqual(rows);

    const more = [...rows, 1_048_576];
    const cut = formatNotExported(more);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT_LENGTH);
    expect(cut.startsWith(`${more.length}: `)).toBe(true);
    expect(cut.endsWith(', …')).toBe(true);
  });

  test('100,000 blocked rows: the count is exact, the list a cut prefix in sheet order', () => {
    const rows = range(2, 100_001).reverse();
    const text = formatNotExported(rows);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_CELL_TEXT_LENGTH - 10);
    const [count, list = ''] = text.split(': ');
    expect(count).toBe('100000');
    const listed = list.split(', ');
    expect(listed.pop()).toBe('…');
    expect(listed.map(Number)).toEqual(range(2, listed.length + 1));
  });
});

describe('recordExport: "Niet geëxporteerd" on the batch row', () => {
  test('the blocked rows, count then rows, as text, in the same single write', async () => {
    const result = await record(exportInput({ blockedRows: [12, 5, 9] }));
    expect(result).toEqual({ ok: true, value: { loggedFiles: 2, batchRowUpdated: true } });
    expect(fake.host.stats.syncs).toBe(3);
    const batches = fake.host.inspect.sheet(BATCHES_SHEET);
    const column = String.fromCharCode(65 + BATCH_COLUMNS.findIndex((c) => c.key === 'notExported'));
    expect(column).toBe('Q');
    expect(batches.values('P1:R2')).toEqual([
      ['Bestanden', 'Niet geëxporteerd', 'Laatste export'],
      [2, '3: 5, 9, 12', '2026-11-28 09:05:07'],
    ]);
    expect(batches.valueTypes('Q2')).toEqual([['String']]);
    expect(batches.numberFormats('Q2')).toEqual([['@']]);
  });

  test('one blocked row stays text (never the time 01:07)', async () => {
    await record(exportInput({ blockedRows: [7] }));
    expect(fake.host.inspect.sheet(BATCHES_SHEET).cell('Q2')).toMatchObject({
      value: '1: 7',
      valueType: 'String',
    });
  });

  test('the next export replaces it: after the fix, "0"', async () => {
    await record(exportInput({ blockedRows: [5, 9] }));
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('Q2')).toEqual([['2: 5, 9']]);
    await record(exportInput({ blockedRows: [], time: new Date(2026, 10, 29) }));
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('Q2')).toEqual([['0']]);
  });

  test('a list too long for a cell is cut, the count exact, still one write', async () => {
    const blockedRows = range(2, 50_001);
    fake.host.resetStats();
    await record(exportInput({ blockedRows }));
    expect(fake.host.stats.syncs).toBe(3);
    const text = String(fake.host.inspect.sheet(BATCHES_SHEET).values('Q2')[0]?.[0]);
    expect(text).toBe(formatNotExported(blockedRows));
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT_LENGTH);
    expect(text.startsWith('50000: 2, 3, 4, ')).toBe(true);
    expect(text.endsWith(', …')).toBe(true);
  });

  test('a bad row list is refused before anything is read or written', async () => {
    const before = workbookState(fake.host);
    fake.host.resetStats();
    await expect(record(exportInput({ blockedRows: [0] }))).rejects.toThrow(RangeError);
    expect(fake.host.stats.syncs).toBe(0);
    expect(workbookState(fake.host)).toEqual(before);
  });

  test('a batch table made by an earlier version gets the column appended in the same write; nothing is lost', async () => {
    fake.uninstall();
    fake = installFakeExcel(globalThis, {
      sheets: [
        {
          name: BATCHES_SHEET,
          rows: [
            EARLIER_BATCH_HEADERS,
            [
              'B001',
              sheetName,
              '',
              '',
              'Ja',
              '2026-11-20',
              'Vaxigrip',
              1,
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              'Nee',
            ],
          ],
        },
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(BATCHES_SHEET);
      sheet.tables.add('A1:R2', true).name = BATCHES_TABLE;
      await context.sync();
    });
    // The user's own note right of the table, and one below it.
    fake.host.setCell(BATCHES_SHEET, 'S2', { value: 'eigen notitie' });
    fake.host.setCell(BATCHES_SHEET, 'S4', { value: 'onder de tabel' });
    const cellsBefore = fake.host.inspect.sheet(BATCHES_SHEET).values('A2:R2');
    fake.host.resetStats();

    const result = await record(exportInput({ blockedRows: [5, 9] }));
    expect(result).toEqual({ ok: true, value: { loggedFiles: 2, batchRowUpdated: true } });
    expect(fake.host.stats.syncs).toBe(3);
    const batches = fake.host.inspect.sheet(BATCHES_SHEET);
    const [table] = batches.tables();
    expect(table).toMatchObject({ name: BATCHES_TABLE, address: `${BATCHES_SHEET}!A1:S2` });
    expect(table?.headers).toEqual([...EARLIER_BATCH_HEADERS, 'Niet geëxporteerd']);
    expect(batches.values('S2')).toEqual([['2: 5, 9']]);
    expect(batches.valueTypes('S2')).toEqual([['String']]);
    // The earlier cells, with this export's Rijen, Bestanden and Laatste export; the user's note moved right.
    expect(batches.values('A2:R2')).toEqual([
      [...(cellsBefore[0] ?? []).slice(0, 14), 130, 2, '2026-11-28 09:05:07', 'Nee'],
    ]);
    expect(batches.values('T2')).toEqual([['eigen notitie']]);
    expect(batches.values('S4')).toEqual([['onder de tabel']]);

    // Once there, the column is found by its header: the next export writes it, adds nothing.
    await record(exportInput({ blockedRows: [], time: new Date(2026, 10, 29) }));
    expect(fake.host.inspect.sheet(BATCHES_SHEET).tables()[0]?.address).toBe(`${BATCHES_SHEET}!A1:S2`);
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('S2:T2')).toEqual([['0', 'eigen notitie']]);
  });
});

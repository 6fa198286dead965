import { createBatch } from '../../src/excel/createBatch';
import { BATCHES_SHEET, EXPORT_LOG_SHEET } from '../../src/excel/layout';
import {
  type ExportedFile,
  type RecordExportInput,
  checkReexport,
  formatLogTime,
  recordExport,
} from '../../src/excel/recordExport';
import { type FakeExcelHost, type InstalledFakeExcel, installFakeExcel } from '../support/fakeExcel';
import { makeInsz } from '../support/syntheticInsz';

/** Everything the fake holds, for "nothing changed" comparisons. */
function workbookState(host: FakeExcelHost) {
  const workbook = host.inspect.workbook();
  return {
    workbook,
    sheets: workbook.sheetNames.map((name) => {
      const sheet = host.inspect.sheet(name);
      return {
        name,
        cells: sheet.cells(),
        columnNumberFormats: sheet.columnNumberFormats(),
        fills: sheet.fills(),
        conditionalFormats: sheet.conditionalFormats(),
        dataValidations: sheet.dataValidations(),
        tables: sheet.tables(),
      };
    }),
  };
}

const TODAY = new Date(2026, 10, 28);
/** A SHA-256 made of digits only, with leading zeros: a number under General. */
const DIGIT_SHA = `000${'0123456789'.repeat(6)}9`;

function file(part: number, parts: number, rows: number[], sha256 = 'ab'.repeat(32)): ExportedFile {
  return { name: `vaccinnet_20261120_B001_vaxigrip_${part}-${parts}.csv`, sha256, rows, part, parts };
}

let sheetName = '';
let fake: InstalledFakeExcel;
beforeEach(async () => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
  const result = await Excel.run((context) =>
    createBatch(context, {
      fields: {
        toedienerInsz: makeInsz({ year: 1985, month: 7, day: 30, serial: 901 }),
        gratisVoorraad: 'Ja',
        datumToediening: '2026-11-20',
        immunisatieproduct: 'Vaxigrip',
        dosis: 1,
      },
      today: TODAY,
      settings: { maxRowsPerFile: 100 },
    }),
  );
  if (!result.ok) throw new Error('createBatch failed');
  sheetName = result.value.sheetName;
  fake.host.resetStats();
});
afterEach(() => fake.uninstall());

function exportInput(overrides: Partial<RecordExportInput> = {}): RecordExportInput {
  return {
    batchId: 'B001',
    sheetName,
    files: [file(1, 2, range(2, 101), DIGIT_SHA), file(2, 2, range(102, 131))],
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
    expect(batches.values('O2:R2')).toEqual([[130, 2, '2026-11-28 09:05:07', 'Nee']]);
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
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('O2:Q2')).toEqual([[39, 1, '2026-11-29 14:00:00']]);
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
      },
    });
    expect(workbookState(fake.host)).toEqual(before);
    expect(fake.host.stats.syncs).toBe(2);

    const accepted = await record(exportInput({ time: new Date(2026, 10, 30), confirmReexport: true }));
    expect(accepted).toEqual({ ok: true, value: { loggedFiles: 2, batchRowUpdated: true } });
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).tables()[0]?.dataRowCount).toBe(4);
  });

  test("the batch row's own uploaded mark also asks first, and is left as the user set it", async () => {
    await fake.host.userEdit(BATCHES_SHEET, 'R2', 'Ja');
    const result = await check();
    expect(result).toEqual({
      mustConfirm: true,
      batchMarkedUploaded: true,
      uploadedFiles: [],
      loggedFiles: 0,
    });
    expect(await record(exportInput())).toMatchObject({ ok: false, reason: 'confirmation_required' });
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('A2')).toEqual([['']]);
    expect(await record(exportInput({ confirmReexport: true }))).toMatchObject({ ok: true });
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('R2')).toEqual([['Ja']]);
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
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('O2:Q2')).toEqual([['', '', '']]);
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

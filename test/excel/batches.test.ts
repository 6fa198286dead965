import { dateToExcelSerial } from '../../src/core/calendar';
import { DEFAULT_LISTS } from '../../src/core/lists';
import type { BatchField } from '../../src/core/types';
import { otherBatchesFor } from '../../src/excel/batchRecords';
import { readBatches } from '../../src/excel/readBatches';
import { isUploadedMark } from '../../src/excel/yesNo';
import { BATCHES_SHEET } from '../../src/excel/batchTable';
import { LISTS_SHEET } from '../../src/excel/dropDownLists';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { createTestBatch, exportBatchInput } from '../support/batchWorkbook';

const TODAY = new Date(2026, 10, 28);

const create = (fields: Partial<Record<BatchField, unknown>> = {}) =>
  createTestBatch(exportBatchInput(TODAY, fields));

const read = () => Excel.run((context) => readBatches(context, { today: TODAY }));

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

describe('readBatches', () => {
  test('a workbook that was never set up: no batches, the default lists, nothing written', async () => {
    const state = await read();
    expect(state).toEqual({ setUp: false, batches: [], lists: DEFAULT_LISTS, sheetNames: ['Blad1'] });
    expect(fake.host.inspect.sheetNames()).toEqual(['Blad1']);
  });

  test('reads each batch with its fields parsed by core, in two syncs', async () => {
    const first = await create({ lotnummer: '0042', lichaamsdeel: 'Bilspier' });
    const second = await create({ immunisatieproduct: 'Comirnaty', dosis: '0,5' });
    fake.host.resetStats();
    const state = await read();
    expect(fake.host.stats.syncs).toBe(2);
    expect(state.setUp).toBe(true);
    expect(state.batches).toEqual([
      {
        row: 2,
        bodyRow: 0,
        batchId: 'B001',
        sheetName: first.sheetName,
        sheetExists: true,
        sheetId: expect.stringMatching(/^\{.+\}$/u) as unknown,
        recordedSheetName: first.sheetName,
        sheetMatch: 'same',
        metadata: { ok: true, value: first.metadata },
        rows: null,
        files: null,
        lastExport: null,
        uploaded: false,
      },
      {
        row: 3,
        bodyRow: 1,
        batchId: 'B002',
        sheetName: second.sheetName,
        sheetExists: true,
        sheetId: expect.stringMatching(/^\{.+\}$/u) as unknown,
        recordedSheetName: second.sheetName,
        sheetMatch: 'same',
        metadata: { ok: true, value: second.metadata },
        rows: null,
        files: null,
        lastExport: null,
        uploaded: false,
      },
    ]);
    expect(first.metadata.lotnummer).toBe('0042');
  });

  test('fields the user broke in the table come back as core issues at their Excel row', async () => {
    await create();
    await create();
    await fake.host.userEdit(BATCHES_SHEET, 'C3:F3', [['12345678901', 'CLB', 'misschien', '31/02/2026']]);
    const state = await read();
    expect(state.batches[0]?.metadata.ok).toBe(true);
    const broken = state.batches[1]?.metadata;
    expect(broken?.ok).toBe(false);
    if (broken === undefined || broken.ok) throw new Error('expected issues');
    expect(broken.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'toedienerInsz', 'batch_insz'],
      [3, 'gratisVoorraad', 'batch_yes_no'],
      [3, 'datumToediening', 'batch_date_invalid'],
    ]);
  });

  test('a date the user pasted as a real Excel date is read as that date', async () => {
    await create();
    const serial = dateToExcelSerial({ year: 2026, month: 11, day: 19 });
    fake.host.setCell(BATCHES_SHEET, 'F2', { value: serial, numberFormat: 'dd/mm/yyyy' });
    const [batch] = (await read()).batches;
    expect(batch?.metadata).toMatchObject({ ok: true, value: { datumToediening: '2026-11-19' } });
  });

  test('the lists as on the lists sheet: user edits count, blank rows do not', async () => {
    await create();
    await fake.host.userEdit(LISTS_SHEET, 'A2', 'Vaxigrip Tetra');
    await fake.host.userEdit(LISTS_SHEET, 'I3', ' Rechts (R) ');
    const { lists } = await read();
    expect(lists.immunisatieproduct).toEqual(['Vaxigrip Tetra']);
    expect(lists.lichaamszijde).toEqual(['Links', 'Rechts (R)', 'Beide']);
    expect(lists.toedieningswijze).toEqual(DEFAULT_LISTS.toedieningswijze);
  });

  test('a deleted registration sheet is reported, a row without id is skipped', async () => {
    const batch = await create();
    await create();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(batch.sheetName).delete();
      context.workbook.tables
        .getItem('tblBatches')
        .rows.add(undefined, [Array.from({ length: 19 }, () => '')]);
      await context.sync();
    });
    await fake.host.userEdit(BATCHES_SHEET, 'N4', 'nog geen batch');
    const state = await read();
    expect(state.batches).toHaveLength(2);
    expect(state.batches[0]).toMatchObject({
      batchId: 'B001',
      sheetExists: false,
      sheetId: null,
      sheetMatch: 'missing',
    });
  });

  test('export columns and the uploaded mark are read', async () => {
    await create();
    await fake.host.userEdit(BATCHES_SHEET, 'O2:S2', [[120, 2, '3: 4, 7, 9', '2026-11-28 10:00:00', 'ja']]);
    const [batch] = (await read()).batches;
    expect(batch).toMatchObject({ rows: 120, files: 2, lastExport: '2026-11-28 10:00:00', uploaded: true });
  });
});

describe('isUploadedMark', () => {
  test.each([
    ['Ja', true],
    ['ja ', true],
    ['Oui', true],
    ['x', true],
    [true, true],
    [1, true],
    ['Nee', false],
    ['nee', false],
    ['Non', false],
    ['No', false],
    ['', false],
    ['  ', false],
    [false, false],
    [0, false],
    [null, false],
  ])('%p -> %p', (value, expected) => {
    expect(isUploadedMark(value)).toBe(expected);
  });
});

describe('otherBatchesFor (duplicate_across_batches)', () => {
  test('same product (any case) and date, valid fields, sheet present; never itself', async () => {
    await create({ immunisatieproduct: 'Vaxigrip' });
    await create({ immunisatieproduct: ' vaxigrip ' });
    await create({ immunisatieproduct: 'Vaxigrip', datumToediening: '2026-11-21' });
    await create({ immunisatieproduct: 'Comirnaty' });
    const fifth = await create({ immunisatieproduct: 'Vaxigrip' });
    // The fifth batch's fields get broken: it is no candidate any more.
    await fake.host.userEdit(BATCHES_SHEET, 'H6', 7);
    const { batches } = await read();
    expect(otherBatchesFor(batches, 'B001').map((b) => b.batchId)).toEqual(['B002']);
    expect(otherBatchesFor(batches, 'B002').map((b) => b.batchId)).toEqual(['B001']);
    expect(otherBatchesFor(batches, 'B004')).toEqual([]);
    expect(otherBatchesFor(batches, fifth.batchId)).toEqual([]);
    expect(otherBatchesFor(batches, 'B999')).toEqual([]);
  });
});

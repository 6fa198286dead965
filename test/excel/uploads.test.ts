import { type ExportSettings, planExport, uploadBatchKey } from '../../src/core';
import { createBatch } from '../../src/excel/createBatch';
import { readBatches } from '../../src/excel/readBatches';
import { columnLetter } from '../../src/excel/a1Address';
import { BATCHES_SHEET, BATCH_COLUMNS } from '../../src/excel/batchTable';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_SHEET } from '../../src/excel/exportLogTable';
import { markUploaded, undoMarkUploaded } from '../../src/excel/markUploaded';
import { readRegistrationSheet } from '../../src/excel/readRegistrationSheet';
import { formatLogTime } from '../../src/excel/exportLogText';
import { ISO_TIME_NOTE } from '../../src/excel/isoDateNotes';
import { recordExport } from '../../src/excel/recordExport';
import { readUploadChecklist } from '../../src/excel/readUploadChecklist';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28, 12);
const SETTINGS: ExportSettings = { encoding: 'utf-8-bom', linesPerFile: 4 };
const EXPORT_TIME = new Date(2026, 10, 28, 9, 0, 0);
const person = (n: number): string =>
  makeInsz({ year: 1950 + n, month: 1 + (n % 12), day: 1 + (n % 28), serial: 900 + n });

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

/** A batch with `rows` registrations typed on its sheet; returns the sheet name. */
async function batchWithRows(date: string, rows: number, first = 0): Promise<string> {
  const result = await Excel.run((context) =>
    createBatch(context, {
      fields: {
        toedienerInsz: makeInsz({ year: 1980, month: 1, day: 1, serial: 997 }),
        gratisVoorraad: 'Ja',
        datumToediening: date,
        immunisatieproduct: 'Vaxigrip Tetra',
        dosis: 0.5,
        lotnummer: 'AB12',
      },
      today: TODAY,
      settings: { linesPerFile: 100 },
    }),
  );
  if (!result.ok) throw new Error('createBatch failed');
  const { sheetName } = result.value;
  for (let i = 0; i < rows; i++) {
    fake.host.setCell(sheetName, `A${i + 2}`, { value: person(first + i), numberFormat: '@' });
  }
  return sheetName;
}

/** Exports the batch of a sheet as the Export tab does: read, plan, record. Returns the files. */
async function exportSheet(sheetName: string, settings = SETTINGS) {
  return Excel.run(async (context) => {
    const state = await readBatches(context, { today: TODAY });
    const record = state.batches.find((batch) => batch.sheetName === sheetName);
    if (record === undefined || !record.metadata.ok) throw new Error('no batch');
    const read = await readRegistrationSheet(context, sheetName);
    if (!read.ok) throw new Error('no sheet');
    const plan = planExport({
      rows: read.value.rows,
      batch: record.metadata.value,
      batchId: record.batchId,
      today: TODAY,
      settings,
    });
    const recorded = await recordExport(context, {
      batchId: record.batchId,
      sheetName,
      files: plan.files,
      blockedRows: [],
      encoding: plan.encoding,
      time: EXPORT_TIME,
    });
    if (!recorded.ok) throw new Error('not recorded');
    return plan.files;
  });
}

const checklist = (settings = SETTINGS) =>
  Excel.run((context) => readUploadChecklist(context, { today: TODAY, settings }));

const column = (columns: readonly { key: string }[], key: string): string =>
  columnLetter(columns.findIndex((c) => c.key === key));

describe('readUploadChecklist', () => {
  test('re-made files are byte for byte the logged ones; the states and the order follow', async () => {
    const late = await batchWithRows('2026-11-27', 5); // B001: 2 files
    const early = await batchWithRows('2026-11-25', 1, 10); // B002: 1 file, one registration
    await batchWithRows('2026-11-26', 2, 20); // B003: not exported
    const files = await exportSheet(late);
    await exportSheet(early);

    const list = await checklist({ encoding: 'windows-1252', linesPerFile: 100 }); // settings changed since
    expect(list?.overview.items.map((i) => [i.batchId, i.state, i.registrations, i.files.length])).toEqual([
      ['B002', 'pending', 1, 1],
      ['B003', 'not_exported', 2, 0],
      ['B001', 'pending', 5, 2],
    ]);
    expect(list?.overview.counts).toMatchObject({ batchesLeft: 3, filesLeft: 4, filesUploaded: 0 });
    const remade = list?.remade.get(uploadBatchKey('B001'));
    expect(remade?.kind === 'remade' && remade.matches).toBe(true);
    if (remade?.kind !== 'remade') throw new Error('not remade');
    expect(remade.plan.files.map((f) => Buffer.from(f.bytes).toString('hex'))).toEqual(
      files.map((f) => Buffer.from(f.bytes).toString('hex')),
    );
  });

  test('an edited row, a deleted sheet, deleted log rows: each is a change, never a verified file', async () => {
    const edited = await batchWithRows('2026-11-25', 2);
    const deleted = await batchWithRows('2026-11-26', 2, 10);
    const unlogged = await batchWithRows('2026-11-27', 2, 20);
    await exportSheet(edited);
    await exportSheet(deleted);
    await exportSheet(unlogged);
    fake.host.setCell(edited, 'A3', { value: person(40), numberFormat: '@' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(deleted).delete();
      // The log's third row (B003's only file) is deleted by the user.
      context.workbook.tables.getItem('tblExportLog').rows.getItemAt(2).delete();
      await context.sync();
    });
    const list = await checklist();
    expect(list?.overview.items.map((i) => [i.batchId, i.state, i.change])).toEqual([
      ['B001', 'changed', 'bytes_differ'],
      ['B002', 'changed', 'sheet_missing'],
      ['B003', 'changed', 'log_missing'],
    ]);
    const remade = list?.remade.get('B001');
    expect(remade?.kind === 'remade' && remade.matches).toBe(false);
  });
});

describe('markUploaded and undo', () => {
  test('marks the log rows of the last export and the batch row with the time; undo puts back what was there', async () => {
    const sheet = await batchWithRows('2026-11-25', 4);
    await exportSheet(sheet); // 2 files
    const before = fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('A2:I3');
    const batchBefore = fake.host.inspect.sheet(BATCHES_SHEET).values('A2:S2');
    const markTime = new Date(2026, 11, 2, 14, 30, 5);
    const marked = await Excel.run((context) => markUploaded(context, { batchId: 'B001', time: markTime }));
    expect(marked.ok && [marked.value.files, marked.value.batchRowUpdated]).toEqual([2, true]);

    const log = fake.host.inspect.sheet(EXPORT_LOG_SHEET);
    const logUploaded = column(EXPORT_LOG_COLUMNS, 'uploaded');
    // "Opgeladen op" is appended after the last column on first use.
    const logAt = columnLetter(EXPORT_LOG_COLUMNS.length);
    expect(log.values(`${logAt}1`)).toEqual([['Opgeladen op']]);
    expect(log.values(`${logUploaded}2:${logUploaded}3`)).toEqual([['Ja'], ['Ja']]);
    expect(log.values(`${logAt}2:${logAt}3`)).toEqual([[formatLogTime(markTime)], [formatLogTime(markTime)]]);
    const batches = fake.host.inspect.sheet(BATCHES_SHEET);
    const batchUploaded = column(BATCH_COLUMNS, 'uploaded');
    const batchAt = columnLetter(BATCH_COLUMNS.length);
    expect(batches.values(`${batchAt}1`)).toEqual([['Opgeladen op']]);
    expect(batches.values(`${batchUploaded}2`)).toEqual([['Ja']]);
    expect(batches.values(`${batchAt}2`)).toEqual([[formatLogTime(markTime)]]);
    // Issue #13: an ISO time a person reads says on its header that the add-in reads it, as
    // "Tijdstip" and "Laatste export" do (isoDateNotes.ts).
    const headerNote = (sheet: string, cell: string) =>
      fake.host.inspect
        .sheet(sheet)
        .dataValidations()
        .filter((v) => v.rule === null && v.ranges.includes(`${sheet}!${cell}`))
        .map((v) => v.prompt);
    expect(headerNote(EXPORT_LOG_SHEET, `${logAt}1`)).toEqual([{ showPrompt: true, ...ISO_TIME_NOTE }]);
    expect(headerNote(BATCHES_SHEET, `${batchAt}1`)).toEqual([{ showPrompt: true, ...ISO_TIME_NOTE }]);
    expect((await checklist())?.overview.items[0]?.state).toBe('uploaded');

    if (!marked.ok) throw new Error('not marked');
    const restored = await Excel.run((context) => undoMarkUploaded(context, marked.value.undo));
    expect(restored).toEqual({ logRows: 2, batchRow: true });
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('A2:I3')).toEqual(before);
    expect(batches.values('A2:S2')).toEqual(batchBefore);
    expect(log.values(`${logAt}2:${logAt}3`)).toEqual([[''], ['']]);
    expect(batches.values(`${batchAt}2`)).toEqual([['']]);
    expect((await checklist())?.overview.items[0]?.state).toBe('pending');
  });

  test('a marked batch asks before it is exported again (the re-export guard reads the same cells)', async () => {
    const sheet = await batchWithRows('2026-11-25', 1);
    await exportSheet(sheet);
    await Excel.run((context) => markUploaded(context, { batchId: 'B001', time: TODAY }));
    await expect(exportSheet(sheet)).rejects.toThrow('not recorded');
  });

  test('undo finds its rows again after the user sorted the log', async () => {
    const a = await batchWithRows('2026-11-25', 1);
    const b = await batchWithRows('2026-11-26', 1, 10);
    await exportSheet(a);
    await exportSheet(b);
    const marked = await Excel.run((context) => markUploaded(context, { batchId: 'B001', time: TODAY }));
    if (!marked.ok) throw new Error('not marked');
    // The user swaps the two log rows (as a sort would).
    const log = fake.host.inspect.sheet(EXPORT_LOG_SHEET);
    const [row2, row3] = [log.values('A2:J2')[0] ?? [], log.values('A3:J3')[0] ?? []];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(EXPORT_LOG_SHEET);
      sheet.getRange('A2:J2').values = [row3];
      sheet.getRange('A3:J3').values = [row2];
      await context.sync();
    });
    await Excel.run((context) => undoMarkUploaded(context, marked.value.undo));
    const uploaded = column(EXPORT_LOG_COLUMNS, 'uploaded');
    expect(log.values(`A2:B3`).map((r) => r[1])).toEqual(['B002', 'B001']);
    expect(log.values(`${uploaded}2:${uploaded}3`)).toEqual([['Nee'], ['Nee']]);
  });

  test('marked, then its log rows deleted: still uploaded, by the export evidence (issue #10)', async () => {
    const sheet = await batchWithRows('2026-11-25', 1);
    await exportSheet(sheet);
    await Excel.run((context) => markUploaded(context, { batchId: 'B001', time: TODAY }));
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('tblExportLog').rows.getItemAt(0).delete();
      // The batch row's mark is cleared by hand as well: only the evidence is left.
      const uploaded = column(BATCH_COLUMNS, 'uploaded');
      context.workbook.worksheets.getItem(BATCHES_SHEET).getRange(`${uploaded}2`).values = [['Nee']];
      await context.sync();
    });
    const item = (await checklist())?.overview.items[0];
    expect([item?.state, item?.filesUploaded]).toEqual(['uploaded', 1]);
  });

  test('a batch the workbook does not know: nothing written', async () => {
    await batchWithRows('2026-11-25', 1);
    const result = await Excel.run((context) => markUploaded(context, { batchId: 'B099', time: TODAY }));
    expect(result).toEqual({ ok: false, reason: 'not_found' });
  });
});

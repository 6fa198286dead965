import { EVIDENCE_HEADER, EVIDENCE_SHEET, readExportEvidence } from '../../src/excel/exportEvidence';
import { BATCHES_SHEET } from '../../src/excel/batchTable';
import { EXPORT_LOG_SHEET, EXPORT_LOG_TABLE } from '../../src/excel/exportLogTable';
import { markFilesUploaded } from '../../src/excel/markFilesUploaded';
import { type ExportedFile, type RecordExportInput, recordExport } from '../../src/excel/recordExport';
import { checkReexport } from '../../src/excel/reexportCheck';
import type { InstalledFakeExcel } from '../../src/fake-excel';
import { workbookWithBatch } from '../support/batchWorkbook';

/*
 * Issue #10: the uploaded guard survives the user. After "Ja" in the log, deleting the log table,
 * the Exportlog sheet or only that log row must not let the batch export again without asking.
 * The user's deletions are made through the API calls that do what Excel's own commands do
 * (Table.delete, Worksheet.delete, TableRow.delete).
 */

const TODAY = new Date(2026, 10, 28);
const NAME_1 = 'vaccinnet_20261120_B001_vaxigrip_1-2.csv';
const NAME_2 = 'vaccinnet_20261120_B001_vaxigrip_2-2.csv';

function file(part: number, name: string, sha256: string): ExportedFile {
  return { name, sha256, rows: [part + 1], part, parts: 2 };
}

let fake: InstalledFakeExcel;
let sheetName = '';
beforeEach(async () => {
  ({ fake, sheetName } = await workbookWithBatch(TODAY));
});
afterEach(() => fake.uninstall());

const input = (overrides: Partial<RecordExportInput> = {}): RecordExportInput => ({
  batchId: 'B001',
  sheetName,
  // A hash of digits only: must come back as text from the evidence too.
  files: [file(1, NAME_1, `000${'0123456789'.repeat(6)}9`), file(2, NAME_2, 'ab'.repeat(32))],
  blockedRows: [],
  encoding: 'utf-8-bom',
  time: new Date(2026, 10, 28, 9, 5, 7),
  ...overrides,
});
const record = (value: RecordExportInput) => Excel.run((context) => recordExport(context, value));
const check = () => Excel.run((context) => checkReexport(context, 'B001'));

/** The user's deletions, as Excel's own commands do them. */
const userDeletes = {
  logTable: () =>
    Excel.run(async (context) => {
      context.workbook.tables.getItem(EXPORT_LOG_TABLE).delete();
      await context.sync();
    }),
  logSheet: () =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(EXPORT_LOG_SHEET).delete();
      await context.sync();
    }),
  logRow: (index: number) =>
    Excel.run(async (context) => {
      context.workbook.tables.getItem(EXPORT_LOG_TABLE).rows.getItemAt(index).delete();
      await context.sync();
    }),
};

describe('the export evidence', () => {
  test('each export keeps its files in a very hidden sheet, as text, in the same write as the log', async () => {
    fake.host.resetStats();
    await record(input());
    // probe + read + one write: the evidence costs no extra sync.
    expect(fake.host.stats.syncs).toBe(3);
    const store = fake.host.inspect.sheet(EVIDENCE_SHEET);
    expect(store.visibility).toBe('VeryHidden');
    expect(store.values('A1:F3')).toEqual([
      [...EVIDENCE_HEADER],
      ['B001', NAME_1, `000${'0123456789'.repeat(6)}9`, '2026-11-28 09:05:07', 'Nee', ''],
      ['B001', NAME_2, 'ab'.repeat(32), '2026-11-28 09:05:07', 'Nee', ''],
    ]);
    expect(store.valueTypes('C2')).toEqual([['String']]);
    const evidence = await Excel.run((context) => readExportEvidence(context, 'b001'));
    expect(evidence.map((item) => [item.fileName, item.uploaded])).toEqual([
      [NAME_1, false],
      [NAME_2, false],
    ]);
  });

  test.each([
    ['the log table', () => userDeletes.logTable()],
    ['the Exportlog sheet', () => userDeletes.logSheet()],
    ['only the log row marked Ja', () => userDeletes.logRow(1)],
  ])('after "Ja" in the log, deleting %s still asks before exporting again', async (_label, remove) => {
    await record(input());
    await fake.host.userEdit(EXPORT_LOG_SHEET, 'I3', 'Ja');
    await remove();
    const asked = await check();
    expect(asked.mustConfirm).toBe(true);
    expect(asked.missingFromLog).toContain(NAME_2);
    const refused = await record(input({ time: new Date(2026, 10, 30) }));
    expect(refused).toMatchObject({ ok: false, reason: 'confirmation_required' });
  });

  test('a "Ja" the add-in has seen stays known: the log set back to Nee, or deleted, still asks', async () => {
    await record(input());
    await fake.host.userEdit(EXPORT_LOG_SHEET, 'I3', 'Ja');
    expect((await check()).uploadedFiles).toEqual([NAME_2]);
    expect(fake.host.inspect.sheet(EVIDENCE_SHEET).values('E3')).toEqual([['Ja']]);
    await fake.host.userEdit(EXPORT_LOG_SHEET, 'I3', 'Nee');
    expect(await check()).toMatchObject({ mustConfirm: true, uploadedFiles: [NAME_2], missingFromLog: [] });
    await userDeletes.logSheet();
    expect(await check()).toMatchObject({ mustConfirm: true, uploadedFiles: [NAME_2] });
  });

  test('a confirmed re-export settles the deleted log rows: asked once, not at every export', async () => {
    await record(input());
    await userDeletes.logRow(0);
    expect(await check()).toMatchObject({ mustConfirm: true, missingFromLog: [NAME_1] });
    const accepted = await record(input({ time: new Date(2026, 10, 30), confirmReexport: true }));
    expect(accepted.ok).toBe(true);
    expect(await check()).toMatchObject({ mustConfirm: false, missingFromLog: [] });
    // Nothing of the evidence is dropped: the first export's rows stay, the second's are added.
    expect(
      fake.host.inspect
        .sheet(EVIDENCE_SHEET)
        .values('A2:B5')
        .map((row) => row[1]),
    ).toEqual([NAME_1, NAME_2, NAME_1, NAME_2]);
  });

  test('a batch row counting more files than the log and the evidence know asks (an older version, log deleted)', async () => {
    // An export recorded before the evidence existed: the batch row says 2 files, the log is gone.
    await fake.host.userEdit(BATCHES_SHEET, 'O2:R2', [[130, 2, '0', '2026-11-28 09:05:07']]);
    expect(await check()).toMatchObject({ mustConfirm: true, batchRowAhead: true });
  });

  test('markFilesUploaded sets the log and the evidence; deleting the log afterwards still asks', async () => {
    await record(input());
    const marked = await Excel.run((context) =>
      markFilesUploaded(context, { batchId: 'B001', fileNames: [NAME_1] }),
    );
    expect(marked).toEqual({ logRows: 1, evidenceFiles: 1 });
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('I2:I3')).toEqual([['Ja'], ['Nee']]);
    await userDeletes.logTable();
    expect(await check()).toMatchObject({ mustConfirm: true, uploadedFiles: [NAME_1] });
  });

  test('an untouched export does not ask', async () => {
    await record(input());
    expect(await check()).toMatchObject({ mustConfirm: false, missingFromLog: [], batchRowAhead: false });
  });
});

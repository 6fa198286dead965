import { DEFAULT_LISTS } from '../../src/core/lists';
import { createBatch } from '../../src/excel/createBatch';
import { BATCHES_SHEET, BATCHES_TABLE, BATCH_COLUMNS } from '../../src/excel/batchTable';
import { LISTS_SHEET, LIST_DEFINITIONS } from '../../src/excel/dropDownLists';
import { ISO_DATE_NOTE, ISO_TIME_NOTE } from '../../src/excel/isoDateNotes';
import { EXPORT_LOG_COLUMNS, EXPORT_LOG_SHEET, EXPORT_LOG_TABLE } from '../../src/excel/exportLogTable';
import { setupChangedWorkbook, setupWorkbook } from '../../src/excel/setupWorkbook';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { exportBatchInput } from '../support/batchWorkbook';
import { makeInsz } from '../support/syntheticInsz';
import { workbookState } from '../support/workbookState';

const setup = () => Excel.run((context) => setupWorkbook(context));

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

describe('setupWorkbook on a fresh workbook', () => {
  test('creates the batch table, the export log and the lists in two syncs', async () => {
    const report = await setup();
    expect(report.createdSheets).toEqual([BATCHES_SHEET, EXPORT_LOG_SHEET, LISTS_SHEET]);
    expect(report.createdTables).toEqual([
      BATCHES_TABLE,
      EXPORT_LOG_TABLE,
      ...LIST_DEFINITIONS.map((l) => l.tableName),
    ]);
    expect(fake.host.stats.syncs).toBe(2);

    const inspect = fake.host.inspect;
    expect(inspect.sheetNames()).toEqual(['Blad1', 'Batches', 'Exportlog', 'Lijsten']);
    const [batches] = inspect.sheet(BATCHES_SHEET).tables();
    expect(batches?.name).toBe('tblBatches');
    expect(batches?.headers).toEqual(BATCH_COLUMNS.map((c) => c.header));
    expect(batches?.headers).toEqual([
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
      'Niet geëxporteerd',
      'Laatste export',
      'Opgeladen in Vaccinnet',
    ]);
    const [log] = inspect.sheet(EXPORT_LOG_SHEET).tables();
    expect(log?.name).toBe('tblExportLog');
    expect(log?.headers).toEqual(EXPORT_LOG_COLUMNS.map((c) => c.header));
    expect(log?.headers).toEqual([
      'Tijdstip',
      'Batch',
      'Blad',
      'Bestandsnaam',
      'Deel (k/n)',
      'Rijen',
      'SHA-256',
      'Codering',
      'Opgeladen in Vaccinnet',
    ]);
    expect(inspect.sheet(BATCHES_SHEET).frozenRows).toBe(1);
    expect(inspect.sheet(EXPORT_LOG_SHEET).frozenRows).toBe(1);
  });

  test("the lists sheet holds SPEC's default lists, and no invented product", async () => {
    await setup();
    const lists = fake.host.inspect.sheet(LISTS_SHEET);
    const tables = new Map(lists.tables().map((t) => [t.name, t]));
    for (const list of LIST_DEFINITIONS) {
      const table = tables.get(list.tableName);
      expect(table?.headers).toEqual([list.header]);
      const body = lists.values(table?.dataBodyAddress.split('!')[1] ?? '').map((row) => row[0]);
      const expected = DEFAULT_LISTS[list.key];
      // A header-only table has one blank data row, as in Excel.
      expect(body).toEqual(expected.length === 0 ? [''] : [...expected]);
    }
    expect(DEFAULT_LISTS.immunisatieproduct).toEqual([]);
  });

  test('each list has a workbook name on its table column; the drop-downs use the names', async () => {
    await setup();
    const names = fake.host.inspect.workbook().names;
    expect(names.map((n) => [n.name, n.formula])).toEqual([
      ['lst_immunisatieproduct', '=tblLijstImmunisatieproduct[Immunisatieproduct]'],
      ['lst_toedieningswijze', '=tblLijstToedieningswijze[Toedieningswijze]'],
      ['lst_typeprofylaxe', '=tblLijstTypeProfylaxe[Type profylaxe]'],
      ['lst_lichaamsdeel', '=tblLijstLichaamsdeel[Lichaamsdeel]'],
      ['lst_lichaamszijde', '=tblLijstLichaamszijde[Lichaamszijde]'],
    ]);
    const validations = fake.host.inspect
      .sheet(BATCHES_SHEET)
      .dataValidations()
      .filter((v) => v.rule !== null)
      .map((v) => ({
        ranges: v.ranges,
        source: (v.rule?.list as { source?: string })?.source,
        strict: v.errorAlert.showAlert,
      }));
    expect(validations).toEqual([
      { ranges: ['Batches!E2:E1048576'], source: 'Ja,Nee', strict: true },
      // Free text in SPEC: the list helps typing but any product is accepted.
      { ranges: ['Batches!G2:G1048576'], source: '=lst_immunisatieproduct', strict: false },
      { ranges: ['Batches!J2:J1048576'], source: '=lst_toedieningswijze', strict: true },
      { ranges: ['Batches!K2:K1048576'], source: '=lst_typeprofylaxe', strict: true },
      { ranges: ['Batches!L2:L1048576'], source: '=lst_lichaamsdeel', strict: true },
      { ranges: ['Batches!M2:M1048576'], source: '=lst_lichaamszijde', strict: true },
      { ranges: ['Batches!S2:S1048576'], source: 'Ja,Nee', strict: true },
    ]);
    const logValidations = fake.host.inspect
      .sheet(EXPORT_LOG_SHEET)
      .dataValidations()
      .filter((v) => v.rule !== null);
    expect(logValidations.map((v) => v.ranges)).toEqual([['Exportlog!I2:I1048576']]);
  });

  test('the header cells of the ISO date and time columns say that the add-in reads them (issue #13)', async () => {
    await setup();
    const notes = (sheet: string) =>
      fake.host.inspect
        .sheet(sheet)
        .dataValidations()
        .filter((v) => v.rule === null)
        .map((v) => ({ ranges: v.ranges, type: v.type, prompt: v.prompt }));
    // An input message without a rule: shown when the header cell is selected, nothing refused.
    expect(notes(BATCHES_SHEET)).toEqual([
      { ranges: ['Batches!F1'], type: 'None', prompt: { showPrompt: true, ...ISO_DATE_NOTE } },
      { ranges: ['Batches!R1'], type: 'None', prompt: { showPrompt: true, ...ISO_TIME_NOTE } },
    ]);
    expect(notes(EXPORT_LOG_SHEET)).toEqual([
      { ranges: ['Exportlog!A1'], type: 'None', prompt: { showPrompt: true, ...ISO_TIME_NOTE } },
    ]);
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('F1:F1')).toEqual([['Datum toediening']]);
  });

  test("the header notes fit Excel's input message (title 32, message 255 characters)", () => {
    for (const note of [ISO_DATE_NOTE, ISO_TIME_NOTE]) {
      expect(note.title.length).toBeLessThanOrEqual(32);
      expect(note.message.length).toBeLessThanOrEqual(255);
      expect(note.message).toMatch(/^JJJJ-MM-DD/u);
    }
  });

  test('text columns are text (@) before anything is typed in them', async () => {
    await setup();
    expect(fake.host.inspect.sheet(BATCHES_SHEET).columnNumberFormats()).toEqual({
      A: '@',
      B: '@',
      C: '@',
      D: '@',
      E: '@',
      F: '@',
      G: '@',
      I: '@',
      J: '@',
      K: '@',
      L: '@',
      M: '@',
      N: '@',
      Q: '@',
      R: '@',
      S: '@',
    });
    // Deel (k/n) "1/2" would become a date under General; SHA-256 digits a number.
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).columnNumberFormats()).toEqual({
      A: '@',
      B: '@',
      C: '@',
      D: '@',
      E: '@',
      G: '@',
      H: '@',
      I: '@',
    });
    // A lot number or INSZ typed by the user keeps its leading zero.
    await fake.host.userEdit(BATCHES_SHEET, 'C2', '01490700185');
    expect(fake.host.inspect.sheet(BATCHES_SHEET).cell('C2')).toMatchObject({
      value: '01490700185',
      valueType: 'String',
    });
  });
});

describe('setupWorkbook is idempotent', () => {
  test('a second run changes nothing, writes nothing and takes one sync', async () => {
    await setup();
    const before = workbookState(fake.host);
    fake.host.resetStats();
    const report = await setup();
    expect(report).toEqual({
      createdSheets: [],
      createdTables: [],
      adoptedTables: [],
      createdNames: [],
      tables: {},
    });
    expect(workbookState(fake.host)).toEqual(before);
    expect(fake.host.stats.syncs).toBe(1);
    expect(fake.host.stats.formatCallsTotal).toBe(0);
  });

  test("the user's list edits, cell changes and formatting survive a new set-up", async () => {
    await setup();
    // The user renames an item, adds two list rows (as Excel's table auto-expansion does when
    // typing under a table), adds a product, and colours a cell.
    await fake.host.userEdit(LISTS_SHEET, 'C3', 'Subcutaan (SC)');
    await Excel.run(async (context) => {
      context.workbook.tables
        .getItem('tblLijstToedieningswijze')
        .rows.add(undefined, [['Intra-articulair'], ['Percutaan']]);
      context.workbook.tables.getItem('tblLijstImmunisatieproduct').getDataBodyRange().values = [
        ['Vaxigrip Tetra'],
      ];
      await context.sync();
    });
    fake.host.setCell(LISTS_SHEET, 'C2', { fill: '#FF0000' });
    fake.host.setCell(BATCHES_SHEET, 'N2', { value: 'eigen notitie' });
    const before = workbookState(fake.host);

    const report = await setup();
    expect(report.createdTables).toEqual([]);
    expect(report.createdNames).toEqual([]);
    expect(workbookState(fake.host)).toEqual(before);
    const lists = fake.host.inspect.sheet(LISTS_SHEET);
    expect(lists.values('C2:C11').map((row) => row[0])).toEqual([
      'Intramusculair',
      'Subcutaan (SC)',
      'Intradermaal',
      'Oraal',
      'Intranasaal',
      'Intraveneus',
      'Onbekend',
      'Andere',
      'Intra-articulair',
      'Percutaan',
    ]);
    expect(lists.fill('C2')).toBe('#FF0000');
    // One validation per drop-down column and header note, as before: none added twice.
    expect(fake.host.inspect.sheet(BATCHES_SHEET).dataValidations()).toHaveLength(9);
  });

  test('a deleted sheet is created again; the rest is left as it is', async () => {
    await setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(EXPORT_LOG_SHEET).delete();
      await context.sync();
    });
    const batchesBefore = workbookState(fake.host).sheets.find((s) => s.name === BATCHES_SHEET);
    const report = await setup();
    expect(report.createdSheets).toEqual([EXPORT_LOG_SHEET]);
    expect(report.createdTables).toEqual([EXPORT_LOG_TABLE]);
    expect(report.createdNames).toEqual([]);
    expect(workbookState(fake.host).sheets.find((s) => s.name === BATCHES_SHEET)).toEqual(batchesBefore);
    expect(
      fake.host.inspect
        .sheet(EXPORT_LOG_SHEET)
        .tables()
        .map((t) => t.name),
    ).toEqual([EXPORT_LOG_TABLE]);
  });

  test('a deleted list name is created again, nothing else', async () => {
    await setup();
    await Excel.run(async (context) => {
      context.workbook.names.getItem('lst_lichaamszijde').delete();
      await context.sync();
    });
    const report = await setup();
    expect(report.createdNames).toEqual(['lst_lichaamszijde']);
    expect(report.createdTables).toEqual([]);
    expect(fake.host.inspect.workbook().names.map((n) => n.name)).toHaveLength(5);
  });
});

describe('setupWorkbook never overwrites user data', () => {
  test("a user's own sheet called Batches keeps its cells; the batch table goes to Batches (2)", async () => {
    fake.uninstall();
    fake = installFakeExcel(globalThis, {
      sheets: [
        {
          name: 'Batches',
          rows: [
            ['Mijn', 'eigen'],
            ['gegevens', 42],
          ],
        },
      ],
    });
    const before = fake.host.inspect.sheet('Batches').cells();
    const report = await setup();
    expect(report.createdSheets).toEqual(['Batches (2)', EXPORT_LOG_SHEET, LISTS_SHEET]);
    expect(fake.host.inspect.sheet('Batches').cells()).toEqual(before);
    expect(fake.host.inspect.sheet('Batches').tables()).toEqual([]);
    expect(
      fake.host.inspect
        .sheet('Batches (2)')
        .tables()
        .map((t) => t.name),
    ).toEqual([BATCHES_TABLE]);

    // The add-in finds its table by name, wherever it is.
    const created = await Excel.run((context) =>
      createBatch(context, exportBatchInput(new Date(2026, 10, 28))),
    );
    expect(created.ok).toBe(true);
    expect(fake.host.inspect.sheet('Batches (2)').values('A2:B2')).toEqual([
      ['B001', 'B001 Vaxigrip 20-11-2026'],
    ]);
    expect(fake.host.inspect.sheet('Batches').cells()).toEqual(before);
  });

  test('a table the user converted to a range is rebuilt over its data, which is kept', async () => {
    await setup();
    const fields = {
      toedienerInsz: makeInsz({ year: 1985, month: 7, day: 30, serial: 901 }),
      gratisVoorraad: 'Nee',
      datumToediening: '2026-11-20',
      immunisatieproduct: 'Vaxigrip',
      dosis: '0,5',
    };
    const options = { fields, today: new Date(2026, 10, 28), settings: { linesPerFile: 100 } };
    await Excel.run((context) => createBatch(context, options));
    await Excel.run((context) => createBatch(context, options));
    await Excel.run(async (context) => {
      context.workbook.tables.getItem(BATCHES_TABLE).convertToRange();
      await context.sync();
    });
    const cellsBefore = fake.host.inspect.sheet(BATCHES_SHEET).cells();

    const report = await setup();
    expect(report.adoptedTables).toEqual([BATCHES_TABLE]);
    expect(report.createdTables).toEqual([]);
    const [table] = fake.host.inspect.sheet(BATCHES_SHEET).tables();
    expect(table).toMatchObject({ name: BATCHES_TABLE, address: 'Batches!A1:S3', dataRowCount: 2 });
    expect(fake.host.inspect.sheet(BATCHES_SHEET).cells()).toEqual(cellsBefore);

    // And the next batch continues the numbering below the kept rows.
    const third = await Excel.run((context) => createBatch(context, options));
    expect(third.ok && third.value.batchId).toBe('B003');
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('A2:A4')).toEqual([['B001'], ['B002'], ['B003']]);
  });

  test("a range with an earlier version's batch headers (no Niet geëxporteerd) is rebuilt over them, as wide as they are", async () => {
    // Version 0.1's batch table, converted to a range by the user, with a note right of it.
    const earlier = BATCH_COLUMNS.filter((c) => c.key !== 'notExported').map((c) => c.header);
    expect(earlier).toHaveLength(18);
    fake.uninstall();
    fake = installFakeExcel(globalThis, {
      sheets: [
        {
          name: BATCHES_SHEET,
          rows: [
            [...earlier, 'Mijn notities'],
            ['B001', 'B001 Vaxigrip 20-11-2026', '', '', 'Ja', '2026-11-20', 'Vaxigrip', 1],
            ['B002', 'B002 Vaxigrip 20-11-2026', '', '', 'Ja', '2026-11-20', 'Vaxigrip', 1],
          ],
        },
      ],
    });
    const cellsBefore = fake.host.inspect.sheet(BATCHES_SHEET).cells();
    const report = await setup();
    expect(report.adoptedTables).toEqual([BATCHES_TABLE]);
    expect(report.createdSheets).toEqual([EXPORT_LOG_SHEET, LISTS_SHEET]);
    const [table] = fake.host.inspect.sheet(BATCHES_SHEET).tables();
    expect(table).toMatchObject({ name: BATCHES_TABLE, address: 'Batches!A1:R3', headers: earlier });
    expect(fake.host.inspect.sheet(BATCHES_SHEET).cells()).toEqual(cellsBefore);
    // "Niet geëxporteerd" is added by the first export that records it (recordExport.test.ts).
    expect(setupChangedWorkbook(await setup())).toBe(false);
  });
});

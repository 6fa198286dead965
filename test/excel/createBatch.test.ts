import { checkLinesPerFile } from '../../src/core/settings';
import type { BatchField } from '../../src/core/types';
import { birthDateInvalidFormula } from '../../src/excel/birthDateFormulas';
import { edgeWhitespaceFormula } from '../../src/excel/edgeWhitespaceFormula';
import { identityCellsOfRow, identityMissingFormula } from '../../src/excel/identityFormula';
import { inszInvalidFormula } from '../../src/excel/inszFormula';
import { postcodeInvalidFormula } from '../../src/excel/postcodeFormula';
import { overLimitBands } from '../../src/excel/overLimitBands';
import { type CreateBatchInput, createBatch, nextBatchId } from '../../src/excel/createBatch';
import { BATCHES_SHEET } from '../../src/excel/batchTable';
import { LISTS_SHEET } from '../../src/excel/dropDownLists';
import { EXPORT_LOG_SHEET } from '../../src/excel/exportLogTable';
import { REGISTRATION_HEADER_FILL } from '../../src/excel/registrationLayout';
import { recordExport } from '../../src/excel/recordExport';
import { setupWorkbook } from '../../src/excel/setupWorkbook';
import { loadExportSettings } from '../../src/taskpane/officeSettings';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { batchInput } from '../support/batchInput';
import { makeInsz } from '../support/syntheticInsz';
import { workbookState } from '../support/workbookState';

const TODAY = new Date(2026, 10, 28);
function input(fields: Partial<Record<BatchField, unknown>> = {}, linesPerFile = 100): CreateBatchInput {
  return batchInput(TODAY, fields, linesPerFile);
}

const create = (value: CreateBatchInput = input()) => Excel.run((context) => createBatch(context, value));

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

describe('nextBatchId', () => {
  test.each([
    ['the first batch', [], 'B001'],
    ['one more than the highest', ['B001', 'B002'], 'B003'],
    ['gaps are not filled (an id is never reused)', ['B001', 'B007'], 'B008'],
    ['case and spaces are ignored', [' b004 '], 'B005'],
    ['other texts are ignored', ['X12', '', 'B', 'B1x'], 'B001'],
    ['past 999 the number grows', ['B999'], 'B1000'],
  ])('%s', (_label, existing, expected) => {
    expect(nextBatchId(existing)).toBe(expected);
  });
});

describe('createBatch', () => {
  test('creates the registration sheet: headers, text columns, frozen styled header, widths, A2 selected', async () => {
    const result = await create();
    expect(result).toMatchObject({
      ok: true,
      value: { batchId: 'B001', sheetName: 'B001 Vaxigrip 28-11-2026', row: 2 },
    });
    const sheetName = 'B001 Vaxigrip 28-11-2026';
    const sheet = fake.host.inspect.sheet(sheetName);
    expect(sheet.values('A1:E1')).toEqual([['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']]);
    expect(sheet.valueTypes('A1:E1')).toEqual([['String', 'String', 'String', 'String', 'String']]);
    expect(sheet.columnNumberFormats()).toEqual({ A: '@', B: '@', C: '@', D: '@', E: '@' });
    expect(sheet.frozenRows).toBe(1);
    for (const address of ['A1', 'B1', 'C1', 'D1', 'E1']) {
      expect(sheet.cell(address)).toMatchObject({ fontBold: true, fill: REGISTRATION_HEADER_FILL });
    }
    expect(sheet.cell('A2')).toMatchObject({ fontBold: false, fill: null });
    expect(Object.keys(sheet.columnWidths())).toEqual(['A', 'B', 'C', 'D', 'E']);
    const workbook = fake.host.inspect.workbook();
    expect(workbook.activeSheet).toBe(sheetName);
    expect(workbook.selection).toBe(`'${sheetName}'!A2`);
  });

  test('values typed later stay text: a birth date with a leading zero and INSZ numbers of the 2000s', async () => {
    await create();
    const sheetName = 'B001 Vaxigrip 28-11-2026';
    // Synthetic INSZ of people born in 2005 and 2001 (a BIS number): they start with 0.
    const born2005 = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
    const bis2001 = makeInsz({ year: 2001, month: 49, day: 7, serial: 1 });
    expect(born2005.startsWith('0')).toBe(true);
    expect(bis2001.startsWith('0149070')).toBe(true);

    // Typed by the user...
    await fake.host.userEdit(sheetName, 'A2:E2', [[born2005, 'Peeters', 'Jan', '01012000', '1000']]);
    // ...and written by the add-in (a compliant copy, a fix).
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).getRange('A3:D3').values = [
        [bis2001, 'Janssens', 'An', '05032005'],
      ];
      await context.sync();
    });
    const sheet = fake.host.inspect.sheet(sheetName);
    expect(sheet.values('A2:E3')).toEqual([
      [born2005, 'Peeters', 'Jan', '01012000', '1000'],
      [bis2001, 'Janssens', 'An', '05032005', ''],
    ]);
    expect(sheet.valueTypes('A2:D3')).toEqual([
      ['String', 'String', 'String', 'String'],
      ['String', 'String', 'String', 'String'],
    ]);

    // Control: the same typing on a sheet without the text format loses the zeros.
    await fake.host.userEdit('Blad1', 'A1:B1', [[born2005, '01012000']]);
    expect(fake.host.inspect.sheet('Blad1').values('A1:B1')).toEqual([[Number(born2005), 1012000]]);
  });

  test('puts the live conditional formats of registrationHighlights on the sheet, in priority order', async () => {
    await create(input({}, 50));
    const formats = fake.host.inspect.sheet('B001 Vaxigrip 28-11-2026').conditionalFormats();
    const bands = overLimitBands(2, 50);
    const sheet = "'B001 Vaxigrip 28-11-2026'!";
    const column = (letter: string) => `${sheet}${letter}2:${letter}1048576`;
    const identity = identityCellsOfRow(2);
    expect(
      formats.map((f) => ({ type: f.type, formula: f.formula, ranges: f.ranges, priority: f.priority })),
    ).toEqual(
      [
        [inszInvalidFormula('A2'), column('A')],
        [birthDateInvalidFormula('D2'), column('D')],
        [identityMissingFormula('A2', identity), column('A')],
        [identityMissingFormula('B2', identity), column('B')],
        [identityMissingFormula('D2', identity), column('D')],
        [edgeWhitespaceFormula('A2', identity), `${sheet}A2:E1048576`],
        [postcodeInvalidFormula('E2'), column('E')],
        [bands[0]?.formula, `${sheet}A2:E1048576`],
        [bands[1]?.formula, `${sheet}A2:E1048576`],
      ].map(([formula, range], priority) => ({ type: 'Custom', formula, ranges: [range], priority })),
    );
    expect(bands[0]?.formula).toContain('ROW()>=51'); // 50 lines, header included: file 2 from sheet row 51
  });

  test('adds the batch row: parsed values, text kept as text, not uploaded', async () => {
    await create(
      input({
        toedienerInsz: makeInsz({ year: 2001, month: 49, day: 7, serial: 1 }),
        organisatie: ' CLB Gent ',
        lotnummer: '012345',
        lichaamszijde: 'links',
        opmerkingen: 'griepcampagne',
      }),
    );
    const batches = fake.host.inspect.sheet(BATCHES_SHEET);
    expect(batches.values('A2:S2')).toEqual([
      [
        'B001',
        'B001 Vaxigrip 28-11-2026',
        makeInsz({ year: 2001, month: 49, day: 7, serial: 1 }),
        'CLB Gent',
        'Ja',
        '2026-11-28',
        'Vaxigrip',
        0.5,
        '012345',
        '',
        '',
        '',
        'Links',
        'griepcampagne',
        '',
        '',
        '',
        '',
        'Nee',
      ],
    ]);
    expect(batches.cell('C2').valueType).toBe('String');
    expect(batches.cell('I2').valueType).toBe('String');
    expect(batches.cell('H2').valueType).toBe('Double');
    // The new table's blank row was used: one data row, no blank row above the batch.
    expect(batches.tables()[0]?.dataRowCount).toBe(1);
  });

  test('the batch row is written with queueTextCells: a Flemish name starting with an apostrophe keeps it (issue #10)', async () => {
    // Excel drops a leading apostrophe typed or written into a cell (its "this is text" prefix);
    // writeText.ts doubles it, so `'t Kindt` arrives whole in the batch table.
    await create(input({ organisatie: "'t Kindt", lotnummer: "'012" }));
    const batches = fake.host.inspect.sheet(BATCHES_SHEET);
    expect(batches.values('D2')).toEqual([["'t Kindt"]]);
    expect(batches.values('I2')).toEqual([["'012"]]);
    expect(batches.numberFormats('C2:I2')).toEqual([['@', '@', '@', '@', '@', 'General', '@']]);
  });

  test('bad fields come back as issues and create nothing', async () => {
    await Excel.run((context) => setupWorkbook(context));
    const before = workbookState(fake.host);
    fake.host.resetStats();

    const result = await create(
      input({
        toedienerInsz: '12345678901',
        datumToediening: '29/11/2026',
        dosis: 3,
        lichaamszijde: 'Midden',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid_fields') throw new Error('expected invalid_fields');
    expect(result.issues.map((i) => [i.column, i.code])).toEqual([
      ['toedienerInsz', 'batch_insz'],
      ['datumToediening', 'batch_date_future'],
      ['dosis', 'batch_dose'],
      ['lichaamszijde', 'batch_list_value'],
    ]);
    expect(workbookState(fake.host)).toEqual(before);
    expect(fake.host.stats.formatCallsTotal).toBe(0);
    expect(fake.host.stats.syncs).toBe(2);
  });

  // Issue #10: the setting goes through core's one validation; a refused value is data, like the
  // fields, and nothing is read or written (it used to be createBatch's own check, throwing).
  test.each([0, -1, Number.NaN, 1.5, 1, 1002])(
    'a refused linesPerFile (%p) comes back as the settings issue and creates nothing',
    async (linesPerFile) => {
      await Excel.run((context) => setupWorkbook(context));
      const before = workbookState(fake.host);
      fake.host.resetStats();
      const result = await create(input({}, linesPerFile));
      const refused = checkLinesPerFile(linesPerFile);
      if (refused.ok) throw new Error('expected a refused value');
      expect(result).toEqual({ ok: false, reason: 'invalid_fields', issues: [refused.issue] });
      expect(workbookState(fake.host)).toEqual(before);
      expect(fake.host.stats.formatCallsTotal).toBe(0);
    },
  );

  test('default 100 lines: the new sheet shades further files from sheet row 101', async () => {
    await create();
    const formulas = fake.host.inspect
      .sheet('B001 Vaxigrip 28-11-2026')
      .conditionalFormats()
      .map((f) => f.formula);
    expect(formulas).toEqual(expect.arrayContaining(overLimitBands(2, 100).map((band) => band.formula)));
    expect(formulas.filter((f) => f?.includes('ROW()>=101,') === true)).toHaveLength(1);
  });

  // Issue #14: a document that stored the earlier "100 registrations per file" opens with the
  // behaviour it had: the pane reads it as 101 lines, and new sheets get the band of before.
  test('a document with the earlier stored maxRowsPerFile 100 gets the band of before (from row 102)', async () => {
    const store = {
      get: () => ({ encoding: 'utf-8-bom', maxRowsPerFile: 100 }),
      set: () => {},
      saveAsync: () => {},
    };
    const loaded = loadExportSettings(store);
    expect(loaded).toMatchObject({ value: { linesPerFile: 101 }, fromRowsPerFile: 100 });
    await create({ ...input(), settings: loaded.value });
    const formulas = fake.host.inspect
      .sheet('B001 Vaxigrip 28-11-2026')
      .conditionalFormats()
      .map((f) => f.formula);
    // The formulas the add-in wrote before the header counted, spelled out.
    expect(formulas).toEqual(
      expect.arrayContaining([
        '=AND(COUNTA($A2:$E2)>0,ROW()>=102,ISODD(INT((ROW()-2)/100)))',
        '=AND(COUNTA($A2:$E2)>0,ROW()>=202,ISEVEN(INT((ROW()-2)/100)))',
      ]),
    );
  });

  test('bad fields on a fresh workbook create nothing either (not even the set-up)', async () => {
    const before = workbookState(fake.host);
    const result = await create(input({ gratisVoorraad: 'misschien', immunisatieproduct: '' }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid_fields' });
    expect(workbookState(fake.host)).toEqual(before);
  });

  test('the lists come from the lists sheet, as the user edited them', async () => {
    await Excel.run((context) => setupWorkbook(context));
    const refused = await create(input({ toedieningswijze: 'Intra-articulair' }));
    expect(refused).toMatchObject({ ok: false, reason: 'invalid_fields' });
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('tblLijstToedieningswijze').rows.add(undefined, [['Intra-articulair']]);
      await context.sync();
    });
    const accepted = await create(input({ toedieningswijze: 'intra-articulair' }));
    expect(accepted).toMatchObject({
      ok: true,
      value: { metadata: { toedieningswijze: 'Intra-articulair' } },
    });
    expect(fake.host.inspect.sheet(LISTS_SHEET).values('C10')).toEqual([['Intra-articulair']]);
  });

  test('ids go up and are never reused, even after the batch row is deleted', async () => {
    const first = await create();
    const second = await create(input({ immunisatieproduct: 'Comirnaty Omicron XBB.1.5' }));
    expect(first.ok && first.value.batchId).toBe('B001');
    expect(second.ok && second.value).toMatchObject({
      batchId: 'B002',
      sheetName: 'B002 Comirnaty Omicr 28-11-2026',
      row: 3,
    });
    // B002 was exported (so the log knows it), then its row deleted by the user.
    await Excel.run((context) =>
      recordExport(context, {
        batchId: 'B002',
        sheetName: 'B002 Comirnaty Omicr 28-11-2026',
        files: [
          {
            name: 'vaccinnet_20261128_B002_comirnaty-omicron-xbb-1-5_1-1.csv',
            sha256: 'ab'.repeat(32),
            rows: [2],
            part: 1,
            parts: 1,
          },
        ],
        blockedRows: [],
        encoding: 'utf-8-bom',
        time: new Date(2026, 10, 28, 10, 0, 0),
      }),
    );
    await fake.host.userDeleteRows(BATCHES_SHEET, 3);
    const third = await create();
    expect(third.ok && third.value.batchId).toBe('B003');
  });

  test('a taken sheet name gets a number; sheets of other batches are untouched', async () => {
    fake.host.addSheet('B001 Vaxigrip 28-11-2026', { rows: [['eigen blad']] });
    const result = await create();
    expect(result.ok && result.value.sheetName).toBe('B001 Vaxigrip 28-11-2026 (2)');
    expect(fake.host.inspect.sheet('B001 Vaxigrip 28-11-2026').values('A1')).toEqual([['eigen blad']]);
  });

  test('a removed batch-table column the batch needs is reported, nothing created', async () => {
    await create();
    // The user renamed the Lotnummer header.
    await fake.host.userEdit(BATCHES_SHEET, 'I1', 'Lot');
    const before = workbookState(fake.host);
    const refused = await create(input({ lotnummer: 'AB12' }));
    expect(refused).toEqual({
      ok: false,
      reason: 'batch_table_columns_missing',
      missingColumns: ['Lotnummer'],
    });
    expect(workbookState(fake.host)).toEqual(before);
    // Without a lot number the batch fits the table as it is.
    expect((await create()).ok).toBe(true);
  });

  // The fourth sync records the new sheet's worksheet id, known only once the sheet exists
  // (sheetLinks.ts, docs/decisions/0009-sheets-by-id.md).
  test('syncs per batch are few and constant: 4, on a fresh workbook and on the tenth batch', async () => {
    fake.host.resetStats();
    await create();
    expect(fake.host.stats.syncs).toBe(4);
    expect(fake.host.stats.runs).toBe(1);
    for (let i = 0; i < 8; i++) await create();
    fake.host.resetStats();
    const tenth = await create();
    expect(tenth.ok && tenth.value.batchId).toBe('B010');
    expect(fake.host.stats.syncs).toBe(4);
    expect(fake.host.inspect.sheetNames()).toContain(EXPORT_LOG_SHEET);
  });
});

import { DEFAULT_SETTINGS, dateToExcelSerial, validateRegistrations } from '../../src/core';
import { proposeMapping } from '../../src/excel/proposeMapping';
import { readRegistrationSheet } from '../../src/excel/readRegistrationSheet';
import { MAX_SYNC_RESPONSE_BYTES } from '../../src/excel/readRowBlocks';
import { readSheet } from '../../src/excel/readSheet';
import { REGISTRATION_SHEET_MAPPING, type SheetMapping } from '../../src/excel/sheetMapping';
import { DEFAULT_PAYLOAD_LIMIT_BYTES, type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { BIS_2001, BORN_1985, BORN_2005, EXISTING_ROWS, FRENCH_MAPPING } from '../support/existingSheet';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

/** Registration-like rows typed as text (a sheet whose columns are `@`). */
function textRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    makeInsz({ year: 1940 + (i % 60), month: 1 + (i % 12), day: 1 + (i % 28), serial: 1 + (i % 997) }),
    `Naam${i}`,
    `Voornaam${i % 100}`,
    '01012000',
    '1000',
  ]);
}

function addTextSheet(name: string, rows: readonly (readonly string[])[]): void {
  fake.host.addSheet(name, {
    rows: [['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'], ...rows],
    columnFormats: { A: '@', B: '@', C: '@', D: '@', E: '@' },
  });
}

describe('proposeMapping', () => {
  test('finds French titles in row 3 below a title, proposes the mapping, lists the extra column', async () => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    fake.host.resetStats();
    const result = await Excel.run((context) => proposeMapping(context, 'Bewoners'));
    expect(result).toEqual({
      ok: true,
      value: {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        exact: false,
        titles: [
          { column: 'A', index: 0, title: 'NISS' },
          { column: 'B', index: 1, title: 'Nom' },
          { column: 'C', index: 2, title: 'Prénom' },
          { column: 'D', index: 3, title: 'Date de naissance' },
          { column: 'E', index: 4, title: 'Code postal' },
          { column: 'F', index: 5, title: 'Kamer' },
        ],
        extraColumns: [{ column: 'F', index: 5, title: 'Kamer' }],
        usedRange: 'Bewoners!A1:F9',
      },
    });
    expect(fake.host.stats.syncs).toBe(2);
  });

  test('columns are sheet columns even when the table does not start in A', async () => {
    fake.host.addSheet('Verschoven', {
      at: 'C5',
      rows: [
        ['Rijksregisternummer', 'Familienaam', 'Voornaam', 'Geboortedatum'],
        [BORN_1985, 'Peeters', 'Jan', '30071985'],
      ],
    });
    const result = await Excel.run((context) => proposeMapping(context, 'Verschoven'));
    expect(result.ok && result.value.mapping).toEqual({
      headerRow: 5,
      columns: { insz: 2, naam: 3, voornaam: 4, geboortedatum: 5, postcode: null },
    });
  });

  test.each([
    ['a missing sheet', 'Weg', { ok: false, reason: 'sheet_not_found' }],
    ['an empty sheet', 'Blad1', { ok: false, reason: 'sheet_empty' }],
  ])('%s', async (_label, sheet, expected) => {
    expect(await Excel.run((context) => proposeMapping(context, sheet))).toEqual(expected);
  });

  test('no header in the first 20 rows: header_not_found with the used range', async () => {
    fake.host.addSheet('Notities', {
      rows: [
        ['Kamer', 'Opmerking'],
        ['12', 'ok'],
      ],
    });
    expect(await Excel.run((context) => proposeMapping(context, 'Notities'))).toEqual({
      ok: false,
      reason: 'header_not_found',
      usedRange: 'Notities!A1:B2',
    });
  });
});

describe('readSheet', () => {
  test('reads every row below the header with the right kinds; lists empty rows, extra columns and notes', async () => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    fake.host.resetStats();
    const result = await Excel.run((context) => readSheet(context, 'Bewoners', { mapping: FRENCH_MAPPING }));
    if (!result.ok) throw new Error(`read failed: ${result.reason}`);
    const read = result.value;
    expect(read.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(read.rows[0]?.cells).toEqual({
      // Typed under General: the INSZ of someone born in 2005 became a 10-digit number.
      insz: { kind: 'number', value: Number(BORN_2005) },
      naam: { kind: 'text', value: 'Peeters' },
      voornaam: { kind: 'text', value: 'Jan' },
      geboortedatum: { kind: 'date', value: dateToExcelSerial({ year: 2005, month: 3, day: 4 }) },
      // Postcode is a text column (core DISPLAY_TEXT_COLUMNS): its Range.text comes along; the
      // INSZ and birth-date columns have their own number rules and get none.
      postcode: { kind: 'number', value: 1000, text: '1000' },
    });
    expect(String(Number(BORN_2005))).toHaveLength(10);
    expect(read.rows[1]?.cells.naam).toEqual({ kind: 'text', value: ' Janssens ' });
    expect(read.rows[4]?.cells.geboortedatum).toEqual({ kind: 'number', value: 1012000 });
    expect(read.rows[5]?.cells.geboortedatum).toEqual({ kind: 'error', value: '#N/A' });
    expect(read.emptyRows).toEqual([6]);
    expect(read.extraOnlyRows).toEqual([7]);
    expect(read.extraColumns).toEqual([{ column: 'F', index: 5, title: 'Kamer', nonEmpty: 2 }]);
    expect(read.notes).toEqual([{ address: 'A1', text: 'Bewoners WZC De Linde' }]);
    expect(read.header.map((h) => h.title)).toEqual([
      'NISS',
      'Nom',
      'Prénom',
      'Date de naissance',
      'Code postal',
      'Kamer',
    ]);
    expect(read.lastRow).toBe(9);
    expect(fake.host.stats.syncs).toBe(2);
  });

  test('core finds what Excel did to the sheet, with the fixes', async () => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    const result = await Excel.run((context) => readSheet(context, 'Bewoners', { mapping: FRENCH_MAPPING }));
    if (!result.ok) throw new Error('read failed');
    const report = validateRegistrations({
      rows: result.value.rows,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
    });
    expect(report.issues.map((i) => [i.row, i.column, i.code, i.fix ?? null])).toEqual([
      [4, 'insz', 'insz_leading_zero_lost', BORN_2005],
      [4, 'geboortedatum', 'birthdate_is_date', '04032005'],
      [4, 'postcode', 'cell_not_text', '1000'],
      [5, 'naam', 'whitespace_edge', 'Janssens'],
      [5, 'geboortedatum', 'birthdate_is_date', '30071985'],
      [5, 'postcode', 'cell_not_text', '9000'],
      [8, 'geboortedatum', 'birthdate_leading_zero_lost', '01012000'],
      [9, 'insz', 'insz_leading_zero_lost', BIS_2001],
      [9, 'geboortedatum', 'cell_error', null],
      [9, 'postcode', 'cell_not_text', '1500'],
    ]);
    expect(report.counts).toMatchObject({ rows: 6, empty: 2, blocked: 4 });
  });

  test('an overridden mapping is used as given (the user moved a column)', async () => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    const mapping: SheetMapping = { headerRow: 3, columns: { ...FRENCH_MAPPING.columns, postcode: 5 } };
    const result = await Excel.run((context) => readSheet(context, 'Bewoners', { mapping }));
    if (!result.ok) throw new Error('read failed');
    expect(result.value.rows[0]?.cells.postcode).toEqual({ kind: 'number', value: 12, text: '12' });
    expect(result.value.extraColumns).toEqual([{ column: 'E', index: 4, title: 'Code postal', nonEmpty: 3 }]);
  });

  test.each([
    ['header row 0', { headerRow: 0, columns: FRENCH_MAPPING.columns }, 'header_row'],
    ['a negative column', { headerRow: 3, columns: { ...FRENCH_MAPPING.columns, naam: -1 } }, 'column'],
    [
      'two columns on one',
      { headerRow: 3, columns: { ...FRENCH_MAPPING.columns, naam: 0 } },
      'duplicate_column',
    ],
  ])('an unusable mapping is refused before reading: %s', async (_label, mapping, problem) => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    fake.host.resetStats();
    expect(await Excel.run((context) => readSheet(context, 'Bewoners', { mapping }))).toEqual({
      ok: false,
      reason: 'invalid_mapping',
      problem,
    });
    expect(fake.host.stats.syncs).toBe(0);
  });

  test('a missing sheet is sheet_not_found, an empty one reads no rows', async () => {
    expect(await Excel.run((context) => readSheet(context, 'Weg', { mapping: FRENCH_MAPPING }))).toEqual({
      ok: false,
      reason: 'sheet_not_found',
    });
    const empty = await Excel.run((context) => readSheet(context, 'Blad1', { mapping: FRENCH_MAPPING }));
    expect(empty.ok && empty.value.rows).toEqual([]);
  });

  test('rows between the header and the first used row come back as empty rows', async () => {
    fake.host.addSheet('Gat', { at: 'A5', rows: [[BORN_1985, 'Peeters']] });
    const result = await Excel.run((context) =>
      readSheet(context, 'Gat', { mapping: REGISTRATION_SHEET_MAPPING }),
    );
    if (!result.ok) throw new Error('read failed');
    expect(result.value.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(result.value.emptyRows).toEqual([2, 3, 4]);
  });

  test('a 1904-system workbook: date serials are converted to the 1900 system', async () => {
    fake.uninstall();
    fake = installFakeExcel(globalThis, { sheets: ['Blad1'], use1904DateSystem: true });
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    const result = await Excel.run((context) => readSheet(context, 'Bewoners', { mapping: FRENCH_MAPPING }));
    if (!result.ok) throw new Error('read failed');
    expect(result.value.use1904).toBe(true);
    expect(result.value.rows[1]?.cells.geboortedatum).toEqual({
      kind: 'date',
      value: dateToExcelSerial({ year: 1985, month: 7, day: 30 }),
    });
    const report = validateRegistrations({
      rows: result.value.rows,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
    });
    expect(report.issues.find((i) => i.row === 5 && i.code === 'birthdate_is_date')?.fix).toBe('30071985');
  });

  test.each([
    ['ExcelApi 1.14 (the manifest minimum), a 1904 workbook', '1.14', true],
    ['ExcelApi 1.14, a 1900 workbook', '1.14', false],
    ['ExcelApi 1.17, a 1904 workbook', '1.17', true],
  ])(
    '%s: the date system comes from DATE(1904,1,1), within the declared sets (issue #10)',
    async (_label, excelApi, use1904) => {
      // Workbook.use1904DateSystem is in no released requirement set (src/excel/dateSystem.ts): the
      // date system must be found with ExcelApi 1.2 members on every Excel the manifest admits.
      fake.uninstall();
      fake = installFakeExcel(globalThis, {
        sheets: ['Blad1'],
        use1904DateSystem: use1904,
        requirementSets: { ExcelApi: excelApi },
      });
      fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
      fake.host.resetStats();
      const result = await Excel.run((context) =>
        readSheet(context, 'Bewoners', { mapping: FRENCH_MAPPING }),
      );
      if (!result.ok) throw new Error('read failed');
      expect(result.value.use1904).toBe(use1904);
      const birth = result.value.rows[1]?.cells.geboortedatum;
      expect(birth).toEqual({ kind: 'date', value: dateToExcelSerial({ year: 1985, month: 7, day: 30 }) });
      // The question rides in the read's syncs: no sync is added for it.
      expect(fake.host.stats.syncs).toBe(2);
    },
  );
});

describe('readSheet: blocks, syncs and payload', () => {
  const readAll = (
    sheet: string,
    options: Parameters<typeof readSheet>[2] = { mapping: REGISTRATION_SHEET_MAPPING },
  ) => Excel.run((context) => readSheet(context, sheet, options));

  test('syncs grow with row blocks only: 1,000 and 10,000 rows both take 2 syncs, under 5 MB', async () => {
    addTextSheet('Klein', textRows(1000));
    addTextSheet('Groot', textRows(10_000));
    fake.host.resetStats();
    const small = await readAll('Klein');
    const smallSyncs = fake.host.stats.syncs;
    fake.host.resetStats();
    const large = await readAll('Groot');
    const largeSyncs = fake.host.stats.syncs;
    expect(small.ok && small.value.rows).toHaveLength(1000);
    expect(large.ok && large.value.rows).toHaveLength(10_000);
    expect(smallSyncs).toBe(2);
    expect(largeSyncs).toBe(2);
    expect(fake.host.stats.maxResponseBytes).toBeLessThan(MAX_SYNC_RESPONSE_BYTES);
    expect(fake.host.stats.maxRequestBytes).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
  });

  test('40,000 rows: a few syncs, each response under 4 MB, rows complete and in order', async () => {
    const rows = textRows(40_000);
    addTextSheet('Heel groot', rows);
    fake.host.resetStats();
    const result = await readAll('Heel groot');
    if (!result.ok) throw new Error('read failed');
    expect(result.value.rows).toHaveLength(40_000);
    expect(result.value.rows[39_999]).toEqual({
      row: 40_001,
      cells: {
        insz: { kind: 'text', value: rows[39_999]?.[0] },
        naam: { kind: 'text', value: 'Naam39999' },
        voornaam: { kind: 'text', value: 'Voornaam99' },
        geboortedatum: { kind: 'text', value: '01012000' },
        postcode: { kind: 'text', value: '1000' },
      },
    });
    const blocks = Math.ceil(40_000 / 2000);
    expect(fake.host.stats.syncs).toBeGreaterThan(2);
    expect(fake.host.stats.syncs).toBeLessThan(1 + blocks);
    expect(fake.host.stats.maxResponseBytes).toBeLessThan(MAX_SYNC_RESPONSE_BYTES);
  });

  test('a response Excel refuses anyway is read again in smaller parts', async () => {
    addTextSheet('Groot', textRows(5000));
    fake.host.setLimits({ responseBytes: 150_000 });
    fake.host.resetStats();
    const result = await readAll('Groot');
    expect(result.ok && result.value.rows).toHaveLength(5000);
    // The first group was refused (its size is counted, nothing delivered), the parts were not.
    const refused = fake.host.stats.responses.filter((bytes) => bytes > 150_000);
    expect(refused.length).toBeGreaterThan(0);
    expect(fake.host.stats.syncs).toBeGreaterThan(refused.length + 1);
  });

  test('progress after each group, and cancel between groups returns cancelled', async () => {
    addTextSheet('Groot', textRows(9000));
    const progress: number[] = [];
    const all = await readAll('Groot', {
      mapping: REGISTRATION_SHEET_MAPPING,
      maxResponseBytes: 200_000,
      onProgress: (p) => progress.push(p.rowsRead),
    });
    expect(all.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(9001);

    const controller = new AbortController();
    fake.host.resetStats();
    const cancelled = await readAll('Groot', {
      mapping: REGISTRATION_SHEET_MAPPING,
      maxResponseBytes: 200_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(cancelled).toEqual({ ok: false, reason: 'cancelled', rowsRead: expect.any(Number) });
    expect(fake.host.stats.syncs).toBe(2);
  });
});

describe('readRegistrationSheet', () => {
  test('a sheet with the exact header: no header issue; columns after E are extra columns', async () => {
    addTextSheet('B001', textRows(3));
    await fake.host.userEdit('B001', 'G1:G2', [['Opmerking'], ['allergie']]);
    const result = await Excel.run((context) => readRegistrationSheet(context, 'B001'));
    if (!result.ok) throw new Error('read failed');
    expect(result.value.headerIssues).toEqual([]);
    expect(result.value.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(result.value.extraColumns).toEqual([{ column: 'G', index: 6, title: 'Opmerking', nonEmpty: 1 }]);
  });

  test('a changed title is header_mismatch (core checkHeader)', async () => {
    addTextSheet('B001', textRows(2));
    await fake.host.userEdit('B001', 'A1', 'Rijksregisternummer');
    const result = await Excel.run((context) => readRegistrationSheet(context, 'B001'));
    expect(result.ok && result.value.headerIssues.map((i) => [i.row, i.code, i.params])).toEqual([
      [1, 'header_mismatch', { found: 'Rijksregisternummer | Naam | Voornaam | Geboortedatum | Postcode' }],
    ]);
  });

  test('a missing sheet', async () => {
    expect(await Excel.run((context) => readRegistrationSheet(context, 'Weg'))).toEqual({
      ok: false,
      reason: 'sheet_not_found',
    });
  });
});

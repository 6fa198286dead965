import { DEFAULT_SETTINGS, type Issue, validateRegistrations } from '../../src/core';
import { readBatches } from '../../src/excel/batches';
import { type CreateBatchInput, createBatch } from '../../src/excel/createBatch';
import { applyFixes, makeCompliantCopy } from '../../src/excel/fixes';
import { BATCHES_SHEET } from '../../src/excel/layout';
import {
  type SheetMapping,
  proposeMapping,
  readRegistrationSheet,
  readSheet,
} from '../../src/excel/readSheet';
import {
  type CellInput,
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  type FakeExcelHost,
  type InstalledFakeExcel,
  installFakeExcel,
} from '../../src/fake-excel';
import { BIS_2001, BORN_1985, BORN_2005, EXISTING_ROWS, FRENCH_MAPPING } from '../support/existingSheet';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const TOEDIENER = makeInsz({ year: 1980, month: 5, day: 17, serial: 903 });

const BATCH: CreateBatchInput = {
  fields: {
    toedienerInsz: TOEDIENER,
    gratisVoorraad: 'Ja',
    datumToediening: '28/11/2026',
    immunisatieproduct: 'Vaxigrip',
    dosis: '0,5',
  },
  today: TODAY,
  settings: { maxRowsPerFile: 100 },
};

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

/** Everything the fake holds about one sheet, for "nothing changed" comparisons. */
function sheetState(host: FakeExcelHost, name: string) {
  const sheet = host.inspect.sheet(name);
  return {
    cells: sheet.cells(),
    fills: sheet.fills(),
    columnNumberFormats: sheet.columnNumberFormats(),
    columnWidths: sheet.columnWidths(),
    conditionalFormats: sheet.conditionalFormats(),
    dataValidations: sheet.dataValidations(),
    frozenRows: sheet.frozenRows,
    tables: sheet.tables(),
  };
}

async function issuesOf(sheet: string, mapping: SheetMapping): Promise<Issue[]> {
  const read = await Excel.run((context) => readSheet(context, sheet, { mapping }));
  if (!read.ok) throw new Error(`read failed: ${read.reason}`);
  return validateRegistrations({ rows: read.value.rows, today: TODAY, settings: DEFAULT_SETTINGS }).issues;
}

describe('applyFixes', () => {
  beforeEach(() => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
  });

  test('fixes the picked issues in place: text format first, then core fix text; 2 syncs', async () => {
    const issues = await issuesOf('Bewoners', FRENCH_MAPPING);
    fake.host.resetStats();
    const result = await Excel.run((context) =>
      applyFixes(context, { sheetName: 'Bewoners', mapping: FRENCH_MAPPING, targets: issues, today: TODAY }),
    );
    if (!result.ok) throw new Error('fixes failed');
    expect(result.value.fixed.map((f) => [f.address, f.code, f.kind, f.text])).toEqual([
      ['A4', 'insz_leading_zero_lost', 'leadingZeros', BORN_2005],
      ['D4', 'birthdate_is_date', 'dateToText', '04032005'],
      ['B5', 'whitespace_edge', 'trim', 'Janssens'],
      ['D5', 'birthdate_is_date', 'dateToText', '30071985'],
      ['D8', 'birthdate_leading_zero_lost', 'leadingZeros', '01012000'],
      ['A9', 'insz_leading_zero_lost', 'leadingZeros', BIS_2001],
    ]);
    // The cell error has no fix.
    expect(result.value.skipped).toEqual([{ target: '9/geboortedatum/cell_error', reason: 'no_fix' }]);
    expect(fake.host.stats.runs).toBe(1);
    expect(fake.host.stats.syncs).toBe(2);

    const sheet = fake.host.inspect.sheet('Bewoners');
    expect(sheet.values('A4:D4')).toEqual([[BORN_2005, 'Peeters', 'Jan', '04032005']]);
    expect(sheet.valueTypes('A4:D4')).toEqual([['String', 'String', 'String', 'String']]);
    expect(sheet.numberFormats('A4:D4')).toEqual([['@', 'General', 'General', '@']]);
    expect(sheet.values('B5')).toEqual([['Janssens']]);
    expect(sheet.values('D8')).toEqual([['01012000']]);
    expect(sheet.values('A9')).toEqual([[BIS_2001]]);
    // Untouched: cells without a fix, the extra column, the title.
    expect(sheet.values('E4:F4')).toEqual([[1000, 12]]);
    expect(sheet.values('A1')).toEqual([['Bewoners WZC De Linde']]);
    expect((await issuesOf('Bewoners', FRENCH_MAPPING)).map((i) => [i.row, i.code])).toEqual([
      [9, 'cell_error'],
    ]);
  });

  test('per kind: only the kinds asked for are written', async () => {
    const issues = await issuesOf('Bewoners', FRENCH_MAPPING);
    const result = await Excel.run((context) =>
      applyFixes(context, {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        targets: issues,
        kinds: ['trim'],
        today: TODAY,
      }),
    );
    expect(result.ok && result.value.fixed.map((f) => f.address)).toEqual(['B5']);
    expect(result.ok && result.value.skipped.filter((s) => s.reason === 'kind_not_selected')).toHaveLength(5);
    expect(fake.host.inspect.sheet('Bewoners').values('A4')).toEqual([[Number(BORN_2005)]]);
  });

  test('addresses: a range picks its cells, a whole column is clipped to the used range', async () => {
    const range = await Excel.run((context) =>
      applyFixes(context, {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        targets: ['A4:B5'],
        today: TODAY,
      }),
    );
    expect(range.ok && range.value.fixed.map((f) => f.address)).toEqual(['A4', 'B5']);
    expect(range.ok && range.value.skipped.map((s) => s.reason)).toEqual(['no_fix', 'no_fix']);
    fake.host.resetStats();
    const column = await Excel.run((context) =>
      applyFixes(context, {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        targets: ['D:D', 'F4', 'Kamer'],
        today: TODAY,
      }),
    );
    expect(column.ok && column.value.fixed.map((f) => f.address)).toEqual(['D4', 'D5', 'D8']);
    expect(column.ok && column.value.skipped).toEqual([
      { target: 'Kamer', reason: 'not_a_cell' },
      { target: 'F4', reason: 'not_a_cell' },
      { target: 'D:D', reason: 'no_fix' },
      { target: 'D:D', reason: 'no_fix' },
      { target: 'D:D', reason: 'no_fix' },
    ]);
    // Clipping the whole column costs one sync; reading and writing one each.
    expect(fake.host.stats.syncs).toBe(3);
  });

  test('a cell changed since the issue was found is fixed as it is now, or left when it needs no fix', async () => {
    const issues = await issuesOf('Bewoners', FRENCH_MAPPING);
    await fake.host.userEdit('Bewoners', 'B5', 'Janssens');
    await fake.host.userEdit('Bewoners', 'D5', '1990-01-02');
    const result = await Excel.run((context) =>
      applyFixes(context, {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        targets: issues.filter((i) => i.row === 5),
        today: TODAY,
      }),
    );
    expect(result.ok && result.value.fixed.map((f) => [f.address, f.text])).toEqual([['D5', '02011990']]);
    expect(result.ok && result.value.skipped).toEqual([
      { target: '5/naam/whitespace_edge', reason: 'no_fix' },
    ]);
  });

  test('issues that name no cell are skipped', async () => {
    const rowLevel: Issue = {
      code: 'duplicate_person',
      row: 5,
      column: null,
      severity: 'warning',
      params: { firstRow: 2 },
    };
    const header: Issue = {
      code: 'header_mismatch',
      row: 1,
      column: null,
      severity: 'error',
      params: { found: 'Naam' },
    };
    const result = await Excel.run((context) =>
      applyFixes(context, {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        targets: [rowLevel, header],
        today: TODAY,
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        fixed: [],
        skipped: [
          { target: '5/-/duplicate_person', reason: 'not_a_cell' },
          { target: '1/-/header_mismatch', reason: 'not_a_cell' },
        ],
      },
    });
  });

  test('a registration sheet by default; a leading apostrophe survives the trim', async () => {
    fake.host.addSheet('B001', {
      rows: [
        ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'],
        [` ${BORN_2005}`, " 't Kindt", 'Jan\u00a0', '01012000', '1000 '],
      ],
      columnFormats: { A: '@', B: '@', C: '@', D: '@', E: '@' },
    });
    const result = await Excel.run((context) =>
      applyFixes(context, { sheetName: 'B001', targets: ['A2:E2'], today: TODAY }),
    );
    expect(result.ok && result.value.fixed.map((f) => f.address)).toEqual(['A2', 'B2', 'C2', 'E2']);
    expect(fake.host.inspect.sheet('B001').values('A2:E2')).toEqual([
      [BORN_2005, "'t Kindt", 'Jan', '01012000', '1000'],
    ]);
  });

  test('syncs do not grow with the number of fixes: 10 and 1,000 picked cells both take 2', async () => {
    const rows = (count: number): CellInput[][] => [
      ['INSZ', 'Naam'],
      ...Array.from({ length: count }, (_, i) => [
        makeInsz({ year: 2000 + (i % 9), month: 1 + (i % 12), day: 1 + (i % 28), serial: 1 + (i % 997) }),
        `Naam ${i} `,
      ]),
    ];
    const syncsFor = async (sheet: string, count: number): Promise<number> => {
      fake.host.addSheet(sheet, { rows: rows(count) });
      fake.host.resetStats();
      const result = await Excel.run((context) =>
        applyFixes(context, { sheetName: sheet, targets: [`A2:B${count + 1}`], today: TODAY }),
      );
      expect(result.ok && result.value.fixed).toHaveLength(2 * count);
      return fake.host.stats.syncs;
    };
    expect(await syncsFor('Tien', 10)).toBe(2);
    expect(await syncsFor('Duizend', 1000)).toBe(2);
    expect(fake.host.stats.formatCallsTotal).toBe(2);
    expect(fake.host.inspect.sheet('Duizend').valueTypes('A1001')).toEqual([['String']]);
  });

  test('suspendEvents: no change event for the writes, events on again afterwards', async () => {
    const issues = await issuesOf('Bewoners', FRENCH_MAPPING);
    const before = fake.host.eventLog.length;
    fake.host.resetStats();
    await Excel.run((context) =>
      applyFixes(context, {
        sheetName: 'Bewoners',
        mapping: FRENCH_MAPPING,
        targets: issues,
        today: TODAY,
        suspendEvents: true,
      }),
    );
    expect(fake.host.eventLog.length).toBe(before);
    expect(fake.host.inspect.workbook().eventsEnabled).toBe(true);
    expect(fake.host.stats.syncs).toBe(3);
    // Without it the writes raise events (marked as this add-in's own: events.ts ignores them).
    await fake.host.userEdit('Bewoners', 'B5', ' Janssens ');
    const count = fake.host.eventLog.length;
    await Excel.run((context) =>
      applyFixes(context, { sheetName: 'Bewoners', mapping: FRENCH_MAPPING, targets: ['B5'], today: TODAY }),
    );
    // One event per values write (number formats raise none), marked as the add-in's own.
    expect(fake.host.eventLog.slice(count).map((e) => [e.address, e.triggerSource])).toEqual([
      ['B5', 'ThisLocalAddin'],
    ]);
  });

  test('a missing sheet', async () => {
    expect(
      await Excel.run((context) => applyFixes(context, { sheetName: 'Weg', targets: ['A2'], today: TODAY })),
    ).toEqual({ ok: false, reason: 'sheet_not_found' });
  });
});

describe('makeCompliantCopy', () => {
  beforeEach(() => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
  });

  test('read, mapped, fixed and copied without losing a cell; the source untouched; linked to a new batch', async () => {
    const before = sheetState(fake.host, 'Bewoners');
    const proposal = await Excel.run((context) => proposeMapping(context, 'Bewoners'));
    if (!proposal.ok) throw new Error('no proposal');
    fake.host.resetStats();
    const result = await Excel.run((context) =>
      makeCompliantCopy(context, {
        sourceSheet: 'Bewoners',
        mapping: proposal.value.mapping,
        target: { kind: 'newBatch', batch: BATCH },
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      }),
    );
    if (!result.ok) throw new Error(`copy failed: ${result.reason}`);
    const copy = result.value;
    expect(fake.host.stats.runs).toBe(1);
    expect(copy).toMatchObject({ batchId: 'B001', sheetName: 'B001 Vaxigrip 28-11-2026' });
    expect(copy.rows).toEqual([
      { source: 4, copy: 2 },
      { source: 5, copy: 3 },
      { source: 8, copy: 4 },
      { source: 9, copy: 5 },
    ]);
    expect(copy.skippedRows).toEqual([6, 7]);
    expect(copy.extraOnlyRows).toEqual([7]);
    expect(copy.extraColumns).toEqual([{ column: 'F', index: 5, title: 'Kamer', nonEmpty: 2 }]);
    expect(copy.notes).toEqual([{ address: 'A1', text: 'Bewoners WZC De Linde' }]);
    expect(copy.fixes).toEqual({
      insz_leading_zero_lost: 2,
      birthdate_is_date: 2,
      whitespace_edge: 1,
      birthdate_leading_zero_lost: 1,
    });
    expect(copy.errorCells).toEqual(['D5']);

    const target = fake.host.inspect.sheet(copy.sheetName);
    expect(target.values('A1:E5')).toEqual([
      ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'],
      [BORN_2005, 'Peeters', 'Jan', '04032005', '1000'],
      [BORN_1985, 'Janssens', 'An', '30071985', '9000'],
      ['', 'Dubois', 'Hélène', '01012000', ''],
      [BIS_2001, 'Maes', '', '#N/A', '1500'],
    ]);
    expect(target.valueTypes('A2:E5')).toEqual([
      ['String', 'String', 'String', 'String', 'String'],
      ['String', 'String', 'String', 'String', 'String'],
      ['Empty', 'String', 'String', 'String', 'Empty'],
      ['String', 'String', 'Empty', 'Error', 'String'],
    ]);
    expect(
      target
        .values('F1:F10')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(target.columnNumberFormats()).toEqual({ A: '@', B: '@', C: '@', D: '@', E: '@' });
    expect(target.conditionalFormats().length).toBeGreaterThan(0);

    // The source sheet: exactly as before.
    expect(sheetState(fake.host, 'Bewoners')).toEqual(before);

    // Nothing lost: every non-empty source cell is in the copy or listed in the result.
    const copyRowOf = new Map(copy.rows.map((r) => [r.source, r.copy]));
    const extraCounts = new Map<string, number>();
    for (const cell of fake.host.inspect.sheet('Bewoners').cells({ valuesOnly: true })) {
      const row = cell.row + 1;
      const letter = cell.address.replace(/[0-9]+$/u, '');
      if (row < 3) {
        expect(copy.notes).toContainEqual({ address: cell.address, text: String(cell.value) });
      } else if (row === 3) {
        expect(copy.header).toContainEqual({ column: letter, index: cell.column, title: String(cell.value) });
      } else if (cell.column > 4) {
        extraCounts.set(letter, (extraCounts.get(letter) ?? 0) + 1);
      } else {
        const copyRow = copyRowOf.get(row);
        expect(copyRow).toBeDefined();
        const copied = target.values(`${String.fromCharCode(65 + cell.column)}${copyRow}`)[0]?.[0];
        const fixed = [BORN_2005, '04032005', 'Janssens', '30071985', '01012000', BIS_2001];
        expect(copied === String(cell.value) || fixed.includes(String(copied))).toBe(true);
      }
    }
    for (const extra of copy.extraColumns) expect(extraCounts.get(extra.column)).toBe(extra.nonEmpty);

    // The batch table links the copy.
    const batches = await Excel.run((context) => readBatches(context, { today: TODAY }));
    expect(batches.batches.map((b) => [b.batchId, b.sheetName, b.sheetExists])).toEqual([
      ['B001', copy.sheetName, true],
    ]);
    expect(fake.host.inspect.sheet(BATCHES_SHEET).values('B2')).toEqual([[copy.sheetName]]);

    // On the copy, only what could not be fixed is left: the error in row 5 (source row 9).
    const reread = await Excel.run((context) => readRegistrationSheet(context, copy.sheetName));
    if (!reread.ok) throw new Error('reread failed');
    expect(reread.value.headerIssues).toEqual([]);
    const report = validateRegistrations({
      rows: reread.value.rows,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
    });
    expect(report.issues.map((i) => [i.row, i.column, i.code])).toEqual([[5, 'geboortedatum', 'cell_error']]);
    expect(report.counts).toMatchObject({ rows: 4, ready: 3, blocked: 1 });
  });

  test('rows that cannot be fixed are copied as they are and show up as issues on the copy', async () => {
    fake.host.addSheet('Lijst', {
      rows: [
        ['Rijksregisternummer', 'Achternaam', 'Geboortedatum'],
        ['12345', 'Peeters', '31/02/2000'],
        [true, 'Maes', '1985-07-30'],
        [BORN_1985, '=Janssens', '45'],
      ],
    });
    const proposal = await Excel.run((context) => proposeMapping(context, 'Lijst'));
    if (!proposal.ok) throw new Error('no proposal');
    const result = await Excel.run((context) =>
      makeCompliantCopy(context, {
        sourceSheet: 'Lijst',
        mapping: proposal.value.mapping,
        target: { kind: 'newBatch', batch: BATCH },
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      }),
    );
    if (!result.ok) throw new Error('copy failed');
    const target = fake.host.inspect.sheet(result.value.sheetName);
    expect(target.values('A2:D4')).toEqual([
      ['12345', 'Peeters', '', '31/02/2000'],
      ['TRUE', 'Maes', '', '30071985'],
      [BORN_1985, '', '', '45'],
    ]);
  });

  test('into an existing batch whose sheet is empty; refused when it holds rows or does not exist', async () => {
    const created = await Excel.run((context) => createBatch(context, BATCH));
    if (!created.ok) throw new Error('no batch');
    const copyInto = (batchId: string) =>
      Excel.run((context) =>
        makeCompliantCopy(context, {
          sourceSheet: 'Bewoners',
          mapping: FRENCH_MAPPING,
          target: { kind: 'existingBatch', batchId },
          today: TODAY,
          settings: DEFAULT_SETTINGS,
        }),
      );
    const first = await copyInto('B001');
    expect(first.ok && first.value.sheetName).toBe(created.value.sheetName);
    expect(fake.host.inspect.sheet(created.value.sheetName).values('A2:B2')).toEqual([
      [BORN_2005, 'Peeters'],
    ]);
    expect(await copyInto('B001')).toEqual({
      ok: false,
      reason: 'batch_sheet_not_empty',
      sheetName: created.value.sheetName,
    });
    expect(await copyInto('B009')).toEqual({ ok: false, reason: 'batch_not_found', batchId: 'B009' });
  });

  test('invalid batch fields: the issues, and nothing written', async () => {
    const before = fake.host.inspect.sheetNames();
    const result = await Excel.run((context) =>
      makeCompliantCopy(context, {
        sourceSheet: 'Bewoners',
        mapping: FRENCH_MAPPING,
        target: { kind: 'newBatch', batch: { ...BATCH, fields: { ...BATCH.fields, dosis: 3 } } },
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      }),
    );
    expect(result.ok === false && result.reason).toBe('invalid_fields');
    expect(fake.host.inspect.sheetNames()).toEqual(before);
  });

  test('cancelled while reading: nothing is written', async () => {
    fake.host.addSheet('Groot', {
      rows: [
        ['INSZ', 'Naam'],
        ...Array.from({ length: 6000 }, (_, i) => [
          makeInsz({ year: 1950, month: 1, day: 1 + (i % 28), serial: 1 + (i % 997) }),
          `Naam ${i}`,
        ]),
      ],
    });
    const controller = new AbortController();
    const before = fake.host.inspect.sheetNames();
    const result = await Excel.run((context) =>
      makeCompliantCopy(context, {
        sourceSheet: 'Groot',
        mapping: {
          headerRow: 1,
          columns: { insz: 0, naam: 1, voornaam: null, geboortedatum: null, postcode: null },
        },
        target: { kind: 'newBatch', batch: BATCH },
        today: TODAY,
        settings: DEFAULT_SETTINGS,
        maxResponseBytes: 100_000,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(result).toEqual({ ok: false, reason: 'cancelled', rowsRead: expect.any(Number) });
    expect(fake.host.inspect.sheetNames()).toEqual(before);
  });

  test('a large copy: writes in blocks, every request and response under 5 MB, events off while writing', async () => {
    const count = 12_000;
    fake.host.addSheet('Groot', {
      rows: [
        ['NISS', 'Nom', 'Prénom', 'Date de naissance', 'Code postal'],
        ...Array.from({ length: count }, (_, i) => [
          makeInsz({ year: 2000 + (i % 9), month: 1 + (i % 12), day: 1 + (i % 28), serial: 1 + (i % 997) }),
          `Nom ${i}`,
          `Prénom ${i % 50}`,
          '2001-02-03',
          '9000',
        ]),
      ],
    });
    const events = fake.host.eventLog.length;
    fake.host.resetStats();
    const result = await Excel.run((context) =>
      makeCompliantCopy(context, {
        sourceSheet: 'Groot',
        mapping: { headerRow: 1, columns: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: 4 } },
        target: { kind: 'newBatch', batch: BATCH },
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      }),
    );
    if (!result.ok) throw new Error('copy failed');
    expect(result.value.rows).toHaveLength(count);
    expect(fake.host.stats.maxRequestBytes).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(fake.host.stats.maxResponseBytes).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(fake.host.stats.syncs).toBeLessThan(20);
    const sheet = fake.host.inspect.sheet(result.value.sheetName);
    expect(sheet.values(`A${count + 1}:E${count + 1}`)[0]?.slice(1)).toEqual([
      `Nom ${count - 1}`,
      `Prénom ${(count - 1) % 50}`,
      '03022001',
      '9000',
    ]);
    expect(sheet.valueTypes(`A${count + 1}`)).toEqual([['String']]);
    // Only createBatch's own writes raised events; the copy's rows were written with events off.
    const copyEvents = fake.host.eventLog.slice(events).filter((e) => e.worksheetId === sheet.id);
    expect(copyEvents.every((e) => e.address === 'A1:E1')).toBe(true);
    expect(fake.host.inspect.workbook().eventsEnabled).toBe(true);
  });
});

import { DEFAULT_SETTINGS, validateRegistrations } from '../../src/core';
import { readBatches } from '../../src/excel/readBatches';
import { createBatch } from '../../src/excel/createBatch';
import { BATCHES_SHEET } from '../../src/excel/batchTable';
import { type CompliantCopyInput, makeCompliantCopy } from '../../src/excel/makeCompliantCopy';
import * as numberFormats from '../../src/excel/numberFormats';
import { proposeMapping } from '../../src/excel/proposeMapping';
import { readRegistrationSheet } from '../../src/excel/readRegistrationSheet';
import {
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  type FakeExcelHost,
  type InstalledFakeExcel,
  installFakeExcel,
} from '../../src/fake-excel';
import { batchInput } from '../support/batchInput';
import { BIS_2001, BORN_1985, BORN_2005, EXISTING_ROWS, FRENCH_MAPPING } from '../support/existingSheet';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const BATCH = batchInput(TODAY);

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

/** The compliant copy into a new batch of BATCH on TODAY, with the default settings. */
function copyToNewBatch(
  input: Pick<CompliantCopyInput, 'sourceSheet' | 'mapping'> & Partial<CompliantCopyInput>,
) {
  return Excel.run((context) =>
    makeCompliantCopy(context, {
      target: { kind: 'newBatch', batch: BATCH },
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      ...input,
    }),
  );
}

/** The mapping proposeMapping finds on `sheetName`. */
async function proposedMapping(sheetName: string) {
  const proposal = await Excel.run((context) => proposeMapping(context, sheetName));
  if (!proposal.ok) throw new Error('no proposal');
  return proposal.value.mapping;
}

describe('makeCompliantCopy', () => {
  beforeEach(() => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
  });

  test('read, mapped, fixed and copied without losing a cell; the source untouched; linked to a new batch', async () => {
    const before = sheetState(fake.host, 'Bewoners');
    const mapping = await proposedMapping('Bewoners');
    fake.host.resetStats();
    const result = await copyToNewBatch({ sourceSheet: 'Bewoners', mapping });
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
      // The postcodes Excel stored as numbers, copied as the text Excel showed (issue #10).
      cell_not_text: 3,
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
    const result = await copyToNewBatch({ sourceSheet: 'Lijst', mapping: await proposedMapping('Lijst') });
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
    const result = await copyToNewBatch({
      sourceSheet: 'Bewoners',
      mapping: FRENCH_MAPPING,
      target: { kind: 'newBatch', batch: batchInput(TODAY, { dosis: 3 }) },
    });
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
    const result = await copyToNewBatch({
      sourceSheet: 'Groot',
      mapping: {
        headerRow: 1,
        columns: { insz: 0, naam: 1, voornaam: null, geboortedatum: null, postcode: null },
      },
      maxResponseBytes: 100_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
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
    const result = await copyToNewBatch({
      sourceSheet: 'Groot',
      mapping: { headerRow: 1, columns: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: 4 } },
    });
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

describe('values and their text format written together (issue #10)', () => {
  // What the issue found: the copy into a batch whose sheet was deleted relied on the column
  // format set by queueFormatRegistrationSheet. Here every such column-format call is removed
  // (setNumberFormatEverywhere does nothing), so only a format written with the values can keep
  // the INSZ text.
  let columnFormatRemoved: jest.SpyInstance;
  beforeEach(() => {
    fake.host.addSheet('Bewoners', { rows: EXISTING_ROWS });
    columnFormatRemoved = jest
      .spyOn(numberFormats, 'setNumberFormatEverywhere')
      .mockImplementation(() => undefined);
  });
  afterEach(() => columnFormatRemoved.mockRestore());

  /** A batch whose registration sheet the user deleted. */
  async function batchWithDeletedSheet(): Promise<string> {
    const created = await Excel.run((context) => createBatch(context, BATCH));
    if (!created.ok) throw new Error('no batch');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(created.value.sheetName).delete();
      await context.sync();
    });
    return created.value.sheetName;
  }

  test('the copy into a batch whose sheet was deleted keeps 05030490206 text, format @ on the cell', async () => {
    expect(BORN_2005).toBe('05030490206');
    const sheetName = await batchWithDeletedSheet();
    const result = await Excel.run((context) =>
      makeCompliantCopy(context, {
        sourceSheet: 'Bewoners',
        mapping: FRENCH_MAPPING,
        target: { kind: 'existingBatch', batchId: 'B001' },
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      }),
    );
    expect(result.ok && result.value.sheetName).toBe(sheetName);
    expect(columnFormatRemoved).toHaveBeenCalled();
    const target = fake.host.inspect.sheet(sheetName);
    // No column format on the re-made sheet: the column-format call really is gone.
    expect(target.columnNumberFormats()).toEqual({});
    expect(target.values('A2:B2')).toEqual([['05030490206', 'Peeters']]);
    expect(target.valueTypes('A2')).toEqual([['String']]);
    expect(target.numberFormats('A2:E2')).toEqual([['@', '@', '@', '@', '@']]);
  });

  test('the hazard: the same write without queueTextCells loses the leading zero', async () => {
    const sheetName = await batchWithDeletedSheet();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(sheetName);
      sheet.getRange('A2').values = [['05030490206']];
      await context.sync();
    });
    expect(fake.host.inspect.sheet(sheetName).values('A2')).toEqual([[5030490206]]);
  });
});

import { DEFAULT_SETTINGS, type Issue, validateRegistrations } from '../../src/core';
import { applyFixes } from '../../src/excel/applyFixes';
import { readSheet } from '../../src/excel/readSheet';
import type { SheetMapping } from '../../src/excel/sheetMapping';
import { type CellInput, type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { BIS_2001, BORN_2005, EXISTING_ROWS, FRENCH_MAPPING } from '../support/existingSheet';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

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
      // Postcodes Excel stored as numbers (issue #10): written as the text Excel shows.
      ['E4', 'cell_not_text', 'shownAsText', '1000'],
      ['B5', 'whitespace_edge', 'trim', 'Janssens'],
      ['D5', 'birthdate_is_date', 'dateToText', '30071985'],
      ['E5', 'cell_not_text', 'shownAsText', '9000'],
      ['D8', 'birthdate_leading_zero_lost', 'leadingZeros', '01012000'],
      ['A9', 'insz_leading_zero_lost', 'leadingZeros', BIS_2001],
      ['E9', 'cell_not_text', 'shownAsText', '1500'],
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
    expect(sheet.values('E4:F4')).toEqual([['1000', 12]]);
    expect(sheet.numberFormats('E4:F4')).toEqual([['@', 'General']]);
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
    expect(result.ok && result.value.skipped.filter((s) => s.reason === 'kind_not_selected')).toHaveLength(8);
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
    expect(result.ok && result.value.fixed.map((f) => [f.address, f.text])).toEqual([
      ['D5', '02011990'],
      ['E5', '9000'],
    ]);
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

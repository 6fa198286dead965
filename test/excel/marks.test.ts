import type { Issue, RegistrationColumn, Severity } from '../../src/core';
import {
  MARKS_SHEET,
  MARK_FILLS,
  MAX_AREAS_ADDRESS_LENGTH,
  areaAddress,
  cellsToAreas,
  chunkAddresses,
  clearMarks,
  markIssues,
  markedCells,
} from '../../src/excel/marks';
import { REGISTRATION_SHEET_MAPPING } from '../../src/excel/sheetMapping';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';

const USER_GREEN = '#C6EFCE';
const USER_BLUE = '#BDD7EE';

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

function issue(
  row: number,
  column: RegistrationColumn | null,
  severity: Severity,
  code: Issue['code'] = 'insz_checksum',
): Issue {
  // Marks read code, row, column and severity only; params are irrelevant here, so none are
  // made up for the codes that carry some (duplicate_person's firstRow...).
  return { code, row, column, severity, params: {} } as Issue;
}

function addRegistrationSheet(name: string, rows = 50): void {
  fake.host.addSheet(name, {
    rows: [
      ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'],
      ...Array.from({ length: rows }, (_, i) => [`x${i}`, `Naam ${i}`, 'Jan', '01012000', '1000']),
    ],
    columnFormats: { A: '@', B: '@', C: '@', D: '@', E: '@' },
  });
}

const mark = (sheetName: string, issues: readonly Issue[]) =>
  Excel.run((context) => markIssues(context, { sheetName, issues }));
const clear = (sheetName: string) => Excel.run((context) => clearMarks(context, { sheetName }));

describe('pure helpers', () => {
  test.each([
    ['a cell issue marks its cell', [issue(3, 'naam', 'warning')], [['B3', 'warning']]],
    [
      'a row-level issue marks the row of mapped cells',
      [issue(7, null, 'warning', 'duplicate_person')],
      [
        ['A7', 'warning'],
        ['B7', 'warning'],
        ['C7', 'warning'],
        ['D7', 'warning'],
        ['E7', 'warning'],
      ],
    ],
    [
      'the most severe finding of a cell wins',
      [issue(2, 'insz', 'warning'), issue(2, 'insz', 'error'), issue(2, 'insz', 'info')],
      [['A2', 'error']],
    ],
    [
      'row 0 and batch fields name no cell',
      [issue(0, null, 'error'), { ...issue(2, null, 'error'), column: 'dosis' as const }],
      [],
    ],
  ])('markedCells: %s', (_label, issues, expected) => {
    const { cells } = markedCells(issues, REGISTRATION_SHEET_MAPPING.columns);
    const named = [...cells].map(([key, severity]) => [
      areaAddress({
        r0: Math.floor(key / 16384),
        c0: key % 16384,
        r1: Math.floor(key / 16384),
        c1: key % 16384,
      }),
      severity,
    ]);
    expect(named).toEqual(expected);
  });

  test('markedCells: an issue on a column the mapping leaves out marks the row', () => {
    const columns = { insz: 2, naam: 3, voornaam: null, geboortedatum: 5, postcode: null };
    const { cells, skipped } = markedCells([issue(4, 'voornaam', 'warning', 'firstname_missing')], columns);
    expect([...cells.keys()].map((key) => key % 16384)).toEqual([2, 3, 5]);
    expect(skipped).toBe(0);
  });

  test.each([
    [
      'a vertical run',
      [
        [4, 2],
        [5, 2],
        [6, 2],
      ],
      ['C5:C7'],
    ],
    [
      'a row across columns',
      [
        [6, 0],
        [6, 1],
        [6, 2],
        [6, 3],
        [6, 4],
      ],
      ['A7:E7'],
    ],
    [
      'equal runs side by side',
      [
        [1, 0],
        [2, 0],
        [1, 1],
        [2, 1],
      ],
      ['A2:B3'],
    ],
    [
      'gaps split runs',
      [
        [1, 0],
        [3, 0],
        [4, 0],
      ],
      ['A2', 'A4:A5'],
    ],
    [
      'duplicates are one cell',
      [
        [1, 0],
        [1, 0],
      ],
      ['A2'],
    ],
    [
      'unequal runs stay apart',
      [
        [1, 0],
        [2, 0],
        [1, 1],
      ],
      ['A2:A3', 'B2'],
    ],
  ])('cellsToAreas: %s', (_label, cells, expected) => {
    const areas = cellsToAreas(cells.map(([row = 0, column = 0]) => ({ row, column })));
    expect(areas.map(areaAddress)).toEqual(expected);
  });

  test('chunkAddresses keeps every list under the limit and loses no address', () => {
    const addresses = Array.from({ length: 2000 }, (_, i) => `A${2 * i + 2}`);
    const chunks = chunkAddresses(addresses);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= MAX_AREAS_ADDRESS_LENGTH)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(addresses);
    expect(chunkAddresses(['A1', 'C5:C9', 'E7'], 8)).toEqual(['A1,C5:C9', 'E7']);
    expect(chunkAddresses([])).toEqual([]);
  });
});

describe('markIssues and clearMarks', () => {
  test('one fill per severity; the helper sheet is very hidden and remembers the marks', async () => {
    addRegistrationSheet('B001');
    fake.host.resetStats();
    const result = await mark('B001', [
      issue(2, 'insz', 'error'),
      issue(3, 'insz', 'error'),
      issue(4, 'insz', 'error'),
      issue(6, null, 'warning', 'duplicate_person'),
      issue(9, 'postcode', 'info', 'rows_over_limit'),
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        cells: { error: 3, warning: 5, info: 1 },
        areas: 3,
        skippedIssues: 0,
        restoredCells: 0,
        keptCells: 0,
      },
    });
    const sheet = fake.host.inspect.sheet('B001');
    for (const address of ['A2', 'A3', 'A4']) expect(sheet.fill(address)).toBe(MARK_FILLS.error);
    for (const address of ['A6', 'C6', 'E6']) expect(sheet.fill(address)).toBe(MARK_FILLS.warning);
    expect(sheet.fill('E9')).toBe(MARK_FILLS.info);
    expect(sheet.fill('A5')).toBeNull();
    expect(sheet.fill('B2')).toBeNull();
    // Three fills and the helper sheet's text format.
    expect(fake.host.stats.formatCalls).toEqual({ 'format.fill.color': 3, numberFormat: 1 });
    // The first mark of a workbook: one more sync to learn that there is no helper sheet yet.
    expect(fake.host.stats.syncs).toBe(4);
    const store = fake.host.inspect.sheet(MARKS_SHEET);
    expect(store.visibility).toBe('VeryHidden');
    expect(store.values('A1:D1')).toEqual([['Blad-id', 'Markering', 'Vorige opvulling', 'Adressen']]);
    expect(store.values('B2:D4')).toEqual([
      [MARK_FILLS.error, '', 'A2:A4'],
      [MARK_FILLS.warning, '', 'A6:E6'],
      [MARK_FILLS.info, '', 'E9'],
    ]);
    expect(store.values('A2')).toEqual([[sheet.id]]);
  });

  test("marks then clear: the user's own fills come back; a fill the user changed since stays", async () => {
    addRegistrationSheet('B001');
    // The user's own formatting before the marks: A3 green, A4:A5 blue, B2 green (never marked).
    fake.host.setCell('B001', 'A3', { fill: USER_GREEN });
    fake.host.setCell('B001', 'A4:A5', { fill: USER_BLUE });
    fake.host.setCell('B001', 'B2', { fill: USER_GREEN });
    const cellsOfInterest = ['A2', 'A3', 'A4', 'A5', 'A6', 'B2'];
    const colours = () =>
      Object.fromEntries(cellsOfInterest.map((a) => [a, fake.host.inspect.sheet('B001').fill(a)]));
    const before = colours();

    await mark(
      'B001',
      [2, 3, 4, 5, 6].map((row) => issue(row, 'insz', 'error')),
    );
    const sheet = fake.host.inspect.sheet('B001');
    for (const address of ['A2', 'A3', 'A4', 'A5', 'A6']) expect(sheet.fill(address)).toBe(MARK_FILLS.error);
    expect(sheet.fill('B2')).toBe(USER_GREEN);

    // The user recolours a marked cell.
    fake.host.setCell('B001', 'A5', { fill: USER_GREEN });
    fake.host.resetStats();
    const cleared = await clear('B001');
    expect(cleared).toEqual({ ok: true, value: { restoredCells: 4, keptCells: 1 } });
    expect(sheet.fill('A2')).toBeNull();
    expect(sheet.fill('A3')).toBe(USER_GREEN);
    expect(sheet.fill('A4')).toBe(USER_BLUE);
    expect(sheet.fill('A5')).toBe(USER_GREEN);
    expect(sheet.fill('A6')).toBeNull();
    expect(sheet.fill('B2')).toBe(USER_GREEN);
    expect(fake.host.stats.syncs).toBeLessThanOrEqual(4);

    // With A5 given its old fill back by hand, every fill is the user's as before the marks.
    fake.host.setCell('B001', 'A5', { fill: USER_BLUE });
    expect(colours()).toEqual(before);
    expect(before).toEqual({
      A2: null,
      A3: USER_GREEN,
      A4: USER_BLUE,
      A5: USER_BLUE,
      A6: null,
      B2: USER_GREEN,
    });
    // Nothing left to clear.
    expect(await clear('B001')).toEqual({ ok: true, value: { restoredCells: 0, keptCells: 0 } });
    expect(fake.host.inspect.sheet(MARKS_SHEET).values('A2:D2')).toEqual([['', '', '', '']]);
  });

  test('marking again replaces the earlier marks (restored first, so they are never taken for user fills)', async () => {
    addRegistrationSheet('B001');
    fake.host.setCell('B001', 'A3', { fill: USER_GREEN });
    await mark('B001', [issue(2, 'insz', 'error'), issue(3, 'insz', 'error')]);
    const again = await mark('B001', [issue(3, 'insz', 'warning'), issue(4, 'insz', 'warning')]);
    // Only what changed is written (issue #10): A2 gets its fill back, A3 changes colour (its
    // earlier fill stays recorded), A4 is new.
    expect(again.ok && again.value).toMatchObject({ restoredCells: 1, keptCells: 0 });
    const sheet = fake.host.inspect.sheet('B001');
    expect([sheet.fill('A2'), sheet.fill('A3'), sheet.fill('A4')]).toEqual([
      null,
      MARK_FILLS.warning,
      MARK_FILLS.warning,
    ]);
    await clear('B001');
    expect([sheet.fill('A2'), sheet.fill('A3'), sheet.fill('A4')]).toEqual([null, USER_GREEN, null]);
  });

  test('marks on an existing sheet through its mapping; other sheets keep their marks', async () => {
    fake.host.addSheet('Bewoners', {
      rows: [
        ['Titel'],
        [],
        ['Kamer', 'NISS', 'Nom', 'Date de naissance'],
        ['1', '123', 'Peeters', '01012000'],
      ],
    });
    addRegistrationSheet('B001');
    await mark('B001', [issue(2, 'insz', 'error')]);
    const columns = { insz: 1, naam: 2, voornaam: null, geboortedatum: 3, postcode: null };
    const result = await Excel.run((context) =>
      markIssues(context, {
        sheetName: 'Bewoners',
        columns,
        issues: [issue(4, 'insz', 'error'), issue(4, null, 'warning', 'identity_missing')],
      }),
    );
    expect(result.ok && result.value.cells).toEqual({ error: 1, warning: 2, info: 0 });
    const sheet = fake.host.inspect.sheet('Bewoners');
    expect([sheet.fill('A4'), sheet.fill('B4'), sheet.fill('C4'), sheet.fill('D4')]).toEqual([
      null,
      MARK_FILLS.error,
      MARK_FILLS.warning,
      MARK_FILLS.warning,
    ]);
    await clear('Bewoners');
    expect(fake.host.inspect.sheet('B001').fill('A2')).toBe(MARK_FILLS.error);
    expect([sheet.fill('B4'), sheet.fill('C4')]).toEqual([null, null]);
  });

  test('formatting calls and syncs stay bounded when the faulty cells grow 10x', async () => {
    // The helper sheet exists already (an earlier mark), as it does from the second mark on.
    addRegistrationSheet('B001', 2);
    await mark('B001', [issue(2, 'insz', 'error')]);
    const measure = async (sheetName: string, faulty: number) => {
      addRegistrationSheet(sheetName, 2 * faulty + 10);
      // Scattered on purpose (every other row): no two cells merge.
      const issues = Array.from({ length: faulty }, (_, i) => [
        issue(2 + 2 * i, 'insz', 'error'),
        issue(2 + 2 * i, 'geboortedatum', 'warning', 'birthdate_before_1900'),
      ]).flat();
      fake.host.resetStats();
      const result = await mark(sheetName, issues);
      expect(result.ok && result.value.areas).toBe(2 * faulty);
      const marked = { calls: fake.host.stats.formatCallsTotal, syncs: fake.host.stats.syncs };
      fake.host.resetStats();
      await clear(sheetName);
      return { ...marked, clearCalls: fake.host.stats.formatCallsTotal, clearSyncs: fake.host.stats.syncs };
    };
    const small = await measure('Klein', 150);
    const large = await measure('Groot', 1500);
    expect(small).toEqual({ calls: 2, syncs: 3, clearCalls: 1, clearSyncs: 3 });
    expect(large).toEqual({ calls: 6, syncs: 3, clearCalls: 5, clearSyncs: 3 });
    expect(large.syncs).toBe(small.syncs);
    expect(large.clearSyncs).toBe(small.clearSyncs);
    // Ten times the cells: a few more address chunks, nowhere near ten times the calls.
    expect(large.calls).toBeLessThanOrEqual(small.calls + 6);
    expect(large.clearCalls).toBeLessThanOrEqual(small.clearCalls + 6);
    const sheet = fake.host.inspect.sheet('Groot');
    expect(sheet.fill('A2')).toBeNull();
    expect(sheet.fill(`D${2 + 2 * 1499}`)).toBeNull();
  });

  test('renaming a sheet keeps its marks (stored by worksheet id); a deleted sheet takes them along', async () => {
    addRegistrationSheet('B001');
    addRegistrationSheet('B002');
    await mark('B001', [issue(2, 'insz', 'error')]);
    await mark('B002', [issue(2, 'insz', 'error')]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('B001').name = 'B001 hernoemd';
      context.workbook.worksheets.getItem('B002').delete();
      await context.sync();
    });
    expect(await clear('B001 hernoemd')).toEqual({ ok: true, value: { restoredCells: 1, keptCells: 0 } });
    expect(
      fake.host.inspect
        .sheet(MARKS_SHEET)
        .values('A2:D3')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  test('a missing sheet, and a sheet of our name that is not ours', async () => {
    expect(await mark('Weg', [issue(2, 'insz', 'error')])).toEqual({ ok: false, reason: 'sheet_not_found' });
    expect(await clear('Weg')).toEqual({ ok: false, reason: 'sheet_not_found' });
    addRegistrationSheet('B001');
    fake.host.addSheet(MARKS_SHEET, { rows: [['Mijn eigen blad']] });
    expect(await mark('B001', [issue(2, 'insz', 'error')])).toEqual({
      ok: false,
      reason: 'marks_sheet_taken',
    });
    expect(fake.host.inspect.sheet('B001').fill('A2')).toBeNull();
    expect(fake.host.inspect.sheet(MARKS_SHEET).values('A1')).toEqual([['Mijn eigen blad']]);
  });
});

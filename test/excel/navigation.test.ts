import { activeSheetName, selectCell } from '../../src/excel/navigation';
import { selectRegisterRows } from '../../src/excel/registerNavigation';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
  fake.host.addSheet('B001 Vaxigrip 28-11-2026', {
    rows: [['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']],
  });
});
afterEach(() => fake.uninstall());

describe('navigation', () => {
  test('activeSheetName tells the sheet the user is on, in one sync', async () => {
    fake.host.userActivate('B001 Vaxigrip 28-11-2026');
    fake.host.resetStats();
    await expect(Excel.run((context) => activeSheetName(context))).resolves.toBe('B001 Vaxigrip 28-11-2026');
    expect(fake.host.stats.syncs).toBe(1);
  });

  test('selectCell activates the sheet and selects the cell of an issue (row 1-based, column 0-based)', async () => {
    fake.host.userActivate('Blad1');
    await Excel.run((context) => selectCell(context, 'B001 Vaxigrip 28-11-2026', 7, 3));
    const workbook = fake.host.inspect.workbook();
    expect(workbook.activeSheet).toBe('B001 Vaxigrip 28-11-2026');
    expect(workbook.selection).toBe("'B001 Vaxigrip 28-11-2026'!D7");
  });

  describe('selectRegisterRows: a group click selects all its rows (issue #9)', () => {
    const sheet = 'B001 Vaxigrip 28-11-2026';
    // RangeAreas.select is ExcelApi 1.18.
    beforeEach(() => {
      fake.uninstall();
      fake = installFakeExcel(globalThis, { sheets: ['Blad1'], requirementSets: { ExcelApi: '1.18' } });
      fake.host.addSheet(sheet, { rows: [['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']] });
    });
    const select = (rows: number[], maxAddressLength?: number) =>
      Excel.run((context) => selectRegisterRows(context, sheet, rows, 16, maxAddressLength));

    test('one run of rows: one rectangle, A to the last column', async () => {
      fake.host.userActivate('Blad1');
      await expect(select([2, 3, 4])).resolves.toEqual({ selected: 3, rows: 3 });
      const workbook = fake.host.inspect.workbook();
      expect([workbook.activeSheet, workbook.selection]).toEqual([sheet, `'${sheet}'!A2:Q4`]);
    });

    test('rows interleaved with another group: every run selected at once, in one sync', async () => {
      fake.host.resetStats();
      await expect(select([2, 3, 4, 9, 12, 13])).resolves.toEqual({ selected: 6, rows: 6 });
      expect(fake.host.inspect.workbook().selection).toBe(
        `'${sheet}'!A2:Q4, '${sheet}'!A9:Q9, '${sheet}'!A12:Q13`,
      );
      expect(fake.host.stats.syncs).toBe(1);
    });

    test('more runs than one address list holds: the first runs that fit, and how many rows they are', async () => {
      // Every other row from 2 to 2,000: 1,000 runs, about 9,000 characters of addresses.
      const rows = Array.from({ length: 1000 }, (_, i) => 2 + 2 * i);
      const done = await select(rows);
      expect(done.rows).toBe(1000);
      expect(done.selected).toBeGreaterThan(100);
      expect(done.selected).toBeLessThan(1000);
      const selection = fake.host.inspect.workbook().selection ?? '';
      expect(selection.split(', ')).toHaveLength(done.selected);
      expect(selection.startsWith(`'${sheet}'!A2:Q2, '${sheet}'!A4:Q4`)).toBe(true);
    });

    test('the address list never exceeds the limit given', async () => {
      const done = await select([2, 4, 6, 8], 'A2:Q2,A4:Q4'.length);
      expect(done).toEqual({ selected: 2, rows: 4 });
      expect(fake.host.inspect.workbook().selection).toBe(`'${sheet}'!A2:Q2, '${sheet}'!A4:Q4`);
    });
  });

  test('selectRegisterRows on an Excel without RangeAreas.select (before ExcelApi 1.18): the first run', async () => {
    const sheet = 'B001 Vaxigrip 28-11-2026';
    const done = await Excel.run((context) => selectRegisterRows(context, sheet, [2, 3, 4, 9], 16));
    expect(done).toEqual({ selected: 3, rows: 4 });
    expect(fake.host.inspect.workbook().selection).toBe(`'${sheet}'!A2:Q4`);
  });
});

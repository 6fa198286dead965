import { activeSheetName, selectCell } from '../../src/excel/navigation';
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
});

import { rejectionOf, useFakeExcel } from './helpers';

/**
 * Worksheet identity as Excel documents it: `Worksheet.id` "Returns a value that uniquely
 * identifies the worksheet in a given workbook. The value of the identifier remains the same even
 * when the worksheet is renamed or moved" (Excel.Worksheet.id, ExcelApi 1.1);
 * `worksheets.getItem(key)` "Gets a worksheet object using its name or ID"; `Worksheet.copy`
 * "Copies a worksheet and places it at the specified position" (ExcelApi 1.7), the copy being a
 * new worksheet with its own id.
 */
describe('fake Excel: worksheet ids survive rename and move, a copy gets a new id', () => {
  const fake = useFakeExcel({ sheets: ['Batches', 'B001 Vaxigrip'] });

  async function idsAndNames(): Promise<[string, string][]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/id, items/name');
      await context.sync();
      return sheets.items.map((sheet) => [sheet.id, sheet.name]);
    });
  }

  test('the user renaming a sheet keeps its id; getItem finds it by id and by the new name only', async () => {
    const [, [id]] = (await idsAndNames()) as [[string, string], [string, string]];
    fake().host.userRenameSheet('B001 Vaxigrip', 'Griep 28-11');
    const read = await Excel.run(async (context) => {
      const byId = context.workbook.worksheets.getItem(id).load('id, name');
      const byNewName = context.workbook.worksheets.getItem('griep 28-11').load('id');
      const byOldName = context.workbook.worksheets.getItemOrNullObject('B001 Vaxigrip');
      await context.sync();
      return { byId: [byId.id, byId.name], byNewName: byNewName.id, oldGone: byOldName.isNullObject };
    });
    expect(read).toEqual({ byId: [id, 'Griep 28-11'], byNewName: id, oldGone: true });
  });

  test('the add-in renaming (Worksheet.name) and moving (Worksheet.position) keeps the id', async () => {
    const before = await idsAndNames();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('B001 Vaxigrip');
      sheet.name = 'Hernoemd';
      sheet.position = 0;
      await context.sync();
    });
    const after = await idsAndNames();
    expect(after).toEqual([
      [before[1]![0], 'Hernoemd'],
      [before[0]![0], 'Batches'],
    ]);
  });

  test('the user moving a tab keeps every id and changes the order', async () => {
    const before = await idsAndNames();
    fake().host.userMoveSheet('B001 Vaxigrip', 0);
    expect(await idsAndNames()).toEqual([before[1], before[0]]);
    expect(() => fake().host.userMoveSheet('Batches', 5)).toThrow();
  });

  test('the user copying a sheet: a new id, the name "<name> (2)", everything on the sheet copied', async () => {
    const host = fake().host;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('B001 Vaxigrip');
      sheet.getRange('A:E').numberFormat = '@' as unknown as string[][];
      sheet.getRange('A1:B2').values = [
        ['INSZ', 'Naam'],
        ['05010112345', 'Peeters'],
      ];
      sheet.freezePanes.freezeRows(1);
      const rule = sheet.getRange('A2:A100').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = '=LEN(A2)<>11';
      rule.custom.format.fill.color = '#FFC7CE';
      await context.sync();
    });
    const [, [originalId]] = (await idsAndNames()) as [[string, string], [string, string]];
    const copy = host.userCopySheet('B001 Vaxigrip');
    expect(copy.name).toBe('B001 Vaxigrip (2)');
    expect(copy.id).not.toBe(originalId);
    expect((await idsAndNames()).map(([, name]) => name)).toEqual([
      'Batches',
      'B001 Vaxigrip',
      'B001 Vaxigrip (2)',
    ]);
    const copied = host.inspect.sheet('B001 Vaxigrip (2)');
    expect(copied.values('A1:B2')).toEqual([
      ['INSZ', 'Naam'],
      ['05010112345', 'Peeters'],
    ]);
    expect(copied.numberFormats('A2')).toEqual([['@']]);
    expect(copied.frozenRows).toBe(1);
    expect(copied.conditionalFormats()).toHaveLength(1);
    // A second copy takes the next free number; the copy is the active sheet.
    expect(host.userCopySheet('B001 Vaxigrip').name).toBe('B001 Vaxigrip (3)');
    // Changing the copy leaves the original alone.
    await host.userEdit('B001 Vaxigrip (2)', 'B2', 'Janssens');
    expect(host.inspect.sheet('B001 Vaxigrip').values('B2')).toEqual([['Peeters']]);
  });

  test('a copy of a long name is shortened to stay within 31 characters', () => {
    const host = fake().host;
    host.addSheet('B012 Vaxigrip Tetra 28-11-2026');
    expect(host.userCopySheet('B012 Vaxigrip Tetra 28-11-2026').name).toBe('B012 Vaxigrip Tetra 28-11-2 (2)');
  });

  test('Worksheet.copy(positionType, relativeTo) places the copy; the default "None" puts it first', async () => {
    const read = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const original = sheets.getItem('B001 Vaxigrip');
      const first = original.copy();
      const after = original.copy(Excel.WorksheetPositionType.after, sheets.getItem('Batches'));
      first.load('id, name, position');
      after.load('name, position');
      original.load('id');
      await context.sync();
      return {
        first: [first.name, first.position],
        after: [after.name, after.position],
        differs: first.id !== original.id,
      };
    });
    expect(read).toEqual({ first: ['B001 Vaxigrip (2)', 0], after: ['B001 Vaxigrip (3)', 2], differs: true });
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Batches').copy('Before');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a table on a copied sheet is copied under a new unique name', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Batches');
      sheet.getRange('A1:B2').values = [
        ['Batch', 'Registratieblad'],
        ['B001', 'B001 Vaxigrip'],
      ];
      sheet.tables.add('A1:B2', true).name = 'tblBatches';
      await context.sync();
    });
    fake().host.userCopySheet('Batches');
    const names = await Excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name');
      await context.sync();
      return tables.items.map((table) => table.name);
    });
    expect(names).toEqual(['tblBatches', 'tblBatches2']);
  });

  test('the user deleting a sheet: getItem by its id no longer finds it', async () => {
    const [, [id]] = (await idsAndNames()) as [[string, string], [string, string]];
    fake().host.userDeleteSheet('B001 Vaxigrip');
    const gone = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      await context.sync();
      return sheet.isNullObject;
    });
    expect(gone).toBe(true);
  });
});

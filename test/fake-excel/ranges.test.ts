import { rejectionOf, useFakeExcel } from './helpers';

/**
 * Range navigation and actions, per the Excel.Range reference: getCell is relative to the top-left
 * cell; getUsedRange "If there are no used cells within the range, this function will throw an
 * ItemNotFound error"; Worksheet.getUsedRange "If the worksheet is blank, this function will return
 * the top left cell"; getUsedRangeOrNullObject returns a null object instead.
 */
describe('fake Excel: range navigation', () => {
  const fake = useFakeExcel({
    sheets: [
      {
        name: 'Data',
        rows: [
          ['INSZ', 'Naam'],
          ['85073003328', 'Janssens'],
          [null, null],
          [null, 'Peeters'],
        ],
        at: 'B2',
      },
      'Blank',
    ],
  });

  async function addressOf(make: (sheet: Excel.Worksheet) => Excel.Range): Promise<string> {
    return Excel.run(async (context) => {
      const range = make(context.workbook.worksheets.getItem('Data'));
      range.load('address');
      await context.sync();
      return range.address;
    });
  }

  test.each<[string, (s: Excel.Worksheet) => Excel.Range, string]>([
    ['getCell is relative to the top-left cell', (s) => s.getRange('B2:D5').getCell(1, 2), 'Data!D3'],
    ['getCell may leave the range', (s) => s.getRange('B2').getCell(3, 0), 'Data!B5'],
    ['getOffsetRange', (s) => s.getRange('B2:C3').getOffsetRange(1, 1), 'Data!C3:D4'],
    ['getResizedRange', (s) => s.getRange('B2').getResizedRange(2, 1), 'Data!B2:C4'],
    ['getRow', (s) => s.getRange('B2:C5').getRow(1), 'Data!B3:C3'],
    ['getColumn', (s) => s.getRange('B2:C5').getColumn(1), 'Data!C2:C5'],
    ['getEntireColumn', (s) => s.getRange('B2:C5').getEntireColumn(), 'Data!B:C'],
    ['getEntireRow', (s) => s.getRange('B2').getEntireRow(), 'Data!2:2'],
    ['getLastRow', (s) => s.getRange('B2:C5').getLastRow(), 'Data!B5:C5'],
    ['getRangeByIndexes', (s) => s.getRangeByIndexes(1, 1, 1000, 5), 'Data!B2:F1001'],
    ['getCell on the worksheet', (s) => s.getCell(0, 0), 'Data!A1'],
    ['getUsedRange', (s) => s.getUsedRange(), 'Data!B2:C5'],
    ['getUsedRange of a range', (s) => s.getRange('A1:B3').getUsedRange(), 'Data!B2:B3'],
    ['getIntersection', (s) => s.getRange('A1:C3').getIntersection('B2:D4'), 'Data!B2:C3'],
  ])('%s', async (_label, make, expected) => {
    expect(await addressOf(make)).toBe(expected);
  });

  test('getUsedRange(true) ignores cells that only have a format', async () => {
    fake().host.setCell('Data', 'F10', { fill: '#FFFF00' });
    expect(await addressOf((s) => s.getUsedRange())).toBe('Data!B2:F10');
    expect(await addressOf((s) => s.getUsedRange(true))).toBe('Data!B2:C5');
  });

  test('a blank sheet: getUsedRange returns A1, getUsedRangeOrNullObject a null object', async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blank');
      const used = sheet.getUsedRange();
      used.load('address');
      const orNull = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      return [used.address, orNull.isNullObject];
    });
    expect(read).toEqual(['Blank!A1', true]);
  });

  test.each<[string, (s: Excel.Worksheet) => Excel.Range, string]>([
    ['a range with no used cells: getUsedRange', (s) => s.getRange('H1:H5').getUsedRange(), 'ItemNotFound'],
    ['getOffsetRange off the sheet', (s) => s.getRange('A1').getOffsetRange(-1, 0), 'InvalidArgument'],
    ['getResizedRange to nothing', (s) => s.getRange('B2').getResizedRange(-2, 0), 'InvalidArgument'],
    ['getRow outside the range', (s) => s.getRange('B2:C3').getRow(2), 'InvalidArgument'],
    ['getIntersection without overlap', (s) => s.getRange('A1').getIntersection('C3'), 'ItemNotFound'],
  ])('%s is refused (%s)', async (_label, make, code) => {
    const error = await rejectionOf(addressOf(make));
    expect(error.code).toBe(code);
  });

  test('rowIndex, columnIndex, rowCount, columnCount, cellCount', async () => {
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B2:D5');
      range.load('rowIndex, columnIndex, rowCount, columnCount, cellCount');
      await context.sync();
      return [range.rowIndex, range.columnIndex, range.rowCount, range.columnCount, range.cellCount];
    });
    expect(read).toEqual([1, 1, 4, 3, 12]);
  });

  test('a range keeps the cells it was bound to at its first sync', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const used = sheet.getUsedRange();
      used.load('address');
      await context.sync();
      sheet.getRange('Z99').values = [['far']];
      used.load('address');
      await context.sync();
      expect(used.address).toBe('Data!B2:C5');
    });
  });

  test('a defined name can be used as an address', async () => {
    await Excel.run(async (context) => {
      context.workbook.names.add('Titels', context.workbook.worksheets.getItem('Data').getRange('B2:C2'));
      await context.sync();
      const range = context.workbook.worksheets.getItem('Data').getRange('Titels');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['INSZ', 'Naam']]);
    });
  });
});

describe('fake Excel: range actions', () => {
  const fake = useFakeExcel({
    sheets: [
      {
        name: 'Data',
        rows: [
          ['a', 'b', 'c'],
          ['d', 'e', 'f'],
          ['g', 'h', 'i'],
        ],
      },
    ],
  });

  test.each([
    [
      'Contents',
      [
        ['', ''],
        ['', ''],
      ],
      '#FFFF00',
    ],
    [
      'Formats',
      [
        ['a', 'b'],
        ['d', 'e'],
      ],
      null,
    ],
    [
      'All',
      [
        ['', ''],
        ['', ''],
      ],
      null,
    ],
  ])('clear(%s)', async (applyTo, values, fill) => {
    fake().host.setCell('Data', 'A1:B2', { fill: '#FFFF00' });
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('Data')
        .getRange('A1:B2')
        .clear(applyTo as Excel.ClearApplyTo);
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Data');
    expect(sheet.values('A1:B2')).toEqual(values);
    expect(sheet.fill('A1')).toBe(fill);
    expect(sheet.values('C3')).toEqual([['i']]);
  });

  test('insert(Down) on whole rows shifts the rows below, delete(Up) shifts them back', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('2:2').insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Data').values('A1:A4')).toEqual([['a'], [''], ['d'], ['g']]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('2:2').delete(Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Data').values('A1:A3')).toEqual([['a'], ['d'], ['g']]);
  });

  test('insert(Right) on cells shifts only those rows', async () => {
    await Excel.run(async (context) => {
      const inserted = context.workbook.worksheets
        .getItem('Data')
        .getRange('A1:A2')
        .insert(Excel.InsertShiftDirection.right);
      inserted.load('address');
      await context.sync();
      expect(inserted.address).toBe('Data!A1:A2');
    });
    expect(fake().host.inspect.sheet('Data').values('A1:D3')).toEqual([
      ['', 'a', 'b', 'c'],
      ['', 'd', 'e', 'f'],
      ['g', 'h', 'i', ''],
    ]);
  });
});

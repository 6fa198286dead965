import { FakeExcelNotModelledError } from '../../src/fake-excel';
import { rejectionOf, useFakeExcel } from './helpers';

/**
 * Proxy objects and load tracking, as office.js does them. PropertyNotLoaded message and code:
 * office-js issue #190; field-based getters and setters: office.js source (`_throwIfNotLoaded`,
 * `set: function (value) { this.m_values = value; ... }`); "Application-specific API model"
 * (load queues, sync delivers); ClientResult.value before sync: `ValueNotLoaded`.
 */
describe('fake Excel: reading a property that was not loaded and synced throws PropertyNotLoaded', () => {
  const fake = useFakeExcel({
    sheets: [
      {
        name: 'Sheet1',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ],
  });

  test.each([
    [
      'Range.values',
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getRange('A1').values,
    ],
    [
      'Range.address',
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getRange('A1').address,
    ],
    [
      'Range.valueTypes',
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getRange('A1').valueTypes,
    ],
    ['Worksheet.name', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').name],
    ['WorksheetCollection.items', (c: Excel.RequestContext) => c.workbook.worksheets.items],
    [
      'RangeFill.color',
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color,
    ],
    [
      'Worksheet.isNullObject',
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').isNullObject,
    ],
  ])('%s without load', async (_label, read) => {
    await Excel.run(async (context) => {
      expect(() => read(context)).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('the error is an OfficeExtension.Error with the office.js message', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(OfficeExtension.Error);
      expect((caught as OfficeExtension.Error).message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
    });
  });

  test('load() without sync is not enough', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a']]);
    });
  });

  test('loading one property does not load another', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      await context.sync();
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test.each([
    ['a comma-separated string', 'values, numberFormat'],
    ['an array', ['values', 'numberFormat']],
    ['{ select } with a string', { select: 'values,numberFormat' }],
    ['{ select } with an array', { select: ['values', 'numberFormat'] }],
  ])('load accepts %s', async (_label, option) => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.load(option as string);
      await context.sync();
      expect(range.values).toEqual([['a', 'b']]);
      expect(range.numberFormat).toEqual([['General', 'General']]);
    });
  });

  test('load() with no argument loads every scalar property', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load();
      await context.sync();
      expect(range.address).toBe('Sheet1!A1');
      expect(range.values).toEqual([['a']]);
    });
  });

  test('navigation paths load nested objects: format/fill/color, items/name, and collection.load("name")', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('format/fill/color, address');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const again = context.workbook.worksheets;
      again.load('name');
      await context.sync();
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
      expect(again.items.map((s) => s.name)).toEqual(['Sheet1']);
      expect(() => sheets.items[0]?.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('values reflect the workbook at the point of the queue where the load ran', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getRange('A1');
      before.load('values');
      sheet.getRange('A1').values = [['changed']];
      const after = sheet.getRange('A1');
      after.load('values');
      await context.sync();
      expect(before.values).toEqual([['a']]);
      expect(after.values).toEqual([['changed']]);
      // Later changes are not seen until loaded and synced again.
      fake().host.setCell('Sheet1', 'A1', { value: 'by someone else' });
      expect(after.values).toEqual([['changed']]);
      after.load('values');
      await context.sync();
      expect(after.values).toEqual([['by someone else']]);
    });
  });

  test('set-then-read returns what was assigned, not what Excel stored (office.js keeps the assigned value)', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['01012000']];
      expect(range.values).toEqual([['01012000']]);
      await context.sync();
      expect(range.values).toEqual([['01012000']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1012000]]);
    });
  });

  test('loaded values are copies: mutating them does not change the workbook', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      await context.sync();
      range.values[0]![0] = 'mutated';
    });
    expect(fake().host.inspect.sheet('Sheet1').values('A1')).toEqual([['a']]);
  });

  test('loading a property the fake does not model fails loudly', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.load('hyperlink')).toThrow(FakeExcelNotModelledError);
    });
  });

  test('ClientResult.value throws ValueNotLoaded until the sync', async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test('toJSON() gives the loaded properties', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.load('address, values');
      await context.sync();
      expect(range.toJSON()).toEqual({ address: 'Sheet1!A1:B1', values: [['a', 'b']] });
    });
  });
});

describe('fake Excel: the isNullObject pattern', () => {
  useFakeExcel({ sheets: ['Sheet1'] });

  test('getItemOrNullObject: isNullObject after sync, without load', async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('actions on a null object are ignored and its properties read as undefined', async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      missing.getRange('A1').values = [['x']];
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });
});

describe('fake Excel: the strict option readAfterSet "throw"', () => {
  useFakeExcel({ sheets: ['Sheet1'], readAfterSet: 'throw' });

  test('set-then-read throws PropertyNotLoaded until loaded and synced', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['01012000']];
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1012000]]);
    });
  });
});

import { rejectionOf, useFakeExcel } from './helpers';

/**
 * Tables ("Work with tables using the Excel JavaScript API"): add(address, hasHeaders), headers
 * made unique ("Column1"), at least one data row, rows.add(index, values) with the same coercion as
 * Range.values, rows.count; names ("Names in formulas"): defined-name rules, unique per scope.
 */
describe('fake Excel: tables', () => {
  const fake = useFakeExcel({
    sheets: [{ name: 'Log', rows: [['Tijd', 'Batch', 'Bestand']] }, 'Other'],
  });

  test('add with headers: name, header and body ranges, one empty data row for a header-only address', async () => {
    const read = await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Log').tables.add('A1:C1', true);
      table.load('name');
      const header = table.getHeaderRowRange();
      const body = table.getDataBodyRange();
      header.load('values, address');
      body.load('address');
      table.rows.load('count');
      await context.sync();
      return [table.name, header.values, header.address, body.address, table.rows.count];
    });
    expect(read).toEqual(['Table1', [['Tijd', 'Batch', 'Bestand']], 'Log!A1:C1', 'Log!A2:C2', 1]);
  });

  test('rows.add appends, coerces values like Range.values, and keeps "@" from the row above', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Log');
      const table = sheet.tables.add('A1:C2', true);
      sheet.getRange('A2:C2').numberFormat = [['@', '@', '@']];
      table.rows.add(undefined, [
        ['20261128', 'B003', 'vaccinnet_20261128_B003_x_1-1.csv'],
        ['20261129', 'B004', 'vaccinnet_20261129_B004_x_1-1.csv'],
      ]);
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Log');
    expect(sheet.values('A3:B4')).toEqual([
      ['20261128', 'B003'],
      ['20261129', 'B004'],
    ]);
    expect(sheet.tables()).toEqual([
      expect.objectContaining({
        name: 'Table1',
        address: 'Log!A1:C4',
        headers: ['Tijd', 'Batch', 'Bestand'],
        dataRowCount: 3,
      }),
    ]);
  });

  test('rows.add at an index inserts inside the table, shifting cells below within its columns', async () => {
    fake().host.setCell('Log', 'A10', { value: 'below' });
    fake().host.setCell('Log', 'E10', { value: 'beside' });
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Log').tables.add('A1:C3', true);
      context.workbook.worksheets.getItem('Log').getRange('A2:C3').values = [
        ['r1', '', ''],
        ['r2', '', ''],
      ];
      table.rows.add(0, [['r0', '', '']]);
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Log');
    expect(sheet.values('A2:A4')).toEqual([['r0'], ['r1'], ['r2']]);
    expect(sheet.values('A11')).toEqual([['below']]);
    expect(sheet.values('E10')).toEqual([['beside']]);
  });

  test('numeric text in a General table column loses its leading zeros, as anywhere else', async () => {
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Log').tables.add('A1:C1', true);
      table.rows.add(undefined, [['0800', '007', 'x']]);
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Log').values('A3:B3')).toEqual([[800, 7]]);
  });

  test('without headers a header row is inserted above with Column1..n', async () => {
    fake().host.setCell('Other', 'A1:B1', { value: 'data' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Other').tables.add('A1:B1', false);
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Other');
    expect(sheet.values('A1:B2')).toEqual([
      ['Column1', 'Column2'],
      ['data', 'data'],
    ]);
  });

  test('columns: names from the header, getItem by name, data body range', async () => {
    const read = await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Log').tables.add('A1:C1', true);
      table.columns.load('items/name');
      const body = table.columns.getItem('batch').getDataBodyRange();
      body.load('address');
      await context.sync();
      return [table.columns.items.map((c) => c.name), body.address];
    });
    expect(read).toEqual([['Tijd', 'Batch', 'Bestand'], 'Log!B2']);
  });

  test('columns.add at the end: header from values, body coerced, cells right of the table on its rows shift right', async () => {
    fake().host.setCell('Log', 'D2', { value: 'beside' });
    fake().host.setCell('Log', 'D5', { value: 'below the table' });
    const read = await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Log').tables.add('A1:C3', true);
      const added = table.columns.add(undefined, [['Opmerking'], ['0800'], ['']]);
      added.load('name, index');
      const range = table.getRange();
      range.load('address');
      await context.sync();
      return [added.name, added.index, range.address];
    });
    expect(read).toEqual(['Opmerking', 3, 'Log!A1:D3']);
    const sheet = fake().host.inspect.sheet('Log');
    expect(sheet.values('D1:E3')).toEqual([
      ['Opmerking', ''],
      [800, 'beside'],
      ['', ''],
    ]);
    expect(sheet.values('D5')).toEqual([['below the table']]);
  });

  test('columns.add at an index shifts the later columns; a taken header is made unique; name; a wrong height is refused', async () => {
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Log').tables.add('A1:C2', true);
      table.columns.add(1, [['Batch'], ['x']]);
      table.columns.add(-1, undefined, 'Notitie');
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Log').values('A1:E2')).toEqual([
      ['Tijd', 'Batch2', 'Batch', 'Bestand', 'Notitie'],
      ['', 'x', '', '', ''],
    ]);
    const refused = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.tables.getItemAt(0).columns.add(undefined, [['Te kort']]);
        await context.sync();
      }),
    );
    expect(refused).toMatchObject({ code: 'InvalidArgument' });
  });

  test('columns.add moves a table to the right with its cells, and refuses to cut one', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Log');
      sheet.tables.add('A1:C3', true).name = 'Links';
      sheet.getRange('E1:F1').values = [['X', 'Y']];
      sheet.tables.add('E1:F2', true).name = 'Rechts';
      context.workbook.tables.getItem('Links').columns.add(undefined, [['Nieuw'], [''], ['']]);
      await context.sync();
    });
    const tables = fake().host.inspect.sheet('Log').tables();
    expect(tables.map((t) => [t.name, t.address])).toEqual([
      ['Links', 'Log!A1:D3'],
      ['Rechts', 'Log!F1:G2'],
    ]);
    const refused = await rejectionOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Log');
        sheet.getRange('I2:I2').values = [['Z']];
        sheet.tables.add('I2:I4', true);
        context.workbook.tables.getItem('Rechts').columns.add(undefined, [['Nieuw'], ['']]);
        await context.sync();
      }),
    );
    expect(refused).toMatchObject({ code: 'InvalidOperation' });
  });

  test('a collection loads its own scalars and its items together (tables.load("count, items/name"))', async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Log');
      sheet.tables.add('A1:C1', true);
      sheet.tables.add('E1:F1', true);
      const tables = context.workbook.tables;
      tables.load('count, items/name');
      const onSheet = context.workbook.worksheets.getItem('Other');
      onSheet.load('tables/items/name');
      await context.sync();
      return [tables.count, tables.items.map((t) => t.name), onSheet.tables.items.length];
    });
    expect(read).toEqual([2, ['Table1', 'Table2'], 0]);
  });

  test('tables cannot overlap; names are unique; getItemOrNullObject', async () => {
    const overlap = await rejectionOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Log');
        sheet.tables.add('A1:C3', true);
        sheet.tables.add('B2:D4', true);
        await context.sync();
      }),
    );
    expect(overlap.code).toBe('InvalidOperation');
    const read = await Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject('Table1');
      const missing = context.workbook.tables.getItemOrNullObject('Nope');
      table.name = 'ExportLog';
      await context.sync();
      return [table.isNullObject, missing.isNullObject];
    });
    expect(read).toEqual([false, true]);
    expect(fake().host.inspect.workbook().tables).toEqual(['ExportLog']);
  });
});

describe('fake Excel: named items', () => {
  const fake = useFakeExcel({ sheets: ['Batches', 'Lijsten'] });

  test('add with a Range or a formula; getItemOrNullObject; formula reads back absolute and sheet-qualified', async () => {
    const read = await Excel.run(async (context) => {
      context.workbook.names.add(
        'Toedieningswijzen',
        context.workbook.worksheets.getItem('Lijsten').getRange('A2:A9'),
      );
      context.workbook.names.add('Dosis', '=0.5');
      const named = context.workbook.names.getItemOrNullObject('toedieningswijzen');
      const missing = context.workbook.names.getItemOrNullObject('Nope');
      named.load('name, formula, type');
      await context.sync();
      const range = named.getRange();
      range.load('address');
      const dosis = context.workbook.names.getItem('Dosis');
      dosis.load('type, formula');
      await context.sync();
      return [
        named.isNullObject,
        missing.isNullObject,
        named.formula,
        named.type,
        range.address,
        dosis.type,
        dosis.formula,
      ];
    });
    expect(read).toEqual([false, true, '=Lijsten!$A$2:$A$9', 'Range', 'Lijsten!A2:A9', 'Double', '=0.5']);
    expect(fake().host.inspect.workbook().names).toEqual([
      expect.objectContaining({ name: 'Toedieningswijzen', scope: 'Workbook', reference: 'Lijsten!A2:A9' }),
      expect.objectContaining({ name: 'Dosis', formula: '=0.5' }),
    ]);
  });

  test.each([
    ['a space', 'Mijn lijst'],
    ['a cell reference', 'AB12'],
    ['R1C1', 'R1C1'],
    ['a leading digit', '1lijst'],
  ])('a name with %s is refused (InvalidArgument)', async (_label, name) => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.names.add(name, '=1');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a duplicate name ignoring case is ItemAlreadyExists; worksheet names have their own scope', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.names.add('Lijst', '=1');
        context.workbook.names.add('LIJST', '=2');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Batches').names.add('Lijst', '=Batches!$A$1');
      await context.sync();
    });
    expect(
      fake()
        .host.inspect.workbook()
        .names.map((n) => [n.name, n.scope]),
    ).toEqual([
      ['Lijst', 'Workbook'],
      ['Lijst', 'Batches'],
    ]);
  });
});

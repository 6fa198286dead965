import { rejectionOf, useFakeExcel } from './helpers';

/**
 * Range formatting ("Set range format using the Excel JavaScript API"; "Blank and null values":
 * formatting properties read `null` when cells differ), RangeAreas ("Work with multiple ranges
 * simultaneously in Excel add-ins"), column widths in points (default 48 = 8.43 characters).
 */
describe('fake Excel: range formats', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1'] });

  test('fill colour: set by name or hex, read back as #RRGGBB; no fill reads #FFFFFF; mixed reads null', async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.fill.color = 'yellow';
      sheet.getRange('A2').format.fill.color = '#ffc7ce';
      const a1 = sheet.getRange('A1').format.fill;
      const empty = sheet.getRange('C1').format.fill;
      const mixed = sheet.getRange('A1:A2').format.fill;
      a1.load('color');
      empty.load('color');
      mixed.load('color');
      await context.sync();
      return [a1.color, empty.color, mixed.color];
    });
    expect(read).toEqual(['#FFFF00', '#FFFFFF', null]);
    expect(fake().host.inspect.sheet('Sheet1').fills()).toEqual([
      { address: 'A1', color: '#FFFF00' },
      { address: 'A2', color: '#FFC7CE' },
    ]);
  });

  test('fill.clear() removes the fill', async () => {
    fake().host.setCell('Sheet1', 'A1:B2', { fill: '#FF0000' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').format.fill.clear();
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Sheet1').fill('B2')).toBeNull();
    expect(fake().host.stats.formatCalls).toEqual({ 'format.fill.clear': 1 });
  });

  test('an unknown colour is refused (InvalidArgument)', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'not-a-colour';
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('font bold and colour', async () => {
    await Excel.run(async (context) => {
      const header = context.workbook.worksheets.getItem('Sheet1').getRange('A1:E1');
      header.format.font.bold = true;
      header.format.font.color = '#9C0006';
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Sheet1').cell('E1')).toMatchObject({
      fontBold: true,
      fontColor: '#9C0006',
    });
  });

  test('fills on whole columns do not create a million cells, and still apply to every cell', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B:B').format.fill.color = '#DDEBF7';
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect(sheet.fill('B1048576')).toBe('#DDEBF7');
    expect(sheet.fills()).toEqual([{ address: 'B:B', color: '#DDEBF7' }]);
    expect(sheet.usedRange()).toBeNull();
  });

  test('a format on A2:E1048576 is one layer, not five million cells; the most recent format wins', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      (sheet.getRange('A2:E1048576') as unknown as { numberFormat: string }).numberFormat = '@';
      sheet.getRange('B3').numberFormat = [['0.00']];
      sheet.getRange('A1:E1').format.fill.color = '#DDEBF7';
      sheet.getRange('A1:E1048576').format.fill.color = '#FFFFFF';
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect(sheet.numberFormats('A1:C3')).toEqual([
      ['General', 'General', 'General'],
      ['@', '@', '@'],
      ['@', '0.00', '@'],
    ]);
    expect(sheet.numberFormats('E1048576')).toEqual([['@']]);
    expect(sheet.fill('A1')).toBe('#FFFFFF');
    expect(sheet.cells().map((c) => c.address)).toEqual(['B3']);
  });

  test('clear("Formats") inside a whole-column format gives those cells the default format back', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      (sheet.getRange('A:A') as unknown as { numberFormat: string }).numberFormat = '@';
      sheet.getRange('A:A').format.fill.color = '#FFC7CE';
      sheet.getRange('A5:A6').clear(Excel.ClearApplyTo.formats);
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect(sheet.numberFormats('A4:A7')).toEqual([['@'], ['General'], ['General'], ['@']]);
    expect([sheet.fill('A4'), sheet.fill('A5')]).toEqual(['#FFC7CE', null]);
  });

  test('columnWidth in points (default 48) and autofitColumns', async () => {
    fake().host.setCell('Sheet1', 'C1', { value: 'Rijksregisternummer' });
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('A1').format;
      a.load('columnWidth');
      await context.sync();
      const before = a.columnWidth;
      sheet.getRange('A:B').format.columnWidth = 120;
      sheet.getRange('C:C').format.autofitColumns();
      await context.sync();
      return before;
    });
    expect(read).toBe(48);
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect(sheet.columnWidths()).toMatchObject({ A: 120, B: 120 });
    expect(sheet.columnWidth('C')).toBeGreaterThan(48);
  });
});

describe('fake Excel: RangeAreas', () => {
  const fake = useFakeExcel({ sheets: [{ name: 'Sheet1', rows: [['x', 'y', 'z']] }] });

  test('getRanges("A1:A2, C3") has the areas, an address with the sheet on every area, and formats with one call', async () => {
    const read = await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Sheet1').getRanges('A1:A2, C3');
      areas.format.fill.color = '#FFC7CE';
      areas.load('address, areaCount, cellCount');
      areas.areas.load('items/address');
      await context.sync();
      return [areas.address, areas.areaCount, areas.cellCount, areas.areas.items.map((r) => r.address)];
    });
    expect(read).toEqual(['Sheet1!A1:A2, Sheet1!C3', 2, 3, ['Sheet1!A1:A2', 'Sheet1!C3']]);
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect([sheet.fill('A2'), sheet.fill('C3'), sheet.fill('B1')]).toEqual(['#FFC7CE', '#FFC7CE', null]);
    expect(fake().host.stats.formatCallsTotal).toBe(1);
  });

  test('select() selects every area and activates the sheet; getSelectedRange then throws, as Excel documents', async () => {
    fake().host.addSheet('Other');
    fake().host.userActivate('Other');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRanges('A1:C1, A3:C4').select();
      await context.sync();
    });
    const workbook = fake().host.inspect.workbook();
    expect([workbook.activeSheet, workbook.selection]).toEqual(['Sheet1', 'Sheet1!A1:C1, Sheet1!A3:C4']);
    // Workbook.getSelectedRange: "If multiple ranges are selected, this method will throw an error."
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange().load('address');
        await context.sync();
        return range.address;
      }),
    );
    expect(error).toMatchObject({ code: 'InvalidSelection' });
    // A single range selected again: getSelectedRange works.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').select();
      await context.sync();
    });
    expect(fake().host.inspect.workbook().selection).toBe('Sheet1!B2');
  });

  test('clear("Formats") on RangeAreas removes fills and keeps values', async () => {
    fake().host.setCell('Sheet1', 'A1:C1', { fill: '#FFC7CE' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRanges('A1, C1').clear(Excel.ClearApplyTo.formats);
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect([sheet.fill('A1'), sheet.fill('B1'), sheet.fill('C1')]).toEqual([null, '#FFC7CE', null]);
    expect(sheet.values('A1:C1')).toEqual([['x', 'y', 'z']]);
  });

  test('an area on another sheet is refused', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('Sheet1').getRanges('A1, Other!B2');
        areas.load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});

/**
 * Conditional formats ("Apply conditional formatting to Excel ranges"): stored with type, rule
 * formula, format and ranges, not evaluated; priority = index, lower is higher.
 */
describe('fake Excel: conditional formats', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1'] });

  async function addCustom(address: string, formula: string, color: string): Promise<void> {
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange(address)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = color;
      await context.sync();
    });
  }

  test('add(custom) stores the rule formula, the fill and the range, and is inspectable', async () => {
    await addCustom('A2:A1000', '=AND(A2<>"",LEN(A2)<>11)', '#FFC7CE');
    expect(fake().host.inspect.sheet('Sheet1').conditionalFormats()).toEqual([
      expect.objectContaining({
        type: 'Custom',
        priority: 0,
        formula: '=AND(A2<>"",LEN(A2)<>11)',
        format: { fill: '#FFC7CE' },
        ranges: ['Sheet1!A2:A1000'],
        stopIfTrue: false,
      }),
    ]);
    expect(fake().host.stats.formatCalls).toMatchObject({ 'conditionalFormats.add': 1 });
  });

  test('RangeAreas get one conditional format covering every area', async () => {
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('Sheet1')
        .getRanges('A2:A10, C2:C10')
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=TRIM(A2)<>A2';
      cf.custom.format.font.color = '#9C0006';
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Sheet1').conditionalFormats()[0]).toMatchObject({
      ranges: ['Sheet1!A2:A10', 'Sheet1!C2:C10'],
      format: { fontColor: '#9C0006' },
    });
  });

  test('the collection of a range: getCount, getItemAt, items (with type and priority), load of the rule', async () => {
    await addCustom('A2:A10', '=1', '#FF0000');
    await addCustom('B2:B10', '=2', '#00FF00');
    const read = await Excel.run(async (context) => {
      const collection = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B10').conditionalFormats;
      const count = collection.getCount();
      const first = collection.getItemAt(0);
      first.load('type, priority');
      first.custom.rule.load('formula');
      first.custom.format.fill.load('color');
      collection.load('items/type');
      const onlyA = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A5')
        .conditionalFormats.getCount();
      await context.sync();
      return [
        count.value,
        first.type,
        first.priority,
        first.custom.rule.formula,
        first.custom.format.fill.color,
        collection.items.length,
        onlyA.value,
      ];
    });
    expect(read).toEqual([2, 'Custom', 0, '=2', '#00FF00', 2, 1]);
  });

  test('clearAll on part of a range keeps the rest of the conditional format', async () => {
    await addCustom('A1:A100', '=1', '#FF0000');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A10').conditionalFormats.clearAll();
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Sheet1').conditionalFormats()[0]?.ranges).toEqual(['Sheet1!A11:A100']);
  });

  test('clearAll on the whole range removes it; clear("Formats") does too', async () => {
    await addCustom('A1:A100', '=1', '#FF0000');
    await addCustom('B1:B100', '=1', '#FF0000');
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A:A').conditionalFormats.clearAll();
      sheet.getRange('B1:B100').clear(Excel.ClearApplyTo.formats);
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Sheet1').conditionalFormats()).toEqual([]);
  });

  test('priority and stopIfTrue are settable; cellValue and textComparison rules are stored', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('D1:D10');
      const cellValue = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cellValue.cellValue.rule = { formula1: '=0', operator: 'LessThan' };
      cellValue.cellValue.format.fill.color = 'lightgreen';
      const text = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      text.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: 'Delayed' };
      text.priority = 1;
      text.stopIfTrue = true;
      await context.sync();
    });
    const cfs = fake().host.inspect.sheet('Sheet1').conditionalFormats();
    expect(cfs.map((c) => [c.type, c.priority, c.stopIfTrue, c.rule])).toEqual([
      ['CellValue', 0, false, { formula1: '=0', operator: 'LessThan' }],
      ['ContainsText', 1, true, { operator: 'Contains', text: 'Delayed' }],
    ]);
  });

  test('an empty rule formula is refused (InvalidArgument)', async () => {
    const error = await rejectionOf(addCustom('A1', '', '#FF0000'));
    expect(error.code).toBe('InvalidArgument');
  });
});

/**
 * Data validation ("Add data validation to Excel ranges"): one criterion per rule, list source as
 * text, formula or Range; clear() clears only the overlapping cells; type "None"/"Inconsistent".
 */
describe('fake Excel: data validation', () => {
  const fake = useFakeExcel({
    sheets: ['Batch', { name: 'Lijsten', rows: [['Intramusculair'], ['Subcutaan'], ['Oraal']] }],
  });

  test('a list rule with an in-cell drop-down and a formula source is stored as given', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Batch').getRange('F2:F500');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: '=Lijsten!$A$1:$A$3' } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: Excel.DataValidationAlertStyle.stop,
        title: 'Ongeldig',
        message: 'Kies uit de lijst',
      };
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Batch').dataValidations()).toEqual([
      expect.objectContaining({
        type: 'List',
        rule: { list: { inCellDropDown: true, source: '=Lijsten!$A$1:$A$3' } },
        ranges: ['Batch!F2:F500'],
        errorAlert: { showAlert: true, style: 'Stop', title: 'Ongeldig', message: 'Kies uit de lijst' },
        ignoreBlanks: true,
      }),
    ]);
  });

  test('a Range as list source is stored as its absolute reference', async () => {
    await Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem('Lijsten').getRange('A1:A3');
      context.workbook.worksheets.getItem('Batch').getRange('G2').dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Batch').dataValidations()[0]?.rule).toEqual({
      list: { inCellDropDown: true, source: '=Lijsten!$A$1:$A$3' },
    });
  });

  test('a custom rule, read back with type and rule', async () => {
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Batch').getRange('A2:A100');
      range.dataValidation.rule = { custom: { formula: '=LEN(A2)=11' } };
      await context.sync();
      const dv = context.workbook.worksheets.getItem('Batch').getRange('A2:A100').dataValidation;
      dv.load('type, rule');
      const none = context.workbook.worksheets.getItem('Batch').getRange('B2').dataValidation;
      none.load('type');
      const mixed = context.workbook.worksheets.getItem('Batch').getRange('A1:A2').dataValidation;
      mixed.load('type');
      await context.sync();
      return [dv.type, dv.rule, none.type, mixed.type];
    });
    expect(read).toEqual(['Custom', { custom: { formula: '=LEN(A2)=11' } }, 'None', 'Inconsistent']);
  });

  test('clear() removes validation from the overlapping cells only', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Batch');
      sheet.getRange('A1:A100').dataValidation.rule = { custom: { formula: '=TRUE' } };
      sheet.getRange('A1:A10').dataValidation.clear();
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Batch').dataValidations()[0]?.ranges).toEqual(['Batch!A11:A100']);
  });

  test('setting a rule replaces the validation of those cells', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Batch');
      sheet.getRange('A1:A10').dataValidation.rule = { custom: { formula: '=1' } };
      sheet.getRange('A5:A6').dataValidation.rule = { list: { inCellDropDown: true, source: 'Ja,Nee' } };
      await context.sync();
    });
    expect(
      fake()
        .host.inspect.sheet('Batch')
        .dataValidations()
        .map((v) => [v.type, v.ranges]),
    ).toEqual([
      ['Custom', ['Batch!A1:A4', 'Batch!A7:A10']],
      ['List', ['Batch!A5:A6']],
    ]);
  });

  test.each([
    ['no criterion', {}],
    ['two criteria', { list: { source: 'a,b' }, custom: { formula: '=1' } }],
    ['an unknown criterion', { regex: { pattern: '.*' } }],
  ])('a rule with %s is refused (InvalidArgument)', async (_label, rule) => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Batch').getRange('A1').dataValidation.rule =
          rule as Excel.DataValidationRule;
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});

import { parseAddress, quoteSheetName, sheetNameProblem } from '../../src/fake-excel';
import { rejectionOf, useFakeExcel } from './helpers';

/**
 * `Range.address` "contains the sheet reference (e.g., "Sheet1!A1:B4")" (Excel.Range.address):
 * sheet-qualified, no `$`, quoted when the sheet name needs it (quoting rules as observed in
 * jmcnamara/XlsxWriter#1078 and KB Q111393 for R1C1-like names). Whole columns "A:A", rows "2:2".
 */
describe('fake Excel: addresses', () => {
  useFakeExcel({ sheets: ['Sheet1', 'My Sheet', "Jan's", '2026', 'A1', 'R2C3', 'Lijst_1', 'École'] });

  test.each([
    ['Sheet1', 'A1', 'Sheet1!A1'],
    ['Sheet1', 'a1:e1', 'Sheet1!A1:E1'],
    ['Sheet1', '$A$1:$B$2', 'Sheet1!A1:B2'],
    ['Sheet1', 'B2:A1', 'Sheet1!A1:B2'],
    ['Sheet1', 'A:A', 'Sheet1!A:A'],
    ['Sheet1', 'A:C', 'Sheet1!A:C'],
    ['Sheet1', '2:2', 'Sheet1!2:2'],
    ['Sheet1', '2:5', 'Sheet1!2:5'],
    ['Sheet1', 'Sheet1!A1:E1', 'Sheet1!A1:E1'],
    ['Sheet1', 'XFD1048576', 'Sheet1!XFD1048576'],
    ['My Sheet', "'My Sheet'!A1", "'My Sheet'!A1"],
    ['My Sheet', 'B3', "'My Sheet'!B3"],
    ["Jan's", 'A1', "'Jan''s'!A1"],
    ['2026', 'A1', "'2026'!A1"],
    ['A1', 'A1', "'A1'!A1"],
    ['R2C3', 'A1', "'R2C3'!A1"],
    ['Lijst_1', 'A1', 'Lijst_1!A1'],
    ['École', 'A1', 'École!A1'],
  ])('sheet %j, getRange(%j).address is %j', async (sheet, address, expected) => {
    const actual = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load('address');
      await context.sync();
      return range.address;
    });
    expect(actual).toBe(expected);
  });

  test('getRange() without an address is the whole sheet', async () => {
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange();
      range.load('address, rowCount, columnCount');
      await context.sync();
      return [range.address, range.rowCount, range.columnCount];
    });
    expect(read).toEqual(['Sheet1!1:1048576', 1_048_576, 16_384]);
  });

  test.each([['ZZZZ1'], ['A0'], ['A1048577'], ['XFE1'], ['Other!A1'], ['not an address'], ['A1:B2:C3']])(
    'getRange(%j) is refused at sync (InvalidArgument)',
    async (address) => {
      const error = await rejectionOf(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem('Sheet1').getRange(address);
          range.load('address');
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    },
  );

  test.each([
    ["'It''s'!A1", { sheet: "It's", rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }],
    ['Data!C:C', { sheet: 'Data', rect: { r0: 0, c0: 2, r1: 1_048_575, c1: 2 } }],
  ])('parseAddress(%j)', (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  test.each([
    ['Registraties', 'Registraties'],
    ['Batch 1', "'Batch 1'"],
    ['B-003', "'B-003'"],
    ['rc', "'rc'"],
    ['.x', "'.x'"],
  ])('quoteSheetName(%j) is %j', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

/**
 * Sheet names (Excel's "Rename a worksheet" rules): not blank, at most 31 characters, none of
 * [ ] : * ? / \, not beginning or ending with an apostrophe, not "History", unique ignoring case.
 */
describe('fake Excel: sheet names follow Excel rules', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1', 'Registraties'] });

  test.each([
    ['blank', ''],
    ['only spaces', '   '],
    ['32 characters', 'x'.repeat(32)],
    ['a colon', 'Batch:1'],
    ['a slash', '2026/11'],
    ['a backslash', 'a\\b'],
    ['a question mark', 'Why?'],
    ['an asterisk', 'All*'],
    ['square brackets', '[draft]'],
    ['a leading apostrophe', "'quoted"],
    ['a trailing apostrophe', "quoted'"],
    ['the reserved name History', 'History'],
    ['the reserved name in another case', 'history'],
  ])('worksheets.add with %s is refused (InvalidArgument)', async (_label, name) => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(sheetNameProblem(name)).not.toBeNull();
  });

  test.each([
    ['31 characters', 'x'.repeat(31)],
    ['an apostrophe inside', "Jan's lijst"],
    ['accents and spaces', 'Vaccinaties École 2026'],
    ['dots, dashes, parentheses', 'B003 (vaxigrip-tetra) v1.2'],
  ])('a name with %s is accepted', async (_label, name) => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(fake().host.inspect.hasSheet(name)).toBe(true);
  });

  test.each([['Registraties'], ['REGISTRATIES'], ['sheet1']])(
    'a duplicate name ignoring case (%j) is ItemAlreadyExists',
    async (name) => {
      const error = await rejectionOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      );
      expect(error.code).toBe('ItemAlreadyExists');
    },
  );

  test('renaming follows the same rules, and a sheet may change the case of its own name', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').name = 'Registraties';
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').name = 'SHEET1';
      await context.sync();
    });
    expect(fake().host.inspect.sheetNames()).toEqual(['SHEET1', 'Registraties']);
  });

  test('add() without a name picks the next free SheetN and appends at the end', async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add();
      sheet.load('name, position');
      await context.sync();
      return [sheet.name, sheet.position];
    });
    expect(read).toEqual(['Sheet3', 2]);
  });
});

describe('fake Excel: worksheets', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1', 'Registraties', 'Lijsten'] });

  test('getItem takes a name in any case or an id; items load with name, position, visibility', async () => {
    const read = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name, items/id, items/position, items/visibility');
      await context.sync();
      const byId = sheets.getItem(sheets.items[1]!.id);
      const byName = sheets.getItem('registraties');
      byId.load('name');
      byName.load('name');
      await context.sync();
      return {
        items: sheets.items.map((s) => [s.name, s.position, s.visibility]),
        byId: byId.name,
        byName: byName.name,
      };
    });
    expect(read).toEqual({
      items: [
        ['Sheet1', 0, 'Visible'],
        ['Registraties', 1, 'Visible'],
        ['Lijsten', 2, 'Visible'],
      ],
      byId: 'Registraties',
      byName: 'Registraties',
    });
  });

  test('position moves a sheet; visibility hides it; the last visible sheet cannot be hidden or deleted', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Lijsten').position = 0;
      context.workbook.worksheets.getItem('Sheet1').visibility = Excel.SheetVisibility.hidden;
      context.workbook.worksheets.getItem('Registraties').delete();
      await context.sync();
    });
    expect(fake().host.inspect.sheetNames()).toEqual(['Lijsten', 'Sheet1']);
    const hide = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Lijsten').visibility = Excel.SheetVisibility.veryHidden;
        await context.sync();
      }),
    );
    expect(hide.code).toBe('InvalidOperation');
    const remove = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Lijsten').delete();
        await context.sync();
      }),
    );
    expect(remove.code).toBe('InvalidOperation');
  });

  test('activate, getActiveWorksheet, select and getSelectedRange', async () => {
    const read = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Lijsten').activate();
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      context.workbook.worksheets.getItem('Registraties').getRange('B2:C3').select();
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      const active2 = context.workbook.worksheets.getActiveWorksheet();
      active2.load('name');
      await context.sync();
      return [active.name, selected.address, active2.name];
    });
    expect(read).toEqual(['Lijsten', 'Registraties!B2:C3', 'Registraties']);
    expect(fake().host.inspect.workbook().selection).toBe('Registraties!B2:C3');
  });

  test('freezePanes.freezeRows / freezeAt / unfreeze and getLocationOrNullObject', async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Registraties');
      sheet.freezePanes.freezeRows(1);
      const location = sheet.freezePanes.getLocationOrNullObject();
      location.load('address');
      await context.sync();
      const first = location.address;
      sheet.freezePanes.freezeAt('A1:B2');
      await context.sync();
      return first;
    });
    expect(read).toBe('Registraties!1:1');
    expect(fake().host.inspect.sheet('Registraties')).toMatchObject({ frozenRows: 2, frozenColumns: 2 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Registraties').freezePanes.unfreeze();
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Registraties')).toMatchObject({ frozenRows: 0, frozenColumns: 0 });
  });

  test('the 1904 date system flag is settable on the workbook (use1904DateSystem, feature-detected by the add-in)', async () => {
    const read = await Excel.run(async (context) => {
      const workbook = context.workbook as unknown as Excel.Workbook & { use1904DateSystem: boolean };
      workbook.load('use1904DateSystem');
      await context.sync();
      const before = workbook.use1904DateSystem;
      workbook.use1904DateSystem = true;
      await context.sync();
      return before;
    });
    expect(read).toBe(false);
    expect(fake().host.inspect.workbook().use1904DateSystem).toBe(true);
  });

  test('workbook.functions.date gives the serial of the workbook\'s date system ("Date systems in Excel")', async () => {
    const serials = async (): Promise<(number | null)[]> =>
      Excel.run(async (context) => {
        const results = [
          context.workbook.functions.date(1904, 1, 1),
          context.workbook.functions.date(2000, 1, 1),
          context.workbook.functions.date(1900, 3, 1),
        ];
        results.forEach((result) => result.load('value'));
        await context.sync();
        return results.map((result) => result.value);
      });
    expect(await serials()).toEqual([1462, 36526, 61]);
    fake().host.setUse1904DateSystem(true);
    // 1900-03-01 is before the 1904 system's first day: #NUM! in Excel, no value.
    expect(await serials()).toEqual([0, 35064, null]);
  });

  test('calculationMode is loadable and settable', async () => {
    const read = await Excel.run(async (context) => {
      context.application.load('calculationMode');
      await context.sync();
      const before = context.application.calculationMode;
      context.application.calculationMode = Excel.CalculationMode.manual;
      await context.sync();
      return before;
    });
    expect(read).toBe('Automatic');
    expect(fake().host.inspect.workbook().calculationMode).toBe('Manual');
  });
});

import { useFakeExcel } from './helpers';

/**
 * Dynamic arrays and special cells, as Microsoft documents them: "Handle dynamic arrays and spilling
 * using the Excel JavaScript API" (getSpillingToRange on the anchor, getSpillParent on one cell),
 * Excel.Range.hasSpill ("true if all cells have a spill border, false if all cells do not ... null
 * if there are cells both with and without"), Excel.Range.getSpecialCells (ExcelApi 1.9, ItemNotFound
 * when nothing matches; the OrNullObject form a null object), and "Dynamic array formulas and
 * spilled array behavior" (a spill blocked by a value shows #SPILL!).
 */
describe('fake Excel: spilled arrays and special cells', () => {
  const fake = useFakeExcel({ sheets: ['Data'] });

  function seed(): void {
    fake().host.setCell('Data', 'A1', { value: 'Naam' });
    fake().host.setCell('Data', 'A2', { value: 'Peeters' });
    fake().host.setCell('Data', 'C2', { formula: '=UPPER(A2)' });
    fake().host.spillFormula('Data', 'B2', '=SORT(Namen!A1:A3)', [['Aerts'], ['Claes'], ['Wouters']]);
  }

  test('the spill range reads as the results; only the anchor holds the formula', async () => {
    seed();
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Data')
        .getRange('B2:B4')
        .load('values, valueTypes, formulas');
      const used = context.workbook.worksheets.getItem('Data').getUsedRange(true).load('address');
      await context.sync();
      return { values: range.values, types: range.valueTypes, formulas: range.formulas, used: used.address };
    });
    expect(read.values).toEqual([['Aerts'], ['Claes'], ['Wouters']]);
    expect(read.types).toEqual([['String'], ['String'], ['String']]);
    expect(read.formulas).toEqual([['=SORT(Namen!A1:A3)'], ['Claes'], ['Wouters']]);
    expect(read.used).toBe('Data!A1:C4');
  });

  test('hasSpill, getSpillingToRange and getSpillParent', async () => {
    seed();
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const all = sheet.getRange('B2:B4').load('hasSpill');
      const none = sheet.getRange('A2:A4').load('hasSpill');
      const mixed = sheet.getRange('A2:B4').load('hasSpill');
      const spill = sheet.getRange('B2').getSpillingToRangeOrNullObject().load('address');
      const notAnchor = sheet.getRange('B3').getSpillingToRangeOrNullObject().load('address');
      const parent = sheet.getRange('B4').getSpillParentOrNullObject().load('address');
      const noParent = sheet.getRange('A2').getSpillParentOrNullObject().load('address');
      await context.sync();
      return [
        all.hasSpill,
        none.hasSpill,
        mixed.hasSpill,
        spill.address,
        notAnchor.isNullObject,
        parent.address,
        noParent.isNullObject,
      ];
    });
    expect(read).toEqual([true, false, null, 'Data!B2:B4', true, 'Data!B2', true]);
  });

  test('getSpecialCells: formulas are the anchor and the formula cells, not the spilled cells', async () => {
    seed();
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const formulas = sheet
        .getRange('A1:C9')
        .getSpecialCellsOrNullObject('Formulas')
        .load('address, cellCount');
      const constants = sheet.getRange('A1:C9').getSpecialCellsOrNullObject('Constants').load('address');
      const none = sheet.getRange('D1:E9').getSpecialCellsOrNullObject('Formulas');
      await context.sync();
      return [formulas.address, formulas.cellCount, constants.address, none.isNullObject];
    });
    expect(read).toEqual(['Data!B2:C2', 2, 'Data!A1:A2', true]);
  });

  test('getSpecialCells without OrNullObject: ItemNotFound when no cell matches', async () => {
    const failure = await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('Data')
        .getRange('A1:B2')
        .getSpecialCells('Formulas')
        .load('address');
      await context.sync();
    }).then(
      () => null,
      (error: unknown) => (error as { code?: string }).code,
    );
    expect(failure).toBe('ItemNotFound');
  });

  test('a value in the spill range blocks the spill: the anchor shows #SPILL!, nothing spills', async () => {
    seed();
    await fake().host.userEdit('Data', 'B4', 'Janssens');
    expect(fake().host.inspect.sheet('Data').values('B2:B4')).toEqual([['#SPILL!'], [''], ['Janssens']]);
    await fake().host.userEdit('Data', 'B4', '');
    expect(fake().host.inspect.sheet('Data').values('B2:B4')).toEqual([['Aerts'], ['Claes'], ['Wouters']]);
  });
});

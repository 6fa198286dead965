import { queueTextCells } from '../../src/excel/writeText';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { makeInsz } from '../support/syntheticInsz';

/** Born 04/03/2005: starts with 0, so Excel's number would lose it. */
const BORN_2005 = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

describe('queueTextCells: values and their text format in one place (issue #10)', () => {
  test('the fake host turns numeric text into a number in a General cell (the hazard)', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[BORN_2005]];
      await context.sync();
    });
    expect(fake.host.inspect.sheet('Blad1').values('A1')).toEqual([[Number(BORN_2005)]]);
  });

  test('numeric-looking text stays text in a General sheet, errors stay errors, null leaves a cell', async () => {
    await fake.host.userEdit('Blad1', 'D1', [['keep']]);
    await Excel.run(async (context) => {
      queueTextCells(context.workbook.worksheets.getItem('Blad1').getRange('A1:E1'), [
        [{ text: BORN_2005 }, { text: '01012000' }, { error: '#N/A' }, null, { text: "'t Kindt" }],
      ]);
      await context.sync();
    });
    const sheet = fake.host.inspect.sheet('Blad1');
    expect(sheet.values('A1:E1')).toEqual([[BORN_2005, '01012000', '#N/A', 'keep', "'t Kindt"]]);
    expect(sheet.valueTypes('A1:E1')).toEqual([['String', 'String', 'Error', 'String', 'String']]);
    expect(sheet.numberFormats('A1:C1')).toEqual([['@', '@', 'General']]);
  });
});

import type { Cell } from '../../src/core/types';
import {
  DATE_1904_OFFSET,
  cellFromExcel,
  isDateFormat,
  isEmptyExcelValue,
} from '../../src/excel/cellFromExcel';
import { type FakeExcelHost, type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';

describe('isDateFormat', () => {
  test.each([
    // Dates
    ['system short date (en-US code Excel reports)', 'm/d/yyyy', true],
    ['Belgian short date', 'dd/mm/yyyy', true],
    ['ISO', 'yyyy-mm-dd', true],
    ['day and month names', 'dddd d mmmm yyyy', true],
    ['month and year only', 'mmm yyyy', true],
    ['month name only', 'mmmm', true],
    ['upper case tokens', 'DD/MM/YYYY', true],
    ['date and time', 'dd/mm/yyyy hh:mm', true],
    ['system long date with its locale tag', '[$-x-sysdate]dddd, mmmm dd, yyyy', true],
    ['locale tag and colour before a date', '[$-813][Blue]d/mm/yy', true],
    ['quoted text beside a date', '"geboren op "dd/mm/yyyy', true],
    ['a date in the first section, text after', 'dd/mm/yyyy;@', true],
    // Not dates
    ['General', 'General', false],
    ['text', '@', false],
    ['a number format', '0.00', false],
    ['thousands', '#,##0', false],
    ['a time (m after h is minutes)', 'h:mm', false],
    ['a time with seconds', 'mm:ss', false],
    ['a time with AM/PM', 'h:mm AM/PM', false],
    ['A/P', 'h A/P', false],
    ['elapsed hours', '[h]:mm:ss', false],
    ['elapsed minutes alone', '[mm]', false],
    ['d and y inside quotes only', '"day yes" 0', false],
    ['escaped d', '0\\d', false],
    ['d after _ (a space of its width)', '0_d', false],
    ['y after * (fill character)', '*y0', false],
    ['scientific notation', '0.00E+00', false],
    ['General with a quoted label', '"Nr. "General', false],
    ['accounting format', '_-* #,##0.00 €_-;-* #,##0.00 €_-;_-* "-"?? €_-;_-@_-', false],
    ['colour and condition only', '[Red][<0]0;0', false],
  ])('%s: %s -> %s', (_label, format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test.each([
    ['negative value uses the second section', '0;dd/mm/yyyy', -5, true],
    ['positive value uses the first', '0;dd/mm/yyyy', 5, false],
    ['zero uses the third when there is one', '0;0;dd/mm/yyyy', 0, true],
    ['zero uses the first when there are two', 'dd/mm/yyyy;0', 0, true],
    ['a ; in quotes does not split', '"a;b" dd', 1, true],
  ])('sections: %s', (_label, format, value, expected) => {
    expect(isDateFormat(format, value)).toBe(expected);
  });
});

describe('cellFromExcel', () => {
  const cases: [string, unknown, string, string, Cell, boolean][] = [
    ['empty', '', 'Empty', 'General', { kind: 'empty', value: null }, false],
    ['empty under a date format', '', 'Empty', 'dd/mm/yyyy', { kind: 'empty', value: null }, false],
    ['text', 'Peeters', 'String', 'General', { kind: 'text', value: 'Peeters' }, false],
    [
      'digits stored as text keep their zeros',
      '01012000',
      'String',
      '@',
      { kind: 'text', value: '01012000' },
      false,
    ],
    ['a formula giving "" is text ""', '', 'String', 'General', { kind: 'text', value: '' }, false],
    ['a number', 5032012345, 'Double', 'General', { kind: 'number', value: 5032012345 }, false],
    ['Integer is a number too', 1500, 'Integer', 'General', { kind: 'number', value: 1500 }, false],
    ['a number under a number format', 1012000, 'Double', '0', { kind: 'number', value: 1012000 }, false],
    [
      'a date serial under a date format',
      31258,
      'Double',
      'dd/mm/yyyy',
      { kind: 'date', value: 31258 },
      false,
    ],
    ['system short date', 38353, 'Double', 'm/d/yyyy', { kind: 'date', value: 38353 }, false],
    [
      'date with time keeps the fraction',
      31258.75,
      'Double',
      'dd/mm/yyyy hh:mm',
      { kind: 'date', value: 31258.75 },
      false,
    ],
    ['a time is a number', 0.5, 'Double', 'h:mm', { kind: 'number', value: 0.5 }, false],
    [
      '1904 system: shifted to the 1900 system',
      29796,
      'Double',
      'd/m/yyyy',
      { kind: 'date', value: 31258 },
      true,
    ],
    [
      '1904 system: plain numbers unchanged',
      29796,
      'Double',
      'General',
      { kind: 'number', value: 29796 },
      true,
    ],
    ['boolean', true, 'Boolean', 'General', { kind: 'boolean', value: true }, false],
    ['error', '#N/A', 'Error', 'General', { kind: 'error', value: '#N/A' }, false],
    ['error #VALUE!', '#VALUE!', 'Error', 'dd/mm/yyyy', { kind: 'error', value: '#VALUE!' }, false],
    [
      'rich value (image, data type): an error cell',
      'Belgium',
      'RichValue',
      'General',
      { kind: 'error', value: 'Belgium' },
      false,
    ],
    ['unknown type without text', 0, 'Unknown', 'General', { kind: 'error', value: '#Unknown' }, false],
  ];
  test.each(cases)('%s', (_label, value, valueType, numberFormat, expected, use1904) => {
    expect(cellFromExcel(value, valueType, numberFormat, { use1904 })).toEqual(expected);
  });

  test('the 1904 offset is 1,462 days', () => {
    expect(DATE_1904_OFFSET).toBe(1462);
  });

  test.each([
    ['Empty', '', true],
    ['String', '', true],
    ['String', ' ', false],
    ['Double', 0, false],
    ['Boolean', false, false],
  ])('isEmptyExcelValue(%s, %j) -> %s', (type, value, expected) => {
    expect(isEmptyExcelValue(value, type)).toBe(expected);
  });
});

/** The same conversions on what the fake host really returns for typed cells. */
describe('cellFromExcel on cells read from the fake host', () => {
  let fake: InstalledFakeExcel;
  let host: FakeExcelHost;
  beforeEach(() => {
    fake = installFakeExcel(globalThis, { sheets: [] });
    host = fake.host;
  });
  afterEach(() => fake.uninstall());

  async function readBack(sheet: string, address: string): Promise<Cell[]> {
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load('values, valueTypes, numberFormat');
      await context.sync();
      return (range.values[0] ?? []).map((value, i) =>
        cellFromExcel(value, range.valueTypes[0]?.[i] ?? 'Empty', range.numberFormat[0]?.[i] ?? 'General'),
      );
    });
  }

  test('typed under General: a date becomes a date, zeros are lost, text stays text', async () => {
    host.addSheet('Blad', { rows: [['1985-07-30', '01012000', 'Peeters', '', 'TRUE', '#N/A']] });
    expect(await readBack('Blad', 'A1:F1')).toEqual([
      { kind: 'date', value: 31258 },
      { kind: 'number', value: 1012000 },
      { kind: 'text', value: 'Peeters' },
      { kind: 'empty', value: null },
      { kind: 'boolean', value: true },
      { kind: 'error', value: '#N/A' },
    ]);
  });

  test('typed under text format: everything stays text', async () => {
    host.addSheet('Blad', { rows: [['1985-07-30', '01012000']], columnFormats: { A: '@', B: '@' } });
    expect(await readBack('Blad', 'A1:B1')).toEqual([
      { kind: 'text', value: '1985-07-30' },
      { kind: 'text', value: '01012000' },
    ]);
  });
});

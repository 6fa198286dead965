import { useFakeExcel, writeAndRead } from './helpers';

/**
 * What Excel stores when a value is written under General or text format. Sources (see coercion.ts):
 * Excel.Range.values ("starts with a plus, minus, or equal sign ... interprets this value as a
 * formula"; "Locale-shaped strings ... are stored as text ... use ISO (YYYY-MM-DD)"), Range.Formula
 * (dates get the default short date format), KB Q97912 (a leading space keeps text), Excel's 15-digit
 * precision, and the leading-zero behaviour ARCHITECTURE.md warns about.
 */
describe('fake Excel: values written under General are coerced as Excel does (en-US parsing)', () => {
  const fake = useFakeExcel();

  test.each([
    // label, written, stored value, valueType, numberFormat after
    ['leading zeros are lost (ddmmyyyy birth date)', '01012000', 1012000, 'Double', 'General'],
    [
      'INSZ of someone born in 2000-2009 loses its leading zero',
      '05010112345',
      5010112345,
      'Double',
      'General',
    ],
    ['plain integer', '42', 42, 'Double', 'General'],
    ['decimal point', '0.5', 0.5, 'Double', 'General'],
    ['thousands separator in groups of three', '1,500', 1500, 'Double', 'General'],
    ['Belgian decimal comma stays text', '1,5', '1,5', 'String', 'General'],
    ['exponent', '1e5', 100000, 'Double', 'General'],
    ['text that only looks like an exponent', 'e5', 'e5', 'String', 'General'],
    ['negative number', '-5', -5, 'Double', 'General'],
    ['explicit plus', '+7', 7, 'Double', 'General'],
    ['accounting negative', '(12)', -12, 'Double', 'General'],
    ['percentage', '50%', 0.5, 'Double', '0%'],
    ['percentage with decimals', '12.5%', 0.125, 'Double', '0.00%'],
    [
      '15 significant digits are kept when typing',
      '12345678901234567',
      12345678901234500,
      'Double',
      'General',
    ],
    ['TRUE in any case', 'true', true, 'Boolean', 'General'],
    ['FALSE in any case', 'False', false, 'Boolean', 'General'],
    ['typed error literal', '#N/A', '#N/A', 'Error', 'General'],
    ['ISO date becomes a serial with the short date format', '2026-11-28', 46354, 'Double', 'm/d/yyyy'],
    ['US date becomes a serial', '11/28/2026', 46354, 'Double', 'm/d/yyyy'],
    ['Belgian dd/mm/yyyy date stays text', '28/11/2026', '28/11/2026', 'String', 'General'],
    ['impossible date stays text', '2026-02-30', '2026-02-30', 'String', 'General'],
    ['a leading space keeps numeric text as text', ' 123', ' 123', 'String', 'General'],
    ['a trailing space keeps numeric text as text', '123 ', '123 ', 'String', 'General'],
    ['ordinary text', 'Janssens', 'Janssens', 'String', 'General'],
    ['a leading apostrophe keeps text and is not stored', "'0123", '0123', 'String', 'General'],
    ['an apostrophe keeps TRUE as text', "'TRUE", 'TRUE', 'String', 'General'],
    ['a lone minus is text', '-', '-', 'String', 'General'],
    ['text starting with @ stays text (not modelled as a formula)', '@home', '@home', 'String', 'General'],
  ])('%s: %j', async (_label, written, value, valueType, numberFormat) => {
    const read = await writeAndRead('Sheet1', 'B2', [[written]]);
    expect(read.values).toEqual([[value]]);
    expect(read.valueTypes).toEqual([[valueType]]);
    expect(read.numberFormat).toEqual([[numberFormat]]);
  });

  test.each([
    ['text starting with =', '=A1+1', '=A1+1'],
    ['text starting with + that is not a number', '+A1', '=+A1'],
    ['text starting with - that is not a number', '-abc', '=-abc'],
    ['a phone number with a plus sign', '+32 470 12 34 56', '=+32 470 12 34 56'],
  ])('Range.values: %s is interpreted as a formula', async (_label, written, formula) => {
    const read = await writeAndRead('Sheet1', 'C3', [[written]]);
    expect(read.formulas).toEqual([[formula]]);
  });

  test('formula cells report the value of the host evaluator (default: empty text)', async () => {
    const read = await writeAndRead('Sheet1', 'A1', [['=1+1']]);
    expect(read.values).toEqual([['']]);
    expect(read.valueTypes).toEqual([['String']]);
  });

  test.each([
    ['leading zeros', '01012000'],
    ['an INSZ', '05010112345'],
    ['a formula', '=A1'],
    ['a boolean word', 'TRUE'],
    ['a date', '2026-11-28'],
    ['a negative', '-5'],
  ])('under the text format "@" %s stays text as written', async (_label, written) => {
    const read = await writeAndRead('Sheet1', 'D4', [[written]], (range) => {
      range.numberFormat = [['@']];
    });
    expect(read.values).toEqual([[written]]);
    expect(read.valueTypes).toEqual([['String']]);
    expect(read.numberFormat).toEqual([['@']]);
  });

  test('"@" on whole columns (set before the values, as ARCHITECTURE.md says) keeps leading zeros', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      // One value for the whole range (office-js-docs-reference#578): the types only allow arrays.
      (sheet.getRange('A:E') as unknown as { numberFormat: string }).numberFormat = '@';
      sheet.getRange('A2:E2').values = [['05010112345', 'Janssens', 'Jan', '01012000', '1500']];
      await context.sync();
    });
    const sheet = fake().host.inspect.sheet('Sheet1');
    expect(sheet.values('A2:E2')).toEqual([['05010112345', 'Janssens', 'Jan', '01012000', '1500']]);
    expect(sheet.columnNumberFormats()).toEqual({ A: '@', B: '@', C: '@', D: '@', E: '@' });
  });

  test('changing the format afterwards does not convert what is already stored (Excel keeps the number)', async () => {
    await writeAndRead('Sheet1', 'A1', [['01012000']]);
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.numberFormat = [['@']];
      range.load('values, valueTypes');
      await context.sync();
      return { values: range.values, valueTypes: range.valueTypes };
    });
    expect(read).toEqual({ values: [[1012000]], valueTypes: [['Double']] });
  });

  test.each([
    ['a number', 1012000, 'Double'],
    ['a boolean', true, 'Boolean'],
  ])('writing %s stays as is, even under "@"', async (_label, written, valueType) => {
    const read = await writeAndRead('Sheet1', 'E5', [[written]], (range) => {
      range.numberFormat = [['@']];
    });
    expect(read.values).toEqual([[written]]);
    expect(read.valueTypes).toEqual([[valueType]]);
  });

  test('a date written into a cell that already has a date format keeps that format (Range.Formula remarks)', async () => {
    const read = await writeAndRead('Sheet1', 'A1', [['2026-11-28']], (range) => {
      range.numberFormat = [['dd/mm/yyyy']];
    });
    expect(read.numberFormat).toEqual([['dd/mm/yyyy']]);
    expect(read.text).toEqual([['28/11/2026']]);
  });

  test('values travel as JSON: a Date becomes its ISO string (stored as text), undefined/NaN leave the cell unchanged', async () => {
    await writeAndRead('Sheet1', 'A1:C1', [['keep', 'keep', 'keep']]);
    const read = await writeAndRead('Sheet1', 'A1:C1', [
      [new Date(Date.UTC(2026, 10, 28)), undefined, Number.NaN],
    ]);
    expect(read.values).toEqual([['2026-11-28T00:00:00.000Z', 'keep', 'keep']]);
    expect(read.valueTypes[0]?.[0]).toBe('String');
  });

  test('the 1904 date system changes the serial a typed date gets', async () => {
    fake().host.setUse1904DateSystem(true);
    const read = await writeAndRead('Sheet1', 'A1', [['2026-11-28']]);
    expect(read.values).toEqual([[46354 - 1462]]);
    expect(read.text).toEqual([['28/11/2026']]);
  });

  test('text display: General numbers in 11 characters, dates by their format, the system short date as dd/mm/yyyy', async () => {
    const read = await writeAndRead('Sheet1', 'A1:D1', [[85073003328, 0.5, '2026-01-05', true]]);
    expect(read.text).toEqual([['85073003328', '0.5', '05/01/2026', 'TRUE']]);
  });

  test.each([
    // Excel.Range.text: what Excel shows, independent of the cell width; General fits a standard
    // column (11 characters), scientific from 12 digits on ("Available number formats in Excel").
    ['a 12-digit number', 123456789012, '1.23457E+11'],
    ['1e21', 1e21, '1E+21'],
    ['a negative large number', -123456789012, '-1.2346E+11'],
    ['a long decimal', 1 / 3, '0.333333333'],
    ['a tiny number', 1.5e-12, '1.5E-12'],
    ['0.1 + 0.2', 0.1 + 0.2, '0.3'],
    ['a postcode', 1000, '1000'],
  ])('General text of %s', async (_label, value, text) => {
    const read = await writeAndRead('Sheet1', 'A1', [[value]]);
    expect(read.text).toEqual([[text]]);
  });
});

describe('fake Excel: Range.text in a Dutch Excel', () => {
  useFakeExcel({ sheets: ['Sheet1'], booleanDisplay: ['WAAR', 'ONWAAR'] });

  test("booleans show in Excel's language (booleanDisplay), numbers by their format", async () => {
    const read = await writeAndRead('Sheet1', 'A1:C1', [[true, false, 1000]], (range) => {
      range.numberFormat = [['General', 'General', '0.00']];
    });
    expect(read.text).toEqual([['WAAR', 'ONWAAR', '1000.00']]);
  });
});

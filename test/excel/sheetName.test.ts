import {
  SHEET_NAME_MAX_LENGTH,
  registrationSheetName,
  sanitizeSheetName,
  sheetNameKey,
  uniqueSheetName,
} from '../../src/excel/sheetNames';
import { sheetNameProblem } from '../../src/fake-excel/nameRules';

/** Excel's rules, independently of the code under test (the fake host's copy of them). */
function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}

describe('sanitizeSheetName', () => {
  test.each([
    ['plain text stays', 'Vaxigrip Tetra', 'Vaxigrip Tetra'],
    ['brackets become parentheses', 'Vaxigrip [Tetra]', 'Vaxigrip (Tetra)'],
    ['slashes, backslash and colon become dashes', '28/11/2026 a\\b c:d', '28-11-2026 a-b c-d'],
    ['star and question mark are dropped', 'Prod*uct?', 'Product'],
    ['outer apostrophes are dropped', "'Blad'", 'Blad'],
    ['line breaks and tabs become one space', 'a\r\n\tb', 'a b'],
    ['zero-width characters are dropped', 'a\u200bb', 'a b'],
    ['blank gives the fallback', '   ', 'Blad'],
    ['only forbidden characters gives the fallback', '*?*', 'Blad'],
    ['the reserved name History gives the fallback', 'history', 'Blad'],
    ['decomposed accents are composed (NFC)', 'He\u0301le\u0300ne', 'Hélène'],
  ])('%s', (_label, input, expected) => {
    const name = sanitizeSheetName(input);
    expect(name).toBe(expected);
    expect(isValidSheetName(name)).toBe(true);
  });

  test('cuts to 31 characters without leaving an apostrophe or space at the end', () => {
    const name = sanitizeSheetName(`${'a'.repeat(29)} 'b`);
    expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
    expect(name).toBe('a'.repeat(29));
    expect(isValidSheetName(name)).toBe(true);
  });

  test('never splits a surrogate pair when cutting', () => {
    const name = sanitizeSheetName(`${'a'.repeat(30)}😀`);
    expect(name).toBe('a'.repeat(30));
  });
});

describe('uniqueSheetName', () => {
  test('keeps a free name', () => {
    expect(uniqueSheetName('Batches', ['Lijsten'])).toBe('Batches');
  });

  test('numbers a taken name, ignoring case as Excel does', () => {
    expect(uniqueSheetName('Batches', ['BATCHES'])).toBe('Batches (2)');
    expect(uniqueSheetName('Batches', ['batches', 'Batches (2)'])).toBe('Batches (3)');
  });

  test('cuts the base so the number fits in 31 characters', () => {
    const long = 'x'.repeat(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe(`${'x'.repeat(27)} (2)`);
    expect(isValidSheetName(name)).toBe(true);
  });
});

describe('registrationSheetName', () => {
  test.each([
    ['id, product and Belgian date', 'B003', 'Vaxigrip', '2026-11-28', 'B003 Vaxigrip 28-11-2026'],
    [
      'a long product is cut, id and date stay',
      'B004',
      'Comirnaty Omicron XBB.1.5',
      '2026-11-28',
      'B004 Comirnaty Omicr 28-11-2026',
    ],
    [
      'forbidden characters in the product',
      'B005',
      'Twinrix [Adult]/GSK',
      '2026-01-02',
      'B005 Twinrix (Adult) 02-01-2026',
    ],
    ['an empty product leaves id and date', 'B006', '   ', '2026-01-02', 'B006 02-01-2026'],
    ['a product of one apostrophe leaves id and date', 'B007', "'", '2026-01-02', 'B007 02-01-2026'],
  ])('%s', (_label, id, product, date, expected) => {
    const name = registrationSheetName(id, product, date, []);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
    expect(isValidSheetName(name)).toBe(true);
  });

  test('is unique ignoring case, numbering before the limit', () => {
    const first = registrationSheetName('B003', 'Comirnaty Omicron XBB.1.5', '2026-11-28', []);
    const second = registrationSheetName('B003', 'Comirnaty Omicron XBB.1.5', '2026-11-28', [
      first.toLowerCase(),
    ]);
    expect(second).toBe('B003 Comirnaty O 28-11-2026 (2)');
    expect(sheetNameKey(second)).not.toBe(sheetNameKey(first));
    expect(isValidSheetName(second)).toBe(true);
  });

  test('any product text gives a valid name', () => {
    const nasty = [
      '',
      ' ',
      "''",
      '[]:*?/\\',
      'x'.repeat(100),
      'History',
      '\u0000\u0001',
      '😀'.repeat(20),
      "a'",
    ];
    for (const product of nasty) {
      const name = registrationSheetName('B001', product, '2026-11-28', []);
      expect(isValidSheetName(name)).toBe(true);
      expect(name.startsWith('B001')).toBe(true);
      expect(name.endsWith('28-11-2026')).toBe(true);
    }
  });
});

/**
 * The custom functions' behaviour, as Excel would call them, against a stub of the two globals
 * office.js provides: `CustomFunctions` (Error class and ErrorCode only) and `Office` (display
 * language). INSZ numbers are synthetic (test/support/syntheticInsz.ts); "today" is fixed.
 */
import { birthDateText, inszBirthDate, inszFormat, inszValid, rowCheck } from '../../src/functions/functions';
import { functionMessage } from '../../src/functions/functionMessages';
import { dateToExcelSerial, formatInsz, renderIssue } from '../../src/core';
import type { IssueCode, IssueContent, IssueParams, Language, RegistrationColumn } from '../../src/core';
import { makeInsz } from '../support/syntheticInsz';

class StubCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
} as const;

const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };

beforeAll(() => {
  globals.CustomFunctions = { Error: StubCustomFunctionsError, ErrorCode };
  // validateInsz and the row rules judge dates against "today": 15 June 2026.
  jest.useFakeTimers({ now: new Date(2026, 5, 15, 10, 0, 0), doNotFake: ['nextTick', 'setImmediate'] });
});

afterAll(() => {
  delete globals.CustomFunctions;
  jest.useRealTimers();
});

afterEach(() => {
  delete globals.Office;
});

function inLanguage(displayLanguage: string): void {
  globals.Office = { context: { displayLanguage } };
}

/** What a function threw (Excel shows it as the cell's error), or fails when it returned. */
function thrown(fn: () => unknown): { code: string; message?: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StubCustomFunctionsError);
    const { code, message } = error as StubCustomFunctionsError;
    return message === undefined ? { code } : { code, message };
  }
  throw new Error('expected the function to throw a CustomFunctions.Error');
}

/**
 * The message of `code` with `params`. The tables below pair codes and params by hand; that a
 * code variable and its params belong together is asserted here, for these tests only.
 */
const message = (code: IssueCode, column: RegistrationColumn | null, params: IssueParams, lang: Language) =>
  renderIssue({ code, column, params } as IssueContent, lang);

const issueText = (code: IssueCode, column: RegistrationColumn | null, lang: Language = 'nl') =>
  message(code, column, {}, lang);

// Synthetic numbers, all checksum-valid.
const NN_1985 = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }); // 85073093301-ish
const NN_2001 = makeInsz({ year: 2001, month: 3, day: 4, serial: 902 }); // starts with 0
const BIS_SEX_UNKNOWN = makeInsz({ year: 1985, month: 27, day: 30, serial: 941 });
const BIS_SEX_KNOWN = makeInsz({ year: 1990, month: 41, day: 2, serial: 944 });
const DAY_UNKNOWN = makeInsz({ year: 1985, month: 7, day: 0, serial: 933 });
const ONLY_YEAR = makeInsz({ year: 1985, month: 0, day: 12, serial: 933 });
const BIS_ONLY_YEAR = makeInsz({ year: 1970, month: 20, day: 0, serial: 950 });
const FUTURE = makeInsz({ year: 2026, month: 12, day: 1, serial: 933 });
const withSeparators = (compact: string) => formatInsz(compact);
const wrongCheck = (compact: string) =>
  compact.slice(0, 9) + String((Number(compact.slice(9)) % 97) + 1).padStart(2, '0');

describe('INSZVALID', () => {
  test.each<[string, unknown]>([
    ['national number', NN_1985],
    ['with dots and dash', withSeparators(NN_1985)],
    ['with spaces around', `  ${NN_1985}\u00a0`],
    ['born from 2000 (text keeps the leading 0)', NN_2001],
    ['BIS, sex unknown', BIS_SEX_UNKNOWN],
    ['BIS, sex known', BIS_SEX_KNOWN],
    ['day unknown', DAY_UNKNOWN],
    ['only the year known', ONLY_YEAR],
    ['an 11-digit number', Number(NN_1985)],
  ])('TRUE for a valid INSZ: %s', (_label, value) => {
    expect(inszValid(value)).toBe(true);
  });

  test.each<[string, unknown]>([
    ['wrong check digits', wrongCheck(NN_1985)],
    ['too short', '8507309330'],
    ['a letter', 'A5073093301'],
    ['born in the future', FUTURE],
    ['a number that lost its leading 0', Number(NN_2001)],
    ['empty cell (web)', null],
    ['empty cell (Windows)', 0],
    ['empty text', ''],
    ['a boolean', true],
  ])('FALSE otherwise: %s', (_label, value) => {
    expect(inszValid(value)).toBe(false);
  });
});

describe('INSZFORMAT', () => {
  test('writes the display form', () => {
    expect(inszFormat(NN_1985)).toBe(
      `${NN_1985.slice(0, 2)}.${NN_1985.slice(2, 4)}.${NN_1985.slice(4, 6)}-${NN_1985.slice(6, 9)}.${NN_1985.slice(9)}`,
    );
    expect(inszFormat(` ${withSeparators(NN_2001)} `)).toBe(withSeparators(NN_2001));
    expect(inszFormat(Number(NN_1985))).toBe(withSeparators(NN_1985));
  });

  test('an empty cell gives empty text, not an error', () => {
    expect(inszFormat(null)).toBe('');
    expect(inszFormat(0)).toBe('');
    expect(inszFormat('')).toBe('');
  });

  test.each<[string, unknown, IssueCode]>([
    ['wrong check digits', wrongCheck(NN_1985), 'insz_checksum'],
    ['too short', '123', 'insz_length'],
    ['a letter', '85O73093301', 'insz_characters'],
    ['born in the future', FUTURE, 'insz_date'],
    ['a number that lost its leading 0', Number(NN_2001), 'insz_leading_zero_lost'],
  ])('#VALUE! with the reason: %s', (_label, value, code) => {
    expect(thrown(() => inszFormat(value))).toEqual({ code: '#VALUE!', message: issueText(code, 'insz') });
  });

  test('the reason is in Office display language', () => {
    inLanguage('fr-BE');
    expect(thrown(() => inszFormat('123'))).toEqual({
      code: '#VALUE!',
      message: issueText('insz_length', 'insz', 'fr'),
    });
    inLanguage('en-US');
    expect(thrown(() => inszFormat('123'))).toEqual({
      code: '#VALUE!',
      message: issueText('insz_length', 'insz', 'en'),
    });
    inLanguage('de-DE');
    expect(thrown(() => inszFormat('123'))).toEqual({
      code: '#VALUE!',
      message: issueText('insz_length', 'insz', 'nl'),
    });
  });
});

describe('INSZBIRTHDATE', () => {
  test.each<[string, string, string]>([
    ['national number', NN_1985, '30071985'],
    ['born from 2000', NN_2001, '04032001'],
    ['BIS, month + 20', BIS_SEX_UNKNOWN, '30071985'],
    ['BIS, month + 40', BIS_SEX_KNOWN, '02011990'],
    ['with separators', withSeparators(NN_1985), '30071985'],
  ])('ddmmyyyy text: %s', (_label, insz, date) => {
    expect(inszBirthDate(insz)).toBe(date);
  });

  test.each<[string, string]>([
    ['day 00', DAY_UNKNOWN],
    ['month 00', ONLY_YEAR],
    ['BIS month 20 (unknown month)', BIS_ONLY_YEAR],
  ])('#N/A when the INSZ holds no full date: %s', (_label, insz) => {
    expect(thrown(() => inszBirthDate(insz))).toEqual({
      code: '#N/A',
      message: functionMessage('birthdate_not_in_insz', 'nl'),
    });
  });

  test('#VALUE! with the reason for an invalid INSZ', () => {
    expect(thrown(() => inszBirthDate(wrongCheck(NN_1985)))).toEqual({
      code: '#VALUE!',
      message: issueText('insz_checksum', 'insz'),
    });
  });

  test('empty cell: empty text', () => {
    expect(inszBirthDate(null)).toBe('');
    expect(inszBirthDate(0)).toBe('');
  });

  test('#N/A message in French', () => {
    inLanguage('fr-FR');
    expect(thrown(() => inszBirthDate(DAY_UNKNOWN))).toEqual({
      code: '#N/A',
      message: functionMessage('birthdate_not_in_insz', 'fr'),
    });
  });
});

describe('BIRTHDATETEXT', () => {
  const serial = dateToExcelSerial({ year: 1985, month: 7, day: 30 });

  test.each<[string, unknown, string]>([
    ['an Excel date', serial, '30071985'],
    ['an Excel date with a time', serial + 0.75, '30071985'],
    ['the first Excel date', 1, '01011900'],
    ['the day after the fake 29/02/1900', 61, '01031900'],
    ['d/m/yyyy', '30/07/1985', '30071985'],
    ['d-m-yyyy, one digit', '30-7-1985', '30071985'],
    ['d.m.yyyy', '1.2.2003', '01022003'],
    ['yyyy-mm-dd', '1985-07-30', '30071985'],
    ['ddmmyyyy text', '01012000', '01012000'],
    ['ddmmyyyy stored as a number, leading 0 lost', 1012000, '01012000'],
    ['ddmmyyyy stored as a number', 30071985, '30071985'],
    ['spaces around', ' 30/07/1985 ', '30071985'],
  ])('%s', (_label, value, text) => {
    expect(birthDateText(value)).toBe(text);
  });

  test.each<[string, unknown]>([
    ['empty cell (web)', null],
    ['empty cell (Windows)', 0],
    ['empty text', ''],
    ['blank text', '   '],
  ])('empty text for %s', (_label, value) => {
    expect(birthDateText(value)).toBe('');
  });

  test.each<[string, unknown]>([
    ['no date', 'morgen'],
    ['a date that does not exist', '31/04/1985'],
    ['a two-digit year', '30/07/85'],
    ["Excel's fictitious 29/02/1900", 60],
    ['6 digits', 123456],
    ['8 digits that are no date', 32131999],
    ['a boolean', true],
  ])('#VALUE! for %s', (_label, value) => {
    expect(thrown(() => birthDateText(value))).toEqual({
      code: '#VALUE!',
      message: functionMessage('not_a_date', 'nl'),
    });
  });

  test('message in English', () => {
    inLanguage('en-GB');
    expect(thrown(() => birthDateText('x'))).toEqual({
      code: '#VALUE!',
      message: functionMessage('not_a_date', 'en'),
    });
  });
});

describe('ROWCHECK', () => {
  const serial = dateToExcelSerial({ year: 1985, month: 7, day: 30 });

  test.each<[string, unknown[]]>([
    ['identified by INSZ only, Windows empty cells', [NN_1985, 0, 0, 0, 0]],
    ['identified by INSZ only, web empty cells', [NN_1985, null, null, null, null]],
    ['identified by name and birth date', [null, 'Janssens', 'Jan', '30071985', '1500']],
    ['everything filled in', [withSeparators(NN_1985), 'Peeters', 'Hélène', '30071985', '1500']],
    ['a fully empty row (Windows)', [0, 0, 0, 0, 0]],
    ['a fully empty row (web)', [null, null, null, null, null]],
  ])('empty text when the row is fine: %s', (_label, args) => {
    expect(rowCheck(args[0], args[1], args[2], args[3], args[4])).toBe('');
  });

  test.each<[string, unknown[], IssueCode, RegistrationColumn | null, IssueParams?]>([
    ['invalid INSZ', [wrongCheck(NN_1985), 'Janssens', 'Jan', '', ''], 'insz_checksum', 'insz'],
    [
      'INSZ number without its leading 0',
      [Number(NN_2001), '', '', '', ''],
      'insz_leading_zero_lost',
      'insz',
    ],
    ['neither INSZ nor name + birth date', [null, 'Janssens', 'Jan', null, '1500'], 'identity_missing', null],
    [
      'a postcode stored as a number (issue #10: no longer silent)',
      [withSeparators(NN_1985), 'Peeters', 'Hélène', '30071985', 1500],
      'cell_not_text',
      'postcode',
      { kind: 'number', text: '1500' },
    ],
    [
      'birth date as an Excel date',
      [null, 'Janssens', 'Jan', serial, ''],
      'birthdate_is_date',
      'geboortedatum',
    ],
    [
      'birth date number without its leading 0',
      [null, 'Janssens', 'Jan', 1012000, ''],
      'birthdate_leading_zero_lost',
      'geboortedatum',
    ],
    [
      'birth date with slashes',
      [null, 'Janssens', 'Jan', '30/07/1985', ''],
      'birthdate_format',
      'geboortedatum',
    ],
    [
      'birth date in the future',
      [null, 'Janssens', 'Jan', '01012027', ''],
      'birthdate_future',
      'geboortedatum',
    ],
    [
      'first name missing (warning)',
      [null, 'Janssens', null, '30071985', ''],
      'firstname_missing',
      'voornaam',
    ],
    ['trailing space (warning)', [NN_1985, 'Janssens ', 'Jan', '', ''], 'whitespace_edge', 'naam'],
    ['comma in a name', [NN_1985, 'Janssens, Jan', '', '', ''], 'separator_or_quote', 'naam', { char: ',' }],
    ['formula prefix', [NN_1985, '=Janssens', '', '', ''], 'formula_prefix', 'naam', { char: '=' }],
    ['postcode not Belgian', [NN_1985, '', '', '', '150'], 'postcode_format', 'postcode'],
  ])('the message of the issue: %s', (_label, args, code, column, params = {}) => {
    expect(rowCheck(args[0], args[1], args[2], args[3], args[4])).toBe(message(code, column, params, 'nl'));
  });

  test('the first issue in file order is the one returned', () => {
    // A bad INSZ (column 1) and a bad postcode (column 5): the INSZ comes first.
    expect(rowCheck(wrongCheck(NN_1985), 'Janssens', 'Jan', '30071985', 'abc')).toBe(
      issueText('insz_checksum', 'insz'),
    );
  });

  test('an error is returned before a warning in an earlier column', () => {
    // A trailing space in the INSZ (warning) and a formula prefix in Naam (error): the error wins,
    // or the user would read the warning as "this row exports".
    expect(rowCheck(`${NN_1985} `, '=Janssens', 'Jan', '', '')).toBe(
      renderIssue({ code: 'formula_prefix', column: 'naam', params: { char: '=' } }, 'nl'),
    );
  });

  test('the birth date and the INSZ must agree (warning)', () => {
    expect(rowCheck(NN_1985, 'Janssens', 'Jan', '31071985', '')).toBe(
      renderIssue(
        { code: 'birthdate_insz_mismatch', column: 'geboortedatum', params: { inszBirthDate: '30071985' } },
        'nl',
      ),
    );
  });

  test('the message is in Office display language', () => {
    inLanguage('fr-BE');
    expect(rowCheck(null, 'Janssens', 'Jan', null, null)).toBe(issueText('identity_missing', null, 'fr'));
    inLanguage('en-US');
    expect(rowCheck(null, 'Janssens', 'Jan', null, null)).toBe(issueText('identity_missing', null, 'en'));
  });
});

describe('environment', () => {
  test('loading the module needs neither Office nor CustomFunctions, nor a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    jest.isolateModules(() => {
      const saved = globals.CustomFunctions;
      delete globals.CustomFunctions;
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        expect(() => require('../../src/functions/functions')).not.toThrow();
      } finally {
        globals.CustomFunctions = saved;
      }
    });
  });

  test('the module registers nothing itself (the metadata plugin adds the associate calls at build)', () => {
    const associate = jest.fn();
    globals.CustomFunctions = { Error: StubCustomFunctionsError, ErrorCode, associate };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/functions/functions');
    });
    expect(associate).not.toHaveBeenCalled();
    globals.CustomFunctions = { Error: StubCustomFunctionsError, ErrorCode };
  });
});

import {
  LINES_PER_FILE_RANGE,
  checkLinesPerFile,
  parseSettings,
  registrationsPerFile,
  settingsSchema,
} from '../../src/core/settings';
import { DEFAULT_SETTINGS, type ExportSettings } from '../../src/core/types';

describe('parseSettings: accepted', () => {
  test.each<[string, unknown, ExportSettings]>([
    ['nothing set: the defaults', {}, { encoding: 'utf-8-bom', linesPerFile: 100 }],
    ['undefined: the defaults', undefined, { ...DEFAULT_SETTINGS }],
    ['null: the defaults', null, { ...DEFAULT_SETTINGS }],
    ['not an object: the defaults', 'utf-8', { ...DEFAULT_SETTINGS }],
    ['blank values: the defaults', { encoding: ' ', linesPerFile: '' }, { ...DEFAULT_SETTINGS }],
    ['null values: the defaults', { encoding: null, linesPerFile: null }, { ...DEFAULT_SETTINGS }],
    ['UTF-8 without BOM', { encoding: 'utf-8' }, { encoding: 'utf-8', linesPerFile: 100 }],
    ['Windows-1252', { encoding: 'windows-1252' }, { encoding: 'windows-1252', linesPerFile: 100 }],
    [
      'encoding in any case, outer spaces',
      { encoding: ' UTF-8-BOM ' },
      { encoding: 'utf-8-bom', linesPerFile: 100 },
    ],
    [
      'lowest: the header and one registration',
      { linesPerFile: 2 },
      { encoding: 'utf-8-bom', linesPerFile: 2 },
    ],
    ['highest', { linesPerFile: 1001 }, { encoding: 'utf-8-bom', linesPerFile: 1001 }],
    ['as text from the form', { linesPerFile: ' 250 ' }, { encoding: 'utf-8-bom', linesPerFile: 250 }],
    ['both set', { encoding: 'utf-8', linesPerFile: 50 }, { encoding: 'utf-8', linesPerFile: 50 }],
    ['unknown keys ignored', { encoding: 'utf-8', theme: 'dark' }, { encoding: 'utf-8', linesPerFile: 100 }],
  ])('%s', (_label, input, expected) => {
    expect(parseSettings(input)).toEqual({ ok: true, value: expected });
  });

  test("the default is the manual's 100 lines, so 99 registrations", () => {
    expect(DEFAULT_SETTINGS.linesPerFile).toBe(100);
    expect(registrationsPerFile(DEFAULT_SETTINGS.linesPerFile)).toBe(99);
  });
});

describe('parseSettings: a document stored the earlier maxRowsPerFile (registrations)', () => {
  test.each<[string, unknown, number, number]>([
    [
      'the old default 100 becomes 101 lines: the same 100-registration files',
      { maxRowsPerFile: 100 },
      101,
      100,
    ],
    ['the old lowest, 1', { maxRowsPerFile: 1 }, 2, 1],
    ['the old highest, 1000', { maxRowsPerFile: 1000 }, 1001, 1000],
    ['as text', { maxRowsPerFile: ' 50 ' }, 51, 50],
  ])('%s', (_label, input, lines, rows) => {
    expect(parseSettings(input)).toEqual({
      ok: true,
      value: { encoding: 'utf-8-bom', linesPerFile: lines },
      fromRowsPerFile: rows,
    });
    expect(registrationsPerFile(lines)).toBe(rows);
  });

  test('the encoding stored beside it is kept', () => {
    expect(parseSettings({ encoding: 'windows-1252', maxRowsPerFile: 80 })).toEqual({
      ok: true,
      value: { encoding: 'windows-1252', linesPerFile: 81 },
      fromRowsPerFile: 80,
    });
  });

  test('linesPerFile wins when both keys are present (nothing converted)', () => {
    expect(parseSettings({ linesPerFile: 100, maxRowsPerFile: 100 })).toEqual({
      ok: true,
      value: { encoding: 'utf-8-bom', linesPerFile: 100 },
    });
  });

  test('a blank linesPerFile falls through to the stored maxRowsPerFile', () => {
    expect(parseSettings({ linesPerFile: '', maxRowsPerFile: 100 })).toMatchObject({
      ok: true,
      value: { linesPerFile: 101 },
      fromRowsPerFile: 100,
    });
  });

  test.each([0, 1001, 2.5, 'honderd'])(
    'an old value out of its range (%p) is refused, not guessed',
    (value) => {
      const result = parseSettings({ maxRowsPerFile: value });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => issue.code)).toEqual(['settings_max_rows']);
    },
  );
});

describe('parseSettings: rejected, as [code, params]', () => {
  const range = { min: LINES_PER_FILE_RANGE.min, max: LINES_PER_FILE_RANGE.max };

  test.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['unknown encoding', { encoding: 'latin1' }, 'settings_encoding', { value: 'latin1' }],
    ['utf8 without the dash', { encoding: 'utf8' }, 'settings_encoding', { value: 'utf8' }],
    ['encoding as a number', { encoding: 1252 }, 'settings_encoding', { value: '1252' }],
    ['0 lines', { linesPerFile: 0 }, 'settings_max_rows', { value: '0', ...range }],
    ['1 line: the header alone', { linesPerFile: 1 }, 'settings_max_rows', { value: '1', ...range }],
    ['above 1001', { linesPerFile: 1002 }, 'settings_max_rows', { value: '1002', ...range }],
    ['negative', { linesPerFile: -5 }, 'settings_max_rows', { value: '-5', ...range }],
    ['fractional', { linesPerFile: 99.5 }, 'settings_max_rows', { value: '99.5', ...range }],
    ['NaN', { linesPerFile: Number.NaN }, 'settings_max_rows', { value: 'NaN', ...range }],
    ['a word', { linesPerFile: 'honderd' }, 'settings_max_rows', { value: 'honderd', ...range }],
    ['exponent notation', { linesPerFile: '1e2' }, 'settings_max_rows', { value: '1e2', ...range }],
    ['a boolean', { linesPerFile: true }, 'settings_max_rows', { value: 'true', ...range }],
  ])('%s', (_label, input, code, params) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([[code, params]]);
  });

  test('both wrong: both reported, about the workbook (row 0, no column), as errors', () => {
    const result = parseSettings({ encoding: 'ascii', linesPerFile: 5000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.code, issue.severity])).toEqual([
      [0, null, 'settings_encoding', 'error'],
      [0, null, 'settings_max_rows', 'error'],
    ]);
  });
});

describe('checkLinesPerFile: the one validation of the setting', () => {
  test.each([2, 100, 101, 1001, '100'])('%p is accepted', (value) => {
    expect(checkLinesPerFile(value)).toEqual({ ok: true, value: Number(value) });
  });

  test.each([0, -1, Number.NaN, 1.5, 1, 1002, Infinity, null, undefined, ''])(
    '%p is refused with settings_max_rows',
    (value) => {
      const result = checkLinesPerFile(value);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issue).toMatchObject({
        code: 'settings_max_rows',
        row: 0,
        column: null,
        severity: 'error',
        params: { min: 2, max: 1001 },
      });
    },
  );

  test('parseSettings and the schema answer exactly as checkLinesPerFile does', () => {
    for (const value of [0, -1, Number.NaN, 1.5, 1, 2, 100, 1001, 1002]) {
      const checked = checkLinesPerFile(value).ok;
      expect([value, parseSettings({ linesPerFile: value }).ok]).toEqual([value, checked]);
      expect([value, settingsSchema.safeParse({ linesPerFile: value }).success]).toEqual([value, checked]);
    }
  });
});

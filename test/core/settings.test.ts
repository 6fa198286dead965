import { MAX_ROWS_PER_FILE_RANGE, parseSettings } from '../../src/core/settings';
import { DEFAULT_SETTINGS, type ExportSettings } from '../../src/core/types';

describe('parseSettings: accepted', () => {
  test.each<[string, unknown, ExportSettings]>([
    ['nothing set: the defaults', {}, { encoding: 'utf-8-bom', maxRowsPerFile: 100 }],
    ['undefined: the defaults', undefined, { ...DEFAULT_SETTINGS }],
    ['null: the defaults', null, { ...DEFAULT_SETTINGS }],
    ['not an object: the defaults', 'utf-8', { ...DEFAULT_SETTINGS }],
    ['blank values: the defaults', { encoding: ' ', maxRowsPerFile: '' }, { ...DEFAULT_SETTINGS }],
    ['null values: the defaults', { encoding: null, maxRowsPerFile: null }, { ...DEFAULT_SETTINGS }],
    ['UTF-8 without BOM', { encoding: 'utf-8' }, { encoding: 'utf-8', maxRowsPerFile: 100 }],
    ['Windows-1252', { encoding: 'windows-1252' }, { encoding: 'windows-1252', maxRowsPerFile: 100 }],
    [
      'encoding in any case, outer spaces',
      { encoding: ' UTF-8-BOM ' },
      { encoding: 'utf-8-bom', maxRowsPerFile: 100 },
    ],
    ['lowest limit', { maxRowsPerFile: 1 }, { encoding: 'utf-8-bom', maxRowsPerFile: 1 }],
    ['highest limit', { maxRowsPerFile: 1000 }, { encoding: 'utf-8-bom', maxRowsPerFile: 1000 }],
    [
      'limit as text from a cell',
      { maxRowsPerFile: ' 250 ' },
      { encoding: 'utf-8-bom', maxRowsPerFile: 250 },
    ],
    ['both set', { encoding: 'utf-8', maxRowsPerFile: 50 }, { encoding: 'utf-8', maxRowsPerFile: 50 }],
    [
      'unknown keys ignored',
      { encoding: 'utf-8', theme: 'dark' },
      { encoding: 'utf-8', maxRowsPerFile: 100 },
    ],
  ])('%s', (_label, input, expected) => {
    expect(parseSettings(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseSettings: rejected, as [code, params]', () => {
  const range = { min: MAX_ROWS_PER_FILE_RANGE.min, max: MAX_ROWS_PER_FILE_RANGE.max };

  test.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['unknown encoding', { encoding: 'latin1' }, 'settings_encoding', { value: 'latin1' }],
    ['utf8 without the dash', { encoding: 'utf8' }, 'settings_encoding', { value: 'utf8' }],
    ['encoding as a number', { encoding: 1252 }, 'settings_encoding', { value: '1252' }],
    ['limit 0', { maxRowsPerFile: 0 }, 'settings_max_rows', { value: '0', ...range }],
    ['limit above 1000', { maxRowsPerFile: 1001 }, 'settings_max_rows', { value: '1001', ...range }],
    ['negative limit', { maxRowsPerFile: -5 }, 'settings_max_rows', { value: '-5', ...range }],
    ['fractional limit', { maxRowsPerFile: 99.5 }, 'settings_max_rows', { value: '99.5', ...range }],
    ['limit NaN', { maxRowsPerFile: Number.NaN }, 'settings_max_rows', { value: 'NaN', ...range }],
    ['limit as a word', { maxRowsPerFile: 'honderd' }, 'settings_max_rows', { value: 'honderd', ...range }],
    [
      'limit in exponent notation',
      { maxRowsPerFile: '1e2' },
      'settings_max_rows',
      { value: '1e2', ...range },
    ],
    ['limit as a boolean', { maxRowsPerFile: true }, 'settings_max_rows', { value: 'true', ...range }],
  ])('%s', (_label, input, code, params) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([[code, params]]);
  });

  test('both wrong: both reported, about the workbook (row 0, no column), as errors', () => {
    const result = parseSettings({ encoding: 'ascii', maxRowsPerFile: 5000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.code, issue.severity])).toEqual([
      [0, null, 'settings_encoding', 'error'],
      [0, null, 'settings_max_rows', 'error'],
    ]);
  });
});

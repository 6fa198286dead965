import { copiedFrom, findRecordedSheet } from '../../src/excel/sheetIdentity';

/** docs/decisions/0009-sheets-by-id.md: the recorded name first, then the recorded id. */
describe('findRecordedSheet', () => {
  const A = { id: '{A}', name: 'B001 Vaxigrip' };
  const B = { id: '{B}', name: 'B002 Comirnaty' };
  const C = { id: '{C}', name: 'Griep' };
  const none = new Set<string>();

  test.each([
    [
      'name and id agree',
      { sheetName: 'B001 Vaxigrip', sheetId: '{A}' },
      [A, B],
      none,
      { kind: 'same', sheet: A },
    ],
    [
      'no id recorded, name found (older workbooks)',
      { sheetName: 'b001 vaxigrip', sheetId: null },
      [A],
      none,
      { kind: 'same', sheet: A },
    ],
    [
      'renamed: the id finds it under its new name',
      { sheetName: 'B001 Vaxigrip', sheetId: '{C}' },
      [B, C],
      none,
      { kind: 'renamed', sheet: C },
    ],
    [
      'the recorded name wins over a stale id of another sheet',
      { sheetName: 'B001 Vaxigrip', sheetId: '{B}' },
      [A, B],
      none,
      { kind: 'by_name', sheet: A },
    ],
    [
      'the recorded id is gone, the name is there',
      { sheetName: 'B001 Vaxigrip', sheetId: '{X}' },
      [A],
      none,
      { kind: 'by_name', sheet: A },
    ],
    ['neither: missing', { sheetName: 'B001 Vaxigrip', sheetId: '{X}' }, [B], none, { kind: 'missing' }],
    [
      'no id and the name gone: missing',
      { sheetName: 'B001 Vaxigrip', sheetId: null },
      [B],
      none,
      { kind: 'missing' },
    ],
    [
      "an id pointing at another batch's sheet (by its name) is not taken",
      { sheetName: 'Oud', sheetId: '{B}' },
      [B],
      new Set(['B002 COMIRNATY']),
      { kind: 'missing' },
    ],
    [
      'an empty recorded name never matches by name',
      { sheetName: '', sheetId: null },
      [A],
      none,
      { kind: 'missing' },
    ],
  ])('%s', (_label, recorded, sheets, others, expected) => {
    expect(findRecordedSheet(recorded, sheets, others)).toEqual(expected);
  });
});

describe('copiedFrom: the names Excel gives a copy', () => {
  test.each([
    ['B001 Vaxigrip (2)', ['B001 Vaxigrip', 'B002'], ['B001 Vaxigrip']],
    ['b001 vaxigrip (13)', ['B001 Vaxigrip'], ['B001 Vaxigrip']],
    [
      'B012 Vaxigrip Tetra 28-11-2 (2)',
      ['B012 Vaxigrip Tetra 28-11-2026'],
      ['B012 Vaxigrip Tetra 28-11-2026'],
    ],
    ['B001 Vaxigrip', ['B001 Vaxigrip'], []],
    ['Griep (2)', ['B001 Vaxigrip'], []],
    [' (2)', ['B001'], []],
  ])('%j among %j', (name, recorded, expected) => {
    expect(copiedFrom(name, recorded)).toEqual(expected);
  });
});

import { DEFAULT_LISTS } from '../../src/core/lists';
import type { BatchLists } from '../../src/core/types';

describe("DEFAULT_LISTS: exactly SPEC's defaults", () => {
  test.each<[keyof BatchLists, readonly string[]]>([
    [
      'toedieningswijze',
      [
        'Intramusculair',
        'Subcutaan',
        'Intradermaal',
        'Oraal',
        'Intranasaal',
        'Intraveneus',
        'Onbekend',
        'Andere',
      ],
    ],
    ['typeProfylaxe', ['Pre-expositieprofylaxe', 'Post-expositieprofylaxe']],
    [
      'lichaamsdeel',
      [
        'Deltaspier (bovenarm)',
        'Dijspier (bovenbeen)',
        'Bilspier',
        'Huid bovenarm',
        'Huid onderarm',
        'Huid bovenbeen',
      ],
    ],
    ['lichaamszijde', ['Links', 'Rechts', 'Beide']],
    // SPEC: "starts empty ... Never ship an invented product list."
    ['immunisatieproduct', []],
  ])('%s', (list, expected) => {
    expect(DEFAULT_LISTS[list]).toEqual(expected);
  });

  test('no other lists', () => {
    expect(Object.keys(DEFAULT_LISTS).sort()).toEqual(
      ['immunisatieproduct', 'lichaamsdeel', 'lichaamszijde', 'toedieningswijze', 'typeProfylaxe'].sort(),
    );
  });

  test.each(Object.entries(DEFAULT_LISTS))(
    '%s: trimmed entries, unique ignoring case (values match case-insensitively)',
    (_list, entries) => {
      for (const entry of entries) expect(entry).toBe(entry.trim());
      expect(new Set(entries.map((entry) => entry.toLowerCase())).size).toBe(entries.length);
    },
  );

  test('frozen: the defaults cannot be changed in place', () => {
    expect(Object.isFrozen(DEFAULT_LISTS)).toBe(true);
    for (const entries of Object.values(DEFAULT_LISTS)) expect(Object.isFrozen(entries)).toBe(true);
  });
});

import { checkHeader, detectHeader, type HeaderDetection } from '../../src/core/headerMapping';
import type { RegistrationColumn } from '../../src/core/types';

const EXACT = ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'];

describe('checkHeader: the five titles exactly, in A..E', () => {
  test.each<[string, readonly string[], boolean]>([
    ['exact', EXACT, true],
    ['exact, with an extra sixth column', [...EXACT, 'Kamer'], true],
    ['exact, with trailing empty cells', [...EXACT, '', ''], true],
    ['lower case', ['insz', 'naam', 'voornaam', 'geboortedatum', 'postcode'], false],
    ['a trailing space', ['INSZ ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'], false],
    ['a synonym', ['Rijksregisternummer', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'], false],
    ['two columns swapped', ['INSZ', 'Voornaam', 'Naam', 'Geboortedatum', 'Postcode'], false],
    ['only four', ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum'], false],
    ['shifted one column right', ['', ...EXACT], false],
    ['empty row', [], false],
  ])('%s -> ok: %s', (_label, titles, ok) => {
    const issues = checkHeader(titles);
    expect(issues.map((issue) => [issue.row, issue.column, issue.code, issue.severity])).toEqual(
      ok ? [] : [[1, null, 'header_mismatch', 'error']],
    );
  });

  test.each<[string, readonly string[], string]>([
    ['titles joined by " | "', ['RRN', 'Naam', 'Voornaam'], 'RRN | Naam | Voornaam'],
    ['trailing blank titles left out', ['RRN', 'Naam', '', ' '], 'RRN | Naam'],
    ['inner blank titles kept', ['RRN', '', 'Naam'], 'RRN |  | Naam'],
    ['no titles at all', [], ''],
  ])('params.found: %s', (_label, titles, found) => {
    expect(checkHeader(titles)[0]?.params).toEqual({ found });
  });
});

type Mapping = Record<RegistrationColumn, number | null>;
const mapping = (
  insz: number | null,
  naam: number | null,
  voornaam: number | null,
  geboortedatum: number | null,
  postcode: number | null,
): Mapping => ({
  insz,
  naam,
  voornaam,
  geboortedatum,
  postcode,
});

describe('detectHeader: finding the header row of an existing sheet', () => {
  test.each<[string, readonly (readonly string[])[], HeaderDetection]>([
    [
      "the add-in's own sheet",
      [EXACT, ['85073090133', 'Peeters', 'An', '30071985', '1500']],
      { found: true, headerRow: 0, mapping: mapping(0, 1, 2, 3, 4), extraColumns: [], exact: true },
    ],
    [
      'Dutch synonyms under a title block',
      [
        ['Griepvaccinatie WZC De Linde'],
        [],
        ['Kamer', 'Rijksregisternummer', 'Familienaam', 'Voornaam', 'Geboorte datum', 'Postcode'],
      ],
      { found: true, headerRow: 2, mapping: mapping(1, 2, 3, 4, 5), extraColumns: [0], exact: false },
    ],
    [
      'French titles',
      [['NISS', 'Nom', 'Prénom', 'Date de naissance', 'Code postal']],
      { found: true, headerRow: 0, mapping: mapping(0, 1, 2, 3, 4), extraColumns: [], exact: false },
    ],
    [
      'English titles, other order',
      [['Surname', 'Given name', 'DOB', 'Zip', 'SSIN']],
      { found: true, headerRow: 0, mapping: mapping(4, 0, 1, 2, 3), extraColumns: [], exact: false },
    ],
    [
      'any case, extra spaces, accents optional, punctuation ignored',
      [
        [
          '  numero   de registre NATIONAL ',
          'NOM DE FAMILLE',
          'prenom',
          'date_de_naissance',
          'Code  Postal:',
        ],
      ],
      { found: true, headerRow: 0, mapping: mapping(0, 1, 2, 3, 4), extraColumns: [], exact: false },
    ],
    [
      'a remark in brackets is ignored',
      [['INSZ (SSIN)', 'Naam', 'Geboortedatum (ddmmjjjj)']],
      { found: true, headerRow: 0, mapping: mapping(0, 1, null, 2, null), extraColumns: [], exact: false },
    ],
    [
      'Rijksregister nr. with a dot',
      [['Rijksregister nr.', 'Achternaam']],
      { found: true, headerRow: 0, mapping: mapping(0, 1, null, null, null), extraColumns: [], exact: false },
    ],
    [
      'identified by name and birth date only',
      [['Naam', 'Voornaam', 'Geboortedatum', 'Opmerking']],
      { found: true, headerRow: 0, mapping: mapping(null, 0, 1, 2, null), extraColumns: [3], exact: false },
    ],
    [
      'a second INSZ column is an extra column (first wins)',
      [['INSZ', 'Naam', 'BIS']],
      {
        found: true,
        headerRow: 0,
        mapping: mapping(0, 1, null, null, null),
        extraColumns: [2],
        exact: false,
      },
    ],
    [
      'blank titles are not extra columns',
      [['INSZ', '', 'Naam', '  ', 'Kamer']],
      {
        found: true,
        headerRow: 0,
        mapping: mapping(0, 2, null, null, null),
        extraColumns: [4],
        exact: false,
      },
    ],
    [
      'the row with the most columns wins over an earlier one',
      [
        ['INSZ', 'Opmerking'],
        ['INSZ', 'Naam', 'Voornaam'],
      ],
      { found: true, headerRow: 1, mapping: mapping(0, 1, 2, null, null), extraColumns: [], exact: false },
    ],
    [
      'a tie goes to the first row',
      [
        ['INSZ', 'Naam'],
        ['NISS', 'Nom'],
      ],
      { found: true, headerRow: 0, mapping: mapping(0, 1, null, null, null), extraColumns: [], exact: false },
    ],
    [
      'the five titles, but not in A..E: found, not exact',
      [['', ...EXACT]],
      { found: true, headerRow: 0, mapping: mapping(1, 2, 3, 4, 5), extraColumns: [], exact: false },
    ],
    [
      'a row that identifies nobody is skipped for a later one that does',
      [
        ['Naam', 'Voornaam', 'Postcode'],
        ['Naam', 'Geboortedatum'],
      ],
      { found: true, headerRow: 1, mapping: mapping(null, 0, null, 1, null), extraColumns: [], exact: false },
    ],
    [
      'Naam, Voornaam and Postcode cannot identify anyone',
      [['Naam', 'Voornaam', 'Postcode']],
      { found: false },
    ],
    ['Geboortedatum alone cannot identify anyone', [['Geboortedatum', 'Postcode']], { found: false }],
    [
      'no titles at all',
      [
        ['Kamer', 'Opmerking'],
        ['12', 'ok'],
      ],
      { found: false },
    ],
    ['an empty sheet', [], { found: false }],
    ['empty rows only', [[], [''], ['  ']], { found: false }],
  ])('%s', (_label, rows, expected) => {
    expect(detectHeader(rows)).toEqual(expected);
  });

  test('only the first 20 rows are searched by default', () => {
    const filler = Array.from({ length: 20 }, () => ['notitie']);
    expect(detectHeader([...filler, EXACT])).toEqual({ found: false });
    expect(detectHeader([...filler.slice(1), EXACT])).toMatchObject({ found: true, headerRow: 19 });
  });

  test.each<[string, number, boolean]>([
    ['maxRows 3 reaches row index 2', 3, true],
    ['maxRows 2 does not', 2, false],
  ])('%s', (_label, maxRows, found) => {
    const rows = [['x'], ['y'], EXACT];
    expect(detectHeader(rows, { maxRows }).found).toBe(found);
  });

  test.each<[RegistrationColumn, string]>([
    ...(
      [
        'INSZ',
        'Rijksregisternummer',
        'Rijksregister nr',
        'RRN',
        'NN',
        'Nationaal nummer',
        'BIS',
        'SSIN',
        'NISS',
        'Numéro de registre national',
        'Numéro national',
      ] as const
    ).map((title) => ['insz', title] as [RegistrationColumn, string]),
    ...(
      [
        'Naam',
        'Achternaam',
        'Familienaam',
        'Nom',
        'Nom de famille',
        'Last name',
        'Surname',
        'Family name',
      ] as const
    ).map((title) => ['naam', title] as [RegistrationColumn, string]),
    ...(['Voornaam', 'Prénom', 'First name', 'Given name'] as const).map(
      (title) => ['voornaam', title] as [RegistrationColumn, string],
    ),
    ...(
      ['Geboortedatum', 'Geboorte datum', 'Date de naissance', 'Date of birth', 'Birth date', 'DOB'] as const
    ).map((title) => ['geboortedatum', title] as [RegistrationColumn, string]),
    ...(['Postcode', 'Code postal', 'Postal code', 'Zip'] as const).map(
      (title) => ['postcode', title] as [RegistrationColumn, string],
    ),
  ])('synonym for %s: %j (also in upper case)', (column, title) => {
    // Pair every title with one that makes the row identify someone, in the other column.
    const anchor = column === 'insz' ? 'Naam' : 'INSZ';
    for (const variant of [title, title.toUpperCase()]) {
      const result = detectHeader([[anchor, variant]]);
      expect(result.found && result.mapping[column]).toBe(1);
    }
  });
});

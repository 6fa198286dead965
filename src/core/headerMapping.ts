import { ISSUE_SEVERITY } from './issueCodes';
import { REGISTRATION_COLUMNS, REGISTRATION_HEADERS, type Issue, type RegistrationColumn } from './types';

/**
 * Finding the registration columns on a sheet: the strict check of a sheet the add-in made
 * (SPEC: "Header line exactly `INSZ,Naam,Voornaam,Geboortedatum,Postcode`") and the lenient search
 * on an existing sheet (SPEC: "Controleren finds the header row (synonyms such as ...)").
 */

/**
 * Outcome of {@link detectHeader}.
 *
 * @example
 * ```ts
 * const detection: HeaderDetection = detectHeader(rows);
 * if (detection.found && !detection.exact) askUserToConfirm(detection.mapping);
 * ```
 */
export type HeaderDetection =
  | {
      found: true;
      /** 0-based index into the rows passed in. */
      headerRow: number;
      /** 0-based column index of each registration column, null when the sheet has none. */
      mapping: Record<RegistrationColumn, number | null>;
      /** 0-based indices of non-blank titles that are no registration column (ignored by export). */
      extraColumns: number[];
      /** True when A..E hold exactly the five titles, so no mapping step is needed. */
      exact: boolean;
    }
  | { found: false };

/**
 * How many rows from the top {@link detectHeader} looks at by default: a title block, a logo row
 * or a few notes above the table are common; a header further down is not.
 *
 * @example
 * ```ts
 * detectHeader(rows, { maxRows: HEADER_SEARCH_ROWS }); // the same as detectHeader(rows)
 * ```
 */
export const HEADER_SEARCH_ROWS = 20;

/**
 * Titles users give these columns, in nl, fr and en (SPEC's examples plus common variants).
 * Matching ignores case, accents, spaces and punctuation (see {@link titleKey}).
 */
const SYNONYMS: Readonly<Record<RegistrationColumn, readonly string[]>> = {
  insz: [
    'INSZ',
    'INSZ-nummer',
    'Rijksregisternummer',
    'Rijksregister nr',
    'RRN',
    'NN',
    'Nationaal nummer',
    'BIS',
    'BIS-nummer',
    'SSIN',
    'NISS',
    'Numéro de registre national',
    'Numéro national',
  ],
  naam: ['Naam', 'Achternaam', 'Familienaam', 'Nom', 'Nom de famille', 'Last name', 'Surname', 'Family name'],
  voornaam: ['Voornaam', 'Prénom', 'First name', 'Given name'],
  geboortedatum: [
    'Geboortedatum',
    'Geboorte datum',
    'Date de naissance',
    'Date of birth',
    'Birth date',
    'DOB',
  ],
  postcode: ['Postcode', 'Code postal', 'Postal code', 'Zip', 'Zip code'],
};

/**
 * A title reduced for comparison: compatibility forms folded (NFKD), accents dropped, lower case,
 * and everything but letters and digits removed, so `Date de naissance`, `date_de_naissance`,
 * `DATE DE NAISSANCE` and `Rijksregister nr.` compare as users mean them.
 *
 * @example
 * ```ts
 * titleKey('Date de naissance'); // 'datedenaissance'
 * ```
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const COLUMN_OF_KEY: ReadonlyMap<string, RegistrationColumn> = new Map(
  REGISTRATION_COLUMNS.flatMap((column) =>
    SYNONYMS[column].map((title) => [titleKey(title), column] as const),
  ),
);

/**
 * The column a header title names, or null. A parenthesised remark is ignored when the whole
 * title is not known (`Geboortedatum (ddmmjjjj)`, `INSZ (SSIN)`).
 */
function columnOfTitle(title: string): RegistrationColumn | null {
  const exact = COLUMN_OF_KEY.get(titleKey(title));
  if (exact !== undefined) return exact;
  const withoutRemark = title.replace(/\([^)]*\)/g, ' ');
  return withoutRemark === title ? null : (COLUMN_OF_KEY.get(titleKey(withoutRemark)) ?? null);
}

/** True when A..E hold exactly the five titles of the file, in file order. */
function isExactHeader(titles: readonly string[]): boolean {
  return REGISTRATION_COLUMNS.every((column, index) => titles[index] === REGISTRATION_HEADERS[column]);
}

/**
 * Checks the header row of a registration sheet the add-in manages: the first five titles must be
 * exactly `INSZ`, `Naam`, `Voornaam`, `Geboortedatum`, `Postcode` (case, spaces and all). Titles
 * after the fifth are not checked. Returns no issue when it matches, else one `header_mismatch`
 * at row 1, column null, params `{ found }` = the titles joined by ' | ' (trailing blank titles
 * left out).
 *
 * @example
 * ```ts
 * checkHeader(['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']); // []
 * checkHeader(['Rijksregisternummer', 'Naam']);
 * // [{ code: 'header_mismatch', row: 1, column: null, severity: 'error',
 * //    params: { found: 'Rijksregisternummer | Naam' } }]
 * ```
 */
export function checkHeader(titles: readonly string[]): Issue[] {
  if (isExactHeader(titles)) return [];
  let end = titles.length;
  while (end > 0 && (titles[end - 1] ?? '').trim() === '') end--;
  return [
    {
      code: 'header_mismatch',
      row: 1,
      column: null,
      severity: ISSUE_SEVERITY.header_mismatch,
      params: { found: titles.slice(0, end).join(' | ') },
    },
  ];
}

interface Candidate {
  mapping: Record<RegistrationColumn, number | null>;
  extraColumns: number[];
  matched: number;
}

function readHeaderRow(cells: readonly string[]): Candidate {
  const mapping: Record<RegistrationColumn, number | null> = {
    insz: null,
    naam: null,
    voornaam: null,
    geboortedatum: null,
    postcode: null,
  };
  const extraColumns: number[] = [];
  let matched = 0;
  cells.forEach((title, index) => {
    if (title.trim() === '') return;
    const column = columnOfTitle(title);
    // A second title for a column already found (two INSZ columns) is an extra column: first wins.
    if (column === null || mapping[column] !== null) {
      extraColumns.push(index);
      return;
    }
    mapping[column] = index;
    matched++;
  });
  return { mapping, extraColumns, matched };
}

/**
 * SPEC: a person is identified by INSZ or by Naam + Geboortedatum, so a header that can identify
 * nobody is no header, however many other titles match.
 */
const canIdentify = ({ mapping }: Candidate): boolean =>
  mapping.insz !== null || (mapping.naam !== null && mapping.geboortedatum !== null);

/**
 * Finds the header row of an existing sheet within the first `maxRows` rows (default 20) by the
 * nl/fr/en synonyms of each column (any case, extra spaces, accents optional, punctuation and a
 * parenthesised remark ignored). The row with the most recognised columns wins, the first on a
 * tie; it must hold INSZ, or Naam and Geboortedatum. When a title appears twice the first is
 * mapped and the second is an extra column.
 *
 * @example
 * ```ts
 * detectHeader([
 *   ['Bewoners WZC De Linde'],
 *   ['Rijksregisternummer', 'Familienaam', 'Prénom', 'Date de naissance', 'Kamer'],
 * ]);
 * // { found: true, headerRow: 1, exact: false, extraColumns: [4],
 * //   mapping: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: null } }
 * detectHeader([['Kamer', 'Opmerking']]); // { found: false }
 * ```
 */
export function detectHeader(
  rows: readonly (readonly string[])[],
  options?: { maxRows?: number },
): HeaderDetection {
  const maxRows = options?.maxRows ?? HEADER_SEARCH_ROWS;
  let best: { index: number; candidate: Candidate } | null = null;
  const limit = Math.min(rows.length, maxRows);
  for (let index = 0; index < limit; index++) {
    const candidate = readHeaderRow(rows[index] ?? []);
    if (!canIdentify(candidate)) continue;
    // Strictly more: on a tie the first (topmost) row stays.
    if (best === null || candidate.matched > best.candidate.matched) best = { index, candidate };
  }
  if (best === null) return { found: false };
  const { index, candidate } = best;
  return {
    found: true,
    headerRow: index,
    mapping: candidate.mapping,
    extraColumns: candidate.extraColumns,
    exact: isExactHeader(rows[index] ?? []),
  };
}

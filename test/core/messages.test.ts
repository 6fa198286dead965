import { ISSUE_CODES, type IssueCode, type IssueParamsOf, type Severity } from '../../src/core/issueCodes';
import {
  columnLabel,
  encodingLabel,
  languageFromOffice,
  renderIssue,
  severityLabel,
  type IssueContent,
  type Language,
} from '../../src/core/messages';
import { BATCH_FIELDS, ENCODINGS, REGISTRATION_COLUMNS, type Issue } from '../../src/core/types';

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/**
 * A representative issue for every code, with the params its producer gives (validateRegistrations,
 * parseBatchMetadata, parseSettings), and the param values the message must show in every language.
 * Mapped over the codes, so a new code without an entry here fails to compile, and each entry's
 * params are checked against its code's (IssueParamsByCode).
 */
const REPRESENTATIVE: {
  readonly [C in IssueCode]: { column: Issue['column']; params: IssueParamsOf<C>; shows: readonly string[] };
} = {
  identity_missing: { column: null, params: {}, shows: [] },
  insz_characters: { column: 'insz', params: {}, shows: [] },
  insz_length: { column: 'insz', params: {}, shows: [] },
  insz_checksum: { column: 'insz', params: {}, shows: [] },
  insz_month: { column: 'insz', params: {}, shows: [] },
  insz_date: { column: 'insz', params: {}, shows: [] },
  insz_serial: { column: 'insz', params: {}, shows: [] },
  insz_leading_zero_lost: { column: 'insz', params: {}, shows: [] },
  birthdate_format: { column: 'geboortedatum', params: {}, shows: [] },
  birthdate_invalid: { column: 'geboortedatum', params: {}, shows: [] },
  birthdate_future: { column: 'geboortedatum', params: {}, shows: [] },
  birthdate_leading_zero_lost: { column: 'geboortedatum', params: {}, shows: [] },
  birthdate_is_date: { column: 'geboortedatum', params: {}, shows: [] },
  birthdate_after_administration: {
    column: 'geboortedatum',
    params: { administration: '28112026' },
    shows: ['28/11/2026'],
  },
  birthdate_before_1900: { column: 'geboortedatum', params: {}, shows: [] },
  birthdate_insz_mismatch: {
    column: 'geboortedatum',
    params: { inszBirthDate: '30071985' },
    shows: ['30/07/1985'],
  },
  firstname_missing: { column: 'voornaam', params: {}, shows: [] },
  postcode_format: { column: 'postcode', params: {}, shows: [] },
  whitespace_edge: { column: 'voornaam', params: {}, shows: [] },
  control_character: { column: 'naam', params: { char: 'U+200B' }, shows: ['U+200B'] },
  separator_or_quote: { column: 'naam', params: { char: ';' }, shows: [';'] },
  formula_prefix: { column: 'naam', params: { char: '=' }, shows: ['='] },
  cell_error: { column: 'geboortedatum', params: { value: '#N/A' }, shows: ['#N/A'] },
  cell_not_text: { column: 'postcode', params: { kind: 'number', text: '1000' }, shows: ['1000'] },
  not_encodable: { column: 'naam', params: { char: 'ő', codePoint: 'U+0151' }, shows: ['ő', 'Windows-1252'] },
  duplicate_person: { column: null, params: { firstRow: 12 }, shows: ['12'] },
  duplicate_across_batches: {
    column: null,
    params: { batchId: 'B003', sheetName: 'Griep WZC', row: 7 },
    shows: ['B003', 'Griep WZC', '7'],
  },
  rows_over_limit: { column: null, params: { files: 3, rows: 250, limit: 100 }, shows: ['3', '250', '100'] },
  header_mismatch: {
    column: null,
    params: { found: 'Rijksregisternummer | Naam' },
    shows: ['Rijksregisternummer | Naam'],
  },
  formula_value: {
    column: null,
    params: { cells: 'A2:A40, C7', count: 40, spills: 'B2:B9' },
    shows: ['A2:A40, C7', '40', 'B2:B9'],
  },
  batch_required: { column: 'datumToediening', params: {}, shows: [] },
  batch_insz: { column: 'toedienerInsz', params: { reason: 'insz_checksum' }, shows: [] },
  batch_yes_no: { column: 'gratisVoorraad', params: { value: 'misschien' }, shows: ['misschien'] },
  batch_date_invalid: { column: 'datumToediening', params: { value: '31/02/2026' }, shows: ['31/02/2026'] },
  batch_date_future: { column: 'datumToediening', params: { date: '2026-11-29' }, shows: ['29/11/2026'] },
  batch_dose: { column: 'dosis', params: { value: '0,7' }, shows: ['0,7'] },
  batch_list_value: { column: 'lichaamszijde', params: { value: 'Boven' }, shows: ['Boven'] },
  batch_text: { column: 'lotnummer', params: { char: 'U+0009' }, shows: [] },
  settings_encoding: { column: null, params: { value: 'latin1' }, shows: ['latin1'] },
  settings_max_rows: { column: null, params: { value: '5000', min: 1, max: 1000 }, shows: ['5000', '1000'] },
  register_field_required: { column: 'immunisatieproduct', params: {}, shows: [] },
  register_toediener_insz: { column: 'toedienerInsz', params: { reason: 'insz_checksum' }, shows: [] },
  register_yes_no: { column: 'gratisVoorraad', params: { value: 'misschien' }, shows: ['misschien'] },
  register_date_invalid: {
    column: 'datumToediening',
    params: { value: '31/02/2026' },
    shows: ['31/02/2026'],
  },
  register_date_future: { column: 'datumToediening', params: { date: '2026-11-29' }, shows: ['29/11/2026'] },
  register_dose: { column: 'dosis', params: { value: '3' }, shows: ['3'] },
  register_list_value: { column: 'lichaamszijde', params: { value: 'Boven' }, shows: ['Boven'] },
  register_text: { column: 'lotnummer', params: { char: 'U+0009' }, shows: [] },
  register_near_duplicate: {
    column: 'lotnummer',
    params: { value: 'ab123', other: 'AB123', otherRow: 12 },
    shows: ['ab123', 'AB123', '12'],
  },
};

/** Leftovers of a template or of a missing param. */
const LEFTOVERS = ['undefined', 'null', 'NaN', '[object', '{', '}', '${'];

function expectCleanMessage(text: string): void {
  expect(text.trim().length).toBeGreaterThan(20);
  for (const leftover of LEFTOVERS) expect(text).not.toContain(leftover);
  expect(text).not.toMatch(/\s{2,}/);
  expect(text).toBe(text.trim());
  // One or two short sentences, not an essay.
  expect(text.length).toBeLessThanOrEqual(260);
}

const everyCodeInEveryLanguage = ISSUE_CODES.flatMap((code) =>
  LANGUAGES.map((lang) => [`${code} in ${lang}`, code, lang] as const),
);

/**
 * A code's representative issue. The table pairs each code with its params, but a lookup by a
 * `code` variable loses that pairing for TypeScript; it is asserted here, once.
 */
const representative = (code: IssueCode): IssueContent =>
  ({ code, column: REPRESENTATIVE[code].column, params: REPRESENTATIVE[code].params }) as IssueContent;

/** An issue of `code` with no params at all: messages must cope, whatever the types promise. */
const withoutParams = (code: IssueCode, column: Issue['column']): IssueContent =>
  ({ code, column, params: {} }) as IssueContent;

describe('renderIssue: every code has a message in every language', () => {
  test.each(everyCodeInEveryLanguage)('%s, with representative params', (_label, code, lang) => {
    const text = renderIssue(representative(code), lang);
    const { shows } = REPRESENTATIVE[code];
    expectCleanMessage(text);
    for (const shown of shows) expect(text).toContain(shown);
  });

  test.each(everyCodeInEveryLanguage)('%s, without params and without a column', (_label, code, lang) => {
    expectCleanMessage(renderIssue(withoutParams(code, null), lang));
  });

  test.each(ISSUE_CODES.map((code) => [code]))('%s differs between nl, fr and en (translated)', (code) => {
    const texts = LANGUAGES.map((lang) => renderIssue(representative(code), lang));
    expect(new Set(texts).size).toBe(LANGUAGES.length);
  });

  test.each(LANGUAGES.map((lang) => [lang]))('%s: every code has its own message', (lang) => {
    const texts = ISSUE_CODES.map((code) => renderIssue(representative(code), lang));
    expect(new Set(texts).size).toBe(ISSUE_CODES.length);
  });
});

describe('renderIssue uses its params and column', () => {
  const reasons: readonly IssueParamsOf<'batch_insz'>['reason'][] = [
    'insz_characters',
    'insz_length',
    'insz_checksum',
    'insz_month',
    'insz_date',
    'insz_serial',
    'insz_leading_zero_lost',
  ];

  test.each(LANGUAGES.map((lang) => [lang]))('%s: batch_insz says which rule the INSZ broke', (lang) => {
    const texts = reasons.map((reason) =>
      renderIssue({ code: 'batch_insz', column: 'toedienerInsz', params: { reason } }, lang),
    );
    expect(new Set(texts).size).toBe(reasons.length);
  });

  test.each(LANGUAGES.map((lang) => [lang]))('%s: a column-bound message names the column', (lang) => {
    const text = renderIssue({ code: 'whitespace_edge', column: 'voornaam', params: {} }, lang);
    expect(text).toContain(columnLabel('voornaam', lang));
    const field = renderIssue({ code: 'batch_required', column: 'immunisatieproduct', params: {} }, lang);
    expect(field).toContain(columnLabel('immunisatieproduct', lang));
  });

  test.each(LANGUAGES.map((lang) => [lang]))(
    '%s: an invisible character reads the same as its U+ label or as itself',
    (lang) => {
      const render = (char: string) =>
        renderIssue({ code: 'control_character', column: 'naam', params: { char } }, lang);
      expect(render('\n')).toBe(render('U+000A'));
      expect(render('\t')).toBe(render('U+0009'));
      expect(render('\u200b')).toBe(render('U+200B'));
      // The raw control character itself never ends up in the message.
      expect(render('\n')).not.toContain('\n');
    },
  );

  test.each([
    ['one file', 1, 'nl'],
    ['several files', 2, 'nl'],
  ] as const)('rows_over_limit %s: count shown', (_label, files, lang) => {
    const text = renderIssue(
      { code: 'rows_over_limit', column: null, params: { files, rows: 101, limit: 100 } },
      lang,
    );
    expect(text).toContain(String(files));
  });
});

describe('languageFromOffice', () => {
  test.each([
    ['Belgian Dutch', 'nl-BE', 'nl'],
    ['Dutch (Netherlands)', 'nl-NL', 'nl'],
    ['Belgian French', 'fr-BE', 'fr'],
    ['French (France)', 'fr-FR', 'fr'],
    ['Swiss French', 'fr-CH', 'fr'],
    ['bare fr', 'fr', 'fr'],
    ['upper case', 'FR-BE', 'fr'],
    ['underscore', 'fr_BE', 'fr'],
    ['British English', 'en-GB', 'en'],
    ['US English', 'en-US', 'en'],
    ['bare en', 'en', 'en'],
    ['German (Belgium has a German community): default', 'de-BE', 'nl'],
    ['German (Germany): default', 'de-DE', 'nl'],
    ['Spanish: default', 'es-ES', 'nl'],
    ['absent: default', undefined, 'nl'],
    ['empty: default', '', 'nl'],
    ['not a tag: default', 'french', 'nl'],
    ['prefix of another tag is no match', 'fra-BE', 'nl'],
  ] as const)('%s: %j -> %s', (_label, displayLanguage, expected) => {
    expect(languageFromOffice(displayLanguage)).toBe(expected);
  });
});

describe('columnLabel', () => {
  test.each([
    ['insz', 'nl', 'INSZ'],
    ['naam', 'nl', 'Naam'],
    ['voornaam', 'nl', 'Voornaam'],
    ['geboortedatum', 'nl', 'Geboortedatum'],
    ['postcode', 'nl', 'Postcode'],
    ['insz', 'fr', 'NISS'],
    ['naam', 'fr', 'Nom'],
    ['voornaam', 'fr', 'Prénom'],
    ['geboortedatum', 'fr', 'Date de naissance'],
    ['postcode', 'fr', 'Code postal'],
    ['insz', 'en', 'INSZ (SSIN)'],
    ['naam', 'en', 'Last name'],
    ['voornaam', 'en', 'First name'],
    ['geboortedatum', 'en', 'Date of birth'],
    ['postcode', 'en', 'Postcode'],
  ] as const)('%s in %s -> %s', (column, lang, expected) => {
    expect(columnLabel(column, lang)).toBe(expected);
  });

  const allColumns = [...REGISTRATION_COLUMNS, ...BATCH_FIELDS];
  test.each(LANGUAGES.map((lang) => [lang]))('%s: every column and batch field has its own label', (lang) => {
    const labels = allColumns.map((column) => columnLabel(column, lang));
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(allColumns.length);
  });
});

describe('severityLabel and encodingLabel', () => {
  const severities: readonly Severity[] = ['error', 'warning', 'info'];
  test.each([
    ['error', 'nl', 'Fout'],
    ['warning', 'nl', 'Waarschuwing'],
    ['error', 'fr', 'Erreur'],
    ['warning', 'en', 'Warning'],
  ] as const)('%s in %s -> %s', (severity, lang, expected) => {
    expect(severityLabel(severity, lang)).toBe(expected);
  });

  test.each(LANGUAGES.map((lang) => [lang]))('%s: three distinct severity and encoding labels', (lang) => {
    expect(new Set(severities.map((s) => severityLabel(s, lang))).size).toBe(3);
    expect(new Set(ENCODINGS.map((e) => encodingLabel(e, lang))).size).toBe(ENCODINGS.length);
  });
});

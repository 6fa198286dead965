import { batchMetadataSchema, parseBatchMetadata } from '../../src/core/batchMetadata';
import { dateToExcelSerial } from '../../src/core/calendar';
import { DEFAULT_LISTS } from '../../src/core/lists';
import { BATCH_FIELDS, type BatchField, type BatchLists, type BatchMetadata } from '../../src/core/types';
import { makeInsz } from '../support/syntheticInsz';

/** "Today" for every test: Saturday 28 November 2026, mid-afternoon local time. */
const today = new Date(2026, 10, 28, 15, 30);
const TOEDIENER = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const TOEDIENER_BIS = makeInsz({ year: 1990, month: 43, day: 12, serial: 902 });
const TOEDIENER_DISPLAY = `${TOEDIENER.slice(0, 2)}.${TOEDIENER.slice(2, 4)}.${TOEDIENER.slice(4, 6)}-${TOEDIENER.slice(6, 9)}.${TOEDIENER.slice(9)}`;

/** A complete, valid batch as read from the sheet: only the required fields. */
const VALID: Readonly<Record<string, unknown>> = {
  toedienerInsz: TOEDIENER,
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-28',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};

const parse = (input: unknown, lists: BatchLists = DEFAULT_LISTS, row?: number) =>
  parseBatchMetadata(input, row === undefined ? { today, lists } : { today, lists, row });

function valueOf(input: unknown): BatchMetadata {
  const result = parse(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** `[column, code, params]` of every issue, the shape tests assert on (never message text). */
function issuesOf(input: unknown, lists: BatchLists = DEFAULT_LISTS) {
  const result = parse(input, lists);
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result.value)}`);
  return result.issues.map((issue) => [issue.column, issue.code, issue.params] as const);
}

describe('parseBatchMetadata: accepted values and how they are stored', () => {
  test('the required fields only: stored as given, no optional key present', () => {
    expect(valueOf(VALID)).toEqual({
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Ja',
      datumToediening: '2026-11-28',
      immunisatieproduct: 'Vaxigrip Tetra',
      dosis: 0.5,
    });
  });

  test.each<[string, BatchField, unknown, unknown]>([
    ['INSZ in display form -> compact', 'toedienerInsz', TOEDIENER_DISPLAY, TOEDIENER],
    ['INSZ with outer spaces', 'toedienerInsz', `  ${TOEDIENER} `, TOEDIENER],
    ['INSZ as a number (11 digits, nothing lost)', 'toedienerInsz', Number(TOEDIENER), TOEDIENER],
    ['BIS number', 'toedienerInsz', TOEDIENER_BIS, TOEDIENER_BIS],
    ['ja with a trailing space', 'gratisVoorraad', 'ja ', 'Ja'],
    ['NEE in capitals', 'gratisVoorraad', 'NEE', 'Nee'],
    ['fr Oui', 'gratisVoorraad', 'Oui', 'Ja'],
    ['fr non', 'gratisVoorraad', 'non', 'Nee'],
    ['en Yes', 'gratisVoorraad', 'Yes', 'Ja'],
    ['en No', 'gratisVoorraad', 'No', 'Nee'],
    ['checkbox TRUE', 'gratisVoorraad', true, 'Ja'],
    ['checkbox FALSE', 'gratisVoorraad', false, 'Nee'],
    ['ISO date', 'datumToediening', '2026-11-27', '2026-11-27'],
    ['Belgian dd/mm/yyyy', 'datumToediening', '27/11/2026', '2026-11-27'],
    ['Belgian d-m-yyyy', 'datumToediening', '1-2-2026', '2026-02-01'],
    ['Belgian dd.mm.yyyy', 'datumToediening', '01.02.2026', '2026-02-01'],
    ['date text with outer spaces', 'datumToediening', ' 27/11/2026 ', '2026-11-27'],
    ['today itself is not the future', 'datumToediening', '28/11/2026', '2026-11-28'],
    [
      'JS Date late today: its local calendar date',
      'datumToediening',
      new Date(2026, 10, 28, 23, 59),
      '2026-11-28',
    ],
    [
      'Excel serial number',
      'datumToediening',
      dateToExcelSerial({ year: 2026, month: 11, day: 20 }),
      '2026-11-20',
    ],
    [
      'Excel serial with a time of day',
      'datumToediening',
      dateToExcelSerial({ year: 2026, month: 11, day: 20 }) + 0.75,
      '2026-11-20',
    ],
    ['product trimmed', 'immunisatieproduct', '  Vaxigrip Tetra\u00a0', 'Vaxigrip Tetra'],
    ['product in NFC', 'immunisatieproduct', 'Vaccin Ge\u0301ne\u0301rique', 'Vaccin Générique'],
    ['dose 0.5 as a number', 'dosis', 0.5, 0.5],
    ['dose 1 as a number', 'dosis', 1, 1],
    ['dose 2 as a number', 'dosis', 2, 2],
    ['dose with a Belgian decimal comma', 'dosis', '0,5', 0.5],
    ['dose with a decimal point', 'dosis', '0.5', 0.5],
    ['dose 1 as text', 'dosis', '1', 1],
    ['dose 2 as text with spaces', 'dosis', ' 2 ', 2],
    ['dose 1,0', 'dosis', '1,0', 1],
    ['organisation trimmed', 'organisatie', ' WZC De Linde ', 'WZC De Linde'],
    ['lot number as text', 'lotnummer', ' AB1234 ', 'AB1234'],
    ['lot number typed into a General cell (a number)', 'lotnummer', 12345, '12345'],
    ['remarks', 'opmerkingen', 'Tweede prik', 'Tweede prik'],
    ['list value in any case -> the list spelling', 'toedieningswijze', 'INTRAMUSCULAIR', 'Intramusculair'],
    ['list value with outer spaces', 'lichaamszijde', ' links ', 'Links'],
    ['list value with brackets', 'lichaamsdeel', 'deltaspier (BOVENARM)', 'Deltaspier (bovenarm)'],
    ['type profylaxe', 'typeProfylaxe', 'post-expositieprofylaxe', 'Post-expositieprofylaxe'],
  ])('%s', (_label, field, input, stored) => {
    expect(valueOf({ ...VALID, [field]: input })[field]).toBe(stored);
  });

  test.each<[string, unknown]>([
    ['absent', undefined],
    ['null', null],
    ['empty text', ''],
    ['spaces', '   '],
    ['no-break space and tab', '\u00a0\t'],
  ])('blank optional fields (%s) are omitted, never undefined', (_label, blank) => {
    const optional = BATCH_FIELDS.filter((field) => !(field in VALID));
    const input = { ...VALID, ...Object.fromEntries(optional.map((field) => [field, blank])) };
    const value = valueOf(input);
    for (const field of optional) expect(Object.keys(value)).not.toContain(field);
  });

  test('unknown keys are ignored', () => {
    expect(valueOf({ ...VALID, kleur: 'blauw' })).not.toHaveProperty('kleur');
  });

  test('the lists passed in are the ones used (the user edited the lists sheet)', () => {
    const lists: BatchLists = { ...DEFAULT_LISTS, lichaamszijde: ['Links', 'Rechts', 'Midden'] };
    const result = parse({ ...VALID, lichaamszijde: 'midden' }, lists);
    expect(result).toMatchObject({ ok: true, value: { lichaamszijde: 'Midden' } });
  });

  test('batchMetadataSchema is the same rules as a zod schema', () => {
    const schema = batchMetadataSchema({ today, lists: DEFAULT_LISTS });
    expect(schema.parse({ ...VALID, dosis: '0,5' })).toEqual(valueOf(VALID));
    expect(schema.safeParse({ ...VALID, dosis: 3 }).success).toBe(false);
  });
});

describe('parseBatchMetadata: rejected values, as [column, code, params]', () => {
  const lostZero = makeInsz({ year: 2005, month: 1, day: 1, serial: 901 });
  const badCheck = TOEDIENER.slice(0, 10) + String((Number(TOEDIENER[10]) + 1) % 10);

  test.each<[string, BatchField, unknown, string, Record<string, unknown>]>([
    ['INSZ checksum', 'toedienerInsz', badCheck, 'batch_insz', { reason: 'insz_checksum' }],
    ['INSZ too short', 'toedienerInsz', TOEDIENER.slice(0, 10), 'batch_insz', { reason: 'insz_length' }],
    [
      'INSZ with a letter',
      'toedienerInsz',
      `${TOEDIENER.slice(0, 5)}O${TOEDIENER.slice(6)}`,
      'batch_insz',
      { reason: 'insz_characters' },
    ],
    [
      'INSZ month 13',
      'toedienerInsz',
      makeInsz({ year: 1985, month: 13, day: 1, serial: 901 }),
      'batch_insz',
      { reason: 'insz_month' },
    ],
    [
      'INSZ 30 February',
      'toedienerInsz',
      makeInsz({ year: 1985, month: 2, day: 30, serial: 901 }),
      'batch_insz',
      { reason: 'insz_date' },
    ],
    [
      'INSZ serial 000',
      'toedienerInsz',
      makeInsz({ year: 1985, month: 7, day: 30, serial: 0 }),
      'batch_insz',
      { reason: 'insz_serial' },
    ],
    [
      'INSZ born after today',
      'toedienerInsz',
      makeInsz({ year: 2026, month: 12, day: 1, serial: 901 }),
      'batch_insz',
      { reason: 'insz_date' },
    ],
    [
      'INSZ as a number that lost its leading zero',
      'toedienerInsz',
      Number(lostZero),
      'batch_insz',
      { reason: 'insz_leading_zero_lost' },
    ],
    ['INSZ as a boolean', 'toedienerInsz', true, 'batch_insz', { reason: 'insz_characters' }],
    ['yes/no: another word', 'gratisVoorraad', 'misschien', 'batch_yes_no', { value: 'misschien' }],
    ['yes/no: J', 'gratisVoorraad', 'J', 'batch_yes_no', { value: 'J' }],
    [
      'yes/no: an object property name is no answer',
      'gratisVoorraad',
      'constructor',
      'batch_yes_no',
      { value: 'constructor' },
    ],
    ['yes/no: a number', 'gratisVoorraad', 1, 'batch_yes_no', { value: '1' }],
    ['date: 31 February', 'datumToediening', '31/02/2026', 'batch_date_invalid', { value: '31/02/2026' }],
    ['date: ISO month 13', 'datumToediening', '2026-13-01', 'batch_date_invalid', { value: '2026-13-01' }],
    ['date: two-digit year', 'datumToediening', '28/11/26', 'batch_date_invalid', { value: '28/11/26' }],
    ['date: a word', 'datumToediening', 'gisteren', 'batch_date_invalid', { value: 'gisteren' }],
    [
      'date: before 1900 (typo)',
      'datumToediening',
      '28/11/0026',
      'batch_date_invalid',
      { value: '28/11/0026' },
    ],
    [
      'date: Excel serial 60 (the Lotus 29/02/1900)',
      'datumToediening',
      60,
      'batch_date_invalid',
      { value: '60' },
    ],
    ['date: serial 0', 'datumToediening', 0, 'batch_date_invalid', { value: '0' }],
    [
      'date: invalid JS Date',
      'datumToediening',
      new Date(Number.NaN),
      'batch_date_invalid',
      { value: 'Invalid Date' },
    ],
    ['date: a boolean', 'datumToediening', true, 'batch_date_invalid', { value: 'true' }],
    ['date: tomorrow', 'datumToediening', '29/11/2026', 'batch_date_future', { date: '2026-11-29' }],
    ['date: next year as ISO', 'datumToediening', '2027-01-01', 'batch_date_future', { date: '2027-01-01' }],
    [
      'date: tomorrow as a JS Date',
      'datumToediening',
      new Date(2026, 10, 29, 0, 1),
      'batch_date_future',
      { date: '2026-11-29' },
    ],
    ['dose 0.7', 'dosis', 0.7, 'batch_dose', { value: '0.7' }],
    ['dose 3', 'dosis', 3, 'batch_dose', { value: '3' }],
    ['dose 0,25 as text', 'dosis', '0,25', 'batch_dose', { value: '0,25' }],
    ['dose with a unit', 'dosis', '0,5 ml', 'batch_dose', { value: '0,5 ml' }],
    ['dose as a fraction sign', 'dosis', '½', 'batch_dose', { value: '½' }],
    ['dose negative', 'dosis', '-1', 'batch_dose', { value: '-1' }],
    ['dose as a Date', 'dosis', new Date(2026, 0, 1), 'batch_dose', { value: '2026-01-01' }],
    ['list: not on the list', 'lichaamszijde', 'Boven', 'batch_list_value', { value: 'Boven' }],
    ['list: a typo', 'toedieningswijze', 'Intramusculaire', 'batch_list_value', { value: 'Intramusculaire' }],
    ['lot number with a line break', 'lotnummer', 'AB\n1234', 'batch_text', { char: 'U+000A' }],
    ['remarks with a zero-width space', 'opmerkingen', 'Tweede\u200bprik', 'batch_text', { char: 'U+200B' }],
    ['organisation with a tab inside', 'organisatie', 'WZC\tDe Linde', 'batch_text', { char: 'U+0009' }],
    ['product with a line break', 'immunisatieproduct', 'Vaxigrip\nTetra', 'batch_text', { char: 'U+000A' }],
    ['lot number as a boolean', 'lotnummer', true, 'batch_text', {}],
  ])('%s', (_label, field, input, code, params) => {
    expect(issuesOf({ ...VALID, [field]: input })).toEqual([[field, code, params]]);
  });

  test.each(
    (['toedienerInsz', 'gratisVoorraad', 'datumToediening', 'immunisatieproduct', 'dosis'] as const).flatMap(
      (field) =>
        (
          [
            ['absent', undefined],
            ['null', null],
            ['empty', ''],
            ['spaces only', '  \u00a0'],
          ] as const
        ).map(([label, blank]) => [`${field} ${label}`, field, blank] as const),
    ),
  )('required field missing: %s -> batch_required', (_label, field, blank) => {
    const input: Record<string, unknown> = { ...VALID, [field]: blank };
    if (blank === undefined) delete input[field];
    expect(issuesOf(input)).toEqual([[field, 'batch_required', {}]]);
  });

  test('an empty list accepts nothing', () => {
    const lists: BatchLists = { ...DEFAULT_LISTS, lichaamszijde: [] };
    expect(issuesOf({ ...VALID, lichaamszijde: 'Links' }, lists)).toEqual([
      ['lichaamszijde', 'batch_list_value', { value: 'Links' }],
    ]);
  });
});

describe('parseBatchMetadata: every problem at once', () => {
  test('one issue per bad field, in batch-field order, with row, column and severity', () => {
    const result = parseBatchMetadata(
      {
        toedienerInsz: '123',
        gratisVoorraad: 'misschien',
        datumToediening: '29/11/2026',
        dosis: '3',
        lichaamszijde: 'Boven',
        opmerkingen: 'a\tb',
      },
      { today, lists: DEFAULT_LISTS, row: 4 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.code, issue.severity])).toEqual([
      [4, 'toedienerInsz', 'batch_insz', 'error'],
      [4, 'gratisVoorraad', 'batch_yes_no', 'error'],
      [4, 'datumToediening', 'batch_date_future', 'error'],
      [4, 'immunisatieproduct', 'batch_required', 'error'],
      [4, 'dosis', 'batch_dose', 'error'],
      [4, 'lichaamszijde', 'batch_list_value', 'error'],
      [4, 'opmerkingen', 'batch_text', 'error'],
    ]);
  });

  test('row defaults to 0 (the batch as a whole)', () => {
    const result = parse({ ...VALID, dosis: 3 });
    expect(result).toMatchObject({ ok: false, issues: [{ row: 0, column: 'dosis', code: 'batch_dose' }] });
  });

  test.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Vaxigrip'],
    ['an array', [TOEDIENER, 'Ja']],
    ['an empty object', {}],
  ])('nothing filled in (%s): the five required fields are reported', (_label, input) => {
    expect(issuesOf(input)).toEqual([
      ['toedienerInsz', 'batch_required', {}],
      ['gratisVoorraad', 'batch_required', {}],
      ['datumToediening', 'batch_required', {}],
      ['immunisatieproduct', 'batch_required', {}],
      ['dosis', 'batch_required', {}],
    ]);
  });

  test('an invalid "today" is a broken invariant of the caller: it throws', () => {
    expect(() => parseBatchMetadata(VALID, { today: new Date(Number.NaN), lists: DEFAULT_LISTS })).toThrow(
      RangeError,
    );
  });
});

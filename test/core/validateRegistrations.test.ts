import { FIXABLE_CODES, ISSUE_SEVERITY, REGISTRATION_ISSUE_CODES } from '../../src/core/issueCodes';
import { checkLinesPerFile } from '../../src/core/settings';
import type { BatchMetadata, ExportSettings, OtherBatch, RegistrationRow } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { rowStatuses } from '../../src/core/types';
import { validateForExport, validateRegistrations } from '../../src/core/validateRegistrations';
import type { ValidateRegistrationsInput } from '../../src/core/validateRegistrations';
import { cell, cellsRow, textRow, verdictsOf } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28); // 28 November 2026, local time

/** 30/07/1985, national number, male. */
const INSZ = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const INSZ_DOTTED = `${INSZ.slice(0, 2)}.${INSZ.slice(2, 4)}.${INSZ.slice(4, 6)}-${INSZ.slice(6, 9)}.${INSZ.slice(9)}`;
const INSZ_2 = makeInsz({ year: 1990, month: 1, day: 2, serial: 903 });
/** Born 12/03/2005: starts with 0, so Excel's number loses it. */
const INSZ_2005 = makeInsz({ year: 2005, month: 3, day: 12, serial: 902 });
/** Only year and month known (day 00). */
const INSZ_DAY_UNKNOWN = makeInsz({ year: 1985, month: 7, day: 0, serial: 905 });

const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 907 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-20',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};

type Tuple = [row: number, column: string | null, code: string];

function run(rows: RegistrationRow[], extra: Partial<ValidateRegistrationsInput> = {}) {
  return validateRegistrations({ rows, today: TODAY, settings: DEFAULT_SETTINGS, ...extra });
}

/** validateForExport's verdicts, one object per row (see verdictsOf). */
function verdicts(rows: RegistrationRow[], extra: Partial<ValidateRegistrationsInput> = {}) {
  return verdictsOf(rows, validateForExport({ rows, today: TODAY, settings: DEFAULT_SETTINGS, ...extra }));
}

const tuples = (rows: RegistrationRow[], extra?: Partial<ValidateRegistrationsInput>): Tuple[] =>
  run(rows, extra).issues.map((i) => [i.row, i.column, i.code]);

const W1252: Partial<ValidateRegistrationsInput> = {
  settings: { ...DEFAULT_SETTINGS, encoding: 'windows-1252' },
};
const WITH_BATCH: Partial<ValidateRegistrationsInput> = { batch: BATCH };

const other = (batch: Partial<BatchMetadata>, rows: RegistrationRow[]): OtherBatch => ({
  batchId: 'B002',
  sheetName: 'Batch 2',
  batch: { ...BATCH, ...batch },
  rows,
});

/**
 * One case per code and one near miss for each: [label, rows, options, expected tuples].
 * Row 1 is the header, so data rows start at 2.
 */
const CASES: [string, RegistrationRow[], Partial<ValidateRegistrationsInput>, Tuple[]][] = [
  // cell_not_text (issue #10: a number, date or boolean in a text column, no longer silent)
  [
    'cell_not_text: number in Postcode',
    [cellsRow(2, { insz: cell.text(INSZ), postcode: cell.number(1000) })],
    {},
    [[2, 'postcode', 'cell_not_text']],
  ],
  [
    'cell_not_text: date in Naam',
    [cellsRow(2, { insz: cell.text(INSZ), naam: cell.shown(cell.date(36526), '01/01/2000') })],
    {},
    [[2, 'naam', 'cell_not_text']],
  ],
  [
    'cell_not_text: boolean in Voornaam',
    [cellsRow(2, { insz: cell.text(INSZ), voornaam: cell.shown(cell.boolean(true), 'WAAR') })],
    {},
    [[2, 'voornaam', 'cell_not_text']],
  ],
  [
    'cell_not_text: 1E+21 in Postcode is also no postcode',
    [cellsRow(2, { insz: cell.text(INSZ), postcode: cell.shown(cell.number(1e21), '1E+21') })],
    {},
    [
      [2, 'postcode', 'cell_not_text'],
      [2, 'postcode', 'postcode_format'],
    ],
  ],
  [
    'near miss cell_not_text: the same postcode as text',
    [cellsRow(2, { insz: cell.text(INSZ), postcode: cell.text('1000') })],
    {},
    [],
  ],
  [
    'near miss cell_not_text: a number in INSZ has rules of its own',
    [cellsRow(2, { insz: cell.number(Number(INSZ)) })],
    {},
    [],
  ],
  // identity_missing
  [
    'identity_missing: Naam and Voornaam only',
    [textRow(2, ['', 'Peeters', 'Jan'])],
    {},
    [[2, null, 'identity_missing']],
  ],
  [
    'identity_missing: Postcode only',
    [textRow(2, ['', '', '', '', '1500'])],
    {},
    [[2, null, 'identity_missing']],
  ],
  [
    'identity_missing: Geboortedatum without Naam',
    [textRow(2, ['', '', 'Jan', '01012000'])],
    {},
    [[2, null, 'identity_missing']],
  ],
  ['near miss identity_missing: INSZ only', [textRow(2, [INSZ])], {}, []],
  [
    'near miss identity_missing: Naam + Geboortedatum',
    [textRow(2, ['', 'Peeters', 'Jan', '01012000'])],
    {},
    [],
  ],
  ['near miss identity_missing: fully empty row', [textRow(2, [])], {}, []],
  // INSZ codes
  ['insz_characters: letter O', [textRow(2, ['85O73003328'])], {}, [[2, 'insz', 'insz_characters']]],
  [
    'insz_characters: negative number',
    [cellsRow(2, { insz: cell.number(-5) })],
    {},
    [[2, 'insz', 'insz_characters']],
  ],
  [
    'insz_characters: fractional number',
    [cellsRow(2, { insz: cell.number(8507300332.8) })],
    {},
    [[2, 'insz', 'insz_characters']],
  ],
  [
    'insz_characters: boolean',
    [cellsRow(2, { insz: cell.boolean(true) })],
    {},
    [[2, 'insz', 'insz_characters']],
  ],
  ['near miss insz_characters: dots, dash and spaces', [textRow(2, [INSZ_DOTTED])], {}, []],
  ['near miss insz_characters: 11-digit number', [cellsRow(2, { insz: cell.number(Number(INSZ)) })], {}, []],
  ['insz_length: 10 digits', [textRow(2, [INSZ.slice(0, 10)])], {}, [[2, 'insz', 'insz_length']]],
  ['insz_length: 12 digits', [textRow(2, [`${INSZ}0`])], {}, [[2, 'insz', 'insz_length']]],
  [
    'near miss insz_length: 11 digits among separators',
    [textRow(2, [` ${INSZ_DOTTED.replace('-', ' ')}`])],
    {},
    [[2, 'insz', 'whitespace_edge']],
  ],
  [
    'insz_checksum: last digit changed',
    [textRow(2, [INSZ.slice(0, 10) + String((Number(INSZ[10]) + 1) % 10)])],
    {},
    [[2, 'insz', 'insz_checksum']],
  ],
  ['near miss insz_checksum: check digits of the 2000+ form', [textRow(2, [INSZ_2005])], {}, []],
  [
    'insz_month: month 13',
    [textRow(2, [makeInsz({ year: 1985, month: 13, day: 1, serial: 901 })])],
    {},
    [[2, 'insz', 'insz_month']],
  ],
  [
    'near miss insz_month: BIS month 27',
    [textRow(2, [makeInsz({ year: 1985, month: 27, day: 1, serial: 901 })])],
    {},
    [],
  ],
  [
    'insz_date: 30 February',
    [textRow(2, [makeInsz({ year: 1985, month: 2, day: 30, serial: 901 })])],
    {},
    [[2, 'insz', 'insz_date']],
  ],
  [
    'insz_date: born after today',
    [textRow(2, [makeInsz({ year: 2026, month: 12, day: 1, serial: 901 })])],
    {},
    [[2, 'insz', 'insz_date']],
  ],
  [
    'near miss insz_date: day 00 (unknown)',
    [textRow(2, [makeInsz({ year: 1985, month: 2, day: 0, serial: 901 })])],
    {},
    [],
  ],
  [
    'insz_serial: 999',
    [textRow(2, [makeInsz({ year: 1985, month: 7, day: 30, serial: 999 })])],
    {},
    [[2, 'insz', 'insz_serial']],
  ],
  [
    'near miss insz_serial: 998',
    [textRow(2, [makeInsz({ year: 1985, month: 7, day: 30, serial: 998 })])],
    {},
    [],
  ],
  [
    'insz_leading_zero_lost: number of 10 digits',
    [cellsRow(2, { insz: cell.number(Number(INSZ_2005)) })],
    {},
    [[2, 'insz', 'insz_leading_zero_lost']],
  ],
  ['near miss insz_leading_zero_lost: same INSZ as text', [textRow(2, [INSZ_2005])], {}, []],
  [
    'near miss insz_leading_zero_lost: short number, invalid padded',
    [cellsRow(2, { insz: cell.number(1234) })],
    {},
    [[2, 'insz', 'insz_length']],
  ],
  // Geboortedatum codes
  [
    'birthdate_format: slashes',
    [textRow(2, ['', 'Peeters', 'Jan', '01/01/2000'])],
    {},
    [[2, 'geboortedatum', 'birthdate_format']],
  ],
  [
    'birthdate_format: 7 digits as text',
    [textRow(2, ['', 'Peeters', 'Jan', '1012000'])],
    {},
    [[2, 'geboortedatum', 'birthdate_format']],
  ],
  [
    'birthdate_format: fullwidth digits',
    [textRow(2, ['', 'Peeters', 'Jan', '０１０１２０００'])],
    {},
    [[2, 'geboortedatum', 'birthdate_format']],
  ],
  [
    'near miss birthdate_format: 8 digits after trimming',
    [textRow(2, ['', 'Peeters', 'Jan', '\u00a001012000'])],
    {},
    [[2, 'geboortedatum', 'whitespace_edge']],
  ],
  [
    'birthdate_invalid: 31 February',
    [textRow(2, ['', 'Peeters', 'Jan', '31022000'])],
    {},
    [[2, 'geboortedatum', 'birthdate_invalid']],
  ],
  [
    'birthdate_invalid: 29 February 1900',
    [textRow(2, ['', 'Peeters', 'Jan', '29021900'])],
    {},
    [[2, 'geboortedatum', 'birthdate_invalid']],
  ],
  ['near miss birthdate_invalid: 29 February 2000', [textRow(2, ['', 'Peeters', 'Jan', '29022000'])], {}, []],
  [
    'birthdate_future: tomorrow',
    [textRow(2, ['', 'Peeters', 'Jan', '29112026'])],
    {},
    [[2, 'geboortedatum', 'birthdate_future']],
  ],
  ['near miss birthdate_future: today', [textRow(2, ['', 'Peeters', 'Jan', '28112026'])], {}, []],
  [
    'birthdate_leading_zero_lost: 7-digit number',
    [
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.number(1012000),
      }),
    ],
    {},
    [[2, 'geboortedatum', 'birthdate_leading_zero_lost']],
  ],
  [
    'near miss birthdate_leading_zero_lost: 8-digit number',
    [
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.number(12011985),
      }),
    ],
    {},
    [],
  ],
  [
    'near miss birthdate_leading_zero_lost: 7 digits, no date padded',
    [
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.number(3212000),
      }),
    ],
    {},
    [[2, 'geboortedatum', 'birthdate_format']],
  ],
  [
    'birthdate_is_date: Excel date',
    [
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.date(31258),
      }),
    ],
    {},
    [[2, 'geboortedatum', 'birthdate_is_date']],
  ],
  [
    'near miss birthdate_is_date: a date in Postcode is cell_not_text, shown as a date',
    [cellsRow(2, { insz: cell.text(INSZ), postcode: cell.shown(cell.date(1500), '9/02/1904') })],
    {},
    [
      [2, 'postcode', 'cell_not_text'],
      [2, 'postcode', 'postcode_format'],
    ],
  ],
  [
    'birthdate_after_administration',
    [textRow(2, ['', 'Peeters', 'Jan', '21112026'])],
    WITH_BATCH,
    [[2, 'geboortedatum', 'birthdate_after_administration']],
  ],
  [
    'near miss birthdate_after_administration: born that day',
    [textRow(2, ['', 'Peeters', 'Jan', '20112026'])],
    WITH_BATCH,
    [],
  ],
  [
    'birthdate_after_administration: the birth date in the INSZ',
    [textRow(2, [makeInsz({ year: 2026, month: 11, day: 21, serial: 911 }), 'Peeters', 'Jan'])],
    WITH_BATCH,
    [[2, 'insz', 'birthdate_after_administration']],
  ],
  [
    'near miss birthdate_after_administration: INSZ born that day',
    [textRow(2, [makeInsz({ year: 2026, month: 11, day: 20, serial: 911 }), 'Peeters', 'Jan'])],
    WITH_BATCH,
    [],
  ],
  [
    'near miss birthdate_after_administration: INSZ with unknown day in the same month',
    [textRow(2, [makeInsz({ year: 2026, month: 11, day: 0, serial: 911 }), 'Peeters', 'Jan'])],
    WITH_BATCH,
    [],
  ],
  [
    'near miss birthdate_after_administration: no batch given',
    [textRow(2, ['', 'Peeters', 'Jan', '21112026'])],
    {},
    [],
  ],
  [
    'birthdate_before_1900',
    [textRow(2, ['', 'Peeters', 'Jan', '31121899'])],
    {},
    [[2, 'geboortedatum', 'birthdate_before_1900']],
  ],
  [
    'near miss birthdate_before_1900: 1 January 1900',
    [textRow(2, ['', 'Peeters', 'Jan', '01011900'])],
    {},
    [],
  ],
  [
    'birthdate_insz_mismatch',
    [textRow(2, [INSZ, 'Peeters', 'Jan', '31071985'])],
    {},
    [[2, 'geboortedatum', 'birthdate_insz_mismatch']],
  ],
  [
    'near miss birthdate_insz_mismatch: same date',
    [textRow(2, [INSZ, 'Peeters', 'Jan', '30071985'])],
    {},
    [],
  ],
  [
    'near miss birthdate_insz_mismatch: INSZ day unknown',
    [textRow(2, [INSZ_DAY_UNKNOWN, 'Peeters', 'Jan', '31071985'])],
    {},
    [],
  ],
  // Row-level recommendations
  [
    'firstname_missing',
    [textRow(2, ['', 'Peeters', '', '01012000'])],
    {},
    [[2, 'voornaam', 'firstname_missing']],
  ],
  [
    'firstname_missing: Voornaam whitespace only',
    [textRow(2, ['', 'Peeters', ' ', '01012000'])],
    {},
    [
      [2, 'voornaam', 'firstname_missing'],
      [2, 'voornaam', 'whitespace_edge'],
    ],
  ],
  [
    'near miss firstname_missing: identified by INSZ',
    [textRow(2, [INSZ, 'Peeters', '', '30071985'])],
    {},
    [],
  ],
  [
    'postcode_format: 3 digits',
    [textRow(2, [INSZ, '', '', '', '150'])],
    {},
    [[2, 'postcode', 'postcode_format']],
  ],
  [
    'postcode_format: 0999',
    [textRow(2, [INSZ, '', '', '', '0999'])],
    {},
    [[2, 'postcode', 'postcode_format']],
  ],
  [
    'postcode_format: number with decimals',
    [cellsRow(2, { insz: cell.text(INSZ), postcode: cell.number(1500.5) })],
    {},
    [
      [2, 'postcode', 'cell_not_text'],
      [2, 'postcode', 'postcode_format'],
    ],
  ],
  ['near miss postcode_format: 1000', [textRow(2, [INSZ, '', '', '', '1000'])], {}, []],
  [
    'near miss postcode_format: number 9999 (shown as 9999)',
    [cellsRow(2, { insz: cell.text(INSZ), postcode: cell.number(9999) })],
    {},
    [[2, 'postcode', 'cell_not_text']],
  ],
  [
    'near miss postcode_format: an error on the cell already',
    [textRow(2, [INSZ, '', '', '', '-150'])],
    {},
    [[2, 'postcode', 'formula_prefix']],
  ],
  // Character checks
  [
    'whitespace_edge: trailing space in Naam',
    [textRow(2, [INSZ, 'Peeters '])],
    {},
    [[2, 'naam', 'whitespace_edge']],
  ],
  [
    'whitespace_edge: no-break space before INSZ',
    [textRow(2, [`\u00a0${INSZ}`])],
    {},
    [[2, 'insz', 'whitespace_edge']],
  ],
  [
    'whitespace_edge: tab after Geboortedatum',
    [textRow(2, ['', 'Peeters', 'Jan', '01012000\t'])],
    {},
    [[2, 'geboortedatum', 'whitespace_edge']],
  ],
  [
    'whitespace_edge: BOM before Postcode',
    [textRow(2, [INSZ, '', '', '', '\ufeff1500'])],
    {},
    [[2, 'postcode', 'whitespace_edge']],
  ],
  ['near miss whitespace_edge: space inside', [textRow(2, [INSZ, 'Van Damme'])], {}, []],
  [
    'control_character: line feed in Naam',
    [textRow(2, [INSZ, 'Pee\nters'])],
    {},
    [[2, 'naam', 'control_character']],
  ],
  [
    'control_character: zero-width space in Voornaam',
    [textRow(2, [INSZ, 'Peeters', 'J\u200ban'])],
    {},
    [[2, 'voornaam', 'control_character']],
  ],
  [
    'control_character: soft hyphen in Naam',
    [textRow(2, [INSZ, 'Vanden\u00adbroucke'])],
    {},
    [[2, 'naam', 'control_character']],
  ],
  [
    'control_character: NEL at the end (not trimmed)',
    [textRow(2, [INSZ, 'Peeters\u0085'])],
    {},
    [[2, 'naam', 'control_character']],
  ],
  [
    'control_character: lone surrogate in Postcode',
    [textRow(2, [INSZ, '', '', '', '15\ud80000'])],
    {},
    [[2, 'postcode', 'control_character']],
  ],
  ['near miss control_character: no-break space inside', [textRow(2, [INSZ, 'Van\u00a0Damme'])], {}, []],
  [
    'near miss control_character: tab in INSZ is an INSZ character error',
    [textRow(2, [`${INSZ.slice(0, 6)}\t${INSZ.slice(6)}`])],
    {},
    [[2, 'insz', 'insz_characters']],
  ],
  [
    'separator_or_quote: comma',
    [textRow(2, [INSZ, 'Peeters, Jan'])],
    {},
    [[2, 'naam', 'separator_or_quote']],
  ],
  [
    'separator_or_quote: semicolon in Postcode',
    [textRow(2, [INSZ, '', '', '', '1500;'])],
    {},
    [[2, 'postcode', 'separator_or_quote']],
  ],
  [
    'separator_or_quote: quote in Voornaam',
    [textRow(2, [INSZ, 'Peeters', 'Jan "Piet"'])],
    {},
    [[2, 'voornaam', 'separator_or_quote']],
  ],
  [
    'separator_or_quote: Greek question mark (NFC makes it ;)',
    [textRow(2, [INSZ, 'Peeters\u037e'])],
    {},
    [[2, 'naam', 'separator_or_quote']],
  ],
  ['near miss separator_or_quote: apostrophe', [textRow(2, [INSZ, "D'Hondt"])], {}, []],
  [
    'formula_prefix: =',
    [textRow(2, [INSZ, '=HYPERLINK("x")'])],
    {},
    [
      [2, 'naam', 'separator_or_quote'],
      [2, 'naam', 'formula_prefix'],
    ],
  ],
  [
    'formula_prefix: @ in Voornaam',
    [textRow(2, [INSZ, 'Peeters', '@Jan'])],
    {},
    [[2, 'voornaam', 'formula_prefix']],
  ],
  [
    'formula_prefix: + after edge space',
    [textRow(2, [INSZ, ' +Jan'])],
    {},
    [
      [2, 'naam', 'whitespace_edge'],
      [2, 'naam', 'formula_prefix'],
    ],
  ],
  [
    'formula_prefix: negative number in Naam',
    [cellsRow(2, { insz: cell.text(INSZ), naam: cell.number(-5) })],
    {},
    [
      [2, 'naam', 'cell_not_text'],
      [2, 'naam', 'formula_prefix'],
    ],
  ],
  ['near miss formula_prefix: hyphen inside', [textRow(2, [INSZ, 'Peeters', 'Jean-Luc'])], {}, []],
  [
    'cell_error: #N/A in Naam',
    [cellsRow(2, { insz: cell.text(INSZ), naam: cell.error('#N/A') })],
    {},
    [[2, 'naam', 'cell_error']],
  ],
  [
    'cell_error: #VALUE! in INSZ (still identifies: no identity_missing)',
    [cellsRow(2, { insz: cell.error('#VALUE!') })],
    {},
    [[2, 'insz', 'cell_error']],
  ],
  [
    'cell_error: #REF! in Geboortedatum',
    [
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.error('#REF!'),
      }),
    ],
    {},
    [[2, 'geboortedatum', 'cell_error']],
  ],
  ['near miss cell_error: the text "#N/A"', [textRow(2, [INSZ, '#N/A'])], {}, []],
  [
    'not_encodable: Ł in Windows-1252',
    [textRow(2, [INSZ, 'Łukasiewicz'])],
    W1252,
    [[2, 'naam', 'not_encodable']],
  ],
  [
    'not_encodable: emoji in Voornaam',
    [textRow(2, [INSZ, 'Peeters', 'Jan\u{1f600}'])],
    W1252,
    [[2, 'voornaam', 'not_encodable']],
  ],
  [
    'not_encodable: decomposed é is fine once NFC (near miss)',
    [textRow(2, [INSZ, 'He\u0301le\u0300ne'])],
    W1252,
    [],
  ],
  ['near miss not_encodable: Ł in UTF-8', [textRow(2, [INSZ, 'Łukasiewicz'])], {}, []],
  [
    'near miss not_encodable: é, € and Œ fit Windows-1252',
    [textRow(2, [INSZ, 'Hélène', 'Œdipe€'])],
    W1252,
    [],
  ],
  [
    'near miss not_encodable: a C1 control is reported once',
    [textRow(2, [INSZ, 'a\u0081b'])],
    W1252,
    [[2, 'naam', 'control_character']],
  ],
  // Duplicates
  [
    'duplicate_person: same INSZ',
    [textRow(2, [INSZ]), textRow(3, [INSZ_DOTTED])],
    {},
    [[3, null, 'duplicate_person']],
  ],
  [
    'duplicate_person: same name triple, other case',
    [textRow(2, ['', 'Peeters', 'Jan', '01012000']), textRow(3, ['', 'PEETERS', 'jan', '01012000'])],
    {},
    [[3, null, 'duplicate_person']],
  ],
  [
    'duplicate_person: INSZ row then same INSZ as number',
    [textRow(2, [INSZ]), cellsRow(3, { insz: cell.number(Number(INSZ)) })],
    {},
    [[3, null, 'duplicate_person']],
  ],
  [
    'duplicate_person: on every later occurrence',
    [textRow(2, [INSZ]), textRow(3, [INSZ]), textRow(4, [INSZ])],
    {},
    [
      [3, null, 'duplicate_person'],
      [4, null, 'duplicate_person'],
    ],
  ],
  ['near miss duplicate_person: other INSZ', [textRow(2, [INSZ]), textRow(3, [INSZ_2])], {}, []],
  [
    'near miss duplicate_person: other Voornaam',
    [textRow(2, ['', 'Peeters', 'Jan', '01012000']), textRow(3, ['', 'Peeters', 'Jean', '01012000'])],
    {},
    [],
  ],
  [
    'duplicate_across_batches',
    [textRow(2, [INSZ])],
    { ...WITH_BATCH, otherBatches: [other({ immunisatieproduct: ' vaxigrip TETRA' }, [textRow(5, [INSZ])])] },
    [[2, null, 'duplicate_across_batches']],
  ],
  [
    'near miss duplicate_across_batches: other date',
    [textRow(2, [INSZ])],
    { ...WITH_BATCH, otherBatches: [other({ datumToediening: '2026-11-19' }, [textRow(5, [INSZ])])] },
    [],
  ],
  [
    'near miss duplicate_across_batches: other product',
    [textRow(2, [INSZ])],
    { ...WITH_BATCH, otherBatches: [other({ immunisatieproduct: 'Fluarix' }, [textRow(5, [INSZ])])] },
    [],
  ],
  [
    'near miss duplicate_across_batches: no batch given',
    [textRow(2, [INSZ])],
    { otherBatches: [other({}, [textRow(5, [INSZ])])] },
    [],
  ],
  // File limit
  [
    'rows_over_limit: 3 ready rows, 3 lines per file (2 registrations)',
    [textRow(2, [INSZ]), textRow(3, [INSZ_2]), textRow(4, [INSZ_2005])],
    { settings: { ...DEFAULT_SETTINGS, linesPerFile: 3 } },
    [[4, null, 'rows_over_limit']],
  ],
  [
    'near miss rows_over_limit: 2 ready rows, 3 lines per file',
    [textRow(2, [INSZ]), textRow(3, [INSZ_2])],
    { settings: { ...DEFAULT_SETTINGS, linesPerFile: 3 } },
    [],
  ],
  [
    'near miss rows_over_limit: the third row is blocked',
    [textRow(2, [INSZ]), textRow(3, [INSZ_2]), textRow(4, ['x'])],
    { settings: { ...DEFAULT_SETTINGS, linesPerFile: 3 } },
    [[4, 'insz', 'insz_characters']],
  ],
];

describe('validateRegistrations: one case per code, one near miss each', () => {
  test.each(CASES)('%s', (_label, rows, extra, expected) => {
    expect(tuples(rows, extra)).toEqual(expected);
  });

  test('every registration code except header_mismatch has a triggering case and a near miss', () => {
    const triggered = new Set(CASES.flatMap(([, , , expected]) => expected.map(([, , code]) => code)));
    // Sheet-level codes come from elsewhere: header_mismatch (headerMapping.ts), formula_value
    // (formulaCells.ts, from what the Excel layer found).
    const codes = REGISTRATION_ISSUE_CODES.filter(
      (code) => code !== 'header_mismatch' && code !== 'formula_value',
    );
    expect(codes.filter((code) => !triggered.has(code))).toEqual([]);
    const nearMisses = CASES.filter(([label, , , expected]) => {
      const code = /^near miss (\w+)/.exec(label)?.[1];
      return code !== undefined && !expected.some(([, , c]) => c === code);
    }).map(([label]) => /^near miss (\w+)/.exec(label)?.[1]);
    expect(codes.filter((code) => !nearMisses.includes(code))).toEqual([]);
  });

  test.each(CASES)('severity and fix follow the code tables: %s', (_label, rows, extra) => {
    for (const issue of run(rows, extra).issues) {
      expect(issue.severity).toBe(ISSUE_SEVERITY[issue.code]);
      expect('fix' in issue).toBe(FIXABLE_CODES.has(issue.code));
    }
  });
});

describe('fixes and params', () => {
  test.each([
    ['whitespace_edge: trimmed text', textRow(2, [INSZ, '\u00a0 Peeters\t']), 'whitespace_edge', 'Peeters'],
    [
      'whitespace_edge on INSZ: trimmed, separators kept',
      textRow(2, [` ${INSZ_DOTTED} `]),
      'whitespace_edge',
      INSZ_DOTTED,
    ],
    [
      'insz_leading_zero_lost: padded to 11 digits',
      cellsRow(2, { insz: cell.number(Number(INSZ_2005)) }),
      'insz_leading_zero_lost',
      INSZ_2005,
    ],
    [
      'birthdate_leading_zero_lost: padded to 8 digits',
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.number(1012000),
      }),
      'birthdate_leading_zero_lost',
      '01012000',
    ],
    [
      'birthdate_is_date: ddmmyyyy',
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.date(31258.75),
      }),
      'birthdate_is_date',
      '30071985',
    ],
  ])('%s', (_label, row, code, fix) => {
    const issue = run([row]).issues.find((i) => i.code === code);
    expect(issue?.fix).toBe(fix);
  });

  test.each([
    ['control_character: code point label', textRow(2, [INSZ, 'Pee\nters']), { char: 'U+000A' }],
    ['separator_or_quote: the character', textRow(2, [INSZ, 'Peeters;Jan']), { char: ';' }],
    ['formula_prefix: the character', textRow(2, [INSZ, '@Jan']), { char: '@' }],
    ['cell_error: the error value', cellsRow(2, { insz: cell.error('#N/A') }), { value: '#N/A' }],
    [
      'birthdate_insz_mismatch: the INSZ birth date',
      textRow(2, [INSZ, 'Peeters', 'Jan', '31071985']),
      { inszBirthDate: '30071985' },
    ],
  ])('%s', (_label, row, params) => {
    expect(run([row]).issues[0]?.params).toEqual(params);
  });

  test('not_encodable: the character and its code point', () => {
    expect(run([textRow(2, [INSZ, 'Łukasiewicz'])], W1252).issues[0]?.params).toEqual({
      char: 'Ł',
      codePoint: 'U+0141',
      encoding: 'windows-1252',
    });
  });

  test('birthdate_after_administration: the administration date', () => {
    expect(run([textRow(2, ['', 'Peeters', 'Jan', '21112026'])], WITH_BATCH).issues[0]?.params).toEqual({
      administration: '20112026',
    });
  });

  test('duplicate_person: the first row', () => {
    const issues = run([textRow(2, [INSZ]), textRow(3, []), textRow(4, [INSZ])]).issues;
    expect(issues.map((i) => [i.row, i.code, i.params])).toEqual([[4, 'duplicate_person', { firstRow: 2 }]]);
  });

  test('duplicate_across_batches: batch id, sheet and row of the first occurrence', () => {
    const report = run([textRow(2, ['', 'Peeters', 'Jan', '01012000'])], {
      ...WITH_BATCH,
      otherBatches: [
        other({ datumToediening: '2026-11-01' }, [textRow(3, ['', 'Peeters', 'Jan', '01012000'])]),
        {
          ...other({}, [textRow(2, ['']), textRow(9, ['', 'peeters', 'JAN', '01012000'])]),
          batchId: 'B007',
          sheetName: 'Zeven',
        },
        other({}, [textRow(4, ['', 'Peeters', 'Jan', '01012000'])]),
      ],
    });
    expect(report.issues.map((i) => [i.row, i.code, i.params])).toEqual([
      [2, 'duplicate_across_batches', { batchId: 'B007', sheetName: 'Zeven', row: 9 }],
    ]);
  });

  test('rows_over_limit: files, ready rows and limit, on the first row of file 2', () => {
    const rows = [
      textRow(2, [INSZ]),
      textRow(3, ['x']),
      textRow(4, [INSZ_2]),
      textRow(5, []),
      textRow(6, [INSZ_2005]),
      textRow(7, [INSZ_DAY_UNKNOWN]),
    ];
    const report = run(rows, { settings: { ...DEFAULT_SETTINGS, linesPerFile: 2 } });
    const notices = report.issues.filter((i) => i.code === 'rows_over_limit');
    expect(notices).toEqual([
      {
        code: 'rows_over_limit',
        row: 4,
        column: null,
        severity: 'info',
        params: { files: 4, rows: 4, limit: 1 },
      },
    ]);
    expect(report.fileCount).toBe(4);
  });
});

describe('records, verdicts and counts', () => {
  test('a ready row is written trimmed, in NFC, with the compact INSZ', () => {
    const rows = [
      textRow(2, [` ${INSZ_DOTTED}`, 'Lefe\u0300vre ', 'Zoe\u0308', '30071985', '1500']),
      textRow(3, ['', 'Peeters', 'Jan', '01012000', '']),
      cellsRow(4, {
        insz: cell.number(Number(INSZ_2)),
        naam: cell.boolean(false),
        postcode: cell.number(9000),
      }),
      cellsRow(5, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('An'),
        geboortedatum: cell.number(12011985),
      }),
    ];
    expect(verdicts(rows)).toEqual([
      { row: 2, status: 'ready', record: [INSZ, 'Lefèvre', 'Zoë', '30071985', '1500'] },
      { row: 3, status: 'ready', record: ['', 'Peeters', 'Jan', '01012000', ''] },
      { row: 4, status: 'ready', record: [INSZ_2, 'FALSE', '', '', '9000'] }, // cell_not_text warnings
      { row: 5, status: 'ready', record: ['', 'Peeters', 'An', '12011985', ''] },
    ]);
  });

  test('fully empty rows, also of whitespace or zero-width characters only, are skipped and silent', () => {
    const report = run([
      textRow(2, []),
      textRow(3, [' ', '\u00a0', '', '\t', '\u200b\ufeff']),
      textRow(4, [INSZ]),
    ]);
    expect(rowStatuses(report)).toEqual(['empty', 'empty', 'ready']);
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({
      rows: 3,
      ready: 1,
      blocked: 0,
      empty: 2,
      errors: 0,
      warnings: 0,
      infos: 0,
    });
  });

  test('a cell of whitespace only in a row with data still gets whitespace_edge (fix: clear it)', () => {
    const report = run([textRow(2, [' ', 'Peeters', '\u00a0', '01012000', '\t'])]);
    expect(rowStatuses(report)).toEqual(['ready']);
    expect(report.issues.map((i) => [i.row, i.column, i.code, i.fix])).toEqual([
      [2, 'insz', 'whitespace_edge', ''],
      [2, 'voornaam', 'firstname_missing', undefined],
      [2, 'voornaam', 'whitespace_edge', ''],
      [2, 'postcode', 'whitespace_edge', ''],
    ]);
  });

  test('a number, date or boolean in a text column is written as the text Excel shows', () => {
    const rows = [
      cellsRow(2, {
        insz: cell.text(INSZ),
        naam: cell.shown(cell.date(36526), '1/01/2000'),
        voornaam: cell.shown(cell.boolean(false), 'ONWAAR'),
        postcode: cell.shown(cell.number(1000), '1000'),
      }),
      cellsRow(3, { insz: cell.text(INSZ_2), naam: cell.number(1e21), voornaam: cell.boolean(true) }),
    ];
    const report = run(rows);
    expect(report.issues.map((i) => [i.row, i.column, i.code, i.params, i.fix])).toEqual([
      [2, 'naam', 'cell_not_text', { kind: 'date', text: '1/01/2000' }, '1/01/2000'],
      [2, 'voornaam', 'cell_not_text', { kind: 'boolean', text: 'ONWAAR' }, 'ONWAAR'],
      [2, 'postcode', 'cell_not_text', { kind: 'number', text: '1000' }, '1000'],
      [3, 'naam', 'cell_not_text', { kind: 'number', text: '1E+21' }, '1E+21'],
      [3, 'voornaam', 'cell_not_text', { kind: 'boolean', text: 'TRUE' }, 'TRUE'],
    ]);
    expect(verdicts(rows)).toEqual([
      { row: 2, status: 'ready', record: [INSZ, '1/01/2000', 'ONWAAR', '', '1000'] },
      { row: 3, status: 'ready', record: [INSZ_2, '1E+21', 'TRUE', '', ''] },
    ]);
  });

  test('the shown text of a non-text cell goes through the text checks', () => {
    const rows = [
      cellsRow(2, { insz: cell.text(INSZ), naam: cell.shown(cell.number(1234.5), '1,234.50 ') }),
      cellsRow(3, { insz: cell.text(INSZ_2), postcode: cell.shown(cell.number(1000), '') }),
    ];
    expect(run(rows).issues.map((i) => [i.row, i.column, i.code, i.fix])).toEqual([
      [2, 'naam', 'cell_not_text', '1,234.50'],
      [2, 'naam', 'separator_or_quote', undefined],
      // A format that shows nothing (`;;;`): the value itself, never an empty fix.
      [3, 'postcode', 'cell_not_text', '1000'],
    ]);
  });

  test('blocked rows have no record; counts add up', () => {
    const rows = [
      textRow(2, [INSZ]),
      textRow(3, ['123']),
      textRow(4, []),
      textRow(5, ['', 'Peeters', '', '01012000']),
    ];
    const report = run(rows);
    expect(verdicts(rows)).toEqual([
      { row: 2, status: 'ready', record: [INSZ, '', '', '', ''] },
      { row: 3, status: 'blocked', record: null },
      { row: 4, status: 'empty', record: null },
      { row: 5, status: 'ready', record: ['', 'Peeters', '', '01012000', ''] },
    ]);
    expect(report.counts).toEqual({
      rows: 4,
      ready: 2,
      blocked: 1,
      empty: 1,
      errors: 1,
      warnings: 1,
      infos: 0,
    });
    expect(report.fileCount).toBe(1);
  });

  test('no ready row: no file', () => {
    expect(run([textRow(2, ['x'])]).fileCount).toBe(0);
    expect(run([]).fileCount).toBe(0);
  });

  // SPEC: 100 lines per file, the header included, so 99 registrations.
  test.each([
    ['99 rows, 100 lines', 99, 100, 1],
    ['100 rows, 100 lines', 100, 100, 2],
    ['198 rows, 100 lines', 198, 100, 2],
    ['199 rows, 100 lines', 199, 100, 3],
    ['230 rows, 100 lines', 230, 100, 3],
    ['100 rows, 101 lines (the earlier 100 registrations)', 100, 101, 1],
    ['101 rows, 101 lines', 101, 101, 2],
    ['7 rows, 4 lines', 7, 4, 3],
    ['3 rows, 2 lines (the lowest)', 3, 2, 3],
    ['230 rows, 1001 lines (the highest)', 230, 1001, 1],
  ])('fileCount: %s', (_label, n, limit, files) => {
    const rows = Array.from({ length: n }, (_, i) =>
      textRow(i + 2, [
        makeInsz({ year: 1950 + (i % 50), month: 1 + (i % 12), day: 1 + (i % 28), serial: 1 + i }),
      ]),
    );
    const report = run(rows, { settings: { ...DEFAULT_SETTINGS, linesPerFile: limit } });
    expect(report.counts.ready).toBe(n);
    expect(report.fileCount).toBe(files);
  });

  test('default setting: the 100th registration (sheet row 101, line 101) carries rows_over_limit', () => {
    const rows = Array.from({ length: 100 }, (_, i) =>
      textRow(i + 2, [
        makeInsz({ year: 1950 + (i % 50), month: 1 + (i % 12), day: 1 + (i % 28), serial: 1 + i }),
      ]),
    );
    const report = run(rows);
    expect(report.issues.filter((i) => i.code === 'rows_over_limit').map((i) => [i.row, i.params])).toEqual([
      [101, { files: 2, rows: 100, limit: 99 }],
    ]);
  });

  // Issue #10: one validation of the setting (checkLinesPerFile); a refused value is reported,
  // never replaced by a default, and counts no file; the rows are still checked.
  test.each([0, -1, 1.5, Number.NaN, 1, 1002])(
    'a refused linesPerFile (%p) is reported first, no file counted',
    (limit) => {
      const settings: ExportSettings = { ...DEFAULT_SETTINGS, linesPerFile: limit };
      const report = run([textRow(2, [INSZ]), textRow(3, ['x']), textRow(4, [INSZ_2])], { settings });
      const refused = checkLinesPerFile(limit);
      if (refused.ok) throw new Error('expected a refused value');
      expect(report.issues[0]).toEqual(refused.issue);
      expect(report.issues.map((i) => [i.row, i.code])).toEqual([
        [0, 'settings_max_rows'],
        [3, 'insz_characters'],
      ]);
      expect(report.fileCount).toBe(0);
      expect(rowStatuses(report)).toEqual(['ready', 'blocked', 'ready']);
    },
  );
});

describe('ordering', () => {
  test('by row, then column in file order (row level last), then code order', () => {
    const rows = [
      textRow(2, ['', 'Peeters, ', ' =Jan', '31071985 ', '15;0']),
      textRow(3, [INSZ, 'Pee\tters', '', '31071985']),
    ];
    expect(tuples(rows)).toEqual([
      [2, 'naam', 'whitespace_edge'],
      [2, 'naam', 'separator_or_quote'],
      [2, 'voornaam', 'whitespace_edge'],
      [2, 'voornaam', 'formula_prefix'],
      [2, 'geboortedatum', 'whitespace_edge'],
      [2, 'postcode', 'separator_or_quote'],
      [3, 'naam', 'control_character'],
      [3, 'geboortedatum', 'birthdate_insz_mismatch'],
    ]);
  });

  test('a fixable error and a value error on one cell: both, in code order', () => {
    const rows = [
      cellsRow(2, {
        naam: cell.text('Peeters'),
        voornaam: cell.text('Jan'),
        geboortedatum: cell.date(46400),
      }),
    ];
    expect(tuples(rows)).toEqual([
      [2, 'geboortedatum', 'birthdate_future'],
      [2, 'geboortedatum', 'birthdate_is_date'],
    ]);
  });

  test('rows given out of sheet order: issues still ordered by row', () => {
    const rows = [textRow(5, ['x']), textRow(2, ['y']), textRow(3, [INSZ])];
    expect(tuples(rows)).toEqual([
      [2, 'insz', 'insz_characters'],
      [5, 'insz', 'insz_characters'],
    ]);
    // Verdicts stay in input order (status[i] is rows[i]'s).
    expect(verdicts(rows).map((r) => [r.row, r.status])).toEqual([
      [5, 'blocked'],
      [2, 'blocked'],
      [3, 'ready'],
    ]);
  });
});

describe('zero-width characters and the BOM are treated alike (issue #10)', () => {
  test.each(
    ['\ufeff', '\u200b', '\u200c', '\u200d', '\u2060'].map((ch) => [ch.codePointAt(0)?.toString(16), ch]),
  )('U+%s: whitespace_edge (trimmed) at an edge, control_character inside', (_label, ch) => {
    const rows = [
      textRow(2, [INSZ, `${ch}Peeters`, `Jan${ch}`, '', `${ch}1500`]),
      textRow(3, [INSZ_2, `Pee${ch}ters`]),
    ];
    const report = run(rows);
    expect(report.issues.map((i) => [i.row, i.column, i.code, i.severity, i.fix])).toEqual([
      [2, 'naam', 'whitespace_edge', 'warning', 'Peeters'],
      [2, 'voornaam', 'whitespace_edge', 'warning', 'Jan'],
      [2, 'postcode', 'whitespace_edge', 'warning', '1500'],
      [3, 'naam', 'control_character', 'error', undefined],
    ]);
    expect(verdicts(rows)[0]?.record).toEqual([INSZ, 'Peeters', 'Jan', '', '1500']);
  });
});

describe('decisions where SPEC is silent', () => {
  test.each([
    [
      'a future birth date is not also after the administration date',
      [textRow(2, ['', 'Peeters', 'Jan', '01122026'])],
      WITH_BATCH,
      [[2, 'geboortedatum', 'birthdate_future']],
    ],
    [
      'birthdate_before_1900 only when the cell has no error',
      [
        cellsRow(2, {
          naam: cell.text('Peeters'),
          voornaam: cell.text('Jan'),
          geboortedatum: cell.number(1011850),
        }),
      ],
      {},
      [[2, 'geboortedatum', 'birthdate_leading_zero_lost']],
    ],
    [
      'an Excel date serial that is no date (the fictitious 29/02/1900) is birthdate_invalid',
      [cellsRow(2, { naam: cell.text('Peeters'), voornaam: cell.text('Jan'), geboortedatum: cell.date(60) })],
      {},
      [[2, 'geboortedatum', 'birthdate_invalid']],
    ],
    [
      'a date serial in the INSZ column is a number',
      [cellsRow(2, { insz: cell.date(31258) })],
      {},
      [[2, 'insz', 'insz_length']],
    ],
    [
      'a birthdate fixed from a 7-digit number still identifies for duplicates',
      [
        textRow(2, ['', 'Peeters', 'Jan', '01012000']),
        cellsRow(3, {
          naam: cell.text('Peeters'),
          voornaam: cell.text('Jan'),
          geboortedatum: cell.number(1012000),
        }),
      ],
      {},
      [
        [3, 'geboortedatum', 'birthdate_leading_zero_lost'],
        [3, null, 'duplicate_person'],
      ],
    ],
    [
      'an INSZ fixed from a 10-digit number still identifies for duplicates',
      [textRow(2, [INSZ_2005]), cellsRow(3, { insz: cell.number(Number(INSZ_2005)) })],
      {},
      [
        [3, 'insz', 'insz_leading_zero_lost'],
        [3, null, 'duplicate_person'],
      ],
    ],
    [
      'a blocked row counts for duplicates too',
      [textRow(2, [INSZ, 'Pee,ters']), textRow(3, [INSZ])],
      {},
      [
        [2, 'naam', 'separator_or_quote'],
        [3, null, 'duplicate_person'],
      ],
    ],
    [
      'INSZ in NFKC forms (fullwidth digits) is valid and written as ASCII',
      [textRow(2, [INSZ.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))])],
      {},
      [],
    ],
  ] as [string, RegistrationRow[], Partial<ValidateRegistrationsInput>, Tuple[]][])(
    '%s',
    (_label, rows, extra, expected) => {
      expect(tuples(rows, extra)).toEqual(expected);
    },
  );

  test('fullwidth INSZ record is the ASCII compact form', () => {
    const fullwidth = INSZ.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(verdicts([textRow(2, [fullwidth])])[0]?.record?.[0]).toBe(INSZ);
  });
});

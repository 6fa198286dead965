import type { IssueParamsOf } from '../issueCodes';
import type { Issue } from '../types';
import {
  NAMED_CODE_POINTS as CP,
  assertNever,
  describeCharacter,
  displayDate,
  encodingNameIn,
  isRegistrationColumn,
  type Catalog,
  type IssueArgs,
  type CharacterWords,
  type Params,
} from './catalog';

/**
 * English, for staff whose Office runs in English. Belgian terms are kept where users meet them:
 * "INSZ (SSIN)", and dates written day first (dd/mm/yyyy).
 */

const COLUMNS: Catalog['columns'] = {
  insz: 'INSZ (SSIN)',
  naam: 'Last name',
  voornaam: 'First name',
  geboortedatum: 'Date of birth',
  postcode: 'Postcode',
  toedienerInsz: 'Vaccinator INSZ (SSIN)',
  organisatie: 'Organisation',
  gratisVoorraad: 'Free stock',
  datumToediening: 'Date of administration',
  immunisatieproduct: 'Vaccine product',
  dosis: 'Dose',
  lotnummer: 'Lot number',
  toedieningswijze: 'Route of administration',
  typeProfylaxe: 'Type of prophylaxis',
  lichaamsdeel: 'Body site',
  lichaamszijde: 'Side',
  opmerkingen: 'Remarks',
};

const CHARACTERS: CharacterWords = {
  named: {
    [CP.tab]: 'a tab',
    [CP.lineFeed]: 'a line break',
    [CP.carriageReturn]: 'a line break',
    [CP.space]: 'a space',
    [CP.quote]: 'a double quote (")',
    [CP.comma]: 'a comma (,)',
    [CP.semicolon]: 'a semicolon (;)',
    [CP.noBreakSpace]: 'an invisible no-break space (NBSP)',
    [CP.softHyphen]: 'an invisible soft hyphen (U+00AD)',
    [CP.zeroWidthSpace]: 'an invisible zero-width space (U+200B)',
    [CP.zeroWidthNonJoiner]: 'an invisible character (U+200C)',
    [CP.zeroWidthJoiner]: 'an invisible character (U+200D)',
    [CP.lineSeparator]: 'a line break',
    [CP.paragraphSeparator]: 'a line break',
    [CP.byteOrderMark]: 'an invisible character (U+FEFF)',
  },
  invisible: (label) => `an invisible character (${label})`,
  visible: (char) => `the character “${char}”`,
};

const char = (p: Params<{ readonly char?: string }>): string | undefined => {
  const raw = p.text('char');
  return raw === undefined ? undefined : describeCharacter(raw, CHARACTERS);
};

/** "in the Last name column", "in the Dose field", or "in this cell" without a column. */
function where(column: Issue['column']): string {
  if (column === null) return 'in this cell';
  return isRegistrationColumn(column)
    ? `in the ${COLUMNS[column]} column`
    : `in the ${COLUMNS[column]} field`;
}

const ENCODINGS: Catalog['encodings'] = {
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-8': 'UTF-8 without BOM',
  'windows-1252': 'Windows-1252',
};

/** An encoding param by its name (`windows-1252` -> `Windows-1252`), or as given. */
const encodingName = (value: string | undefined): string => encodingNameIn(ENCODINGS, value);

/** `(now: “…”)` after a rejected value, or nothing when the value is not known. */
const now = (value: string | undefined): string => (value === undefined ? '' : ` (now: “${value}”)`);

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The reason part of batch_insz (params.reason is the insz_* code validateInsz gave). */
function inszReason(reason: string | undefined): string {
  switch (reason) {
    case 'insz_characters':
      return 'it contains a character that is not a digit';
    case 'insz_length':
      return 'it does not have 11 digits';
    case 'insz_checksum':
      return 'the check digits do not match';
    case 'insz_month':
      return 'the 3rd and 4th digits are not a valid month';
    case 'insz_date':
      return 'the date of birth in it does not exist or lies in the future';
    case 'insz_serial':
      return 'its serial number is 000 or 999';
    default:
      return 'it is not a valid national register or BIS number';
  }
}

/** Where the same person is in another batch: params `{ batchId, sheetName, row }`, each optional. */
function otherBatch(p: Params<IssueParamsOf<'duplicate_across_batches'>>): string {
  const batchId = p.text('batchId');
  const sheetName = p.text('sheetName');
  const row = p.text('row');
  const batch = batchId === undefined ? 'another batch' : `batch ${batchId}`;
  const sheet = sheetName === undefined ? '' : ` (sheet “${sheetName}”)`;
  return row === undefined ? `in ${batch}${sheet}` : `on row ${row} of ${batch}${sheet}`;
}

function issue(...[code, p, column]: IssueArgs): string {
  switch (code) {
    case 'identity_missing':
      return 'This person cannot be identified. Enter the INSZ (SSIN), or the last name and the date of birth.';
    case 'insz_characters':
      return `The INSZ (SSIN) contains a character that does not belong there${char(p) === undefined ? '' : `: ${char(p)}`}. Use digits only, optionally separated by dots, dashes or spaces.`;
    case 'insz_length':
      return 'The INSZ (SSIN) must have exactly 11 digits. Check the number, for example on the identity card.';
    case 'insz_checksum':
      return 'The check digits of the INSZ (SSIN) do not match, so there is probably a typo. Check the number, for example on the identity card.';
    case 'insz_month':
      return 'This INSZ (SSIN) cannot be right: the 3rd and 4th digits are not a valid month. Check the number.';
    case 'insz_date':
      return 'The INSZ (SSIN) holds a date of birth that does not exist or lies in the future. Check the number.';
    case 'insz_serial':
      return 'This INSZ (SSIN) does not exist: its serial number (digits 7 to 9) is 000 or 999. Check the number.';
    case 'insz_leading_zero_lost':
      return 'Excel dropped the leading 0 of the INSZ (SSIN) because the cell is stored as a number. Apply the fix to store it as text of 11 digits.';
    case 'birthdate_format':
      return 'The date of birth must be 8 digits with no separators: day, month, year (e.g. 01012000 for 1 January 2000).';
    case 'birthdate_invalid':
      return 'This date of birth does not exist. Check the day and the month (ddmmyyyy, e.g. 30071985).';
    case 'birthdate_future':
      return 'The date of birth lies in the future. Check the year.';
    case 'birthdate_leading_zero_lost':
      return 'Excel dropped the leading 0 of the date of birth because the cell is stored as a number. Apply the fix to store it as text of 8 digits.';
    case 'birthdate_is_date':
      return 'The date of birth is stored as an Excel date. Apply the fix to turn it into ddmmyyyy text.';
    case 'birthdate_after_administration': {
      const date = p.text('administration');
      return `The date of birth is after the date of administration${date === undefined ? '' : ` (${displayDate(date)})`}. Check the date of birth, or the date of the batch.`;
    }
    case 'birthdate_before_1900':
      return 'The date of birth is before 1900. Check the year.';
    case 'birthdate_insz_mismatch': {
      const date = p.text('inszBirthDate');
      return `The date of birth differs from the one in the INSZ (SSIN)${date === undefined ? '' : `, which is ${displayDate(date)}`}. Check which of the two is right.`;
    }
    case 'firstname_missing':
      return 'The first name is missing. Add it if you know it: it helps Vaccinnet find the right person.';
    case 'postcode_format':
      return 'The postcode must be 4 digits, from 1000 to 9999. Leave it empty if you do not know the Belgian postcode.';
    case 'whitespace_edge':
      return `The value ${where(column)} starts or ends with a space, a tab or an invisible no-break space (NBSP). The export leaves it out; apply the fix to tidy the sheet as well.`;
    case 'control_character':
      return `There is ${char(p) ?? 'an invisible character (such as a line break or a tab)'} ${where(column)}. Remove it: such a character breaks the file.`;
    case 'separator_or_quote':
      return `There is ${char(p) ?? 'a comma, semicolon or double quote'} ${where(column)}. Commas, semicolons and double quotes are not allowed in the file: remove or replace the character.`;
    case 'formula_prefix':
      return `The value ${where(column)} starts with ${char(p) ?? '=, +, - or @'}. A value may not start with =, +, - or @ (Excel would read it as a formula): remove the character.`;
    case 'cell_error': {
      const error = p.text('value');
      return `The cell holds an Excel error${error === undefined ? '' : ` (${error})`} instead of a value. Replace the formula or the error with the right value.`;
    }
    case 'cell_not_text': {
      const shown = p.text('text');
      const kind = p.text('kind');
      const what = kind === 'date' ? 'a date' : kind === 'boolean' ? 'a true/false value' : 'a number';
      return `There is ${what} ${where(column)} instead of text. The file gets the text as Excel shows it${shown === undefined ? '' : `: “${shown}”`}. Fix the cell to store it as text, or type the right value.`;
    }
    case 'not_encodable':
      return `There is ${char(p) ?? 'a character'} ${where(column)}, which the ${encodingName(p.text('encoding'))} encoding cannot hold. Choose UTF-8 in the settings, or replace the character.`;
    case 'duplicate_person': {
      const firstRow = p.text('firstRow');
      return firstRow === undefined
        ? 'This person is twice in this batch. Delete one of the two rows if it is the same vaccination.'
        : `This person is also on row ${firstRow} of this batch. Delete one of the two rows if it is the same vaccination.`;
    }
    case 'duplicate_across_batches':
      return `This person is also ${otherBatch(p)}, with the same product and date. Make sure the vaccination is not registered twice.`;
    case 'rows_over_limit': {
      const rows = p.count('rows');
      const files = p.count('files');
      const limit = p.count('limit');
      const size =
        rows === undefined || limit === undefined
          ? 'This batch has more registrations than one file can hold.'
          : `This batch has ${plural(rows, 'registration', 'registrations')}, more than the ${limit} one file can hold (${limit + 1} lines with the header line).`;
      const parts =
        files === undefined
          ? 'The export will make several files: upload all of them to Vaccinnet.'
          : `The export will make ${plural(files, 'file', 'files')}: upload all of them to Vaccinnet.`;
      return `${size} ${parts}`;
    }
    case 'header_mismatch': {
      const found = p.text('found');
      return `The title row must be exactly INSZ, Naam, Voornaam, Geboortedatum, Postcode (columns A to E)${found === undefined ? '' : `; found: ${found}`}. Choose which column holds what, or make a compliant copy.`;
    }
    case 'formula_value': {
      const cells = p.text('cells');
      const count = p.count('count');
      const spills = p.text('spills');
      const parts = [
        cells === undefined
          ? undefined
          : `formulas${count === undefined ? '' : ` in ${plural(count, 'cell', 'cells')}`} (${cells})`,
        spills === undefined ? undefined : `spilled arrays (${spills})`,
      ].filter((part) => part !== undefined);
      return `The data holds ${parts.length === 0 ? 'formulas' : parts.join(' and ')}. The file gets the value Excel shows now: when the formula or its source changes, so does the export.`;
    }
    case 'batch_required':
      return column === null
        ? 'A required field of the batch is empty. Fill it in on the batch sheet.'
        : `${COLUMNS[column]} is required. Fill it in on the batch sheet.`;
    case 'batch_insz':
      return p.text('reason') === 'insz_leading_zero_lost'
        ? 'Excel dropped the leading 0 of the vaccinator’s INSZ (SSIN). Format the cell as text and type the number again.'
        : `The vaccinator’s INSZ (SSIN) is not valid: ${inszReason(p.text('reason'))}. Check the number.`;
    case 'batch_yes_no':
      return `Enter Yes or No for ${column === null ? COLUMNS.gratisVoorraad : COLUMNS[column]}${now(p.text('value'))}.`;
    case 'batch_date_invalid':
      return `The date of administration is not a valid date${now(p.text('value'))}. Type it as dd/mm/yyyy, e.g. 28/11/2026.`;
    case 'batch_date_future': {
      const date = p.text('date');
      return `The date of administration${date === undefined ? '' : ` (${displayDate(date)})`} lies in the future. Only register vaccinations that have already been given.`;
    }
    case 'batch_dose':
      return `The dose must be 0.5, 1 or 2${now(p.text('value'))}.`;
    case 'batch_list_value': {
      const value = p.text('value');
      const list = column === null ? 'the list' : `the ${COLUMNS[column]} list`;
      return `${value === undefined ? 'This value' : `“${value}”`} is not on ${list}. Choose a value from the list, or add it on the lists sheet.`;
    }
    case 'batch_text':
      return char(p) === undefined
        ? `The value ${where(column)} is not plain text. Type the value again.`
        : `There is ${char(p)} ${where(column)}. Remove that character.`;
    case 'settings_encoding': {
      const value = p.text('value');
      return `Unknown encoding${value === undefined ? '' : ` (“${value}”)`}. Choose UTF-8 with BOM (recommended), UTF-8 without BOM or Windows-1252.`;
    }
    case 'settings_max_rows':
      return `The number of lines per file, header line included, must be a whole number from ${p.count('min') ?? 2} to ${p.count('max') ?? 1001}${now(p.text('value'))}. The Vaccinnet manual says at most 100 lines per file.`;
    case 'register_field_required':
      return `${column === null ? 'A required batch field' : COLUMNS[column]} is empty on this row. Fill it in: without it the row belongs to no batch.`;
    case 'register_toediener_insz':
      return p.text('reason') === 'insz_leading_zero_lost'
        ? 'Excel dropped the leading 0 of the vaccinator’s INSZ (SSIN) on this row. Format the cell as text and type the number again.'
        : `The vaccinator’s INSZ (SSIN) on this row is not valid: ${inszReason(p.text('reason'))}. Check the number.`;
    case 'register_yes_no':
      return `Enter Yes or No for ${column === null ? COLUMNS.gratisVoorraad : COLUMNS[column]} on this row${now(p.text('value'))}.`;
    case 'register_date_invalid':
      return `The date of administration on this row is not a valid date${now(p.text('value'))}. Type it as dd/mm/yyyy, e.g. 28/11/2026.`;
    case 'register_date_future': {
      const date = p.text('date');
      return `The date of administration on this row${date === undefined ? '' : ` (${displayDate(date)})`} lies in the future. Only register vaccinations that have already been given.`;
    }
    case 'register_dose':
      return `The dose on this row must be 0.5, 1 or 2${now(p.text('value'))}.`;
    case 'register_list_value': {
      const value = p.text('value');
      const list = column === null ? 'the list' : `the ${COLUMNS[column]} list`;
      return `${value === undefined ? 'The value' : `“${value}”`} on this row is not on ${list}. Choose a value from the list, or add it on the lists sheet.`;
    }
    case 'register_text':
      return char(p) === undefined
        ? `The value ${where(column)} on this row is not plain text. Type the value again.`
        : `There is ${char(p)} ${where(column)} on this row. Remove that character.`;
    case 'register_near_duplicate': {
      const value = p.text('value');
      const other = p.text('other');
      const otherRow = p.text('otherRow');
      const pair =
        value === undefined || other === undefined
          ? `The value ${where(column)} differs from another group’s`
          : `“${value}” ${where(column)} differs from “${other}”${otherRow === undefined ? '' : ` (row ${otherRow})`}`;
      return `${pair} only by capitals, spaces or punctuation. That is almost always a typing slip, and it would make a separate file: fix the cell to unify the spelling.`;
    }
    default:
      return assertNever(code);
  }
}

/**
 * The English catalog.
 *
 * @example
 * ```ts
 * en.issue('duplicate_person', readParams({ firstRow: 12 }), null);
 * // 'This person is also on row 12 of this batch. ...'
 * en.columns.geboortedatum; // 'Date of birth'
 * ```
 */
export const en: Catalog = {
  issue,
  columns: COLUMNS,
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  encodings: ENCODINGS,
};

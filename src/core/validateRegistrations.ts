/**
 * Validation of a registration sheet against SPEC's "The registration file" and "Issues" table:
 * every registration code except header_mismatch (headerMapping.ts owns that one).
 *
 * Speed matters (live re-checks of whole sheets; issue #11: 100,000 rows in <= 50 ms, and 1,000,000
 * at <= 1.3x the cost per row): one pass over the rows, one reused checker object holding the
 * current row's state, a one-scan fast path for plain text (textChecks cleanTextUnits), INSZ
 * numbers and birth dates read into plain numbers (insz.ts readInsz, birthDate.ts
 * readBirthDateText), and typed-array hash tables for duplicates keyed on those numbers
 * (duplicates.ts PersonIndex), which keep no strings: a second checker re-reads an earlier row when
 * the index needs its keys. The hot loop allocates only the findings (not even the compact form
 * of an INSZ typed with separators: an export gets its digits, see ReadyRow): the verdicts are a
 * byte per row, and CSV records are made only when asked for (validateForExport). At 1,000,000 rows what a call keeps
 * alive while it runs is what costs: the young generation copies every live object it meets, so
 * nothing per row is kept but the findings themselves.
 */
import { BIRTH_DATE_FORMAT, packDate, readBirthDateText, unpackDate } from './birthDate';
import { calendarDateOf, excelSerialToDate, formatDdmmyyyy, parseIsoDate } from './calendar';
import { cellDisplayText } from './cellDisplayText';
import { PersonIndex, sameProductAndDate } from './duplicates';
import type { PersonKeys } from './duplicates';
import { findUnencodable } from './encoding';
import { compactInszFromDigits, readInsz } from './insz';
import type { InszFields } from './insz';
import { ISSUE_SEVERITY } from './issueCodes';
import type { IssueParamsOf, NoParams, RegistrationIssueCode } from './issueCodes';
import { compareIssues } from './issueOrder';
import { isBelgianPostcode } from './postcode';
import { checkLinesPerFile, registrationsPerFile } from './settings';
import { countBySeverity } from './severityCounts';
import {
  cleanTextUnits,
  codePointLabel,
  findControlCharacter,
  findSeparatorOrQuote,
  hasEdgeWhitespace,
  hasFormulaPrefix,
  toNfc,
  trimEdges,
} from './textChecks';
import { ROW_BLOCKED, ROW_EMPTY, ROW_READY, newIssue } from './types';
import type {
  BatchMetadata,
  Cell,
  CsvRecord,
  Encoding,
  ExportSettings,
  Issue,
  OtherBatch,
  ExportValidation,
  ReadyRow,
  RegistrationColumn,
  RegistrationRow,
  ValidationReport,
} from './types';

export interface ValidateRegistrationsInput {
  rows: readonly RegistrationRow[];
  /** The batch the rows belong to: enables birthdate_after_administration and duplicate_across_batches. */
  batch?: BatchMetadata;
  /** "Today" for the date rules (core never reads the clock); must be a valid Date. */
  today: Date;
  settings: ExportSettings;
  /**
   * The workbook's OTHER batches (never the batch being validated), for duplicate_across_batches.
   * Only those with the same product and administration date as `batch` are compared.
   */
  otherBatches?: readonly OtherBatch[];
}

const NO_PARAMS: NoParams = Object.freeze({});

/** `T` with its properties writable (the one ReadyRow validate refills row after row). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Bits of {@link RowChecker.present}: which cells of the row hold something (not blank). */
const HAS_INSZ = 1;
const HAS_NAAM = 2;
const HAS_VOORNAAM = 4;
const HAS_GEBOORTEDATUM = 8;
const HAS_POSTCODE = 16;

/** The column of each {@link RowChecker.present} bit, for the deferred whitespace findings. */
const COLUMN_OF_BIT: readonly (readonly [number, RegistrationColumn])[] = [
  [HAS_INSZ, 'insz'],
  [HAS_NAAM, 'naam'],
  [HAS_VOORNAAM, 'voornaam'],
  [HAS_GEBOORTEDATUM, 'geboortedatum'],
  [HAS_POSTCODE, 'postcode'],
];

/** 7-digit integers: a ddmmyyyy date with day 01-09 once Excel dropped its leading zero. */
const SEVEN_DIGITS_MIN = 1_000_000;
const EIGHT_DIGITS_MIN = 10_000_000;
/** Below 10^10 an integer has at most 10 digits: an INSZ that lost one or more leading zeros. */
const ELEVEN_DIGITS_MIN = 10_000_000_000;

type TextColumn = 'naam' | 'voornaam' | 'postcode';

/** First packed birth date (`yyyymmdd`, birthDate.ts packDate) of 1900: earlier is a warning. */
const YEAR_1900 = packDate(1900, 1, 1);

/**
 * Checks one row at a time and keeps that row's findings and values in fields, so the hot loop
 * allocates nothing but the findings. Dates are handled as packed `yyyymmdd` integers (birthDate.ts packDate),
 * INSZ numbers through readInsz's fields: no date or result object per row. Not re-entrant; one
 * instance per validateRegistrations call.
 */
class RowChecker {
  private readonly todayYear: number;
  private readonly todayMonth: number;
  private readonly todayDay: number;
  /** Today as `yyyymmdd`; NaN for an invalid Date (every comparison with it is then false). */
  private readonly today: number;
  /** The administration date as `yyyymmdd`; +Infinity without one, so no date is after it. */
  private readonly administration: number;
  /** The administration date as `ddmmyyyy`, for the params of birthdate_after_administration. */
  private readonly administrationText: string;
  private readonly encoding: Encoding | null;
  /** Scratch record readInsz fills. */
  private readonly inszFields: InszFields = {
    compact: '',
    first9: 0,
    check: 0,
    mm: 0,
    year: 0,
    month: 0,
    day: 0,
  };

  /**
   * Where findings go: the report's issue list, appended in the order found (validate sorts each
   * row's findings once the row is complete). Null (other batches): findings are only counted.
   */
  issues: Issue[] | null = null;

  // State of the current row, set by check().
  row = 0;
  present = 0;
  /**
   * Cells of whitespace only (bits as `present`): blank, and reported (whitespace_edge, fix '')
   * only once the row turns out to hold something, so a row of spaces is empty and silent.
   */
  private blankSpaces = 0;
  errors = 0;
  /**
   * A valid INSZ's digits 1-9 (else -1) and 10-11, also when valid only once its lost leading
   * zeros are restored: the duplicate key and what the file gets, as two small integers (one
   * 11-digit number would be boxed in a new heap object per call to the person index), never a
   * compact string (see ReadyRow).
   */
  inszFirst9 = -1;
  inszLast2 = 0;
  /** The birth date the INSZ holds as `yyyymmdd` when it holds the full date, else 0. */
  private inszBirth = 0;
  naam = '';
  voornaam = '';
  /** Geboortedatum as it will be written: the trimmed text (or the digits of a number). */
  geboortedatum = '';
  /** Geboortedatum for the duplicate key: the text the fix proposes, else `geboortedatum`. */
  geboortedatumKey = '';
  postcode = '';

  constructor(today: Date, batch: BatchMetadata | undefined, settings: ExportSettings) {
    const day = calendarDateOf(today);
    this.todayYear = day.year;
    this.todayMonth = day.month;
    this.todayDay = day.day;
    this.today = packDate(day.year, day.month, day.day);
    const administration = batch === undefined ? null : parseIsoDate(batch.datumToediening.trim());
    this.administration =
      administration === null
        ? Number.POSITIVE_INFINITY
        : packDate(administration.year, administration.month, administration.day);
    this.administrationText = administration === null ? '' : formatDdmmyyyy(administration);
    // SPEC not_encodable: "Windows-1252 only"; UTF-8 holds every character.
    this.encoding = settings.encoding === 'windows-1252' ? settings.encoding : null;
  }

  private add<C extends RegistrationIssueCode>(
    column: RegistrationColumn | null,
    code: C,
    params: IssueParamsOf<C>,
    fix?: string,
  ): void {
    const severity = ISSUE_SEVERITY[code];
    if (severity === 'error') this.errors++;
    const issues = this.issues;
    if (issues === null) return;
    issues.push(newIssue(code, this.row, column, params, fix));
  }

  addRowLevel<C extends 'duplicate_person' | 'duplicate_across_batches' | 'rows_over_limit'>(
    code: C,
    params: IssueParamsOf<C>,
  ): void {
    this.add(null, code, params);
  }

  /** Runs every cell and row rule on one row (duplicates and file limits excepted). */
  check(r: RegistrationRow): void {
    this.row = r.row;
    this.present = 0;
    this.blankSpaces = 0;
    this.errors = 0;
    const cells = r.cells;
    this.checkInsz(cells.insz);
    this.naam = this.checkText(cells.naam, 'naam', HAS_NAAM);
    this.voornaam = this.checkText(cells.voornaam, 'voornaam', HAS_VOORNAAM);
    this.checkBirthDate(cells.geboortedatum);
    this.postcode = this.checkPostcode(cells.postcode);

    const present = this.present;
    // SPEC: "Fully empty rows are skipped ...; they are no issue", also a row of spaces only.
    if (present === 0) return;
    if (this.blankSpaces !== 0) this.addBlankSpaces();
    const byName = (present & HAS_NAAM) !== 0 && (present & HAS_GEBOORTEDATUM) !== 0;
    if ((present & HAS_INSZ) === 0) {
      // SPEC: a person is identified "EITHER by INSZ OR by Naam + Geboortedatum".
      if (!byName) this.add(null, 'identity_missing', NO_PARAMS);
      // SPEC: "Voornaam strongly recommended" when the name identifies the person.
      else if ((present & HAS_VOORNAAM) === 0) this.add('voornaam', 'firstname_missing', NO_PARAMS);
    }
  }

  /** whitespace_edge (fix '': clear the cell) for each cell of whitespace only in a non-empty row. */
  private addBlankSpaces(): void {
    for (const [bit, column] of COLUMN_OF_BIT) {
      if ((this.blankSpaces & bit) !== 0) this.add(column, 'whitespace_edge', NO_PARAMS, '');
    }
  }

  /**
   * Cell text for the checks; null for an empty cell or an error (reported here). Callers test
   * for a text cell first (the common case) and come here for the other kinds.
   */
  private cellText(cell: Cell, column: RegistrationColumn, bit: number): string | null {
    switch (cell.kind) {
      case 'empty':
        return null;
      case 'text':
        return cell.value;
      case 'error':
        this.present |= bit;
        this.add(column, 'cell_error', { value: String(cell.value) });
        return null;
      case 'boolean':
        return cell.value ? 'TRUE' : 'FALSE';
      default:
        // number, and a date serial outside Geboortedatum: Excel's own text for it.
        return String(cell.value);
    }
  }

  /**
   * Trims `text`, reporting whitespace_edge with the trimmed text as fix, and marks the cell
   * present unless blank. A cell of whitespace only is blank: its whitespace_edge (fix '') waits
   * for the end of the row ({@link addBlankSpaces}), so a row of spaces stays silent.
   */
  private trimmed(text: string, column: RegistrationColumn, bit: number): string {
    if (!hasEdgeWhitespace(text)) {
      if (text !== '') this.present |= bit;
      return text;
    }
    const value = trimEdges(text);
    if (value === '') {
      this.blankSpaces |= bit;
    } else {
      this.add(column, 'whitespace_edge', NO_PARAMS, value);
      this.present |= bit;
    }
    return value;
  }

  /** Postcode: as {@link checkText}, then postcode_format for a value that is no Belgian postcode. */
  private checkPostcode(cell: Cell): string {
    // A Belgian postcode (4 digits, the common case) is plain text: none of checkText's checks
    // can find anything in it, so it skips them (one scan of 4 units instead of two).
    if (cell.kind === 'text' && isBelgianPostcode(cell.value)) {
      this.present |= HAS_POSTCODE;
      return cell.value;
    }
    const errorsBefore = this.errors;
    const postcode = this.checkText(cell, 'postcode', HAS_POSTCODE);
    // A warning about the value only when the cell has no error already: one problem, one code.
    if (postcode !== '' && this.errors === errorsBefore && !isBelgianPostcode(postcode)) {
      this.add('postcode', 'postcode_format', NO_PARAMS);
    }
    return postcode;
  }

  /**
   * Naam, Voornaam, Postcode: the value to write (trimmed, NFC), '' when blank or an error. A
   * number, date or boolean cell is written as the text Excel shows for it ({@link checkNotText}).
   */
  private checkText(cell: Cell, column: TextColumn, bit: number): string {
    let raw: string;
    if (cell.kind === 'text') {
      raw = cell.value;
    } else if (cell.kind === 'empty') {
      return '';
    } else if (cell.kind === 'error') {
      this.cellText(cell, column, bit);
      return '';
    } else {
      return this.checkNotText(cell, column, bit);
    }
    // Plain text (the common case) needs none of the checks of checkOtherText, and when all its
    // units are below U+0100 (Latin-1) none for Windows-1252 either: see cleanTextUnits.
    const units = cleanTextUnits(raw);
    if (units < 0) return this.checkOtherText(raw, column, bit);
    if (raw === '') return '';
    this.present |= bit;
    if (units >= 0x100) this.checkEncodable(raw, column, null);
    return raw;
  }

  /**
   * A number, date or boolean in a text column (issue #10: exported as `36526`, `TRUE` or `1e+21`
   * "without a word"): cell_not_text, a warning whose fix, and the value written, is the text Excel
   * shows for the cell (cellDisplayText), which is what the user meant: postcode 1000 -> `1000`,
   * 01/01/2000 -> `01/01/2000`. That text then goes through every check of a typed text.
   */
  private checkNotText(
    cell: Extract<Cell, { kind: 'number' | 'date' | 'boolean' }>,
    column: TextColumn,
    bit: number,
  ): string {
    const text = trimEdges(toNfc(cellDisplayText(cell)));
    this.present |= bit;
    this.add(column, 'cell_not_text', { kind: cell.kind, text }, text);
    return this.checkOtherText(text, column, bit);
  }

  /** {@link checkText} for text that is not plain: edge whitespace, NFC, controls, separators... */
  private checkOtherText(raw: string, column: TextColumn, bit: number): string {
    const text = this.trimmed(raw, column, bit);
    if (text === '') return '';
    // Checked in NFC, the form the file gets: NFC turns U+037E (Greek question mark) into `;`.
    const value = toNfc(text);
    const control = findControlCharacter(value);
    if (control !== null) this.add(column, 'control_character', { char: codePointLabel(control) });
    const separator = findSeparatorOrQuote(value);
    if (separator !== null) this.add(column, 'separator_or_quote', { char: separator });
    if (hasFormulaPrefix(value)) this.add(column, 'formula_prefix', { char: value.charAt(0) });
    this.checkEncodable(value, column, control);
    return value;
  }

  /** SPEC not_encodable (Windows-1252 only); `control`: the control_character already reported. */
  private checkEncodable(value: string, column: TextColumn, control: string | null): void {
    const encoding = this.encoding;
    if (encoding === null) return;
    const unencodable = findUnencodable(value, encoding);
    // A C1 control or lone surrogate is already a control_character: not reported twice.
    if (unencodable !== null && unencodable !== control) {
      this.add(column, 'not_encodable', {
        char: unencodable,
        codePoint: codePointLabel(unencodable),
        encoding,
      });
    }
  }

  /**
   * INSZ by SPEC's "INSZ rules" (readInsz, validateInsz's checks). Only whitespace_edge besides:
   * the INSZ rules already reject every other character (insz_characters), and the file gets the
   * bare digits.
   */
  private checkInsz(cell: Cell): void {
    this.inszFirst9 = -1;
    this.inszBirth = 0;
    // Text (or empty) is the common case; the other kinds are handled apart, off the hot path.
    if (cell.kind === 'text') {
      const text = this.trimmed(cell.value, 'insz', HAS_INSZ);
      if (text !== '') this.checkInszText(text);
    } else if (cell.kind !== 'empty') {
      this.checkOtherInszCell(cell);
    }
  }

  /** checkInsz for a number, date, boolean or error cell. */
  private checkOtherInszCell(cell: Cell): void {
    let text: string;
    if (cell.kind === 'number' || cell.kind === 'date') {
      this.present |= HAS_INSZ;
      const value = cell.value;
      if (!Number.isInteger(value) || value < 0) {
        // A sign or a decimal point is no INSZ separator: 8507300332.8 must not pass as 85073003328.
        this.add('insz', 'insz_characters', {});
        return;
      }
      text = String(value);
      if (value < ELEVEN_DIGITS_MIN) {
        // SPEC insz_leading_zero_lost: Excel stored 01234567890 as the number 1234567890.
        const padded = text.padStart(11, '0');
        if (this.readInsz(padded) === null) {
          this.add('insz', 'insz_leading_zero_lost', NO_PARAMS, padded);
          return;
        }
      }
    } else {
      const raw = this.cellText(cell, 'insz', HAS_INSZ);
      if (raw === null) return;
      text = this.trimmed(raw, 'insz', HAS_INSZ);
      if (text === '') return;
    }
    this.checkInszText(text);
  }

  /** The INSZ rules on the (trimmed, non-empty) text of the INSZ cell. */
  private checkInszText(text: string): void {
    const code = this.readInsz(text);
    if (code !== null) {
      this.add('insz', code, NO_PARAMS);
      return;
    }
    // SPEC birthdate_after_administration, for the birth date the INSZ holds: nobody is
    // vaccinated before birth, whichever column tells the birth date. Unknown parts (month 00,
    // day 00) take their earliest value, so only a date that is certainly after the
    // administration is reported.
    const f = this.inszFields;
    if (packDate(f.year, f.month || 1, f.day || 1) > this.administration) {
      this.add('insz', 'birthdate_after_administration', { administration: this.administrationText });
    }
  }

  /** readInsz on `text`; when valid, keeps its digits and full birth date for the row. */
  private readInsz(text: string): ReturnType<typeof readInsz> {
    const f = this.inszFields;
    const code = readInsz(text, this.todayYear, this.todayMonth, this.todayDay, f, false);
    if (code === null) {
      this.inszFirst9 = f.first9;
      this.inszLast2 = f.check;
      this.inszBirth = f.day === 0 ? 0 : packDate(f.year, f.month, f.day);
    }
    return code;
  }

  /** Geboortedatum: SPEC "`ddmmyyyy`: exactly 8 digits, zero-padded, no separators, a real date". */
  private checkBirthDate(cell: Cell): void {
    this.geboortedatum = '';
    this.geboortedatumKey = '';
    // Text (or empty) is the common case; the other kinds are handled apart, as in checkInsz.
    if (cell.kind === 'text') {
      const errorsBefore = this.errors;
      const text = this.trimmed(cell.value, 'geboortedatum', HAS_GEBOORTEDATUM);
      if (text !== '') this.checkBirthDateText(text, errorsBefore);
    } else if (cell.kind !== 'empty') {
      this.checkOtherBirthDateCell(cell);
    }
  }

  /** checkBirthDate for a date, number, boolean or error cell. */
  private checkOtherBirthDateCell(cell: Cell): void {
    const errorsBefore = this.errors;
    if (cell.kind === 'date') {
      this.present |= HAS_GEBOORTEDATUM;
      const serialDate = excelSerialToDate(cell.value);
      if (serialDate === null) {
        // Serial < 1 or Excel's fictitious 29/02/1900: no real date to convert to.
        this.add('geboortedatum', 'birthdate_invalid', NO_PARAMS);
        return;
      }
      const fix = formatDdmmyyyy(serialDate);
      this.add('geboortedatum', 'birthdate_is_date', NO_PARAMS, fix);
      this.geboortedatumKey = fix;
      this.checkBirthDateValue(packDate(serialDate.year, serialDate.month, serialDate.day), errorsBefore);
      return;
    }
    let text: string;
    if (cell.kind === 'number') {
      this.present |= HAS_GEBOORTEDATUM;
      text = String(cell.value);
      const value = cell.value;
      if (Number.isInteger(value) && value >= SEVEN_DIGITS_MIN && value < EIGHT_DIGITS_MIN) {
        // SPEC birthdate_leading_zero_lost: 01012000 typed under General became 1012000.
        const padded = `0${text}`;
        const parsed = readBirthDateText(padded);
        if (parsed >= 0) {
          this.add('geboortedatum', 'birthdate_leading_zero_lost', NO_PARAMS, padded);
          this.geboortedatumKey = padded;
          this.checkBirthDateValue(parsed, errorsBefore);
          return;
        }
      }
    } else {
      const raw = this.cellText(cell, 'geboortedatum', HAS_GEBOORTEDATUM);
      if (raw === null) return;
      text = this.trimmed(raw, 'geboortedatum', HAS_GEBOORTEDATUM);
      if (text === '') return;
    }
    this.checkBirthDateText(text, errorsBefore);
  }

  /**
   * The Geboortedatum rules on the text that will be written (trimmed, non-empty);
   * `errorsBefore`: the row's error count before this cell.
   */
  private checkBirthDateText(text: string, errorsBefore: number): void {
    this.geboortedatum = text;
    this.geboortedatumKey = text;
    const date = readBirthDateText(text);
    if (date < 0) {
      this.add(
        'geboortedatum',
        date === BIRTH_DATE_FORMAT ? 'birthdate_format' : 'birthdate_invalid',
        NO_PARAMS,
      );
      return;
    }
    this.checkBirthDateValue(date, errorsBefore);
  }

  /** The rules on a real birth date (`yyyymmdd`): future, after the administration, 1900, INSZ. */
  private checkBirthDateValue(date: number, errorsBefore: number): void {
    if (date > this.today) {
      this.add('geboortedatum', 'birthdate_future', NO_PARAMS);
    } else if (date > this.administration) {
      // Not also reported for a future date: the administration date is never after today.
      this.add('geboortedatum', 'birthdate_after_administration', {
        administration: this.administrationText,
      });
    }
    // Warnings about the value only when the cell has no error already: one problem, one code.
    if (this.errors !== errorsBefore) return;
    if (date < YEAR_1900) this.add('geboortedatum', 'birthdate_before_1900', NO_PARAMS);
    const fromInsz = this.inszBirth;
    if (fromInsz !== 0 && fromInsz !== date) {
      this.add('geboortedatum', 'birthdate_insz_mismatch', {
        inszBirthDate: formatDdmmyyyy(unpackDate(fromInsz)),
      });
    }
  }

  /** The keys {@link personKeysOf} returns, one object refilled by each call. */
  private readonly keys = { inszFirst9: -1, inszLast2: 0, naam: '', voornaam: '', geboortedatum: '' };

  /**
   * Checks `r` and returns its person's keys as the person index compares them (the INSZ digits,
   * Naam, Voornaam, the Geboortedatum key): the index keeps no keys and asks for them again
   * (PersonIndex keysOf). The object is reused: read it before the next call.
   */
  personKeysOf(r: RegistrationRow): PersonKeys {
    this.check(r);
    const keys = this.keys;
    keys.inszFirst9 = this.inszFirst9;
    keys.inszLast2 = this.inszLast2;
    keys.naam = this.naam;
    keys.voornaam = this.voornaam;
    keys.geboortedatum = this.geboortedatumKey;
    return keys;
  }

  /** Registers the current row's person in `index` (see PersonIndex.findOrAdd). */
  addPerson(index: PersonIndex, id: number): number {
    const { inszFirst9, inszLast2, naam, voornaam, geboortedatumKey } = this;
    return index.findOrAddByInszDigits(inszFirst9, inszLast2, naam, voornaam, geboortedatumKey, id);
  }

  /** The first entry of `index` with the current row's person (see PersonIndex.find). */
  findPerson(index: PersonIndex): number {
    const { inszFirst9, inszLast2, naam, voornaam, geboortedatumKey } = this;
    return index.findByInszDigits(inszFirst9, inszLast2, naam, voornaam, geboortedatumKey);
  }
}

/**
 * Orders the findings of one row, `issues[start..]`, by column then code (compareIssues; the sort
 * is stable). A row rarely has more than one finding, and those mostly come in order already
 * (firstname_missing, then a row-level duplicate_person): only a row out of order is sorted, which
 * spares the sort's temporary arrays (~6.7 MB of garbage per 1,000,000 bench rows; issue #11).
 */
function sortRowIssues(issues: Issue[], start: number): void {
  let ordered = true;
  for (let i = start + 1; i < issues.length && ordered; i++) {
    ordered = compareIssues(issues[i - 1] as Issue, issues[i] as Issue) <= 0;
  }
  if (ordered) return;
  const row = issues.splice(start).sort(compareIssues);
  for (const issue of row) issues.push(issue);
}

/** Where a person was first seen in another batch (params of duplicate_across_batches). */
interface OtherOccurrence {
  batchId: string;
  sheetName: string;
  row: number;
}

/**
 * Index of the persons in the other batches with the same product and date, or null. `recheck`
 * tells the index the keys of an earlier occurrence again (PersonIndex keysOf).
 */
function indexOtherBatches(
  input: ValidateRegistrationsInput,
  checker: RowChecker,
  recheck: RowChecker,
): { index: PersonIndex; occurrences: OtherOccurrence[] } | null {
  const { batch, otherBatches } = input;
  if (batch === undefined || otherBatches === undefined) return null;
  let expected = 0;
  for (const other of otherBatches) if (sameProductAndDate(batch, other.batch)) expected += other.rows.length;
  /** The row of each occurrence, by id (kept apart: an occurrence is spread into the params). */
  const rowsOf: RegistrationRow[] = [];
  const index = new PersonIndex(expected, (id) => recheck.personKeysOf(rowsOf[id] as RegistrationRow));
  const occurrences: OtherOccurrence[] = [];
  for (const other of otherBatches) {
    if (!sameProductAndDate(batch, other.batch)) continue;
    for (const r of other.rows) {
      checker.check(r);
      if (checker.present === 0) continue;
      checker.addPerson(index, occurrences.length);
      occurrences.push({ batchId: other.batchId, sheetName: other.sheetName, row: r.row });
      rowsOf.push(r);
    }
  }
  return occurrences.length === 0 ? null : { index, occurrences };
}

/**
 * Validates the rows of one registration sheet by SPEC's rules and decides, per row, whether it
 * is exported (`ready`), `blocked` (at least one error) or `empty` (every cell empty or
 * whitespace only: skipped, never exported). Never throws for any cell content; `today` must be
 * a valid Date. {@link validateForExport} also returns the exact CSV record of each ready row.
 *
 * - Cells: text is checked as typed; a number is checked as its digits (with the leading-zero
 *   fixes for INSZ and Geboortedatum), a date serial in Geboortedatum is birthdate_is_date (fix
 *   `ddmmyyyy`) and elsewhere a number, a boolean is `TRUE`/`FALSE`, an Excel error is
 *   cell_error and nothing else.
 * - Issues are ordered by row, then column in file order (row-level last), then code in
 *   REGISTRATION_ISSUE_CODES order; fixable codes carry `fix`.
 * - `status[i]` is rows[i]'s verdict (ROW_READY, ROW_BLOCKED, ROW_EMPTY): a byte per row, no
 *   object per row (see ROW_READY in types.ts for why).
 * - counts.rows = ready + blocked + empty, always; `fileCount` = ceil(ready / registrations per
 *   file), where a file holds `settings.linesPerFile - 1` registrations (SPEC: the header is a line).
 * - A `settings.linesPerFile` that checkLinesPerFile refuses is reported as its issue
 *   (`settings_max_rows`, row 0, first) and makes `fileCount` 0; the rows are still checked.
 *
 * @example
 * ```ts
 * const report = validateRegistrations({
 *   rows: [{ row: 2, cells: { insz: { kind: 'text', value: '85073003328 ' }, naam: empty, ... } }],
 *   today: new Date(2026, 10, 28),
 *   settings: DEFAULT_SETTINGS,
 * });
 * report.issues; // [{ code: 'whitespace_edge', row: 2, column: 'insz', severity: 'warning', params: {}, fix: '85073003328' }]
 * rowStatuses(report); // ['ready']
 * ```
 */
export function validateRegistrations(input: ValidateRegistrationsInput): ValidationReport {
  return validate(input, null);
}

/**
 * {@link validateRegistrations} plus `records`: the exact CSV content (INSZ compact, values
 * trimmed and NFC) of every ready row, in input order. For planExport and whoever needs the
 * values a row will be written with; the live checks do without (an array per row costs time).
 *
 * @example
 * ```ts
 * const { records } = validateForExport({ rows, today, settings }); // rows[0]: INSZ '85.07.30-033.28'
 * records[0]; // ['85073003328', '', '', '', '']
 * ```
 */
export function validateForExport(input: ValidateRegistrationsInput): ExportValidation {
  const records: CsvRecord[] = [];
  const report = validateEachReady(input, (ready) => {
    const { inszFirst9, inszLast2 } = ready;
    const insz = inszFirst9 < 0 ? '' : compactInszFromDigits(inszFirst9, inszLast2);
    records.push([insz, ready.naam, ready.voornaam, ready.geboortedatum, ready.postcode]);
  });
  return { ...report, records };
}

/**
 * Receives the values of each ready row, in input order, as they will be written (see ReadyRow).
 * The object is reused for the next row: read it at once (planExport writes it and keeps nothing,
 * which spares an object per row: issue #11, fewer live objects at 1,000,000 rows).
 */
export type ReadyRowSink = (ready: ReadyRow, sheetRow: number) => void;

/**
 * {@link validateRegistrations}, handing the values of each ready row to `onReady` as soon as the
 * row is found ready (internal to core: planExport writes the files while validating).
 */
export function validateEachReady(
  input: ValidateRegistrationsInput,
  onReady: ReadyRowSink,
): ValidationReport {
  return validate(input, onReady);
}

/** The validation; with `onReady`, hands it the values of each ready row. */
function validate(input: ValidateRegistrationsInput, onReady: ReadyRowSink | null): ValidationReport {
  const { rows, settings } = input;
  // SPEC: lines per file, header included; checked by the one validation of the setting. A bad
  // value is reported (row 0, first in row order) and no file is counted, never replaced.
  const lines = checkLinesPerFile(settings.linesPerFile);
  const limit = lines.ok ? registrationsPerFile(lines.value) : Infinity;

  const checker = new RowChecker(input.today, input.batch, settings);
  // A second checker, without findings, re-reads an earlier row when the person index asks for
  // its keys (the index keeps no keys: PersonIndex keysOf, issue #11).
  const recheck = new RowChecker(input.today, input.batch, settings);
  const others = indexOtherBatches(input, checker, recheck);
  // Sized once for every row: growing by doubling allocated and rehashed as much again. Ids are
  // row indexes.
  const persons = new PersonIndex(rows.length, (id) => recheck.personKeysOf(rows[id] as RegistrationRow));

  const issues: Issue[] = lines.ok ? [] : [lines.issue];
  checker.issues = issues;
  const status = new Uint8Array(rows.length);
  /** The values handed to `onReady`, refilled for each ready row. */
  const readyRow: Mutable<ReadyRow> = {
    inszFirst9: -1,
    inszLast2: 0,
    naam: '',
    voornaam: '',
    geboortedatum: '',
    postcode: '',
  };
  let ready = 0;
  let blocked = 0;
  let empty = 0;
  let overLimitAt = -1;
  let previousRow = -Infinity;
  let ordered = true;

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as RegistrationRow;
    const rowStart = issues.length;
    checker.check(r);
    let noticeRow = false;
    if (checker.present === 0) {
      empty++;
      status[i] = ROW_EMPTY;
    } else {
      const first = checker.addPerson(persons, i);
      if (first >= 0) {
        checker.addRowLevel('duplicate_person', { firstRow: (rows[first] as RegistrationRow).row });
      }
      if (others !== null) {
        const j = checker.findPerson(others.index);
        const at = others.occurrences[j];
        if (at !== undefined) checker.addRowLevel('duplicate_across_batches', { ...at });
      }
      if (checker.errors > 0) {
        blocked++;
        status[i] = ROW_BLOCKED;
      } else {
        ready++;
        status[i] = ROW_READY;
        // SPEC: registrations 1-99 in part 1, 100-198 in part 2: the first row of part 2 carries the notice.
        if (ready === limit + 1) {
          noticeRow = true;
          checker.addRowLevel('rows_over_limit', {}); // params set once the count is known, below
        }
        if (onReady !== null) {
          readyRow.inszFirst9 = checker.inszFirst9;
          readyRow.inszLast2 = checker.inszLast2;
          readyRow.naam = checker.naam;
          readyRow.voornaam = checker.voornaam;
          readyRow.geboortedatum = checker.geboortedatum;
          readyRow.postcode = checker.postcode;
          onReady(readyRow, r.row);
        }
      }
    }

    if (issues.length > rowStart + 1) sortRowIssues(issues, rowStart);
    // rows_over_limit ranks last (row level, last code produced here): it is the row's last issue.
    if (noticeRow) overLimitAt = issues.length - 1;
    if (r.row < previousRow) ordered = false;
    previousRow = r.row;
  }

  const fileCount = ready === 0 || !lines.ok ? 0 : Math.ceil(ready / limit);
  const notice = issues[overLimitAt];
  if (notice !== undefined) {
    issues[overLimitAt] = newIssue('rows_over_limit', notice.row, notice.column, {
      files: fileCount,
      rows: ready,
      limit,
    });
  }
  // Sheet rows arrive in order; if a caller passes them otherwise, still order issues by row
  // (Array.prototype.sort is stable, so the order within a row stays).
  if (!ordered) issues.sort((a, b) => a.row - b.row);

  const { errors, warnings, infos } = countBySeverity(issues);

  return {
    issues,
    status,
    counts: { rows: rows.length, ready, blocked, empty, errors, warnings, infos },
    fileCount,
  };
}

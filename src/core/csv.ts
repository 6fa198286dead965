import { encodedLength, findUnencodable, unencodableError, UTF8_BOM, writeEncoded } from './encoding';
import { hasEdgeWhitespace, hasFormulaPrefix } from './textChecks';
import { REGISTRATION_COLUMNS, REGISTRATION_HEADERS } from './types';
import type { CsvRecord, Encoding, ReadyRow } from './types';

/**
 * The registration file writer (SPEC "The registration file"). Like csv-stringify it is a pure
 * function of its input and explicit options; unlike it, it never quotes: a value that would
 * need quoting is a validation error, so the file reads correctly even with a naive split on
 * commas.
 */

/**
 * SPEC: "comma separator" (whatever the Excel language or regional settings).
 *
 * @example
 * ```ts
 * ['85073003328', '', '', '', ''].join(CSV_SEPARATOR); // '85073003328,,,,'
 * ```
 */
export const CSV_SEPARATOR = ',';

/**
 * SPEC: "CRLF after every line, the last one included".
 *
 * @example
 * ```ts
 * formatCsv([]).endsWith(CSV_LINE_END); // true: '\r\n'
 * ```
 */
export const CSV_LINE_END = '\r\n';

/**
 * SPEC: "Header line exactly `INSZ,Naam,Voornaam,Geboortedatum,Postcode`".
 *
 * @example
 * ```ts
 * CSV_HEADER; // 'INSZ,Naam,Voornaam,Geboortedatum,Postcode'
 * ```
 */
export const CSV_HEADER: string = REGISTRATION_COLUMNS.map((c) => REGISTRATION_HEADERS[c]).join(
  CSV_SEPARATOR,
);

/**
 * Options of {@link writeCsv}; explicit, no defaults hidden inside the writer.
 *
 * @example
 * ```ts
 * const options: CsvWriteOptions = { encoding: 'utf-8-bom' };
 * ```
 */
export interface CsvWriteOptions {
  encoding: Encoding;
}

/**
 * True for a code unit that would break the naive comma/line split or need quoting in any CSV
 * reader: the separator, `"`, `;` (Belgian Excel's list separator), C0 controls (CR, LF, tab,
 * ...), DEL, C1 controls (incl. NEL U+0085) and the Unicode line/paragraph separators.
 */
function isStructureBreaking(c: number): boolean {
  return (
    c < 0x20 ||
    c === 0x2c ||
    c === 0x22 ||
    c === 0x3b ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** {@link isStructureBreaking} for the ASCII units, as a table (one load per character). */
const ASCII_BREAKS: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, c) =>
  isStructureBreaking(c) ? 1 : 0,
);

/** Returned by {@link highestUnit} and {@link writeField} for text with a structure-breaking unit. */
const BREAKS_STRUCTURE = -1;

/**
 * The highest code unit of `text` (0 for ''), or {@link BREAKS_STRUCTURE}: one scan that both
 * checks for structure-breaking characters and tells whether the text could change under NFC
 * (a unit at or above U+0300, see textChecks mayNeedNfc).
 */
function highestUnit(text: string): number {
  let highest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isStructureBreaking(c)) return BREAKS_STRUCTURE;
    if (c > highest) highest = c;
  }
  return highest;
}

/** True when `text` is exactly `length` ASCII digits (false for a hole of a sparse record). */
function isDigits(text: string | undefined, length: number): boolean {
  if (typeof text !== 'string' || text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function failRecord(why: string): never {
  throw new Error(`CSV invariant broken: ${why} (validateRegistrations should have blocked this row)`);
}

const columnName = (i: number): string => REGISTRATION_COLUMNS[i] ?? String(i);

/*
 * assertCsvRecord and writeCsv run the same checks in the same order (record shape, then per
 * field: text, structure, whitespace, NFC, formula prefix, then the record's INSZ, Geboortedatum
 * and identity); they differ only in how a field is scanned: writeCsv encodes it in the same
 * pass. Plain char-code scans instead of regular expressions and `normalize` calls (NFC is only
 * asked when a unit at or above U+0300 could change, textChecks mayNeedNfc): with the regexes,
 * asserting the records was about a third of planExport's time on 100,000 rows.
 */

/** The record is an array of 5 fields. */
function checkShape(record: CsvRecord): void {
  if (!Array.isArray(record) || record.length !== REGISTRATION_COLUMNS.length) {
    failRecord(`a record has ${REGISTRATION_COLUMNS.length} fields`);
  }
}

/**
 * Field `i` is text (`value`); true when it is a hole of a sparse array, which is skipped, as
 * Array.prototype.forEach and join skip it.
 */
function isHole(record: CsvRecord, i: number, value: unknown): boolean {
  if (value === undefined && !(i in record)) return true;
  if (typeof value !== 'string') failRecord(`${columnName(i)} is not text`);
  return false;
}

/** The checks of field `i` after its scan; `top`: what highestUnit or writeField returned. */
function checkField(value: string, i: number, top: number): void {
  if (top === BREAKS_STRUCTURE) failRecord(`${columnName(i)} holds a separator, quote or control character`);
  if (hasEdgeWhitespace(value)) failRecord(`${columnName(i)} has leading or trailing whitespace`);
  // Text below U+0300 is NFC already (textChecks mayNeedNfc): no normalize call for it.
  if (top >= 0x300 && value !== value.normalize('NFC')) failRecord(`${columnName(i)} is not in Unicode NFC`);
  if (hasFormulaPrefix(value)) failRecord(`${columnName(i)} starts with a formula prefix`);
}

/** The record-level checks, after the fields. */
function checkIdentity(record: CsvRecord): void {
  const [insz, naam, , geboortedatum] = record;
  if (insz !== '' && !isDigits(insz, 11)) failRecord('INSZ is not 11 bare digits');
  if (geboortedatum !== '' && !isDigits(geboortedatum, 8)) failRecord('Geboortedatum is not ddmmyyyy');
  if (insz === '' && (naam === '' || geboortedatum === ''))
    failRecord('neither INSZ nor Naam + Geboortedatum');
}

/**
 * Asserts that one record is what validation promises for a ready row, and throws (a broken
 * invariant, never a user error) when it is not: exactly 5 string fields; no separator, quote,
 * `;`, line break or other control character; trimmed; Unicode NFC; no formula prefix; INSZ
 * empty or 11 bare digits; Geboortedatum empty or 8 digits; an INSZ or Naam + Geboortedatum.
 *
 * @example
 * ```ts
 * assertCsvRecord(['85073003328', '', '', '', '']); // ok
 * assertCsvRecord(['', 'Voorbeeld, Jan', '', '01012000', '']); // throws: contains ','
 * ```
 */
export function assertCsvRecord(record: CsvRecord): void {
  checkShape(record);
  for (let i = 0; i < REGISTRATION_COLUMNS.length; i++) {
    const value: unknown = record[i];
    if (isHole(record, i, value)) continue;
    const text = value as string;
    checkField(text, i, highestUnit(text));
  }
  checkIdentity(record);
}

/**
 * The text of one registration file: the header line and one line per record, each followed by
 * CRLF. Asserts every record first (see {@link assertCsvRecord}).
 *
 * @example
 * ```ts
 * formatCsv([['85073003328', '', '', '', ''], ['', 'Voorbeeld', 'Jan', '01012000', '1500']]);
 * // 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n85073003328,,,,\r\n,Voorbeeld,Jan,01012000,1500\r\n'
 * ```
 */
export function formatCsv(records: readonly CsvRecord[]): string {
  let text = CSV_HEADER + CSV_LINE_END;
  for (const record of records) {
    assertCsvRecord(record);
    text += record.join(CSV_SEPARATOR) + CSV_LINE_END;
  }
  return text;
}

const COMMA = 0x2c;
const CHAR_0 = 0x30;
const CR = 0x0d;
const LF = 0x0a;
/** The header line and its CRLF, ASCII: the same bytes in every encoding. */
const HEADER_LINE_BYTES: Uint8Array = Uint8Array.from(CSV_HEADER + CSV_LINE_END, (c) => c.charCodeAt(0));
/** Most bytes a UTF-16 code unit takes in any of the encodings (UTF-8: 3; a pair: 4 for 2 units). */
const MAX_BYTES_PER_UNIT = 3;
/** Bytes of one record line besides its fields: 4 commas and CRLF. */
const SEPARATORS_AND_LINE_END = REGISTRATION_COLUMNS.length - 1 + CSV_LINE_END.length;

/**
 * Registration files being written (no module state: everything a write needs is here): the
 * buffer, where the current file starts in it and the write position, what the last field's scan
 * found, and the first unencodable character of the current file. Made by {@link startCsv},
 * filled by {@link appendCsvRecord} or {@link appendReadyRow}, ended by {@link finishCsv}
 * (a copy) or {@link finishCsvInPlace} (a view, then {@link startNextCsv} for the next file in
 * the same buffer); {@link writeCsv} does it for one file.
 */
export interface CsvWriter {
  out: Uint8Array;
  readonly encoding: Encoding;
  /** Where the current file (its BOM or header line) starts in `out`. */
  start: number;
  at: number;
  /** What the last {@link writeField} found: as {@link highestUnit} (ASCII text gives 0). */
  fieldTop: number;
  /** The first character of the current file its encoding cannot hold, or null. */
  unencodable: string | null;
}

/**
 * The bytes of one registration file in the chosen encoding (BOM included for 'utf-8-bom').
 * Deterministic: the same records and options always give the same bytes.
 *
 * Throws only on a broken invariant: a record validation should have blocked, or a character
 * the encoding cannot hold (validation reports `not_encodable` first).
 *
 * @example
 * ```ts
 * writeCsv([['', 'Voorbeeld', 'Zoë', '01012000', '']], { encoding: 'windows-1252' });
 * // bytes of 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n,Voorbeeld,Zo\xEB,01012000,\r\n'
 * ```
 */
export function writeCsv(records: readonly CsvRecord[], options: CsvWriteOptions): Uint8Array {
  // The same bytes and errors as encodeText(formatCsv(records), encoding), in one pass over the
  // fields that checks and encodes them into a buffer large enough for any content, then one
  // copy of the exact bytes: no file text is joined, and each field is read once instead of
  // three times (assert, size, write). The 95,000 ready benchmark records in files of 100 took
  // ~88 ms through formatCsv + encodeText, ~36 ms with separate sizing and writing passes,
  // ~24 ms like this.
  let capacity = 0;
  for (const record of records) capacity += mostBytes(record);
  const w = startCsv(options.encoding, capacity);
  for (const record of records) appendCsvRecord(w, record);
  return finishCsv(w);
}

/**
 * A new file with its BOM (for 'utf-8-bom') and header line, with room for `recordBytes` more
 * bytes (it grows when records need more).
 *
 * @example
 * ```ts
 * const w = startCsv('utf-8', 0);
 * appendCsvRecord(w, ['85073003328', '', '', '', '']);
 * finishCsv(w); // bytes of 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n85073003328,,,,\r\n'
 * ```
 */
export function startCsv(encoding: Encoding, recordBytes: number): CsvWriter {
  const w: CsvWriter = {
    out: new Uint8Array(headBytes(encoding) + recordBytes),
    encoding,
    start: 0,
    at: 0,
    fieldTop: 0,
    unencodable: null,
  };
  writeHead(w);
  return w;
}

/** The bytes before the first record: the BOM for 'utf-8-bom', and the header line. */
function headBytes(encoding: Encoding): number {
  return (encoding === 'utf-8-bom' ? UTF8_BOM.length : 0) + HEADER_LINE_BYTES.length;
}

/** Writes the BOM (for 'utf-8-bom') and the header line at `w.at`; the room is reserved. */
function writeHead(w: CsvWriter): void {
  if (w.encoding === 'utf-8-bom') {
    w.out.set(UTF8_BOM, w.at);
    w.at += UTF8_BOM.length;
  }
  w.out.set(HEADER_LINE_BYTES, w.at);
  w.at += HEADER_LINE_BYTES.length;
}

/**
 * Starts the next file in `w`'s buffer, after the one {@link finishCsvInPlace} returned: planExport
 * writes every part into a few shared buffers instead of one buffer per file (at 1,000,000 rows
 * 10,000 files, each a buffer of its own the garbage collector had to account for, plus a copy
 * of every byte). The file starts at a multiple of 4 bytes, so hashing it reads whole words.
 *
 * @example
 * ```ts
 * const w = startCsv('utf-8', 0);
 * appendCsvRecord(w, ['85073003328', '', '', '', '']);
 * const first = finishCsvInPlace(w);
 * startNextCsv(w);
 * finishCsvInPlace(w); // bytes of 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n' only; `first` unchanged
 * ```
 */
export function startNextCsv(w: CsvWriter): void {
  w.at = (w.at + 3) & ~3;
  w.start = w.at;
  w.fieldTop = 0;
  w.unencodable = null;
  reserve(w, headBytes(w.encoding));
  writeHead(w);
}

/**
 * Checks `record` as {@link assertCsvRecord} does and appends its line; throws when a check fails.
 * A character the encoding cannot hold is remembered and thrown by {@link finishCsv}, as
 * encodeText(formatCsv(records)) asserts every record before encoding any.
 */
export function appendCsvRecord(w: CsvWriter, record: CsvRecord): void {
  reserve(w, mostBytes(record));
  writeRecord(w, record);
}

/**
 * Appends the line of a row validation found ready (validateEachReady), without asserting again
 * what validation guarantees (trimmed, NFC, no formula prefix, the INSZ and date digits, an
 * identity): planExport checked each row once, in validateRegistrations, and
 * test/core/planExport.equivalence.test.ts holds its files to writeCsv's, which asserts them all
 * (issue #11: no validation work twice). The INSZ is written from its digits (see ReadyRow: no
 * compact string is made for it). A structure-breaking character is still refused: the copy's
 * own scan finds it at no cost, and a file that splits wrongly is the one failure no reader could
 * notice.
 *
 * @example
 * ```ts
 * const w = startCsv('utf-8', 0);
 * appendReadyRow(w, { inszFirst9: 850730033, inszLast2: 28, naam: '', voornaam: '', geboortedatum: '', postcode: '' });
 * finishCsv(w); // bytes of 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n85073003328,,,,\r\n'
 * ```
 */
export function appendReadyRow(w: CsvWriter, ready: ReadyRow): void {
  const { naam, voornaam, geboortedatum, postcode } = ready;
  const units = INSZ_DIGITS + naam.length + voornaam.length + geboortedatum.length + postcode.length;
  reserve(w, units * MAX_BYTES_PER_UNIT + SEPARATORS_AND_LINE_END);
  if (ready.inszFirst9 >= 0) writeInszDigits(w, ready.inszFirst9, ready.inszLast2);
  w.out[w.at++] = COMMA;
  writeReadyField(w, naam, 1);
  w.out[w.at++] = COMMA;
  writeReadyField(w, voornaam, 2);
  w.out[w.at++] = COMMA;
  writeReadyField(w, geboortedatum, 3);
  w.out[w.at++] = COMMA;
  writeReadyField(w, postcode, 4);
  w.out[w.at++] = CR;
  w.out[w.at++] = LF;
}

/** Digits in a compact INSZ. */
const INSZ_DIGITS = 11;

/** Writes the 11 ASCII digits of the INSZ with digits 1-9 `first9` and 10-11 `last2`. */
function writeInszDigits(w: CsvWriter, first9: number, last2: number): void {
  const out = w.out;
  // first9 < 10^9 < 2^31: `| 0` is an exact integer division here.
  let rest = first9;
  for (let i = 8; i >= 0; i--) {
    out[w.at + i] = CHAR_0 + (rest % 10);
    rest = (rest / 10) | 0;
  }
  out[w.at + 9] = CHAR_0 + ((last2 / 10) | 0);
  out[w.at + 10] = CHAR_0 + (last2 % 10);
  w.at += INSZ_DIGITS;
}

/** {@link writeField} for field `i` of a ready row; throws for a structure-breaking character. */
function writeReadyField(w: CsvWriter, text: string, i: number): void {
  writeField(w, text);
  if (w.fieldTop === BREAKS_STRUCTURE) {
    failRecord(`${columnName(i)} holds a separator, quote or control character`);
  }
}

/** The exact bytes of the current file, a copy; throws for a character its encoding cannot hold. */
export function finishCsv(w: CsvWriter): Uint8Array {
  checkEncodable(w);
  return w.out.slice(w.start, w.at);
}

/**
 * The exact bytes of the current file as a view into `w`'s buffer (no copy), which later files
 * never overwrite: {@link startNextCsv} writes after it, and a full buffer is replaced, not
 * reused. Throws for a character the encoding cannot hold.
 */
export function finishCsvInPlace(w: CsvWriter): Uint8Array {
  checkEncodable(w);
  return w.out.subarray(w.start, w.at);
}

function checkEncodable(w: CsvWriter): void {
  // The header and separators are ASCII, so the first character a field cannot hold is the
  // first one of the whole text.
  if (w.unencodable !== null) throw unencodableError(w.unencodable, w.encoding);
}

/** Largest buffer {@link reserve} starts while doubling: 1 MiB, about 330 files of 99 records. */
const MAX_GROWN_BUFFER = 1 << 20;

/**
 * Makes room for `need` more bytes: when they may not fit, the current file moves to a new buffer
 * (twice the size, up to {@link MAX_GROWN_BUFFER} unless one file needs more). Only the current
 * file is copied: the files before it stay where their views point.
 */
function reserve(w: CsvWriter, need: number): void {
  if (w.at + need <= w.out.length) return;
  const current = w.at - w.start;
  const grown = new Uint8Array(Math.max(Math.min(w.out.length * 2, MAX_GROWN_BUFFER), current + need));
  grown.set(w.out.subarray(w.start, w.at));
  w.out = grown;
  w.start = 0;
  w.at = current;
}

/** An upper bound of the bytes `record`'s line takes (0 for a record that is no array). */
function mostBytes(record: CsvRecord): number {
  if (!Array.isArray(record)) return 0;
  let units = 0;
  for (const value of record as readonly unknown[]) {
    if (typeof value === 'string') units += value.length;
  }
  return units * MAX_BYTES_PER_UNIT + SEPARATORS_AND_LINE_END;
}

/** {@link assertCsvRecord} on `record` while writing its line at `w.at`. */
function writeRecord(w: CsvWriter, record: CsvRecord): void {
  checkShape(record);
  const out = w.out;
  for (let i = 0; i < REGISTRATION_COLUMNS.length; i++) {
    if (i > 0) out[w.at++] = COMMA;
    const value: unknown = record[i];
    if (isHole(record, i, value)) continue;
    const text = value as string;
    writeField(w, text);
    checkField(text, i, w.fieldTop);
  }
  out[w.at++] = CR;
  out[w.at++] = LF;
  checkIdentity(record);
}

/**
 * Writes `value` at `w.at` and sets `w.fieldTop`. ASCII (all but a few names) is checked and
 * copied unit by unit; a field with another character is handed to highestUnit and encoding.ts.
 * After a structure-breaking unit or an unencodable character the bytes are left unfinished:
 * writeCsv throws before returning them.
 */
function writeField(w: CsvWriter, value: string): void {
  const out = w.out;
  const start = w.at;
  let o = start;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) {
      writeOtherField(w, value);
      return;
    }
    if (ASCII_BREAKS[c] === 1) {
      w.fieldTop = BREAKS_STRUCTURE;
      return;
    }
    out[o++] = c;
  }
  w.fieldTop = 0;
  w.at = o;
}

/** {@link writeField} for a field with a unit above ASCII: scanned again and encoded whole. */
function writeOtherField(w: CsvWriter, value: string): void {
  w.fieldTop = highestUnit(value);
  if (w.fieldTop === BREAKS_STRUCTURE) return;
  if (encodedLength(value, w.encoding) < 0) {
    if (w.unencodable === null) w.unencodable = findUnencodable(value, w.encoding);
    return;
  }
  w.at = writeEncoded(value, w.encoding, w.out, w.at);
}

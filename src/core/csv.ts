import { encodeText } from './encoding';
import { REGISTRATION_COLUMNS, REGISTRATION_HEADERS } from './types';
import type { CsvRecord, Encoding } from './types';

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

// Characters that would break the naive comma/line split or need quoting in any CSV reader:
// the separator, `"`, `;` (Belgian Excel's list separator), C0 controls (CR, LF, tab, ...),
// DEL, C1 controls (incl. NEL U+0085) and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const STRUCTURE_BREAKING = /[,";\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const FORMULA_PREFIX = /^[=+\-@]/u;
const INSZ_COMPACT = /^[0-9]{11}$/u;
const DDMMYYYY = /^[0-9]{8}$/u;

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
  const fail = (why: string): never => {
    throw new Error(`CSV invariant broken: ${why} (validateRegistrations should have blocked this row)`);
  };
  if (!Array.isArray(record) || record.length !== REGISTRATION_COLUMNS.length) {
    fail(`a record has ${REGISTRATION_COLUMNS.length} fields`);
  }
  record.forEach((value, i) => {
    const column = REGISTRATION_COLUMNS[i] ?? String(i);
    if (typeof value !== 'string') fail(`${column} is not text`);
    if (STRUCTURE_BREAKING.test(value)) fail(`${column} holds a separator, quote or control character`);
    if (value !== value.trim()) fail(`${column} has leading or trailing whitespace`);
    if (value !== value.normalize('NFC')) fail(`${column} is not in Unicode NFC`);
    if (FORMULA_PREFIX.test(value)) fail(`${column} starts with a formula prefix`);
  });
  const [insz, naam, , geboortedatum] = record;
  if (insz !== '' && !INSZ_COMPACT.test(insz)) fail('INSZ is not 11 bare digits');
  if (geboortedatum !== '' && !DDMMYYYY.test(geboortedatum)) fail('Geboortedatum is not ddmmyyyy');
  if (insz === '' && (naam === '' || geboortedatum === '')) fail('neither INSZ nor Naam + Geboortedatum');
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
  const lines = [CSV_HEADER];
  for (const record of records) {
    assertCsvRecord(record);
    lines.push(record.join(CSV_SEPARATOR));
  }
  return lines.map((line) => line + CSV_LINE_END).join('');
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
  return encodeText(formatCsv(records), options.encoding);
}

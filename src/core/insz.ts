import { daysInMonth } from './calendar';

/**
 * INSZ (identificatienummer van de sociale zekerheid): a national register number (NN,
 * rijksregisternummer) or a BIS number, checked by the policy of the federal SSIN validator
 * (SPEC: "INSZ rules").
 *
 * validateInsz runs once per row and per keystroke-driven re-check, on sheets of many thousands
 * of rows, so it is written as a single pass over char codes with integer arithmetic: no regex,
 * no BigInt, no intermediate strings on the common path, and Unicode normalisation only when the
 * input actually holds a non-ASCII character (NFKC is the identity on ASCII).
 */

/** The INSZ issue codes of SPEC's table, in the order validateInsz checks them. */
export type InszErrorCode =
  'insz_characters' | 'insz_length' | 'insz_month' | 'insz_checksum' | 'insz_serial' | 'insz_date';

/**
 * The birth date an INSZ holds. `month` is absent when only the year is known (month 00),
 * `day` when only year and month are known (day 00).
 */
export interface InszBirthDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Outcome of {@link validateInsz}. A valid number gives its 11-digit `compact` form, whether it
 * is a national number (`nn`) or a BIS number (`bis`), the birth date it holds and, when the
 * number encodes it, the sex (absent for BIS numbers with month + 20).
 */
export type InszResult =
  | { valid: true; compact: string; kind: 'nn' | 'bis'; birthDate: InszBirthDate; sex?: 'M' | 'F' }
  | { valid: false; code: InszErrorCode };

/** Failures carry no data, so they are shared frozen objects: a failing call allocates nothing. */
const fail = (code: InszErrorCode): InszResult => Object.freeze({ valid: false, code });
const FAILURES: Readonly<Record<InszErrorCode, InszResult>> = {
  insz_characters: fail('insz_characters'),
  insz_length: fail('insz_length'),
  insz_month: fail('insz_month'),
  insz_checksum: fail('insz_checksum'),
  insz_serial: fail('insz_serial'),
  insz_date: fail('insz_date'),
};

/**
 * SPEC: for people born from 2000 on, N = 2000000000 + the first 9 digits. Only N mod 97 matters,
 * so the 2000 form is (first9 mod 97 + 68) mod 97. Because 2000000000 mod 97 = 68 is not 0, the
 * two forms always ask for different check digits: at most one can match, and it gives the century.
 */
const CENTURY_2000_OFFSET_MOD_97 = 2_000_000_000 % 97;

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_SPACE = 32;
const CHAR_DOT = 46;
const CHAR_HYPHEN = 45;

/** ASCII whitespace that String.prototype.trim removes: TAB, LF, VT, FF, CR and SPACE. */
const isAsciiTrimmable = (c: number): boolean => c === CHAR_SPACE || (c >= 9 && c <= 13);

/** Returned by {@link scan} when it meets a non-ASCII character in text not yet NFKC-normalised. */
const NEEDS_NFKC = -1;
/** Returned by {@link scan} for a character that is neither a digit nor a separator. */
const BAD_CHARACTER = -2;

/**
 * What the last {@link scan} found. readInsz reads it right after scanning, synchronously
 * and with no callback in between, so one module-level record is safe and spares an allocation
 * per call.
 */
const scanned = { first9: 0, check: 0, start: 0, end: 0, separated: false };

/**
 * One pass over `text`: skips ASCII whitespace at both ends (the trim), skips the separators
 * `.` `-` and space inside, and folds the digits into `scanned.first9` (digits 1-9) and
 * `scanned.check` (digits 10-11). Returns the number of digits, {@link BAD_CHARACTER}, or
 * {@link NEEDS_NFKC} when `normalised` is false and a character above U+007F is met.
 */
function scan(text: string, normalised: boolean): number {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isAsciiTrimmable(text.charCodeAt(end - 1))) end--;

  let count = 0;
  let first9 = 0;
  let check = 0;
  let separated = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= CHAR_0 && c <= CHAR_9) {
      if (count < 9) first9 = first9 * 10 + (c - CHAR_0);
      else if (count < 11) check = check * 10 + (c - CHAR_0);
      count++;
    } else if (c === CHAR_SPACE || c === CHAR_DOT || c === CHAR_HYPHEN) {
      separated = true;
    } else if (c > 0x7f && !normalised) {
      return NEEDS_NFKC;
    } else {
      // Any other character, including one NFKC left non-ASCII (Arabic-Indic digits, U+2010
      // hyphen, zero-width space): SPEC allows only digits and `. - space`. Unless a non-ASCII
      // character follows: NFKC + trim could still make this one an edge (`0\r\u00a0` trims to
      // `0`), so that input must be judged in normalised form.
      if (!normalised) {
        for (let j = i + 1; j < end; j++) if (text.charCodeAt(j) > 0x7f) return NEEDS_NFKC;
      }
      return BAD_CHARACTER;
    }
  }
  scanned.first9 = first9;
  scanned.check = check;
  scanned.start = start;
  scanned.end = end;
  scanned.separated = separated;
  return count;
}

/**
 * The compact INSZ (11 digits) of `first9` (digits 1-9) and `check` (digits 10-11), as readInsz
 * reads them: one allocation, where joining shared digit-group strings ('850' + '730' + '933' +
 * '01') allocated two intermediate strings per number (~1.4 MB of garbage per 100,000 benchmark
 * rows). Not free either (~0.2-0.4 µs: String.fromCharCode of 11 arguments is not inlined), so
 * validation makes none: planExport writes the digits (csv.ts appendReadyRow).
 *
 * @example
 * ```ts
 * compactInszFromDigits(850730033, 28); // '85073003328'
 * compactInszFromDigits(12345678, 9); // '01234567809'
 * ```
 */
export function compactInszFromDigits(first9: number, check: number): string {
  return String.fromCharCode(
    CHAR_0 + ((first9 / 100_000_000) | 0),
    CHAR_0 + (((first9 / 10_000_000) | 0) % 10),
    CHAR_0 + (((first9 / 1_000_000) | 0) % 10),
    CHAR_0 + (((first9 / 100_000) | 0) % 10),
    CHAR_0 + (((first9 / 10_000) | 0) % 10),
    CHAR_0 + (((first9 / 1000) | 0) % 10),
    CHAR_0 + (((first9 / 100) | 0) % 10),
    CHAR_0 + (((first9 / 10) | 0) % 10),
    CHAR_0 + (first9 % 10),
    CHAR_0 + ((check / 10) | 0),
    CHAR_0 + (check % 10),
  );
}

/** Scratch record of {@link validateInsz}: read right after readInsz fills it, never kept. */
const fields: InszFields = { compact: '', first9: 0, check: 0, mm: 0, year: 0, month: 0, day: 0 };

/**
 * Normalises raw INSZ input as SPEC prescribes: Unicode NFKC (so fullwidth `８５` becomes `85`
 * and a no-break space becomes a space), trim outer whitespace, remove the separators `.` `-`
 * and space. Other characters are kept, so the result is not necessarily 11 digits.
 *
 * @example
 * ```ts
 * normalizeInsz(' 85.07.30-933.01\u00a0'); // '85073093301'
 * normalizeInsz('８５０７３０ ９３３０１'); // '85073093301'
 * ```
 */
export function normalizeInsz(raw: string): string {
  const text = raw.normalize('NFKC').trim();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== CHAR_SPACE && c !== CHAR_DOT && c !== CHAR_HYPHEN) out += text[i];
  }
  return out;
}

/**
 * Validates an INSZ (national number or BIS number) by SPEC's "INSZ rules", judging the birth
 * date against `options.today` as the user's calendar date (local getters, see
 * calendar.ts calendarDateOf). Never throws for any input text.
 *
 * Checks run in this order and the first failure is the code returned:
 * 1. `insz_characters`: after NFKC and trim, a character other than an ASCII digit or a
 *    separator `.` `-` space. First, so `85O73093301` (letter O) says "character", not "length".
 * 2. `insz_length`: not exactly 11 digits. Every later check reads digits by position.
 * 3. `insz_month`: month digits not in 00-12, 20-32, 40-52. Needs no century, and names the
 *    exact wrong digits where a checksum failure would only say "some digit".
 * 4. `insz_checksum`: the check digits match neither the 19xx form (N = first 9 digits) nor the
 *    20xx form (N = 2000000000 + first 9 digits), with CC = 97 - (N mod 97), so 00, 98 and 99
 *    never match. Before serial and date because a failing checksum means an unknown digit is
 *    wrong (blaming the serial or the date could point at the wrong place), and because only
 *    the matching form tells the century the date check needs (29/02/00 exists in 2000, not 1900).
 * 5. `insz_serial`: a national number (month 00-12) with serial 000 or 999, never issued.
 *    BIS numbers are not restricted (SPEC names the rule for national numbers only).
 * 6. `insz_date`: with the century known, day 00 of a known month means "day unknown" and month
 *    00 (also 20 and 40) means "only the year known" with any day digits; otherwise the date
 *    must exist. The known part must not lie after today: a full date after today, a year-month
 *    after today's year-month, a year after today's year. Last, as the only check that depends
 *    on `today`.
 *
 * Sex: national number and BIS + 40, odd serial = M, even = F; BIS + 20: unknown (no `sex`).
 *
 * Throws a RangeError only when `options.today` is an invalid Date, a broken invariant of the
 * caller (ARCHITECTURE: "throw is for broken invariants only").
 *
 * @example
 * ```ts
 * const today = new Date(2026, 5, 15);
 * validateInsz('85.07.30-933.01', { today });
 * // { valid: true, compact: '85073093301', kind: 'nn', sex: 'M',
 * //   birthDate: { year: 1985, month: 7, day: 30 } }
 * validateInsz('85073093302', { today }); // { valid: false, code: 'insz_checksum' }
 * ```
 */
export function validateInsz(raw: string, options: { today: Date }): InszResult {
  const today = options.today;
  // The getters are read before the checks, the RangeError for an invalid Date is still only
  // thrown once a number reaches the date check (readInsz), as before.
  const code = readInsz(raw, today.getFullYear(), today.getMonth() + 1, today.getDate(), fields);
  if (code !== null) return FAILURES[code];
  const { year, month, day, mm, first9 } = fields;
  const birthDate: InszBirthDate =
    month === 0 ? { year } : day === 0 ? { year, month } : { year, month, day };
  const compact = fields.compact;
  const kind = mm <= 12 ? 'nn' : 'bis';
  // BIS + 20 (months 20-32): the sex was not known when the number was given.
  if (mm >= 20 && mm < 40) return { valid: true, compact, kind, birthDate };
  return { valid: true, compact, kind, birthDate, sex: (first9 % 1000) % 2 === 1 ? 'M' : 'F' };
}

/**
 * What {@link readInsz} found in a valid INSZ: plain numbers instead of validateInsz's result
 * objects, so a caller that checks many numbers (validateRegistrations) allocates nothing but the
 * compact string, and only when the input held separators.
 */
export interface InszFields {
  /** The 11 bare digits, as validateInsz's `compact`. */
  compact: string;
  /** Digits 1-9 and 10-11 as integers: `first9 * 100 + check` is the number the 11 digits spell. */
  first9: number;
  check: number;
  /** The month digits as written (00-12 national number, 20-32 and 40-52 BIS). */
  mm: number;
  /** The birth date the number holds; `month` 0 = only the year known, `day` 0 = day unknown. */
  year: number;
  month: number;
  day: number;
}

/**
 * validateInsz without the result objects (internal to core; exported for validateRegistrations
 * and its tests): the same checks in the same order, against "today" as calendar fields (NaN
 * fields = an invalid Date, which throws the same RangeError at the same point). Returns null and
 * fills `out` when the number is valid, the error code otherwise (then `out` is unspecified).
 * `withCompact` false leaves `out.compact` '': a check that writes no file needs only the numbers,
 * and typed with separators the compact form is a new string (issue #11: none per row unless a
 * record is wanted).
 * validateInsz is a thin wrapper around it, so the two cannot disagree.
 *
 * validateInsz allocates a result and a birth-date object per valid number; validateRegistrations
 * reads the fields instead (and keys duplicates on `first9 * 100 + check`, no string to parse):
 * two objects fewer per INSZ row, 100,000 per run on the 100,000 benchmark rows.
 *
 * @example
 * ```ts
 * const out: InszFields = { compact: '', first9: 0, check: 0, mm: 0, year: 0, month: 0, day: 0 };
 * readInsz('85.07.30-933.01', 2026, 6, 15, out); // null; out.compact '85073093301', out.year 1985
 * readInsz('85073093302', 2026, 6, 15, out); // 'insz_checksum'
 * ```
 */
export function readInsz(
  raw: string,
  todayYear: number,
  todayMonth: number,
  todayDay: number,
  out: InszFields,
  withCompact = true,
): InszErrorCode | null {
  let text = raw;
  let count = scan(text, false);
  if (count === NEEDS_NFKC) {
    text = raw.normalize('NFKC').trim();
    count = scan(text, true);
  }
  if (count === BAD_CHARACTER) return 'insz_characters';
  if (count !== 11) return 'insz_length';

  const { first9, check } = scanned;
  // first9 < 10^9 < 2^31, so `| 0` is an exact integer division here.
  const yy = (first9 / 10_000_000) | 0;
  const mm = ((first9 / 100_000) | 0) % 100;
  const dd = ((first9 / 1000) | 0) % 100;
  const serial = first9 % 1000;

  // 00-12 national number; 20-32 BIS, sex unknown; 40-52 BIS, sex known.
  if (mm > 52 || (mm > 12 && mm < 20) || (mm > 32 && mm < 40)) return 'insz_month';

  const remainder = first9 % 97;
  let year: number;
  if (check === 97 - remainder) year = 1900 + yy;
  else if (check === 97 - ((remainder + CENTURY_2000_OFFSET_MOD_97) % 97)) year = 2000 + yy;
  else return 'insz_checksum';

  if (mm <= 12 && (serial === 0 || serial === 999)) return 'insz_serial';

  if (Number.isNaN(todayYear)) throw new RangeError('validateInsz: options.today is an invalid Date');

  // SPEC: "The real month is MM mod 20" (20 and 40 give 0: month unknown, like NN 00).
  const month = mm % 20;
  let day = 0;
  if (month === 0) {
    if (year > todayYear) return 'insz_date';
  } else if (dd === 0) {
    if (year * 100 + month > todayYear * 100 + todayMonth) return 'insz_date';
  } else {
    if (dd > daysInMonth(year, month)) return 'insz_date';
    if (year * 10000 + month * 100 + dd > todayYear * 10000 + todayMonth * 100 + todayDay) return 'insz_date';
    day = dd;
  }

  const { start, end, separated } = scanned;
  // Unseparated input is already the compact form (or a slice of it, after trimming); typed
  // with separators, it is rebuilt from the numbers.
  out.compact = !withCompact ? '' : separated ? compactInszFromDigits(first9, check) : text.slice(start, end);
  out.first9 = first9;
  out.check = check;
  out.mm = mm;
  out.year = year;
  out.month = month;
  out.day = day;
  return null;
}

/**
 * The display form `YY.MM.DD-SSS.CC` (SPEC: "Display form"). Accepts anything
 * {@link normalizeInsz} turns into 11 ASCII digits; any other input is returned unchanged, so
 * formatting never disguises a malformed value as a well-formed one. It does not validate:
 * call {@link validateInsz} for that.
 *
 * @example
 * ```ts
 * formatInsz('85073093301'); // '85.07.30-933.01'
 * formatInsz('8507309330'); // '8507309330'  (10 digits: unchanged)
 * ```
 */
export function formatInsz(compact: string): string {
  const c = normalizeInsz(compact);
  if (c.length !== 11) return compact;
  for (let i = 0; i < 11; i++) {
    const code = c.charCodeAt(i);
    if (code < CHAR_0 || code > CHAR_9) return compact;
  }
  return `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}-${c.slice(6, 9)}.${c.slice(9)}`;
}

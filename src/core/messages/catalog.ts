import type { IssueCode, IssueParamsOf, Severity } from '../issueCodes';
import {
  ENCODINGS,
  REGISTRATION_COLUMNS,
  type BatchField,
  type Encoding,
  type Issue,
  type RegistrationColumn,
} from '../types';

/**
 * What every language file provides (nl.ts, fr.ts, en.ts), and the small helpers they share.
 * Modelled on zod's locale catalogs: one file per language, one exhaustive `switch` over the codes,
 * texts rendered from code + params, never stored in the issue.
 */

/**
 * A column of the registration file or a field of the batch sheet.
 *
 * @example
 * ```ts
 * const columns: ColumnOrField[] = ['geboortedatum', 'datumToediening'];
 * ```
 */
export type ColumnOrField = RegistrationColumn | BatchField;

/**
 * Read access to an issue's params, forgiving absent ones: a message never shows `undefined`.
 * Only the parameter names of the issue's code can be read (`P` is its entry in
 * IssueParamsByCode): a message reading a parameter its code does not carry does not compile.
 * The readers are properties, not methods, so TypeScript checks their parameter strictly.
 *
 * @example
 * ```ts
 * const p = readParams<IssueParamsOf<'duplicate_person'>>({ firstRow: 12 });
 * p.text('firstRow'); // '12'
 * p.text('row'); // does not compile
 * ```
 */
export interface Params<P extends object = object> {
  /** The param as text, or undefined when it is absent or empty. */
  readonly text: (name: keyof P & string) => string | undefined;
  /** The param as a finite number, or undefined when it is absent or not a number. */
  readonly count: (name: keyof P & string) => number | undefined;
}

/**
 * The arguments of a catalog's `issue`: code, params typed for that code, column. A union of
 * tuples, so a `switch (code)` narrows `p` to the code's parameters.
 */
export type IssueArgs = {
  [C in IssueCode]: [code: C, p: Params<IssueParamsOf<C>>, column: Issue['column']];
}[IssueCode];

/**
 * One language's catalog.
 *
 * @example
 * ```ts
 * const catalog: Catalog = nl;
 * catalog.issue('birthdate_future', readParams({}), 'geboortedatum');
 * ```
 */
export interface Catalog {
  /** The message for an issue: what went wrong and what to do, one or two sentences. */
  issue(...args: IssueArgs): string;
  columns: Readonly<Record<ColumnOrField, string>>;
  severities: Readonly<Record<Severity, string>>;
  encodings: Readonly<Record<Encoding, string>>;
}

/**
 * Makes a missing case in an exhaustive `switch` a compile error (and a loud one at run time).
 *
 * @example
 * ```ts
 * switch (code) {
 *   // ...one case per IssueCode...
 *   default:
 *     return assertNever(code); // does not compile while a code has no case
 * }
 * ```
 */
export function assertNever(value: never): never {
  throw new Error(`messages: unhandled case ${String(value)}`);
}

/**
 * Wraps issue params for the catalogs.
 *
 * @example
 * ```ts
 * readParams({ rows: 250 }).count('rows'); // 250
 * readParams({}).text('char'); // undefined
 * ```
 */
export function readParams<P extends object>(params: P): Params<P> {
  const valueOf = (name: keyof P & string): unknown => (params as Readonly<Record<string, unknown>>)[name];
  return {
    text(name) {
      const value = valueOf(name);
      if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
      // Not trimmed: a `char` param may be a tab or a no-break space, which is the whole point.
      return typeof value === 'string' && value !== '' ? value : undefined;
    },
    count(name) {
      const value = valueOf(name);
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    },
  };
}

/**
 * True for a registration-file column (as opposed to a batch field).
 *
 * @example
 * ```ts
 * isRegistrationColumn('naam'); // true
 * isRegistrationColumn('dosis'); // false
 * ```
 */
export const isRegistrationColumn = (column: ColumnOrField): column is RegistrationColumn =>
  (REGISTRATION_COLUMNS as readonly string[]).includes(column);

/**
 * A date param as Belgians read it, `dd/mm/yyyy`. Params hold dates as ISO `YYYY-MM-DD` (batch
 * dates) or `ddmmyyyy` (birth dates); anything else is shown as it is.
 *
 * @example
 * ```ts
 * displayDate('2026-11-28'); // '28/11/2026'
 * displayDate('30071985'); // '30/07/1985'
 * ```
 */
export function displayDate(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (compact) return `${compact[1]}/${compact[2]}/${compact[3]}`;
  return value;
}

/**
 * An `encoding` param by its label in a catalog (`windows-1252` -> `Windows-1252`), anything else
 * as given. Absent: Windows-1252, the only encoding that can fail to hold a character (SPEC
 * not_encodable: "Windows-1252 only"), so producers need not send it.
 *
 * @example
 * ```ts
 * encodingNameIn(nl.encodings, 'utf-8'); // 'UTF-8 zonder BOM'
 * encodingNameIn(nl.encodings, undefined); // 'Windows-1252'
 * ```
 */
export function encodingNameIn(encodings: Catalog['encodings'], value: string | undefined): string {
  if (value === undefined) return encodings['windows-1252'];
  const known = ENCODINGS.find((encoding) => encoding === value);
  return known === undefined ? value : encodings[known];
}

/**
 * How a language names characters (article included: "een komma (,)", "une virgule (,)").
 *
 * @example
 * ```ts
 * const words: CharacterWords = {
 *   named: { [NAMED_CODE_POINTS.comma]: 'a comma (,)' },
 *   invisible: (label) => `an invisible character (${label})`,
 *   visible: (char) => `the character “${char}”`,
 * };
 * ```
 */
export interface CharacterWords {
  /** Names of characters people know by name, by code point. */
  named: Readonly<Record<number, string>>;
  /** Any other invisible character, given its `U+XXXX` label. */
  invisible(label: string): string;
  /** Any other visible character, given the character. */
  visible(char: string): string;
}

/**
 * Common names: separators, quotes and the invisible characters users actually paste in.
 *
 * @example
 * ```ts
 * NAMED_CODE_POINTS.noBreakSpace; // 0xa0
 * ```
 */
export const NAMED_CODE_POINTS = {
  tab: 0x09,
  lineFeed: 0x0a,
  carriageReturn: 0x0d,
  space: 0x20,
  quote: 0x22,
  comma: 0x2c,
  semicolon: 0x3b,
  noBreakSpace: 0xa0,
  softHyphen: 0xad,
  zeroWidthSpace: 0x200b,
  zeroWidthNonJoiner: 0x200c,
  zeroWidthJoiner: 0x200d,
  lineSeparator: 0x2028,
  paragraphSeparator: 0x2029,
  byteOrderMark: 0xfeff,
} as const;

const LABEL = /^U\+([0-9A-Fa-f]{4,6})$/;

/**
 * Describes a `char` param for a care worker. Params hold either the character itself or its
 * `U+XXXX` label (textChecks' codePointLabel, used for invisible characters); both work. A
 * character with a name gets its name, another invisible one its label, a visible one is quoted.
 *
 * @example
 * ```ts
 * describeCharacter('U+000A', words); // e.g. 'a line break'
 * describeCharacter('\u2060', words); // 'an invisible character (U+2060)'
 * describeCharacter('ő', words); // 'the character “ő”'
 * ```
 */
export function describeCharacter(raw: string, words: CharacterWords): string {
  const label = LABEL.exec(raw);
  const codePoint = label
    ? Number.parseInt(label[1] ?? '', 16)
    : [...raw].length === 1
      ? raw.codePointAt(0)
      : undefined;
  if (codePoint === undefined || codePoint > 0x10ffff) return words.visible(raw);
  const named = words.named[codePoint];
  if (named !== undefined) return named;
  const char = String.fromCodePoint(codePoint);
  if (/^[\p{C}\p{Z}]$/u.test(char)) {
    return words.invisible(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return words.visible(char);
}

import { FIX_KIND_OF_CODE } from './fixes';

/**
 * The issue codes of SPEC.md ("Issues: codes, severity, and what each does to the export").
 * They are part of the product's contract: stable snake_case, never renamed. Texts live in the
 * message catalogs (`messages/*.ts`), never in the issue.
 *
 * @example
 * ```ts
 * ISSUE_SEVERITY.insz_checksum; // 'error'
 * FIXABLE_CODES.has('whitespace_edge'); // true
 * ```
 */
export const REGISTRATION_ISSUE_CODES = [
  'identity_missing',
  // Ours, not SPEC's (issue #10): first of a cell's findings, since it says what the cell holds.
  'cell_not_text',
  'insz_characters',
  'insz_length',
  'insz_checksum',
  'insz_month',
  'insz_date',
  'insz_serial',
  'insz_leading_zero_lost',
  'birthdate_format',
  'birthdate_invalid',
  'birthdate_future',
  'birthdate_leading_zero_lost',
  'birthdate_is_date',
  'birthdate_after_administration',
  'birthdate_before_1900',
  'birthdate_insz_mismatch',
  'firstname_missing',
  'postcode_format',
  'whitespace_edge',
  'control_character',
  'separator_or_quote',
  'formula_prefix',
  'cell_error',
  'not_encodable',
  'duplicate_person',
  'duplicate_across_batches',
  'rows_over_limit',
  'header_mismatch',
  // Ours, not SPEC's (issue #10): cells of the data that hold formulas or spilled array values.
  'formula_value',
] as const;

/**
 * Codes for the batch fields (batch-metadata sheet) and the export settings. SPEC names the
 * rules but no codes for them; these are ours, equally stable.
 */
export const BATCH_ISSUE_CODES = [
  'batch_required',
  'batch_insz',
  'batch_yes_no',
  'batch_date_invalid',
  'batch_date_future',
  'batch_dose',
  'batch_list_value',
  'batch_text',
  'settings_encoding',
  'settings_max_rows',
] as const;

/**
 * Codes for the batch fields of one row of a day's register (SPEC "A day's register"): the batch
 * rules of {@link BATCH_ISSUE_CODES} found on a register row block that row only (never the whole
 * sheet), so they are codes of their own, with messages that point at the row's cell rather than
 * the batch sheet. `register_near_duplicate`: two groups whose keys differ only by case, spaces or
 * punctuation in a free-text field; a warning with a fix that unifies the spelling.
 */
export const REGISTER_ISSUE_CODES = [
  'register_field_required',
  'register_toediener_insz',
  'register_yes_no',
  'register_date_invalid',
  'register_date_future',
  'register_dose',
  'register_list_value',
  'register_text',
  'register_near_duplicate',
] as const;

export const ISSUE_CODES = [
  ...REGISTRATION_ISSUE_CODES,
  ...BATCH_ISSUE_CODES,
  ...REGISTER_ISSUE_CODES,
] as const;

export type RegistrationIssueCode = (typeof REGISTRATION_ISSUE_CODES)[number];
export type BatchIssueCode = (typeof BATCH_ISSUE_CODES)[number];
export type RegisterIssueCode = (typeof REGISTER_ISSUE_CODES)[number];
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * The parameters each issue code carries, by name and type: the one contract between the rules
 * that report an issue and the message catalogs that render it (`messages/*.ts`). `Issue` is typed
 * per code from this map, so a rule that sends a misspelt or missing parameter, and a message that
 * reads a parameter its code does not carry, both fail to compile. Optional (`?`) where a producer
 * may not know the value; the messages leave an absent parameter out gracefully.
 *
 * Conventions: `char` is the offending character itself, or its `U+XXXX` label for an invisible
 * one; `value` is the rejected cell value as shown to the user; dates are ISO `YYYY-MM-DD` (batch
 * dates) or `ddmmyyyy` (birth dates); row numbers are Excel rows.
 *
 * @example
 * ```ts
 * const p: IssueParamsOf<'duplicate_person'> = { firstRow: 12 };
 * ```
 */
export interface IssueParamsByCode {
  identity_missing: NoParams;
  /** The offending character; the messages name it when given (validateInsz does not say which). */
  insz_characters: { readonly char?: string };
  insz_length: NoParams;
  insz_checksum: NoParams;
  insz_month: NoParams;
  insz_date: NoParams;
  insz_serial: NoParams;
  insz_leading_zero_lost: NoParams;
  birthdate_format: NoParams;
  birthdate_invalid: NoParams;
  birthdate_future: NoParams;
  birthdate_leading_zero_lost: NoParams;
  birthdate_is_date: NoParams;
  /** The batch's administration date, `ddmmyyyy`. */
  birthdate_after_administration: { readonly administration: string };
  birthdate_before_1900: NoParams;
  /** The birth date the INSZ holds, `ddmmyyyy`. */
  birthdate_insz_mismatch: { readonly inszBirthDate: string };
  firstname_missing: NoParams;
  postcode_format: NoParams;
  whitespace_edge: NoParams;
  control_character: CharParams;
  separator_or_quote: CharParams;
  formula_prefix: CharParams;
  /** The Excel error shown in the cell (`#N/A`, `#REF!`...). */
  cell_error: { readonly value: string };
  /**
   * A number, date or boolean in Naam, Voornaam or Postcode: its kind, and the text Excel shows
   * for it (what the export writes and the fix stores as text).
   */
  cell_not_text: { readonly kind: 'number' | 'date' | 'boolean'; readonly text: string };
  /** `codePoint`: the character's `U+XXXX` label; `encoding`: the chosen export encoding. */
  not_encodable: { readonly char: string; readonly codePoint?: string; readonly encoding?: string };
  /** The Excel row where the same person was first seen in this batch. */
  duplicate_person: { readonly firstRow: number };
  /** Where the same person is in another batch. */
  duplicate_across_batches: {
    readonly batchId?: string;
    readonly sheetName?: string;
    readonly row?: number;
  };
  /** Ready rows, files the export makes, rows per file. */
  rows_over_limit: { readonly rows?: number; readonly files?: number; readonly limit?: number };
  /** The title row as found, titles joined by ` | `. */
  header_mismatch: { readonly found: string };
  /**
   * Where the data holds formulas and spilled arrays (A1 areas joined by `, `, `…` when cut short),
   * and how many formula cells there are.
   */
  formula_value: { readonly cells?: string; readonly count?: number; readonly spills?: string };
  batch_required: NoParams;
  /** `reason`: the INSZ rule that failed (an insz_* code). */
  batch_insz: { readonly reason: InszReason };
  batch_yes_no: ValueParams;
  batch_date_invalid: ValueParams;
  /** The future administration date, ISO `YYYY-MM-DD`. */
  batch_date_future: { readonly date: string };
  batch_dose: ValueParams;
  batch_list_value: ValueParams;
  batch_text: { readonly char?: string };
  settings_encoding: { readonly value: string };
  /** The rejected value and the allowed range. */
  settings_max_rows: { readonly value: string; readonly min: number; readonly max: number };
  // A day's register: the batch rules found on one row carry the batch rule's parameters.
  register_field_required: IssueParamsByCode['batch_required'];
  register_toediener_insz: IssueParamsByCode['batch_insz'];
  register_yes_no: IssueParamsByCode['batch_yes_no'];
  register_date_invalid: IssueParamsByCode['batch_date_invalid'];
  register_date_future: IssueParamsByCode['batch_date_future'];
  register_dose: IssueParamsByCode['batch_dose'];
  register_list_value: IssueParamsByCode['batch_list_value'];
  register_text: IssueParamsByCode['batch_text'];
  /** Its value, the kept spelling, and the kept group's first row. */
  register_near_duplicate: { readonly value: string; readonly other: string; readonly otherRow: number };
}

declare const NO_PARAMS: unique symbol;
/**
 * A code without parameters. Not `{}`: any object is assignable to `{}`, so a parameter sent with
 * such a code would go unnoticed; an object with only an optional (symbol) key is a "weak type",
 * and TypeScript rejects an object that shares no property with it. Its only key is a symbol, so
 * a message can read no parameter of such a code.
 */
export type NoParams = { readonly [NO_PARAMS]?: never };
/** The offending character (or its `U+XXXX` label). */
type CharParams = { readonly char: string };
/** The rejected value as shown, when there is one. */
type ValueParams = { readonly value?: string };
/** The INSZ rules a toediener INSZ can fail (validateInsz's codes). */
type InszReason = Extract<
  RegistrationIssueCode,
  | 'insz_characters'
  | 'insz_length'
  | 'insz_checksum'
  | 'insz_month'
  | 'insz_date'
  | 'insz_serial'
  | 'insz_leading_zero_lost'
>;

/** The parameters of one issue code (a code without an entry above does not compile here). */
export type IssueParamsOf<C extends IssueCode> = IssueParamsByCode[C];

/** `error` blocks the row from export, `warning` is exported but shown, `info` is shown only. */
export type Severity = 'error' | 'warning' | 'info';

/** Severity per code, exactly as SPEC's table (batch and settings problems always block). */
export const ISSUE_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  identity_missing: 'error',
  insz_characters: 'error',
  insz_length: 'error',
  insz_checksum: 'error',
  insz_month: 'error',
  insz_date: 'error',
  insz_serial: 'error',
  insz_leading_zero_lost: 'error',
  birthdate_format: 'error',
  birthdate_invalid: 'error',
  birthdate_future: 'error',
  birthdate_leading_zero_lost: 'error',
  birthdate_is_date: 'error',
  birthdate_after_administration: 'error',
  birthdate_before_1900: 'warning',
  birthdate_insz_mismatch: 'warning',
  firstname_missing: 'warning',
  postcode_format: 'warning',
  whitespace_edge: 'warning',
  control_character: 'error',
  separator_or_quote: 'error',
  formula_prefix: 'error',
  cell_error: 'error',
  cell_not_text: 'warning',
  not_encodable: 'error',
  duplicate_person: 'warning',
  duplicate_across_batches: 'warning',
  rows_over_limit: 'info',
  header_mismatch: 'error',
  formula_value: 'info',
  batch_required: 'error',
  batch_insz: 'error',
  batch_yes_no: 'error',
  batch_date_invalid: 'error',
  batch_date_future: 'error',
  batch_dose: 'error',
  batch_list_value: 'error',
  batch_text: 'error',
  settings_encoding: 'error',
  settings_max_rows: 'error',
  register_field_required: 'error',
  register_toediener_insz: 'error',
  register_yes_no: 'error',
  register_date_invalid: 'error',
  register_date_future: 'error',
  register_dose: 'error',
  register_list_value: 'error',
  register_text: 'error',
  register_near_duplicate: 'warning',
};

/**
 * Codes SPEC marks "fixable": core proposes the corrected text in `Issue.fix`. The codes that have
 * a kind of fix (fixes.ts FIX_KIND_OF_CODE, the one source).
 */
export const FIXABLE_CODES: ReadonlySet<IssueCode> = new Set(Object.keys(FIX_KIND_OF_CODE) as IssueCode[]);

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
  not_encodable: 'error',
  duplicate_person: 'warning',
  duplicate_across_batches: 'warning',
  rows_over_limit: 'info',
  header_mismatch: 'error',
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

/*
 * The names of the live highlights the add-in writes (issue #12: "the preview evaluates each
 * highlight through the core rule it mirrors, named, not by parsing formula text"). Every
 * conditional format the Excel layer creates carries one of these ids next to its formula
 * (registrationHighlights.ts, registerHighlights.ts); Excel itself keeps only the formula, so whoever needs
 * the name for a stored rule asks highlightCatalog.ts, which rebuilds the formulas and compares.
 * Each id names the core rule the formula mirrors:
 */
export const HIGHLIGHT_RULE_IDS = [
  /** core validateInsz, via validateRegistrations: an error on the INSZ cell (inszFormula.ts). */
  'insz_invalid',
  /** core birth-date rules: an error on the Geboortedatum cell (birthDateFormulas.ts). */
  'birthdate_invalid',
  /** core identity_missing, on the blank identity cells of the row (identityFormula.ts). */
  'identity_missing',
  /** core whitespace_edge (hasEdgeWhitespace) on any registration cell (edgeWhitespaceFormula.ts). */
  'whitespace_edge',
  /** core postcode_format (isBelgianPostcode) or an error on the Postcode cell (postcodeFormula.ts). */
  'postcode_invalid',
  /** core sheetRowPart: a used row of file 2, 4, 6 ... (overLimitBands.ts). */
  'over_limit_even',
  /** core sheetRowPart: a used row of file 3, 5, 7 ... (overLimitBands.ts). */
  'over_limit_odd',
  /** core grouping's dose rule on a register's Dosis cell (registerFormulas.ts). */
  'dose_invalid',
  /** core grouping's administration-date rule on a register's date cell (registerFormulas.ts). */
  'administration_date_invalid',
  /** core grouping's register_field_required: a required batch cell blank on a patient row. */
  'batch_field_missing',
] as const;

export type HighlightRuleId = (typeof HIGHLIGHT_RULE_IDS)[number];

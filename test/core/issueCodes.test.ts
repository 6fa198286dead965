import { FIXABLE_CODES, ISSUE_SEVERITY, REGISTRATION_ISSUE_CODES } from '../../src/core';

/**
 * SPEC.md's "Issues" table copied literally: the contract the code's own tables must keep. A
 * change of severity (an error that became a warning would export a broken row) fails here.
 */
const SPEC_TABLE: ReadonlyArray<readonly [code: string, severity: string, fixable: boolean]> = [
  ['identity_missing', 'error', false],
  ['insz_characters', 'error', false],
  ['insz_length', 'error', false],
  ['insz_checksum', 'error', false],
  ['insz_month', 'error', false],
  ['insz_date', 'error', false],
  ['insz_serial', 'error', false],
  ['insz_leading_zero_lost', 'error', true],
  ['birthdate_format', 'error', false],
  ['birthdate_invalid', 'error', false],
  ['birthdate_future', 'error', false],
  ['birthdate_leading_zero_lost', 'error', true],
  ['birthdate_is_date', 'error', true],
  ['birthdate_after_administration', 'error', false],
  ['birthdate_before_1900', 'warning', false],
  ['birthdate_insz_mismatch', 'warning', false],
  ['firstname_missing', 'warning', false],
  ['postcode_format', 'warning', false],
  ['whitespace_edge', 'warning', true],
  ['control_character', 'error', false],
  ['separator_or_quote', 'error', false],
  ['formula_prefix', 'error', false],
  ['cell_error', 'error', false],
  ['not_encodable', 'error', false],
  ['duplicate_person', 'warning', false],
  ['duplicate_across_batches', 'warning', false],
  ['rows_over_limit', 'info', false],
  ['header_mismatch', 'error', false],
];

/**
 * Registration codes of the code's own, for rules SPEC states without a code (docs/rules.md lists
 * them): issue #10 "a non-text cell in Naam, Voornaam or Postcode gets a warning with a fix".
 */
const OWN_TABLE: ReadonlyArray<readonly [code: string, severity: string, fixable: boolean]> = [
  ['cell_not_text', 'warning', true],
  ['formula_value', 'info', false],
];

describe('issue codes match SPEC.md', () => {
  test('the registration codes are exactly SPEC’s, in SPEC’s order, plus our own', () => {
    const own = new Set(OWN_TABLE.map(([code]) => code));
    expect(REGISTRATION_ISSUE_CODES.filter((code) => !own.has(code))).toEqual(
      SPEC_TABLE.map(([code]) => code),
    );
    expect(REGISTRATION_ISSUE_CODES.filter((code) => own.has(code))).toEqual(OWN_TABLE.map(([code]) => code));
  });

  test.each([...SPEC_TABLE, ...OWN_TABLE])('%s is %s (fixable: %s)', (code, severity, fixable) => {
    expect(ISSUE_SEVERITY[code as keyof typeof ISSUE_SEVERITY]).toBe(severity);
    expect(FIXABLE_CODES.has(code as keyof typeof ISSUE_SEVERITY)).toBe(fixable);
  });
});

import { birthDateInvalidFormula } from './birthDateFormulas';
import { edgeWhitespaceFormula } from './edgeWhitespaceFormula';
import type { HighlightRuleId } from './highlightRules';
import { ERROR_FILL, ERROR_FONT, WARNING_FILL, WARNING_FONT } from './highlightFills';
import { identityCellsOfRow, identityMissingFormula } from './identityFormula';
import { inszInvalidFormula } from './inszFormula';
import { overLimitBands } from './overLimitBands';
import { postcodeInvalidFormula } from './postcodeFormula';
import { columnLetter } from './a1Address';
import { MAX_SHEET_ROW } from './excelLimits';
import { REGISTRATION_FIRST_DATA_ROW } from './registrationLayout';

/*
 * The live highlights of a registration sheet (SPEC "Using it": "live highlighting that works while
 * typing, even when the add-in is not loaded"): which rule, on which range, with which formula and
 * colours. Pure; formatRegistrationSheet.ts puts them on the sheet.
 */

export interface RegistrationSheetOptions {
  /**
   * SPEC: lines per file, header included (default 100): with the header in row 1 the shading of
   * the further files starts at sheet row `linesPerFile + 1` (101).
   */
  readonly linesPerFile: number;
}

/** One live highlight: a formula rule on a range, relative to the range's top-left cell. */
export interface RegistrationHighlight {
  /** The core rule the formula mirrors (highlightRules.ts). */
  readonly rule: HighlightRuleId;
  /** Range without sheet, e.g. `A2:A1048576`. */
  readonly address: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/** Data rows of column `index` (0-based), from row 2 to the sheet's end. */
export function dataColumn(index: number): string {
  const letter = columnLetter(index);
  return `${letter}${REGISTRATION_FIRST_DATA_ROW}:${letter}${MAX_SHEET_ROW}`;
}

/** Data rows of the five columns. */
export const REGISTRATION_DATA_ADDRESS = `A${REGISTRATION_FIRST_DATA_ROW}:E${MAX_SHEET_ROW}`;

/**
 * The live highlights of a registration sheet, highest priority first (pure): invalid INSZ and a
 * bad Geboortedatum (not 8 digits, no real date, or in the future: SPEC "a bad Geboortedatum"),
 * the blank identity cells of a row without identity, then the warnings: edge whitespace on all
 * five columns and a postcode that is not 4 digits 1000-9999, then the rows of each further file, shaded in
 * alternating colours. Formulas from the *Formula(s).ts files and overLimitBands.ts, written for the first data row.
 */
export function registrationHighlights(options: RegistrationSheetOptions): RegistrationHighlight[] {
  const first = REGISTRATION_FIRST_DATA_ROW;
  return [
    {
      rule: 'insz_invalid',
      address: dataColumn(0),
      formula: inszInvalidFormula(`A${first}`),
      fill: ERROR_FILL,
      fontColor: ERROR_FONT,
    },
    {
      rule: 'birthdate_invalid',
      address: dataColumn(3),
      formula: birthDateInvalidFormula(`D${first}`),
      fill: ERROR_FILL,
      fontColor: ERROR_FONT,
    },
    // A row without identity (issue #13): its blank INSZ, Naam and Geboortedatum cells.
    ...[0, 1, 3].map((index) => ({
      rule: 'identity_missing' as const,
      address: dataColumn(index),
      formula: identityMissingFormula(`${columnLetter(index)}${first}`, identityCellsOfRow(first)),
      fill: ERROR_FILL,
      fontColor: ERROR_FONT,
    })),
    {
      rule: 'whitespace_edge',
      address: REGISTRATION_DATA_ADDRESS,
      formula: edgeWhitespaceFormula(`A${first}`, identityCellsOfRow(first)),
      fill: WARNING_FILL,
      fontColor: WARNING_FONT,
    },
    // A postcode that is not 4 digits 1000-9999 (postcode_format, a warning; issue #13).
    {
      rule: 'postcode_invalid',
      address: dataColumn(4),
      formula: postcodeInvalidFormula(`E${first}`),
      fill: WARNING_FILL,
      fontColor: WARNING_FONT,
    },
    ...overLimitBands(first, options.linesPerFile).map((band) => ({
      rule: band.files === 'even' ? ('over_limit_even' as const) : ('over_limit_odd' as const),
      address: REGISTRATION_DATA_ADDRESS,
      formula: band.formula,
      fill: band.fill,
    })),
  ];
}

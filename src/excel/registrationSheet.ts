import { birthDateInvalidFormula } from './birthDateFormulas';
import { edgeWhitespaceFormula } from './edgeWhitespaceFormula';
import type { HighlightRuleId } from './highlightRules';
import { identityCellsOfRow, identityMissingFormula } from './identityFormula';
import { inszInvalidFormula } from './inszFormula';
import { overLimitBands } from './overLimitBands';
import { postcodeInvalidFormula } from './postcodeFormula';
import { columnLetter } from './a1Address';
import { MAX_SHEET_ROW } from './excelLimits';
import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';
import {
  REGISTRATION_COLUMNS_ADDRESS,
  REGISTRATION_COLUMN_WIDTHS,
  REGISTRATION_FIRST_DATA_ROW,
  REGISTRATION_HEADER_ADDRESS,
  REGISTRATION_HEADER_FILL,
  REGISTRATION_HEADER_ROW,
} from './registrationLayout';

/*
 * The look of a registration sheet (SPEC "Using it": "the five headers, text format on every column
 * (so Excel keeps leading zeros), frozen header, and live highlighting that works while typing,
 * even when the add-in is not loaded"). Used by createBatch and by "make a compliant copy".
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
function dataColumn(index: number): string {
  const letter = columnLetter(index);
  return `${letter}${REGISTRATION_FIRST_DATA_ROW}:${letter}${MAX_SHEET_ROW}`;
}

/** Data rows of the five columns. */
export const REGISTRATION_DATA_ADDRESS = `A${REGISTRATION_FIRST_DATA_ROW}:E${MAX_SHEET_ROW}`;

/**
 * Queues the registration-sheet look on `sheet` (no sync): text format on A:E BEFORE anything is
 * written, the five headers in A1:E1 (bold, filled), the header row frozen, column widths, and the
 * live conditional formats. Meant for a new sheet (or a new copy): the conditional formats are
 * added, not replaced.
 *
 * @example
 * ```ts
 * const sheet = context.workbook.worksheets.add('B003 Vaxigrip 28-11-2026');
 * queueFormatRegistrationSheet(sheet, { linesPerFile: 100 });
 * await context.sync();
 * ```
 */
export function queueFormatRegistrationSheet(
  sheet: Excel.Worksheet,
  options: RegistrationSheetOptions,
): void {
  // Text first: under General, Excel turns 01012000 into 1012000 (ARCHITECTURE "Talking to Excel").
  setNumberFormatEverywhere(sheet.getRange(REGISTRATION_COLUMNS_ADDRESS), TEXT_FORMAT);
  const header = sheet.getRange(REGISTRATION_HEADER_ADDRESS);
  header.values = [[...REGISTRATION_HEADER_ROW]];
  header.format.font.bold = true;
  header.format.fill.color = REGISTRATION_HEADER_FILL;
  sheet.freezePanes.freezeRows(1);
  REGISTRATION_COLUMN_WIDTHS.forEach((width, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
  });
  registrationHighlights(options).forEach((highlight, priority) => {
    const format = sheet.getRange(highlight.address).conditionalFormats.add('Custom');
    format.custom.rule.formula = highlight.formula;
    format.custom.format.fill.color = highlight.fill;
    if (highlight.fontColor !== undefined) format.custom.format.font.color = highlight.fontColor;
    // Explicit, whatever position the host gives a new rule: errors above warnings above bands.
    format.priority = priority;
  });
}

/** {@link queueFormatRegistrationSheet} plus the sync. */
export async function formatRegistrationSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: RegistrationSheetOptions,
): Promise<void> {
  queueFormatRegistrationSheet(sheet, options);
  await context.sync();
}

/** Excel's "Light red fill with dark red text": the errors. */
export const ERROR_FILL = '#FFC7CE';
export const ERROR_FONT = '#9C0006';
/** Excel's "Yellow fill with dark yellow text": edge whitespace (a warning, fixable). */
export const WARNING_FILL = '#FFEB9C';
export const WARNING_FONT = '#9C5700';

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
      formula: edgeWhitespaceFormula(`A${first}`),
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

/*
 * Number formats the add-in sets, and how it sets one on a range of any size.
 */

/** Excel's text number format: set it BEFORE writing values that must stay text. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/**
 * One number format on every cell of a range of any size (whole columns included), in one call.
 * Office.js `Range.numberFormat`: "If the argument is a single value, it will be applied to all
 * cells in the range". The TypeScript types only allow a 2-D array, whose shape must then match
 * the range (a million-row array is out of the question), so the single value is cast; it works at
 * runtime (OfficeDev/office-js-docs-pr#2013, office-js-docs-reference#578).
 */
export function setNumberFormatEverywhere(range: Excel.Range, numberFormat: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = numberFormat;
}

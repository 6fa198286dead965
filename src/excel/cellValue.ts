import { isBlankText } from '../core';

/*
 * A cell value as Excel returns it in `Range.values`, and when it counts as blank.
 */

/** A value as Excel returns it in `Range.values`. */
export type CellValue = string | number | boolean;

/** Blank: empty, or text of whitespace only. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && isBlankText(value));
}

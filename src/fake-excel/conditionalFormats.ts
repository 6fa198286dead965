import { intersect, type Rect, subtract } from './addresses';
import type { SheetModel } from './sheetModel';

/**
 * Conditional formats as stored data ("Apply conditional formatting to Excel ranges"): type, rule
 * (a custom rule's `formula`; `formula1`/`operator` for cell-value rules; `text`/`operator` for
 * text rules), format (fill, font), the ranges it applies to, `stopIfTrue`, and priority (its index
 * in the sheet's list; "The lower the priority value, the higher the priority of the format").
 *
 * The fake never evaluates rule formulas: another part of the test suite evaluates them with a real
 * formula engine. A new format goes to the top (priority 0), as Excel's rule manager shows new
 * rules. Clearing (`conditionalFormats.clearAll()`, `range.clear('Formats')`) removes formats from
 * the cleared cells only; a format spanning more keeps the rest of its area.
 */
export interface ConditionalFormatStyle {
  fill?: string | null;
  fontColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  numberFormat?: string;
}

export interface ConditionalFormatRecord {
  readonly id: string;
  readonly type: string;
  ranges: Rect[];
  stopIfTrue: boolean;
  rule: Record<string, unknown>;
  format: ConditionalFormatStyle;
}

export function intersectsAny(
  record: ConditionalFormatRecord | { ranges: Rect[] },
  rects: readonly Rect[],
): boolean {
  return record.ranges.some((a) => rects.some((b) => intersect(a, b) !== null));
}

export function subtractAll(ranges: readonly Rect[], cut: readonly Rect[]): Rect[] {
  let remaining = [...ranges];
  for (const c of cut) remaining = remaining.flatMap((r) => subtract(r, c));
  return remaining;
}

export function removeConditionalFormatsIn(sheet: SheetModel, rects: readonly Rect[]): void {
  for (const record of sheet.conditionalFormats) record.ranges = subtractAll(record.ranges, rects);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((r) => r.ranges.length > 0);
}

export function conditionalFormatsTouching(
  sheet: SheetModel,
  rects: readonly Rect[],
): ConditionalFormatRecord[] {
  return sheet.conditionalFormats.filter((record) => intersectsAny(record, rects));
}

import { MAX_AREAS_ADDRESS_LENGTH, areaAddress } from './markGeometry';
import { rowSpans } from './rowSpans';

/*
 * Taking the user to a group of a day's register (issue #9: "clicking a group selects its rows").
 */

/** What a group click selected. */
export interface RegisterRowsSelection {
  /** Rows selected. */
  readonly selected: number;
  /**
   * Rows of the group; more than `selected` when this Excel cannot select several areas
   * (RangeAreas.select needs ExcelApi 1.18) or the address list was too long for one call.
   */
  readonly rows: number;
}

/**
 * Activates the register and selects every row of `rows` (sorted Excel rows, 1-based) from column
 * A to `lastColumn` (0-based), one area per run of consecutive rows: a group whose rows are
 * interleaved with another's (a lot change back and forth) is selected as a multi-area selection
 * (`worksheet.getRanges("A2:Q4,A9:Q9").select()`: getRanges is ExcelApi 1.9, but
 * RangeAreas.select is ExcelApi 1.18, above the manifest's 1.14, so it is feature-detected; an
 * older Excel gets the first run selected). The address list is kept under Excel's length limit
 * for one call (markGeometry.ts MAX_AREAS_ADDRESS_LENGTH): a group scattered over more runs than
 * fit gets its first runs selected. `selected` says how many rows were selected. One sync.
 *
 * @example
 * ```ts
 * await selectRegisterRows(context, 'Dagregister 28-11-2026', [2, 3, 4, 9], 16);
 * // A2:Q4 and A9:Q9 selected: { selected: 4, rows: 4 }
 * ```
 */
export async function selectRegisterRows(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly number[],
  lastColumn: number,
  maxAddressLength = MAX_AREAS_ADDRESS_LENGTH,
): Promise<RegisterRowsSelection> {
  const spans = rowSpans(rows);
  const first = spans[0];
  if (first === undefined) return { selected: 0, rows: 0 };
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  let selected = 0;
  const multiArea =
    typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.18');
  if (spans.length === 1 || !multiArea) {
    selected = first.last - first.first + 1;
    sheet.getRangeByIndexes(first.first - 1, 0, selected, lastColumn + 1).select();
  } else {
    let addresses = '';
    for (const span of spans) {
      const address = areaAddress({ r0: span.first - 1, c0: 0, r1: span.last - 1, c1: lastColumn });
      const next = addresses === '' ? address : `${addresses},${address}`;
      if (addresses !== '' && next.length > maxAddressLength) break;
      addresses = next;
      selected += span.last - span.first + 1;
    }
    sheet.getRanges(addresses).select();
  }
  await context.sync();
  return { selected, rows: rows.length };
}

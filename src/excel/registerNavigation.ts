import { rowSpans } from './rowSpans';

/*
 * Taking the user to a group of a day's register (issue #9: "clicking a group selects its rows").
 */

/**
 * Activates the register and selects the rows of its first run of consecutive rows among `rows`
 * (sorted Excel rows, 1-based), from column A to `lastColumn` (0-based). A group whose rows are
 * interleaved with another's (a lot change back and forth) has several runs; Range.select takes
 * one rectangle, so the first run is selected and its size returned. One sync.
 *
 * @example
 * ```ts
 * await selectRegisterRows(context, 'Dagregister 28-11-2026', [2, 3, 4, 9], 16); // A2:Q4 selected, returns 3
 * ```
 */
export async function selectRegisterRows(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly number[],
  lastColumn: number,
): Promise<number> {
  const first = rowSpans(rows)[0];
  if (first === undefined) return 0;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  const count = first.last - first.first + 1;
  sheet.getRangeByIndexes(first.first - 1, 0, count, lastColumn + 1).select();
  await context.sync();
  return count;
}

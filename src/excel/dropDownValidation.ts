import { columnLetter } from './a1Address';
import type { ColumnDefinition } from './columnDefinition';
import { LIST_DEFINITIONS, listValidationSource } from './dropDownLists';
import { MAX_SHEET_ROW } from './excelLimits';
import { YES_NO_SOURCE } from './yesNo';

/*
 * Drop-downs (list data validation) on whole columns, and the source a column definition asks for.
 */

/** A drop-down on a whole column below row 1. `strict` false shows the list but accepts any value. */
export function queueDropDown(sheet: Excel.Worksheet, column: number, source: string, strict: boolean): void {
  const letter = columnLetter(column);
  const validation = sheet.getRange(`${letter}2:${letter}${MAX_SHEET_ROW}`).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source } };
  validation.ignoreBlanks = true;
  // Empty title and message: Excel shows its own (localised) text, so none of ours is stored.
  validation.errorAlert = { showAlert: strict, style: 'Stop', title: '', message: '' };
}

/** The data-validation source of a column's drop-down; null when it has none. */
export function dropDownSource(column: ColumnDefinition<string>): string | null {
  const dropDown = column.dropDown;
  if (dropDown === undefined) return null;
  if (dropDown.source === 'yesNo') return YES_NO_SOURCE;
  const list = LIST_DEFINITIONS.find((item) => item.key === dropDown.source);
  return list === undefined ? null : listValidationSource(list);
}

import type { ListKey } from './dropDownLists';

/*
 * The shape of a column the add-in creates or reads in its tables and sheets: header, number
 * format, width, drop-down.
 */

/** How a table or sheet column looks and which drop-down it gets. */
export interface ColumnDefinition<K extends string> {
  readonly key: K;
  /** Header text, exactly as on the sheet. */
  readonly header: string;
  /** Number format of the column, set before any value is written. */
  readonly numberFormat: string;
  /** Column width in points (Office.js `columnWidth` unit). */
  readonly width: number;
  /**
   * Drop-down: a list of the lists sheet, or the literal Ja/Nee. `strict` false lets any value
   * in (immunisatieproduct is free text in SPEC, the list only helps typing).
   */
  readonly dropDown?: { readonly source: ListKey | 'yesNo'; readonly strict: boolean };
  /**
   * A column a later version added to the layout: a table made by an earlier version lacks it. The
   * set-up does not touch an existing table, so the add-in appends such a column to it (at the end,
   * see addLaterColumns.ts `queueAddLaterColumns`) when it first writes to it; an earlier version's headers
   * are the columns without this flag (setupWorkbook.ts rebuilds a table over those too).
   */
  readonly addedLater?: true;
  /**
   * A note on the header cell for the person reading the sheet, shown by Excel when she selects
   * that cell: a data validation input message without a rule (ExcelApi 1.8 `DataValidationPrompt`;
   * Microsoft's ExcelScript.DataValidationPrompt example sets exactly such a prompt on cells without
   * a rule). Excel's limits: title at most 32 characters, message at most 255. Set when the set-up
   * creates the table, like the drop-downs, or when a later column is appended (addLaterColumns.ts).
   */
  readonly headerNote?: HeaderNote;
}

/** An input message on a header cell (see ColumnDefinition `headerNote`). */
export interface HeaderNote {
  readonly title: string;
  readonly message: string;
}

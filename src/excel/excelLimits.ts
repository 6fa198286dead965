/*
 * Excel's grid and cell limits (Excel specifications and limits), as the add-in relies on them.
 */

/** Last row of a worksheet (Excel specifications and limits: 1,048,576 rows). */
export const MAX_SHEET_ROW = 1_048_576;
/**
 * Characters a cell holds (Excel specifications and limits: "Total number of characters that a cell
 * can contain: 32,767").
 */
export const MAX_CELL_TEXT_LENGTH = 32_767;

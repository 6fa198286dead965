import { BATCH_FIELDS, type BatchField, type BatchMetadata, dateToExcelSerial, parseIsoDate } from '../core';
import { columnLetter } from './a1Address';
import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';
import { REGISTRATION_HEADER_FILL } from './registrationLayout';
import { queueRegistrationLook } from './formatRegistrationSheet';
import { REGISTER_COLUMNS } from './registerColumns';
import { registerHighlights } from './registerHighlights';
import { registrationHighlights } from './registrationHighlights';
import { queueDropDown } from './dropDownValidation';
import { queueTextCells } from './writeText';

/*
 * The look of a new day register: the registration sheet's look on A:E without the rows-per-file
 * bands (on a register, which rows share a file depends on the groups, not on the sheet row; the
 * pane shows each group's files), then the batch columns (registerColumns.ts) with their
 * highlights (registerHighlights.ts) and the day's common values in the first rows.
 */

/** The values of the common fields as cells: normalised, the date an Excel date, the dose a number. */
function commonCells(common: Partial<BatchMetadata>): Map<BatchField, string | number> {
  const cells = new Map<BatchField, string | number>();
  for (const field of BATCH_FIELDS) {
    const value = common[field];
    if (value === undefined) continue;
    if (field === 'datumToediening') {
      const date = parseIsoDate(String(value));
      if (date !== null) cells.set(field, dateToExcelSerial(date));
    } else {
      cells.set(field, value);
    }
  }
  return cells;
}

/**
 * Queues the register look on a new sheet (no sync): the registration sheet's look on A:E (text
 * format, headers, frozen header row, highlights; without the rows-per-file bands), then the batch
 * columns: number formats BEFORE any value, titles, widths, drop-downs, highlights, and the common
 * values in the first `prefillRows` rows.
 */
export function queueFormatRegisterSheet(
  sheet: Excel.Worksheet,
  options: { linesPerFile: number; common: Partial<BatchMetadata>; prefillRows: number },
): void {
  queueFormatRegistrationSheetWithoutBands(sheet, options.linesPerFile);
  for (const column of REGISTER_COLUMNS) {
    const letter = columnLetter(column.index);
    setNumberFormatEverywhere(sheet.getRange(`${letter}:${letter}`), column.numberFormat);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width;
    if (column.dropDown !== undefined)
      queueDropDown(sheet, column.index, column.dropDown.source, column.dropDown.strict);
  }
  const firstLetter = columnLetter(REGISTER_COLUMNS[0]?.index ?? 5);
  const lastLetter = columnLetter(REGISTER_COLUMNS[REGISTER_COLUMNS.length - 1]?.index ?? 5);
  const header = sheet.getRange(`${firstLetter}1:${lastLetter}1`);
  header.values = [REGISTER_COLUMNS.map((column) => column.title)];
  header.format.font.bold = true;
  header.format.fill.color = REGISTRATION_HEADER_FILL;
  const cells = commonCells(options.common);
  if (cells.size > 0 && options.prefillRows > 0) {
    // Each value with its column's format on the same range (writeText.ts): the INSZ of the
    // toediener and a lot number like `012345` stay text even if the column format above moves.
    const row = REGISTER_COLUMNS.map((column) => {
      const value = cells.get(column.field) ?? '';
      return column.numberFormat === TEXT_FORMAT
        ? { text: String(value) }
        : { value, format: column.numberFormat };
    });
    const body = sheet.getRange(`${firstLetter}2:${lastLetter}${1 + options.prefillRows}`);
    queueTextCells(
      body,
      Array.from({ length: options.prefillRows }, () => row),
    );
  }
}

/**
 * formatRegistrationSheet.ts's look on A:E (its constants and highlights, so every rule of a
 * registration sheet holds on a register) without the rows-per-file bands, plus the register's
 * own highlights.
 */
function queueFormatRegistrationSheetWithoutBands(sheet: Excel.Worksheet, linesPerFile: number): void {
  const highlights = registrationHighlights({ linesPerFile }).filter(
    (h) => h.rule !== 'over_limit_even' && h.rule !== 'over_limit_odd',
  );
  queueRegistrationLook(sheet, [...highlights, ...registerHighlights()]);
}

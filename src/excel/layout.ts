import {
  type BatchField,
  type BatchLists,
  type Encoding,
  REGISTRATION_COLUMNS,
  REGISTRATION_HEADERS,
} from '../core';

/*
 * The workbook's layout: sheet, table, name and column definitions the add-in creates and reads.
 *
 * These names are the workbook's file format, not interface text: they are always Dutch (the
 * primary language of SPEC's users), whatever language Office runs in, so a workbook made on a
 * French Excel reads back on a Dutch one. Interface text goes through the message catalogs.
 *
 * Drop-down lists (decision, see `LIST_DEFINITIONS`):
 * - Each list is a one-column Excel table on the lists sheet, and a workbook name `lst_<list>`
 *   refers to the table column (`=tblLijstX[X]`). A data-validation list whose source is
 *   `=lst_<list>` then follows the user's edits: a value typed right under a table becomes a new
 *   table row (Excel's table auto-expansion), the table column grows and so does the name.
 * - Why not a structured reference in the validation itself: data-validation formulas "shall not
 *   use array constants, structure references, or union or intersection binary operators"
 *   (MS-OI29500 §3.2.3.1.3 Data Validation Formulas; MS-XLSX §2.6.4 CT_DataValidationFormula), but
 *   they may use a name, and a name may refer to a table column.
 * - Why not a literal list ("a,b,c"): a literal source is limited to 255 characters (VBA
 *   `Validation.Add`: "Formula1 ... must not exceed 255 characters"; the same limit in every
 *   xlsx writer) and cannot be edited by the user. Literals are used only for the fixed Ja/Nee.
 * - Why not a whole-column `OFFSET(…, COUNTA(…))` name: volatile (recalculates on every edit),
 *   and a blank cell inside the list cuts the count and hides the last items.
 * - Office.js: `ListDataValidation.source` takes a Range or a string (a formula such as
 *   `=lst_toedieningswijze`, or comma-separated values) (ExcelApi 1.8).
 */

// ---------------------------------------------------------------------------------------------
// Sheets, tables, names
// ---------------------------------------------------------------------------------------------

/** Sheet of the editable drop-down lists. */
export const LISTS_SHEET = 'Lijsten';
/** Sheet of the batch table (SPEC "the batch-metadata sheet"). */
export const BATCHES_SHEET = 'Batches';
/** Sheet of the export log (SPEC "Each export appends to an export log sheet"). */
export const EXPORT_LOG_SHEET = 'Exportlog';

export const BATCHES_TABLE = 'tblBatches';
export const EXPORT_LOG_TABLE = 'tblExportLog';

/** The yes/no values of "Gratis voorraad" and "Opgeladen in Vaccinnet". */
export const YES = 'Ja';
export const NO = 'Nee';
/** Literal data-validation source for Ja/Nee (well under the 255-character literal limit). */
export const YES_NO_SOURCE = `${YES},${NO}`;

/** Excel's text number format: set it BEFORE writing values that must stay text. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Last row of a worksheet (Excel specifications and limits: 1,048,576 rows). */
export const MAX_SHEET_ROW = 1_048_576;
/**
 * Characters a cell holds (Excel specifications and limits: "Total number of characters that a cell
 * can contain: 32,767").
 */
export const MAX_CELL_TEXT_LENGTH = 32_767;

export type ListKey = keyof BatchLists;

/** One drop-down list: a one-column table on the lists sheet and the name that points at it. */
export interface ListDefinition {
  readonly key: ListKey;
  /** Header of the table column (also the column name in the structured reference). */
  readonly header: string;
  readonly tableName: string;
  /** Workbook-scoped name used as data-validation source, e.g. `lst_toedieningswijze`. */
  readonly rangeName: string;
  /** 0-based column of the table on the lists sheet. */
  readonly columnIndex: number;
  /** Column width in points. */
  readonly width: number;
}

/**
 * The lists, in batch-field order, one table per list with an empty column between tables so a
 * value typed beside one table is not taken for a row of the next one.
 */
export const LIST_DEFINITIONS: readonly ListDefinition[] = [
  {
    key: 'immunisatieproduct',
    header: 'Immunisatieproduct',
    tableName: 'tblLijstImmunisatieproduct',
    rangeName: 'lst_immunisatieproduct',
    columnIndex: 0,
    width: 180,
  },
  {
    key: 'toedieningswijze',
    header: 'Toedieningswijze',
    tableName: 'tblLijstToedieningswijze',
    rangeName: 'lst_toedieningswijze',
    columnIndex: 2,
    width: 120,
  },
  {
    key: 'typeProfylaxe',
    header: 'Type profylaxe',
    tableName: 'tblLijstTypeProfylaxe',
    rangeName: 'lst_typeprofylaxe',
    columnIndex: 4,
    width: 140,
  },
  {
    key: 'lichaamsdeel',
    header: 'Lichaamsdeel',
    tableName: 'tblLijstLichaamsdeel',
    rangeName: 'lst_lichaamsdeel',
    columnIndex: 6,
    width: 140,
  },
  {
    key: 'lichaamszijde',
    header: 'Lichaamszijde',
    tableName: 'tblLijstLichaamszijde',
    rangeName: 'lst_lichaamszijde',
    columnIndex: 8,
    width: 100,
  },
];

/** The formula a list's workbook name refers to: the data column of its table. */
export function listNameFormula(list: ListDefinition): string {
  return `=${list.tableName}[${list.header}]`;
}

/** The data-validation source of a list: its workbook name. */
export function listValidationSource(list: ListDefinition): string {
  return `=${list.rangeName}`;
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

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
   * see batches.ts `queueAddLaterColumns`) when it first writes to it; an earlier version's headers
   * are the columns without this flag (setupWorkbook.ts rebuilds a table over those too).
   */
  readonly addedLater?: true;
}

export type BatchColumnKey =
  'batchId' | 'sheetName' | BatchField | 'rows' | 'files' | 'notExported' | 'lastExport' | 'uploaded';

/**
 * Columns of the batch table: Batch, Registratieblad, every SPEC batch field, then what the
 * exports record. Text columns are `@` so INSZ and lot numbers keep their leading zeros and
 * dates stay ISO text (calendar.ts: ISO is "the storage form of dates on the batch sheet").
 * Dosis stays General: a number, typed `0,5` or `0.5` as the user's Excel wants it.
 *
 * "Niet geëxporteerd" (SPEC "Nothing is lost": after "export the valid rows only" the blocked
 * ones "stay marked as not exported") sits with Rijen and Bestanden: the last export's rows left
 * out, as `3: 5, 9, 12` (count, then the sheet rows; recordExport.ts `formatNotExported`). Text,
 * so Excel never reads `1: 7` as a time. A table made before this column existed gets it appended
 * at its end instead (`addedLater`).
 */
export const BATCH_COLUMNS: readonly ColumnDefinition<BatchColumnKey>[] = [
  { key: 'batchId', header: 'Batch', numberFormat: TEXT_FORMAT, width: 50 },
  { key: 'sheetName', header: 'Registratieblad', numberFormat: TEXT_FORMAT, width: 170 },
  { key: 'toedienerInsz', header: 'INSZ toediener', numberFormat: TEXT_FORMAT, width: 95 },
  { key: 'organisatie', header: 'Organisatie', numberFormat: TEXT_FORMAT, width: 140 },
  {
    key: 'gratisVoorraad',
    header: 'Gratis voorraad',
    numberFormat: TEXT_FORMAT,
    width: 85,
    dropDown: { source: 'yesNo', strict: true },
  },
  { key: 'datumToediening', header: 'Datum toediening', numberFormat: TEXT_FORMAT, width: 95 },
  {
    key: 'immunisatieproduct',
    header: 'Immunisatieproduct',
    numberFormat: TEXT_FORMAT,
    width: 150,
    dropDown: { source: 'immunisatieproduct', strict: false },
  },
  { key: 'dosis', header: 'Dosis', numberFormat: GENERAL_FORMAT, width: 45 },
  { key: 'lotnummer', header: 'Lotnummer', numberFormat: TEXT_FORMAT, width: 80 },
  {
    key: 'toedieningswijze',
    header: 'Toedieningswijze',
    numberFormat: TEXT_FORMAT,
    width: 110,
    dropDown: { source: 'toedieningswijze', strict: true },
  },
  {
    key: 'typeProfylaxe',
    header: 'Type profylaxe',
    numberFormat: TEXT_FORMAT,
    width: 130,
    dropDown: { source: 'typeProfylaxe', strict: true },
  },
  {
    key: 'lichaamsdeel',
    header: 'Lichaamsdeel',
    numberFormat: TEXT_FORMAT,
    width: 130,
    dropDown: { source: 'lichaamsdeel', strict: true },
  },
  {
    key: 'lichaamszijde',
    header: 'Lichaamszijde',
    numberFormat: TEXT_FORMAT,
    width: 85,
    dropDown: { source: 'lichaamszijde', strict: true },
  },
  { key: 'opmerkingen', header: 'Opmerkingen', numberFormat: TEXT_FORMAT, width: 200 },
  { key: 'rows', header: 'Rijen', numberFormat: GENERAL_FORMAT, width: 45 },
  { key: 'files', header: 'Bestanden', numberFormat: GENERAL_FORMAT, width: 60 },
  {
    key: 'notExported',
    header: 'Niet geëxporteerd',
    numberFormat: TEXT_FORMAT,
    width: 130,
    addedLater: true,
  },
  { key: 'lastExport', header: 'Laatste export', numberFormat: TEXT_FORMAT, width: 115 },
  {
    key: 'uploaded',
    header: 'Opgeladen in Vaccinnet',
    numberFormat: TEXT_FORMAT,
    width: 125,
    dropDown: { source: 'yesNo', strict: true },
  },
];

export type ExportLogColumnKey =
  'time' | 'batchId' | 'sheetName' | 'fileName' | 'part' | 'rows' | 'sha256' | 'encoding' | 'uploaded';

/**
 * Columns of the export log (SPEC: "time, batch, sheet, file name, part k/n, row count, SHA-256
 * of the bytes, encoding, and an 'Opgeladen in Vaccinnet' column"). Everything but Rijen is
 * text: `1/2` under General would become the date 2 January, and a SHA-256 made of digits with
 * one `e` would become a number.
 */
export const EXPORT_LOG_COLUMNS: readonly ColumnDefinition<ExportLogColumnKey>[] = [
  { key: 'time', header: 'Tijdstip', numberFormat: TEXT_FORMAT, width: 115 },
  { key: 'batchId', header: 'Batch', numberFormat: TEXT_FORMAT, width: 50 },
  { key: 'sheetName', header: 'Blad', numberFormat: TEXT_FORMAT, width: 170 },
  { key: 'fileName', header: 'Bestandsnaam', numberFormat: TEXT_FORMAT, width: 300 },
  { key: 'part', header: 'Deel (k/n)', numberFormat: TEXT_FORMAT, width: 60 },
  { key: 'rows', header: 'Rijen', numberFormat: GENERAL_FORMAT, width: 45 },
  { key: 'sha256', header: 'SHA-256', numberFormat: TEXT_FORMAT, width: 420 },
  { key: 'encoding', header: 'Codering', numberFormat: TEXT_FORMAT, width: 90 },
  {
    key: 'uploaded',
    header: 'Opgeladen in Vaccinnet',
    numberFormat: TEXT_FORMAT,
    width: 125,
    dropDown: { source: 'yesNo', strict: true },
  },
];

/** Column letters of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// ---------------------------------------------------------------------------------------------
// Registration sheet
// ---------------------------------------------------------------------------------------------

/** SPEC: "Header line exactly INSZ,Naam,Voornaam,Geboortedatum,Postcode", in A1:E1. */
export const REGISTRATION_HEADER_ROW: readonly string[] = REGISTRATION_COLUMNS.map(
  (column) => REGISTRATION_HEADERS[column],
);
export const REGISTRATION_HEADER_ADDRESS = 'A1:E1';
/** The five columns, whole: text format goes on them before anything is typed. */
export const REGISTRATION_COLUMNS_ADDRESS = 'A:E';
/** First data row (row 1 is the header). */
export const REGISTRATION_FIRST_DATA_ROW = 2;
/** Column widths in points, in file order. */
export const REGISTRATION_COLUMN_WIDTHS: readonly number[] = [95, 140, 110, 90, 60];
/**
 * Header style: bold on a light grey fill (distinct from the highlight colours of
 * registrationSheet.ts and overLimitBands.ts OVER_LIMIT_FILLS).
 */
export const REGISTRATION_HEADER_FILL = '#D9D9D9';

/** Label of an encoding in the export log; technical names, the same in every language. */
export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
};

// ---------------------------------------------------------------------------------------------
// Sheet names (pure)
// ---------------------------------------------------------------------------------------------

/** Excel: a sheet name has at most 31 characters. */
export const SHEET_NAME_MAX_LENGTH = 31;

/** Excel refuses these in a sheet name: `[ ] : * ? / \`. Replaced by readable look-alikes. */
const FORBIDDEN_REPLACEMENTS: Readonly<Record<string, string>> = {
  '[': '(',
  ']': ')',
  ':': '-',
  '/': '-',
  '\\': '-',
  '*': '',
  '?': '',
};

/** Controls, line/paragraph separators and zero-width characters: never useful in a tab name. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/gu;

/** Cuts to at most `max` UTF-16 code units (Excel's unit) without splitting a surrogate pair. */
function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Excel: a sheet name may not begin or end with an apostrophe. */
function trimApostrophesAndSpaces(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/gu, '');
}

/**
 * A name fragment made safe for a sheet name: NFC, forbidden characters replaced, invisible and
 * control characters dropped, whitespace runs collapsed, no apostrophe or space at either end.
 * Not cut to length: see {@link sanitizeSheetName}.
 */
export function cleanSheetNameText(text: string): string {
  const replaced = text
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/gu, (c) => FORBIDDEN_REPLACEMENTS[c] ?? '')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/gu, ' ');
  return trimApostrophesAndSpaces(replaced);
}

/** Excel reserves "History" (the change-tracking sheet). */
function isReserved(name: string): boolean {
  return name.toUpperCase() === 'HISTORY';
}

/**
 * A valid Excel sheet name from any text: at most 31 characters, none of `[ ] : * ? / \`, no
 * control characters, not starting or ending with an apostrophe, not empty and not "History"
 * (then `fallback`).
 *
 * @example
 * ```ts
 * sanitizeSheetName('Vaxigrip [Tetra] 28/11/2026'); // 'Vaxigrip (Tetra) 28-11-2026'
 * sanitizeSheetName("'Blad'"); // 'Blad'
 * ```
 */
export function sanitizeSheetName(text: string, fallback = 'Blad'): string {
  const name = trimApostrophesAndSpaces(cutToLength(cleanSheetNameText(text), SHEET_NAME_MAX_LENGTH));
  return name === '' || isReserved(name) ? fallback : name;
}

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/**
 * `name`, or `name (2)`, `name (3)`... cut so the suffix fits in 31 characters: the first that no
 * existing sheet holds, ignoring case (Excel's rule).
 *
 * @example
 * ```ts
 * uniqueSheetName('Batches', ['batches']); // 'Batches (2)'
 * ```
 */
export function uniqueSheetName(name: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const sheet of existing) taken.add(sheetNameKey(sheet));
  const base = sanitizeSheetName(name);
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const candidate = `${trimApostrophesAndSpaces(cutToLength(base, SHEET_NAME_MAX_LENGTH - suffix.length))}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** `dd-mm-yyyy` of an ISO date (`/` is not allowed in a sheet name); the text itself if not ISO. */
function sheetDate(isoDate: string): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u.exec(isoDate);
  return match === null ? isoDate : `${match[3]}-${match[2]}-${match[1]}`;
}

/**
 * The name of a batch's registration sheet: batch id, product and administration date, e.g.
 * `B003 Vaxigrip 28-11-2026`. The product is cut first so the id and the date always show; the
 * name is unique among `existing` ignoring case (then ` (2)`, ` (3)`... before the cut).
 *
 * @example
 * ```ts
 * registrationSheetName('B003', 'Vaxigrip Tetra', '2026-11-28', []); // 'B003 Vaxigrip Tetra 28-11-2026'
 * registrationSheetName('B004', 'Comirnaty Omicron XBB.1.5', '2026-11-28', []); // 'B004 Comirnaty Omicr 28-11-2026'
 * ```
 */
export function registrationSheetName(
  batchId: string,
  product: string,
  isoDate: string,
  existing: Iterable<string>,
): string {
  const taken = new Set<string>();
  for (const sheet of existing) taken.add(sheetNameKey(sheet));
  const id = cleanSheetNameText(batchId);
  const date = cleanSheetNameText(sheetDate(isoDate));
  const cleanProduct = cleanSheetNameText(product);
  const idAndDate = [id, date].filter((part) => part !== '').join(' ');
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    // One more space separates the product from the id and the date.
    const room = SHEET_NAME_MAX_LENGTH - idAndDate.length - suffix.length - 1;
    const productPart = room > 0 ? trimApostrophesAndSpaces(cutToLength(cleanProduct, room)) : '';
    const body = [id, productPart, date].filter((part) => part !== '').join(' ');
    // An id and date too long for the limit (never the case for B001...) are cut like any name.
    const fitted = sanitizeSheetName(cutToLength(body, SHEET_NAME_MAX_LENGTH - suffix.length));
    const candidate =
      trimApostrophesAndSpaces(cutToLength(fitted, SHEET_NAME_MAX_LENGTH - suffix.length)) + suffix;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/**
 * "Opgeladen op", appended to the batch table and to the export log by the "Opladen" step when it
 * first marks a batch uploaded (issue #15: "time recorded in the log and the batch row"):
 * `YYYY-MM-DD HH:MM:SS` text like the log's time (recordExport.ts `formatLogTime`); blank where
 * the mark was typed by hand. Not in the tables' column lists: a table gets it on first use
 * (batches.ts `queueAddLaterColumns`), so set-up and export stay as they were.
 */
export const UPLOADED_AT_COLUMN: ColumnDefinition<'uploadedAt'> = {
  key: 'uploadedAt',
  header: 'Opgeladen op',
  numberFormat: TEXT_FORMAT,
  width: 115,
  addedLater: true,
};

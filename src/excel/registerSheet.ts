import {
  BATCH_FIELDS,
  type BatchField,
  type BatchMetadata,
  type ExportSettings,
  type Issue,
  REGISTER_FIELD_ORDER,
  REGISTER_FIELD_TITLES,
  checkLinesPerFile,
  dateToExcelSerial,
  parseRegisterCommon,
  parseIsoDate,
} from '../core';
import { listsFromSnapshots, queueReadBatchTables } from './readBatches';
import { inszInvalidFormula } from './inszFormula';
import { columnLetter } from './a1Address';
import { BATCH_COLUMNS } from './batchTable';
import { LIST_DEFINITIONS, listValidationSource } from './dropDownLists';
import { MAX_SHEET_ROW } from './excelLimits';
import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';
import {
  REGISTRATION_COLUMNS_ADDRESS,
  REGISTRATION_COLUMN_WIDTHS,
  REGISTRATION_FIRST_DATA_ROW,
  REGISTRATION_HEADER_ADDRESS,
  REGISTRATION_HEADER_FILL,
  REGISTRATION_HEADER_ROW,
} from './registrationLayout';
import { uniqueSheetName } from './sheetNames';
import { YES_NO_SOURCE } from './yesNo';
import { dateInvalidFormula, doseInvalidFormula, requiredMissingFormula } from './registerFormulas';
import {
  ERROR_FILL,
  ERROR_FONT,
  type RegistrationHighlight,
  registrationHighlights,
} from './registrationSheet';
import { queueDropDown } from './dropDownValidation';
import { queueSetupWorkbook } from './setupWorkbook';
import { probeWorkbook } from './workbookProbe';

/*
 * "Nieuw dagregister" (issue #9, SPEC "A day's register"): one sheet for the whole day. Columns
 * A:E are a registration sheet's, with every rule and highlight of one (registrationSheet.ts),
 * then one column per batch field from F (core REGISTER_FIELD_ORDER), with the batch table's
 * formats and drop-downs and live highlights of their own (registerFormulas.ts).
 *
 * How the day's common values are given once (decision): the pane's "Nieuw dagregister" form
 * takes them (any of the batch fields, all optional) and the add-in writes them, normalised by
 * core, into the batch cells of the first rows of the sheet (`prefillRows`, default 250) when it
 * creates it. Every row then shows in its own cells the values it is exported with; the nurse
 * types only patients, and changes a row's own cell where it differs (a new lot from some row on:
 * type it and fill down with Excel's fill handle). Nothing hidden decides a row's batch: no
 * formula, no default outside the cells. Rows holding only prefilled batch cells and no patient are
 * empty rows (core grouping: "Batch cells alone make no registration"), never exported and no issue.
 * Rejected alternatives: formulas referring to a block of common values (a change of the block
 * would silently move every row to another batch, and an export could no longer be re-derived
 * from the row alone); filling down from the pane on each edit (needs the worksheet events while
 * the pane is open; the workbook must work without the add-in).
 *
 * The rows-per-file bands of a registration sheet are left out: on a register, which rows share a
 * file depends on the groups, not on the sheet row (the pane shows each group's files).
 */

/** Rows prefilled with the day's common values when a register is made. */
export const DEFAULT_PREFILL_ROWS = 250;

/** The date format of the Datum toediening column: a typed date becomes a real Excel date. */
export const REGISTER_DATE_FORMAT = 'dd/mm/yyyy';

/** One batch column of a register: its field, 0-based sheet column, title and format. */
export interface RegisterColumn {
  readonly field: BatchField;
  readonly index: number;
  readonly title: string;
  readonly numberFormat: string;
  readonly width: number;
  /** Data-validation source and whether other values are refused; absent: no drop-down. */
  readonly dropDown?: { readonly source: string; readonly strict: boolean };
}

/** Drop-down source of a batch-table column definition (a lists-sheet name or the Ja/Nee literal). */
function dropDownOf(field: BatchField): RegisterColumn['dropDown'] {
  const definition = BATCH_COLUMNS.find((column) => column.key === field)?.dropDown;
  if (definition === undefined) return undefined;
  if (definition.source === 'yesNo') return { source: YES_NO_SOURCE, strict: definition.strict };
  const list = LIST_DEFINITIONS.find((item) => item.key === definition.source);
  return list === undefined ? undefined : { source: listValidationSource(list), strict: definition.strict };
}

/**
 * The batch columns of a register the add-in makes, F onwards in REGISTER_FIELD_ORDER. Formats as
 * the batch table's (text where leading zeros matter: INSZ toediener, lot), except the date, which
 * gets a date format so that what the nurse types is a real date Excel can check.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = REGISTER_FIELD_ORDER.map((field, i) => {
  const definition = BATCH_COLUMNS.find((column) => column.key === field);
  const dropDown = dropDownOf(field);
  return {
    field,
    index: 5 + i,
    title: REGISTER_FIELD_TITLES[field],
    numberFormat:
      field === 'datumToediening' ? REGISTER_DATE_FORMAT : (definition?.numberFormat ?? TEXT_FORMAT),
    width: definition?.width ?? 100,
    ...(dropDown === undefined ? {} : { dropDown }),
  };
});

/** The required batch fields (SPEC "The batch fields"): blank on a patient row blocks it. */
const REQUIRED: readonly BatchField[] = [
  'toedienerInsz',
  'gratisVoorraad',
  'datumToediening',
  'immunisatieproduct',
  'dosis',
];

const columnOf = (field: BatchField): RegisterColumn => {
  const column = REGISTER_COLUMNS.find((c) => c.field === field);
  if (column === undefined) throw new Error(`registerSheet: no column for ${field}`);
  return column;
};

/** Data rows of a 0-based column, from row 2 to the sheet's end. */
function dataColumn(index: number): string {
  const letter = columnLetter(index);
  return `${letter}${REGISTRATION_FIRST_DATA_ROW}:${letter}${MAX_SHEET_ROW}`;
}

/**
 * The live highlights of a register's batch columns (pure), highest priority first: an invalid
 * toediener INSZ, a dose other than 0.5/1/2, a date that is no real date or in the future, then a
 * required batch cell left blank on a row that holds a registration.
 */
export function registerHighlights(): RegistrationHighlight[] {
  const first = REGISTRATION_FIRST_DATA_ROW;
  const cellOf = (field: BatchField): string => `${columnLetter(columnOf(field).index)}${first}`;
  const error = { fill: ERROR_FILL, fontColor: ERROR_FONT };
  const rowCells = ['A', 'B', 'C', 'D', 'E'].map((letter) => `$${letter}${first}`);
  return [
    {
      rule: 'insz_invalid',
      address: dataColumn(columnOf('toedienerInsz').index),
      formula: inszInvalidFormula(cellOf('toedienerInsz')),
      ...error,
    },
    {
      rule: 'dose_invalid',
      address: dataColumn(columnOf('dosis').index),
      formula: doseInvalidFormula(cellOf('dosis')),
      ...error,
    },
    {
      rule: 'administration_date_invalid',
      address: dataColumn(columnOf('datumToediening').index),
      formula: dateInvalidFormula(cellOf('datumToediening')),
      ...error,
    },
    ...REQUIRED.map((field) => ({
      rule: 'batch_field_missing' as const,
      address: dataColumn(columnOf(field).index),
      formula: requiredMissingFormula(cellOf(field), rowCells),
      ...error,
    })),
  ];
}

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
    const values = REGISTER_COLUMNS.map((column) => cells.get(column.field) ?? '');
    const body = sheet.getRange(`${firstLetter}2:${lastLetter}${1 + options.prefillRows}`);
    body.values = Array.from({ length: options.prefillRows }, () => [...values]);
  }
}

/**
 * registrationSheet.ts's look on A:E (its constants and highlights, so every rule of a
 * registration sheet holds on a register) without the rows-per-file bands: text format BEFORE
 * anything is written, the five headers, the frozen header row, the widths, the highlights.
 */
function queueFormatRegistrationSheetWithoutBands(sheet: Excel.Worksheet, linesPerFile: number): void {
  setNumberFormatEverywhere(sheet.getRange(REGISTRATION_COLUMNS_ADDRESS), TEXT_FORMAT);
  const header = sheet.getRange(REGISTRATION_HEADER_ADDRESS);
  header.values = [[...REGISTRATION_HEADER_ROW]];
  header.format.font.bold = true;
  header.format.fill.color = REGISTRATION_HEADER_FILL;
  sheet.freezePanes.freezeRows(1);
  REGISTRATION_COLUMN_WIDTHS.forEach((width, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
  });
  const highlights = registrationHighlights({ linesPerFile }).filter(
    (h) => h.rule !== 'over_limit_even' && h.rule !== 'over_limit_odd',
  );
  queueHighlights(sheet, [...highlights, ...registerHighlights()]);
}

/** Adds conditional formats, the first with the highest priority (0). */
function queueHighlights(sheet: Excel.Worksheet, highlights: readonly RegistrationHighlight[]): void {
  highlights.forEach((highlight, priority) => {
    const format = sheet.getRange(highlight.address).conditionalFormats.add('Custom');
    format.custom.rule.formula = highlight.formula;
    format.custom.format.fill.color = highlight.fill;
    if (highlight.fontColor !== undefined) format.custom.format.font.color = highlight.fontColor;
    format.priority = priority;
  });
}

/** The input of {@link createRegister}. */
export interface CreateRegisterInput {
  /** The day's common values as typed in the pane, keyed by batch field (any may be blank). */
  readonly common: Readonly<Partial<Record<BatchField, unknown>>>;
  readonly today: Date;
  readonly settings: Pick<ExportSettings, 'linesPerFile'>;
  /** Rows to prefill with the common values (default {@link DEFAULT_PREFILL_ROWS}). */
  readonly prefillRows?: number;
}

export type CreateRegisterResult =
  | {
      ok: true;
      /** `prefilledRows`: rows holding the common values (0 when none was given). */
      value: { sheetName: string; common: Partial<BatchMetadata>; prefilledRows: number };
    }
  /**
   * A common value given breaks its batch rule, or the lines-per-file setting is refused by core's
   * checkLinesPerFile (`settings_max_rows`): the issues, nothing made.
   */
  | { ok: false; reason: 'invalid_fields'; issues: Issue[] };

/** `Dagregister 28-11-2026`: the day of the common date, else of today. */
function registerSheetName(common: Partial<BatchMetadata>, today: Date, existing: readonly string[]): string {
  const iso = common.datumToediening;
  const [year, month, day] =
    iso === undefined
      ? [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      : iso.split('-').map(Number);
  const two = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
  return uniqueSheetName(`Dagregister ${two(day)}-${two(month)}-${year}`, existing);
}

/**
 * "Nieuw dagregister": checks the common values given (core's batch rules, blank allowed), sets the
 * workbook up if needed, and creates the register sheet (see the module comment), in one
 * Excel.run: probe + read + one write. Nothing is written when a given value is invalid.
 *
 * @example
 * ```ts
 * const result = await Excel.run((context) =>
 *   createRegister(context, { common: { datumToediening: '28/11/2026', immunisatieproduct: 'Vaxigrip Tetra' }, today: new Date(), settings }),
 * );
 * if (result.ok) result.value.sheetName; // 'Dagregister 28-11-2026'
 * ```
 */
export async function createRegister(
  context: Excel.RequestContext,
  input: CreateRegisterInput,
): Promise<CreateRegisterResult> {
  // The one validation of the setting (core, issue #10), before anything is read or queued.
  const lines = checkLinesPerFile(input.settings.linesPerFile);
  if (!lines.ok) return { ok: false, reason: 'invalid_fields', issues: [lines.issue] };
  const linesPerFile = lines.value;
  const prefillRows = input.prefillRows ?? DEFAULT_PREFILL_ROWS;
  const { probe, report } = await queueSetupWorkbookAfterReads(context);
  const lists = listsFromSnapshots(probe.lists());
  const common = parseRegisterCommon(input.common, { today: input.today, lists });
  if (!common.ok) return { ok: false, reason: 'invalid_fields', issues: common.issues };
  const run = await report();
  const sheetName = registerSheetName(common.value, input.today, [...probe.sheetNames, ...run.createdSheets]);
  const sheet = context.workbook.worksheets.add(sheetName);
  queueFormatRegisterSheet(sheet, { linesPerFile, common: common.value, prefillRows });
  sheet.activate();
  sheet.getRange('A2').select();
  await context.sync();
  const prefilledRows = Object.keys(common.value).length > 0 ? prefillRows : 0;
  return { ok: true, value: { sheetName, common: common.value, prefilledRows } };
}

/** Probe and lists first (nothing queued for writing yet), then the set-up on demand. */
async function queueSetupWorkbookAfterReads(context: Excel.RequestContext) {
  const seen = await probeWorkbook(context);
  const reads = queueReadBatchTables(context, seen);
  await context.sync();
  return {
    probe: { sheetNames: seen.sheetNames, lists: reads.lists },
    report: async () => (await queueSetupWorkbook(context, seen)).report,
  };
}

/** {@link createRegister} in its own `Excel.run` (one user action). */
export function runCreateRegister(input: CreateRegisterInput): Promise<CreateRegisterResult> {
  return Excel.run((context) => createRegister(context, input));
}

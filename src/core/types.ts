import { ISSUE_SEVERITY, type IssueCode, type IssueParamsOf, type Severity } from './issueCodes';

/** The five columns of the registration file, in file order (SPEC: "Header line exactly"). */
export const REGISTRATION_COLUMNS = ['insz', 'naam', 'voornaam', 'geboortedatum', 'postcode'] as const;
export type RegistrationColumn = (typeof REGISTRATION_COLUMNS)[number];

/** The header line titles, in file order. */
export const REGISTRATION_HEADERS: Readonly<Record<RegistrationColumn, string>> = {
  insz: 'INSZ',
  naam: 'Naam',
  voornaam: 'Voornaam',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
};

/** The batch fields of SPEC ("The batch fields"). */
export const BATCH_FIELDS = [
  'toedienerInsz',
  'organisatie',
  'gratisVoorraad',
  'datumToediening',
  'immunisatieproduct',
  'dosis',
  'lotnummer',
  'toedieningswijze',
  'typeProfylaxe',
  'lichaamsdeel',
  'lichaamszijde',
  'opmerkingen',
] as const;
export type BatchField = (typeof BATCH_FIELDS)[number];

/**
 * One cell as read from Excel (values + valueTypes + numberFormat, decided by src/excel).
 * A `date` cell carries Excel's serial number in the 1900 date system (the Excel layer converts
 * 1904-system workbooks before handing cells to core). `text` on a number, date or boolean is
 * what Excel shows for it (`Range.text`: `01/01/2000`, `1000`, `WAAR`), given by the Excel layer
 * where a rule needs it (cell_not_text in Naam, Voornaam, Postcode); see cellDisplayText.ts.
 */
export type Cell =
  | { kind: 'empty'; value: null }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; text?: string }
  | { kind: 'date'; value: number; text?: string }
  | { kind: 'boolean'; value: boolean; text?: string }
  | { kind: 'error'; value: string };

export type CellKind = Cell['kind'];

/** One sheet row. `row` is the Excel row number (1-based), used as-is in every issue. */
export interface RegistrationRow {
  row: number;
  cells: Readonly<Record<RegistrationColumn, Cell>>;
}

/** Free-form parameters a message needs (counts, the offending character, another row...). */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsOf<C>;

/**
 * A finding: data, never text. `row` is the Excel row (0 for findings about the batch or the
 * sheet as a whole), `column` the registration column or batch field (null for row/sheet-level
 * findings), `fix` the corrected cell text for fixable codes. `params` are typed by `code`
 * ({@link IssueParamsOf}): `Issue` is a union with one member per code, so checking `code`
 * narrows `params`. `Issue<'duplicate_person'>` is the issue of one code.
 */
export type Issue<C extends IssueCode = IssueCode> = { [K in C]: IssueOf<K> }[C];

/** The issue of exactly one code (see {@link Issue}). */
export interface IssueOf<C extends IssueCode> {
  code: C;
  row: number;
  column: RegistrationColumn | BatchField | null;
  severity: Severity;
  params: IssueParamsOf<C>;
  fix?: string;
}

/**
 * An issue of `code` with its severity from ISSUE_SEVERITY; `params` are checked against the
 * code. The one place a generic (code, params) pair becomes an {@link Issue}: TypeScript cannot
 * tie a generic `C` to one member of the union, so the object is asserted here, once.
 *
 * @example
 * ```ts
 * newIssue('duplicate_person', 7, null, { firstRow: 3 });
 * // { code: 'duplicate_person', row: 7, column: null, severity: 'warning', params: { firstRow: 3 } }
 * newIssue('duplicate_person', 7, null, { first: 3 }); // does not compile
 * ```
 */
export function newIssue<C extends IssueCode>(
  code: C,
  row: number,
  column: Issue['column'],
  params: IssueParamsOf<C>,
  fix?: string,
): Issue {
  const severity = ISSUE_SEVERITY[code];
  const issue: IssueOf<C> =
    fix === undefined
      ? { code, row, column, severity, params }
      : { code, row, column, severity, params, fix };
  return issue as Issue;
}

/** SPEC: "encoding: a setting, default UTF-8 with BOM ... other choices UTF-8 without BOM and Windows-1252". */
export const ENCODINGS = ['utf-8-bom', 'utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface ExportSettings {
  encoding: Encoding;
  /**
   * SPEC: "At most 100 lines per file, the header line included ... One setting, in the manual's
   * terms: lines per file, header included, default 100". A file holds `linesPerFile - 1`
   * registrations (settings.ts: registrationsPerFile); check a value with checkLinesPerFile.
   */
  linesPerFile: number;
}

export const DEFAULT_SETTINGS: Readonly<ExportSettings> = { encoding: 'utf-8-bom', linesPerFile: 100 };

/** A calendar date without time or zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Result union for functions that can fail (ARCHITECTURE: "Errors are data"). */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Parsed, valid batch metadata (see batchMetadata.ts for the schema that produces it). */
export interface BatchMetadata {
  /** 11 bare digits, a valid INSZ. */
  toedienerInsz: string;
  organisatie?: string;
  gratisVoorraad: 'Ja' | 'Nee';
  /** ISO `YYYY-MM-DD`, a real date not after today. */
  datumToediening: string;
  immunisatieproduct: string;
  dosis: 0.5 | 1 | 2;
  lotnummer?: string;
  toedieningswijze?: string;
  typeProfylaxe?: string;
  lichaamsdeel?: string;
  lichaamszijde?: string;
  opmerkingen?: string;
}

/** The editable drop-down lists (lists sheet). */
export interface BatchLists {
  toedieningswijze: readonly string[];
  typeProfylaxe: readonly string[];
  lichaamsdeel: readonly string[];
  lichaamszijde: readonly string[];
  immunisatieproduct: readonly string[];
}

/** The five exported fields of one line, already normalised (INSZ compact, trimmed, NFC). */
export type CsvRecord = readonly [
  insz: string,
  naam: string,
  voornaam: string,
  geboortedatum: string,
  postcode: string,
];

/**
 * The values one ready row is written with, as validation hands them to planExport
 * (validateRegistrations.ts validateEachReady): the fields of {@link CsvRecord}, but the INSZ as
 * the two numbers its 11 digits spell, digits 1-9 and 10-11 (`inszFirst9` -1: no INSZ). The file
 * needs the digits, not a string: the compact string of an INSZ typed with separators cost ~0.2-0.4
 * µs to make (String.fromCharCode of 11 arguments) for each such row, to be written once and
 * dropped (issue #11: no compact INSZ string unless records are wanted).
 *
 * @example
 * ```ts
 * const row: ReadyRow = { inszFirst9: 850730033, inszLast2: 28, naam: '', voornaam: '', geboortedatum: '', postcode: '' };
 * // written as 85073003328,,,,
 * ```
 */
export interface ReadyRow {
  readonly inszFirst9: number;
  readonly inszLast2: number;
  readonly naam: string;
  readonly voornaam: string;
  readonly geboortedatum: string;
  readonly postcode: string;
}

/**
 * What validation decided for one input row: `ready` rows are exported; `blocked` rows have at
 * least one error; `empty` rows (every cell empty or whitespace only) are skipped, never exported.
 */
export type RowStatus = 'ready' | 'blocked' | 'empty';

/**
 * The codes of {@link ValidationReport.status}, one byte per row. An object per row (its number,
 * status and record) measured a third of validateRegistrations' time on 100,000 rows: the
 * objects survive into the old generation, and that copying is what costs (bench/run.ts).
 */
export const ROW_READY = 0;
export const ROW_BLOCKED = 1;
export const ROW_EMPTY = 2;

/** The word for a {@link ValidationReport.status} code. */
export function rowStatusName(code: number): RowStatus {
  if (code === ROW_READY) return 'ready';
  if (code === ROW_BLOCKED) return 'blocked';
  if (code === ROW_EMPTY) return 'empty';
  throw new RangeError(`No row status has code ${code}`);
}

/** Every row's status as a word, in input order (for readable tests and small consumers). */
export function rowStatuses(report: Pick<ValidationReport, 'status'>): RowStatus[] {
  return Array.from(report.status, rowStatusName);
}

export interface ValidationCounts {
  /** Input rows, including empty ones. Always rows = ready + blocked + empty. */
  rows: number;
  ready: number;
  blocked: number;
  empty: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationReport {
  /** Every finding, ordered by row, then column file order (row-level last), then code order. */
  issues: Issue[];
  /**
   * One status code per input row, in input order: ROW_READY, ROW_BLOCKED or ROW_EMPTY
   * ({@link rowStatusName} gives the word). The row numbers are the input's (`rows[i].row`).
   */
  status: Uint8Array;
  counts: ValidationCounts;
  /** Files the ready rows will make with the given linesPerFile (0 when the setting is invalid). */
  fileCount: number;
}

/** validateForExport's report: the verdicts plus the exact CSV content of the ready rows. */
export interface ExportValidation extends ValidationReport {
  /**
   * The CSV record of every ready row, in input order: the k-th row with status ROW_READY has
   * `records[k]`. Always `records.length === counts.ready`.
   */
  records: CsvRecord[];
}

/** Another batch of the same workbook, for SPEC's duplicate_across_batches. */
export interface OtherBatch {
  batchId: string;
  /** The other batch's sheet name, for the message. */
  sheetName: string;
  batch: BatchMetadata;
  rows: readonly RegistrationRow[];
}

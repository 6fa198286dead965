/**
 * The preview's evaluation of each named highlight (issue #12: "the preview evaluates each
 * highlight through the core rule it mirrors, named"): one evaluator per id of
 * src/excel/highlightRules.ts, each asking core. The record type makes a missing evaluator a
 * compile error; test/preview checks each against its formula on sample cells.
 */
import {
  type BatchField,
  type Cell,
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  type Issue,
  REGISTER_FIELD_ORDER,
  type RegistrationColumn,
  groupRegister,
  hasEdgeWhitespace,
  isBlankText,
  sheetRowPart,
  validateRegistrations,
} from '../core';
import type { IdentifiedHighlight } from '../excel/highlightCatalog';
import type { HighlightRuleId } from '../excel/highlightRules';

/** One cell as the grid reads it from the fake host (`values` + `valueTypes`). */
export interface GridCell {
  readonly value: string | number | boolean;
  /** Excel.RangeValueType: Empty, String, Double, Boolean, Error. */
  readonly valueType: string;
}

/** 0-based row and column. */
export type CellReader = (row: number, column: number) => GridCell;

/** Core's findings per key, kept for one drawing of the grid (see {@link rowCache}). */
export type RowCache = Map<string, readonly Issue[]>;

/** A fresh cache: one per compile, so an edit is never judged on old values. */
export const rowCache = (): RowCache => new Map();

export interface EvaluationContext {
  /** 0-based row and column of the cell the format would colour. */
  readonly row: number;
  readonly column: number;
  readonly read: CellReader;
  /** The add-in's TODAY(). */
  readonly today: Date;
  readonly highlight: IdentifiedHighlight;
  readonly cache: RowCache;
}

export type HighlightEvaluator = (context: EvaluationContext) => boolean;

/** The grid's cell as core's Cell (a Double is a number: the grid does not know date formats). */
export function coreCell(cell: GridCell): Cell {
  switch (cell.valueType) {
    case 'Empty':
      return { kind: 'empty', value: null };
    case 'Error':
      return { kind: 'error', value: String(cell.value) };
    case 'Boolean':
      return { kind: 'boolean', value: Boolean(cell.value) };
    case 'Double':
      return typeof cell.value === 'number'
        ? { kind: 'number', value: cell.value }
        : { kind: 'text', value: String(cell.value) };
    default:
      return { kind: 'text', value: String(cell.value) };
  }
}

const EMPTY: Cell = { kind: 'empty', value: null };
const COLUMNS: readonly RegistrationColumn[] = ['insz', 'naam', 'voornaam', 'geboortedatum', 'postcode'];
const cellKey = (c: Cell): string => `${c.kind}:${String(c.value)}`;

/** Core's findings for a registration row of these cells (validateRegistrations, the check's code path). */
function registrationIssues(
  context: EvaluationContext,
  cells: Record<RegistrationColumn, Cell>,
): readonly Issue[] {
  const key = `r|${COLUMNS.map((c) => cellKey(cells[c])).join('|')}`;
  let issues = context.cache.get(key);
  if (issues === undefined) {
    issues = validateRegistrations({
      rows: [{ row: 2, cells }],
      today: context.today,
      settings: DEFAULT_SETTINGS,
    }).issues;
    context.cache.set(key, issues);
  }
  return issues;
}

/** Core's findings for the cell alone in `column` of an otherwise empty registration row. */
function cellAlone(context: EvaluationContext, column: RegistrationColumn): readonly Issue[] {
  const cells = { insz: EMPTY, naam: EMPTY, voornaam: EMPTY, geboortedatum: EMPTY, postcode: EMPTY };
  cells[column] = coreCell(context.read(context.row, context.column));
  return registrationIssues(context, cells).filter((issue) => issue.column === column);
}

const hasError = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === 'error');

/** The five registration cells (A:E) of the context's row. */
function rowCells(context: EvaluationContext): Record<RegistrationColumn, Cell> {
  const at = (i: number): Cell => coreCell(context.read(context.row, i));
  return { insz: at(0), naam: at(1), voornaam: at(2), geboortedatum: at(3), postcode: at(4) };
}

/** Core grouping's findings on `field` for this cell, with a patient named by Naam + Geboortedatum. */
function batchFieldIssues(
  context: EvaluationContext,
  field: BatchField,
  patient: Record<RegistrationColumn, Cell>,
): readonly Issue[] {
  const value = coreCell(context.read(context.row, context.column));
  const key = `g|${field}|${cellKey(value)}|${COLUMNS.map((c) => cellKey(patient[c])).join('|')}`;
  let issues = context.cache.get(key);
  if (issues === undefined) {
    const row = { row: 2, cells: patient, batch: { [field]: value } };
    issues = groupRegister([row], { today: context.today, lists: DEFAULT_LISTS }).issues.filter(
      (issue) => issue.column === field,
    );
    context.cache.set(key, issues);
  }
  return issues;
}

/** A patient the grouping accepts (name and birth date; synthetic), so only the batch cell is judged. */
const SOME_PATIENT: Record<RegistrationColumn, Cell> = {
  insz: EMPTY,
  naam: { kind: 'text', value: 'Voorbeeld' },
  voornaam: { kind: 'text', value: 'Test' },
  geboortedatum: { kind: 'text', value: '01012000' },
  postcode: EMPTY,
};

const isUsedRow = (context: EvaluationContext): boolean =>
  [0, 1, 2, 3, 4].some((i) => context.read(context.row, i).valueType !== 'Empty');

/** The file a sheet row goes into by core's sheetRowPart, for a band built for `firstDataRow`. */
function fileOfRow(context: EvaluationContext): number {
  const first = context.highlight.firstDataRow ?? 2;
  const lines = context.highlight.linesPerFile ?? DEFAULT_SETTINGS.linesPerFile;
  // sheetRowPart counts from a header in row 1: shift when the data starts elsewhere.
  return sheetRowPart(context.row + 1 - (first - 2), lines) ?? 0;
}

const isBlankCell = (c: Cell): boolean => c.kind === 'empty' || (c.kind === 'text' && isBlankText(c.value));

/** Every highlight the Excel layer defines, evaluated by the core rule it mirrors. */
export const HIGHLIGHT_EVALUATORS: Readonly<Record<HighlightRuleId, HighlightEvaluator>> = {
  insz_invalid: (context) => hasError(cellAlone(context, 'insz')),
  birthdate_invalid: (context) => hasError(cellAlone(context, 'geboortedatum')),
  identity_missing: (context) =>
    isBlankCell(coreCell(context.read(context.row, context.column))) &&
    registrationIssues(context, rowCells(context)).some((issue) => issue.code === 'identity_missing'),
  // Core's whitespace_edge on this cell of the row (issue #10: a row of whitespace only is empty
  // and silent; a cell of whitespace only in a row with data is reported).
  whitespace_edge: (context) => {
    const cell = context.read(context.row, context.column);
    const column = COLUMNS[context.column];
    return (
      column !== undefined &&
      cell.valueType === 'String' &&
      typeof cell.value === 'string' &&
      hasEdgeWhitespace(cell.value) &&
      registrationIssues(context, rowCells(context)).some(
        (issue) => issue.code === 'whitespace_edge' && issue.column === column,
      )
    );
  },
  postcode_invalid: (context) =>
    cellAlone(context, 'postcode').some(
      (issue) => issue.code === 'postcode_format' || issue.severity === 'error',
    ),
  over_limit_even: (context) => {
    const file = fileOfRow(context);
    return file >= 2 && file % 2 === 0 && isUsedRow(context);
  },
  over_limit_odd: (context) => {
    const file = fileOfRow(context);
    return file >= 3 && file % 2 === 1 && isUsedRow(context);
  },
  dose_invalid: (context) =>
    !isBlankCell(coreCell(context.read(context.row, context.column))) &&
    hasError(batchFieldIssues(context, 'dosis', SOME_PATIENT)),
  administration_date_invalid: (context) =>
    !isBlankCell(coreCell(context.read(context.row, context.column))) &&
    hasError(batchFieldIssues(context, 'datumToediening', SOME_PATIENT)),
  batch_field_missing: (context) => {
    // The register's batch columns start at F, in core's REGISTER_FIELD_ORDER (registerColumns.ts).
    const field = REGISTER_FIELD_ORDER[context.column - 5];
    if (field === undefined) return false;
    return batchFieldIssues(context, field, rowCells(context)).some(
      (issue) => issue.code === 'register_field_required',
    );
  },
};

import { cellCount, cellToA1, columnCount, type Rect, rectToA1, rowCount } from './addresses';
import {
  type CellContent,
  contentOfScalar,
  formulaOf,
  type Scalar,
  valueOf,
  valueTypeOf,
} from './cellContent';
import { coerceInput, isCellInput } from './coercion';
import type { ExecState } from './context';
import { FakeErrorCodes, officeError } from './errors';
import type { ChangeDetail } from './events';
import { normalizeNumberFormat, renderText } from './numberFormats';
import type { SheetModel } from './sheetModel';

/**
 * Reading and writing cell arrays (`values`, `formulas`, `numberFormat`, `text`, `valueTypes`).
 *
 * Shapes: a 2-D array must have exactly the range's rows and columns, otherwise Excel refuses the
 * request ("The number of rows or columns in the input array doesn't match the size or dimensions
 * of the range", InvalidArgument). A single non-array value is applied to every cell: the
 * documented "If the argument is a single value, it will be applied to all cells in the range"
 * (office-js-docs-reference#578; confirmed to work at runtime for `values`, `formulas` and
 * `numberFormat` in office-js-docs-pr#2013, although the TypeScript types only allow arrays).
 * In a 2-D array `null` leaves a cell unchanged and `''` clears it ("Blank and null values in Excel
 * add-ins"). Values reach Excel as JSON, so `undefined`, `NaN` and `Infinity` arrive as `null`
 * (unchanged cell) and a `Date` arrives as its ISO string (stored as text).
 */
export type CellProperty = 'values' | 'formulas' | 'numberFormat' | 'text' | 'valueTypes';

function shapeError(r: Rect, location: string): Error {
  return officeError(
    FakeErrorCodes.invalidArgument,
    `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rowCount(r)}x${columnCount(r)} expected)`,
    location,
  );
}

/** Per-cell input from a 2-D array or a scalar; throws InvalidArgument for a wrong shape. */
export function cellInputs(
  input: unknown,
  r: Rect,
  location: string,
): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) {
      throw officeError(
        FakeErrorCodes.invalidArgument,
        'null is not a valid value for the whole range',
        location,
      );
    }
    return () => input;
  }
  if (input.length !== rowCount(r)) throw shapeError(r, location);
  for (const row of input) {
    if (!Array.isArray(row) || row.length !== columnCount(r)) throw shapeError(r, location);
  }
  const rows = input as unknown[][];
  return (row, column) => rows[row - r.r0]?.[column - r.c0];
}

export function formulaResultFor(exec: ExecState, sheet: SheetModel, row: number, column: number) {
  return (content: CellContent): Scalar =>
    content.kind === 'formula'
      ? exec.host.options.evaluateFormula(content.formula, { sheet: sheet.name, row, column })
      : '';
}

export function readCell(
  exec: ExecState,
  sheet: SheetModel,
  row: number,
  column: number,
  property: CellProperty,
): unknown {
  const spilled = sheet.spillAt(row, column);
  const stored = sheet.getContent(row, column);
  // A spilled cell holds nothing of its own and shows its share of the anchor's results; the
  // anchor keeps its formula and shows the first result (SheetModel.spills).
  const content = spilled !== null && !spilled.anchor ? contentOfScalar(spilled.value) : stored;
  const result =
    spilled !== null ? () => spilled.value : () => formulaResultFor(exec, sheet, row, column)(content);
  switch (property) {
    case 'values':
      return valueOf(content, result);
    case 'formulas':
      return formulaOf(content);
    case 'valueTypes':
      return valueTypeOf(content, result);
    case 'numberFormat':
      return sheet.getFormat(row, column, 'numberFormat');
    case 'text':
      return renderText(content, valueOf(content, result), sheet.getFormat(row, column, 'numberFormat'), {
        dateSystem: exec.model.dateSystem,
        shortDateDisplay: exec.host.options.shortDateDisplay,
        booleanDisplay: exec.host.options.booleanDisplay,
      });
  }
}

/** A 2-D array of one property; refused past the read limit (5,000,000 cells). */
export function readCells(
  exec: ExecState,
  sheet: SheetModel,
  r: Rect,
  property: CellProperty,
  location: string,
): unknown[][] {
  if (cellCount(r) > exec.host.limits.readCells) {
    throw officeError(FakeErrorCodes.rangeExceedsLimit, `${cellCount(r)} cells`, location);
  }
  const out: unknown[][] = [];
  for (let row = r.r0; row <= r.r1; row += 1) {
    const line: unknown[] = [];
    for (let column = r.c0; column <= r.c1; column += 1)
      line.push(readCell(exec, sheet, row, column, property));
    out.push(line);
  }
  return out;
}

/**
 * Writes `values` or `formulas` (same coercion: setting a formula property to a constant behaves
 * like typing it) and records the change for `onChanged`.
 */
export function writeContents(
  exec: ExecState,
  sheet: SheetModel,
  r: Rect,
  input: unknown,
  location: string,
): void {
  const at = cellInputs(input, r, location);
  const single = r.r0 === r.r1 && r.c0 === r.c1;
  let details: ChangeDetail | undefined;
  const before = single ? snapshot(exec, sheet, r.r0, r.c0) : undefined;
  for (let row = r.r0; row <= r.r1; row += 1) {
    for (let column = r.c0; column <= r.c1; column += 1) {
      const raw = at(row, column);
      if (raw === null || raw === undefined) continue;
      if (!isCellInput(raw)) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `unsupported value at ${cellToA1(row, column)}`,
          location,
        );
      }
      const coerced = coerceInput(raw, {
        numberFormat: sheet.getFormat(row, column, 'numberFormat'),
        dateSystem: exec.model.dateSystem,
      });
      sheet.setContent(row, column, coerced.content);
      if (coerced.numberFormat !== undefined)
        sheet.setCellFormat(row, column, 'numberFormat', coerced.numberFormat);
    }
  }
  if (before) {
    const after = snapshot(exec, sheet, r.r0, r.c0);
    details = {
      valueBefore: before.value,
      valueAfter: after.value,
      valueTypeBefore: before.type,
      valueTypeAfter: after.type,
    };
  }
  recordChange(exec, sheet, r, details);
}

export function recordChange(
  exec: ExecState,
  sheet: SheetModel,
  r: Rect,
  details?: ChangeDetail,
  changeType:
    | 'RangeEdited'
    | 'RowInserted'
    | 'RowDeleted'
    | 'ColumnInserted'
    | 'ColumnDeleted'
    | 'CellInserted'
    | 'CellDeleted' = 'RangeEdited',
): void {
  const base = {
    sheetId: sheet.id,
    address: rectToA1(r),
    changeType,
    source: exec.source,
    triggerSource: exec.trigger === 'addin' ? ('ThisLocalAddin' as const) : ('Unknown' as const),
  };
  exec.changes.push(details === undefined ? base : { ...base, details });
}

function snapshot(
  exec: ExecState,
  sheet: SheetModel,
  row: number,
  column: number,
): { value: Scalar; type: string } {
  return {
    value: readCell(exec, sheet, row, column, 'values') as Scalar,
    type: readCell(exec, sheet, row, column, 'valueTypes') as string,
  };
}

/** Writes number formats; a single value over whole rows/columns uses row/column formats. */
export function writeNumberFormats(sheet: SheetModel, r: Rect, input: unknown, location: string): void {
  if (!Array.isArray(input)) {
    if (typeof input !== 'string')
      throw officeError(FakeErrorCodes.invalidArgument, 'a number format is a string', location);
    sheet.setFormat(r, 'numberFormat', normalizeNumberFormat(input));
    return;
  }
  const at = cellInputs(input, r, location);
  for (let row = r.r0; row <= r.r1; row += 1) {
    for (let column = r.c0; column <= r.c1; column += 1) {
      const raw = at(row, column);
      if (raw === null || raw === undefined) continue;
      if (typeof raw !== 'string') {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `number format at ${cellToA1(row, column)} is not a string`,
          location,
        );
      }
      sheet.setCellFormat(row, column, 'numberFormat', normalizeNumberFormat(raw));
    }
  }
}

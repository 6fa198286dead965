/**
 * What a cell holds, and how `values`, `valueTypes` and `formulas` report it.
 *
 * `valueTypes` use the `Excel.RangeValueType` strings: "Empty", "String", "Double", "Boolean",
 * "Error" (Excel reports every number as "Double"; "Integer", "RichValue" and "Unknown" exist in the
 * enum but are not produced here). A cell holding an error returns the error string from `values`
 * ("Cells that contain an error will return the error string", Excel.Range.values).
 */
export const ERROR_LITERALS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;

export type ErrorLiteral = (typeof ERROR_LITERALS)[number];

export function asErrorLiteral(text: string): ErrorLiteral | null {
  const upper = text.toUpperCase();
  return ERROR_LITERALS.find((e) => e === upper) ?? null;
}

export type Scalar = string | number | boolean;

export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: ErrorLiteral }
  | { readonly kind: 'formula'; readonly formula: string };

export type RangeValueTypeName = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export const EMPTY: CellContent = { kind: 'empty' };

/** The value of a formula cell; the fake does not calculate (see `FakeExcelOptions.evaluateFormula`). */
export type FormulaEvaluator = (
  formula: string,
  at: { sheet: string; row: number; column: number },
) => Scalar;

export function defaultFormulaResult(): Scalar {
  return '';
}

export function valueOf(content: CellContent, formulaResult: () => Scalar): Scalar {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'string':
    case 'number':
    case 'boolean':
    case 'error':
      return content.value;
    case 'formula':
      return formulaResult();
  }
}

export function valueTypeOfScalar(value: Scalar, isEmpty: boolean): RangeValueTypeName {
  if (isEmpty) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return asErrorLiteral(value) !== null ? 'Error' : 'String';
}

export function valueTypeOf(content: CellContent, formulaResult: () => Scalar): RangeValueTypeName {
  switch (content.kind) {
    case 'empty':
      return 'Empty';
    case 'string':
      return 'String';
    case 'number':
      return 'Double';
    case 'boolean':
      return 'Boolean';
    case 'error':
      return 'Error';
    case 'formula':
      return valueTypeOfScalar(formulaResult(), false);
  }
}

/** `Range.formulas`: the formula for formula cells, the raw value otherwise ('' when empty). */
export function formulaOf(content: CellContent): Scalar {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'formula':
      return content.formula;
    default:
      return content.value;
  }
}

/** The content a cell would hold for a constant `value` (a spilled result, see SheetModel.spills). */
export function contentOfScalar(value: Scalar): CellContent {
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value === '') return EMPTY;
  const error = asErrorLiteral(value);
  return error !== null ? { kind: 'error', value: error } : { kind: 'string', value };
}

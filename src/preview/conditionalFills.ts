/**
 * How the preview grid shows the registration sheet's conditional formats.
 *
 * The fake Excel host stores conditional formats but never evaluates their formulas (Excel does;
 * test/excel checks the formulas against core with a real formula engine). The preview recognises
 * the rules the add-in writes (src/excel/*Formula(s).ts: invalid INSZ, bad
 * Geboortedatum, edge whitespace, rows of further files) and evaluates each with its core
 * equivalent: validateInsz, parseBirthDateText, hasEdgeWhitespace, and the row arithmetic of the
 * over-limit bands. Where the formula is documented to be stricter than core (NFKC, whitespace
 * other than U+0020), the preview follows core. Any other rule is not evaluated and is counted in
 * `unsupported`, which the page shows.
 */
import { calendarDateOf, compareDates, hasEdgeWhitespace, parseBirthDateText, validateInsz } from '../core';
import { birthDateInvalidFormula, birthDateShapeFormula } from '../excel/birthDateFormulas';
import { edgeWhitespaceFormula } from '../excel/edgeWhitespaceFormula';
import { inszInvalidFormula } from '../excel/inszFormula';

/** One cell as the grid reads it from the fake host (`values` + `valueTypes`). */
export interface GridCell {
  readonly value: string | number | boolean;
  /** Excel.RangeValueType: Empty, String, Double, Boolean, Error. */
  readonly valueType: string;
}

/** 0-based row and column. */
export type CellReader = (row: number, column: number) => GridCell;

export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** What `host.inspect.sheet(name).conditionalFormats()` gives, as far as the preview uses it. */
export interface RuleDescription {
  readonly type: string;
  readonly formula?: string | undefined;
  readonly format: { readonly fill?: string | null; readonly fontColor?: string };
  readonly areas: readonly Area[];
}

export interface CompiledRule {
  readonly areas: readonly Area[];
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly test: (row: number, column: number, read: CellReader) => boolean;
}

export interface CompiledRules {
  /** In priority order, highest first. */
  readonly rules: readonly CompiledRule[];
  /** Rules the preview cannot evaluate (shown as a note under the grid). */
  readonly unsupported: number;
}

type CellTest = (cell: GridCell, today: Date) => boolean;

/** TRIM in Excel removes ASCII spaces only; the formulas treat a cell of spaces as blank. */
const isFormulaBlank = (cell: GridCell): boolean =>
  cell.valueType === 'Empty' || (typeof cell.value === 'string' && cell.value.replace(/ /g, '') === '');

/** The text of a whole, non-negative number as the formulas read it (`TEXT(n, "0")`). */
const digitsOfNumber = (value: number): string | null =>
  Number.isInteger(value) && value >= 0 && value < 1e15 ? String(value) : null;

/** Text a rule sees in a cell, or null for an error or a boolean (always highlighted). */
function cellText(cell: GridCell): string | null {
  if (cell.valueType === 'Error' || typeof cell.value === 'boolean') return null;
  if (typeof cell.value === 'number') return digitsOfNumber(cell.value);
  return cell.value;
}

const inszInvalid: CellTest = (cell, today) => {
  if (isFormulaBlank(cell)) return false;
  const text = cellText(cell);
  if (text === null) return true;
  // A number with fewer digits lost its leading zero (insz_leading_zero_lost): highlighted.
  if (typeof cell.value === 'number' && text.length !== 11) return true;
  return !validateInsz(text, { today }).valid;
};

function birthDateText(cell: GridCell): string | null {
  const text = cellText(cell);
  if (text === null) return null;
  return text.replace(/^ +| +$/g, '');
}

const birthDateShapeBad: CellTest = (cell) => {
  if (isFormulaBlank(cell)) return false;
  const text = birthDateText(cell);
  return text === null || !/^[0-9]{8}$/.test(text);
};

const birthDateInvalid: CellTest = (cell, today) => {
  if (isFormulaBlank(cell)) return false;
  const text = birthDateText(cell);
  if (text === null) return true;
  const parsed = parseBirthDateText(text);
  return !parsed.ok || compareDates(parsed.value, calendarDateOf(today)) > 0;
};

const edgeWhitespace: CellTest = (cell) => typeof cell.value === 'string' && hasEdgeWhitespace(cell.value);

/** The single-cell rules the add-in writes, by the formula builder that makes them. */
const CELL_RULES: readonly { build: (cell: string) => string; test: CellTest }[] = [
  { build: inszInvalidFormula, test: inszInvalid },
  { build: birthDateInvalidFormula, test: birthDateInvalid },
  { build: birthDateShapeFormula, test: birthDateShapeBad },
  { build: edgeWhitespaceFormula, test: edgeWhitespace },
];

const CELL_REFERENCE = /\$?([A-Z]{1,3})\$?([1-9][0-9]*)/;

function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** overLimitFormula / overLimitBands: `=AND(COUNTA($A2:$E2)>0,ROW()>=101[,ISODD(INT((ROW()-2)/99))])` (100 lines per file, header included; core: sheetRowPart). */
const OVER_LIMIT =
  /^=AND\(COUNTA\(\$([A-Z]{1,3})([1-9][0-9]*):\$([A-Z]{1,3})\2\)>0,ROW\(\)>=([0-9]+)(?:,(ISODD|ISEVEN)\(INT\(\(ROW\(\)-([0-9]+)\)\/([0-9]+)\)\))?\)$/;

type RuleTest = CompiledRule['test'];

function compileFormula(
  formula: string,
  topLeft: { row: number; column: number },
  today: Date,
): RuleTest | null {
  const reference = CELL_REFERENCE.exec(formula);
  if (reference) {
    const cell = `${reference[1] ?? ''}${reference[2] ?? ''}`;
    const known = CELL_RULES.find((rule) => {
      try {
        return rule.build(cell) === formula;
      } catch {
        return false;
      }
    });
    if (known) {
      // Relative reference: the rule is written for the range's top-left cell.
      const dRow = Number(reference[2]) - 1 - topLeft.row;
      const dColumn = columnIndex(reference[1] ?? '') - topLeft.column;
      return (row, column, read) => known.test(read(row + dRow, column + dColumn), today);
    }
  }
  const band = OVER_LIMIT.exec(formula);
  if (band) {
    const first = columnIndex(band[1] ?? '');
    const last = columnIndex(band[3] ?? '');
    const dRow = Number(band[2]) - 1 - topLeft.row;
    const fromRow = Number(band[4]);
    const parity = band[5];
    const base = Number(band[6]);
    const size = Number(band[7]);
    return (row, _column, read) => {
      const sheetRow = row + 1;
      if (sheetRow < fromRow) return false;
      if (parity !== undefined) {
        const index = Math.floor((sheetRow - base) / size);
        if ((index % 2 === 1) !== (parity === 'ISODD')) return false;
      }
      for (let c = first; c <= last; c += 1) if (read(row + dRow, c).valueType !== 'Empty') return true;
      return false;
    };
  }
  return null;
}

/** Compiles the rules the preview can evaluate; `today` as the add-in's TODAY(). */
export function compileRules(descriptions: readonly RuleDescription[], today: Date): CompiledRules {
  const rules: CompiledRule[] = [];
  let unsupported = 0;
  for (const description of descriptions) {
    const first = description.areas[0];
    const test =
      description.type === 'Custom' && description.formula !== undefined && first !== undefined
        ? compileFormula(description.formula, { row: first.r0, column: first.c0 }, today)
        : null;
    if (test === null) {
      unsupported += 1;
      continue;
    }
    rules.push({
      areas: description.areas,
      fill: description.format.fill ?? null,
      fontColor: description.format.fontColor ?? null,
      test,
    });
  }
  return { rules, unsupported };
}

const inside = (area: Area, row: number, column: number): boolean =>
  row >= area.r0 && row <= area.r1 && column >= area.c0 && column <= area.c1;

/** Fill and font colour the conditional formats give a cell (highest priority wins), or nulls. */
export function conditionalStyle(
  compiled: CompiledRules,
  row: number,
  column: number,
  read: CellReader,
): { fill: string | null; fontColor: string | null } {
  let fill: string | null = null;
  let fontColor: string | null = null;
  for (const rule of compiled.rules) {
    if (fill !== null && fontColor !== null) break;
    if (!rule.areas.some((area) => inside(area, row, column))) continue;
    if (!rule.test(row, column, read)) continue;
    fill ??= rule.fill;
    fontColor ??= rule.fontColor;
  }
  return { fill, fontColor };
}

/** `A1` of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${letters(column)}${row + 1}`;
}

export { letters as columnLetters };

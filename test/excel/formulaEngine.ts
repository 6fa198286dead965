/**
 * A real formula engine (HyperFormula, GPL-3.0, dev-only) to check conditional-format and
 * data-validation formulas against the same cases as core (ARCHITECTURE "Testing": "checked by
 * evaluating them with a real formula engine").
 *
 * A rule is evaluated the way Excel applies it to a range: the case cells go into columns A, B, ...
 * from `firstRow` down, the rule formula (written for the range's top-left cell in column A) goes
 * into a spare column at `firstRow` and is copied down with HyperFormula's copy/paste, which
 * shifts relative references exactly as Excel does from one cell of a rule's range to the next.
 *
 * Engine differences that matter here (HyperFormula 3.5 vs Excel):
 * - TODAY() reads `Date.now()`: {@link evaluateRule} replaces it with `options.today` while it
 *   builds and reads the sheet, so a test and core share one clock and midnight cannot flake.
 * - Excel's fictitious 29/02/1900 is emulated (`leapYear1900: true`) unless a test turns it off.
 * - `--""` is 0 in HyperFormula and #VALUE! in Excel; INT truncates negatives toward zero
 *   (Excel rounds down); CHOOSE refuses a fractional index (Excel truncates it); DATEDIF wants
 *   its unit in capitals; TRUE and FALSE are names, not literals; `1E8` does not parse (write
 *   100000000); DATE(y,1,0) gives 1 January instead of 31 December. The formulas are written so
 *   none of this is reached or changes a verdict (see src/excel/formulaParts.ts and the rule files).
 * - A HyperFormula bug (3.5.0, the latest) is patched here, not worked around in the formulas:
 *   see {@link patchSerialToDate}.
 * - UNICODE of a partial surrogate is #VALUE! in Excel and a number in HyperFormula: the engine
 *   here uses Excel's behaviour (see ExcelUnicodePlugin), so a formula that forgets it fails a test.
 */
import {
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type CellValue,
  type RawCellContent,
} from 'hyperformula';
import { dirname, join } from 'node:path';
import type { Cell } from '../../src/core/types';

/** The methods of HyperFormula's internal DateTimeHelper that {@link patchSerialToDate} uses. */
interface DateTimeHelperInternals {
  minDateAbsoluteValue: number;
  dateToNumberFromZero(date: { year: number; month: number; day: number }): number;
  daysInMonth(year: number, month: number): number;
  numberToSimpleDate(serial: number): { year: number; month: number; day: number };
}

/**
 * HyperFormula 3.5.0 turns a serial number into a date by estimating the year as
 * `floor(days / 365.2425)` and correcting the estimate by one year, but its downward correction
 * tests the wrong year: when the estimate is one year too high it stays there. With
 * `leapYear1900` (Excel's extra day) that happens on 31 December of 32 years in every 400 from
 * 2036 on (2036, 2040, ..., 2069, ...): MONTH(DATE(2040,12,31)) gives 1 and DAY gives 0, where
 * Excel gives 12 and 31. The rule formulas call DATE and MONTH on such dates (the Geboortedatum
 * rule on MOD(yyyy,400)+2000, the INSZ rule on the year + 400), so a random birth date on one of
 * those days made the engine disagree with core while Excel agrees. This replaces the method
 * with an exact search (the same day count, the same fictitious 29/02/1900 under leapYear1900);
 * conditionalFormulas.test.ts proves the round trip on both sides of every year boundary.
 */
/** Days from year 0 up to which {@link patchSerialToDate} computes the date (about year 270,000). */
const MAX_PATCHED_DAYS = 100_000_000;

function patchSerialToDate(): void {
  // The helper is not among the package's exports: load its file from the package's folder, with
  // Jest's require so that it is the same module instance the engine uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const helper = require(join(dirname(require.resolve('hyperformula')), 'DateTimeHelper.js')) as {
    DateTimeHelper?: { prototype: DateTimeHelperInternals };
  };
  const proto = helper.DateTimeHelper?.prototype;
  if (proto === undefined || typeof proto.numberToSimpleDate !== 'function') {
    throw new Error('formulaEngine: HyperFormula no longer has DateTimeHelper.numberToSimpleDate');
  }
  const original = proto.numberToSimpleDate;
  proto.numberToSimpleDate = function numberToSimpleDate(this: DateTimeHelperInternals, serial: number) {
    const days = Math.floor(serial) + this.minDateAbsoluteValue;
    // Far outside any date (TEXT also asks about numbers like 1E+20): HyperFormula's own answer;
    // there `year + 1 === year` in floating point, and the search below would never end.
    if (!(Math.abs(days) < MAX_PATCHED_DAYS)) return original.call(this, serial);
    const firstDay = (year: number): number => this.dateToNumberFromZero({ year, month: 1, day: 1 });
    let year = Math.floor(days / 365.2425);
    while (firstDay(year + 1) <= days) year++;
    while (firstDay(year) > days) year--;
    let month = 1;
    let day = days - firstDay(year) + 1;
    while (day > this.daysInMonth(year, month)) {
      day -= this.daysInMonth(year, month);
      month++;
    }
    return { year, month, day };
  };
}
patchSerialToDate();

/**
 * UNICODE as Excel computes it: the code point of the first character, and "If text contains
 * partial surrogates or data types that are not valid, UNICODE returns the #VALUE! error value"
 * (Microsoft, "UNICODE function", support.microsoft.com/office/unicode-function). HyperFormula
 * 3.5 answers `codePointAt(0)`, i.e. the code unit of a lone surrogate, where Excel fails. Excel's
 * LEFT, RIGHT and MID count UTF-16 code units (LEN of an emoji is 2), as HyperFormula's do, so
 * `LEFT(cell)` of a value starting with an emoji is a partial surrogate in both: replacing
 * HyperFormula's UNICODE with this one makes the engine fail where Excel fails.
 */
class ExcelUnicodePlugin extends FunctionPlugin {
  static override implementedFunctions = {
    UNICODE: { method: 'unicode', parameters: [{ argumentType: FunctionArgumentType.STRING }] },
  };

  unicode(
    ast: { args: Parameters<ExcelUnicodePlugin['runFunction']>[0] },
    state: Parameters<ExcelUnicodePlugin['runFunction']>[1],
  ): ReturnType<ExcelUnicodePlugin['runFunction']> {
    return this.runFunction(ast.args, state, this.metadata('UNICODE'), (text: string) =>
      text === '' || hasPartialSurrogate(text)
        ? new CellError(ErrorType.VALUE)
        : (text.codePointAt(0) as number),
    );
  }
}

/** True when the text holds a high surrogate without its low one, or a low one alone. */
export function hasPartialSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}
HyperFormula.registerFunction('UNICODE', ExcelUnicodePlugin);

/** Excel's MOD before 2007: #NUM! when n >= d * 2^27 (Microsoft KB 119083). */
const LEGACY_MOD_LIMIT = 2 ** 27;

/** Largest `|n| / (|d| * 2^27)` LEGACYMOD has seen since the last {@link resetLegacyModStats}. */
export const legacyModStats = { maxRatio: 0, failures: 0 };

export function resetLegacyModStats(): void {
  legacyModStats.maxRatio = 0;
  legacyModStats.failures = 0;
}

/** MOD as Excel 2003 and earlier computed it, to prove a formula never reaches the bug. */
class LegacyModPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    LEGACYMOD: {
      method: 'legacyMod',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
      ],
    },
  };

  legacyMod(
    ast: { args: Parameters<LegacyModPlugin['runFunction']>[0] },
    state: Parameters<LegacyModPlugin['runFunction']>[1],
  ): ReturnType<LegacyModPlugin['runFunction']> {
    return this.runFunction(ast.args, state, this.metadata('LEGACYMOD'), (n: number, d: number) => {
      if (d === 0) return new CellError(ErrorType.DIV_BY_ZERO);
      const ratio = Math.abs(n) / (Math.abs(d) * LEGACY_MOD_LIMIT);
      legacyModStats.maxRatio = Math.max(legacyModStats.maxRatio, ratio);
      if (ratio >= 1) {
        legacyModStats.failures++;
        return new CellError(ErrorType.NUM);
      }
      return n - d * Math.floor(n / d);
    });
  }
}
HyperFormula.registerFunctionPlugin(LegacyModPlugin, { enGB: { LEGACYMOD: 'LEGACYMOD' } });

export interface RuleEngineOptions {
  /** The date TODAY() returns (the local calendar date of this instant). */
  today: Date;
  /** Sheet row of the first case, the rule's top-left row (default 2, under a header row). */
  firstRow?: number;
  /** Emulate Excel's 29/02/1900 (default true). */
  leapYear1900?: boolean;
  /** Evaluate every MOD as Excel 2003's MOD (see {@link legacyModStats}). */
  legacyMod?: boolean;
}

export interface RuleResult {
  /** What the formula returned. */
  value: CellValue;
  /** Whether Excel would apply the format: TRUE or a non-zero number; never for an error. */
  applies: boolean;
  /** The error type when the formula returned an error (`NAME` would mean an unknown function). */
  error?: string;
}

/** Excel's sheet size (HyperFormula's default is 40,000 rows). */
const MAX_ROWS = 1_048_576;

/** Column of the rule formula: after every data column a test uses (A-E). */
const RULE_COLUMN = 9;

/** Error values as a formula that yields them. */
const ERROR_FORMULAS: Readonly<Record<string, string>> = {
  '#N/A': '=NA()',
  '#DIV/0!': '=1/0',
  '#VALUE!': '=1+"x"',
  '#NUM!': '=SQRT(-1)',
  '#REF!': '=INDEX(A1:A2,3)',
};

/** A core Cell as content HyperFormula stores with the same type Excel would hold. */
function content(cell: Cell): RawCellContent {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      // The apostrophe keeps text as text (no number, date or formula parsing), as under `@`.
      return `'${cell.value}`;
    case 'number':
    case 'date':
      return cell.value;
    case 'boolean':
      return cell.value;
    case 'error':
      return ERROR_FORMULAS[cell.value] ?? '=NA()';
  }
}

/** Runs `fn` with `Date.now()` fixed at `today` (HyperFormula's TODAY() reads it). */
function atTime<T>(today: Date, fn: () => T): T {
  const realNow = Date.now;
  Date.now = () => today.getTime();
  try {
    return fn();
  } finally {
    Date.now = realNow;
  }
}

/**
 * Evaluates a rule formula for each row of cases: `rows[i]` are the cells of sheet row
 * `firstRow + i` in columns A, B, .... Returns one result per row, in order.
 */
export function evaluateRule(
  formula: string,
  rows: readonly (readonly Cell[])[],
  options: RuleEngineOptions,
): RuleResult[] {
  const firstRow = options.firstRow ?? 2;
  const text = options.legacyMod ? formula.replace(/\bMOD\(/g, 'LEGACYMOD(') : formula;
  return atTime(options.today, () => {
    // One row per case, cells in A, B, ..., the rule formula at the top of RULE_COLUMN only.
    const data: RawCellContent[][] = Array.from({ length: firstRow - 1 }, () => []);
    rows.forEach((cells, i) => {
      const line: RawCellContent[] = cells.map(content);
      if (i === 0) {
        while (line.length < RULE_COLUMN) line.push(null);
        line.push(text);
      }
      data.push(line);
    });
    const hf = HyperFormula.buildFromSheets(
      { Registraties: data },
      { licenseKey: 'gpl-v3', leapYear1900: options.leapYear1900 ?? true, maxRows: MAX_ROWS },
    );
    try {
      const sheet = hf.getSheetId('Registraties') as number;
      const top = { sheet, row: firstRow - 1, col: RULE_COLUMN };
      // Copy down by doubling blocks (paste cannot run inside a batch): log2(n) pastes.
      for (let filled = 1; filled < rows.length;) {
        const count = Math.min(filled, rows.length - filled);
        hf.copy({ start: top, end: { ...top, row: top.row + count - 1 } });
        hf.paste({ ...top, row: top.row + filled });
        filled += count;
      }
      return rows.map((_, i) => {
        const value = hf.getCellValue({ sheet, row: firstRow - 1 + i, col: RULE_COLUMN });
        if (value instanceof DetailedCellError) return { value, applies: false, error: value.type };
        const applies = value === true || (typeof value === 'number' && value !== 0);
        return { value, applies };
      });
    } finally {
      hf.destroy();
    }
  });
}

/** {@link evaluateRule} for rules on one column: one cell per row, in column A. */
export function evaluateColumnRule(
  formula: string,
  cells: readonly Cell[],
  options: RuleEngineOptions,
): RuleResult[] {
  return evaluateRule(
    formula,
    cells.map((c) => [c]),
    options,
  );
}

/** True when HyperFormula can parse the formula (unknown functions parse, so check those too). */
export function parsesInEngine(formula: string): boolean {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  try {
    return hf.validateFormula(formula);
  } finally {
    hf.destroy();
  }
}

/** Every function a formula calls, by name, outside string literals. */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...new Set([...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] as string))].sort();
}

/** Functions HyperFormula implements (for the "no #NAME?" check). */
export function engineFunctionNames(): ReadonlySet<string> {
  return new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
}

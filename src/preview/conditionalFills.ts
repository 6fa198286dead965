/**
 * How the preview grid shows the registration sheet's conditional formats.
 *
 * The fake Excel host stores conditional formats but never evaluates their formulas (Excel does;
 * test/excel checks the formulas against core with a real formula engine). The preview asks the
 * Excel layer which named highlight a stored formula is (highlightCatalog.ts: the formulas are
 * rebuilt and compared, never parsed) and evaluates that highlight with the core rule it mirrors
 * (highlightEvaluators.ts). Where a formula is documented to be stricter than core (NFKC,
 * whitespace other than U+0020), the preview follows core. Any other rule is not evaluated and is
 * counted in `unsupported`, which the page shows.
 */
import { identifyHighlight } from '../excel/highlightCatalog';
import { type CellReader, HIGHLIGHT_EVALUATORS, rowCache } from './highlightEvaluators';

export type { CellReader, GridCell } from './highlightEvaluators';

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

function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Compiles the rules the preview can evaluate; `today` as the add-in's TODAY(). Core's verdict on
 * a row is computed once per compile (one drawing of the grid), whatever the number of rules.
 */
export function compileRules(descriptions: readonly RuleDescription[], today: Date): CompiledRules {
  const rules: CompiledRule[] = [];
  const cache = rowCache();
  let unsupported = 0;
  for (const description of descriptions) {
    const first = description.areas[0];
    const highlight =
      description.type === 'Custom' && description.formula !== undefined && first !== undefined
        ? identifyHighlight(description.formula, { row: first.r0, column: first.c0 })
        : null;
    if (highlight === null) {
      unsupported += 1;
      continue;
    }
    const evaluate = HIGHLIGHT_EVALUATORS[highlight.rule];
    rules.push({
      areas: description.areas,
      fill: description.format.fill ?? null,
      fontColor: description.format.fontColor ?? null,
      test: (row, column, read) => evaluate({ row, column, read, today, highlight, cache }),
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

import type { Cell } from '../../src/core/types';
import { identifyHighlight } from '../../src/excel/highlightCatalog';
import { HIGHLIGHT_RULE_IDS } from '../../src/excel/highlightRules';
import { registerHighlights } from '../../src/excel/registerHighlights';
import { type RegistrationHighlight, registrationHighlights } from '../../src/excel/registrationHighlights';
import { compileRules, conditionalStyle } from '../../src/preview/conditionalFills';
import { type GridCell, HIGHLIGHT_EVALUATORS, rowCache } from '../../src/preview/highlightEvaluators';
import { parseAddress } from '../../src/fake-excel/addresses';
import { makeInsz } from '../support/syntheticInsz';
import { evaluateRule } from '../excel/formulaEngine';

/*
 * Issue #12: every highlight the Excel layer defines is named, found again from its stored formula
 * without parsing it, and evaluated in the preview by the core rule it mirrors; on sample rows the
 * preview's verdict is the formula's (HyperFormula), cell by cell.
 */

const TODAY = new Date(2026, 5, 15, 12, 0);
const LINES = 3;
const ALL: readonly RegistrationHighlight[] = [
  ...registrationHighlights({ linesPerFile: LINES }),
  ...registerHighlights(),
];
const topLeftOf = (h: RegistrationHighlight) => {
  const rect = parseAddress(h.address)?.rect;
  if (rect === undefined) throw new Error(`no address: ${h.address}`);
  return { row: rect.r0, column: rect.c0, rect };
};

test('every highlight rule id is written by the Excel layer and has a preview evaluator', () => {
  const written = new Set(ALL.map((h) => h.rule));
  expect([...written].sort()).toEqual([...HIGHLIGHT_RULE_IDS].sort());
  expect(Object.keys(HIGHLIGHT_EVALUATORS).sort()).toEqual([...HIGHLIGHT_RULE_IDS].sort());
});

test.each(ALL.map((h, i) => [`${i} ${h.rule} on ${h.address}`, h] as const))(
  'the stored formula is found again by name: %s',
  (_label, h) => {
    const identified = identifyHighlight(h.formula, topLeftOf(h));
    expect(identified?.rule).toBe(h.rule);
    if (h.rule === 'over_limit_even' || h.rule === 'over_limit_odd')
      expect(identified?.linesPerFile).toBe(LINES);
  },
);

test('a formula the add-in does not write is no highlight', () => {
  expect(identifyHighlight('=A2>5', { row: 1, column: 0 })).toBeNull();
  const insz = ALL[0];
  // The INSZ rule written for A2 is not the INSZ rule of a range that starts at B3.
  expect(identifyHighlight(insz?.formula ?? '', { row: 2, column: 1 })).toBeNull();
});

const VALID = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });
const t = (value: string): Cell => ({ kind: 'text', value });
const E: Cell = { kind: 'empty', value: null };
/** Sample rows of A:E (sheet rows 2 ...): enough rows for files 2 and 3 at 3 lines per file. */
const ROWS: Cell[][] = [
  [t(VALID), t('Peeters'), t('Jan'), t('30071985'), t('1500')],
  [t('12345'), t('Peeters '), E, t('31022000'), t('150')],
  [E, E, t('Jan'), E, E],
  [E, t('Peeters'), E, E, t('0999')],
  [E, t('Peeters'), t('An'), t('01012000'), t('\u{1F600}')],
  [t(' \u{1F600}x'), E, E, E, { kind: 'number', value: 1500 }],
  [E, E, E, E, E],
  [{ kind: 'error', value: '#N/A' }, t('Maes'), E, t('x'), t('B-1000')],
];

const grid = (cell: Cell): GridCell => {
  switch (cell.kind) {
    case 'empty':
      return { value: '', valueType: 'Empty' };
    case 'text':
      return { value: cell.value, valueType: 'String' };
    case 'number':
    case 'date':
      return { value: cell.value, valueType: 'Double' };
    case 'boolean':
      return { value: cell.value, valueType: 'Boolean' };
    case 'error':
      return { value: cell.value, valueType: 'Error' };
  }
};
const read = (row: number, column: number): GridCell => grid(ROWS[row - 1]?.[column] ?? E);

test.each(
  registrationHighlights({ linesPerFile: LINES }).map(
    (h, i) => [`${i} ${h.rule} on ${h.address}`, h] as const,
  ),
)('the preview agrees with the formula on every sample cell: %s', (_label, h) => {
  const { rect } = topLeftOf(h);
  const identified = identifyHighlight(h.formula, topLeftOf(h));
  if (identified === null) throw new Error('not identified');
  const evaluate = HIGHLIGHT_EVALUATORS[identified.rule];
  const cache = rowCache();
  const mismatches: string[] = [];
  // The whitespace rule covers A:E: each column is checked by moving its cells to column A.
  const lastColumn = h.rule === 'whitespace_edge' ? Math.min(rect.c1, 4) : rect.c0;
  for (let column = rect.c0; column <= lastColumn; column++) {
    const shifted = ROWS.map((row) => [...row.slice(column - rect.c0), ...row.slice(0, column - rect.c0)]);
    const formulaSays = evaluateRule(h.formula, shifted, { today: TODAY }).map((r) => r.applies);
    ROWS.forEach((_, i) => {
      const previewSays = evaluate({ row: i + 1, column, read, today: TODAY, highlight: identified, cache });
      if (previewSays !== formulaSays[i])
        mismatches.push(`row ${i + 2} column ${column}: preview ${previewSays}`);
    });
  }
  expect(mismatches).toEqual([]);
});

test('the register batch rules: core judges the cell (dose, date) and blank required cells of patient rows', () => {
  const cells = new Map<string, GridCell>();
  const at = (row: number, column: number): GridCell =>
    cells.get(`${row},${column}`) ?? { value: '', valueType: 'Empty' };
  const compiled = compileRules(
    registerHighlights().map((h) => {
      const { rect } = topLeftOf(h);
      return { type: 'Custom', formula: h.formula, format: { fill: h.fill }, areas: [rect] };
    }),
    TODAY,
  );
  expect(compiled.unsupported).toBe(0);
  const dose = registerHighlights().find((h) => h.rule === 'dose_invalid');
  const doseColumn = dose === undefined ? -1 : topLeftOf(dose).column;
  cells.set(`1,${doseColumn}`, { value: 3, valueType: 'Double' });
  cells.set(`2,${doseColumn}`, { value: 0.5, valueType: 'Double' });
  cells.set(`3,${doseColumn}`, { value: '0,5', valueType: 'String' });
  expect([1, 2, 3].map((row) => conditionalStyle(compiled, row, doseColumn, at).fill)).toEqual([
    dose?.fill,
    null,
    null,
  ]);
  // A patient on row 5 without any batch cell: every required batch cell lights up.
  cells.set('5,1', { value: 'Peeters', valueType: 'String' });
  const required = registerHighlights().filter((h) => h.rule === 'batch_field_missing');
  expect(required.map((h) => conditionalStyle(compiled, 5, topLeftOf(h).column, at).fill)).toEqual(
    required.map((h) => h.fill),
  );
  // Row 6 holds nothing: no required cell is missing there.
  expect(required.map((h) => conditionalStyle(compiled, 6, topLeftOf(h).column, at).fill)).toEqual(
    required.map(() => null),
  );
});

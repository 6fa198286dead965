import { DEFAULT_LISTS, dateToExcelSerial, groupRegister, type BatchField, type Cell } from '../../src/core';
import {
  dateInvalidFormula,
  doseInvalidFormula,
  requiredMissingFormula,
} from '../../src/excel/registerFormulas';
import {
  evaluateColumnRule,
  evaluateRule,
  functionsIn,
  engineFunctionNames,
  type RuleEngineOptions,
} from './formulaEngine';
import { makeInsz } from '../support/syntheticInsz';

/*
 * The register's batch-column rules evaluated by HyperFormula over the same cells as core's
 * grouping (the code path of the check and the export): the formula's verdict must be core's,
 * except in the known differences listed here, where the formula is stricter.
 */

const TODAY = new Date(2026, 5, 15, 12, 0);
const ENGINE: RuleEngineOptions = { today: TODAY };
const text = (value: string): Cell => ({ kind: 'text', value });
const num = (value: number): Cell => ({ kind: 'number', value });
const date = (value: number): Cell => ({ kind: 'date', value });
const EMPTY: Cell = { kind: 'empty', value: null };
const serial = (year: number, month: number, day: number): number => dateToExcelSerial({ year, month, day });

/** Core's verdict: does grouping block a patient row for this cell in `field`? */
function coreBlocks(field: BatchField, c: Cell): boolean {
  const batch: Partial<Record<BatchField, Cell>> = {
    toedienerInsz: text(makeInsz({ year: 1980, month: 5, day: 17, serial: 907 })),
    gratisVoorraad: text('Ja'),
    datumToediening: text('01/06/2026'),
    immunisatieproduct: text('Vaxigrip Tetra'),
    dosis: num(0.5),
    [field]: c,
  };
  const cells = {
    insz: text(makeInsz({ year: 1985, month: 7, day: 30, serial: 933 })),
    naam: EMPTY,
    voornaam: EMPTY,
    geboortedatum: EMPTY,
    postcode: EMPTY,
  };
  const grouping = groupRegister([{ row: 2, cells, batch }], { today: TODAY, lists: DEFAULT_LISTS });
  return grouping.issues.some((i) => i.column === field && i.severity === 'error');
}

const DOSE_CASES: readonly (readonly [string, Cell])[] = [
  ['0.5', num(0.5)],
  ['1', num(1)],
  ['2', num(2)],
  ['3', num(3)],
  ['0.25', num(0.25)],
  ['0', num(0)],
  ['text 0,5', text('0,5')],
  ['text 0.5', text('0.5')],
  ['text " 1 "', text(' 1 ')],
  ['text 2,0', text('2,0')],
  ['text 1,5', text('1,5')],
  ['text 3', text('3')],
  ['text ½', text('½')],
  ['text abc', text('abc')],
  ['empty', EMPTY],
  ['blank text', text('   ')],
  ['boolean', { kind: 'boolean', value: true }],
  ['date 1', date(1)],
];
/** Known differences: core accepts, the formula highlights. */
const DOSE_STRICTER = new Set(['text 00,5', 'text 0,500']);

const DATE_CASES: readonly (readonly [string, Cell])[] = [
  ['today', date(serial(2026, 6, 15))],
  ['today with a time', date(serial(2026, 6, 15) + 0.75)],
  ['tomorrow', date(serial(2026, 6, 16))],
  ['1 January 1900', date(1)],
  ['29/02/1900 (Excel only)', date(60)],
  ['serial 0', num(0)],
  ['a number of days', num(serial(2026, 1, 2))],
  ['negative', num(-5)],
  ['text 01/06/2026', text('01/06/2026')],
  ['text 1-6-2026', text('1-6-2026')],
  ['text 1.6.2026', text('1.6.2026')],
  ['text 15/06/2026', text('15/06/2026')],
  ['text 16/06/2026', text('16/06/2026')],
  ['text 31/04/2026', text('31/04/2026')],
  ['text 29/02/2024', text('29/02/2024')],
  ['text 29/02/2025', text('29/02/2025')],
  ['text 0/06/2026', text('0/06/2026')],
  ['text 01/13/2026', text('01/13/2026')],
  ['text 01/06-2026', text('01/06-2026')],
  ['text 01/06/26', text('01/06/26')],
  ['text 01/06/1899', text('01/06/1899')],
  ['text 1/6/2026/1', text('1/6/2026/1')],
  ['text gisteren', text('gisteren')],
  ['empty', EMPTY],
  ['error', { kind: 'error', value: '#N/A' }],
];
/** Known differences: core reads ISO and ddmmyyyy texts, the formula highlights them. */
const DATE_STRICTER = new Set(['text 2026-06-01', 'text 01062026']);

describe('doseInvalidFormula agrees with core', () => {
  const formula = doseInvalidFormula('A2');
  const all = [...DOSE_CASES, ['text 00,5', text('00,5')] as const, ['text 0,500', text('0,500')] as const];
  const results = evaluateColumnRule(
    formula,
    all.map(([, c]) => c),
    ENGINE,
  );
  test.each(all.map(([label, c], i) => [label, c, i] as const))('%s', (label, c, i) => {
    const applies = results[i]?.applies;
    if (c.kind === 'empty') expect(applies).toBe(false);
    if (DOSE_STRICTER.has(label)) {
      expect(coreBlocks('dosis', c)).toBe(false);
      expect(applies).toBe(true);
    } else {
      expect(applies).toBe(
        c.kind === 'empty' || (c.kind === 'text' && c.value.trim() === '') ? false : coreBlocks('dosis', c),
      );
    }
  });
});

/**
 * The engine's day numbers: with `leapYear1900` and its default null date (30/12/1899) HyperFormula
 * numbers every day from 1 March 1900 on one higher than Excel (measured: its DATE(2026,6,16) is
 * 46190, Excel's and core's serial 46189). In Excel a date cell and TODAY() share one numbering, so
 * the cells get the engine's numbering here, for the comparison with the engine's TODAY().
 */
const toEngine = (c: Cell): Cell =>
  (c.kind === 'date' || c.kind === 'number') && c.value >= 61 ? { ...c, value: c.value + 1 } : c;

describe('dateInvalidFormula agrees with core', () => {
  const formula = dateInvalidFormula('A2');
  const all = [
    ...DATE_CASES,
    ['text 2026-06-01', text('2026-06-01')] as const,
    ['text 01062026', text('01062026')] as const,
  ];
  const results = evaluateColumnRule(
    formula,
    all.map(([, c]) => toEngine(c)),
    ENGINE,
  );
  test.each(all.map(([label, c], i) => [label, c, i] as const))('%s', (label, c, i) => {
    const applies = results[i]?.applies;
    if (DATE_STRICTER.has(label)) {
      expect(coreBlocks('datumToediening', c)).toBe(false);
      expect(applies).toBe(true);
    } else if (c.kind === 'empty') {
      expect(applies).toBe(false);
    } else {
      expect(applies).toBe(coreBlocks('datumToediening', c));
    }
  });
});

describe('requiredMissingFormula', () => {
  const formula = requiredMissingFormula('F2', ['$A2', '$B2', '$C2', '$D2', '$E2']);
  test.each([
    ['a patient without product', [text('x'), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY], true],
    [
      'a patient by name without product (blank text)',
      [EMPTY, text('Peeters'), EMPTY, EMPTY, EMPTY, text('  ')],
      true,
    ],
    ['a patient with product', [text('x'), EMPTY, EMPTY, EMPTY, EMPTY, text('Vaxigrip')], false],
    ['no patient, no product', [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY], false],
    ['no patient, a product filled ahead', [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, text('Vaxigrip')], false],
  ] as const)('%s', (_label, cells, expected) => {
    expect(evaluateRule(formula, [cells], ENGINE)[0]?.applies).toBe(expected);
    // Core: the same row, the same field (immunisatieproduct) blank or not.
    const product = cells[5];
    const hasPatient = cells.slice(0, 5).some((c) => c.kind !== 'empty');
    if (hasPatient) expect(coreBlocks('immunisatieproduct', product)).toBe(expected);
  });
});

test('every function the register formulas use exists in the engine (no #NAME?)', () => {
  const known = engineFunctionNames();
  for (const formula of [
    doseInvalidFormula('A2'),
    dateInvalidFormula('A2'),
    requiredMissingFormula('F2', ['$A2']),
  ]) {
    for (const name of functionsIn(formula)) expect(known.has(name)).toBe(true);
  }
});

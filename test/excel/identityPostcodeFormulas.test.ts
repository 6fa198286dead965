import { isBlankText } from '../../src/core/textChecks';
import { DEFAULT_SETTINGS, type Cell, type RegistrationColumn } from '../../src/core/types';
import { validateRegistrations } from '../../src/core/validateRegistrations';
import { FORMULA_MAX_LENGTH } from '../../src/excel/formulaParts';
import { identityCellsOfRow, identityMissingFormula } from '../../src/excel/identityFormula';
import { postcodeInvalidFormula } from '../../src/excel/postcodeFormula';
import { cell, cellsRow } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';
import { evaluateColumnRule, evaluateRule, parsesInEngine, type RuleEngineOptions } from './formulaEngine';

/*
 * Issue #13: live highlights for a row without identity and for a postcode that is not 4 digits
 * 1000-9999, each evaluated by HyperFormula over the same rows as core (validateRegistrations),
 * as for the other highlights in conditionalFormulas.test.ts.
 */

const TODAY = new Date(2026, 5, 15, 12, 0);
const ENGINE: RuleEngineOptions = { today: TODAY };
/** `FORMULA_PARITY_FULL=1`: more values per column (the cartesian product grows to ~20,000 rows). */
const FULL = process.env['FORMULA_PARITY_FULL'] === '1';
const SLOW = 600_000;
const text = cell.text;
const VALID_INSZ = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });

type Row = Record<RegistrationColumn, Cell>;
const COLUMNS: readonly RegistrationColumn[] = ['insz', 'naam', 'voornaam', 'geboortedatum', 'postcode'];

function coreIssues(row: Row) {
  return validateRegistrations({ rows: [cellsRow(2, row)], today: TODAY, settings: DEFAULT_SETTINGS }).issues;
}

/** Blank as core reads a cell: empty, or text of whitespace only. */
const coreBlank = (c: Cell): boolean => c.kind === 'empty' || (c.kind === 'text' && isBlankText(c.value));

describe('identityMissingFormula: the blank identity cells of a row core reports identity_missing for', () => {
  const values: Record<RegistrationColumn, Cell[]> = {
    insz: [
      cell.empty(),
      text(VALID_INSZ),
      text('12345'),
      text('\u00a0'),
      cell.error('#N/A'),
      ...(FULL ? [text('  '), cell.number(Number(VALID_INSZ)), text('\t\u3000'), text('\ufeff')] : []),
    ],
    naam: [
      cell.empty(),
      text('Peeters'),
      text('\u00a0 '),
      ...(FULL ? [text('  '), cell.error('#VALUE!'), cell.number(5)] : []),
    ],
    voornaam: [cell.empty(), text('Jan'), ...(FULL ? [text('\u2003')] : [])],
    geboortedatum: [
      cell.empty(),
      text('30071985'),
      text('\t'),
      ...(FULL ? [text('x'), cell.number(30071985), cell.date(31000), cell.boolean(true)] : []),
    ],
    postcode: [cell.empty(), text('1500'), ...(FULL ? [text('\u00a0'), text('15')] : [])],
  };
  const rows: Row[] = [];
  for (const insz of values.insz)
    for (const naam of values.naam)
      for (const voornaam of values.voornaam)
        for (const geboortedatum of values.geboortedatum)
          for (const postcode of values.postcode)
            rows.push({ insz, naam, voornaam, geboortedatum, postcode });

  test.each([
    ['A2', 'insz'],
    ['B2', 'naam'],
    ['D2', 'geboortedatum'],
  ] as const)(
    `every combination of cells (${rows.length} rows): the rule for %s agrees with core`,
    (target, column) => {
      const formula = identityMissingFormula(target, identityCellsOfRow(2));
      const results = evaluateRule(
        formula,
        rows.map((row) => COLUMNS.map((c) => row[c])),
        ENGINE,
      );
      const mismatches = rows
        .map((row, i) => {
          const core =
            coreIssues(row).some((issue) => issue.code === 'identity_missing') && coreBlank(row[column]);
          return { row, core, formula: results[i]?.applies, error: results[i]?.error };
        })
        .filter((m) => m.core !== m.formula);
      expect(mismatches).toEqual([]);
    },
    SLOW,
  );

  test('the nurse types only a first name: INSZ, Naam and Geboortedatum light up, Voornaam does not', () => {
    const row = [cell.empty(), cell.empty(), text('Jan'), cell.empty(), cell.empty()];
    const applies = ['A2', 'B2', 'D2'].map(
      (target) =>
        evaluateRule(identityMissingFormula(target, identityCellsOfRow(2)), [row], ENGINE)[0]?.applies,
    );
    expect(applies).toEqual([true, true, true]);
    // Naam typed too: still no identity (the birth date is missing), Naam itself is filled.
    const named = [cell.empty(), text('Peeters'), text('Jan'), cell.empty(), cell.empty()];
    const more = ['A2', 'B2', 'D2'].map(
      (target) =>
        evaluateRule(identityMissingFormula(target, identityCellsOfRow(2)), [named], ENGINE)[0]?.applies,
    );
    expect(more).toEqual([true, false, true]);
  });

  test('parses, within the length limit, refuses a broken reference', () => {
    const formula = identityMissingFormula('A2', identityCellsOfRow(2));
    expect(parsesInEngine(formula)).toBe(true);
    expect(formula.length).toBeLessThan(FORMULA_MAX_LENGTH);
    expect(() => identityMissingFormula('A0', identityCellsOfRow(2))).toThrow(RangeError);
    expect(() => identityMissingFormula('A2', { ...identityCellsOfRow(2), naam: 'B2:B3' })).toThrow(
      RangeError,
    );
  });
});

describe('postcodeInvalidFormula: the verdict of core (postcode_format, or an error on the cell)', () => {
  /** Core: a postcode_format warning or any error on the Postcode cell. */
  const coreFlags = (c: Cell): boolean =>
    coreIssues({ ...cellsRow(2, {}).cells, postcode: c }).some(
      (issue) =>
        issue.column === 'postcode' && (issue.code === 'postcode_format' || issue.severity === 'error'),
    );

  const CASES: [string, Cell][] = [
    ['1000, the lowest', text('1000')],
    ['9999, the highest', text('9999')],
    ['1500', text('1500')],
    ['0999: leading zero', text('0999')],
    ['150: three digits', text('150')],
    ['15000: five digits', text('15000')],
    ['B-1000', text('B-1000')],
    ['1000 Brussel', text('1000 Brussel')],
    ['ASCII spaces around (whitespace_edge only)', text(' 1500 ')],
    ['1,5e3', text('1,5e3')],
    ['1E3 (a number to Excel)', text('1E3')],
    ['-150 (formula_prefix)', text('-150')],
    ['1.500', text('1.500')],
    ['fullwidth digits', text('\uff11\uff15\uff10\uff10')],
    ['number 1500', cell.number(1500)],
    ['number 999', cell.number(999)],
    ['number 1500.5', cell.number(1500.5)],
    ['number -1500', cell.number(-1500)],
    ['boolean', cell.boolean(true)],
    ['error value', cell.error('#N/A')],
    ['empty', cell.empty()],
    ['ASCII spaces only', text('   ')],
    ['emoji', text('15\u{1F600}')],
  ];
  /** Stricter than core: whitespace core trims but TRIM does not. */
  const KNOWN_DIFFERENCES: [string, Cell][] = [
    ['no-break space after', text('1500\u00a0')],
    ['tab before', text('\t1500')],
    ['ideographic space only (core: blank)', text('\u3000')],
  ];

  let results: boolean[] = [];
  let known: boolean[] = [];
  beforeAll(() => {
    const formula = postcodeInvalidFormula('A2');
    results = evaluateColumnRule(
      formula,
      CASES.map(([, c]) => c),
      ENGINE,
    ).map((r) => r.applies);
    known = evaluateColumnRule(
      formula,
      KNOWN_DIFFERENCES.map(([, c]) => c),
      ENGINE,
    ).map((r) => r.applies);
  });

  test.each(CASES.map(([label, c], i) => [label, i, c] as const))('%s', (_label, i, c) => {
    expect(results[i]).toBe(coreFlags(c));
  });

  test.each(KNOWN_DIFFERENCES.map(([label, c], i) => [label, i, c] as const))(
    'known difference, the formula is stricter: %s',
    (_label, i, c) => {
      expect(coreFlags(c)).toBe(false);
      expect(known[i]).toBe(true);
    },
  );

  test(
    'every text of up to four characters from digits, letters and spaces agrees with core',
    () => {
      const units = ['0', '1', '5', '9', 'a', ' ', '.'];
      const texts: string[] = [''];
      for (let length = 1; length <= 4; length++) {
        for (const prefix of texts.filter((t) => t.length === length - 1))
          for (const u of units) texts.push(prefix + u);
      }
      const cells = texts.filter((t) => t !== '').map(text);
      const verdicts = evaluateColumnRule(postcodeInvalidFormula('A2'), cells, ENGINE);
      const mismatches = cells.filter((c, i) => verdicts[i]?.applies !== coreFlags(c));
      expect(mismatches).toEqual([]);
    },
    SLOW,
  );
});

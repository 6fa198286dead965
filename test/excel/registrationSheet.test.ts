import type { Cell } from '../../src/core/types';
import { birthDateInvalidFormula } from '../../src/excel/birthDateFormulas';
import { edgeWhitespaceFormula } from '../../src/excel/edgeWhitespaceFormula';
import { identityCellsOfRow, identityMissingFormula } from '../../src/excel/identityFormula';
import { inszInvalidFormula } from '../../src/excel/inszFormula';
import { postcodeInvalidFormula } from '../../src/excel/postcodeFormula';
import { overLimitBands } from '../../src/excel/overLimitBands';
import { REGISTRATION_HEADER_FILL } from '../../src/excel/registrationLayout';
import { queueFormatRegistrationSheet } from '../../src/excel/formatRegistrationSheet';
import { ERROR_FILL, WARNING_FILL } from '../../src/excel/highlightFills';
import { registrationHighlights } from '../../src/excel/registrationHighlights';
import { type Scalar, type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { makeInsz } from '../support/syntheticInsz';
import { evaluateRule } from './formulaEngine';

const TODAY = new Date(2026, 10, 28);

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

/** Formats a new sheet `name` as a registration sheet, in one Excel.run and one sync. */
async function formatNewSheet(name: string, linesPerFile: number, rows?: string[][]): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    queueFormatRegistrationSheet(sheet, { linesPerFile });
    // A compliant copy writes its rows right after the formatting, in the same batch.
    if (rows !== undefined) sheet.getRange(`A2:E${rows.length + 1}`).values = rows;
    await context.sync();
  });
}

describe('registrationHighlights', () => {
  test('errors first (INSZ, Geboortedatum, identity), then the warnings, then the file bands', () => {
    const highlights = registrationHighlights({ linesPerFile: 100 });
    const bands = overLimitBands(2, 100);
    const identity = identityCellsOfRow(2);
    expect(highlights.map((h) => [h.rule, h.address, h.formula, h.fill])).toEqual([
      ['insz_invalid', 'A2:A1048576', inszInvalidFormula('A2'), ERROR_FILL],
      ['birthdate_invalid', 'D2:D1048576', birthDateInvalidFormula('D2'), ERROR_FILL],
      ['identity_missing', 'A2:A1048576', identityMissingFormula('A2', identity), ERROR_FILL],
      ['identity_missing', 'B2:B1048576', identityMissingFormula('B2', identity), ERROR_FILL],
      ['identity_missing', 'D2:D1048576', identityMissingFormula('D2', identity), ERROR_FILL],
      ['whitespace_edge', 'A2:E1048576', edgeWhitespaceFormula('A2', identity), WARNING_FILL],
      ['postcode_invalid', 'E2:E1048576', postcodeInvalidFormula('E2'), WARNING_FILL],
      ['over_limit_even', 'A2:E1048576', bands[0]?.formula, bands[0]?.fill],
      ['over_limit_odd', 'A2:E1048576', bands[1]?.formula, bands[1]?.fill],
    ]);
  });

  const byRule = (linesPerFile: number, rule: string) =>
    registrationHighlights({ linesPerFile }).find((h) => h.rule === rule);

  test('the file bands follow linesPerFile (header included: the band starts at row lines + 1)', () => {
    expect(byRule(25, 'over_limit_even')?.formula).toBe(overLimitBands(2, 25)[0]?.formula);
    expect(byRule(25, 'over_limit_odd')?.formula).toBe(overLimitBands(2, 25)[1]?.formula);
    expect(byRule(25, 'over_limit_even')?.formula).toContain('ROW()>=26');
  });

  test("default 100 lines: the band starts at sheet row 101, where the manual's limit falls", () => {
    expect(byRule(100, 'over_limit_even')?.formula).toContain('ROW()>=101,');
  });
});

describe('queueFormatRegistrationSheet', () => {
  test('formats a given sheet: text columns, header, frozen row, widths, conditional formats', async () => {
    await formatNewSheet('Kopie', 100);
    const sheet = fake.host.inspect.sheet('Kopie');
    expect(sheet.values('A1:E1')).toEqual([['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']]);
    expect(sheet.columnNumberFormats()).toEqual({ A: '@', B: '@', C: '@', D: '@', E: '@' });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell('C1')).toMatchObject({ fontBold: true, fill: REGISTRATION_HEADER_FILL });
    expect(sheet.columnWidths()).toEqual({ A: 95, B: 140, C: 110, D: 90, E: 60 });
    expect(sheet.conditionalFormats().map((f) => f.formula)).toEqual(
      registrationHighlights({ linesPerFile: 100 }).map((h) => h.formula),
    );
    // Nothing outside the five columns.
    expect(sheet.usedRange()).toBe('Kopie!A1:E1');
  });

  test('the text format comes before the values written in the same batch', async () => {
    const born2005 = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
    await formatNewSheet('Kopie', 100, [[born2005, 'Peeters', 'Jan', '01012000', '1000']]);
    const sheet = fake.host.inspect.sheet('Kopie');
    expect(sheet.values('A2:E2')).toEqual([[born2005, 'Peeters', 'Jan', '01012000', '1000']]);
    expect(sheet.valueTypes('A2:E2')).toEqual([['String', 'String', 'String', 'String', 'String']]);
  });

  test('formatting is a constant number of bulk calls, whatever the limit', async () => {
    await formatNewSheet('Een', 2);
    const first = fake.host.stats.formatCallsTotal;
    await formatNewSheet('Twee', 100);
    expect(fake.host.stats.formatCallsTotal - first).toBe(first);
    // numberFormat 1 + header bold/fill 2 + freeze 1 + widths 5 + 9 rules x (add, formula, format...).
    expect(first).toBeLessThanOrEqual(50);
    expect(fake.host.stats.syncs).toBe(2);
  });
});

/** What the inspector shows, as the core cells the formula engine takes. */
function toCell(value: Scalar): Cell {
  if (value === '' || value === null) return { kind: 'empty', value: null };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'text', value };
}

describe('the rules on the sheet highlight while the user types', () => {
  test('invalid INSZ, bad birth date, edge spaces and the rows of further files', async () => {
    await formatNewSheet('B001 Test', 3);
    const good = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
    const born2005 = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
    const badChecksum = `${good.slice(0, 9)}${good.endsWith('00') ? '01' : '00'}`;
    const typed = [
      [good, 'Peeters', 'Jan', '30071985', '1000'], // row 2: fine, file 1
      [badChecksum, 'Janssens', 'An', '31042000', ''], // row 3: bad INSZ, no 31 April; file 1
      [born2005, ' Claes', 'Piet', '04032005', '9000'], // row 4: leading space; file 2
      ['', 'Wouters', 'Els', '01012000', ''], // row 5: file 2
      ['', 'Maes', 'Tom ', '15082010', ''], // row 6: trailing space; file 3
    ];
    await fake.host.userEdit('B001 Test', 'A2:E6', typed);
    const sheet = fake.host.inspect.sheet('B001 Test');
    const rows = sheet.values('A2:E6').map((row) => row.map(toCell));

    const flagged = (formula: string) =>
      evaluateRule(formula, rows, { today: TODAY, firstRow: 2 })
        .map((result, i) => (result.applies ? i + 2 : 0))
        .filter((r) => r > 0);
    const byFormula = new Map(sheet.conditionalFormats().map((f) => [f.formula, f]));
    const rule = (id: string) => registrationHighlights({ linesPerFile: 3 }).find((h) => h.rule === id);
    const [insz, birth, spaces, even, odd] = [
      rule('insz_invalid'),
      rule('birthdate_invalid'),
      rule('whitespace_edge'),
      rule('over_limit_even'),
      rule('over_limit_odd'),
    ];
    for (const rule of [insz, birth, spaces, even, odd])
      expect(byFormula.has(rule?.formula ?? '')).toBe(true);

    expect(flagged(insz?.formula ?? '')).toEqual([3]);
    expect(flagged(birth?.formula ?? '')).toEqual([3]);
    // The whitespace rule is written for A2 and applies to A:E: check each column's cell.
    const spaceRows = (column: number) =>
      evaluateRule(
        spaces?.formula ?? '',
        rows.map((row) => [row[column] ?? { kind: 'empty', value: null }]),
        { today: TODAY, firstRow: 2 },
      )
        .map((result, i) => (result.applies ? i + 2 : 0))
        .filter((r) => r > 0);
    expect(spaceRows(1)).toEqual([4]);
    expect(spaceRows(2)).toEqual([6]);
    expect(spaceRows(0)).toEqual([]);
    expect(flagged(even?.formula ?? '')).toEqual([4, 5]);
    expect(flagged(odd?.formula ?? '')).toEqual([6]);
  });
});

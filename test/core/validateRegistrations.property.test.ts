import fc from 'fast-check';
import { FIXABLE_CODES, ISSUE_SEVERITY, REGISTRATION_ISSUE_CODES } from '../../src/core/issueCodes';
import type { BatchMetadata, Cell, ExportSettings, Issue, RegistrationRow } from '../../src/core/types';
import { ENCODINGS, REGISTRATION_COLUMNS, rowStatuses } from '../../src/core/types';
import { validateForExport, validateRegistrations } from '../../src/core/validateRegistrations';
import { cell, verdictsOf } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 907 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-20',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};

/** Synthetic valid INSZ numbers (NN and BIS), plain or with separators. */
const validInsz = fc
  .record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.constantFrom(0, 1, 7, 12, 21, 32, 40, 52),
    day: fc.integer({ min: 0, max: 28 }),
    serial: fc.integer({ min: 1, max: 998 }),
  })
  .map(makeInsz);

/** Characters where validation decides something: whitespace kinds, separators, controls, NFC cases. */
const tricky = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\ufeff',
  '\u3000',
  '\u0085',
  '\u200b',
  '\u00ad',
  '\u2028',
  '\ud800',
  ',',
  ';',
  '"',
  '=',
  '+',
  '-',
  '@',
  '.',
  'e\u0301',
  '\u037e',
  'Ł',
  '\u{1f600}',
  '0',
  '1',
  '9',
);
const textValue = fc.oneof(
  fc.string({ unit: fc.oneof(tricky, fc.constantFrom('a', 'B', 'é')), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', ' ', '01012000', '31022000', '1500', 'Peeters', 'Jan'),
);

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: textValue.map(cell.text) },
  { weight: 2, arbitrary: validInsz.map(cell.text) },
  { weight: 3, arbitrary: fc.constant(cell.empty()) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.integer({ min: -10, max: 99_999_999_999 }),
        fc.double({ noDefaultInfinity: false }),
        validInsz.map(Number),
        fc.integer({ min: 1_000_000, max: 9_999_999 }),
      )
      .map(cell.number),
  },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 3_000_000 }), fc.double()).map(cell.date) },
  { weight: 1, arbitrary: fc.boolean().map(cell.boolean) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!').map(cell.error) },
);

type Cells = RegistrationRow['cells'];
const validDate = fc
  .date({ min: new Date(1890, 0, 1), max: new Date(2026, 10, 28), noInvalidDate: true })
  .map(
    (d) =>
      `${String(d.getDate()).padStart(2, '0')}${String(d.getMonth() + 1).padStart(2, '0')}${d.getFullYear()}`,
  );
const maybe = (arb: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> => fc.oneof(arb, fc.constant(cell.empty()));
const pad = fc.constantFrom('', '', '', ' ', '\u00a0', '\t');

/** Row shapes: mostly plausible rows (so that many are ready), plus anything at all. */
const anyCells: fc.Arbitrary<Cells> = fc.oneof(
  // Identified by INSZ, other cells tricky text.
  fc.record({
    insz: fc.tuple(pad, validInsz, pad).map(([a, v, b]) => cell.text(a + v + b)),
    naam: maybe(textValue.map(cell.text)),
    voornaam: maybe(textValue.map(cell.text)),
    geboortedatum: maybe(validDate.map(cell.text)),
    postcode: maybe(textValue.map(cell.text)),
  }),
  // Identified by Naam + Geboortedatum.
  fc.record({
    insz: fc.constant(cell.empty()),
    naam: textValue.map(cell.text),
    voornaam: maybe(textValue.map(cell.text)),
    geboortedatum: validDate.map(cell.text),
    postcode: maybe(fc.constantFrom('1000', '9999', ' 1500', '150').map(cell.text)),
  }),
  // Blank rows: empty or whitespace only.
  fc.record({
    insz: maybe(pad.map(cell.text)),
    naam: maybe(pad.map(cell.text)),
    voornaam: maybe(pad.map(cell.text)),
    geboortedatum: maybe(pad.map(cell.text)),
    postcode: maybe(pad.map(cell.text)),
  }),
  fc.record({ insz: anyCell, naam: anyCell, voornaam: anyCell, geboortedatum: anyCell, postcode: anyCell }),
);

const anyRows: fc.Arbitrary<RegistrationRow[]> = fc
  .array(anyCells, { maxLength: 25 })
  .map((list) => list.map((cells, i) => ({ row: i + 2, cells })));

const anySettings: fc.Arbitrary<ExportSettings> = fc.record({
  encoding: fc.constantFrom(...ENCODINGS),
  linesPerFile: fc.integer({ min: 2, max: 7 }),
});

const anyInput = fc.record({ rows: anyRows, settings: anySettings, withBatch: fc.boolean() }).map((x) => ({
  rows: x.rows,
  settings: x.settings,
  today: TODAY,
  ...(x.withBatch ? { batch: BATCH } : {}),
}));

/** Independent of textChecks: code points SPEC's control_character covers (see textChecks.ts). */
const CONTROL_RANGES: [number, number][] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
  [0xe0000, 0xe007f],
];
const hasControl = (value: string): boolean =>
  [...value].some((ch) => {
    const cp = ch.codePointAt(0) as number;
    return CONTROL_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
  });
const LONE_SURROGATE = /\p{Surrogate}/u;

const rank = (issue: Issue): [number, number, number] => [
  issue.row,
  issue.column === null
    ? 5
    : REGISTRATION_COLUMNS.indexOf(issue.column as (typeof REGISTRATION_COLUMNS)[number]),
  REGISTRATION_ISSUE_CODES.indexOf(issue.code as (typeof REGISTRATION_ISSUE_CODES)[number]),
];

describe('validateRegistrations properties', () => {
  test('rows in = ready + blocked + empty; one verdict per row, in input order', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const report = validateRegistrations(input);
        const { counts } = report;
        expect(counts.rows).toBe(input.rows.length);
        expect(counts.ready + counts.blocked + counts.empty).toBe(counts.rows);
        const statuses = rowStatuses(report);
        expect(statuses).toHaveLength(input.rows.length);
        expect(statuses.filter((s) => s === 'ready')).toHaveLength(counts.ready);
        expect(statuses.filter((s) => s === 'blocked')).toHaveLength(counts.blocked);
        expect(report.fileCount).toBe(Math.ceil(counts.ready / (input.settings.linesPerFile - 1)));
      }),
    );
  });

  test('validateForExport = validateRegistrations plus one record per ready row', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { records, ...report } = validateForExport(input);
        expect(report).toEqual(validateRegistrations(input));
        expect(records).toHaveLength(report.counts.ready);
      }),
    );
  });

  test('blocked exactly when the row has an error; counts match the issues', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const report = validateForExport(input);
        for (const verdict of verdictsOf(input.rows, report)) {
          const hasError = report.issues.some((i) => i.row === verdict.row && i.severity === 'error');
          if (verdict.status === 'blocked') expect(hasError).toBe(true);
          else expect([verdict.row, hasError]).toEqual([verdict.row, false]);
          expect(verdict.record === null).toBe(verdict.status !== 'ready');
        }
        const count = (s: string) => report.issues.filter((i) => i.severity === s).length;
        expect([report.counts.errors, report.counts.warnings, report.counts.infos]).toEqual([
          count('error'),
          count('warning'),
          count('info'),
        ]);
      }),
    );
  });

  test('a ready record is safe to write with a naive comma split', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const verdict of verdictsOf(input.rows, validateForExport(input))) {
          if (verdict.record === null) continue;
          const [insz, naam, voornaam, geboortedatum, postcode] = verdict.record;
          expect(insz).toMatch(/^(\d{11})?$/);
          expect(geboortedatum).toMatch(/^(\d{8})?$/);
          for (const value of [naam, voornaam, postcode]) {
            expect(value.trim()).toBe(value);
            expect(value.normalize('NFC')).toBe(value);
            expect(value).not.toMatch(/[,";]/);
            expect(value).not.toMatch(/^[=+\-@]/);
            expect([value, hasControl(value)]).toEqual([value, false]);
            expect(value).not.toMatch(LONE_SURROGATE);
            if (input.settings.encoding === 'windows-1252')
              expect(value).toMatch(
                /^[\u0020-\u007e\u00a0-\u00ff\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u2122]*$/,
              );
          }
        }
      }),
    );
  });

  test('issues are ordered, carry their severity, and fixable codes carry a fix', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { issues } = validateRegistrations(input);
        for (let i = 1; i < issues.length; i++) {
          const a = rank(issues[i - 1] as Issue);
          const b = rank(issues[i] as Issue);
          expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(
            true,
          );
        }
        for (const issue of issues) {
          expect(issue.severity).toBe(ISSUE_SEVERITY[issue.code]);
          expect('fix' in issue).toBe(FIXABLE_CODES.has(issue.code));
          if (issue.fix !== undefined) expect(issue.fix).toBe(issue.fix.trim());
        }
      }),
    );
  });

  test('deterministic: the same input gives the same report', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(validateRegistrations(input)).toEqual(validateRegistrations(input));
      }),
    );
  });

  test('a valid INSZ padded with any edge whitespace is ready, written compact, with one warning', () => {
    const edge = fc.string({
      unit: fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\ufeff', '\r\n'),
      maxLength: 3,
    });
    fc.assert(
      fc.property(validInsz, edge, edge, (insz, before, after) => {
        const input = {
          rows: [
            {
              row: 2,
              cells: {
                insz: cell.text(before + insz + after),
                naam: cell.empty(),
                voornaam: cell.empty(),
                geboortedatum: cell.empty(),
                postcode: cell.empty(),
              },
            },
          ],
          today: TODAY,
          settings: { encoding: 'utf-8-bom', linesPerFile: 100 } as const,
        };
        const report = validateForExport(input);
        expect(verdictsOf(input.rows, report)[0]).toEqual({
          row: 2,
          status: 'ready',
          record: [insz, '', '', '', ''],
        });
        expect(report.issues.map((i) => i.code)).toEqual(before + after === '' ? [] : ['whitespace_edge']);
      }),
    );
  });

  test('applying every fix clears the fixable issues', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const report = validateRegistrations(input);
        const fixed = input.rows.map((r) => {
          const cells = { ...r.cells };
          for (const issue of report.issues) {
            if (issue.row === r.row && issue.fix !== undefined && issue.column !== null) {
              cells[issue.column as keyof typeof cells] =
                issue.fix === '' ? cell.empty() : cell.text(issue.fix);
            }
          }
          return { row: r.row, cells };
        });
        const again = validateRegistrations({ ...input, rows: fixed });
        expect(again.issues.filter((i) => FIXABLE_CODES.has(i.code))).toEqual([]);
      }),
    );
  });
});

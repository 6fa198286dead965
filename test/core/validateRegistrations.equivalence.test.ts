import fc from 'fast-check';
import { generateRows } from '../../bench/generateRows';

import type { BatchMetadata, Cell, OtherBatch, RegistrationRow } from '../../src/core/types';
import { DEFAULT_SETTINGS, ENCODINGS } from '../../src/core/types';
import { validateForExport, validateRegistrations } from '../../src/core/validateRegistrations';
import type { ValidateRegistrationsInput } from '../../src/core/validateRegistrations';
import * as legacy from '../support/legacy/validateRegistrations';
import { cell } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

/**
 * Issue #11 (second round) rewrote the person index (no strings kept: it asks validation for an
 * earlier row's names again) and the hot paths of validation. Reports and records must be exactly
 * those of the frozen copy taken before (test/support/legacy): on rows built to collide (the same
 * few people written in every way validation folds together or keeps apart), with other batches,
 * and on the benchmark rows.
 */

const TODAY = new Date(2026, 10, 28);
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 907 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-20',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};

const INSZ = [
  makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }),
  makeInsz({ year: 2005, month: 3, day: 12, serial: 902 }),
  makeInsz({ year: 2001, month: 1, day: 1, serial: 901 }), // 01...: a leading zero to lose
];
const separated = (c: string): string =>
  `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}-${c.slice(6, 9)}.${c.slice(9)}`;

/** One INSZ written as a user or Excel may have it: compact, separated, padded, a number, broken. */
const inszCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...INSZ).map(cell.text),
  fc.constantFrom(...INSZ).map((c) => cell.text(separated(c))),
  fc.constantFrom(...INSZ).map((c) => cell.text(` ${c}\u00a0`)),
  fc.constantFrom(...INSZ).map((c) => cell.number(Number(c))),
  fc.constantFrom(...INSZ).map((c) => cell.text(`${c.slice(0, 10)}${(Number(c[10]) + 1) % 10}`)),
  fc.constant(cell.empty()),
  fc.constant(cell.error('#N/A')),
);

/** Name parts that fold together (case, trim, NFC) or stay apart (İ, final sigma, ß). */
const namePart = fc.constantFrom(
  'Peeters',
  'PEETERS',
  ' peeters',
  'peeters\u00a0',
  'Pé',
  'PÉ',
  'Pe\u0301',
  'İ',
  'i\u0307',
  'I',
  'ß',
  'SS',
  'Σ',
  'σ',
  'ς',
  'ΑΣ',
  'ας',
  'Ł',
  'ł',
  '',
  ' ',
  'a,b',
);
const nameCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: namePart.map((v) => (v === '' ? cell.empty() : cell.text(v))) },
  { weight: 1, arbitrary: fc.constantFrom(12, 1.5).map(cell.number) },
  { weight: 1, arbitrary: fc.boolean().map(cell.boolean) },
);

/** Geboortedatum: the same days as text, as a date serial, as a number that lost its zero. */
const birthCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom('01012000', '02012000', ' 01012000', '31022000').map(cell.text),
  fc.constantFrom(36526, 36527).map(cell.date), // 01/01/2000, 02/01/2000
  fc.constantFrom(1012000, 2012000).map(cell.number),
  fc.constant(cell.empty()),
);

const collidingRow: fc.Arbitrary<RegistrationRow['cells']> = fc.record({
  insz: inszCell,
  naam: nameCell,
  voornaam: nameCell,
  geboortedatum: birthCell,
  postcode: fc.constantFrom('1000', ' 1000', '999', '').map((v) => (v === '' ? cell.empty() : cell.text(v))),
});

const rowsOf = (list: RegistrationRow['cells'][], first = 2): RegistrationRow[] =>
  list.map((cells, i) => ({ row: first + i, cells }));

const otherBatch = fc
  .record({
    rows: fc.array(collidingRow, { maxLength: 12 }),
    product: fc.constantFrom('Vaxigrip Tetra', ' vaxigrip tetra', 'Other'),
  })
  .map(({ rows, product }): OtherBatch => ({
    batchId: 'B9',
    sheetName: 'Batch 9',
    batch: { ...BATCH, immunisatieproduct: product },
    rows: rowsOf(rows, 5),
  }));

const input: fc.Arbitrary<ValidateRegistrationsInput> = fc
  .record({
    rows: fc.array(collidingRow, { maxLength: 40 }),
    others: fc.option(fc.array(otherBatch, { maxLength: 2 }), { nil: undefined }),
    encoding: fc.constantFrom(...ENCODINGS),
    linesPerFile: fc.constantFrom(3, 100),
  })
  .map(({ rows, others, encoding, linesPerFile }) => ({
    rows: rowsOf(rows),
    batch: BATCH,
    today: TODAY,
    settings: { encoding, linesPerFile },
    ...(others === undefined ? {} : { otherBatches: others }),
  }));

describe('validateRegistrations: same reports as before the rewrite', () => {
  test('colliding people, other batches, any encoding', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(validateRegistrations(i)).toEqual(legacy.validateRegistrations(i));
        expect(validateForExport(i)).toEqual(legacy.validateForExport(i));
      }),
      { numRuns: 400 },
    );
  });

  test('the 20,000 benchmark rows, against themselves as another batch', () => {
    const rows = generateRows(20_000);
    const i: ValidateRegistrationsInput = {
      rows,
      batch: BATCH,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      otherBatches: [{ batchId: 'B2', sheetName: 'Batch 2', batch: BATCH, rows: rows.slice(0, 5000) }],
    };
    const report = validateForExport(i);
    expect(report.issues.filter((x) => x.code === 'duplicate_person').length).toBeGreaterThan(10);
    expect(report.issues.filter((x) => x.code === 'duplicate_across_batches').length).toBeGreaterThan(10);
    expect(report).toEqual(legacy.validateForExport(i));
  });
});

import fc from 'fast-check';
import { generateRows } from '../../bench/generateRows';
import { writeCsv } from '../../src/core/csv';
import { exportFileNames } from '../../src/core/fileName';
import { planExport } from '../../src/core/planExport';
import type { ExportPlan, PlanExportInput } from '../../src/core/planExport';
import { checkLinesPerFile, registrationsPerFile } from '../../src/core/settings';
import { sha256Hex } from '../../src/core/sha256';
import { splitIntoFiles } from '../../src/core/splitIntoFiles';
import type { BatchMetadata, Cell, Encoding, RegistrationRow } from '../../src/core/types';
import { ROW_BLOCKED, ROW_READY } from '../../src/core/types';
import { validateForExport } from '../../src/core/validateRegistrations';
import { cell } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

/**
 * Issue #11: planExport writes each ready record into its file while validating, instead of
 * collecting every record (an array per row), splitting them into chunks and writing each chunk.
 * The plan must be exactly the one the old way gives: `reference` below is the old algorithm,
 * built from the public pieces it used (validateForExport, splitIntoFiles, writeCsv).
 */
function reference(input: PlanExportInput): ExportPlan {
  const report = validateForExport(input);
  const lines = checkLinesPerFile(input.settings.linesPerFile);
  const blocked = input.rows
    .filter((_, i) => report.status[i] === ROW_BLOCKED)
    .map((r) => ({ row: r.row, issues: report.issues.filter((issue) => issue.row === r.row) }));
  const readyRows = input.rows.filter((_, i) => report.status[i] === ROW_READY).map((r) => r.row);
  const empty = input.rows.length - readyRows.length - blocked.length;
  if (!lines.ok) {
    const held = readyRows.map((row) => ({
      row,
      issues: [{ ...lines.issue, row }, ...report.issues.filter((issue) => issue.row === row)],
    }));
    const all = [...blocked, ...held].sort((a, b) => a.row - b.row);
    return {
      files: [],
      blocked: all,
      issues: report.issues,
      counts: { ...report.counts, ready: 0, blocked: all.length, exported: 0 },
      encoding: input.settings.encoding,
    };
  }
  const perFile = registrationsPerFile(lines.value);
  const chunks = splitIntoFiles(report.records, perFile);
  const names = exportFileNames(
    {
      datumToediening: input.batch.datumToediening,
      batchId: input.batchId,
      product: input.batch.immunisatieproduct,
    },
    chunks.length,
  );
  const files = chunks.map((chunk, index) => {
    const bytes = writeCsv(chunk, { encoding: input.settings.encoding });
    return {
      name: names[index] as string,
      bytes,
      sha256: sha256Hex(bytes),
      rows: readyRows.slice(index * perFile, index * perFile + chunk.length),
      part: index + 1,
      parts: chunks.length,
    };
  });
  expect(empty).toBe(report.counts.empty);
  return {
    files,
    blocked,
    issues: report.issues,
    counts: { ...report.counts, exported: readyRows.length },
    encoding: input.settings.encoding,
  };
}

const TODAY = new Date(2026, 10, 28);
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 901 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-27',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};

const input = (
  rows: readonly RegistrationRow[],
  linesPerFile: number,
  encoding: Encoding,
): PlanExportInput => ({
  rows,
  batch: BATCH,
  batchId: 'B007',
  today: TODAY,
  settings: { linesPerFile, encoding },
});

describe('planExport: the same plan as before files were written while validating', () => {
  test.each<[number, Encoding]>([
    [100, 'utf-8-bom'],
    [100, 'windows-1252'],
    [2, 'utf-8'],
    [1001, 'utf-8-bom'],
    [1, 'utf-8-bom'], // refused: no files, every ready row held back
  ])('3,000 benchmark rows, %i lines per file, %s', (linesPerFile, encoding) => {
    const rows = generateRows(3_000);
    const plan = planExport(input(rows, linesPerFile, encoding));
    expect(plan).toEqual(reference(input(rows, linesPerFile, encoding)));
    if (linesPerFile > 1) expect(plan.files.length).toBeGreaterThan(1);
  });

  test('random rows, files of 2 to 5 lines', () => {
    const text = fc.oneof(
      fc.constantFrom('', ' ', 'Peeters', 'Zoë', 'Łukasz', '€', 'a,b', '=1', '1500', '01012000', '1012000'),
      fc.string({ maxLength: 5 }),
    );
    const insz = fc.oneof(
      fc.constantFrom('', ' 85073003328'),
      fc
        .record({ year: fc.integer({ min: 1930, max: 2024 }), serial: fc.integer({ min: 900, max: 903 }) })
        .map(({ year, serial }) => makeInsz({ year, month: 3, day: 9, serial })),
    );
    const anyCell = (values: fc.Arbitrary<string>): fc.Arbitrary<Cell> =>
      fc.oneof(
        { weight: 5, arbitrary: values.map(cell.text) },
        { weight: 1, arbitrary: fc.constant(cell.empty()) },
        { weight: 1, arbitrary: fc.integer({ min: 1_000_000, max: 99_999_999 }).map(cell.number) },
      );
    const row = fc.record({
      insz: anyCell(insz),
      naam: anyCell(text),
      voornaam: anyCell(text),
      geboortedatum: anyCell(fc.constantFrom('', '01012000', '31022000', '15062030')),
      postcode: anyCell(text),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.integer({ min: 2, max: 5 }),
        fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'windows-1252'),
        (cells, linesPerFile, encoding) => {
          const rows = cells.map((c, i) => ({ row: i + 2, cells: c }));
          expect(planExport(input(rows, linesPerFile, encoding))).toEqual(
            reference(input(rows, linesPerFile, encoding)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

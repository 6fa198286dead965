/**
 * Excel-layer benchmark on the fake host (src/fake-excel): "Controleren" on an existing
 * sheet of 1,000 / 10,000 / 100,000 rows: propose the mapping, read the rows, validate them with
 * core, mark the findings. Reports, per size, the time and what Excel on the web would see: syncs
 * (round trips), the largest request and response of one sync (Excel on the web refuses 5 MB) and
 * the formatting calls.
 *
 * The fake runs in-process, so `ms` measures the add-in's own work plus the fake's bookkeeping, not
 * Excel's: a real round trip costs tens to hundreds of milliseconds on the web, which is why the
 * syncs column matters more than the time.
 *
 * @example
 * ```ts
 * import { benchWorkbook } from './workbook';
 * console.table(await benchWorkbook([1_000, 10_000, 100_000]));
 * ```
 */
import { DEFAULT_SETTINGS, validateRegistrations } from '../src/core';
import { markIssues } from '../src/excel/marks';
import { proposeMapping } from '../src/excel/proposeMapping';
import { readSheet } from '../src/excel/readSheet';
import { type CellInput, installFakeExcel } from '../src/fake-excel';
import { denseIssues } from '../test/support/denseIssues';
import { makeInsz } from '../test/support/syntheticInsz';

export interface WorkbookBenchResult {
  readonly rows: number;
  /** Findings core reported (and that were marked). */
  readonly issues: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly formatCalls: number;
  /** Wall-clock time of propose + read + validate + mark. */
  readonly ms: number;
}

const TODAY = new Date(2026, 10, 28);
const SHEET = 'Bewoners';

/**
 * An existing sheet as staff keep it, typed under General (so Excel made numbers and dates of
 * it): a title, French headers in row 3 and an extra column. One row in 10 is someone born in the
 * 2000s (INSZ lost its leading zero), one in 20 has an Excel date as birth date, one in 50 a name
 * with a trailing space, one in 100 is empty; the rest is clean.
 */
function existingSheet(count: number): CellInput[][] {
  const rows: CellInput[][] = [
    ['Bewoners'],
    [],
    ['NISS', 'Nom', 'Prénom', 'Date de naissance', 'Code postal', 'Kamer'],
  ];
  for (let i = 0; i < count; i++) {
    if (i % 100 === 99) {
      rows.push([]);
      continue;
    }
    const young = i % 10 === 0;
    const year = young ? 2000 + (i % 9) : 1930 + (i % 60);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const insz = makeInsz({ year, month, day, serial: 1 + (i % 997) });
    const ddmmyyyy = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}`;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    rows.push([
      insz,
      i % 50 === 0 ? `Nom${i} ` : `Nom${i}`,
      `Prénom${i % 300}`,
      // A text date under General stays text only when it does not look like a number: ddmmyyyy
      // does, so it is written with the apostrophe Excel users type; every 20th is a real date.
      i % 20 === 5 ? iso : `'${ddmmyyyy}`,
      String(1000 + (i % 8999)),
      i % 7 === 0 ? `K${i % 40}` : null,
    ]);
  }
  return rows;
}

/** Runs the benchmark for each size on a fresh fake host; sizes default to 1k, 10k and 100k. */
export async function benchWorkbook(
  sizes: readonly number[] = [1_000, 10_000, 100_000],
): Promise<WorkbookBenchResult[]> {
  const results: WorkbookBenchResult[] = [];
  for (const size of sizes) {
    const fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
    try {
      fake.host.addSheet(SHEET, { rows: existingSheet(size) });
      fake.host.resetStats();
      const start = performance.now();
      const proposal = await Excel.run((context) => proposeMapping(context, SHEET));
      if (!proposal.ok) throw new Error(`bench: no header found (${proposal.reason})`);
      const mapping = proposal.value.mapping;
      const read = await Excel.run((context) => readSheet(context, SHEET, { mapping }));
      if (!read.ok) throw new Error(`bench: read failed (${read.reason})`);
      const report = validateRegistrations({
        rows: read.value.rows,
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      });
      const marked = await Excel.run((context) =>
        markIssues(context, { sheetName: SHEET, issues: report.issues, columns: mapping.columns }),
      );
      if (!marked.ok) throw new Error(`bench: marking failed (${marked.reason})`);
      const ms = performance.now() - start;
      const stats = fake.host.stats;
      results.push({
        rows: size,
        issues: report.issues.length,
        syncs: stats.syncs,
        maxRequestBytes: stats.maxRequestBytes,
        maxResponseBytes: stats.maxResponseBytes,
        formatCalls: stats.formatCallsTotal,
        ms: Math.round(ms),
      });
    } finally {
      fake.uninstall();
    }
  }
  return results;
}

export interface DenseMarksBenchResult {
  readonly rows: number;
  /** Cells marked (columns A and D on every other row). */
  readonly cells: number;
  /** Syncs of the first marking (each one request). */
  readonly requests: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly formatCalls: number;
  /** The same findings marked again: formatting calls (0: nothing changed, nothing written). */
  readonly recheckFormatCalls: number;
  readonly ms: number;
}

/**
 * The dense marks case of issue #10 on the fake host: faults in columns A and D on every other row
 * (errors in A, warnings in D), marked, then marked again with the same findings.
 */
export async function benchDenseMarks(
  sizes: readonly number[] = [100_000, 1_000_000],
): Promise<DenseMarksBenchResult[]> {
  const results: DenseMarksBenchResult[] = [];
  for (const size of sizes) {
    const fake = installFakeExcel(globalThis, { sheets: ['B001'] });
    try {
      const issues = denseIssues(size);
      fake.host.resetStats();
      const start = performance.now();
      const marked = await Excel.run((context) => markIssues(context, { sheetName: 'B001', issues }));
      const ms = performance.now() - start;
      if (!marked.ok) throw new Error(`bench: dense marking failed (${marked.reason})`);
      const stats = { ...fake.host.stats };
      fake.host.resetStats();
      await Excel.run((context) => markIssues(context, { sheetName: 'B001', issues }));
      results.push({
        rows: size,
        cells: issues.length,
        requests: stats.syncs,
        maxRequestBytes: stats.maxRequestBytes,
        maxResponseBytes: stats.maxResponseBytes,
        formatCalls: stats.formatCallsTotal,
        recheckFormatCalls: fake.host.stats.formatCallsTotal,
        ms: Math.round(ms),
      });
    } finally {
      fake.uninstall();
    }
  }
  return results;
}

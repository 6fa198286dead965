import fc from 'fast-check';
import { planExport } from '../../src/core/planExport';
import type { BatchMetadata, RegistrationRow } from '../../src/core/types';
import {
  type SheetVerdict,
  type UploadBatchRow,
  type UploadLogRow,
  type UploadStateKind,
  lastExportRows,
  remakeExport,
  uploadBatchKey,
  uploadOverview,
  uploadQueue,
  uploadZipName,
} from '../../src/core/uploadState';
import { textRow } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

const HASH = (n: number): string => n.toString(16).padStart(64, '0');

function batchRow(batchId: string, options: Partial<UploadBatchRow> = {}): UploadBatchRow {
  return {
    batchId,
    sheetName: `${batchId} Vaxigrip`,
    datumToediening: '2026-11-28',
    product: 'Vaxigrip Tetra',
    lot: 'AB12',
    lastExport: null,
    files: null,
    uploaded: false,
    ...options,
  };
}

let nextIndex = 0;
/** Log rows of one export of `parts` files (hashes 1..n + seed). */
function exportRows(
  batchId: string,
  parts: number,
  options: { time?: string; seed?: number; uploaded?: readonly boolean[]; rows?: number } = {},
): UploadLogRow[] {
  return Array.from({ length: parts }, (_, i) => ({
    index: nextIndex++,
    time: options.time ?? '2026-11-28 10:00:00',
    batchId,
    sheetName: `${batchId} Vaxigrip`,
    fileName: `vaccinnet_20261128_${batchId}_vaxigrip_${i + 1}-${parts}.csv`,
    part: i + 1,
    parts,
    rows: options.rows ?? 3,
    sha256: HASH((options.seed ?? 0) + i + 1),
    encoding: 'utf-8-bom',
    uploaded: options.uploaded?.[i] ?? false,
  }));
}

/** The sheet gives exactly the logged files. */
const sameAs = (rows: readonly UploadLogRow[]): SheetVerdict => ({
  kind: 'remade',
  files: rows.map((row) => ({
    name: row.fileName,
    sha256: row.sha256,
    rows: [2, 3, 4].slice(0, row.rows ?? 3),
  })),
});
/** The sheet gives other bytes for the last part. */
const differs = (rows: readonly UploadLogRow[]): SheetVerdict => ({
  kind: 'remade',
  files: rows.map((row, i) => ({
    name: row.fileName,
    sha256: i === rows.length - 1 ? HASH(999) : row.sha256,
    rows: [2, 3, 4],
  })),
});

function overviewOf(batches: UploadBatchRow[], log: UploadLogRow[], verdicts: Record<string, SheetVerdict>) {
  return uploadOverview({
    batches,
    log,
    verdicts: new Map(Object.entries(verdicts).map(([id, verdict]) => [uploadBatchKey(id), verdict])),
  });
}

// ---------------------------------------------------------------------------------------------
// Every combination
// ---------------------------------------------------------------------------------------------

type LogCase = 'none' | 'complete' | 'partly_uploaded' | 'all_uploaded' | 'part_missing';
type VerdictCase = 'same' | 'differs' | 'sheet_missing' | 'sheet_unreadable';

const LOG_CASES: readonly LogCase[] = ['none', 'complete', 'partly_uploaded', 'all_uploaded', 'part_missing'];
const VERDICT_CASES: readonly VerdictCase[] = ['same', 'differs', 'sheet_missing', 'sheet_unreadable'];

function logFor(logCase: LogCase): UploadLogRow[] {
  switch (logCase) {
    case 'none':
      return [];
    case 'complete':
      return exportRows('B001', 2);
    case 'partly_uploaded':
      return exportRows('B001', 2, { uploaded: [true, false] });
    case 'all_uploaded':
      return exportRows('B001', 2, { uploaded: [true, true] });
    case 'part_missing':
      return exportRows('B001', 2).slice(1);
  }
}

function verdictFor(verdictCase: VerdictCase, log: readonly UploadLogRow[]): SheetVerdict {
  const logged = log.length > 0 ? log : exportRows('B001', 2);
  switch (verdictCase) {
    case 'same':
      return sameAs(logged);
    case 'differs':
      return differs(logged);
    case 'sheet_missing':
      return { kind: 'sheet_missing' };
    case 'sheet_unreadable':
      return { kind: 'sheet_unreadable' };
  }
}

/**
 * The expected state, written as the decision table of the issue (#15) and SPEC: an uploaded mark
 * wins; no log is "not exported" unless the batch row says it was exported; then the log must be
 * complete and the sheet must give the logged bytes.
 */
function expected(
  batchUploaded: boolean,
  lastExport: boolean,
  logCase: LogCase,
  verdictCase: VerdictCase,
): [UploadStateKind, string | null] {
  if (batchUploaded || logCase === 'all_uploaded') return ['uploaded', null];
  if (logCase === 'none') return lastExport ? ['changed', 'log_missing'] : ['not_exported', null];
  if (logCase === 'part_missing') return ['changed', 'log_incomplete'];
  if (verdictCase === 'same') return ['pending', null];
  return ['changed', verdictCase === 'differs' ? 'bytes_differ' : verdictCase];
}

const COMBINATIONS = [false, true].flatMap((batchUploaded) =>
  [false, true].flatMap((lastExport) =>
    LOG_CASES.flatMap((logCase) =>
      VERDICT_CASES.map((verdictCase) => ({ batchUploaded, lastExport, logCase, verdictCase })),
    ),
  ),
);

describe('uploadOverview: the state of a batch', () => {
  test.each(
    COMBINATIONS.map(
      (c) =>
        [
          `${c.batchUploaded ? 'marked' : 'unmarked'} row, lastExport ${c.lastExport}, log ${c.logCase}, sheet ${c.verdictCase}`,
          c,
        ] as const,
    ),
  )('%s', (_, c) => {
    const log = logFor(c.logCase);
    const batch = batchRow('B001', {
      uploaded: c.batchUploaded,
      lastExport: c.lastExport ? '2026-11-28 10:00:00' : null,
      files: c.lastExport ? 2 : null,
    });
    const overview = overviewOf([batch], log, { B001: verdictFor(c.verdictCase, log) });
    const item = overview.items[0];
    expect([item?.state, item?.change]).toEqual(
      expected(c.batchUploaded, c.lastExport, c.logCase, c.verdictCase),
    );
    expect(overview.items).toHaveLength(1);
  });

  test('a batch marked uploaded whose sheet now gives other bytes says so (rows added after the upload?)', () => {
    const log = exportRows('B001', 1, { uploaded: [true] });
    const item = overviewOf([batchRow('B001')], log, { B001: differs(log) }).items[0];
    expect([item?.state, item?.changedAfterUpload]).toEqual(['uploaded', true]);
    const same = overviewOf([batchRow('B001')], log, { B001: sameAs(log) }).items[0];
    expect(same?.changedAfterUpload).toBe(false);
  });

  test('another file name (product or date edited) is a change, even with the same bytes', () => {
    const log = exportRows('B001', 1);
    const renamed: SheetVerdict = {
      kind: 'remade',
      files: [{ name: 'vaccinnet_20261129_B001_vaxigrip_1-1.csv', sha256: log[0]?.sha256 ?? '', rows: [2] }],
    };
    expect(overviewOf([batchRow('B001')], log, { B001: renamed }).items[0]?.change).toBe('bytes_differ');
  });

  test('another number of files is a change', () => {
    const log = exportRows('B001', 1);
    const more = sameAs([...log, ...exportRows('B001', 1, { seed: 50 })]);
    expect(overviewOf([batchRow('B001')], log, { B001: more }).items[0]?.change).toBe('bytes_differ');
  });

  test('the last export counts: an older export marked uploaded does not make a re-export uploaded', () => {
    const old = exportRows('B001', 1, { time: '2026-11-28 09:00:00', uploaded: [true] });
    const newer = exportRows('B001', 2, { time: '2026-11-28 11:00:00', seed: 10 });
    const item = overviewOf([batchRow('B001')], [...newer, ...old], { B001: sameAs(newer) }).items[0];
    expect([item?.state, item?.files.map((f) => f.part), item?.exportedAt]).toEqual([
      'pending',
      [1, 2],
      '2026-11-28 11:00:00',
    ]);
  });

  test('log rows whose batch row is gone stay on the list: uploaded, or not verifiable', () => {
    const gone = exportRows('B009', 1);
    const goneUploaded = exportRows('B010', 1, { uploaded: [true] });
    const overview = overviewOf([], [...gone, ...goneUploaded], {});
    expect(overview.items.map((i) => [i.batchId, i.state, i.change, i.inBatchTable])).toEqual([
      ['B009', 'changed', 'batch_missing', false],
      ['B010', 'uploaded', null, false],
    ]);
  });

  test('log rows gone: the export evidence (issue #10) tells uploaded from unknown', () => {
    const states = (evidence: { files: number; uploaded: number }) =>
      overviewOf([batchRow('B001', { evidence })], [], { B001: { kind: 'sheet_missing' } }).items.map((i) => [
        i.state,
        i.change,
      ]);
    expect(states({ files: 2, uploaded: 2 })).toEqual([['uploaded', null]]);
    expect(states({ files: 2, uploaded: 1 })).toEqual([['changed', 'log_missing']]);
    expect(states({ files: 0, uploaded: 0 })).toEqual([['not_exported', null]]);
  });

  test('a batch without a verdict is treated as unreadable, never as verified', () => {
    const log = exportRows('B001', 1);
    expect(overviewOf([batchRow('B001')], log, {}).items[0]?.change).toBe('sheet_unreadable');
  });

  test('batch ids match across the batch table and the log ignoring case and outer spaces', () => {
    const log = exportRows(' b001', 1);
    const item = overviewOf([batchRow('B001')], log, { B001: sameAs(log) }).items;
    expect(item.map((i) => i.state)).toEqual(['pending']);
  });

  test('one registration: the item says so (manual 2.2.2: it may be registered for that one person)', () => {
    const log = exportRows('B001', 1, { rows: 1 });
    const item = overviewOf([batchRow('B001')], log, { B001: sameAs(log) }).items[0];
    expect([item?.registrations, item?.singleRegistration]).toEqual([1, true]);
    const notExported = overviewOf([batchRow('B002')], [], {
      B002: { kind: 'remade', files: [{ name: 'x.csv', sha256: HASH(1), rows: [2] }] },
    }).items[0];
    expect([notExported?.state, notExported?.singleRegistration, notExported?.filesLeft]).toEqual([
      'not_exported',
      true,
      1,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Order and counts
// ---------------------------------------------------------------------------------------------

describe('uploadOverview: order and counts', () => {
  test('oldest administration date first, then batch ids in natural order, unknown dates last', () => {
    const batches = [
      batchRow('B10', { datumToediening: '2026-11-27' }),
      batchRow('B3', { datumToediening: '2026-11-28' }),
      batchRow('B2', { datumToediening: '2026-11-27' }),
      batchRow('B1', { datumToediening: null }),
    ];
    const overview = overviewOf(batches, [], {});
    expect(overview.items.map((i) => i.batchId)).toEqual(['B2', 'B10', 'B3', 'B1']);
  });

  test('the line on top: "4 batches, 7 files still to upload" and the progress', () => {
    const a = exportRows('B001', 1, { uploaded: [true] }); // uploaded: 1 file
    const b = exportRows('B002', 2); // pending: 2 files
    const c = exportRows('B003', 3, { uploaded: [true, false, false] }); // pending, 1 of 3 uploaded
    const d = exportRows('B004', 1); // changed: the sheet now makes 2 files
    const overview = overviewOf(
      [batchRow('B001'), batchRow('B002'), batchRow('B003'), batchRow('B004'), batchRow('B005')],
      [...a, ...b, ...c, ...d],
      {
        B001: sameAs(a),
        B002: sameAs(b),
        B003: sameAs(c),
        B004: sameAs([...d, ...exportRows('B004', 1, { seed: 7 })]),
        B005: { kind: 'remade', files: [{ name: 'n.csv', sha256: HASH(3), rows: [2, 3] }] }, // not exported
      },
    );
    expect(overview.counts).toEqual({
      batchesLeft: 4,
      filesLeft: 2 + 2 + 2 + 1,
      filesUploaded: 2,
      batches: 5,
      pending: 2,
      notExported: 1,
      changed: 1,
      uploaded: 1,
    });
    expect(overview.progress).toBeCloseTo(2 / 9);
    expect(uploadQueue(overview).map((e) => e.file.name)).toEqual([
      b[0]?.fileName,
      b[1]?.fileName,
      c[1]?.fileName,
      c[2]?.fileName,
    ]);
  });

  test('nothing at all is complete progress', () => {
    expect(overviewOf([], [], {}).progress).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const arbBatch = fc.record({
  n: fc.integer({ min: 1, max: 30 }),
  date: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
  marked: fc.boolean(),
  parts: fc.integer({ min: 0, max: 3 }),
  uploadedMask: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  verdict: fc.constantFrom<VerdictCase>(...VERDICT_CASES),
});

type BatchSpec = typeof arbBatch extends fc.Arbitrary<infer T> ? T : never;

function workbookOf(specs: readonly BatchSpec[]) {
  const batches: UploadBatchRow[] = [];
  const log: UploadLogRow[] = [];
  const verdicts: Record<string, SheetVerdict> = {};
  const seen = new Set<number>();
  for (const spec of specs) {
    if (seen.has(spec.n)) continue;
    seen.add(spec.n);
    const id = `B${spec.n}`;
    batches.push(
      batchRow(id, {
        uploaded: spec.marked,
        datumToediening: spec.date === null ? null : `2026-11-${String(spec.date).padStart(2, '0')}`,
      }),
    );
    const rows =
      spec.parts === 0 ? [] : exportRows(id, spec.parts, { seed: spec.n * 10, uploaded: spec.uploadedMask });
    log.push(...rows);
    verdicts[id] = verdictFor(spec.verdict, rows);
  }
  return { batches, log, verdicts };
}

describe('uploadOverview: properties', () => {
  test('the counts add up, the progress is a fraction, the order is by date', () => {
    fc.assert(
      fc.property(fc.array(arbBatch, { maxLength: 12 }), (specs) => {
        const { batches, log, verdicts } = workbookOf(specs);
        const overview = overviewOf(batches, log, verdicts);
        const { counts } = overview;
        expect(counts.batches).toBe(batches.length);
        expect(counts.pending + counts.notExported + counts.changed + counts.uploaded).toBe(counts.batches);
        expect(counts.batchesLeft).toBe(counts.batches - counts.uploaded);
        expect(overview.progress).toBeGreaterThanOrEqual(0);
        expect(overview.progress).toBeLessThanOrEqual(1);
        expect(overview.progress === 1).toBe(counts.filesLeft === 0);
        const queue = uploadQueue(overview);
        expect(queue.every((e) => e.item.state === 'pending' && !e.file.uploaded)).toBe(true);
        const dates = overview.items.map((i) => i.datumToediening ?? '9999');
        expect(dates).toEqual([...dates].sort());
        for (const item of overview.items) {
          if (item.state === 'uploaded') expect(item.filesLeft).toBe(0);
          if (item.state === 'pending')
            expect(item.filesLeft).toBe(item.files.filter((f) => !f.uploaded).length);
        }
      }),
    );
  });

  test('the states do not depend on the order of the log rows or the batch rows', () => {
    fc.assert(
      fc.property(fc.array(arbBatch, { maxLength: 8 }), fc.integer(), (specs, seed) => {
        const { batches, log, verdicts } = workbookOf(specs);
        const shuffle = <T>(items: readonly T[]): T[] =>
          items
            .map((item, i) => ({ item, key: (Math.imul(i + 1, 2654435761) ^ seed) >>> 0 }))
            .sort((a, b) => a.key - b.key)
            .map((e) => e.item);
        const states = (o: ReturnType<typeof overviewOf>) =>
          o.items.map((i) => [i.batchId, i.state, i.change]);
        expect(states(overviewOf(shuffle(batches), shuffle(log), verdicts))).toEqual(
          states(overviewOf(batches, log, verdicts)),
        );
      }),
    );
  });

  test('marking every logged file of a batch uploaded makes it uploaded, whatever the sheet says', () => {
    fc.assert(
      fc.property(arbBatch, (spec) => {
        const { batches, log, verdicts } = workbookOf([{ ...spec, parts: Math.max(1, spec.parts) }]);
        const marked = log.map((row) => ({ ...row, uploaded: true }));
        const item = overviewOf(batches, marked, verdicts).items[0];
        expect([item?.state, item?.filesLeft]).toEqual(['uploaded', 0]);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Re-making the logged files
// ---------------------------------------------------------------------------------------------

const TODAY = new Date(2026, 10, 28, 12);
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1970, month: 1, day: 1, serial: 997 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-28',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};
const person = (n: number): string =>
  makeInsz({ year: 1950 + (n % 50), month: 1 + (n % 12), day: 1 + (n % 28), serial: 900 + (n % 98) });
const sheetRows = (count: number): RegistrationRow[] =>
  Array.from({ length: count }, (_, i) => textRow(i + 2, [person(i)]));

function loggedOf(plan: ReturnType<typeof planExport>): UploadLogRow[] {
  return plan.files.map((file, i) => ({
    index: i,
    time: '2026-11-28 10:00:00',
    batchId: 'B003',
    sheetName: 'B003',
    fileName: file.name,
    part: file.part,
    parts: file.parts,
    rows: file.rows.length,
    sha256: file.sha256,
    encoding: plan.encoding,
    uploaded: false,
  }));
}

describe('remakeExport', () => {
  const exportWith = (
    rows: RegistrationRow[],
    linesPerFile: number,
    encoding: 'utf-8-bom' | 'windows-1252',
  ) =>
    planExport({ rows, batch: BATCH, batchId: 'B003', today: TODAY, settings: { encoding, linesPerFile } });

  test.each([
    ['the same settings', 40, 'utf-8-bom', 40, 'utf-8-bom'],
    ['the limit and the encoding changed since the export', 40, 'windows-1252', 100, 'utf-8-bom'],
    ['one file, the limit lowered since', 100, 'utf-8-bom', 10, 'utf-8-bom'],
    // A document exported with the earlier 100 registrations per file (101 lines), now on 100.
    ['the earlier 100 registrations per file, now 100 lines', 101, 'utf-8-bom', 100, 'utf-8-bom'],
  ] as const)(
    'gives the logged bytes back after %s',
    (_, exportLimit, exportEncoding, nowLimit, nowEncoding) => {
      const rows = sheetRows(70);
      const exported = exportWith(rows, exportLimit, exportEncoding);
      const remade = remakeExport({
        rows,
        batch: BATCH,
        batchId: 'B003',
        today: TODAY,
        settings: { encoding: nowEncoding, linesPerFile: nowLimit },
        logged: loggedOf(exported),
      });
      expect(remade.matches).toBe(true);
      expect(remade.plan.files.map((f) => Buffer.from(f.bytes).toString('hex'))).toEqual(
        exported.files.map((f) => Buffer.from(f.bytes).toString('hex')),
      );
    },
  );

  test('a row changed since the export: no match, and the plan is what a new export would make', () => {
    const rows = sheetRows(5);
    const exported = exportWith(rows, 100, 'utf-8-bom');
    const edited = [...rows.slice(0, 4), textRow(6, [person(77)])];
    const remade = remakeExport({
      rows: edited,
      batch: BATCH,
      batchId: 'B003',
      today: TODAY,
      settings: { encoding: 'utf-8-bom', linesPerFile: 100 },
      logged: loggedOf(exported),
    });
    expect(remade.matches).toBe(false);
    expect(remade.plan.files.map((f) => f.rows.length)).toEqual([5]);
  });

  test('an incomplete log never matches', () => {
    const rows = sheetRows(70);
    const exported = exportWith(rows, 40, 'utf-8-bom');
    const remade = remakeExport({
      rows,
      batch: BATCH,
      batchId: 'B003',
      today: TODAY,
      settings: { encoding: 'utf-8-bom', linesPerFile: 40 },
      logged: loggedOf(exported).slice(1),
    });
    expect(remade.matches).toBe(false);
  });

  test('lastExportRows keeps the latest time, the later row of a doubled part, in part order', () => {
    const rows: UploadLogRow[] = [
      ...exportRows('B1', 2, { time: '2026-11-28 11:00:00' }),
      ...exportRows('B1', 1, { time: '2026-11-28 09:00:00' }),
    ];
    const again = exportRows('B1', 2, { time: '2026-11-28 11:00:00', seed: 5 }).reverse();
    const last = lastExportRows([...rows, ...again]);
    expect(last.map((r) => [r.part, r.sha256])).toEqual([
      [1, HASH(6)],
      [2, HASH(7)],
    ]);
  });
});

describe('uploadZipName', () => {
  test.each([
    ['one date', ['2026-11-25', '2026-11-25'], 'vaccinnet_20261125.zip'],
    ['a span, in any order', ['2026-11-28', null, '2026-11-25'], 'vaccinnet_20261125-20261128.zip'],
    ['no date', [null, 'gisteren'], 'vaccinnet.zip'],
  ] as const)('%s', (_, dates, name) => {
    expect(uploadZipName(dates)).toBe(name);
  });
});

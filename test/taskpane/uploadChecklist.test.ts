import {
  type BatchMetadata,
  type UploadBatchRow,
  type UploadLogRow,
  planExport,
  uploadOverview,
  zipTimeOf,
} from '../../src/core';
import type { UploadChecklist } from '../../src/excel/readUploadChecklist';
import type { RemadeBatch } from '../../src/excel/remakeBatch';
import { pendingOf } from '../../src/taskpane/uploadChecklist';
import { textRow } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28, 12);
const person = (n: number): string =>
  makeInsz({ year: 1950 + n, month: 1 + (n % 12), day: 1 + (n % 28), serial: 900 + n });

const metadataOn = (date: string): BatchMetadata => ({
  toedienerInsz: makeInsz({ year: 1970, month: 1, day: 1, serial: 997 }),
  gratisVoorraad: 'Ja',
  datumToediening: date,
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
});

function batch(id: string, date: string, count: number, first: number) {
  const metadata = metadataOn(date);
  const rows = Array.from({ length: count }, (_, i) => textRow(i + 2, [person(first + i)]));
  const plan = planExport({
    rows,
    batch: metadata,
    batchId: id,
    today: TODAY,
    settings: { encoding: 'utf-8-bom', linesPerFile: 3 },
  });
  const row: UploadBatchRow = {
    batchId: id,
    sheetName: id,
    datumToediening: date,
    product: 'Vaxigrip Tetra',
    lot: null,
    lastExport: '2026-11-28 10:00:00',
    files: plan.files.length,
    uploaded: false,
  };
  const log: UploadLogRow[] = plan.files.map((file) => ({
    index: 0,
    time: '2026-11-28 10:00:00',
    batchId: id,
    sheetName: id,
    fileName: file.name,
    part: file.part,
    parts: file.parts,
    rows: file.rows.length,
    sha256: file.sha256,
    encoding: 'utf-8-bom',
    uploaded: false,
  }));
  return { row, log, plan };
}

function checklistOf(parts: ReturnType<typeof batch>[], remade: Map<string, RemadeBatch>): UploadChecklist {
  return {
    setUp: true,
    overview: uploadOverview({
      batches: parts.map((p) => p.row),
      log: parts.flatMap((p) => p.log),
      verdicts: new Map(
        [...remade].map(([key, r]) => [
          key,
          r.kind === 'remade' ? { kind: 'remade' as const, files: r.plan.files } : r,
        ]),
      ),
    }),
    remade,
  };
}

describe('pendingOf: all files still to upload', () => {
  test('verified files only, oldest batch first, parts in order, one zip named by the dates', () => {
    const late = batch('B001', '2026-11-27', 3, 0);
    const early = batch('B002', '2026-11-25', 1, 10);
    const changed = batch('B003', '2026-11-24', 1, 20);
    const edited = planExport({
      rows: [textRow(2, [person(30)])],
      batch: metadataOn('2026-11-24'),
      batchId: 'B003',
      today: TODAY,
      settings: { encoding: 'utf-8-bom', linesPerFile: 3 },
    });
    const remade = new Map<string, RemadeBatch>([
      ['B001', { kind: 'remade', plan: late.plan, matches: true }],
      ['B002', { kind: 'remade', plan: early.plan, matches: true }],
      ['B003', { kind: 'remade', plan: edited, matches: false }],
    ]);
    const pending = pendingOf(checklistOf([late, early, changed], remade));
    expect(pending.groups).toHaveLength(1);
    expect(pending.groups[0]?.files.map((f) => f.name)).toEqual([
      ...early.plan.files.map((f) => f.name),
      ...late.plan.files.map((f) => f.name),
    ]);
    expect(pending.groups[0]?.zipName).toBe('vaccinnet_20261125-20261127.zip');
    expect(pending.groups[0]?.mtime).toEqual(zipTimeOf('2026-11-25'));
    expect([pending.fileCount, pending.skippedBatches]).toEqual([3, 1]);
  });
});

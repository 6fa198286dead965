import fc from 'fast-check';
import {
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  batchKey,
  planExport,
  planRegisterExport,
  type BatchField,
  type Cell,
  type RegisterRow,
} from '../../src/core';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const LISTS = { ...DEFAULT_LISTS, immunisatieproduct: ['Vaxigrip Tetra', 'Comirnaty'] };
const TOEDIENER = makeInsz({ year: 1980, month: 5, day: 17, serial: 907 });
const text = (value: string): Cell => ({ kind: 'text', value });
const EMPTY: Cell = { kind: 'empty', value: null };

function row(n: number, insz: string, batch: Partial<Record<BatchField, Cell>>): RegisterRow {
  return {
    row: n,
    cells: {
      insz: insz === '' ? EMPTY : text(insz),
      naam: EMPTY,
      voornaam: EMPTY,
      geboortedatum: EMPTY,
      postcode: EMPTY,
    },
    batch: {
      toedienerInsz: text(TOEDIENER),
      gratisVoorraad: text('Nee'),
      datumToediening: text('28/11/2026'),
      immunisatieproduct: text('Vaxigrip Tetra'),
      dosis: text('0,5'),
      ...batch,
    },
  };
}
const patient = (k: number): string =>
  makeInsz({ year: 1950 + (k % 60), month: 1 + (k % 12), day: 1 + (k % 28), serial: 900 + (k % 98) });

describe('planRegisterExport', () => {
  // 150 Vaxigrip rows, 30 Comirnaty rows, 2 rows blocked by batch fields, 1 by the INSZ, 2 empty.
  const rows: RegisterRow[] = [];
  for (let k = 0; k < 185; k++) {
    const n = k + 2;
    if (k === 10) rows.push(row(n, patient(k), { dosis: text('3') }));
    else if (k === 11) rows.push(row(n, patient(k), { immunisatieproduct: EMPTY }));
    else if (k === 12) rows.push(row(n, '85073003329', {}));
    else if (k === 13 || k === 14) rows.push(row(n, '', {}));
    else if (k % 6 === 0)
      rows.push(row(n, patient(k), { immunisatieproduct: text('comirnaty'), dosis: text('1') }));
    else rows.push(row(n, patient(k), {}));
  }
  const plan = planRegisterExport({
    rows,
    sheetName: 'Dagregister',
    today: TODAY,
    settings: DEFAULT_SETTINGS,
    lists: LISTS,
    knownBatches: [],
    takenIds: ['B001'],
  });

  test('one batch per group, files byte-equal to planExport of the group’s rows', () => {
    expect(plan.groups.map((g) => [g.batchId, g.batch.immunisatieproduct, g.rows.length, g.isNew])).toEqual([
      ['B002', 'comirnaty', 30, true],
      ['B003', 'Vaxigrip Tetra', 151, true],
    ]);
    for (const group of plan.groups) {
      const alone = planExport({
        rows: rows.filter((r) => group.rows.includes(r.row)),
        batch: group.batch,
        batchId: group.batchId,
        today: TODAY,
        settings: DEFAULT_SETTINGS,
      });
      expect(group.plan.files.map((f) => [f.name, f.rows, f.bytes])).toEqual(
        alone.files.map((f) => [f.name, f.rows, f.bytes]),
      );
    }
    expect(plan.files.map((f) => f.name)).toEqual([
      'vaccinnet_20261128_B002_comirnaty_1-1.csv',
      'vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv',
      'vaccinnet_20261128_B003_vaxigrip-tetra_2-2.csv',
    ]);
  });

  test('reconciliation per group and in total', () => {
    for (const group of plan.groups) {
      expect(group.plan.counts.rows).toBe(group.plan.counts.exported + group.plan.blocked.length);
    }
    expect(plan.counts).toMatchObject({
      rows: 185,
      exported: 180,
      blocked: 3,
      empty: 2,
      groups: 2,
      files: 3,
    });
    expect(plan.blocked.map((b) => [b.row, b.issues.map((i) => i.code)])).toEqual([
      [12, ['register_dose']],
      [13, ['register_field_required']],
      [14, ['insz_checksum']],
    ]);
  });

  test('same sheet and key again: the same ids, nothing new', () => {
    const again = planRegisterExport({
      rows,
      sheetName: 'dagregister',
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      lists: LISTS,
      knownBatches: plan.groups.map((g) => ({
        batchId: g.batchId,
        sheetName: 'Dagregister',
        batch: g.batch,
      })),
      takenIds: ['B001', 'B002', 'B003', 'B009'],
    });
    expect(again.groups.map((g) => [g.batchId, g.isNew])).toEqual([
      ['B002', false],
      ['B003', false],
    ]);
    expect(again.groups.map((g) => g.key)).toEqual(plan.groups.map((g) => batchKey(g.batch)));
  });

  test('a person in two groups with the same product and date is duplicate_across_batches', () => {
    const p = patient(1);
    const twice = planRegisterExport({
      rows: [row(2, p, { lotnummer: text('L1') }), row(3, p, { lotnummer: text('L2') })],
      sheetName: 'Dagregister',
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      lists: LISTS,
    });
    expect(twice.issues.map((i) => [i.row, i.code, i.params])).toEqual([
      [2, 'duplicate_across_batches', { batchId: 'B002', sheetName: 'Dagregister', row: 3 }],
      [3, 'duplicate_across_batches', { batchId: 'B001', sheetName: 'Dagregister', row: 2 }],
    ]);
  });

  test('property: rows in = exported + blocked + empty, whatever the rows', () => {
    const batchCell = fc.constantFrom<Partial<Record<BatchField, Cell>>>(
      {},
      { dosis: text('3') },
      { lotnummer: text('x') },
      { lotnummer: text('X') },
      { immunisatieproduct: text('Comirnaty') },
      { datumToediening: text('29/11/2026') },
    );
    const inszCell = fc.constantFrom('', patient(1), patient(2), '123');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(inszCell, batchCell), { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (specs, max) => {
          const input = specs.map(([insz, batch], i) => row(i + 2, insz, batch));
          const result = planRegisterExport({
            rows: input,
            sheetName: 'R',
            today: TODAY,
            settings: { ...DEFAULT_SETTINGS, linesPerFile: max + 1 },
            lists: LISTS,
          });
          expect(result.counts.rows).toBe(
            result.counts.exported + result.counts.blocked + result.counts.empty,
          );
          const exportedRows = result.files.flatMap((f) => f.rows);
          expect(new Set([...exportedRows, ...result.blocked.map((b) => b.row)]).size).toBe(
            result.counts.rows - result.counts.empty,
          );
          for (const file of result.files) expect(file.rows.length).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 60 },
    );
  });
});

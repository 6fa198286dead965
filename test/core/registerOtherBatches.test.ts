import {
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  groupRegister,
  planRegisterExport,
  registerOtherBatches,
  validateRegistrations,
  type BatchField,
  type Cell,
  type RegisterRow,
} from '../../src/core';
import { makeInsz } from '../support/syntheticInsz';

/*
 * Another register's groups as the other batches of duplicate_across_batches (issue #9: each
 * group is a batch for duplicates across batches).
 */

const TODAY = new Date(2026, 10, 28);
const LISTS = { ...DEFAULT_LISTS, immunisatieproduct: ['Vaxigrip Tetra', 'Comirnaty'] };
const TOEDIENER = makeInsz({ year: 1980, month: 5, day: 17, serial: 907 });
const text = (value: string): Cell => ({ kind: 'text', value });
const EMPTY: Cell = { kind: 'empty', value: null };
const patient = (k: number): string =>
  makeInsz({ year: 1950 + k, month: 1 + k, day: 1 + k, serial: 900 + k });

function row(n: number, insz: string, batch: Partial<Record<BatchField, Cell>> = {}): RegisterRow {
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

const rows: RegisterRow[] = [
  row(2, patient(1)),
  row(3, patient(2), { immunisatieproduct: text('Comirnaty'), dosis: text('1') }),
  row(4, patient(3), { dosis: text('3') }), // blocked by its batch fields: in no batch
  row(5, ''),
  row(6, patient(4)),
];

describe('registerOtherBatches', () => {
  const grouping = groupRegister(rows, { today: TODAY, lists: LISTS });
  const vaxigrip = grouping.groups[0]?.batch;

  test('one batch per group, rows in sheet order; a group without a Batches row has no id', () => {
    const others = registerOtherBatches({
      rows,
      sheetName: 'Dagregister 28-11-2026',
      today: TODAY,
      lists: LISTS,
      knownBatches: [],
    });
    expect(
      others.map((o) => [o.batchId, o.sheetName, o.batch.immunisatieproduct, o.rows.map((r) => r.row)]),
    ).toEqual([
      ['', 'Dagregister 28-11-2026', 'Vaxigrip Tetra', [2, 6]],
      ['', 'Dagregister 28-11-2026', 'Comirnaty', [3]],
    ]);
  });

  test('a group with a Batches row of the same sheet and key keeps its id; another sheet’s row does not count', () => {
    if (vaxigrip === undefined) throw new Error('no group');
    const others = registerOtherBatches({
      rows,
      sheetName: 'dagregister 28-11-2026',
      today: TODAY,
      lists: LISTS,
      knownBatches: [
        { batchId: 'B007', sheetName: 'Dagregister 28-11-2026', batch: vaxigrip },
        { batchId: 'B008', sheetName: 'Ander blad', batch: vaxigrip },
      ],
    });
    expect(others.map((o) => o.batchId)).toEqual(['B007', '']);
  });

  test('a batch sheet with the same product and date sees the register’s person; another product does not', () => {
    if (vaxigrip === undefined) throw new Error('no group');
    const others = registerOtherBatches({
      rows,
      sheetName: 'R',
      today: TODAY,
      lists: LISTS,
      knownBatches: [],
    });
    const batchRows = [row(2, patient(4)), row(3, patient(2))];
    const report = validateRegistrations({
      rows: batchRows,
      today: TODAY,
      settings: DEFAULT_SETTINGS,
      batch: vaxigrip,
      otherBatches: others,
    });
    expect(
      report.issues.filter((i) => i.code === 'duplicate_across_batches').map((i) => [i.row, i.params]),
    ).toEqual([[2, { batchId: '', sheetName: 'R', row: 6 }]]);
  });

  test('planRegisterExport with the grouping passed in plans as without it', () => {
    const input = { rows, sheetName: 'R', today: TODAY, settings: DEFAULT_SETTINGS, lists: LISTS };
    const withGrouping = planRegisterExport({ ...input, grouping });
    const without = planRegisterExport(input);
    expect(withGrouping.issues).toEqual(without.issues);
    expect(withGrouping.files.map((f) => f.sha256)).toEqual(without.files.map((f) => f.sha256));
    expect(() => planRegisterExport({ ...input, rows: rows.slice(1), grouping })).toThrow(/other rows/);
  });
});

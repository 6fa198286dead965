import {
  DEFAULT_LISTS,
  GROUP_BLOCKED,
  GROUP_EMPTY,
  assignBatchIds,
  batchKey,
  foldFreeText,
  groupRegister,
  nextBatchId,
  type BatchField,
  type BatchMetadata,
  type Cell,
  type RegisterRow,
} from '../../src/core';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const LISTS = { ...DEFAULT_LISTS, immunisatieproduct: ['Vaxigrip Tetra', 'Comirnaty'] };
const TOEDIENER = makeInsz({ year: 1980, month: 5, day: 17, serial: 907 });
const PATIENT = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });

const text = (value: string): Cell => ({ kind: 'text', value });
const num = (value: number): Cell => ({ kind: 'number', value });
const EMPTY: Cell = { kind: 'empty', value: null };

const BASE: Partial<Record<BatchField, Cell>> = {
  toedienerInsz: text(TOEDIENER),
  gratisVoorraad: text('Ja'),
  datumToediening: text('28/11/2026'),
  immunisatieproduct: text('Vaxigrip Tetra'),
  dosis: num(0.5),
  lotnummer: text('AB123'),
};

function registerRow(
  row: number,
  batch: Partial<Record<BatchField, Cell>> = {},
  insz = PATIENT,
): RegisterRow {
  return {
    row,
    cells: {
      insz: insz === '' ? EMPTY : text(insz),
      naam: EMPTY,
      voornaam: EMPTY,
      geboortedatum: EMPTY,
      postcode: EMPTY,
    },
    batch: { ...BASE, ...batch },
  };
}

const group = (rows: RegisterRow[]) => groupRegister(rows, { today: TODAY, lists: LISTS });

describe('groupRegister: normalisation is the batch form’s', () => {
  test.each([
    [
      'date as Belgian text, ISO text and Excel serial',
      { datumToediening: text('2026-11-28') },
      { datumToediening: { kind: 'date', value: 46354 } as Cell },
    ],
    ['dose with a comma or a point', { dosis: text('0,5') }, { dosis: text('0.5') }],
    ['outer spaces and NFC in free text', { lotnummer: text(' AB123 ') }, { lotnummer: text('AB123') }],
    ['list value in another case', { lichaamszijde: text('links') }, { lichaamszijde: text('Links') }],
    ['gratis voorraad in French', { gratisVoorraad: text('oui') }, { gratisVoorraad: text('Ja') }],
    [
      'toediener INSZ with separators',
      {
        toedienerInsz: text(
          `${TOEDIENER.slice(0, 2)}.${TOEDIENER.slice(2, 4)}.${TOEDIENER.slice(4, 6)}-${TOEDIENER.slice(6, 9)}.${TOEDIENER.slice(9)}`,
        ),
      },
      {},
    ],
  ])('%s: one group', (_label, a, b) => {
    const result = group([registerRow(2, a), registerRow(3, b)]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.rows).toEqual([2, 3]);
    expect(result.issues).toEqual([]);
  });

  test('the group holds the normalised batch', () => {
    const result = group([registerRow(2, { dosis: text('0,5'), lichaamszijde: text(' links ') })]);
    expect(result.groups[0]?.batch).toEqual({
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Ja',
      datumToediening: '2026-11-28',
      immunisatieproduct: 'Vaxigrip Tetra',
      dosis: 0.5,
      lotnummer: 'AB123',
      lichaamszijde: 'Links',
    });
  });
});

describe('groupRegister: blocked rows carry register codes on their row and field', () => {
  test.each([
    ['no product', { immunisatieproduct: EMPTY }, [[4, 'immunisatieproduct', 'register_field_required']]],
    ['no date', { datumToediening: text('  ') }, [[4, 'datumToediening', 'register_field_required']]],
    ['dose 3', { dosis: num(3) }, [[4, 'dosis', 'register_dose']]],
    [
      'date in the future',
      { datumToediening: text('29/11/2026') },
      [[4, 'datumToediening', 'register_date_future']],
    ],
    [
      'no real date',
      { datumToediening: text('31/02/2026') },
      [[4, 'datumToediening', 'register_date_invalid']],
    ],
    [
      'invalid toediener',
      { toedienerInsz: text('85073003329') },
      [[4, 'toedienerInsz', 'register_toediener_insz']],
    ],
    ['not on the list', { lichaamszijde: text('Boven') }, [[4, 'lichaamszijde', 'register_list_value']]],
    ['a tab in the lot', { lotnummer: text('A\tB') }, [[4, 'lotnummer', 'register_text']]],
    ['yes/no', { gratisVoorraad: text('misschien') }, [[4, 'gratisVoorraad', 'register_yes_no']]],
    ['an Excel error', { dosis: { kind: 'error', value: '#N/A' } as Cell }, [[4, 'dosis', 'cell_error']]],
    [
      'two problems, field order',
      { dosis: num(3), immunisatieproduct: EMPTY },
      [
        [4, 'immunisatieproduct', 'register_field_required'],
        [4, 'dosis', 'register_dose'],
      ],
    ],
  ] as const)('%s', (_label, batch, expected) => {
    const result = group([registerRow(2), registerRow(3), registerRow(4, batch)]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual(expected);
    expect(result.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(Array.from(result.groupOf)).toEqual([0, 0, GROUP_BLOCKED]);
    expect(result.blocked).toEqual([2]);
    expect(result.counts).toEqual({ rows: 3, grouped: 2, blocked: 1, empty: 0 });
  });

  test('a row with batch cells but no registration cell is empty, not blocked', () => {
    const result = group([registerRow(2, { dosis: num(3) }, '')]);
    expect(Array.from(result.groupOf)).toEqual([GROUP_EMPTY]);
    expect(result.issues).toEqual([]);
    expect(result.counts).toEqual({ rows: 1, grouped: 0, blocked: 0, empty: 1 });
  });
});

describe('groupRegister: groups and order', () => {
  test('groups in sheet order of their first row, rows in sheet order', () => {
    const c = { immunisatieproduct: text('Comirnaty'), dosis: num(1) };
    const result = group([
      registerRow(2, c),
      registerRow(3),
      registerRow(4, c),
      registerRow(5, { datumToediening: text('27/11/2026') }),
      registerRow(6),
    ]);
    expect(result.groups.map((g) => [g.batch.immunisatieproduct, g.batch.datumToediening, g.rows])).toEqual([
      ['Comirnaty', '2026-11-28', [2, 4]],
      ['Vaxigrip Tetra', '2026-11-28', [3, 6]],
      ['Vaxigrip Tetra', '2026-11-27', [5]],
    ]);
    expect(result.groups.map((g) => g.key)).toEqual(result.groups.map((g) => batchKey(g.batch)));
  });
});

describe('near duplicates', () => {
  test('ab123 beside AB123: a warning with the majority spelling as fix on the minority rows', () => {
    const result = group([
      registerRow(2),
      registerRow(3),
      registerRow(4, { lotnummer: text('ab123') }),
      registerRow(5),
    ]);
    expect(result.groups.map((g) => g.rows)).toEqual([[2, 3, 5], [4]]);
    expect(result.issues).toEqual([
      {
        code: 'register_near_duplicate',
        row: 4,
        column: 'lotnummer',
        severity: 'warning',
        params: { value: 'ab123', other: 'AB123', otherRow: 2 },
        fix: 'AB123',
      },
    ]);
  });

  test.each([
    ['spaces and punctuation', 'AB-12 3', true],
    ['the same lot', 'AB123', false],
    ['a different lot', 'AB124', false],
    ['an accent is a letter', 'ÀB123', false],
  ])('%s', (_label, lot, warned) => {
    const result = group([registerRow(2), registerRow(3, { lotnummer: text(lot) })]);
    expect(result.issues.some((i) => i.code === 'register_near_duplicate')).toBe(warned);
  });

  test('organisatie, product and opmerkingen are free text too; one warning per differing field', () => {
    const result = group([
      registerRow(2, { organisatie: text('WZC De Linde'), opmerkingen: text('griep') }),
      registerRow(3, { organisatie: text('WZC De Linde'), opmerkingen: text('griep') }),
      registerRow(4, {
        organisatie: text('wzc de linde.'),
        opmerkingen: text('Griep'),
        immunisatieproduct: text('vaxigrip-tetra'),
      }),
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.fix])).toEqual([
      [4, 'organisatie', 'WZC De Linde'],
      [4, 'immunisatieproduct', 'Vaxigrip Tetra'],
      [4, 'opmerkingen', 'griep'],
    ]);
  });

  test('foldFreeText', () => {
    expect(foldFreeText(' AB-123 ')).toBe('ab123');
    expect(foldFreeText('É.e')).toBe('ée');
  });
});

describe('batch ids', () => {
  const batch: BatchMetadata = {
    toedienerInsz: TOEDIENER,
    gratisVoorraad: 'Ja',
    datumToediening: '2026-11-28',
    immunisatieproduct: 'Vaxigrip Tetra',
    dosis: 0.5,
  };
  const other: BatchMetadata = { ...batch, immunisatieproduct: 'Comirnaty' };

  test.each([
    [[], 'B001'],
    [['B001', 'b007', 'X12'], 'B008'],
    [['B999'], 'B1000'],
  ])('nextBatchId(%j) = %s', (existing, expected) => {
    expect(nextBatchId(existing)).toBe(expected);
  });

  test('same sheet and key: the known id; a new key: the next free id; stale ids listed', () => {
    const assignment = assignBatchIds([{ key: batchKey(other) }, { key: batchKey(batch) }], {
      sheetName: 'Dagregister',
      known: [
        { batchId: 'B002', sheetName: 'DAGREGISTER', batch },
        { batchId: 'B003', sheetName: 'Dagregister', batch: { ...batch, dosis: 1 } },
        { batchId: 'B004', sheetName: 'Ander blad', batch: other },
      ],
      takenIds: ['B001', 'B005'],
    });
    expect(assignment).toEqual({ ids: ['B006', 'B002'], isNew: [true, false], unused: ['B003'] });
  });
});

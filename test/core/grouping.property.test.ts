import fc from 'fast-check';
import {
  BATCH_FIELDS,
  DEFAULT_LISTS,
  GROUP_BLOCKED,
  GROUP_EMPTY,
  batchKey,
  foldFreeText,
  groupRegister,
  parseBatchMetadata,
  type BatchField,
  type BatchMetadata,
  type Cell,
  type RegisterGrouping,
  type RegisterRow,
} from '../../src/core';
import { makeInsz } from '../support/syntheticInsz';

/*
 * Properties of SPEC "A day's register": the groups partition the non-empty rows; equal keys, same
 * group; order; idempotence; independence of unrelated rows; the near-duplicate warning fires
 * exactly on keys equal after folding. The key is computed here with the batch form's own parser
 * (parseBatchMetadata), the rule grouping must follow, not with grouping's own code.
 */

const TODAY = new Date(2026, 10, 28);
const LISTS = { ...DEFAULT_LISTS, immunisatieproduct: ['Vaxigrip Tetra', 'Comirnaty'] };
const TOEDIENER = makeInsz({ year: 1980, month: 5, day: 17, serial: 907 });
const PATIENTS = [
  makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }),
  makeInsz({ year: 2004, month: 1, day: 2, serial: 944 }),
];

const text = (value: string): Cell => ({ kind: 'text', value });
const EMPTY: Cell = { kind: 'empty', value: null };
const cellOf = (value: string | number | null): Cell =>
  value === null ? EMPTY : typeof value === 'number' ? { kind: 'number', value } : text(value);

/** Small pools with near-duplicates, equivalent spellings and invalid values, so keys collide. */
const pools: Partial<Record<BatchField, readonly (string | number | null)[]>> = {
  toedienerInsz: [TOEDIENER, TOEDIENER, ` ${TOEDIENER}`, '85073003329'],
  gratisVoorraad: ['Ja', 'ja', 'Nee', 'misschien'],
  datumToediening: ['28/11/2026', '2026-11-28', '27/11/2026', 46353, '29/11/2026', null],
  immunisatieproduct: ['Vaxigrip Tetra', 'vaxigrip tetra', 'Comirnaty', ' Comirnaty', null],
  dosis: [0.5, '0,5', 1, '2', 3],
  lotnummer: ['AB123', 'ab123', 'AB 123', 'X9', null],
  lichaamszijde: [null, 'links', 'Links', 'Boven'],
  opmerkingen: [null, 'griep', 'Griep!'],
};

const batchArb: fc.Arbitrary<Partial<Record<BatchField, Cell>>> = fc.record(
  Object.fromEntries(
    Object.entries(pools).map(([field, pool]) => [field, fc.constantFrom(...(pool ?? [])).map(cellOf)]),
  ) as Record<BatchField, fc.Arbitrary<Cell>>,
);

const rowsArb = fc
  .array(fc.record({ batch: batchArb, patient: fc.constantFrom('', ...PATIENTS) }), { maxLength: 30 })
  .map((specs): RegisterRow[] =>
    specs.map((spec, i) => ({
      row: i + 2,
      cells: {
        insz: spec.patient === '' ? EMPTY : text(spec.patient),
        naam: EMPTY,
        voornaam: EMPTY,
        geboortedatum: EMPTY,
        postcode: EMPTY,
      },
      batch: spec.batch,
    })),
  );

/** The reference key of a row: the batch form's parser on its cells, or null when it fails. */
const referenceKeys = new Map<string, string | null>();
function referenceKey(row: RegisterRow): string | null {
  const memoKey = JSON.stringify(BATCH_FIELDS.map((field) => row.batch[field] ?? null));
  const known = referenceKeys.get(memoKey);
  if (known !== undefined) return known;
  const key = computeReferenceKey(row);
  referenceKeys.set(memoKey, key);
  return key;
}

function computeReferenceKey(row: RegisterRow): string | null {
  const fields: Record<string, unknown> = {};
  for (const field of BATCH_FIELDS) {
    const cell = row.batch[field];
    fields[field] = cell === undefined || cell.kind === 'empty' ? null : cell.value;
  }
  const parsed = parseBatchMetadata(fields, { today: TODAY, lists: LISTS });
  return parsed.ok ? batchKey(parsed.value) : null;
}

const isEmpty = (row: RegisterRow): boolean => row.cells.insz.kind === 'empty';
const run = (rows: readonly RegisterRow[]): RegisterGrouping =>
  groupRegister(rows, { today: TODAY, lists: LISTS });

/** Groups as sets of sheet rows with their keys, for comparisons. */
const shape = (grouping: RegisterGrouping) => grouping.groups.map((g) => [g.key, g.rows] as const);

describe('groupRegister properties', () => {
  test('the groups partition the non-empty rows; keys are the batch form’s', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const grouping = run(rows);
        const seen = new Array<number>(rows.length).fill(0);
        grouping.groups.forEach((group, g) => {
          for (const i of group.indices) {
            seen[i] = (seen[i] ?? 0) + 1;
            expect(grouping.groupOf[i]).toBe(g);
            // Rows in one group have the group's key, which is the form's normalisation of theirs.
            expect(referenceKey(rows[i] as RegisterRow)).toBe(group.key);
          }
        });
        for (const i of grouping.blocked) seen[i] = (seen[i] ?? 0) + 1;
        rows.forEach((row, i) => {
          if (isEmpty(row)) {
            expect(seen[i]).toBe(0);
            expect(grouping.groupOf[i]).toBe(GROUP_EMPTY);
          } else {
            expect(seen[i]).toBe(1);
          }
          if (grouping.groupOf[i] === GROUP_BLOCKED) {
            expect(referenceKey(row)).toBeNull();
            expect(grouping.issues.some((issue) => issue.row === row.row && issue.severity === 'error')).toBe(
              true,
            );
          }
        });
        // Different groups, different keys.
        expect(new Set(grouping.groups.map((g) => g.key)).size).toBe(grouping.groups.length);
        const { rows: total, grouped, blocked, empty } = grouping.counts;
        expect(total).toBe(grouped + blocked + empty);
        expect(total).toBe(rows.length);
      }),
    );
  });

  test('groups in sheet order of their first row, rows in sheet order', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const firsts = run(rows).groups.map((g) => g.indices[0] as number);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (const g of run(rows).groups) expect(g.indices).toEqual([...g.indices].sort((a, b) => a - b));
      }),
    );
  });

  test('idempotent, and independent of unrelated rows', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (rows, extra) => {
        const once = run(rows);
        expect(run(rows)).toEqual(once);
        // Unrelated rows: rows whose key no group of `rows` has, appended after them.
        const keys = new Set(once.groups.map((g) => g.key));
        const unrelated = extra
          .filter((row) => !isEmpty(row) && !keys.has(referenceKey(row) ?? '') && referenceKey(row) !== null)
          .map((row, k) => ({ ...row, row: rows.length + 2 + k }));
        const both = run([...rows, ...unrelated]);
        expect(shape(both).slice(0, once.groups.length)).toEqual(shape(once));
        expect(both.blocked).toEqual(once.blocked);
      }),
    );
  });

  test('the near-duplicate warning fires exactly on keys equal after folding the free text', () => {
    const folded = (b: BatchMetadata): string =>
      JSON.stringify(
        BATCH_FIELDS.map((f) =>
          ['organisatie', 'immunisatieproduct', 'lotnummer', 'opmerkingen'].includes(f)
            ? foldFreeText(String(b[f] ?? ''))
            : (b[f] ?? null),
        ),
      );
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const grouping = run(rows);
        const warned = new Set(
          grouping.issues.filter((i) => i.code === 'register_near_duplicate').map((i) => i.row),
        );
        for (const group of grouping.groups) {
          const mates = grouping.groups.filter((other) => folded(other.batch) === folded(group.batch));
          // The kept group: the most rows, the first on a tie.
          const kept = mates.reduce((best, g) => (g.rows.length > best.rows.length ? g : best));
          for (const row of group.rows) expect(warned.has(row)).toBe(mates.length > 1 && group !== kept);
        }
        for (const issue of grouping.issues.filter((i) => i.code === 'register_near_duplicate')) {
          expect(issue.fix).toBeDefined();
          expect(issue.severity).toBe('warning');
        }
      }),
    );
  });
});

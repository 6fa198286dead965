/**
 * Synthetic registration rows for the benchmark: half INSZ rows (half of those compact, half with
 * separators), half name + birth date rows, about 5% faulty (a broken check digit, a trailing
 * space, a 7-digit birth date number, an Excel date, a comma in a name), and about 1% that repeat
 * an earlier row's person (a duplicate_person finding). Deterministic (seeded PRNG), synthetic
 * numbers only (serials 900-998).
 *
 * Every other row is a person of its own, at every size: the i-th INSZ person and the i-th name
 * person are drawn without repetition (see {@link spread}), so 100,000 and 1,000,000 rows hold
 * the same mix per row, and the bench's 1M / 100k cost per row compares the same work. Until
 * 2026-12-03 birth dates and serials were drawn at random, and the duplicates chance made grew
 * with the square of the rows: 0.8% of the rows at 100,000 (819 duplicate_person findings), 8% at
 * 1,000,000 (80,357), so a 1M row carried 1.7x the findings of a 100k row (172 against 100 per
 * 1,000 rows).
 */
import type { BatchMetadata, Cell, RegistrationRow } from '../src/core';
import { makeInsz } from '../test/support/syntheticInsz';

/** The day the bench validates on, and the batch its rows belong to (bench/run.ts, profileCore.ts). */
export const BENCH_TODAY = new Date(2026, 10, 28);
export const BENCH_BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 901 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-27',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};

/** mulberry32: a tiny seeded PRNG, so every run measures the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Testpersoon',
  'Voorbeeld',
  'Proefkonijn',
  'Exemple',
  'Muster',
  'Dummy',
  'Fictief',
  'Lefèvre-Test',
];
const FIRST = ['Hélène', 'Jan', 'Marie', 'Noah', 'Zoë', 'Lucas', 'Emma', 'Ahmed', 'Françoise', ''];

const text = (value: string): Cell => ({ kind: 'text', value });
const empty: Cell = { kind: 'empty', value: null };
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * One INSZ string per row, for the stdnum baseline (bench/run.ts), so both sides see as many
 * INSZ as there are rows: an INSZ row's own INSZ text (exactly as in the cell, faults included);
 * for a name row, the synthetic INSZ of that person (its birth date, serial 900 + row % 99),
 * compact or with separators in the same alternation as the INSZ rows.
 */
export function inszStringsOf(rows: readonly RegistrationRow[]): string[] {
  return rows.map((r, i) => {
    const cell = r.cells.insz;
    if (cell.kind === 'text') return cell.value;
    const birth = r.cells.geboortedatum;
    const digits = birth.kind === 'text' ? birth.value : '01011970';
    const insz = makeInsz({
      year: Number(digits.slice(4, 8)),
      month: Number(digits.slice(2, 4)),
      day: Number(digits.slice(0, 2)),
      serial: 900 + (i % 99),
    });
    return i % 4 === 1
      ? `${insz.slice(0, 2)}.${insz.slice(2, 4)}.${insz.slice(4, 6)}-${insz.slice(6, 9)}.${insz.slice(9)}`
      : insz;
  });
}

/** Birth dates: 95 years from 1930, 12 months, days 1-28. */
const YEARS = 95;
const DATES = YEARS * 12 * 28;
/** Serial numbers 900-998 (synthetic). */
const SERIALS = 99;
/** How many distinct INSZ persons and name persons {@link spread} can give. */
const INSZ_PERSONS = DATES * SERIALS;
const NAME_PERSONS = DATES * NAMES.length * FIRST.length;
/** Share of rows that repeat an earlier row's person, and how far back that row is at most. */
const REPEAT_SHARE = 0.01;
const REPEAT_WITHIN = 1_000;

/**
 * The `j`-th of `space` persons, scattered over the space without repetition: `j * step mod space`
 * is a bijection of 0..space-1 when `step` and `space` have no common factor (7,919 is a prime
 * that divides neither person count).
 */
function spread(j: number, space: number): number {
  return (j * 7_919 + 104_729) % space;
}

/** The birth date of person number `k` (its remainder after the other parts were taken). */
function birthOf(k: number): { year: number; month: number; day: number } {
  return { day: 1 + (k % 28), month: 1 + (Math.floor(k / 28) % 12), year: 1930 + Math.floor(k / (28 * 12)) };
}

export function generateRows(count: number, seed = 20261128): RegistrationRow[] {
  if (count / 2 > Math.min(INSZ_PERSONS, NAME_PERSONS))
    throw new Error('bench: more rows than synthetic persons');
  const rnd = prng(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  /** The person of each pair of rows so far: INSZ persons at even j, name persons at odd. */
  const persons: number[] = [];
  const rows: RegistrationRow[] = [];
  for (let i = 0; i < count; i++) {
    const isInszRow = i % 2 === 0;
    const j = i >> 1;
    // About 1% of the rows repeat the person of an earlier row of the same kind.
    const repeat = j > 0 && rnd() < REPEAT_SHARE;
    const person = repeat
      ? (persons[i - 2 * (1 + int(Math.min(j, REPEAT_WITHIN)))] as number)
      : spread(j, isInszRow ? INSZ_PERSONS : NAME_PERSONS);
    persons.push(person);
    const faulty = rnd() < 0.05;
    const fault = int(5);
    const postcode = String(1000 + int(9000));
    let cells: RegistrationRow['cells'];
    if (isInszRow) {
      const { year, month, day } = birthOf(Math.floor(person / SERIALS));
      const naam = NAMES[int(NAMES.length)] ?? 'Testpersoon';
      const voornaam = FIRST[int(FIRST.length)] ?? '';
      let insz = makeInsz({ year, month, day, serial: 900 + (person % SERIALS) });
      if (faulty && fault < 3) insz = insz.slice(0, 10) + String((Number(insz[10]) + 1) % 10);
      if (i % 4 === 0)
        insz = `${insz.slice(0, 2)}.${insz.slice(2, 4)}.${insz.slice(4, 6)}-${insz.slice(6, 9)}.${insz.slice(9)}`;
      cells = {
        insz: text(faulty && fault >= 3 ? `${insz} ` : insz),
        naam: text(naam),
        voornaam: text(voornaam),
        geboortedatum: empty,
        postcode: text(postcode),
      };
    } else {
      const voornaam = FIRST[person % FIRST.length] ?? '';
      const naam = NAMES[Math.floor(person / FIRST.length) % NAMES.length] ?? 'Testpersoon';
      const { year, month, day } = birthOf(Math.floor(person / (FIRST.length * NAMES.length)));
      const birth = `${pad(day, 2)}${pad(month, 2)}${year}`;
      let geboortedatum: Cell = text(birth);
      if (faulty && fault === 0) geboortedatum = { kind: 'number', value: Number(birth) };
      if (faulty && fault === 1) geboortedatum = { kind: 'date', value: 20000 + int(20000) };
      cells = {
        insz: empty,
        naam: text(faulty && fault === 2 ? `${naam}, ${voornaam}` : naam),
        voornaam: text(voornaam),
        geboortedatum,
        postcode: text(faulty && fault === 3 ? `${postcode} ` : postcode),
      };
    }
    rows.push({ row: i + 2, cells });
  }
  return rows;
}

/**
 * Synthetic registration rows for the benchmark: half INSZ rows (half of those compact, half with
 * separators), half name + birth date rows, about 5% faulty (a broken check digit, a trailing
 * space, a 7-digit birth date number, an Excel date, a comma in a name), and the duplicates that
 * chance makes among them (birthdays and serials drawn at random). Deterministic (seeded PRNG),
 * synthetic numbers only (serials 900-998).
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

export function generateRows(count: number, seed = 20261128): RegistrationRow[] {
  const rnd = prng(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const rows: RegistrationRow[] = [];
  for (let i = 0; i < count; i++) {
    const year = 1930 + int(95);
    const month = 1 + int(12);
    const day = 1 + int(28);
    const faulty = rnd() < 0.05;
    const fault = int(5);
    const naam = NAMES[int(NAMES.length)] ?? 'Testpersoon';
    const voornaam = FIRST[int(FIRST.length)] ?? '';
    const postcode = String(1000 + int(9000));
    let cells: RegistrationRow['cells'];
    if (i % 2 === 0) {
      let insz = makeInsz({ year, month, day, serial: 900 + int(99) });
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

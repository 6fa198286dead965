/**
 * The bar for the hand-rolled hash tables in src/core/duplicates.ts (issue #11): they stay only
 * while they save at least 5% of validateRegistrations' time over plain Maps. This is the plain-Map
 * version they are measured against, with the same answers (keys as personNameKey builds them),
 * and the person keys validation would look up for the benchmark rows.
 */
import { PersonIndex } from '../src/core';
import type { Cell, RegistrationRow } from '../src/core';

export interface PersonKeys {
  /** The number the 11 INSZ digits spell, -1 when the cell holds no valid-looking INSZ. */
  insz: number;
  /** The same INSZ as digits 1-9 (-1: none) and 10-11, as PersonIndex asks for an entry's keys. */
  inszFirst9: number;
  inszLast2: number;
  naam: string;
  voornaam: string;
  geboortedatum: string;
}

/** The keys of each row, roughly as validation reads them (digits of the INSZ, cell texts). */
export function personKeysOf(rows: readonly RegistrationRow[]): PersonKeys[] {
  const text = (cell: Cell): string =>
    cell.kind === 'text' ? cell.value.trim() : cell.kind === 'number' ? String(cell.value) : '';
  return rows.map(({ cells }) => {
    const digits = cells.insz.kind === 'text' ? cells.insz.value.replace(/\D/g, '') : '';
    const insz = digits.length === 11 ? Number(digits) : -1;
    const inszFirst9 = insz < 0 ? -1 : Math.floor(insz / 100);
    return {
      insz,
      inszFirst9,
      inszLast2: insz - inszFirst9 * 100,
      naam: text(cells.naam),
      voornaam: text(cells.voornaam),
      geboortedatum: text(cells.geboortedatum),
    };
  });
}

/** PersonIndex.findOrAddByInszNumber with two plain Maps. */
class MapPersonIndex {
  private readonly byInsz = new Map<number, number>();
  private readonly byName = new Map<string, number>();

  findOrAdd(insz: number, naam: string, voornaam: string, geboortedatum: string, id: number): number {
    let first = -1;
    if (insz >= 0) {
      const found = this.byInsz.get(insz);
      if (found === undefined) this.byInsz.set(insz, id);
      else first = found;
    }
    if (naam !== '' && geboortedatum !== '') {
      const n = naam.toLowerCase();
      const v = voornaam.toLowerCase();
      const key = `${n.length}:${n}${v.length}:${v}${geboortedatum}`;
      const found = this.byName.get(key);
      if (found === undefined) this.byName.set(key, id);
      else if (first < 0 || found < first) first = found;
    }
    return first;
  }
}

/**
 * Adds every row's person to a fresh PersonIndex; returns the number of duplicates found. The
 * index asks `keys` for an entry's keys again, as validation asks the rows (PersonIndex keysOf).
 */
export function indexWithTables(keys: readonly PersonKeys[]): number {
  const index = new PersonIndex(keys.length, (id) => keys[id] as PersonKeys);
  let duplicates = 0;
  keys.forEach((k, id) => {
    if (index.findOrAddByInszNumber(k.insz, k.naam, k.voornaam, k.geboortedatum, id) >= 0) duplicates++;
  });
  return duplicates;
}

/** {@link indexWithTables} with plain Maps. */
export function indexWithMaps(keys: readonly PersonKeys[]): number {
  const index = new MapPersonIndex();
  let duplicates = 0;
  keys.forEach((k, id) => {
    if (index.findOrAdd(k.insz, k.naam, k.voornaam, k.geboortedatum, id) >= 0) duplicates++;
  });
  return duplicates;
}

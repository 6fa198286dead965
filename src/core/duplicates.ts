/**
 * Person identity for SPEC's duplicate_person ("same INSZ, or same Naam + Voornaam +
 * Geboortedatum (case-insensitive), twice in one batch") and duplicate_across_batches ("same
 * person in another batch with the same product and date"). A double upload means a double
 * registration for a real patient, hence the warnings.
 */
import { toNfc } from './textChecks';
import type { BatchMetadata } from './types';

/** Trimmed, NFC, lower case: the comparison form of one name part. */
function foldPart(text: string): string {
  return toNfc(text.trim()).toLowerCase();
}

/**
 * Comparison key for "same Naam + Voornaam + Geboortedatum (case-insensitive)": each part trimmed,
 * in NFC, lower-cased (`toLowerCase`, locale-independent); null when Naam or Geboortedatum is
 * blank, since those two identify a person (SPEC "The registration file"). Voornaam may be blank
 * and then only matches a blank Voornaam. Parts are length-prefixed, so no two different triples
 * share a key whatever characters they hold.
 *
 * @example
 * ```ts
 * personNameKey(' Peeters', 'JAN', '01012000') === personNameKey('peeters', 'jan', '01012000'); // true
 * personNameKey('Peeters', 'Jan', ''); // null
 * ```
 */
export function personNameKey(naam: string, voornaam: string, geboortedatum: string): string | null {
  const n = foldPart(naam);
  const b = geboortedatum.trim();
  if (n === '' || b === '') return null;
  const v = foldPart(voornaam);
  return `${n.length}:${n}${v.length}:${v}${b}`;
}

/**
 * True when two batches share product (case-insensitive, trimmed) and administration date, so a
 * person in both is probably registered twice (SPEC duplicate_across_batches).
 *
 * @example
 * ```ts
 * sameProductAndDate(a, { ...a, immunisatieproduct: ' vaxigrip tetra ' }); // true when a has 'Vaxigrip Tetra'
 * ```
 */
export function sameProductAndDate(a: BatchMetadata, b: BatchMetadata): boolean {
  return (
    a.datumToediening.trim() === b.datumToediening.trim() &&
    foldPart(a.immunisatieproduct) === foldPart(b.immunisatieproduct)
  );
}

/**
 * Mixed in after each key part, so that ('ab', 'c') and ('a', 'bc') hash apart in practice. Only
 * the hash: equality compares part by part, so a collision costs a probe, never a false match.
 */
const PART_END = 0x7fffffff;

/** Code units below this are case-folded through {@link LOWER}; the rest as they are. */
const TABLE_SIZE = 0x300;

/**
 * `toLowerCase` of each code unit below U+0300 (ASCII, Latin-1, Latin Extended-A/B), computed once
 * from the engine's own `toLowerCase`, so folding through it is exactly `toLowerCase` for text
 * made only of such units. The one unit whose lower case is two units, U+0130 (İ), maps to -1.
 */
const LOWER: Int32Array = (() => {
  const table = new Int32Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : -1;
  }
  return table;
})();

/** Lower case of a unit of a key part: via {@link LOWER}, other units unchanged. */
const foldUnit = (c: number): number => (c < TABLE_SIZE ? (LOWER[c] as number) : c);

/** FNV-1a prime and offset basis. */
const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * FNV-1a style mix of the folded code units of `text` into `hash`, two units per step, for text
 * that went through `toLowerCase` (or needs no folding): units below U+0300 through
 * {@link foldUnit}, which changes nothing there, the rest as they are.
 */
function hashText(hash: number, text: string): number {
  let h = hash;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    h = Math.imul(h ^ (foldUnit(text.charCodeAt(i)) | (foldUnit(text.charCodeAt(i + 1)) << 16)), FNV_PRIME);
  }
  if (i < n) h = Math.imul(h ^ foldUnit(text.charCodeAt(i)), FNV_PRIME);
  return Math.imul(h ^ PART_END, FNV_PRIME);
}

/**
 * FNV-1a style mix of the code units of `text` as they are, for a key part compared exactly
 * (Geboortedatum): no case folding to look up.
 */
function hashExact(hash: number, text: string): number {
  let h = hash;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), FNV_PRIME);
  }
  if (i < n) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ PART_END, FNV_PRIME);
}

/** Returned by {@link hashFoldable}; not an int32, so never a hash. */
const NOT_FOLDABLE = 0.5;

/**
 * {@link hashText} of `text` folded through {@link LOWER}, when every unit is one the table folds
 * (Latin names: the common case), which is then exactly `hashText(hash, text.toLowerCase())`;
 * {@link NOT_FOLDABLE} otherwise, and the caller hashes `text.toLowerCase()` instead. One scan
 * instead of a "can the table fold it?" scan followed by the hash scan.
 */
function hashFoldable(hash: number, text: string): number {
  let h = hash;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a >= TABLE_SIZE || b >= TABLE_SIZE) return NOT_FOLDABLE;
    const la = LOWER[a] as number;
    const lb = LOWER[b] as number;
    if ((la | lb) < 0) return NOT_FOLDABLE;
    h = Math.imul(h ^ (la | (lb << 16)), FNV_PRIME);
  }
  if (i < n) {
    const a = text.charCodeAt(i);
    if (a >= TABLE_SIZE) return NOT_FOLDABLE;
    const la = LOWER[a] as number;
    if (la < 0) return NOT_FOLDABLE;
    h = Math.imul(h ^ la, FNV_PRIME);
  }
  return Math.imul(h ^ PART_END, FNV_PRIME);
}

/**
 * `a.toLowerCase() === b.toLowerCase()`, without making the lower-case strings when both are text
 * the {@link LOWER} table folds (Latin names: the common case; there `toLowerCase` maps unit by
 * unit and keeps the length).
 */
function sameLowerCase(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n === b.length) {
    let i = 0;
    for (; i < n; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x >= TABLE_SIZE || y >= TABLE_SIZE) break;
      const lx = LOWER[x] as number;
      const ly = LOWER[y] as number;
      if ((lx | ly) < 0) break;
      if (lx !== ly) return false;
    }
    if (i === n) return true;
  }
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The hash of a name triple: Naam and Voornaam as `toLowerCase` would write them (folded through
 * {@link LOWER} when it can, the common case, so no lower-case string is made), then
 * Geboortedatum as it is.
 */
function nameHash(naam: string, voornaam: string, geboortedatum: string): number {
  let h = hashFoldable(FNV_OFFSET, naam);
  if (h === NOT_FOLDABLE) h = hashText(FNV_OFFSET, naam.toLowerCase());
  let hv = hashFoldable(h, voornaam);
  if (hv === NOT_FOLDABLE) hv = hashText(h, voornaam.toLowerCase());
  return hashExact(hv, geboortedatum);
}

/** Final avalanche, so the low bits used as the slot index depend on every input bit. */
function slotHash(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h;
}

/** Hash of an INSZ given as its digits 1-9 and 10-11 (see {@link PersonIndex.findByInszDigits}). */
function inszHash(first9: number, last2: number): number {
  return first9 ^ Math.imul(last2 + 1, 0x9e3779b1);
}

/** Initial slot count of a table (grows by doubling, at most half full). */
const INITIAL_CAPACITY = 1024;

/**
 * Initial slot count for up to `expected` entries: the power of two at or above it, so a table
 * holding up to half of them (validation: INSZ rows in one table, name rows in the other) never
 * grows. Growing by doubling from 1024 allocated about as much again in discarded typed arrays
 * and rehashed every entry on the way.
 */
function slotsFor(expected: number): number {
  let capacity = INITIAL_CAPACITY;
  while (capacity < expected) capacity *= 2;
  return capacity;
}

/**
 * A hash table from a key to the first id registered under it, that keeps only each key's 32-bit
 * hash and its id, side by side in one Int32Array: a look-up reads one place in memory, and
 * nothing in it is a JavaScript object the garbage collector would copy or scan. Which key an
 * entry has is asked of the caller (PersonIndex asks `keysOf`), and only when a hash matches:
 * the probe loop is the caller's ({@link start}, {@link next}, {@link idAt}, {@link hashAt}),
 * the table does not know what its keys are. Open addressing, linear probing, power-of-two
 * capacity, at most half full.
 *
 * Why not a Map (issue #11: a hand-written structure stays only where it gains at least 5% of the
 * total): the bench measures this index against plain Maps (bench/personIndexMaps.ts, figure
 * personIndex.tablesGain.pctOfValidate); on 2026-12-03 the Maps took 62-121 ms against 13-26 ms
 * for these tables on the 100,000 bench rows, a saving of 80-120% of validation's own time. And
 * why 8 bytes a slot: the tables are fresh memory on every call, and on the bench machine every
 * 4 KB page of it touched for the first time cost ~17 µs (a page fault; 1,000,000 rows fill
 * tables of 8 MB each). The INSZ table kept its 11-digit key and id as two doubles (16 bytes a
 * slot) until 2026-12-03: half its pages went, ~4 ms of validateRegistrations' ~40 on 100,000 rows.
 */
class FirstIdTable {
  /** Slot s: `[2s]` the key's hash, `[2s + 1]` the id + 1 (0: free slot). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    const capacity = slotsFor(expected);
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** The first slot (an index into the slots, as the other methods take) to probe for `hash`. */
  start(hash: number): number {
    return (slotHash(hash) & this.mask) * 2;
  }

  /** The slot probed after `at`. */
  next(at: number): number {
    return (at + 2) & (this.mask * 2 + 1);
  }

  /** The id in slot `at`, or -1 for a free slot (where the probe ends). */
  idAt(at: number): number {
    return (this.slots[at + 1] as number) - 1;
  }

  /** The hash of the key in slot `at` (an occupied one). */
  hashAt(at: number): number {
    return this.slots[at] as number;
  }

  /** Registers `id` under `hash` in the free slot `at` where the probe for `hash` ended. */
  addAt(at: number, hash: number, id: number): void {
    this.slots[at] = hash;
    this.slots[at + 1] = id + 1;
    if (++this.count * 2 > this.mask) this.grow();
  }

  /** Doubles the slots and places every entry again (by its hash: no key asked). */
  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const hash = old[at] as number;
      let slot = slotHash(hash) & mask;
      while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = old[at + 1] as number;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * The keys of one person as PersonIndex compares them: the INSZ as its digits 1-9 and 10-11
 * (`inszFirst9` -1: no INSZ), Naam, Voornaam and Geboortedatum.
 */
export interface PersonKeys {
  readonly inszFirst9: number;
  readonly inszLast2: number;
  readonly naam: string;
  readonly voornaam: string;
  readonly geboortedatum: string;
}

/**
 * The keys an entry was added with, by its id. The index keeps no keys: a caller that can tell
 * them again (validation re-reads the row) spares the index a string triple per entry, which at
 * 1,000,000 rows were ~12 MB the garbage collector copied during every call. The object returned
 * is read at once and may be reused by the next call.
 */
export type KeysOfEntry = (id: number) => PersonKeys;

/** The number the 11 digits of a compact INSZ spell, or -1 when `compact` is not 11 ASCII digits. */
function compactKey(compact: string): number {
  if (compact.length !== 11) return -1;
  let key = 0;
  for (let i = 0; i < 11; i++) {
    const d = compact.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    key = key * 10 + d;
  }
  return key;
}

/**
 * Index of the persons seen so far, for "same INSZ, or same Naam + Voornaam + Geboortedatum
 * (case-insensitive)": one table keyed by compact INSZ, one by the name triple, compared as
 * {@link personNameKey} compares (lower-cased with `toLowerCase`; a property test holds the two
 * to the same answers). The parts must already be trimmed and in NFC, as validation holds them.
 * Each entry carries a caller-chosen id, in practice the position of the occurrence in input
 * order; ids must grow from call to call so that the smallest id found is the first occurrence.
 *
 * Without `keysOf` the index keeps the keys of each entry itself; with it, it keeps none and
 * asks `keysOf(id)` for the keys an entry was added with when a look-up's hash matches that
 * entry (see {@link KeysOfEntry}): validation, on a million rows. The tables hold hashes and ids
 * only (see FirstIdTable).
 *
 * @example
 * ```ts
 * const index = new PersonIndex();
 * index.findOrAdd('85073003328', '', '', '', 0); // -1: first time
 * index.findOrAdd(null, 'Peeters', 'Jan', '01012000', 1); // -1
 * index.findOrAdd('85073003328', 'PEETERS', 'jan', '01012000', 2); // 0 (INSZ of entry 0)
 * index.find(null, 'peeters', 'JAN', '01012000'); // 1
 * ```
 */
export class PersonIndex {
  private readonly byInsz: FirstIdTable;
  private readonly byName: FirstIdTable;
  private readonly keysOf: KeysOfEntry;
  /** The keys of each entry, when no `keysOf` was given. */
  private readonly kept: Map<number, PersonKeys> | null;

  /**
   * `expected`: about how many persons will be added (optional), to size the tables once.
   * `keysOf`: the keys each id was added with, when the caller can tell them again.
   */
  constructor(expected = 0, keysOf?: KeysOfEntry) {
    this.byInsz = new FirstIdTable(expected);
    this.byName = new FirstIdTable(expected);
    if (keysOf === undefined) {
      const kept = new Map<number, PersonKeys>();
      this.kept = kept;
      this.keysOf = (id) => kept.get(id) as PersonKeys;
    } else {
      this.kept = null;
      this.keysOf = keysOf;
    }
  }

  /**
   * The id of the first entry with the same compact INSZ (`insz`: 11 digits, or null) or the same
   * Naam + Voornaam + Geboortedatum (only when Naam and Geboortedatum are both non-empty), or -1.
   */
  find(insz: string | null, naam: string, voornaam: string, geboortedatum: string): number {
    return this.findByInszNumber(insz === null ? -1 : compactKey(insz), naam, voornaam, geboortedatum);
  }

  /**
   * {@link find}, then registers `id` (>= 0) under each of the person's keys not seen yet; a key
   * seen before keeps its first id.
   */
  findOrAdd(insz: string | null, naam: string, voornaam: string, geboortedatum: string, id: number): number {
    return this.findOrAddByInszNumber(
      insz === null ? -1 : compactKey(insz),
      naam,
      voornaam,
      geboortedatum,
      id,
    );
  }

  /**
   * {@link find} with the INSZ as the number its 11 digits spell (-1: no INSZ) instead of its
   * compact string (internal to core).
   */
  findByInszNumber(insz: number, naam: string, voornaam: string, geboortedatum: string): number {
    const first9 = insz < 0 ? -1 : Math.floor(insz / 100);
    return this.findByInszDigits(first9, insz - first9 * 100, naam, voornaam, geboortedatum);
  }

  /** {@link findOrAdd} with the INSZ as a number, as {@link findByInszNumber}. */
  findOrAddByInszNumber(
    insz: number,
    naam: string,
    voornaam: string,
    geboortedatum: string,
    id: number,
  ): number {
    const first9 = insz < 0 ? -1 : Math.floor(insz / 100);
    return this.findOrAddByInszDigits(first9, insz - first9 * 100, naam, voornaam, geboortedatum, id);
  }

  /**
   * {@link find} with the INSZ as its digits 1-9 and 10-11, two small integers (`first9` -1: no
   * INSZ): what validation holds, and no heap number per call (one 11-digit number passed as an
   * argument is boxed: 16 bytes of garbage per INSZ row; internal to core).
   */
  findByInszDigits(
    first9: number,
    last2: number,
    naam: string,
    voornaam: string,
    geboortedatum: string,
  ): number {
    let byInsz = -1;
    if (first9 >= 0) byInsz = this.byInsz.idAt(this.inszSlot(inszHash(first9, last2), first9, last2));
    let byName = -1;
    if (hasNameKey(naam, geboortedatum)) {
      byName = this.byName.idAt(
        this.nameSlot(nameHash(naam, voornaam, geboortedatum), naam, voornaam, geboortedatum),
      );
    }
    return earliest(byInsz, byName);
  }

  /** {@link findOrAdd} with the INSZ as its digits, as {@link findByInszDigits}. */
  findOrAddByInszDigits(
    first9: number,
    last2: number,
    naam: string,
    voornaam: string,
    geboortedatum: string,
    id: number,
  ): number {
    let added = false;
    let byInsz = -1;
    if (first9 >= 0) {
      const hash = inszHash(first9, last2);
      const at = this.inszSlot(hash, first9, last2);
      byInsz = this.byInsz.idAt(at);
      if (byInsz < 0) {
        this.byInsz.addAt(at, hash, id);
        added = true;
      }
    }
    let byName = -1;
    if (hasNameKey(naam, geboortedatum)) {
      const hash = nameHash(naam, voornaam, geboortedatum);
      const at = this.nameSlot(hash, naam, voornaam, geboortedatum);
      byName = this.byName.idAt(at);
      if (byName < 0) {
        this.byName.addAt(at, hash, id);
        added = true;
      }
    }
    if (added && this.kept !== null) {
      this.kept.set(id, { inszFirst9: first9, inszLast2: last2, naam, voornaam, geboortedatum });
    }
    return earliest(byInsz, byName);
  }

  /** The slot of the INSZ's entry in the INSZ table, or the free slot where it belongs. */
  private inszSlot(hash: number, first9: number, last2: number): number {
    const table = this.byInsz;
    for (let at = table.start(hash); ; at = table.next(at)) {
      const id = table.idAt(at);
      if (id < 0) return at;
      if (table.hashAt(at) === hash) {
        const entry = this.keysOf(id);
        if (entry.inszFirst9 === first9 && entry.inszLast2 === last2) return at;
      }
    }
  }

  /**
   * The slot of the name triple's entry in the name table, or the free slot where it belongs.
   * Parts trimmed and in NFC; Naam and Voornaam are compared as `toLowerCase` would.
   */
  private nameSlot(hash: number, naam: string, voornaam: string, geboortedatum: string): number {
    const table = this.byName;
    for (let at = table.start(hash); ; at = table.next(at)) {
      const id = table.idAt(at);
      if (id < 0) return at;
      if (table.hashAt(at) === hash) {
        const entry = this.keysOf(id);
        if (
          entry.geboortedatum === geboortedatum &&
          sameLowerCase(entry.naam, naam) &&
          sameLowerCase(entry.voornaam, voornaam)
        ) {
          return at;
        }
      }
    }
  }
}

/** SPEC: Naam and Geboortedatum identify a person; Voornaam may be blank. */
const hasNameKey = (naam: string, geboortedatum: string): boolean => naam !== '' && geboortedatum !== '';

/** The smaller of two ids, -1 meaning none. */
function earliest(a: number, b: number): number {
  if (a < 0) return b;
  return b < 0 || a < b ? a : b;
}

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

/** Hash of an INSZ given as its digits 1-9 and 10-11 (see {@link InszTable}). */
function inszSlotHash(first9: number, last2: number): number {
  return slotHash(first9 ^ Math.imul(last2 + 1, 0x9e3779b1));
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

/*
 * Both tables below: open addressing, linear probing, power-of-two capacity, at most half full,
 * from a key to the first id registered under it. Each slot holds its key (or the key's hash) and
 * its id side by side in one typed array, so a look-up reads one place in memory: at 1,000,000 rows
 * the tables (8-16 MB) are far larger than the processor's caches, and the former layout (a slot
 * array pointing into key and id arrays) cost two or three cache misses per look-up. Nothing in
 * them is a JavaScript object, so the garbage collector neither copies nor scans them: issue #11
 * (1,000,000 rows at <= 1.3x the cost per row of 100,000) is mostly about what a call leaves alive
 * while it runs, since the young generation copies every live object it finds.
 *
 * Issue #11 lets such code stay only while it saves at least 5% of validateRegistrations' time
 * over plain Maps; the bench measures exactly that (bench/personIndexMaps.ts, figure
 * personIndex.tablesGain.pctOfValidate): on 2026-12-03 the Map version took 62-121 ms against
 * 13-26 ms for the tables on the 100,000 bench rows, a saving of 80-120% of validation's own
 * time (medians of two runs, machine at load ~10).
 */

/**
 * Compact INSZ -> first id. The INSZ comes as two small integers, its digits 1-9 (`first9`) and
 * 10-11 (`last2`): no string is parsed, hashed or compared per lookup, and no number above 2^31
 * is passed between functions, which V8 would box in a new heap object per call (the 11-digit
 * number as one argument cost 16 bytes of garbage per INSZ row: ~7.5 MB per 1,000,000 rows).
 * Slots store the 11-digit number + 1 (< 10^11 < 2^53, exact in a double).
 */
class InszTable {
  /** Slot s: `[2s]` the 11-digit number + 1 (0: free slot), `[2s + 1]` the id. */
  private slots: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    const capacity = slotsFor(expected);
    this.slots = new Float64Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** The id registered under the INSZ with digits 1-9 `first9` and 10-11 `last2`, or -1. */
  find(first9: number, last2: number): number {
    const slot = this.slotOf(first9, last2);
    return this.slots[slot] === 0 ? -1 : (this.slots[slot + 1] as number);
  }

  /** {@link find}; when the INSZ is new, registers it with `id` (and returns -1). */
  findOrAdd(first9: number, last2: number, id: number): number {
    const slot = this.slotOf(first9, last2);
    const slots = this.slots;
    if (slots[slot] !== 0) return slots[slot + 1] as number;
    slots[slot] = first9 * 100 + last2 + 1;
    slots[slot + 1] = id;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  /** The index in `slots` of the INSZ's slot, or of the free slot where it belongs. */
  private slotOf(first9: number, last2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const stored = first9 * 100 + last2 + 1;
    let slot = inszSlotHash(first9, last2) & mask;
    for (;;) {
      const k = slots[slot * 2] as number;
      if (k === 0 || k === stored) return slot * 2;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the slots and places every entry again. */
  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const mask = capacity - 1;
    const slots = new Float64Array(capacity * 2);
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at] as number;
      if (stored === 0) continue;
      const first9 = Math.floor((stored - 1) / 100);
      let slot = inszSlotHash(first9, stored - 1 - first9 * 100) & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = stored;
      slots[slot * 2 + 1] = old[at + 1] as number;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Naam, Voornaam and Geboortedatum of one person, as PersonIndex compares them. */
export interface PersonName {
  readonly naam: string;
  readonly voornaam: string;
  readonly geboortedatum: string;
}

/**
 * The name parts an entry was added with, by its id. The index keeps no strings: a caller that
 * can tell them again (validation re-reads the row) spares the index a string triple per entry,
 * which at 1,000,000 rows were ~12 MB the garbage collector copied during every call. The object
 * returned is read at once and may be reused by the next call.
 */
export type NamesOfEntry = (id: number) => PersonName;

/**
 * (Naam, Voornaam, Geboortedatum), compared case-insensitively -> first id. Keeps only the hash
 * and the id of each entry; when a hash matches, the entry's names, asked of `namesOf`, decide.
 */
class NameTable {
  /** Slot s: `[2s]` the triple's hash, `[2s + 1]` the id + 1 (0: free slot). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(
    expected: number,
    private readonly namesOf: NamesOfEntry,
  ) {
    const capacity = slotsFor(expected);
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /**
   * The id registered under (Naam, Voornaam, Geboortedatum), or -1. Parts trimmed and in NFC;
   * Naam and Voornaam are compared as `toLowerCase` would.
   */
  find(naam: string, voornaam: string, geboortedatum: string): number {
    const slot = this.slotOf(nameHash(naam, voornaam, geboortedatum), naam, voornaam, geboortedatum);
    return (this.slots[slot + 1] as number) - 1;
  }

  /** {@link find}; when the triple is new, registers it with `id` (and returns -1). */
  findOrAdd(naam: string, voornaam: string, geboortedatum: string, id: number): number {
    const hash = nameHash(naam, voornaam, geboortedatum);
    const slot = this.slotOf(hash, naam, voornaam, geboortedatum);
    const slots = this.slots;
    const found = (slots[slot + 1] as number) - 1;
    if (found >= 0) return found;
    slots[slot] = hash;
    slots[slot + 1] = id + 1;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  /** The index in `slots` of the triple's slot, or of the free slot where it belongs. */
  private slotOf(hash: number, naam: string, voornaam: string, geboortedatum: string): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = slotHash(hash) & mask;
    for (;;) {
      const at = slot * 2;
      const entry = (slots[at + 1] as number) - 1;
      if (entry < 0) return at;
      if (slots[at] === hash && this.isEntry(entry, naam, voornaam, geboortedatum)) return at;
      slot = (slot + 1) & mask;
    }
  }

  private isEntry(id: number, naam: string, voornaam: string, geboortedatum: string): boolean {
    const names = this.namesOf(id);
    return (
      names.geboortedatum === geboortedatum &&
      sameLowerCase(names.naam, naam) &&
      sameLowerCase(names.voornaam, voornaam)
    );
  }

  /** Doubles the slots and places every entry again (by its hash: no names asked). */
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
 * Without `namesOf` the index keeps the names of each entry itself; with it, it keeps none and
 * asks `namesOf(id)` for the names an entry was added with when a look-up's hash matches that
 * entry (see {@link NamesOfEntry}): validation, on a million rows.
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
  private readonly byInsz: InszTable;
  private readonly byName: NameTable;
  /** The names of each entry of the name table, when no `namesOf` was given. */
  private readonly kept: Map<number, PersonName> | null;

  /**
   * `expected`: about how many persons will be added (optional), to size the tables once.
   * `namesOf`: the names each id was added with, when the caller can tell them again.
   */
  constructor(expected = 0, namesOf?: NamesOfEntry) {
    this.byInsz = new InszTable(expected);
    if (namesOf === undefined) {
      const kept = new Map<number, PersonName>();
      this.kept = kept;
      this.byName = new NameTable(expected, (id) => kept.get(id) as PersonName);
    } else {
      this.kept = null;
      this.byName = new NameTable(expected, namesOf);
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
   * INSZ): what validation holds, and no heap number per call (see InszTable; internal to core).
   */
  findByInszDigits(
    first9: number,
    last2: number,
    naam: string,
    voornaam: string,
    geboortedatum: string,
  ): number {
    const byInsz = first9 < 0 ? -1 : this.byInsz.find(first9, last2);
    const byName = hasNameKey(naam, geboortedatum) ? this.byName.find(naam, voornaam, geboortedatum) : -1;
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
    const byInsz = first9 < 0 ? -1 : this.byInsz.findOrAdd(first9, last2, id);
    let byName = -1;
    if (hasNameKey(naam, geboortedatum)) {
      byName = this.byName.findOrAdd(naam, voornaam, geboortedatum, id);
      if (byName < 0 && this.kept !== null) this.kept.set(id, { naam, voornaam, geboortedatum });
    }
    return earliest(byInsz, byName);
  }
}

/** SPEC: Naam and Geboortedatum identify a person; Voornaam may be blank. */
const hasNameKey = (naam: string, geboortedatum: string): boolean => naam !== '' && geboortedatum !== '';

/** The smaller of two ids, -1 meaning none. */
function earliest(a: number, b: number): number {
  if (a < 0) return b;
  return b < 0 || a < b ? a : b;
}

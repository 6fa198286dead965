/**
 * FROZEN COPY, for equivalence tests only: src/core/duplicates.ts as it was at commit 1c9453d, before issue
 * #11 (second round) made the person index keep no strings and changed the hot paths. The
 * equivalence test (test/core/validateRegistrations.equivalence.test.ts) runs old and new side by
 * side; delete this file with that test once nobody needs the comparison any more.
 */
/**
 * Person identity for SPEC's duplicate_person ("same INSZ, or same Naam + Voornaam +
 * Geboortedatum (case-insensitive), twice in one batch") and duplicate_across_batches ("same
 * person in another batch with the same product and date"). A double upload means a double
 * registration for a real patient, hence the warnings.
 */
import { toNfc } from '../../../src/core/textChecks';
import type { BatchMetadata } from '../../../src/core/types';

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

/** Equality after {@link foldUnit}. */
function sameFolded(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) {
    if (foldUnit(a.charCodeAt(i)) !== foldUnit(b.charCodeAt(i))) return false;
  }
  return true;
}

/** Final avalanche, so the low bits used as the slot index depend on every input bit. */
function slotHash(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h;
}

/** Initial slot count of a table (grows by doubling, at most half full). */
const INITIAL_CAPACITY = 1024;

/**
 * Initial slot count for up to `expected` entries: the power of two at or above it, so a table
 * holding up to half of them (validation: INSZ rows in one table, name rows in the other) never
 * grows. Growing by doubling from 1024 allocated about as much again in discarded typed arrays
 * and rehashed every entry on the way: sizing once took the index from ~8.2 to ~7.2 ms on the
 * 100,000 benchmark rows.
 */
function slotsFor(expected: number): number {
  let capacity = INITIAL_CAPACITY;
  while (capacity < expected) capacity *= 2;
  return capacity;
}

/*
 * Both tables below: open addressing, linear probing, power-of-two capacity, at most half full,
 * from a key to the first id registered under it. `slots` holds entry index + 1 per slot (0 =
 * free); entries are appended in order to parallel arrays (key, hash, id). Typed arrays instead
 * of a Map of concatenated key strings: no key string is built (and hashed, and collected) per
 * row. Issue #11 lets such code stay only while it saves at least 5% of validateRegistrations'
 * time over plain Maps; the bench measures exactly that (bench/personIndexMaps.ts, figure
 * personIndex.tablesGain.pctOfValidate): on 2026-12-02 the Map version took 376 ms against 82 ms
 * for the tables on the 100,000 bench rows, a saving of 124% of validation's own 292 ms (a
 * machine at load 27; the ratio held at lower load: Map 4-5x slower). Slots stay 4 bytes: most
 * lookups meet a free slot at once, and a small slot array misses the cache less; slots holding
 * the key and id side by side (16 bytes) measured slower.
 */

/**
 * Compact INSZ -> first id, keyed by the number its 11 digits spell (< 10^11 < 2^53, exact in a
 * double): no string is parsed, hashed or compared per lookup.
 */
class InszTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private keys: Float64Array;
  private ids: Int32Array;

  constructor(expected: number) {
    this.slots = new Int32Array(slotsFor(expected));
    this.mask = this.slots.length - 1;
    this.keys = new Float64Array(Math.max(expected, INITIAL_CAPACITY >> 1));
    this.ids = new Int32Array(this.keys.length);
  }

  /**
   * The id registered under `key` (the number the 11 digits of a compact INSZ spell, 0 to
   * 99999999999), or -1.
   */
  find(key: number): number {
    const entry = (this.slots[this.slotOf(key)] as number) - 1;
    return entry < 0 ? -1 : (this.ids[entry] as number);
  }

  /** {@link find}; when `key` is new, registers it with `id` (and returns -1). */
  findOrAdd(key: number, id: number): number {
    const slot = this.slotOf(key);
    const found = (this.slots[slot] as number) - 1;
    if (found >= 0) return this.ids[found] as number;
    const entry = this.count++;
    if (entry === this.keys.length) {
      this.keys = growFloat64(this.keys);
      this.ids = growInt32(this.ids);
    }
    this.keys[entry] = key;
    this.ids[entry] = id;
    this.slots[slot] = entry + 1;
    if (this.count * 2 > this.mask) this.grow();
    return -1;
  }

  /** The slot holding `key`'s entry, or the free slot where it belongs. */
  private slotOf(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = inszSlotHash(key) & mask;
    for (;;) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0 || this.keys[entry] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the slots (the entries stay where they are). */
  private grow(): void {
    const capacity = this.slots.length * 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity);
    const keys = this.keys;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = inszSlotHash(keys[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A copy of `array` with twice the length. */
function growInt32(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** A copy of `array` with twice the length. */
function growFloat64(array: Float64Array): Float64Array {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Hash of an 11-digit INSZ number (< 2^37): its low 32 bits mixed with the few high ones. */
function inszSlotHash(key: number): number {
  // `| 0` keeps the low 32 bits of the integer (ToInt32 is modulo 2^32).
  return slotHash((key | 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1));
}

/** Entries per chunk of NameTable's key parts (a power of two: 1024 entries, 24 KB a chunk). */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;

/** A name triple as {@link NameTable} hashes and compares it. */
interface NameKey {
  naam: string;
  voornaam: string;
  geboortedatum: string;
  hash: number;
}

/** (Naam, Voornaam, Geboortedatum), compared case-insensitively -> first id. */
class NameTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private hashes: Int32Array;
  private ids: Int32Array;
  /**
   * Key parts per entry: Naam and Voornaam as hashed (folded or lower-cased), Geboortedatum, in
   * chunks of {@link CHUNK} entries (3 strings each). Growing one big array instead reallocates and
   * copies it again and again, the copies beyond ~128 KB in the large-object space: chunks took
   * the name table from ~9.4 to ~6.3 ms on the 50,000 benchmark name rows.
   */
  private readonly chunks: string[][] = [];

  constructor(expected: number) {
    this.slots = new Int32Array(slotsFor(expected));
    this.mask = this.slots.length - 1;
    this.hashes = new Int32Array(Math.max(expected, INITIAL_CAPACITY >> 1));
    this.ids = new Int32Array(this.hashes.length);
  }

  /**
   * The id registered under (Naam, Voornaam, Geboortedatum), or -1. Parts trimmed and in NFC;
   * Naam and Voornaam are compared as `toLowerCase` would.
   */
  find(naam: string, voornaam: string, geboortedatum: string): number {
    const key = this.keyOf(naam, voornaam, geboortedatum);
    const entry = (this.slots[this.slotOf(key)] as number) - 1;
    return entry < 0 ? -1 : (this.ids[entry] as number);
  }

  /** {@link find}; when the triple is new, registers it with `id` (and returns -1). */
  findOrAdd(naam: string, voornaam: string, geboortedatum: string, id: number): number {
    const key = this.keyOf(naam, voornaam, geboortedatum);
    const slot = this.slotOf(key);
    const found = (this.slots[slot] as number) - 1;
    if (found >= 0) return this.ids[found] as number;
    const entry = this.count++;
    if (entry === this.hashes.length) {
      this.hashes = growInt32(this.hashes);
      this.ids = growInt32(this.ids);
    }
    this.hashes[entry] = key.hash;
    this.ids[entry] = id;
    const chunk = entry & (CHUNK - 1);
    if (chunk === 0) this.chunks.push(new Array<string>(CHUNK * 3));
    const parts = this.chunks[entry >> CHUNK_BITS] as string[];
    parts[chunk * 3] = key.naam;
    parts[chunk * 3 + 1] = key.voornaam;
    parts[chunk * 3 + 2] = geboortedatum;
    this.slots[slot] = entry + 1;
    if (this.count * 2 > this.mask) this.grow();
    return -1;
  }

  /**
   * The hash of a triple, and Naam and Voornaam as hashed: as they are when the table folds them
   * (Latin names, the common case), else lower-cased. Written into {@link key}, one object reused
   * for every call (find and findOrAdd run no caller code, so nothing can see it change).
   */
  private keyOf(naam: string, voornaam: string, geboortedatum: string): NameKey {
    const key = this.key;
    key.naam = naam;
    let h = hashFoldable(FNV_OFFSET, naam);
    if (h === NOT_FOLDABLE) {
      key.naam = naam.toLowerCase();
      h = hashText(FNV_OFFSET, key.naam);
    }
    key.voornaam = voornaam;
    let hv = hashFoldable(h, voornaam);
    if (hv === NOT_FOLDABLE) {
      key.voornaam = voornaam.toLowerCase();
      hv = hashText(h, key.voornaam);
    }
    key.geboortedatum = geboortedatum;
    key.hash = hashExact(hv, geboortedatum);
    return key;
  }

  private readonly key: NameKey = { naam: '', voornaam: '', geboortedatum: '', hash: 0 };

  /** The slot holding `key`'s entry, or the free slot where it belongs. */
  private slotOf(key: NameKey): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = slotHash(key.hash) & mask;
    for (;;) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0) return slot;
      if (this.hashes[entry] === key.hash && this.isKey(entry, key.naam, key.voornaam, key.geboortedatum)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private isKey(entry: number, naam: string, voornaam: string, geboortedatum: string): boolean {
    const parts = this.chunks[entry >> CHUNK_BITS] as string[];
    const at = (entry & (CHUNK - 1)) * 3;
    return (
      sameFolded(parts[at] as string, naam) &&
      sameFolded(parts[at + 1] as string, voornaam) &&
      parts[at + 2] === geboortedatum
    );
  }

  /** Doubles the slots (the entries stay where they are). */
  private grow(): void {
    const capacity = this.slots.length * 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity);
    const hashes = this.hashes;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = slotHash(hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
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
 * to the same answers). The parts must already be trimmed and in NFC, as validation holds them. Each entry carries a caller-chosen id, in
 * practice the position of the occurrence in input order; ids must grow from call to call so
 * that the smallest id found is the first occurrence.
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

  /** `expected`: about how many persons will be added (optional), to size the tables once. */
  constructor(expected = 0) {
    this.byInsz = new InszTable(expected);
    this.byName = new NameTable(expected);
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
   * compact string, so validation needs no string per row (internal to core).
   */
  findByInszNumber(insz: number, naam: string, voornaam: string, geboortedatum: string): number {
    const byInsz = insz < 0 ? -1 : this.byInsz.find(insz);
    const byName = hasNameKey(naam, geboortedatum) ? this.byName.find(naam, voornaam, geboortedatum) : -1;
    return earliest(byInsz, byName);
  }

  /** {@link findOrAdd} with the INSZ as a number, as {@link findByInszNumber}. */
  findOrAddByInszNumber(
    insz: number,
    naam: string,
    voornaam: string,
    geboortedatum: string,
    id: number,
  ): number {
    const byInsz = insz < 0 ? -1 : this.byInsz.findOrAdd(insz, id);
    const byName = hasNameKey(naam, geboortedatum)
      ? this.byName.findOrAdd(naam, voornaam, geboortedatum, id)
      : -1;
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

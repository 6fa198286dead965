/**
 * FROZEN COPY, for equivalence tests only: src/core/duplicates.ts's PersonIndex as it was before
 * issue #11 replaced its hand-rolled FNV hash tables with Map (commit 1183224). The tests run old
 * and new side by side on random and benchmark inputs; delete this file with those tests once
 * nobody needs the comparison any more.
 */
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
 * row; on the benchmark rows (bench/generateRows.ts) this was about three times faster than the
 * Map. Slots stay 4 bytes: most lookups meet a free slot at once, and a small slot array misses
 * the cache less; slots holding the key and id side by side (16 bytes) measured slower.
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

  /** `key`: the number the 11 digits of a compact INSZ spell (0 to 99999999999). */
  find(key: number, id: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = inszSlotHash(key) & mask;
    for (;;) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0) break;
      if (this.keys[entry] === key) return this.ids[entry] as number;
      slot = (slot + 1) & mask;
    }
    if (id >= 0) {
      const entry = this.count++;
      if (entry === this.keys.length) {
        this.keys = growFloat64(this.keys);
        this.ids = growInt32(this.ids);
      }
      this.keys[entry] = key;
      this.ids[entry] = id;
      slots[slot] = entry + 1;
      if (this.count * 2 > mask) this.grow();
    }
    return -1;
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

  /** Parts trimmed and in NFC; Naam and Voornaam are compared as `toLowerCase` would. */
  find(naam: string, voornaam: string, geboortedatum: string, id: number): number {
    let n = naam;
    let h = hashFoldable(FNV_OFFSET, n);
    if (h === NOT_FOLDABLE) {
      n = n.toLowerCase();
      h = hashText(FNV_OFFSET, n);
    }
    let v = voornaam;
    let hv = hashFoldable(h, v);
    if (hv === NOT_FOLDABLE) {
      v = v.toLowerCase();
      hv = hashText(h, v);
    }
    const hash = hashExact(hv, geboortedatum);

    const slots = this.slots;
    const mask = this.mask;
    let slot = slotHash(hash) & mask;
    for (;;) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.isKey(entry, n, v, geboortedatum)) {
        return this.ids[entry] as number;
      }
      slot = (slot + 1) & mask;
    }
    if (id >= 0) {
      const entry = this.count++;
      if (entry === this.hashes.length) {
        this.hashes = growInt32(this.hashes);
        this.ids = growInt32(this.ids);
      }
      this.hashes[entry] = hash;
      this.ids[entry] = id;
      const chunk = entry & (CHUNK - 1);
      if (chunk === 0) this.chunks.push(new Array<string>(CHUNK * 3));
      const parts = this.chunks[entry >> CHUNK_BITS] as string[];
      parts[chunk * 3] = n;
      parts[chunk * 3 + 1] = v;
      parts[chunk * 3 + 2] = geboortedatum;
      slots[slot] = entry + 1;
      if (this.count * 2 > mask) this.grow();
    }
    return -1;
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
 * index.addAndFindEarlier('85073003328', '', '', '', 0); // -1: first time
 * index.addAndFindEarlier(null, 'Peeters', 'Jan', '01012000', 1); // -1
 * index.addAndFindEarlier('85073003328', 'PEETERS', 'jan', '01012000', 2); // 0 (INSZ of entry 0)
 * index.find(null, 'peeters', 'JAN', '01012000'); // 1
 * ```
 */
export class LegacyPersonIndex {
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
    return this.lookup(insz === null ? -1 : compactKey(insz), naam, voornaam, geboortedatum, -1);
  }

  /**
   * {@link find}, then registers `id` (>= 0) under each of the person's keys not seen yet; a key
   * seen before keeps its first id.
   */
  addAndFindEarlier(
    insz: string | null,
    naam: string,
    voornaam: string,
    geboortedatum: string,
    id: number,
  ): number {
    return this.lookup(insz === null ? -1 : compactKey(insz), naam, voornaam, geboortedatum, id);
  }

  /**
   * {@link find} (`id` -1) and {@link addAndFindEarlier} (`id` >= 0) in one, with the INSZ as the
   * number its 11 digits spell (-1: no INSZ) instead of its compact string, so validation does not
   * re-parse the string readInsz just built (internal to core).
   */
  lookup(inszKey: number, naam: string, voornaam: string, geboortedatum: string, id: number): number {
    let first = inszKey < 0 ? -1 : this.byInsz.find(inszKey, id);
    if (naam !== '' && geboortedatum !== '') {
      const other = this.byName.find(naam, voornaam, geboortedatum, id);
      if (other >= 0 && (first < 0 || other < first)) first = other;
    }
    return first;
  }
}

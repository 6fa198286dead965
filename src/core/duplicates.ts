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

/** Lower case of a unit of a {@link foldCase}d text: via {@link LOWER}, other units unchanged. */
const foldUnit = (c: number): number => (c < TABLE_SIZE ? (LOWER[c] as number) : c);

/**
 * The text to hash and compare for a case-insensitive key part. Text made of units the table
 * folds (Latin names: the common case) is returned as is and folded unit by unit, allocating
 * nothing; any other text is lower-cased with `toLowerCase` here, and folding it again through
 * the table changes nothing. Either way hash and equality see `toLowerCase(text)`.
 */
function foldCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_SIZE || LOWER[c] === -1) return text.toLowerCase();
  }
  return text;
}

/** FNV-1a style mix of the folded code units of `text` into `hash`, two units per step. */
function hashText(hash: number, text: string): number {
  let h = hash;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    h = Math.imul(h ^ (foldUnit(text.charCodeAt(i)) | (foldUnit(text.charCodeAt(i + 1)) << 16)), 0x01000193);
  }
  if (i < n) h = Math.imul(h ^ foldUnit(text.charCodeAt(i)), 0x01000193);
  return Math.imul(h ^ PART_END, 0x01000193);
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

/**
 * Open-addressing hash table (linear probing, power-of-two capacity, at most half full) from a
 * key to the first id registered under it. Keys live in parallel arrays filled by the subclass;
 * the table keeps, per entry, the key's hash and its id. Typed arrays instead of a Map of
 * concatenated key strings: no key string is built (and hashed, and collected) per row; on the
 * benchmark rows (bench/generateRows.ts) this is about three times faster than the Map.
 */
abstract class KeyTable {
  /** Entry index + 1 per slot; 0 = free. */
  private slots = new Int32Array(1024);
  private mask = 1023;
  private hashes = new Int32Array(512);
  private ids = new Int32Array(512);
  protected count = 0;

  /** True when entry `entry` holds the key being looked up (stored by {@link remember}). */
  protected abstract isKey(entry: number): boolean;
  /** Stores the key being looked up as entry `entry`. */
  protected abstract remember(entry: number): void;

  /** The first id under the current key (hash `hash`), or -1; with `id` >= 0 registers it when absent. */
  protected lookup(hash: number, id: number): number {
    let slot = slotHash(hash) & this.mask;
    for (;;) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.isKey(entry)) return this.ids[entry] as number;
      slot = (slot + 1) & this.mask;
    }
    if (id >= 0) {
      const entry = this.count++;
      this.hashes[entry] = hash;
      this.ids[entry] = id;
      this.remember(entry);
      this.slots[slot] = entry + 1;
      if (this.count * 2 > this.mask) this.grow();
    }
    return -1;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    const hashes = new Int32Array(capacity >> 1);
    hashes.set(this.hashes);
    const ids = new Int32Array(capacity >> 1);
    ids.set(this.ids);
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = slotHash(hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.hashes = hashes;
    this.ids = ids;
    this.slots = slots;
    this.mask = mask;
  }
}

/** Compact INSZ -> first id. The 11 digits are kept as two integers (first 9, check digits). */
class InszTable extends KeyTable {
  private first9 = 0;
  private check = 0;
  private keys9 = new Int32Array(512);
  private keysCheck = new Int32Array(512);

  /** `compact`: 11 ASCII digits (validateInsz's compact form); anything else is no key (-1). */
  find(compact: string, id: number): number {
    if (compact.length !== 11) return -1;
    let first9 = 0;
    for (let i = 0; i < 9; i++) {
      const d = compact.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      first9 = first9 * 10 + d;
    }
    const c1 = compact.charCodeAt(9) - 48;
    const c2 = compact.charCodeAt(10) - 48;
    if (c1 < 0 || c1 > 9 || c2 < 0 || c2 > 9) return -1;
    this.first9 = first9;
    this.check = c1 * 10 + c2;
    return this.lookup(Math.imul(first9 ^ (this.check << 24), 0x9e3779b1), id);
  }

  protected isKey(entry: number): boolean {
    return this.keys9[entry] === this.first9 && this.keysCheck[entry] === this.check;
  }

  protected remember(entry: number): void {
    if (entry >= this.keys9.length) {
      const keys9 = new Int32Array(this.keys9.length * 2);
      keys9.set(this.keys9);
      this.keys9 = keys9;
      const keysCheck = new Int32Array(this.keysCheck.length * 2);
      keysCheck.set(this.keysCheck);
      this.keysCheck = keysCheck;
    }
    this.keys9[entry] = this.first9;
    this.keysCheck[entry] = this.check;
  }
}

/** (Naam, Voornaam, Geboortedatum), compared case-insensitively -> first id. */
class NameTable extends KeyTable {
  private naam = '';
  private voornaam = '';
  private geboortedatum = '';
  private readonly naams: string[] = [];
  private readonly voornaams: string[] = [];
  private readonly geboortedatums: string[] = [];

  /** Parts through {@link foldCase} (and trimmed, NFC). */
  find(naam: string, voornaam: string, geboortedatum: string, id: number): number {
    this.naam = naam;
    this.voornaam = voornaam;
    this.geboortedatum = geboortedatum;
    return this.lookup(hashText(hashText(hashText(0x811c9dc5 | 0, naam), voornaam), geboortedatum), id);
  }

  protected isKey(entry: number): boolean {
    return (
      sameFolded(this.naams[entry] as string, this.naam) &&
      sameFolded(this.voornaams[entry] as string, this.voornaam) &&
      this.geboortedatums[entry] === this.geboortedatum
    );
  }

  protected remember(): void {
    this.naams.push(this.naam);
    this.voornaams.push(this.voornaam);
    this.geboortedatums.push(this.geboortedatum);
  }
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
export class PersonIndex {
  private readonly byInsz = new InszTable();
  private readonly byName = new NameTable();

  /**
   * The id of the first entry with the same compact INSZ (`insz`: 11 digits, or null) or the same
   * Naam + Voornaam + Geboortedatum (only when Naam and Geboortedatum are both non-empty), or -1.
   */
  find(insz: string | null, naam: string, voornaam: string, geboortedatum: string): number {
    return this.lookup(insz, naam, voornaam, geboortedatum, -1);
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
    return this.lookup(insz, naam, voornaam, geboortedatum, id);
  }

  private lookup(
    insz: string | null,
    naam: string,
    voornaam: string,
    geboortedatum: string,
    id: number,
  ): number {
    let first = insz === null ? -1 : this.byInsz.find(insz, id);
    if (naam !== '' && geboortedatum !== '') {
      const other = this.byName.find(foldCase(naam), foldCase(voornaam), geboortedatum, id);
      if (other >= 0 && (first < 0 || other < first)) first = other;
    }
    return first;
  }
}

/**
 * File names of the registration files. SPEC: "File names are ASCII and say what is inside, e.g.
 * `vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv` (administration date, batch id, product slug,
 * part k of n)". `_` separates the parts, so no part may hold one.
 */

/**
 * Longest product slug; longer ones are cut, at a `-` when possible.
 *
 * @example
 * ```ts
 * productSlug('x'.repeat(50)).length === MAX_SLUG_LENGTH; // true (40)
 * ```
 */
export const MAX_SLUG_LENGTH = 40;
/**
 * Longest batch id part of a file name.
 *
 * @example
 * ```ts
 * sanitizeBatchId('B'.repeat(50)).length === MAX_BATCH_ID_LENGTH; // true (40)
 * ```
 */
export const MAX_BATCH_ID_LENGTH = 40;

// Latin letters that NFKD does not decompose into a base letter + mark: spelled out so that a
// product or batch such as "Ærøskøbing" or "Straße" still gives a readable ASCII name.
const LETTER_FALLBACKS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};
const FALLBACK_LETTERS = new RegExp(`[${Object.keys(LETTER_FALLBACKS).join('')}]`, 'gu');

/** NFKD, diacritics (combining marks) removed, the few undecomposable letters spelled out. */
function toBasicLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(FALLBACK_LETTERS, (letter) => LETTER_FALLBACKS[letter] ?? letter);
}

/**
 * The product part of a file name: NFKD with diacritics stripped, lower case, every run of
 * characters other than `a-z0-9` turned into one `-`, no `-` at either end, at most
 * {@link MAX_SLUG_LENGTH} characters (cut at a `-` when there is one), `product` when nothing
 * is left.
 *
 * @example
 * ```ts
 * productSlug('Vaxigrip Tetra'); // 'vaxigrip-tetra'
 * productSlug('  Comirnaty® Omicron XBB.1.5 '); // 'comirnaty-omicron-xbb-1-5'
 * productSlug('Ëngérix-B'); // 'engerix-b'
 * productSlug('™'); // 'tm'
 * productSlug('®'); // 'product'
 * ```
 */
export function productSlug(product: string): string {
  const slug = toBasicLatin(product)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug === '') return 'product';
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const head = slug.slice(0, MAX_SLUG_LENGTH);
  // Cut at a word boundary: if the character after the cut is '-', `head` already ends a word;
  // otherwise drop the partial last word, unless the first word alone is longer than the limit.
  if (slug.charAt(MAX_SLUG_LENGTH) === '-') return head;
  const lastDash = head.lastIndexOf('-');
  return lastDash > 0 ? head.slice(0, lastDash) : head;
}

/**
 * The batch id as it appears in a file name: diacritics stripped, every run of characters
 * other than `A-Za-z0-9-` turned into one `-`, repeated `-` collapsed, none at either end, at
 * most {@link MAX_BATCH_ID_LENGTH} characters, `batch` when nothing is left. Case is kept.
 *
 * @example
 * ```ts
 * sanitizeBatchId('B003'); // 'B003'
 * sanitizeBatchId('B_003 (école)'); // 'B-003-ecole'
 * ```
 */
export function sanitizeBatchId(batchId: string): string {
  const clean = toBasicLatin(batchId)
    .replace(/[^A-Za-z0-9-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, MAX_BATCH_ID_LENGTH)
    .replace(/-+$/u, '');
  return clean === '' ? 'batch' : clean;
}

/**
 * What a file name is made of.
 *
 * @example
 * ```ts
 * const parts: ExportFileNameParts = { datumToediening: '2026-11-28', batchId: 'B003', product: 'Vaxigrip Tetra', part: 1, parts: 2 };
 * ```
 */
export interface ExportFileNameParts {
  /** The batch's administration date, ISO `YYYY-MM-DD` (BatchMetadata.datumToediening). */
  datumToediening: string;
  batchId: string;
  /** The immunisatieproduct as typed; slugged here. */
  product: string;
  /** 1-based part number k. */
  part: number;
  /** Number of parts n. */
  parts: number;
}

/**
 * `vaccinnet_<yyyymmdd>_<batch id>_<product slug>_<k>-<n>.csv`, ASCII only.
 *
 * Throws only on a broken invariant: a date that is not ISO `YYYY-MM-DD` (batch metadata is
 * parsed before) or a part outside 1..parts.
 *
 * @example
 * ```ts
 * exportFileName({ datumToediening: '2026-11-28', batchId: 'B003', product: 'Vaxigrip Tetra', part: 1, parts: 2 });
 * // 'vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv'
 * ```
 */
export function exportFileName(parts: ExportFileNameParts): string {
  const prefix = fileNamePrefix(parts.datumToediening, parts.batchId, parts.product);
  return prefix + partSuffix(parts.part, parts.parts);
}

/**
 * The names of all `count` parts of one export, part 1 first: exactly
 * `exportFileName({ ...parts, part: k, parts: count })` for k = 1..count, with the date, batch id
 * and product turned into their name form once instead of once per part (its NFKD and regular
 * expressions took ~1 ms over the 1,000 files of the 100,000 benchmark rows). No parts, no names
 * (and no check of the date).
 *
 * @example
 * ```ts
 * exportFileNames({ datumToediening: '2026-11-28', batchId: 'B003', product: 'Vaxigrip Tetra' }, 2);
 * // ['vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv', 'vaccinnet_20261128_B003_vaxigrip-tetra_2-2.csv']
 * ```
 */
export function exportFileNames(parts: Omit<ExportFileNameParts, 'part' | 'parts'>, count: number): string[] {
  const names: string[] = [];
  if (count === 0) return names;
  const prefix = fileNamePrefix(parts.datumToediening, parts.batchId, parts.product);
  for (let part = 1; part <= count; part++) names.push(prefix + partSuffix(part, count));
  return names;
}

/** `vaccinnet_<yyyymmdd>_<batch id>_<product slug>_`; throws for a date that is not YYYY-MM-DD. */
function fileNamePrefix(datumToediening: string, batchId: string, product: string): string {
  const date = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u.exec(datumToediening);
  if (date === null) throw new Error(`exportFileName: datumToediening is not YYYY-MM-DD: ${datumToediening}`);
  const yyyymmdd = `${date[1]}${date[2]}${date[3]}`;
  return `vaccinnet_${yyyymmdd}_${sanitizeBatchId(batchId)}_${productSlug(product)}_`;
}

/** `<k>-<n>.csv`; throws for a part outside 1..parts. */
function partSuffix(part: number, total: number): string {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(total) || part < 1 || part > total) {
    throw new Error(`exportFileName: part ${part} of ${total}`);
  }
  return `${part}-${total}.csv`;
}

/**
 * The names {@link exportFileName} can make: `vaccinnet_<yyyymmdd>_<batch id>_<slug>_<k>-<n>.csv`
 * with the parts' own alphabets and lengths, 1 <= k <= n. The export page offers nothing else
 * (issue #8).
 *
 * @example
 * ```ts
 * isExportFileName('vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv'); // true
 * isExportFileName('vaccinnet_20261128_B003_vaxigrip-tetra_3-2.csv'); // false
 * isExportFileName('../evil.csv'); // false
 * ```
 */
export function isExportFileName(name: string): boolean {
  const match =
    /^vaccinnet_[0-9]{8}_([A-Za-z0-9-]{1,40})_([a-z0-9-]{1,40})_([1-9][0-9]{0,5})-([1-9][0-9]{0,5})\.csv$/u.exec(
      name,
    );
  if (match === null) return false;
  const [, batchId = '', slug = '', part = '', parts = ''] = match;
  return batchId === sanitizeBatchId(batchId) && slug === productSlug(slug) && Number(part) <= Number(parts);
}

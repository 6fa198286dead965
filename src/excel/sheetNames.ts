/*
 * Sheet names (pure): what Excel accepts, how names compare, and the names the add-in gives.
 */

/** Excel: a sheet name has at most 31 characters. */
export const SHEET_NAME_MAX_LENGTH = 31;

/** Excel refuses these in a sheet name: `[ ] : * ? / \`. Replaced by readable look-alikes. */
const FORBIDDEN_REPLACEMENTS: Readonly<Record<string, string>> = {
  '[': '(',
  ']': ')',
  ':': '-',
  '/': '-',
  '\\': '-',
  '*': '',
  '?': '',
};

/** Controls, line/paragraph separators and zero-width characters: never useful in a tab name. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/gu;

/** Cuts to at most `max` UTF-16 code units (Excel's unit) without splitting a surrogate pair. */
function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Excel: a sheet name may not begin or end with an apostrophe. */
function trimApostrophesAndSpaces(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/gu, '');
}

/**
 * A name fragment made safe for a sheet name: NFC, forbidden characters replaced, invisible and
 * control characters dropped, whitespace runs collapsed, no apostrophe or space at either end.
 * Not cut to length: see {@link sanitizeSheetName}.
 */
export function cleanSheetNameText(text: string): string {
  const replaced = text
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/gu, (c) => FORBIDDEN_REPLACEMENTS[c] ?? '')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/gu, ' ');
  return trimApostrophesAndSpaces(replaced);
}

/** Excel reserves "History" (the change-tracking sheet). */
function isReserved(name: string): boolean {
  return name.toUpperCase() === 'HISTORY';
}

/**
 * A valid Excel sheet name from any text: at most 31 characters, none of `[ ] : * ? / \`, no
 * control characters, not starting or ending with an apostrophe, not empty and not "History"
 * (then `fallback`).
 *
 * @example
 * ```ts
 * sanitizeSheetName('Vaxigrip [Tetra] 28/11/2026'); // 'Vaxigrip (Tetra) 28-11-2026'
 * sanitizeSheetName("'Blad'"); // 'Blad'
 * ```
 */
export function sanitizeSheetName(text: string, fallback = 'Blad'): string {
  const name = trimApostrophesAndSpaces(cutToLength(cleanSheetNameText(text), SHEET_NAME_MAX_LENGTH));
  return name === '' || isReserved(name) ? fallback : name;
}

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/**
 * `name`, or `name (2)`, `name (3)`... cut so the suffix fits in 31 characters: the first that no
 * existing sheet holds, ignoring case (Excel's rule).
 *
 * @example
 * ```ts
 * uniqueSheetName('Batches', ['batches']); // 'Batches (2)'
 * ```
 */
export function uniqueSheetName(name: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const sheet of existing) taken.add(sheetNameKey(sheet));
  const base = sanitizeSheetName(name);
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const candidate = `${trimApostrophesAndSpaces(cutToLength(base, SHEET_NAME_MAX_LENGTH - suffix.length))}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** `dd-mm-yyyy` of an ISO date (`/` is not allowed in a sheet name); the text itself if not ISO. */
function sheetDate(isoDate: string): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u.exec(isoDate);
  return match === null ? isoDate : `${match[3]}-${match[2]}-${match[1]}`;
}

/**
 * The name of a batch's registration sheet: batch id, product and administration date, e.g.
 * `B003 Vaxigrip 28-11-2026`. The product is cut first so the id and the date always show; the
 * name is unique among `existing` ignoring case (then ` (2)`, ` (3)`... before the cut).
 *
 * @example
 * ```ts
 * registrationSheetName('B003', 'Vaxigrip Tetra', '2026-11-28', []); // 'B003 Vaxigrip Tetra 28-11-2026'
 * registrationSheetName('B004', 'Comirnaty Omicron XBB.1.5', '2026-11-28', []); // 'B004 Comirnaty Omicr 28-11-2026'
 * ```
 */
export function registrationSheetName(
  batchId: string,
  product: string,
  isoDate: string,
  existing: Iterable<string>,
): string {
  const taken = new Set<string>();
  for (const sheet of existing) taken.add(sheetNameKey(sheet));
  const id = cleanSheetNameText(batchId);
  const date = cleanSheetNameText(sheetDate(isoDate));
  const cleanProduct = cleanSheetNameText(product);
  const idAndDate = [id, date].filter((part) => part !== '').join(' ');
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    // One more space separates the product from the id and the date.
    const room = SHEET_NAME_MAX_LENGTH - idAndDate.length - suffix.length - 1;
    const productPart = room > 0 ? trimApostrophesAndSpaces(cutToLength(cleanProduct, room)) : '';
    const body = [id, productPart, date].filter((part) => part !== '').join(' ');
    // An id and date too long for the limit (never the case for B001...) are cut like any name.
    const fitted = sanitizeSheetName(cutToLength(body, SHEET_NAME_MAX_LENGTH - suffix.length));
    const candidate =
      trimApostrophesAndSpaces(cutToLength(fitted, SHEET_NAME_MAX_LENGTH - suffix.length)) + suffix;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

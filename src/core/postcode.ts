/**
 * True for a Belgian postcode as the registration file takes it (SPEC: "a Belgian postcode is 4
 * digits, 1000-9999"): exactly four ASCII digits, the first not 0. No trimming and no other
 * forms (`B-1000`, `1000 Brussel`): the caller reports whitespace separately, and the export
 * writes the value as is, so what passes here is exactly what goes into the file.
 *
 * @example
 * ```ts
 * isBelgianPostcode('1500'); // true
 * isBelgianPostcode('0999'); // false
 * isBelgianPostcode('B-1000'); // false
 * ```
 */
export function isBelgianPostcode(text: string): boolean {
  if (text.length !== 4) return false;
  const first = text.charCodeAt(0);
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

import { type CellRect, parseA1 } from './a1Address';

/**
 * The rectangles of a RangeAreas address (`Blad1!A2:A9, Blad1!C4`, ExcelApi 1.9 `RangeAreas.address`),
 * 0-based, each clipped to `within` (dropped when outside it). Commas inside a quoted sheet name
 * (`'Griep, WZC'!A2`) do not split an area. An area that is no address is left out.
 *
 * @example
 * ```ts
 * areasOfAddress("'Griep, WZC'!A2:A9, 'Griep, WZC'!C4", { r0: 0, c0: 0, r1: 99, c1: 4 });
 * // [{ r0: 1, c0: 0, r1: 8, c1: 0 }, { r0: 3, c0: 2, r1: 3, c1: 2 }]
 * ```
 */
export function areasOfAddress(address: string, within: CellRect): CellRect[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    // A quote inside a quoted name is doubled (''), which toggles twice: still quoted.
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  const areas: CellRect[] = [];
  for (const part of parts) {
    const r = parseA1(part.trim());
    if (r === null) continue;
    const clipped = {
      r0: Math.max(r.r0, within.r0),
      c0: Math.max(r.c0, within.c0),
      r1: Math.min(r.r1, within.r1),
      c1: Math.min(r.c1, within.c1),
    };
    if (clipped.r0 <= clipped.r1 && clipped.c0 <= clipped.c1) areas.push(clipped);
  }
  return areas;
}

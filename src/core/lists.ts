import type { BatchLists } from './types';

/**
 * The default drop-down lists of the lists sheet, exactly as SPEC ("The batch fields") gives them:
 * based on the Belgian eHealth vaccination standard. The exact Vaccinnet screen labels are not
 * public, which is why users can edit these lists on the sheet.
 *
 * `immunisatieproduct` starts empty on purpose: users add the products they use. SPEC: "Never ship
 * an invented product list."
 *
 * The arrays are frozen: callers copy them onto the lists sheet and read the sheet back, they never
 * edit the defaults in place.
 *
 * @example
 * ```ts
 * DEFAULT_LISTS.lichaamszijde; // ['Links', 'Rechts', 'Beide']
 * DEFAULT_LISTS.immunisatieproduct.length; // 0
 * ```
 */
export const DEFAULT_LISTS: Readonly<BatchLists> = Object.freeze({
  toedieningswijze: Object.freeze([
    'Intramusculair',
    'Subcutaan',
    'Intradermaal',
    'Oraal',
    'Intranasaal',
    'Intraveneus',
    'Onbekend',
    'Andere',
  ]),
  typeProfylaxe: Object.freeze(['Pre-expositieprofylaxe', 'Post-expositieprofylaxe']),
  lichaamsdeel: Object.freeze([
    'Deltaspier (bovenarm)',
    'Dijspier (bovenbeen)',
    'Bilspier',
    'Huid bovenarm',
    'Huid onderarm',
    'Huid bovenbeen',
  ]),
  lichaamszijde: Object.freeze(['Links', 'Rechts', 'Beide']),
  immunisatieproduct: Object.freeze([] as string[]),
});

/**
 * One existing registration sheet as staff keep it, shared by the readSheet and fixes tests: a
 * title, an empty row, French headers in row 3 with an extra column, everything typed under General
 * (so Excel made numbers and dates of it), an empty row, a row with only the extra column filled,
 * and an error. Synthetic INSZ numbers only; the ones born in the 2000s start with 0.
 */
import type { SheetMapping } from '../../src/excel/sheetMapping';
import type { CellInput } from '../../src/fake-excel';
import { makeInsz } from './syntheticInsz';

export const BORN_2005 = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
export const BORN_1985 = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
export const BIS_2001 = makeInsz({ year: 2001, month: 49, day: 7, serial: 1 });

export const EXISTING_ROWS: CellInput[][] = [
  ['Bewoners WZC De Linde'],
  [],
  ['NISS', 'Nom', 'Prénom', 'Date de naissance', 'Code postal', 'Kamer'],
  [BORN_2005, 'Peeters', 'Jan', '2005-03-04', '1000', '12'],
  [BORN_1985, ' Janssens ', 'An', '1985-07-30', '9000', null],
  [],
  [null, null, null, null, null, 'leeg bed'],
  [null, 'Dubois', 'Hélène', '01012000', null, null],
  [BIS_2001, 'Maes', null, '#N/A', '1500', null],
];

/** The mapping of {@link EXISTING_ROWS}: headers in row 3, the five columns in A..E. */
export const FRENCH_MAPPING: SheetMapping = {
  headerRow: 3,
  columns: { insz: 0, naam: 1, voornaam: 2, geboortedatum: 3, postcode: 4 },
};

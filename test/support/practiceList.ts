import { makeInsz } from './syntheticInsz';

/*
 * A practice's own day list in French (issue #9: "an existing sheet with batch columns ... in
 * nl/fr/en"), shared by the excel-layer, task-pane and browser tests of the mapping step, and the
 * patients of the day-register tests. Synthetic, checksum-valid INSZ only.
 */

/** The k-th patient of a day-register test. */
export const registerPatient = (k: number): string =>
  makeInsz({ year: 1960 + k, month: 1 + (k % 12), day: 1 + k, serial: 920 + k });

/** One patient per row, patients 1..count, as column A of a register. */
export const registerPatientColumn = (count: number): string[][] =>
  Array.from({ length: count }, (_, i) => [registerPatient(i + 1)]);

/** The list's titles, in its column order: registration columns first, then the batch columns. */
export const PRACTICE_LIST_TITLES = [
  'NISS',
  'Nom',
  'Prénom',
  'Date de naissance',
  'Code postal',
  'Date',
  'Vaccin',
  'N° de lot',
  'Dose',
  'NISS du vaccinateur',
  'Stock gratuit',
  'Remarque interne',
] as const;

export interface PracticeListInput {
  /** The first `columns` titles and cells (10: no stock column, 11: stock, 12: a remark too). */
  readonly columns: 10 | 11 | 12;
  /** The day of the two Vaxigrip rows and of the Comirnaty row, dd/mm/yyyy as the practice types. */
  readonly day: string;
  readonly dayBefore: string;
  readonly patient: (k: number) => string;
  readonly toediener: string;
}

/**
 * The header and three rows: two Vaxigrip Tetra lot AB123 0,5 on `day` (free stock), one
 * Comirnaty lot X1 dose 1 on `dayBefore` (not free stock); the first row has a remark.
 */
export function practiceList(input: PracticeListInput): string[][] {
  const { day, dayBefore, patient, toediener } = input;
  const rows: string[][] = [
    [...PRACTICE_LIST_TITLES],
    [patient(1), '', '', '', '', day, 'Vaxigrip Tetra', 'AB123', '0,5', toediener, 'oui', 'x'],
    [patient(2), '', '', '', '', day, 'Vaxigrip Tetra', 'AB123', '0,5', toediener, 'oui', ''],
    [patient(3), '', '', '', '', dayBefore, 'Comirnaty', 'X1', '1', toediener, 'non', ''],
  ];
  return rows.map((row) => row.slice(0, input.columns));
}

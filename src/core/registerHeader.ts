/**
 * The batch columns of a day's register (SPEC "A day's register": "the five registration columns
 * first (A:E, file order), then one column per batch field"): their titles on a register the
 * add-in makes, and the titles users give them on their own lists, in nl, fr and en.
 */
import { titleKey } from './headerMapping';
import { BATCH_FIELDS, type BatchField } from './types';

/**
 * The batch columns of a new register, in sheet order from column F: what changes from row to row
 * first (date, product, dose, lot), then who gave it and the rest (issue #9's order).
 *
 * @example
 * ```ts
 * REGISTER_FIELD_ORDER[0]; // 'datumToediening' (column F)
 * ```
 */
export const REGISTER_FIELD_ORDER: readonly BatchField[] = [
  'datumToediening',
  'immunisatieproduct',
  'dosis',
  'lotnummer',
  'toedienerInsz',
  'organisatie',
  'gratisVoorraad',
  'toedieningswijze',
  'typeProfylaxe',
  'lichaamsdeel',
  'lichaamszijde',
  'opmerkingen',
];

/**
 * Titles of the batch columns on a register the add-in makes: the batch table's titles, always
 * Dutch (the workbook's file format, as src/excel/batchTable.ts explains for every sheet the add-in makes).
 *
 * @example
 * ```ts
 * REGISTER_FIELD_TITLES.dosis; // 'Dosis'
 * ```
 */
export const REGISTER_FIELD_TITLES: Readonly<Record<BatchField, string>> = {
  toedienerInsz: 'INSZ toediener',
  organisatie: 'Organisatie',
  gratisVoorraad: 'Gratis voorraad',
  datumToediening: 'Datum toediening',
  immunisatieproduct: 'Immunisatieproduct',
  dosis: 'Dosis',
  lotnummer: 'Lotnummer',
  toedieningswijze: 'Toedieningswijze',
  typeProfylaxe: 'Type profylaxe',
  lichaamsdeel: 'Lichaamsdeel',
  lichaamszijde: 'Lichaamszijde',
  opmerkingen: 'Opmerkingen',
};

/** Titles users give the batch columns, nl, fr, en (compared by headerMapping's titleKey). */
const SYNONYMS: Readonly<Record<BatchField, readonly string[]>> = {
  datumToediening: [
    'Datum toediening',
    'Datum',
    'Toedieningsdatum',
    'Datum vaccinatie',
    'Vaccinatiedatum',
    'Date',
    'Date d’administration',
    'Date de vaccination',
    'Date of administration',
    'Administration date',
    'Vaccination date',
  ],
  immunisatieproduct: [
    'Immunisatieproduct',
    'Product',
    'Vaccin',
    'Vaccinnaam',
    'Naam vaccin',
    'Produit',
    'Nom du vaccin',
    'Vaccine',
    'Vaccine name',
  ],
  dosis: ['Dosis', 'Dose', 'Dosage'],
  lotnummer: ['Lotnummer', 'Lot', 'Lotnr', 'Lot nr', 'Numéro de lot', 'N° de lot', 'Lot number', 'Lot no'],
  toedienerInsz: [
    'INSZ toediener',
    'Toediener INSZ',
    'Toediener',
    'Vaccinator',
    'INSZ vaccinator',
    'NISS vaccinateur',
    'NISS du vaccinateur',
    'Vaccinateur',
    'Vaccinator SSIN',
    'SSIN vaccinator',
  ],
  organisatie: ['Organisatie', 'Organisation', 'Organization'],
  gratisVoorraad: ['Gratis voorraad', 'Gratis', 'Stock gratuit', 'Free stock'],
  toedieningswijze: [
    'Toedieningswijze',
    'Wijze van toediening',
    'Voie d’administration',
    'Mode d’administration',
    'Voie',
    'Route',
    'Route of administration',
  ],
  typeProfylaxe: [
    'Type profylaxe',
    'Profylaxe',
    'Type de prophylaxie',
    'Prophylaxie',
    'Prophylaxis',
    'Type of prophylaxis',
  ],
  lichaamsdeel: [
    'Lichaamsdeel',
    'Plaats',
    'Partie du corps',
    'Site d’injection',
    'Body part',
    'Injection site',
    'Site',
  ],
  lichaamszijde: ['Lichaamszijde', 'Zijde', 'Kant', 'Côté', 'Side', 'Body side'],
  opmerkingen: [
    'Opmerkingen',
    'Opmerking',
    'Remarques',
    'Remarque',
    'Commentaire',
    'Commentaires',
    'Notes',
    'Note',
    'Comments',
    'Remarks',
  ],
};

/** Apostrophes vary (’ or '): titleKey drops both, so one spelling in SYNONYMS covers them. */
const FIELD_OF_KEY: ReadonlyMap<string, BatchField> = new Map(
  BATCH_FIELDS.flatMap((field) => SYNONYMS[field].map((title) => [titleKey(title), field] as const)),
);

/**
 * The batch field a header title names, or null; a parenthesised remark is ignored when the
 * whole title is not known (`Dosis (ml)`, `Datum (dd/mm/jjjj)`).
 *
 * @example
 * ```ts
 * batchFieldOfTitle('N° de lot'); // 'lotnummer'
 * batchFieldOfTitle('Date de naissance'); // null (a registration column)
 * ```
 */
export function batchFieldOfTitle(title: string): BatchField | null {
  const exact = FIELD_OF_KEY.get(titleKey(title));
  if (exact !== undefined) return exact;
  const withoutRemark = title.replace(/\([^)]*\)/g, ' ');
  return withoutRemark === title ? null : (FIELD_OF_KEY.get(titleKey(withoutRemark)) ?? null);
}

/**
 * The batch columns of a header row: the 0-based column of each batch field whose title is found
 * (the first when two titles name the same field), skipping `taken` columns (the registration
 * columns headerMapping's detectHeader found). A sheet with at least the product or the date is a
 * register; the user confirms the mapping.
 *
 * @example
 * ```ts
 * detectBatchColumns(['NISS', 'Nom', 'Prénom', 'Date de naissance', 'Code postal', 'Date', 'Vaccin', 'Lot', 'Dose'], [0, 1, 2, 3, 4]);
 * // { datumToediening: 5, immunisatieproduct: 6, lotnummer: 7, dosis: 8 }
 * ```
 */
export function detectBatchColumns(
  titles: readonly string[],
  taken: readonly number[] = [],
): Partial<Record<BatchField, number>> {
  const skip = new Set(taken);
  const columns: Partial<Record<BatchField, number>> = {};
  titles.forEach((title, index) => {
    if (skip.has(index) || title.trim() === '') return;
    const field = batchFieldOfTitle(title);
    if (field !== null && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/**
 * True when a mapping of batch columns makes a sheet a register: it has a product or a date column
 * (without either, no row can be given a batch).
 *
 * @example
 * ```ts
 * isRegisterMapping({ lotnummer: 7 }); // false
 * ```
 */
export function isRegisterMapping(columns: Partial<Record<BatchField, number>>): boolean {
  return columns.immunisatieproduct !== undefined || columns.datumToediening !== undefined;
}

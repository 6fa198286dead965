import { isBlankCell } from './cellValue';

/*
 * Ja/Nee cells: the values the add-in writes and how it reads a mark the user typed.
 */

/** The yes/no values of "Gratis voorraad" and "Opgeladen in Vaccinnet". */
export const YES = 'Ja';
export const NO = 'Nee';
/** Literal data-validation source for Ja/Nee (well under the 255-character literal limit). */
export const YES_NO_SOURCE = `${YES},${NO}`;

const NO_WORDS = new Set(['nee', 'neen', 'non', 'no', 'n', 'false', 'onwaar', 'faux']);

/**
 * True when an "Opgeladen in Vaccinnet" cell says the files were uploaded. Erring on the safe
 * side on purpose (SPEC: "a double upload means double registrations for real patients"):
 * anything but blank or a "no" (Nee, Non, No, FALSE) counts as uploaded, so a stray `x` or `ok`
 * makes the add-in ask before a re-export instead of staying silent.
 */
export function isUploadedMark(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (isBlankCell(value)) return false;
  if (typeof value === 'number') return value !== 0;
  return !NO_WORDS.has(String(value).trim().toLowerCase());
}

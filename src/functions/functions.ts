/**
 * The custom functions (namespace VACCINNET, manifest.xml): thin wrappers over core.
 *
 * custom-functions-metadata-plugin reads the JSDoc below to generate functions.json and appends
 * `CustomFunctions.associate("<ID>", <function>)` for every `@customfunction` to this module when
 * webpack builds it, so this file registers nothing itself. Parameters are typed `unknown` (the
 * generator maps it to `any`): Excel then passes text, numbers, booleans and empty cells as they
 * are, and src/functions/cellArgument.ts turns them into core cells.
 *
 * The rules come from core; texts from the core message catalogs (renderIssue) and
 * functionMessages.ts, in Office's display language. Only `Office` and `CustomFunctions` are used
 * from the environment, and only when a function runs.
 */
import {
  DEFAULT_SETTINGS,
  excelSerialToDate,
  formatDdmmyyyy,
  formatInsz,
  languageFromOffice,
  parseCommonDateText,
  renderIssue,
  validateForExport,
  validateInsz,
  validateRegistrations,
} from '../core';
import type {
  CalendarDate,
  Cell,
  InszBirthDate,
  Issue,
  Language,
  RegistrationColumn,
  RegistrationRow,
} from '../core';
import { cellFromArgument, classifyDateNumber } from './cellArgument';
import { invalidValueError, notAvailableError } from './customFunctionErrors';
import { functionMessage } from './functionMessages';

/**
 * Controleert of een waarde een geldig INSZ is (rijksregister- of BIS-nummer), met of zonder punten, streepjes en spaties.
 * @customfunction INSZVALID
 * @param insz Het INSZ (rijksregister- of BIS-nummer), met of zonder punten, streepjes en spaties.
 * @returns WAAR als het een geldig INSZ is, anders ONWAAR (ook voor een lege cel).
 */
export function inszValid(insz: unknown): boolean {
  return checkInsz(insz, new Date()).kind === 'valid';
}

/**
 * Zet een geldig INSZ in de leesbare vorm JJ.MM.DD-VVV.CC. Een ongeldig INSZ geeft #WAARDE! met de reden.
 * @customfunction INSZFORMAT
 * @param insz Het INSZ, met of zonder punten, streepjes en spaties.
 * @returns Het INSZ als JJ.MM.DD-VVV.CC, of lege tekst voor een lege cel.
 */
export function inszFormat(insz: unknown): string {
  const check = checkInsz(insz, new Date());
  switch (check.kind) {
    case 'empty':
      return '';
    case 'invalid':
      throw invalidValueError(renderIssue(check.issue, currentLanguage()));
    case 'valid':
      return formatInsz(check.compact);
  }
}

/**
 * Geeft de geboortedatum uit een geldig INSZ als tekst ddmmjjjj. #N/B als het INSZ geen volledige datum bevat (maand of dag onbekend), #WAARDE! met de reden als het INSZ ongeldig is.
 * @customfunction INSZBIRTHDATE
 * @param insz Het INSZ, met of zonder punten, streepjes en spaties.
 * @returns De geboortedatum als ddmmjjjj, of lege tekst voor een lege cel.
 */
export function inszBirthDate(insz: unknown): string {
  const check = checkInsz(insz, new Date());
  switch (check.kind) {
    case 'empty':
      return '';
    case 'invalid':
      throw invalidValueError(renderIssue(check.issue, currentLanguage()));
    case 'valid': {
      const { year, month, day } = check.birthDate;
      // Month 00 (only the year known) or day 00 (day unknown): no date to give (INSZ policy).
      if (month === undefined || day === undefined) {
        throw notAvailableError(functionMessage('birthdate_not_in_insz', currentLanguage()));
      }
      return formatDdmmyyyy({ year, month, day });
    }
  }
}

/**
 * Zet een Excel-datum of een datumtekst (30/07/1985, 30-7-1985, 30.07.1985, 1985-07-30) om naar tekst ddmmjjjj, zoals Vaccinnet die vraagt.
 * @customfunction BIRTHDATETEXT
 * @param datum Een Excel-datum, of tekst met dag, maand en jaar (dag eerst; jaar met 4 cijfers).
 * @returns De datum als ddmmjjjj, of lege tekst voor een lege cel.
 */
export function birthDateText(datum: unknown): string {
  const cell = cellFromArgument(datum, 'geboortedatum');
  if (cell.kind === 'empty' || (cell.kind === 'text' && cell.value.trim() === '')) return '';
  const date = dateOfCell(cell);
  if (date === null) throw invalidValueError(functionMessage('not_a_date', currentLanguage()));
  return formatDdmmyyyy(date);
}

/**
 * Controleert één registratie zoals de export naar Vaccinnet: lege tekst als alles in orde is, anders de eerste melding.
 * @customfunction ROWCHECK
 * @param insz INSZ van de gevaccineerde persoon.
 * @param naam Naam (familienaam).
 * @param voornaam Voornaam.
 * @param geboortedatum Geboortedatum als tekst ddmmjjjj (een Excel-datum wordt gemeld).
 * @param postcode Belgische postcode (4 cijfers).
 * @returns Lege tekst als de rij in orde is, anders de ernstigste melding (eerst fouten).
 */
export function rowCheck(
  insz: unknown,
  naam: unknown,
  voornaam: unknown,
  geboortedatum: unknown,
  postcode: unknown,
): string {
  const report = validateRegistrations({
    rows: [
      registrationRow({
        insz: cellFromArgument(insz, 'insz'),
        naam: cellFromArgument(naam, 'naam'),
        voornaam: cellFromArgument(voornaam, 'voornaam'),
        geboortedatum: cellFromArgument(geboortedatum, 'geboortedatum'),
        postcode: cellFromArgument(postcode, 'postcode'),
      }),
    ],
    today: new Date(),
    settings: DEFAULT_SETTINGS,
  });
  // The most severe issue first (an error blocks the row, a warning does not: showing a warning
  // while an error hides behind it would read as "this row exports"); within a severity, the
  // core's order (file column, then code).
  const first =
    report.issues.find((issue) => issue.severity === 'error') ??
    report.issues.find((issue) => issue.severity === 'warning') ??
    report.issues[0];
  return first === undefined ? '' : renderIssue(first, currentLanguage());
}

type InszCheck =
  | { kind: 'empty' }
  | { kind: 'invalid'; issue: Issue }
  | { kind: 'valid'; compact: string; birthDate: InszBirthDate };

/**
 * An INSZ argument judged exactly as the registration sheet judges its INSZ column: the core
 * validates a row holding only this cell, so a number that lost its leading zero, an Excel error
 * or a character that does not belong are reported with the same code and message as in the pane.
 */
function checkInsz(value: unknown, today: Date): InszCheck {
  const report = validateForExport({
    rows: [registrationRow({ insz: cellFromArgument(value, 'insz') })],
    today,
    settings: DEFAULT_SETTINGS,
  });
  const error = report.issues.find((issue) => issue.severity === 'error');
  if (error !== undefined) return { kind: 'invalid', issue: error };
  const record = report.records[0];
  if (record === undefined) return { kind: 'empty' };
  const compact = record[0];
  const result = validateInsz(compact, { today });
  // Broken invariant: core exported this INSZ, so it is valid.
  if (!result.valid)
    throw new Error(`INSZ ${compact} passed the row rules but not validateInsz (${result.code})`);
  return { kind: 'valid', compact, birthDate: result.birthDate };
}

/** The calendar date a BIRTHDATETEXT argument stands for, or null. */
function dateOfCell(cell: Cell): CalendarDate | null {
  switch (cell.kind) {
    case 'date':
      return excelSerialToDate(cell.value);
    case 'number':
      // ddmmyyyy stored as a number: 7 digits once the leading zero of days 01-09 is gone.
      return classifyDateNumber(cell.value) === 'digits'
        ? parseCommonDateText(String(cell.value).padStart(8, '0'))
        : null;
    case 'text':
      return parseCommonDateText(cell.value);
    default:
      return null;
  }
}

const EMPTY_CELL: Cell = Object.freeze({ kind: 'empty', value: null });

/**
 * A one-row registration. The row number is not part of any message, so 1 is as good as any.
 */
function registrationRow(cells: Partial<Record<RegistrationColumn, Cell>>): RegistrationRow {
  return {
    row: 1,
    cells: {
      insz: cells.insz ?? EMPTY_CELL,
      naam: cells.naam ?? EMPTY_CELL,
      voornaam: cells.voornaam ?? EMPTY_CELL,
      geboortedatum: cells.geboortedatum ?? EMPTY_CELL,
      postcode: cells.postcode ?? EMPTY_CELL,
    },
  };
}

/** The language of the messages: Office's display language (Dutch when Office gives none). */
function currentLanguage(): Language {
  if (typeof Office === 'undefined') return languageFromOffice(undefined);
  return languageFromOffice(Office.context?.displayLanguage);
}

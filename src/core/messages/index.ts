import type { IssueCode, Severity } from '../issueCodes';
import type { Encoding, IssueOf } from '../types';
import { readParams, type Catalog, type ColumnOrField, type IssueArgs } from './catalog';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/**
 * The one door to the message catalogs (ARCHITECTURE: "Messages are rendered from code + params
 * by an exhaustive `switch` per language"). Issues never hold text; every user-visible string
 * about an issue, a column or a severity comes from here.
 */

/**
 * The languages of the interface (SPEC: "Dutch by default, French and English when Office runs
 * in those languages").
 *
 * @example
 * ```ts
 * const lang: Language = languageFromOffice(Office.context.displayLanguage);
 * ```
 */
export type Language = 'nl' | 'fr' | 'en';

export type { ColumnOrField } from './catalog';

const CATALOGS: Readonly<Record<Language, Catalog>> = { nl, fr, en };

/**
 * What a message is made of: an issue's code, its params (typed for that code) and its column.
 * Distributed over the codes, so the params are checked against the code given.
 */
export type IssueContent = {
  [C in IssueCode]: Pick<IssueOf<C>, 'code' | 'params' | 'column'>;
}[IssueCode];

/**
 * The interface language for Office's display language (`Office.context.displayLanguage`, a BCP 47
 * tag such as `nl-BE`): any `fr-*` gives French, any `en-*` English, and everything else Dutch,
 * the default (SPEC), including `nl-*`, other languages, and an absent tag. Case and `_` instead
 * of `-` are tolerated.
 *
 * @example
 * ```ts
 * languageFromOffice('fr-BE'); // 'fr'
 * languageFromOffice('en-GB'); // 'en'
 * languageFromOffice('de-DE'); // 'nl'
 * languageFromOffice(undefined); // 'nl'
 * ```
 */
export function languageFromOffice(displayLanguage: string | undefined): Language {
  const primary = (displayLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'fr') return 'fr';
  if (primary === 'en') return 'en';
  return 'nl';
}

/**
 * The message for an issue in the given language: what is wrong and what to do, in one or two
 * sentences, using the issue's params (which character, which other row, how many files...).
 * Absent params are left out gracefully; the text never shows `undefined`.
 *
 * @example
 * ```ts
 * renderIssue({ code: 'rows_over_limit', column: null, params: { rows: 250, files: 3, limit: 99 } }, 'nl');
 * // 'Deze batch telt 250 registraties, meer dan de 99 die in één bestand passen (100 lijnen met de
 * //  kopregel). De export maakt 3 bestanden: laad ze allemaal op in Vaccinnet.'
 * renderIssue({ code: 'control_character', column: 'naam', params: { char: 'U+000A' } }, 'en');
 * // 'There is a line break in the Last name column. Remove it: such a character breaks the file.'
 * ```
 */
export function renderIssue(issue: IssueContent, lang: Language): string {
  // `Issue` pairs each code with its params, but TypeScript cannot carry that pairing through
  // the property reads; the tuple is the same pair, asserted once here.
  const args = [issue.code, readParams(issue.params), issue.column] as IssueArgs;
  return CATALOGS[lang].issue(...args);
}

/**
 * The label of a registration column or batch field: nl `Geboortedatum`, fr `Date de naissance`,
 * en `Date of birth`. Issues about a whole row or sheet have column null and no label.
 *
 * @example
 * ```ts
 * columnLabel('insz', 'fr'); // 'NISS'
 * columnLabel('datumToediening', 'nl'); // 'Datum toediening'
 * ```
 */
export function columnLabel(column: ColumnOrField, lang: Language): string {
  return CATALOGS[lang].columns[column];
}

/**
 * The label of a severity: nl Fout / Waarschuwing / Info.
 *
 * @example
 * ```ts
 * severityLabel('warning', 'nl'); // 'Waarschuwing'
 * severityLabel('error', 'fr'); // 'Erreur'
 * ```
 */
export function severityLabel(severity: Severity, lang: Language): string {
  return CATALOGS[lang].severities[severity];
}

/**
 * The label of an export encoding, for the settings screen and the export log.
 *
 * @example
 * ```ts
 * encodingLabel('utf-8-bom', 'nl'); // 'UTF-8 met BOM'
 * ```
 */
export function encodingLabel(encoding: Encoding, lang: Language): string {
  return CATALOGS[lang].encodings[encoding];
}

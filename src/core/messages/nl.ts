import type { IssueParamsOf } from '../issueCodes';
import type { Issue } from '../types';
import {
  NAMED_CODE_POINTS as CP,
  assertNever,
  describeCharacter,
  displayDate,
  encodingNameIn,
  isRegistrationColumn,
  type Catalog,
  type IssueArgs,
  type CharacterWords,
  type Params,
} from './catalog';

/**
 * Dutch (Belgian usage): the primary language of the add-in. Written for care staff: what is
 * wrong, and what to do about it. Words as users say them: rijksregisternummer/INSZ,
 * geboortedatum, postcode, batch.
 */

const COLUMNS: Catalog['columns'] = {
  insz: 'INSZ',
  naam: 'Naam',
  voornaam: 'Voornaam',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
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

const CHARACTERS: CharacterWords = {
  named: {
    [CP.tab]: 'een tab',
    [CP.lineFeed]: 'een regeleinde',
    [CP.carriageReturn]: 'een regeleinde',
    [CP.space]: 'een spatie',
    [CP.quote]: 'een aanhalingsteken (")',
    [CP.comma]: 'een komma (,)',
    [CP.semicolon]: 'een puntkomma (;)',
    [CP.noBreakSpace]: 'een onzichtbare vaste spatie (NBSP)',
    [CP.softHyphen]: 'een onzichtbaar afbreekstreepje (U+00AD)',
    [CP.zeroWidthSpace]: 'een onzichtbare spatie (U+200B)',
    [CP.zeroWidthNonJoiner]: 'een onzichtbaar teken (U+200C)',
    [CP.zeroWidthJoiner]: 'een onzichtbaar teken (U+200D)',
    [CP.lineSeparator]: 'een regeleinde',
    [CP.paragraphSeparator]: 'een regeleinde',
    [CP.byteOrderMark]: 'een onzichtbaar teken (U+FEFF)',
  },
  invisible: (label) => `een onzichtbaar teken (${label})`,
  visible: (char) => `het teken “${char}”`,
};

const char = (p: Params<{ readonly char?: string }>): string | undefined => {
  const raw = p.text('char');
  return raw === undefined ? undefined : describeCharacter(raw, CHARACTERS);
};

/** "in de kolom Naam", "in het veld Dosis", or "in deze cel" when the issue has no column. */
function where(column: Issue['column']): string {
  if (column === null) return 'in deze cel';
  return isRegistrationColumn(column) ? `in de kolom ${COLUMNS[column]}` : `in het veld ${COLUMNS[column]}`;
}

/** {@link where} at the start of a sentence. */
function In(column: Issue['column']): string {
  if (column === null) return 'In deze cel';
  return isRegistrationColumn(column) ? `In de kolom ${COLUMNS[column]}` : `In het veld ${COLUMNS[column]}`;
}

const label = (column: Issue['column'], fallback: string): string =>
  column === null ? fallback : COLUMNS[column];

const ENCODINGS: Catalog['encodings'] = {
  'utf-8-bom': 'UTF-8 met BOM',
  'utf-8': 'UTF-8 zonder BOM',
  'windows-1252': 'Windows-1252',
};

/** An encoding param by its name (`windows-1252` -> `Windows-1252`), or as given. */
const encodingName = (value: string | undefined): string => encodingNameIn(ENCODINGS, value);

/** `(nu: “…”)` after a rejected value, or nothing when the value is not known. */
const now = (value: string | undefined): string => (value === undefined ? '' : ` (nu: “${value}”)`);

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The reason part of batch_insz (params.reason is the insz_* code validateInsz gave). */
function inszReason(reason: string | undefined): string {
  switch (reason) {
    case 'insz_characters':
      return 'er staat een teken in dat geen cijfer is';
    case 'insz_length':
      return 'het telt geen 11 cijfers';
    case 'insz_checksum':
      return 'de controlecijfers kloppen niet';
    case 'insz_month':
      return 'het 3de en 4de cijfer vormen geen geldige maand';
    case 'insz_date':
      return 'de geboortedatum erin bestaat niet of ligt in de toekomst';
    case 'insz_serial':
      return 'het volgnummer is 000 of 999';
    default:
      return 'het is geen geldig rijksregister- of BIS-nummer';
  }
}

/** Where the same person is in another batch: params `{ batchId, sheetName, row }`, each optional. */
function otherBatch(p: Params<IssueParamsOf<'duplicate_across_batches'>>): string {
  const batchId = p.text('batchId');
  const sheetName = p.text('sheetName');
  const row = p.text('row');
  const batch = batchId === undefined ? 'een andere batch' : `batch ${batchId}`;
  const sheet = sheetName === undefined ? '' : ` (blad “${sheetName}”)`;
  return row === undefined ? `in ${batch}${sheet}` : `op rij ${row} van ${batch}${sheet}`;
}

function issue(...[code, p, column]: IssueArgs): string {
  switch (code) {
    case 'identity_missing':
      return 'Deze persoon is niet te identificeren. Vul het rijksregisternummer/INSZ in, of de naam én de geboortedatum.';
    case 'insz_characters':
      return `Het INSZ bevat een teken dat er niet in hoort${char(p) === undefined ? '' : `: ${char(p)}`}. Gebruik alleen cijfers, eventueel met punten, streepjes of spaties ertussen.`;
    case 'insz_length':
      return 'Het INSZ moet precies 11 cijfers tellen. Controleer het nummer, bv. op de identiteitskaart.';
    case 'insz_checksum':
      return 'De controlecijfers van het INSZ kloppen niet: er zit waarschijnlijk een tikfout in. Controleer het nummer, bv. op de identiteitskaart.';
    case 'insz_month':
      return 'Dit INSZ kan niet kloppen: het 3de en 4de cijfer vormen geen geldige maand. Controleer het nummer.';
    case 'insz_date':
      return 'Het INSZ bevat een geboortedatum die niet bestaat of in de toekomst ligt. Controleer het nummer.';
    case 'insz_serial':
      return 'Dit INSZ bestaat niet: het volgnummer (7de tot 9de cijfer) is 000 of 999. Controleer het nummer.';
    case 'insz_leading_zero_lost':
      return 'Excel heeft de 0 vooraan het INSZ weggelaten, omdat de cel als getal bewaard is. Herstel het: het INSZ wordt dan als tekst met 11 cijfers bewaard.';
    case 'birthdate_format':
      return 'De geboortedatum moet 8 cijfers zijn zonder tekens ertussen: dag, maand, jaar (bv. 01012000 voor 1 januari 2000).';
    case 'birthdate_invalid':
      return 'Deze geboortedatum bestaat niet. Controleer dag en maand (ddmmjjjj, bv. 30071985).';
    case 'birthdate_future':
      return 'De geboortedatum ligt in de toekomst. Controleer het jaar.';
    case 'birthdate_leading_zero_lost':
      return 'Excel heeft de 0 vooraan de geboortedatum weggelaten, omdat de cel als getal bewaard is. Herstel ze: de datum wordt dan als tekst met 8 cijfers bewaard.';
    case 'birthdate_is_date':
      return 'De geboortedatum staat als Excel-datum in de cel. Herstel ze: ze wordt dan omgezet naar tekst ddmmjjjj.';
    case 'birthdate_after_administration': {
      const date = p.text('administration');
      return `De geboortedatum ligt na de datum van toediening${date === undefined ? '' : ` (${displayDate(date)})`}. Controleer de geboortedatum, of de datum van de batch.`;
    }
    case 'birthdate_before_1900':
      return 'De geboortedatum ligt vóór 1900. Controleer het jaar.';
    case 'birthdate_insz_mismatch': {
      const date = p.text('inszBirthDate');
      return `De geboortedatum verschilt van die in het INSZ${date === undefined ? '' : ` (${displayDate(date)})`}. Controleer welke van de twee juist is.`;
    }
    case 'firstname_missing':
      return 'De voornaam ontbreekt. Vul hem in als je hem kent: zo vindt Vaccinnet de juiste persoon met meer zekerheid.';
    case 'postcode_format':
      return 'De postcode moet 4 cijfers zijn, van 1000 tot 9999. Laat ze leeg als je de Belgische postcode niet kent.';
    case 'whitespace_edge':
      return `De waarde ${where(column)} begint of eindigt met een spatie, een tab of een onzichtbare vaste spatie (NBSP). Bij het exporteren valt die weg; herstel de cel om ook het blad op te kuisen.`;
    case 'control_character':
      return `${In(column)} staat ${char(p) ?? 'een onzichtbaar teken (bv. een regeleinde of tab)'}. Verwijder het: zo'n teken breekt het bestand.`;
    case 'separator_or_quote':
      return `${In(column)} staat ${char(p) ?? 'een komma, puntkomma of aanhalingsteken'}. Komma's, puntkomma's en aanhalingstekens mogen niet in het bestand: verwijder of vervang het teken.`;
    case 'formula_prefix':
      return `De waarde ${where(column)} begint met ${char(p) ?? '=, +, - of @'}. Een waarde mag niet met =, +, - of @ beginnen (Excel leest dat als formule): verwijder het teken.`;
    case 'cell_error': {
      const error = p.text('value');
      return `De cel bevat een Excel-fout${error === undefined ? '' : ` (${error})`} in plaats van een waarde. Vervang de formule of de fout door de juiste waarde.`;
    }
    case 'cell_not_text': {
      const shown = p.text('text');
      const kind = p.text('kind');
      const what =
        kind === 'date' ? 'een datum' : kind === 'boolean' ? 'een waar/onwaar-waarde' : 'een getal';
      return `${In(column)} staat ${what} in plaats van tekst. Het bestand krijgt de tekst zoals Excel ze toont${shown === undefined ? '' : `: “${shown}”`}. Herstel de cel om ze als tekst te bewaren, of typ de juiste waarde.`;
    }
    case 'not_encodable':
      return `${In(column)} staat ${char(p) ?? 'een teken'}: de codering ${encodingName(p.text('encoding'))} kan dat teken niet bewaren. Kies UTF-8 in de instellingen, of vervang het teken.`;
    case 'duplicate_person': {
      const firstRow = p.text('firstRow');
      return firstRow === undefined
        ? 'Deze persoon staat twee keer in deze batch. Verwijder een van beide rijen als het om dezelfde vaccinatie gaat.'
        : `Deze persoon staat ook op rij ${firstRow} van deze batch. Verwijder een van beide rijen als het om dezelfde vaccinatie gaat.`;
    }
    case 'duplicate_across_batches':
      return `Deze persoon staat ook ${otherBatch(p)}, met hetzelfde product en dezelfde datum. Kijk na dat de vaccinatie niet twee keer geregistreerd wordt.`;
    case 'rows_over_limit': {
      const rows = p.count('rows');
      const files = p.count('files');
      const limit = p.count('limit');
      const size =
        rows === undefined || limit === undefined
          ? 'Deze batch telt meer registraties dan in één bestand passen.'
          : `Deze batch telt ${plural(rows, 'registratie', 'registraties')}, meer dan de ${limit} die in één bestand passen (${limit + 1} lijnen met de kopregel).`;
      const parts =
        files === undefined
          ? 'De export maakt er meerdere bestanden van: laad ze allemaal op in Vaccinnet.'
          : `De export maakt ${plural(files, 'bestand', 'bestanden')}: laad ze allemaal op in Vaccinnet.`;
      return `${size} ${parts}`;
    }
    case 'header_mismatch': {
      const found = p.text('found');
      return `De titelrij moet precies INSZ, Naam, Voornaam, Geboortedatum, Postcode zijn (kolommen A tot E)${found === undefined ? '' : `; gevonden: ${found}`}. Duid aan welke kolom wat bevat, of maak een conforme kopie.`;
    }
    case 'formula_value': {
      const cells = p.text('cells');
      const count = p.count('count');
      const spills = p.text('spills');
      const parts = [
        cells === undefined
          ? undefined
          : `formules${count === undefined ? '' : ` in ${plural(count, 'cel', 'cellen')}`} (${cells})`,
        spills === undefined ? undefined : `overgelopen matrices (${spills})`,
      ].filter((part) => part !== undefined);
      return `In de gegevens staan ${parts.length === 0 ? 'formules' : parts.join(' en ')}. Het bestand krijgt de waarde die Excel nu toont: verandert de formule of haar bron, dan verandert de export mee.`;
    }
    case 'batch_required':
      return column === null
        ? 'Een verplicht veld van de batch is leeg. Vul het in op het batchblad.'
        : `${COLUMNS[column]} is verplicht. Vul het in op het batchblad.`;
    case 'batch_insz':
      return p.text('reason') === 'insz_leading_zero_lost'
        ? 'Excel heeft de 0 vooraan het INSZ van de toediener weggelaten. Zet de cel in tekstopmaak en typ het nummer opnieuw.'
        : `Het INSZ van de toediener is ongeldig: ${inszReason(p.text('reason'))}. Controleer het nummer.`;
    case 'batch_yes_no':
      return `Vul bij ${label(column, 'Gratis voorraad')} Ja of Nee in${now(p.text('value'))}.`;
    case 'batch_date_invalid':
      return `De datum van toediening is geen geldige datum${now(p.text('value'))}. Typ ze als dd/mm/jjjj, bv. 28/11/2026.`;
    case 'batch_date_future': {
      const date = p.text('date');
      return `De datum van toediening${date === undefined ? '' : ` (${displayDate(date)})`} ligt in de toekomst. Registreer alleen vaccinaties die al gegeven zijn.`;
    }
    case 'batch_dose':
      return `De dosis moet 0,5, 1 of 2 zijn${now(p.text('value'))}.`;
    case 'batch_list_value': {
      const value = p.text('value');
      const list = column === null ? 'de lijst' : `de lijst ${COLUMNS[column]}`;
      return `${value === undefined ? 'Deze waarde' : `“${value}”`} staat niet in ${list}. Kies een waarde uit de lijst, of voeg ze toe op het lijstenblad.`;
    }
    case 'batch_text':
      return char(p) === undefined
        ? `${In(column)} staat geen gewone tekst. Typ de waarde opnieuw.`
        : `${In(column)} staat ${char(p)}. Verwijder dat teken.`;
    case 'settings_encoding': {
      const value = p.text('value');
      return `Onbekende codering${value === undefined ? '' : ` “${value}”`}. Kies UTF-8 met BOM (aanbevolen), UTF-8 zonder BOM of Windows-1252.`;
    }
    case 'settings_max_rows':
      return `Het aantal lijnen per bestand, de kopregel inbegrepen, moet een geheel getal van ${p.count('min') ?? 2} tot ${p.count('max') ?? 1001} zijn${now(p.text('value'))}. De handleiding van Vaccinnet zegt maximaal 100 lijnen per bestand.`;
    case 'register_field_required':
      return `${label(column, 'Een verplicht batchveld')} is leeg op deze rij. Vul het in: zonder kan de rij bij geen batch horen.`;
    case 'register_toediener_insz':
      return p.text('reason') === 'insz_leading_zero_lost'
        ? 'Excel heeft de 0 vooraan het INSZ van de toediener op deze rij weggelaten. Zet de cel in tekstopmaak en typ het nummer opnieuw.'
        : `Het INSZ van de toediener op deze rij is ongeldig: ${inszReason(p.text('reason'))}. Controleer het nummer.`;
    case 'register_yes_no':
      return `Vul op deze rij bij ${label(column, 'Gratis voorraad')} Ja of Nee in${now(p.text('value'))}.`;
    case 'register_date_invalid':
      return `De datum van toediening op deze rij is geen geldige datum${now(p.text('value'))}. Typ ze als dd/mm/jjjj, bv. 28/11/2026.`;
    case 'register_date_future': {
      const date = p.text('date');
      return `De datum van toediening op deze rij${date === undefined ? '' : ` (${displayDate(date)})`} ligt in de toekomst. Registreer alleen vaccinaties die al gegeven zijn.`;
    }
    case 'register_dose':
      return `De dosis op deze rij moet 0,5, 1 of 2 zijn${now(p.text('value'))}.`;
    case 'register_list_value': {
      const value = p.text('value');
      const list = column === null ? 'de lijst' : `de lijst ${COLUMNS[column]}`;
      return `${value === undefined ? 'De waarde' : `“${value}”`} op deze rij staat niet in ${list}. Kies een waarde uit de lijst, of voeg ze toe op het lijstenblad.`;
    }
    case 'register_text':
      return char(p) === undefined
        ? `${In(column)} staat op deze rij geen gewone tekst. Typ de waarde opnieuw.`
        : `${In(column)} staat op deze rij ${char(p)}. Verwijder dat teken.`;
    case 'register_near_duplicate': {
      const value = p.text('value');
      const other = p.text('other');
      const otherRow = p.text('otherRow');
      const pair =
        value === undefined || other === undefined
          ? `${In(column)} verschilt deze rij van een andere groep`
          : `“${value}” ${where(column)} verschilt van “${other}”${otherRow === undefined ? '' : ` (rij ${otherRow})`}`;
      return `${pair} alleen door hoofdletters, spaties of leestekens. Dat is bijna altijd een tikfout en zou een apart bestand maken: herstel de cel om de schrijfwijze gelijk te maken.`;
    }
    default:
      return assertNever(code);
  }
}

/**
 * The Dutch catalog.
 *
 * @example
 * ```ts
 * nl.issue('duplicate_person', readParams({ firstRow: 12 }), null);
 * // 'Deze persoon staat ook op rij 12 van deze batch. ...'
 * nl.columns.geboortedatum; // 'Geboortedatum'
 * ```
 */
export const nl: Catalog = {
  issue,
  columns: COLUMNS,
  severities: { error: 'Fout', warning: 'Waarschuwing', info: 'Info' },
  encodings: ENCODINGS,
};

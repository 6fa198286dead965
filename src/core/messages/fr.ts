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
 * French (Belgian usage), for Brussels and French-speaking staff: NISS, date de naissance, code
 * postal. A "batch" is a "série" here, because "lot" already means the vaccine lot (numéro de lot).
 */

const COLUMNS: Catalog['columns'] = {
  insz: 'NISS',
  naam: 'Nom',
  voornaam: 'Prénom',
  geboortedatum: 'Date de naissance',
  postcode: 'Code postal',
  toedienerInsz: 'NISS du vaccinateur',
  organisatie: 'Organisation',
  gratisVoorraad: 'Stock gratuit',
  datumToediening: 'Date d’administration',
  immunisatieproduct: 'Produit de vaccination',
  dosis: 'Dose',
  lotnummer: 'Numéro de lot',
  toedieningswijze: 'Voie d’administration',
  typeProfylaxe: 'Type de prophylaxie',
  lichaamsdeel: 'Partie du corps',
  lichaamszijde: 'Côté',
  opmerkingen: 'Remarques',
};

const CHARACTERS: CharacterWords = {
  named: {
    [CP.tab]: 'une tabulation',
    [CP.lineFeed]: 'un saut de ligne',
    [CP.carriageReturn]: 'un saut de ligne',
    [CP.space]: 'une espace',
    [CP.quote]: 'un guillemet (")',
    [CP.comma]: 'une virgule (,)',
    [CP.semicolon]: 'un point-virgule (;)',
    [CP.noBreakSpace]: 'une espace insécable invisible (NBSP)',
    [CP.softHyphen]: 'un trait d’union invisible (U+00AD)',
    [CP.zeroWidthSpace]: 'une espace invisible (U+200B)',
    [CP.zeroWidthNonJoiner]: 'un caractère invisible (U+200C)',
    [CP.zeroWidthJoiner]: 'un caractère invisible (U+200D)',
    [CP.lineSeparator]: 'un saut de ligne',
    [CP.paragraphSeparator]: 'un saut de ligne',
    [CP.byteOrderMark]: 'un caractère invisible (U+FEFF)',
  },
  invisible: (label) => `un caractère invisible (${label})`,
  visible: (char) => `le caractère « ${char} »`,
};

const char = (p: Params<{ readonly char?: string }>): string | undefined => {
  const raw = p.text('char');
  return raw === undefined ? undefined : describeCharacter(raw, CHARACTERS);
};

/** "dans la colonne Nom", "dans le champ Dose", or "dans cette cellule" without a column. */
function where(column: Issue['column']): string {
  if (column === null) return 'dans cette cellule';
  return isRegistrationColumn(column)
    ? `dans la colonne ${COLUMNS[column]}`
    : `dans le champ ${COLUMNS[column]}`;
}

const ENCODINGS: Catalog['encodings'] = {
  'utf-8-bom': 'UTF-8 avec BOM',
  'utf-8': 'UTF-8 sans BOM',
  'windows-1252': 'Windows-1252',
};

/** An encoding param by its name (`windows-1252` -> `Windows-1252`), or as given. */
const encodingName = (value: string | undefined): string => encodingNameIn(ENCODINGS, value);

/** `(valeur actuelle : « … »)` after a rejected value, or nothing when the value is not known. */
const now = (value: string | undefined): string =>
  value === undefined ? '' : ` (valeur actuelle\u00a0: « ${value} »)`;

/** French plural: 0 and 1 are singular. */
const plural = (n: number, one: string, many: string): string => `${n} ${n <= 1 ? one : many}`;

/** The reason part of batch_insz (params.reason is the insz_* code validateInsz gave). */
function inszReason(reason: string | undefined): string {
  switch (reason) {
    case 'insz_characters':
      return 'il contient un caractère qui n’est pas un chiffre';
    case 'insz_length':
      return 'il ne compte pas 11 chiffres';
    case 'insz_checksum':
      return 'les chiffres de contrôle ne correspondent pas';
    case 'insz_month':
      return 'les 3e et 4e chiffres ne forment pas un mois valable';
    case 'insz_date':
      return 'la date de naissance qu’il contient n’existe pas ou est dans le futur';
    case 'insz_serial':
      return 'le numéro d’ordre est 000 ou 999';
    default:
      return 'ce n’est pas un numéro de registre national ou BIS valable';
  }
}

/** Where the same person is in another batch: params `{ batchId, sheetName, row }`, each optional. */
function otherBatch(p: Params<IssueParamsOf<'duplicate_across_batches'>>): string {
  const batchId = p.text('batchId');
  const sheetName = p.text('sheetName');
  const row = p.text('row');
  const sheet = sheetName === undefined ? '' : ` (feuille « ${sheetName} »)`;
  if (row === undefined)
    return batchId === undefined ? `dans une autre série${sheet}` : `dans la série ${batchId}${sheet}`;
  return batchId === undefined
    ? `à la ligne ${row} d’une autre série${sheet}`
    : `à la ligne ${row} de la série ${batchId}${sheet}`;
}

function issue(...[code, p, column]: IssueArgs): string {
  switch (code) {
    case 'identity_missing':
      return 'Impossible d’identifier cette personne. Indiquez le NISS, ou le nom et la date de naissance.';
    case 'insz_characters':
      return `Le NISS contient un caractère non autorisé${char(p) === undefined ? '' : `\u00a0: ${char(p)}`}. Utilisez uniquement des chiffres, éventuellement séparés par des points, des tirets ou des espaces.`;
    case 'insz_length':
      return 'Le NISS doit compter exactement 11 chiffres. Vérifiez le numéro, par exemple sur la carte d’identité.';
    case 'insz_checksum':
      return 'Les chiffres de contrôle du NISS ne correspondent pas\u00a0: il y a probablement une faute de frappe. Vérifiez le numéro, par exemple sur la carte d’identité.';
    case 'insz_month':
      return 'Ce NISS est impossible\u00a0: les 3e et 4e chiffres ne forment pas un mois valable. Vérifiez le numéro.';
    case 'insz_date':
      return 'Le NISS contient une date de naissance qui n’existe pas ou qui est dans le futur. Vérifiez le numéro.';
    case 'insz_serial':
      return 'Ce NISS n’existe pas\u00a0: son numéro d’ordre (7e au 9e chiffre) est 000 ou 999. Vérifiez le numéro.';
    case 'insz_leading_zero_lost':
      return 'Excel a supprimé le 0 initial du NISS, parce que la cellule est enregistrée comme nombre. Corrigez-le\u00a0: le NISS sera enregistré comme texte de 11 chiffres.';
    case 'birthdate_format':
      return 'La date de naissance doit compter 8 chiffres sans séparateur\u00a0: jour, mois, année (p. ex. 01012000 pour le 1er janvier 2000).';
    case 'birthdate_invalid':
      return 'Cette date de naissance n’existe pas. Vérifiez le jour et le mois (jjmmaaaa, p. ex. 30071985).';
    case 'birthdate_future':
      return 'La date de naissance est dans le futur. Vérifiez l’année.';
    case 'birthdate_leading_zero_lost':
      return 'Excel a supprimé le 0 initial de la date de naissance, parce que la cellule est enregistrée comme nombre. Corrigez-la\u00a0: elle sera enregistrée comme texte de 8 chiffres.';
    case 'birthdate_is_date':
      return 'La date de naissance est enregistrée comme date Excel. Corrigez-la\u00a0: elle sera convertie en texte jjmmaaaa.';
    case 'birthdate_after_administration': {
      const date = p.text('administration');
      return `La date de naissance est postérieure à la date d’administration${date === undefined ? '' : ` (${displayDate(date)})`}. Vérifiez la date de naissance, ou la date de la série.`;
    }
    case 'birthdate_before_1900':
      return 'La date de naissance est antérieure à 1900. Vérifiez l’année.';
    case 'birthdate_insz_mismatch': {
      const date = p.text('inszBirthDate');
      return `La date de naissance diffère de celle contenue dans le NISS${date === undefined ? '' : ` (${displayDate(date)})`}. Vérifiez laquelle des deux est correcte.`;
    }
    case 'firstname_missing':
      return 'Le prénom manque. Indiquez-le si vous le connaissez\u00a0: Vaccinnet retrouvera la bonne personne avec plus de certitude.';
    case 'postcode_format':
      return 'Le code postal doit compter 4 chiffres, de 1000 à 9999. Laissez-le vide si vous ne connaissez pas le code postal belge.';
    case 'whitespace_edge':
      return `La valeur ${where(column)} commence ou se termine par une espace, une tabulation ou une espace insécable invisible (NBSP). L’export les supprime\u00a0; corrigez la cellule pour nettoyer aussi la feuille.`;
    case 'control_character':
      return `Il y a ${char(p) ?? 'un caractère invisible (p. ex. un saut de ligne ou une tabulation)'} ${where(column)}. Supprimez ce caractère\u00a0: il casse le fichier.`;
    case 'separator_or_quote':
      return `Il y a ${char(p) ?? 'une virgule, un point-virgule ou un guillemet'} ${where(column)}. Les virgules, points-virgules et guillemets sont interdits dans le fichier\u00a0: supprimez ou remplacez ce caractère.`;
    case 'formula_prefix':
      return `La valeur ${where(column)} commence par ${char(p) ?? '=, +, - ou @'}. Une valeur ne peut pas commencer par =, +, - ou @ (Excel la lirait comme une formule)\u00a0: supprimez ce caractère.`;
    case 'cell_error': {
      const error = p.text('value');
      return `La cellule contient une erreur Excel${error === undefined ? '' : ` (${error})`} au lieu d’une valeur. Remplacez la formule ou l’erreur par la bonne valeur.`;
    }
    case 'cell_not_text': {
      const shown = p.text('text');
      const kind = p.text('kind');
      const what = kind === 'date' ? 'une date' : kind === 'boolean' ? 'une valeur vrai/faux' : 'un nombre';
      return `Il y a ${what} ${where(column)} au lieu d’un texte. Le fichier reçoit le texte tel qu’Excel l’affiche${shown === undefined ? '' : `\u00a0: « ${shown} »`}. Corrigez la cellule pour l’enregistrer comme texte, ou tapez la bonne valeur.`;
    }
    case 'not_encodable':
      return `Il y a ${char(p) ?? 'un caractère'} ${where(column)}, que l’encodage ${encodingName(p.text('encoding'))} ne peut pas enregistrer. Choisissez UTF-8 dans les paramètres, ou remplacez ce caractère.`;
    case 'duplicate_person': {
      const firstRow = p.text('firstRow');
      return firstRow === undefined
        ? 'Cette personne figure deux fois dans cette série. Supprimez l’une des deux lignes s’il s’agit de la même vaccination.'
        : `Cette personne figure aussi à la ligne ${firstRow} de cette série. Supprimez l’une des deux lignes s’il s’agit de la même vaccination.`;
    }
    case 'duplicate_across_batches':
      return `Cette personne figure aussi ${otherBatch(p)}, avec le même produit et la même date. Vérifiez que la vaccination n’est pas enregistrée deux fois.`;
    case 'rows_over_limit': {
      const rows = p.count('rows');
      const files = p.count('files');
      const limit = p.count('limit');
      const size =
        rows === undefined || limit === undefined
          ? 'Cette série compte plus d’enregistrements qu’un fichier ne peut en contenir.'
          : `Cette série compte ${plural(rows, 'enregistrement', 'enregistrements')}, plus que les ${limit} qu’un fichier peut contenir (${limit + 1} lignes avec la ligne d’en-tête).`;
      const parts =
        files === undefined
          ? 'L’export créera plusieurs fichiers\u00a0: chargez-les tous dans Vaccinnet.'
          : `L’export créera ${plural(files, 'fichier', 'fichiers')}\u00a0: chargez-les tous dans Vaccinnet.`;
      return `${size} ${parts}`;
    }
    case 'header_mismatch': {
      const found = p.text('found');
      return `La ligne de titres doit être exactement INSZ, Naam, Voornaam, Geboortedatum, Postcode (colonnes A à E)${found === undefined ? '' : `\u00a0; trouvé\u00a0: ${found}`}. Indiquez quelle colonne contient quoi, ou créez une copie conforme.`;
    }
    case 'formula_value': {
      const cells = p.text('cells');
      const count = p.count('count');
      const spills = p.text('spills');
      const parts = [
        cells === undefined
          ? undefined
          : `des formules${count === undefined ? '' : ` dans ${plural(count, 'cellule', 'cellules')}`} (${cells})`,
        spills === undefined ? undefined : `des matrices propagées (${spills})`,
      ].filter((part) => part !== undefined);
      return `Les données contiennent ${parts.length === 0 ? 'des formules' : parts.join(' et ')}. Le fichier reçoit la valeur qu’Excel affiche maintenant\u00a0: si la formule ou sa source change, l’export change aussi.`;
    }
    case 'batch_required':
      return column === null
        ? 'Un champ obligatoire de la série est vide. Complétez-le dans la feuille de la série.'
        : `Le champ « ${COLUMNS[column]} » est obligatoire. Complétez-le dans la feuille de la série.`;
    case 'batch_insz':
      return p.text('reason') === 'insz_leading_zero_lost'
        ? 'Excel a supprimé le 0 initial du NISS du vaccinateur. Mettez la cellule au format texte et retapez le numéro.'
        : `Le NISS du vaccinateur n’est pas valable\u00a0: ${inszReason(p.text('reason'))}. Vérifiez le numéro.`;
    case 'batch_yes_no':
      return `Indiquez Oui ou Non pour « ${column === null ? COLUMNS.gratisVoorraad : COLUMNS[column]} »${now(p.text('value'))}.`;
    case 'batch_date_invalid':
      return `La date d’administration n’est pas une date valable${now(p.text('value'))}. Tapez-la sous la forme jj/mm/aaaa, p. ex. 28/11/2026.`;
    case 'batch_date_future': {
      const date = p.text('date');
      return `La date d’administration${date === undefined ? '' : ` (${displayDate(date)})`} est dans le futur. N’enregistrez que des vaccinations déjà administrées.`;
    }
    case 'batch_dose':
      return `La dose doit être 0,5, 1 ou 2${now(p.text('value'))}.`;
    case 'batch_list_value': {
      const value = p.text('value');
      const list = column === null ? 'la liste' : `la liste « ${COLUMNS[column]} »`;
      return `${value === undefined ? 'Cette valeur' : `« ${value} »`} ne figure pas dans ${list}. Choisissez une valeur de la liste, ou ajoutez-la dans la feuille des listes.`;
    }
    case 'batch_text':
      return char(p) === undefined
        ? `La valeur ${where(column)} n’est pas du texte ordinaire. Retapez la valeur.`
        : `Il y a ${char(p)} ${where(column)}. Supprimez ce caractère.`;
    case 'settings_encoding': {
      const value = p.text('value');
      return `Encodage inconnu${value === undefined ? '' : ` (« ${value} »)`}. Choisissez UTF-8 avec BOM (recommandé), UTF-8 sans BOM ou Windows-1252.`;
    }
    case 'settings_max_rows':
      return `Le nombre de lignes par fichier, ligne d’en-tête comprise, doit être un nombre entier de ${p.count('min') ?? 2} à ${p.count('max') ?? 1001}${now(p.text('value'))}. Le manuel de Vaccinnet indique 100 lignes au maximum par fichier.`;
    case 'register_field_required':
      return `Le champ « ${column === null ? 'obligatoire de la série' : COLUMNS[column]} » est vide sur cette ligne. Complétez-le\u00a0: sans lui, la ligne n’appartient à aucune série.`;
    case 'register_toediener_insz':
      return p.text('reason') === 'insz_leading_zero_lost'
        ? 'Excel a supprimé le 0 initial du NISS du vaccinateur sur cette ligne. Mettez la cellule au format texte et retapez le numéro.'
        : `Le NISS du vaccinateur sur cette ligne n’est pas valable\u00a0: ${inszReason(p.text('reason'))}. Vérifiez le numéro.`;
    case 'register_yes_no':
      return `Indiquez Oui ou Non pour « ${column === null ? COLUMNS.gratisVoorraad : COLUMNS[column]} » sur cette ligne${now(p.text('value'))}.`;
    case 'register_date_invalid':
      return `La date d’administration sur cette ligne n’est pas une date valable${now(p.text('value'))}. Tapez-la sous la forme jj/mm/aaaa, p. ex. 28/11/2026.`;
    case 'register_date_future': {
      const date = p.text('date');
      return `La date d’administration sur cette ligne${date === undefined ? '' : ` (${displayDate(date)})`} est dans le futur. N’enregistrez que des vaccinations déjà administrées.`;
    }
    case 'register_dose':
      return `La dose sur cette ligne doit être 0,5, 1 ou 2${now(p.text('value'))}.`;
    case 'register_list_value': {
      const value = p.text('value');
      const list = column === null ? 'la liste' : `la liste « ${COLUMNS[column]} »`;
      return `${value === undefined ? 'La valeur' : `« ${value} »`} sur cette ligne ne figure pas dans ${list}. Choisissez une valeur de la liste, ou ajoutez-la dans la feuille des listes.`;
    }
    case 'register_text':
      return char(p) === undefined
        ? `La valeur ${where(column)} sur cette ligne n’est pas du texte ordinaire. Retapez la valeur.`
        : `Il y a ${char(p)} ${where(column)} sur cette ligne. Supprimez ce caractère.`;
    case 'register_near_duplicate': {
      const value = p.text('value');
      const other = p.text('other');
      const otherRow = p.text('otherRow');
      const pair =
        value === undefined || other === undefined
          ? `La valeur ${where(column)} diffère de celle d’un autre groupe`
          : `« ${value} » ${where(column)} diffère de « ${other} »${otherRow === undefined ? '' : ` (ligne ${otherRow})`}`;
      return `${pair} seulement par des majuscules, des espaces ou de la ponctuation. C’est presque toujours une faute de frappe, qui créerait un fichier à part\u00a0: corrigez la cellule pour unifier l’écriture.`;
    }
    default:
      return assertNever(code);
  }
}

/**
 * The French catalog.
 *
 * @example
 * ```ts
 * fr.issue('duplicate_person', readParams({ firstRow: 12 }), null);
 * // 'Cette personne figure aussi à la ligne 12 de cette série. ...'
 * fr.columns.geboortedatum; // 'Date de naissance'
 * ```
 */
export const fr: Catalog = {
  issue,
  columns: COLUMNS,
  severities: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
  encodings: ENCODINGS,
};

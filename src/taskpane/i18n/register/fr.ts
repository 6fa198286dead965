import type { RegisterTexts } from './types';

const num = (n: number): string => n.toLocaleString('fr-BE');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n <= 1 ? one : many}`;

/** French (Belgian usage): a no-break space before ":" ";" "?" "!". */
export const registerFr: RegisterTexts = {
  heading: 'Nouveau registre du jour',
  intro:
    'Une feuille pour toute la journée\u00a0: chaque ligne est un patient, avec les champs du lot dans les cellules de cette ligne. Les lignes dont les champs du lot sont identiques forment un même lot.',
  allOptional: 'Tous les champs sont facultatifs.',
  commonHint:
    "Ce que vous indiquez ici est écrit dans chaque ligne de la nouvelle feuille. Ce qui diffère d'une ligne à l'autre (par exemple un nouveau numéro de lot) se tape sur cette ligne et se recopie vers le bas.",
  create: 'Créer le registre du jour',
  creating: 'Création du registre du jour…',
  created: (sheetName, rows) =>
    `Registre du jour «\u00a0${sheetName}\u00a0» créé. Les valeurs du jour sont dans les ${plural(rows, 'première ligne', 'premières lignes')}.`,
  createdNoCommon: (sheetName) => `Registre du jour «\u00a0${sheetName}\u00a0» créé.`,

  checkedLine: (sheetName, groups) =>
    `«\u00a0${sheetName}\u00a0» est un registre du jour avec ${plural(groups, 'groupe', 'groupes')}.`,
  groupsHeading: (groups) => `Groupes (${num(groups)})`,
  groupsIntro:
    'Les lignes dont les champs du lot sont identiques forment un même lot et sont exportées ensemble. Cliquez sur un groupe pour sélectionner ses lignes.',
  groupTitle: (batchId, date, product) => `${batchId}\u00a0: ${date}, ${product}`,
  groupDetails: (lot, dose, toediener) => `numéro de lot ${lot}, dose ${dose}, vaccinateur ${toediener}`,
  noLot: '(aucun)',
  groupCounts: (ready, blocked, files) =>
    `${plural(ready, 'prête', 'prêtes')}, ${plural(blocked, 'bloquée', 'bloquées')}, ${plural(files, 'fichier', 'fichiers')}`,
  groupSelectHint: 'Sélectionne les lignes de ce groupe dans la feuille',
  groupSelected: (batchId, rows) =>
    `${plural(rows, 'ligne sélectionnée', 'lignes sélectionnées')} du lot ${batchId}.`,
  groupSelectedPart: (batchId, selected, rows) =>
    `${num(selected)} des ${plural(rows, 'ligne', 'lignes')} du lot ${batchId} sélectionnées\u00a0: Excel ne peut pas toutes les sélectionner en une fois ici. Filtrez la feuille sur les colonnes du lot pour les voir ensemble.`,
  blockedByBatchFields: (rows) =>
    `${plural(rows, 'ligne', 'lignes')} sans groupe\u00a0: les champs du lot ne sont pas en ordre (voir ci-dessous).`,
  batchIssuesHeading: (count) => `Problèmes dans les champs du lot (${num(count)})`,
  batchIssuesMore: (count) => `… et encore ${num(count)}.`,
  copyOfRegister: (originalName, sameRows, batchIds) =>
    `Ce registre du jour est une copie de «\u00a0${originalName}\u00a0»\u00a0: ${plural(sameRows, "ligne s'y trouve", "lignes s'y trouvent")} aussi (lots ${batchIds}). Une copie reçoit de nouveaux numéros de lot\u00a0: ce qui a déjà été exporté depuis «\u00a0${originalName}\u00a0» serait exporté à nouveau et envoyé deux fois. N'exportez ces lignes que depuis l'original et supprimez-les de la copie.`,
  copyOfDeletedRegister: (originalName, batchIds) =>
    `Ce registre du jour est une copie de «\u00a0${originalName}\u00a0», qui n'existe plus\u00a0; les lots ${batchIds} en ont déjà été exportés. Une copie reçoit de nouveaux numéros de lot\u00a0: les lignes déjà exportées alors seraient exportées à nouveau et envoyées deux fois. Supprimez ces lignes de la copie avant d'exporter\u00a0; la feuille Exportlog montre les fichiers qui existent déjà.`,
  mappingBatchHeading: 'Colonnes du lot',
  mappingBatchIntro:
    'Cette feuille a aussi des colonnes de lot\u00a0: elle est lue comme un registre du jour. Vérifiez quelle colonne contient chaque champ du lot.',

  exportHeading: 'Exporter le registre du jour',
  exportIntro:
    'Un seul clic exporte chaque groupe qui a des lignes prêtes\u00a0: par lot ses propres fichiers, avec leur nom, consignés dans Exportlog.',
  exportPlanLine: (groups, files) =>
    `${plural(groups, 'groupe', 'groupes')}, ${plural(files, 'fichier', 'fichiers')}.`,
  exportButton: (files) => `Exporter tous les groupes (${plural(files, 'fichier', 'fichiers')})`,
  exportNothing: "Aucun groupe n'a de lignes prêtes\u00a0: il n'y a rien à exporter.",
  exportGroupLine: (batchId, rows, exported, blocked) =>
    `${batchId}\u00a0: ${plural(rows, 'ligne', 'lignes')}, ${plural(exported, 'exportée', 'exportées')}, ${plural(blocked, 'bloquée', 'bloquées')}`,
  exportTotalHeading: 'Par groupe',
  exportConfirmGroups: (batchIds) => `Indiqués comme envoyés\u00a0: ${batchIds}.`,
  exportConfirmMappingFirst: (sheetName) =>
    `«\u00a0${sheetName}\u00a0» a des colonnes de lot et sera exportée comme registre du jour une fois ses colonnes confirmées\u00a0: ouvrez Vérifier, cliquez sur Vérifier la feuille active, confirmez les colonnes puis cliquez ici sur Actualiser.`,
  exportMappingChanged: (sheetName) =>
    `La ligne de titres de «\u00a0${sheetName}\u00a0» a changé depuis que vous avez confirmé les colonnes. Confirmez-les à nouveau dans Vérifier, puis cliquez ici sur Actualiser.`,
};

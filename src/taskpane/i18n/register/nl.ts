import type { RegisterTexts } from './types';

const num = (n: number): string => n.toLocaleString('nl-BE');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

/** Dutch (Belgian usage). */
export const registerNl: RegisterTexts = {
  heading: 'Nieuw dagregister',
  intro:
    'Eén blad voor de hele dag: elke rij is een patiënt, met de batchvelden in de eigen cellen van die rij. Rijen met dezelfde batchvelden worden samen één batch.',
  allOptional: 'Alle velden zijn optioneel.',
  commonHint:
    'Wat u hier invult, gaat in elke rij van het nieuwe blad. Wat per rij verschilt (bijvoorbeeld een nieuw lot), typt u op die rij en trekt u door naar beneden.',
  create: 'Dagregister aanmaken',
  creating: 'Dagregister wordt aangemaakt…',
  created: (sheetName, rows) =>
    `Dagregister "${sheetName}" aangemaakt. De dagwaarden staan in de eerste ${plural(rows, 'rij', 'rijen')}.`,
  createdNoCommon: (sheetName) => `Dagregister "${sheetName}" aangemaakt.`,

  checkedLine: (sheetName, groups) =>
    `"${sheetName}" is een dagregister met ${plural(groups, 'groep', 'groepen')}.`,
  groupsHeading: (groups) => `Groepen (${num(groups)})`,
  groupsIntro:
    'Rijen met dezelfde batchvelden vormen één batch en worden samen geëxporteerd. Klik op een groep om haar rijen te selecteren.',
  groupTitle: (batchId, date, product) => `${batchId}: ${date}, ${product}`,
  groupDetails: (lot, dose, toediener) => `lot ${lot}, dosis ${dose}, toediener ${toediener}`,
  noLot: '(geen)',
  groupCounts: (ready, blocked, files) =>
    `${num(ready)} klaar, ${num(blocked)} geblokkeerd, ${plural(files, 'bestand', 'bestanden')}`,
  groupSelectHint: 'Selecteert de rijen van deze groep in het blad',
  groupSelected: (batchId, rows) => `${plural(rows, 'rij', 'rijen')} van ${batchId} geselecteerd.`,
  groupSelectedPart: (batchId, selected, rows) =>
    `${num(selected)} van de ${plural(rows, 'rij', 'rijen')} van ${batchId} geselecteerd: Excel kan ze hier niet allemaal tegelijk selecteren. Filter het blad op de batchkolommen om ze samen te zien.`,
  blockedByBatchFields: (rows) =>
    `${plural(rows, 'rij', 'rijen')} zonder groep: hun batchvelden zijn niet in orde (zie hieronder).`,
  batchIssuesHeading: (count) => `Problemen in de batchvelden (${num(count)})`,
  batchIssuesMore: (count) => `… en nog ${num(count)}.`,
  copyOfRegister: (originalName, sameRows, batchIds) =>
    `Dit dagregister is een kopie van “${originalName}”: ${plural(sameRows, 'rij staat', 'rijen staan')} ook daar (batches ${batchIds}). Een kopie krijgt nieuwe batchnummers, dus wat al vanuit “${originalName}” werd geëxporteerd, zou opnieuw geëxporteerd en twee keer opgeladen worden. Exporteer zulke rijen alleen vanuit het origineel en verwijder ze uit de kopie.`,
  copyOfDeletedRegister: (originalName, batchIds) =>
    `Dit dagregister is een kopie van “${originalName}”, dat niet meer bestaat; daaruit werden batches ${batchIds} al geëxporteerd. Een kopie krijgt nieuwe batchnummers, dus rijen die toen al geëxporteerd werden, zouden opnieuw geëxporteerd en twee keer opgeladen worden. Verwijder die rijen uit de kopie voor u exporteert; het blad Exportlog toont welke bestanden er al zijn.`,
  mappingBatchHeading: 'Batchkolommen',
  mappingBatchIntro:
    'Dit blad heeft ook batchkolommen: het wordt als dagregister gelezen. Controleer welke kolom elk batchveld bevat.',

  exportHeading: 'Dagregister exporteren',
  exportIntro:
    'Eén klik exporteert elke groep met rijen die klaar zijn: per batch de eigen bestanden, met hun naam, gelogd in Exportlog.',
  exportPlanLine: (groups, files) =>
    `${plural(groups, 'groep', 'groepen')}, ${plural(files, 'bestand', 'bestanden')}.`,
  exportButton: (files) => `Alle groepen exporteren (${plural(files, 'bestand', 'bestanden')})`,
  exportNothing: 'Geen enkele groep heeft rijen die klaar zijn: er is niets te exporteren.',
  exportGroupLine: (batchId, rows, exported, blocked) =>
    `${batchId}: ${plural(rows, 'rij', 'rijen')}, ${num(exported)} geëxporteerd, ${num(blocked)} geblokkeerd`,
  exportTotalHeading: 'Per groep',
  exportConfirmGroups: (batchIds) => `Als opgeladen gemarkeerd: ${batchIds}.`,
  exportConfirmMappingFirst: (sheetName) =>
    `"${sheetName}" heeft batchkolommen en wordt als dagregister geëxporteerd zodra u de kolommen hebt bevestigd: open Controleren, klik op Actief blad controleren, bevestig de koppeling en klik hier op Vernieuwen.`,
  exportMappingChanged: (sheetName) =>
    `De titelrij van "${sheetName}" is veranderd sinds u de kolommen bevestigde. Bevestig de koppeling opnieuw in Controleren en klik hier op Vernieuwen.`,
};

import type { RegisterTexts } from './types';

const num = (n: number): string => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

/** English. */
export const registerEn: RegisterTexts = {
  heading: 'New day register',
  intro:
    "One sheet for the whole day: each row is a patient, with the batch fields in that row's own cells. Rows whose batch fields are equal become one batch.",
  allOptional: 'All fields are optional.',
  commonHint:
    'What you fill in here goes into every row of the new sheet. What differs per row (a new lot, for example) is typed on that row and filled down.',
  create: 'Create day register',
  creating: 'Creating the day register…',
  created: (sheetName, rows) =>
    `Day register "${sheetName}" created. The day's values are in the first ${plural(rows, 'row', 'rows')}.`,
  createdNoCommon: (sheetName) => `Day register "${sheetName}" created.`,

  checkedLine: (sheetName, groups) =>
    `"${sheetName}" is a day register with ${plural(groups, 'group', 'groups')}.`,
  groupsHeading: (groups) => `Groups (${num(groups)})`,
  groupsIntro:
    'Rows with the same batch fields form one batch and are exported together. Click a group to select its rows.',
  groupTitle: (batchId, date, product) => `${batchId}: ${date}, ${product}`,
  groupDetails: (lot, dose, toediener) => `lot ${lot}, dose ${dose}, vaccinator ${toediener}`,
  noLot: '(none)',
  groupCounts: (ready, blocked, files) =>
    `${num(ready)} ready, ${num(blocked)} blocked, ${plural(files, 'file', 'files')}`,
  groupSelectHint: "Selects this group's rows in the sheet",
  groupSelected: (batchId, rows) => `${plural(rows, 'row', 'rows')} of ${batchId} selected.`,
  groupSelectedPart: (batchId, selected, rows) =>
    `${num(selected)} of the ${plural(rows, 'row', 'rows')} of ${batchId} selected: Excel cannot select them all at once here. Filter the sheet on the batch columns to see them together.`,
  blockedByBatchFields: (rows) =>
    `${plural(rows, 'row', 'rows')} without a group: their batch fields are not in order (see below).`,
  batchIssuesHeading: (count) => `Problems in the batch fields (${num(count)})`,
  batchIssuesMore: (count) => `… and ${num(count)} more.`,
  copyOfRegister: (originalName, sameRows, batchIds) =>
    `This day register is a copy of “${originalName}”: ${plural(sameRows, 'row is', 'rows are')} also there (batches ${batchIds}). A copy gets new batch ids, so what was already exported from “${originalName}” would be exported again and uploaded twice. Export such rows from the original only, and delete them from the copy.`,
  copyOfDeletedRegister: (originalName, batchIds) =>
    `This day register is a copy of “${originalName}”, which no longer exists; batches ${batchIds} were already exported from it. A copy gets new batch ids, so rows exported then would be exported again and uploaded twice. Delete those rows from the copy before you export; the Exportlog sheet shows which files exist already.`,
  mappingBatchHeading: 'Batch columns',
  mappingBatchIntro:
    'This sheet also has batch columns: it is read as a day register. Check which column holds each batch field.',

  exportHeading: 'Export the day register',
  exportIntro:
    'One click exports every group with rows ready: each batch its own files, named as usual, logged in Exportlog.',
  exportPlanLine: (groups, files) =>
    `${plural(groups, 'group', 'groups')}, ${plural(files, 'file', 'files')}.`,
  exportButton: (files) => `Export all groups (${plural(files, 'file', 'files')})`,
  exportNothing: 'No group has rows ready: there is nothing to export.',
  exportGroupLine: (batchId, rows, exported, blocked) =>
    `${batchId}: ${plural(rows, 'row', 'rows')}, ${num(exported)} exported, ${num(blocked)} blocked`,
  exportTotalHeading: 'Per group',
  exportConfirmGroups: (batchIds) => `Marked as uploaded: ${batchIds}.`,
  exportConfirmMappingFirst: (sheetName) =>
    `"${sheetName}" has batch columns and is exported as a day's register once you have confirmed its columns: open Check, click Check the active sheet, confirm the mapping, then click Refresh here.`,
  exportMappingChanged: (sheetName) =>
    `The title row of "${sheetName}" changed since you confirmed its columns. Confirm the mapping again in Check, then click Refresh here.`,
};

/**
 * The day register's texts (issue #9): "Nieuw dagregister", its groups in Controleren, its
 * one-click export. A catalog of its own beside UiMessages (../types.ts) so that the register's
 * components, loaded on first use, carry their texts with them; the same rules hold (nl first,
 * then fr and en, typed by this one interface, counts passed as numbers).
 */
export interface RegisterTexts {
  // Nieuw dagregister
  heading: string;
  intro: string;
  allOptional: string;
  commonHint: string;
  create: string;
  creating: string;
  created: (sheetName: string, rows: number) => string;
  createdNoCommon: (sheetName: string) => string;

  // Controleren on a register
  checkedLine: (sheetName: string, groups: number) => string;
  groupsHeading: (groups: number) => string;
  groupsIntro: string;
  groupTitle: (batchId: string, date: string, product: string) => string;
  groupDetails: (lot: string, dose: string, toediener: string) => string;
  noLot: string;
  groupCounts: (ready: number, blocked: number, files: number) => string;
  groupSelectHint: string;
  groupSelected: (batchId: string, rows: number) => string;
  groupSelectedPart: (batchId: string, selected: number, rows: number) => string;
  blockedByBatchFields: (rows: number) => string;
  batchIssuesHeading: (count: number) => string;
  batchIssuesMore: (count: number) => string;
  /** A register that is a copy of another register whose rows it shares (registerBatches.ts registerCopyOf). */
  copyOfRegister: (originalName: string, sameRows: number, batchIds: string) => string;
  /** A register that is a copy of a deleted register some of whose groups were exported. */
  copyOfDeletedRegister: (originalName: string, batchIds: string) => string;
  mappingBatchHeading: string;
  mappingBatchIntro: string;

  // Exporteren on a register
  exportHeading: string;
  exportIntro: string;
  exportPlanLine: (groups: number, files: number) => string;
  exportButton: (files: number) => string;
  exportNothing: string;
  exportGroupLine: (batchId: string, rows: number, exported: number, blocked: number) => string;
  exportTotalHeading: string;
  exportConfirmGroups: (batchIds: string) => string;
  exportConfirmMappingFirst: (sheetName: string) => string;
  exportMappingChanged: (sheetName: string) => string;
}

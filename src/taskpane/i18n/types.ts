import type { Encoding, RegistrationIssueCode } from '../../core';

/**
 * Every user-visible string of the task pane (ARCHITECTURE: "Every
 * user-visible string goes through the message catalogs"). One interface, three catalogs
 * (nl.ts, fr.ts, en.ts) typed by it: a key missing in one language does not compile.
 *
 * Texts about issues, columns, batch fields, severities and encodings come from core
 * (renderIssue, columnLabel, severityLabel, encodingLabel), the export page's from core
 * (EXPORT_PAGE_TEXTS); this catalog holds the rest.
 * Counts are passed as numbers so each language chooses its own singular and plural.
 */
export interface UiMessages {
  // Shell
  productName: string;
  loading: string;
  officeMissing: string;
  outsideExcel: string;
  tabListLabel: string;
  tabNewBatch: string;
  tabCheck: string;
  tabExport: string;
  tabSettings: string;
  busy: string;
  cancel: string;
  cancelled: string;
  close: string;
  readProgress: (done: number, total: number) => string;
  showMore: (shown: number, total: number) => string;
  yes: string;
  no: string;

  // Errors (OfficeExtension.Error and anything unexpected, at the action boundary)
  errorTitle: string;
  errorCellEditMode: string;
  errorItemNotFound: string;
  errorAccessDenied: string;
  errorTooLarge: string;
  /** A second workbook action while one runs (oneAction.ts). */
  errorActionRunning: string;
  errorBusy: string;
  errorExcel: (code: string) => string;
  errorUnexpected: string;
  errorBoundaryTitle: string;
  errorBoundaryBody: string;
  errorBoundaryRetry: string;

  // Nieuwe batch
  newBatchHeading: string;
  newBatchIntro: string;
  requiredNote: string;
  selectNone: string;
  productPlaceholder: string;
  productListEmpty: string;
  productHint: string;
  toedienerInszHint: string;
  datumToedieningHint: string;
  datumChosen: (date: string) => string;
  /** Placeholder of the date field: the one date format for people (issue #13). */
  datePlaceholder: string;
  /** A required field left empty, said next to the field in the form (issue #13). */
  formFieldRequired: string;
  /** The same batch fields as an existing batch: warn before making it twice (issue #13). */
  batchDuplicate: (batchId: string, sheetName: string) => string;
  createAnyway: string;
  dosisHint: string;
  createBatch: string;
  creatingBatch: string;
  batchCreated: (batchId: string, sheetName: string) => string;
  batchColumnsMissing: (columns: string) => string;
  formHasErrors: (count: number) => string;
  listsFromWorkbook: string;
  listsDefault: string;
  /** The choice on Nieuwe batch: one batch, or a day register (issue #9). */
  newKindLabel: string;
  newKindBatch: string;
  newKindRegister: string;

  // Controleren
  checkHeading: string;
  checkIntro: string;
  checkActiveSheet: string;
  checkAgain: string;
  checking: (sheetName: string) => string;
  sheetIsRegistration: (sheetName: string, batchId: string) => string;
  sheetIsExisting: (sheetName: string) => string;
  sheetEmpty: (sheetName: string) => string;
  mappingHeading: string;
  mappingIntro: (sheetName: string, headerRow: number) => string;
  mappingNotFound: (sheetName: string) => string;
  mappingHeaderRow: string;
  mappingColumnNone: string;
  mappingColumnOption: (letter: string, title: string) => string;
  mappingInvalid: string;
  mappingConfirm: string;
  checkBatchInvalid: (batchId: string) => string;
  extraColumnsNote: (columns: string) => string;
  summaryLine: (rows: number, ready: number, blocked: number, empty: number) => string;
  noIssues: string;
  /** Disclosure of an explanation that stays out of the way ("Waarom?"). */
  whyDetails: string;
  /** An issue's cell is empty. */
  valueEmpty: string;
  /** An Excel TRUE/FALSE cell as Excel shows it in this language. */
  booleanValue: (value: boolean) => string;
  /** duplicate_person on a row: where the first one is. */
  alsoOnRow: (row: number) => string;
  /** What the tokens in a shown value mean ([NBSP], ␣...). */
  valueTokensHint: string;
  /** The landmark name of the secondary actions after the problems. */
  checkMore: string;
  issuesHeading: string;
  issueKindCount: (count: number) => string;
  issueKind: Readonly<Record<RegistrationIssueCode, string>>;
  issueLocation: (row: number, column: string) => string;
  /** Between a problem's place and the cell's value: `: `, in French `\u00a0: ` (typography). */
  valueSeparator: string;
  issueRow: (row: number) => string;
  selectCellHint: string;
  fixAll: (count: number) => string;
  fixOne: string;
  fixOneLabel: (where: string) => string;
  fixesApplied: (count: number) => string;
  fixNothing: string;
  sheetNotFound: (sheetName: string) => string;
  markCells: string;
  clearMarks: string;
  marksHint: string;
  marked: (cells: number) => string;
  marksCleared: (cells: number) => string;
  marksSheetTaken: string;
  makeCopy: string;
  makeCopyHint: string;
  copyTargetLabel: string;
  copyTargetNew: string;
  copyTargetExisting: string;
  copyBatchLabel: string;
  copyNoBatches: string;
  copying: string;
  copyMade: (sheetName: string, rows: number) => string;
  copySkippedRows: (count: number) => string;
  copyBatchSheetNotEmpty: (sheetName: string) => string;
  copyBatchNotFound: (batchId: string) => string;
  filesWillBe: (files: number) => string;
  /** Live updates of a checked registration sheet while the user types (src/excel/events). */
  liveWatching: string;
  liveUpdatedRows: (firstRow: number, rows: number) => string;
  liveUpdatedHeader: string;
  liveUpdatedSheet: string;
  liveUpdatedSinceCheck: (rows: number) => string;
  liveAcrossBatchesStale: string;
  liveOff: (sheetName: string) => string;

  // Exporteren
  exportHeading: string;
  exportIntro: string;
  exportNotRegistrationSheet: (sheetName: string) => string;
  /** A copy of a batch's registration sheet whose original exists (docs/decisions/0009-sheets-by-id.md). */
  sheetCopyOfBatch: (sheetName: string, batchId: string, originalName: string) => string;
  /** A copy of a batch's registration sheet whose original was deleted: how to make it the batch's sheet. */
  sheetCopyOfDeletedBatch: (sheetName: string, batchId: string, originalName: string) => string;
  exportBatchLine: (batchId: string, product: string, date: string) => string;
  exportBatchInvalid: (batchId: string) => string;
  exportPrepare: string;
  exportPreparing: string;
  exportFilesHeading: string;
  exportFileRows: (rows: number) => string;
  exportNoFiles: string;
  exportBlockedHeading: (count: number) => string;
  exportBlockedExplain: (count: number) => string;
  exportBlockedMore: (count: number) => string;
  exportHeaderBlocks: string;
  exportButton: string;
  exportValidOnly: (count: number) => string;
  exporting: string;
  exportDoneLine: (rows: number, exported: number, blocked: number, empty: number) => string;
  exportLogged: (files: number) => string;
  /** Rows left out by "only the valid rows" (SPEC "Nothing is lost"): where they stay recorded. */
  exportLeftOutRecorded: (rows: number) => string;
  exportLeftOutMarked: (rows: number) => string;
  exportLeftOutNotMarked: (rows: number) => string;
  exportNothing: string;
  exportChanged: string;
  reexportTitle: string;
  reexportBody: string;
  reexportBatchMarked: (batchId: string) => string;
  reexportFilesMarked: (count: number) => string;
  /** Exported files the log no longer lists (export evidence, src/excel/exportEvidence.ts). */
  reexportLogMissing: (count: number) => string;
  reexportBatchRowAhead: (batchId: string) => string;
  reexportConfirm: string;
  reexportCancel: string;

  // Downloads
  downloadsHeading: string;
  downloadFile: (name: string) => string;
  downloadZip: (files: number) => string;
  openInBrowserIntro: string;
  openAllInBrowser: (files: number) => string;
  openFileInBrowser: (name: string) => string;
  copyIntro: string;
  copyFile: (name: string) => string;
  copied: (name: string) => string;
  copySaveAs: (name: string, encoding: string) => string;
  copyFailed: string;
  manualCopyLabel: (name: string) => string;
  /** Shown before any copy button: the clipboard is shared with every other program. */
  copyPatientData: string;
  /** After "Exporteren": how many files were handed to the browser (their names follow). */
  downloadsStarted: (files: number) => string;
  downloadsWhere: string;
  /** Several files at once: the browser may ask once. */
  downloadsSeveral: string;
  downloadFailed: (name: string, reason: string) => string;
  downloadAgain: string;
  browserOpened: string;
  browserOpenFailed: (reason: string) => string;
  browserLinks: (links: number) => string;
  exportCodeLabel: string;
  exportCodeHint: string;
  copyCode: string;
  codeCopied: string;
  codeCopyFailed: string;
  sealFailed: (reason: string) => string;

  // Offline copy (service worker)
  offlineCopy: (version: string) => string;
  offlineUpdateReady: string;

  // Instellingen
  settingsHeading: string;
  settingsIntro: string;
  settingsEncoding: string;
  settingsEncodingHint: Readonly<Record<Encoding, string>>;
  /** SPEC: the setting in the manual's terms, lines per file with the header line. */
  settingsLinesPerFile: string;
  settingsLinesPerFileHint: (min: number, max: number) => string;
  /** One sentence: why the header counts, and what to set if Vaccinnet says it does not. */
  settingsLinesWhy: string;
  /** A document stored the earlier "registrations per file": shown converted, same meaning. */
  settingsConverted: (rows: number, lines: number) => string;
  settingsSave: string;
  settingsSaving: string;
  settingsSaved: string;
  settingsSaveFailed: (reason: string) => string;
  settingsStoredInvalid: string;
  settingsLimitNote: string;

  // Opladen (issue #15: carrying the backlog into Vaccinnet, manual 2.2.2)
  tabUpload: string;
  uploadHeading: string;
  uploadIntro: string;
  uploadRefresh: string;
  uploadReading: string;
  uploadNotSetUp: string;
  uploadEmpty: string;
  uploadLeftLine: (batches: number, files: number) => string;
  uploadAllDone: string;
  uploadProgress: (uploaded: number, total: number) => string;
  uploadNeedsExport: (batches: number) => string;
  uploadListLabel: string;
  uploadItemTitle: (batchId: string, product: string, date: string) => string;
  uploadUnknown: string;
  uploadLot: (lot: string) => string;
  uploadRegistrations: (count: number) => string;
  uploadFiles: (count: number) => string;
  uploadFilesUploaded: (uploaded: number, total: number) => string;
  uploadExportedAt: (time: string) => string;
  uploadStateNotExported: string;
  uploadStatePending: string;
  uploadStateUploaded: string;
  uploadStateChanged: string;
  uploadChangeBytes: string;
  uploadChangeSheetMissing: (sheetName: string) => string;
  uploadChangeSheetUnreadable: string;
  uploadChangeLogMissing: string;
  uploadChangeLogIncomplete: string;
  uploadChangeBatchMissing: string;
  uploadChangedAfterUpload: string;
  uploadSingle: string;
  uploadDownloadAgain: string;
  uploadVerified: (files: number) => string;
  uploadRefused: string;
  uploadNewExport: string;
  uploadMark: string;
  uploadMarked: (batchId: string, files: number) => string;
  uploadUndo: string;
  uploadUndone: (batchId: string) => string;
  uploadGoToSheet: string;
  uploadAllHeading: string;
  uploadAllIntro: string;
  uploadAllButton: (files: number) => string;
  uploadAllNone: string;
  uploadAllSkipped: (batches: number) => string;
}

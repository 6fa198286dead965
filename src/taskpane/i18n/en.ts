import type { UiMessages } from './types';

/** English. */

const num = (n: number): string => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

export const en: UiMessages = {
  productName: 'Vaccinnet continuity',
  loading: 'Loading…',
  officeMissing: 'Office.js could not be loaded. Check the internet connection and reopen the pane.',
  outsideExcel: 'This page only works as an add-in in Excel.',
  tabListLabel: 'Sections',
  tabNewBatch: 'New',
  tabCheck: 'Check',
  tabExport: 'Export',
  tabSettings: 'Settings',
  busy: 'Working…',
  cancel: 'Cancel',
  cancelled: 'Cancelled. Nothing was changed.',
  close: 'Close',
  readProgress: (done, total) => `${num(done)} of ${num(total)} rows read`,
  showMore: (shown, total) => `Show more (${num(shown)} of ${num(total)} shown)`,
  yes: 'Yes',
  no: 'No',

  errorTitle: 'Something went wrong',
  errorCellEditMode: 'Excel is editing a cell. Press Enter or Esc in that cell and try again.',
  errorItemNotFound: 'A sheet or table was not found. Was it renamed or deleted?',
  errorAccessDenied: 'Excel refuses the change. Is the sheet or the workbook protected?',
  errorTooLarge: 'Too much data at once for Excel. Try again with fewer rows.',
  errorActionRunning: 'Another action of the add-in is still running. Wait until it is done, then try again.',
  errorBusy: 'Excel is busy. Wait a moment and try again.',
  errorExcel: (code) => `Excel reported an error (${code}). Please try again.`,
  errorUnexpected:
    'Something unexpected went wrong. Nothing was exported. Try again, or close and reopen the pane.',
  errorBoundaryTitle: 'The pane got stuck',
  errorBoundaryBody:
    'Your data in the workbook was not touched. Try again; if that does not help, close and reopen the pane.',
  errorBoundaryRetry: 'Try again',

  newBatchHeading: 'New batch',
  newBatchIntro:
    'Fill in what all registrations of this batch share. The add-in adds the batch to the Batches sheet and creates a registration sheet.',
  requiredNote: 'Fields marked * are required.',
  selectNone: '(not filled in)',
  productPlaceholder: 'Name as in the SAM database',
  productListEmpty:
    'The product list is still empty. Type the name, or put your products on the Lijsten sheet to pick them here.',
  productHint: 'Pick from the list or type the name as in the SAM database.',
  toedienerInszHint:
    'The national register number of who administers the vaccines, with or without dots and dashes.',
  datumToedieningHint: 'The day the vaccines were administered, as dd/mm/yyyy.',
  datumChosen: (date) => `Read as ${date}.`,
  datePlaceholder: 'dd/mm/yyyy',
  formFieldRequired: 'Fill in this field.',
  batchDuplicate: (batchId, sheetName) =>
    `Batch ${batchId} (sheet “${sheetName}”) has exactly the same details. Type the registrations there, or create a second batch anyway.`,
  createAnyway: 'Create anyway',
  dosisHint: 'A decimal comma or point: 0,5 and 0.5 are the same.',
  createBatch: 'Create batch',
  creatingBatch: 'Creating the batch…',
  batchCreated: (batchId, sheetName) =>
    `Batch ${batchId} is created. Type the registrations on the sheet “${sheetName}”, from cell A2. The form was emptied for the next batch.`,
  batchColumnsMissing: (columns) =>
    `The table on the Batches sheet lacks columns this batch needs: ${columns}. Put them back and try again.`,
  formHasErrors: (count) =>
    count === 1
      ? 'Fill in or correct the marked field.'
      : `Fill in or correct the ${num(count)} marked fields.`,
  listsFromWorkbook: 'The drop-down lists come from the Lijsten sheet of this workbook.',
  listsDefault: 'This workbook has no Lijsten sheet yet; the default lists are used.',
  newKindLabel: 'What do you want to create?',
  newKindBatch: 'Batch: one product, date and lot per sheet',
  newKindRegister: 'Day register: one list for the whole day',

  checkHeading: 'Check',
  checkIntro:
    'Check the active sheet as Vaccinnet’s bulk upload would: a registration sheet of a batch, or an existing sheet of registrations.',
  checkActiveSheet: 'Check the active sheet',
  checkAgain: 'Check again',
  checking: (sheetName) => `Checking the sheet “${sheetName}”…`,
  sheetIsRegistration: (sheetName, batchId) =>
    `Sheet “${sheetName}”: registration sheet of batch ${batchId}.`,
  sheetIsExisting: (sheetName) => `Sheet “${sheetName}”: a sheet not made by the add-in.`,
  sheetEmpty: (sheetName) => `The sheet “${sheetName}” holds no registrations.`,
  mappingHeading: 'Match the columns',
  mappingIntro: (sheetName, headerRow) =>
    `On the sheet “${sheetName}” the titles are in row ${num(headerRow)}. Check which column holds which data.`,
  mappingNotFound: (sheetName) =>
    `No title row with INSZ, or with Last name and Date of birth, was found on the sheet “${sheetName}”. Choose the title row and the columns yourself.`,
  mappingHeaderRow: 'Row with the titles',
  mappingColumnNone: '(no column)',
  mappingColumnOption: (letter, title) => (title === '' ? `Column ${letter}` : `Column ${letter}: ${title}`),
  mappingInvalid:
    'This matching is not possible: choose each column at most once, and a row number for the titles.',
  mappingConfirm: 'Confirm and check',
  checkBatchInvalid: (batchId) =>
    `The fields of batch ${batchId} on the Batches sheet are not right; the registrations are checked without the batch fields:`,
  extraColumnsNote: (columns) => `Not exported (not a column of the registration file): ${columns}.`,
  summaryLine: (rows, ready, blocked, empty) =>
    `${plural(rows, 'row', 'rows')}: ${num(ready)} ready for export, ${num(blocked)} blocked, ${plural(empty, 'empty row', 'empty rows')}`,
  noIssues: 'No problems found.',
  whyDetails: 'Why?',
  valueEmpty: '(empty)',
  booleanValue: (value) => (value ? 'TRUE' : 'FALSE'),
  alsoOnRow: (row) => `also on row ${num(row)}`,
  valueTokensHint:
    'What you cannot see in the cell is shown in brackets: [NBSP] is an invisible no-break space, [TAB] a tab, [ZWSP] an invisible zero-width space, [BOM] an invisible character (U+FEFF); ␣ is an ordinary space at the start or end.',
  checkMore: 'More about this check',
  issuesHeading: 'Problems by kind',
  issueKindCount: (count) => (count === 1 ? 'once' : `${num(count)} times`),
  issueKind: {
    identity_missing: 'Person cannot be identified',
    insz_characters: 'INSZ with invalid characters',
    insz_length: 'INSZ without 11 digits',
    insz_checksum: 'INSZ check digits do not match',
    insz_month: 'Invalid month in the INSZ',
    insz_date: 'Impossible date in the INSZ',
    insz_serial: 'Invalid serial number in the INSZ',
    insz_leading_zero_lost: 'INSZ lost a leading zero',
    birthdate_format: 'Date of birth not as ddmmyyyy',
    birthdate_invalid: 'Date of birth does not exist',
    birthdate_future: 'Date of birth in the future',
    birthdate_leading_zero_lost: 'Date of birth lost a leading zero',
    birthdate_is_date: 'Date of birth is an Excel date',
    birthdate_after_administration: 'Born after the administration',
    birthdate_before_1900: 'Date of birth before 1900',
    birthdate_insz_mismatch: 'Date of birth differs from the INSZ',
    firstname_missing: 'First name missing',
    postcode_format: 'Invalid postcode',
    whitespace_edge: 'Spaces at the start or end',
    control_character: 'Line break or invisible character',
    separator_or_quote: 'Comma, semicolon or quote',
    formula_prefix: 'Starts with =, +, - or @',
    cell_error: 'Excel error in the cell',
    cell_not_text: 'Number, date or true/false instead of text',
    not_encodable: 'Character does not fit the encoding',
    duplicate_person: 'Same person twice in the batch',
    duplicate_across_batches: 'Person also in another batch',
    rows_over_limit: 'More rows than one file holds',
    header_mismatch: 'Title row is not right',
    formula_value: 'Formulas in the data',
  },
  issueLocation: (row, column) => `Row ${num(row)}, ${column}`,
  valueSeparator: ': ',
  issueRow: (row) => `Row ${num(row)}`,
  selectCellHint: 'Click to select the cell in Excel.',
  fixAll: (count) => (count === 1 ? 'Fix' : `Fix all ${num(count)}`),
  fixOne: 'Fix',
  fixOneLabel: (where) => `Fix: ${where}`,
  fixesApplied: (count) =>
    count === 1 ? '1 cell fixed. The check is updated.' : `${num(count)} cells fixed. The check is updated.`,
  fixNothing: 'There was nothing (left) to fix: the cells changed meanwhile.',
  sheetNotFound: (sheetName) => `The sheet “${sheetName}” was not found. Was it renamed or deleted?`,
  markCells: 'Mark the cells on the sheet',
  clearMarks: 'Clear the marks',
  marksHint:
    'Colours the cells with a problem (red: error, yellow: warning). Only the fill colour changes; clearing puts the previous colour back.',
  marked: (cells) => (cells === 1 ? '1 cell marked.' : `${num(cells)} cells marked.`),
  marksCleared: (cells) =>
    cells === 1 ? 'Mark of 1 cell cleared.' : `Marks of ${num(cells)} cells cleared.`,
  marksSheetTaken: 'Cannot mark: this workbook already has a sheet of its own named VaccinnetMarkeringen.',
  makeCopy: 'Make a compliant copy',
  makeCopyHint:
    'Creates a new registration sheet with the five columns in the right form. The original sheet stays as it is.',
  copyTargetLabel: 'Which batch is the copy for?',
  copyTargetNew: 'A new batch',
  copyTargetExisting: 'An existing batch with an empty registration sheet',
  copyBatchLabel: 'Batch',
  copyNoBatches: 'This workbook has no batches yet.',
  copying: 'Making the copy…',
  copyMade: (sheetName, rows) =>
    `${plural(rows, 'row', 'rows')} copied to the sheet “${sheetName}”. The original sheet was not changed. Check the copy with Check.`,
  copySkippedRows: (count) => `${plural(count, 'empty row', 'empty rows')} not copied.`,
  copyBatchSheetNotEmpty: (sheetName) =>
    `The registration sheet “${sheetName}” of that batch is not empty. Choose another batch or make a new one.`,
  copyBatchNotFound: (batchId) => `Batch ${batchId} was not found on the Batches sheet.`,
  filesWillBe: (files) => `The export will make ${plural(files, 'file', 'files')}.`,
  liveWatching: 'These results are updated as you type in the sheet.',
  liveUpdatedRows: (firstRow, rows) =>
    rows === 1
      ? `Updated after a change in row ${num(firstRow)}.`
      : `Updated after a change in ${num(rows)} rows, from row ${num(firstRow)}.`,
  liveUpdatedHeader: 'Updated after a change in the header row.',
  liveUpdatedSheet:
    'Updated: rows were inserted, deleted or changed in large numbers, so the whole sheet was read again.',
  liveUpdatedSinceCheck: (rows) =>
    `Updated: ${plural(rows, 'row was', 'rows were')} changed while the check ran.`,
  liveAcrossBatchesStale:
    'Whether changed rows are also in another batch is only checked again by Check again.',
  liveOff: (sheetName) =>
    `The sheet “${sheetName}” was not found, so the results are not updated as you type. Was it renamed or deleted?`,

  exportHeading: 'Export',
  exportIntro:
    'Makes the CSV files for Vaccinnet’s bulk upload from the batch on the active sheet, and writes them to the export log.',
  exportNotRegistrationSheet: (sheetName) =>
    `The sheet “${sheetName}” is not a registration sheet of a batch. Open the sheet of the batch to export and click Refresh.`,
  sheetCopyOfBatch: (sheetName, batchId, originalName) =>
    `The sheet “${sheetName}” is a copy of the registration sheet “${originalName}” of batch ${batchId}. A copy is not the batch’s sheet: nothing is exported from it, so no registration reaches Vaccinnet twice. Export batch ${batchId} from the original sheet “${originalName}”.`,
  sheetCopyOfDeletedBatch: (sheetName, batchId, originalName) =>
    `The sheet “${sheetName}” is a copy of the registration sheet “${originalName}” of batch ${batchId}, and that sheet no longer exists. A copy does not become the batch’s sheet by itself, as it may have changed since: until then nothing is exported from it, so no registration reaches Vaccinnet twice. To make this sheet the sheet of batch ${batchId}, give it the name the Batches sheet shows under Registratieblad: “${originalName}”.`,
  exportBatchLine: (batchId, product, date) => `Batch ${batchId} · ${product} · ${date}`,
  exportBatchInvalid: (batchId) =>
    `The fields of batch ${batchId} on the Batches sheet are not right. Correct them first:`,
  exportPrepare: 'Refresh',
  exportPreparing: 'Reading the registrations…',
  exportFilesHeading: 'Files that will be made',
  exportFileRows: (rows) => plural(rows, 'registration', 'registrations'),
  exportNoFiles: 'No row is ready for export.',
  exportBlockedHeading: (count) => plural(count, 'blocked row', 'blocked rows'),
  exportBlockedExplain: (count) =>
    count === 1
      ? '1 row has an error and is not exported. Correct it (see Check), or explicitly export the valid rows only.'
      : `${num(count)} rows have errors and are not exported. Correct them (see Check), or explicitly export the valid rows only.`,
  exportBlockedMore: (count) => `… and ${plural(count, 'more row', 'more rows')}.`,
  exportHeaderBlocks:
    'The title row of the registration sheet is not right. Put the five titles back (INSZ, Naam, Voornaam, Geboortedatum, Postcode) before exporting.',
  exportButton: 'Export',
  exportValidOnly: (count) =>
    count === 1 ? 'Export the valid row only' : `Export the ${num(count)} valid rows only`,
  exporting: 'Exporting…',
  exportDoneLine: (rows, exported, blocked, empty) =>
    `${plural(rows, 'row', 'rows')}: ${num(exported)} exported, ${num(blocked)} blocked, ${plural(empty, 'empty row', 'empty rows')}`,
  exportLogged: (files) =>
    `${plural(files, 'file', 'files')} recorded on the Exportlog sheet. Set “Opgeladen in Vaccinnet” to Ja once uploaded.`,
  exportLeftOutRecorded: (rows) =>
    rows === 1
      ? 'The Batches sheet lists the row not exported under “Niet geëxporteerd”.'
      : `The Batches sheet lists the ${num(rows)} rows not exported under “Niet geëxporteerd”.`,
  exportLeftOutMarked: (rows) =>
    rows === 1
      ? 'The row not exported is marked on the registration sheet; the mark stays until you clear it (Check > Clear the marks).'
      : `The ${num(rows)} rows not exported are marked on the registration sheet; the marks stay until you clear them (Check > Clear the marks).`,
  exportLeftOutNotMarked: (rows) =>
    rows === 1
      ? 'The row not exported could not be marked on the registration sheet.'
      : `The ${num(rows)} rows not exported could not be marked on the registration sheet.`,
  exportNothing: 'Nothing was exported: no row is ready for export.',
  exportChanged: 'The sheet changed since the refresh. Review the new overview and click Export again.',
  reexportTitle: 'This batch was already uploaded',
  reexportBody:
    'Uploading the same files twice registers the same vaccinations twice for real patients. Only export again if you are sure it is needed.',
  reexportBatchMarked: (batchId) => `On the Batches sheet, batch ${batchId} is marked as uploaded.`,
  reexportFilesMarked: (count) =>
    count === 1
      ? 'In the export log, 1 file of this batch is marked as uploaded:'
      : `In the export log, ${num(count)} files of this batch are marked as uploaded:`,
  reexportLogMissing: (count) =>
    count === 1
      ? 'This file of the batch was exported but is no longer in the export log (row, table or sheet deleted). It may already have been uploaded:'
      : `These ${num(count)} files of the batch were exported but are no longer in the export log (row, table or sheet deleted). They may already have been uploaded:`,
  reexportBatchRowAhead: (batchId) =>
    `According to the Batches sheet, batch ${batchId} was already exported, but the export log no longer knows its files.`,
  reexportConfirm: 'Export anyway',
  reexportCancel: 'Do not export',

  downloadsHeading: 'Downloads',
  downloadFile: (name) => `Download ${name}`,
  downloadZip: (files) => `Download all ${num(files)} files together (zip)`,
  openInBrowserIntro:
    'Excel cannot download files here. The button opens a page of this add-in in your browser; the files travel encrypted in the address, are sent to no server, and open only with the code below.',
  openAllInBrowser: (files) =>
    files === 1 ? 'Open the file in the browser' : `Open the ${num(files)} files in the browser`,
  openFileInBrowser: (name) => `Open ${name} in the browser`,
  copyIntro:
    'Excel cannot download files here. Copy the content of each file and save it yourself as a text file.',
  copyFile: (name) => `Copy the content of ${name}`,
  copied: (name) => `The content of ${name} is on the clipboard.`,
  copySaveAs: (name, encoding) =>
    `Paste it into Notepad (Windows) or TextEdit (Mac, as plain text) and save it as “${name}” with encoding ${encoding}.`,
  copyFailed: 'Copying did not work. Select the text below and copy it with Ctrl+C (Cmd+C on a Mac).',
  manualCopyLabel: (name) => `Content of ${name}`,

  copyPatientData:
    'Note: the text holds patient data. Other programs can read the clipboard: paste it only into a text file on this computer, then copy something else.',
  downloadsStarted: (files) => `${plural(files, 'file', 'files')} handed to the browser to save:`,
  downloadsWhere:
    'They normally land in the Downloads folder, unless the browser asks where to save them. If one is missing, download it again with the buttons below.',
  downloadsSeveral: 'If the browser asks whether this site may download several files, choose Allow.',
  downloadFailed: (name, reason) =>
    `${name} could not be handed to the browser: ${reason}. Use the button below.`,
  downloadAgain: 'Download again',
  browserOpened:
    'The export page has opened in your browser. Type or paste the code below there; the link works for 30 minutes.',
  browserOpenFailed: (reason) => `The browser could not be opened: ${reason}. Try the button below.`,
  browserLinks: (links) =>
    `The files are too large for one link together: open ${plural(links, 'link', 'links')} below, each with the same code.`,
  exportCodeLabel: 'Code for the export page',
  exportCodeHint:
    'The files in the link are encrypted with this code. It is only here, not in the link. After 30 minutes the link no longer works.',
  copyCode: 'Copy code',
  codeCopied: 'Code copied.',
  codeCopyFailed: 'Copying failed. Type the code instead.',
  sealFailed: (reason) => `The files could not be encrypted (${reason}). Copy their content below.`,
  offlineCopy: (version) => `Running from the copy on this computer (version ${version}).`,
  offlineUpdateReady: 'A new version is ready; it is used when you next open the task pane.',
  settingsHeading: 'Settings',
  settingsIntro:
    'These settings are stored in the workbook: a colleague opening the file gets the same export.',
  settingsEncoding: 'Encoding of the CSV files',
  settingsEncodingHint: {
    'utf-8-bom': 'What Excel itself saves as “CSV UTF-8”. Recommended.',
    'utf-8': 'Only if the upload refuses the BOM character at the start of the file.',
    'windows-1252':
      'Old Windows encoding (ANSI). Characters it cannot hold block the row. Only if Vaccinnet asks for it.',
  },
  settingsLinesPerFile: 'Lines per file (header line included)',
  settingsLinesPerFileHint: (min, max) =>
    `The header counts as a line: 100 lines are 99 registrations. A whole number from ${num(min)} to ${num(max)}.`,
  settingsLinesWhy:
    'The manual says at most 100 lines per document (“maximaal 100 lijnen in het document”) and the header is a line too, so the add-in writes 99 registrations per file; if Vaccinnet confirms that the header does not count, set 101.',
  settingsConverted: (rows, lines) =>
    `This workbook kept the earlier setting “${num(rows)} registrations per file”. It shows here as ${num(lines)} lines per file, header line included: the export makes the same files as before. To follow the manual (at most 100 lines), set 100 and save.`,
  settingsSave: 'Save',
  settingsSaving: 'Saving…',
  settingsSaved: 'The settings are saved in the workbook.',
  settingsSaveFailed: (reason) => `Saving failed (${reason}). Please try again.`,
  settingsStoredInvalid: 'The settings in this workbook are not valid; the defaults are used:',
  settingsLimitNote:
    'A new value applies to new batches and to every next export. The colours on existing registration sheets follow the value in force when the sheet was made.',

  // Opladen
  tabUpload: 'Upload',
  uploadHeading: 'Upload to Vaccinnet',
  uploadIntro:
    'Once Vaccinnet works again: upload the files through "Immunisatieconsultatie en registratie in bulk", oldest administration date first, and mark each batch as uploaded.',
  uploadRefresh: 'Refresh',
  uploadReading: 'Reading batches and registration sheets…',
  uploadNotSetUp: 'This workbook has no batches yet. Create one with "New batch".',
  uploadEmpty: 'The Batches sheet holds no batch yet.',
  uploadLeftLine: (batches, files) =>
    `${plural(batches, 'batch', 'batches')}, ${plural(files, 'file', 'files')} still to upload`,
  uploadAllDone: 'Everything is uploaded to Vaccinnet.',
  uploadProgress: (uploaded, total) => `${num(uploaded)} of ${plural(total, 'file', 'files')} uploaded`,
  uploadNeedsExport: (batches) =>
    `${plural(batches, 'batch needs', 'batches need')} to be exported (again) first.`,
  uploadListLabel: 'Batches in upload order',
  uploadItemTitle: (batchId, product, date) => `${batchId} · ${date} · ${product}`,
  uploadUnknown: 'unknown',
  uploadLot: (lot) => `lot ${lot}`,
  uploadRegistrations: (count) => plural(count, 'registration', 'registrations'),
  uploadFiles: (count) => plural(count, 'file', 'files'),
  uploadFilesUploaded: (uploaded, total) => `${num(uploaded)} of ${plural(total, 'file', 'files')} uploaded`,
  uploadExportedAt: (time) => `exported ${time}`,
  uploadStateNotExported: 'Not exported yet',
  uploadStatePending: 'Exported, not uploaded yet',
  uploadStateUploaded: 'Uploaded',
  uploadStateChanged: 'Changed since its export',
  uploadChangeBytes: "The sheet's rows now give other files than the export in the Exportlog.",
  uploadChangeSheetMissing: (sheetName) => `The registration sheet "${sheetName}" no longer exists.`,
  uploadChangeSheetUnreadable:
    "The sheet's column titles or the batch fields are no longer valid, so no file can be made. Open the sheet and check it.",
  uploadChangeLogMissing:
    'The batch was exported, but its Exportlog rows were deleted: there is no telling whether its files were uploaded. Check in Vaccinnet before exporting again.',
  uploadChangeLogIncomplete: 'Some rows of the last export are missing from the Exportlog.',
  uploadChangeBatchMissing: 'This batch is in the Exportlog but no longer on the Batches sheet.',
  uploadChangedAfterUpload:
    'The sheet now gives other files than what was uploaded: rows added or changed after the upload are not in Vaccinnet.',
  uploadSingle:
    'One registration: it can also be entered directly in Vaccinnet for that one person ("Immunisatieconsultatie en registratie voor 1 persoon", manual 2.2.2).',
  uploadDownloadAgain: 'Download again',
  uploadVerified: (files) =>
    `Checked: ${files === 1 ? 'the file is' : `the ${num(files)} files are`} byte for byte the export in the Exportlog (SHA-256).`,
  uploadRefused:
    'Not downloaded: the sheet no longer gives the files in the Exportlog. A different file under the same name would lead to missing or double registrations. Make a new export.',
  uploadNewExport: 'Make a new export',
  uploadMark: 'Mark as uploaded',
  uploadMarked: (batchId, files) =>
    `Batch ${batchId} marked as uploaded (${plural(files, 'file', 'files')}).`,
  uploadUndo: 'Undo',
  uploadUndone: (batchId) => `The mark of batch ${batchId} is undone.`,
  uploadGoToSheet: 'Go to the sheet',
  uploadAllHeading: 'Everything still to upload',
  uploadAllIntro:
    'The files of every exported batch not uploaded yet, checked against the Exportlog, in upload order.',
  uploadAllButton: (files) => `Get ${plural(files, 'file', 'files')} ready`,
  uploadAllNone: 'There are no exported files left to upload.',
  uploadAllSkipped: (batches) =>
    `${plural(batches, 'batch is', 'batches are')} left out: they need to be exported (again) first.`,
};

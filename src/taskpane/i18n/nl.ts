import type { UiMessages } from './types';

/** Dutch (Belgian usage): the default language of the pane. */

const num = (n: number): string => n.toLocaleString('nl-BE');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

export const nl: UiMessages = {
  productName: 'Vaccinnet-continuïteit',
  loading: 'Bezig met laden…',
  officeMissing:
    'Office.js kon niet worden geladen. Controleer de internetverbinding en open het taakvenster opnieuw.',
  outsideExcel: 'Deze pagina werkt alleen als invoegtoepassing in Excel.',
  tabListLabel: 'Onderdelen',
  tabNewBatch: 'Nieuw',
  tabCheck: 'Controle',
  tabExport: 'Export',
  tabSettings: 'Instellingen',
  busy: 'Bezig…',
  cancel: 'Annuleren',
  cancelled: 'Geannuleerd. Er is niets gewijzigd.',
  close: 'Sluiten',
  readProgress: (done, total) => `${num(done)} van ${num(total)} rijen gelezen`,
  showMore: (shown, total) => `Meer tonen (${num(shown)} van ${num(total)} getoond)`,
  yes: 'Ja',
  no: 'Nee',

  errorTitle: 'Er ging iets mis',
  errorCellEditMode:
    'Excel is een cel aan het bewerken. Druk op Enter of Esc in die cel en probeer het opnieuw.',
  errorItemNotFound: 'Een blad of tabel is niet gevonden. Is het hernoemd of verwijderd?',
  errorAccessDenied: 'Excel weigert de wijziging. Is het blad of de werkmap beveiligd?',
  errorTooLarge: 'Te veel gegevens in één keer voor Excel. Probeer het opnieuw met minder rijen.',
  errorActionRunning:
    'Er loopt nog een actie van de invoegtoepassing. Wacht tot die klaar is en probeer het dan opnieuw.',
  errorBusy: 'Excel is bezig. Wacht even en probeer het opnieuw.',
  errorExcel: (code) => `Excel meldde een fout (${code}). Probeer het opnieuw.`,
  errorUnexpected:
    'Er ging onverwacht iets mis. Er is niets geëxporteerd. Probeer het opnieuw of sluit en open het taakvenster.',
  errorBoundaryTitle: 'Het taakvenster liep vast',
  errorBoundaryBody:
    'Uw gegevens in de werkmap zijn niet aangeraakt. Probeer opnieuw; helpt dat niet, sluit en open het taakvenster.',
  errorBoundaryRetry: 'Opnieuw proberen',

  newBatchHeading: 'Nieuwe batch',
  newBatchIntro:
    'Vul de gegevens in die alle registraties van deze batch delen. De invoegtoepassing zet de batch op het blad Batches en maakt een registratieblad.',
  requiredNote: 'Velden met * zijn verplicht.',
  selectNone: '(niet ingevuld)',
  productPlaceholder: 'Naam zoals in de SAM-databank',
  productListEmpty:
    'De productlijst is nog leeg. Typ de naam, of zet uw producten op het blad Lijsten zodat u ze hier kunt kiezen.',
  productHint: 'Kies uit de lijst of typ de naam zoals in de SAM-databank.',
  toedienerInszHint:
    'Het rijksregisternummer van wie de vaccins toedient, met of zonder punten en streepjes.',
  datumToedieningHint: 'De dag waarop de vaccins zijn toegediend, als dd/mm/jjjj.',
  datumChosen: (date) => `Gelezen als ${date}.`,
  datePlaceholder: 'dd/mm/jjjj',
  formFieldRequired: 'Vul dit veld in.',
  batchDuplicate: (batchId, sheetName) =>
    `Batch ${batchId} (blad “${sheetName}”) heeft precies dezelfde gegevens. Typ de registraties daar, of maak toch een tweede batch.`,
  createAnyway: 'Toch aanmaken',
  dosisHint: 'Gebruik een decimale komma of punt: 0,5 en 0.5 zijn hetzelfde.',
  createBatch: 'Batch aanmaken',
  creatingBatch: 'Batch wordt aangemaakt…',
  batchCreated: (batchId, sheetName) =>
    `Batch ${batchId} is aangemaakt. Typ de registraties op het blad “${sheetName}”, vanaf cel A2. Het formulier is weer leeg voor een volgende batch.`,
  batchColumnsMissing: (columns) =>
    `De tabel op het blad Batches mist kolommen die deze batch nodig heeft: ${columns}. Zet ze terug en probeer opnieuw.`,
  formHasErrors: (count) =>
    count === 1
      ? 'Vul het gemarkeerde veld in of verbeter het.'
      : `Vul de ${num(count)} gemarkeerde velden in of verbeter ze.`,
  listsFromWorkbook: 'De keuzelijsten komen van het blad Lijsten van deze werkmap.',
  listsDefault: 'Deze werkmap heeft nog geen blad Lijsten; de standaardlijsten worden gebruikt.',
  newKindLabel: 'Wat maakt u aan?',
  newKindBatch: 'Batch: één product, datum en lot per blad',
  newKindRegister: 'Dagregister: één lijst voor de hele dag',

  checkHeading: 'Controleren',
  checkIntro:
    'Controleer het actieve blad zoals de bulkupload van Vaccinnet het zou doen: een registratieblad van een batch, of een bestaand blad met registraties.',
  checkActiveSheet: 'Actief blad controleren',
  checkAgain: 'Opnieuw controleren',
  checking: (sheetName) => `Blad “${sheetName}” wordt gecontroleerd…`,
  sheetIsRegistration: (sheetName, batchId) => `Blad “${sheetName}”: registratieblad van batch ${batchId}.`,
  sheetIsExisting: (sheetName) =>
    `Blad “${sheetName}”: een blad dat niet door de invoegtoepassing gemaakt is.`,
  sheetEmpty: (sheetName) => `Blad “${sheetName}” bevat geen registraties.`,
  mappingHeading: 'Kolommen koppelen',
  mappingIntro: (sheetName, headerRow) =>
    `Op blad “${sheetName}” staan de titels in rij ${num(headerRow)}. Controleer welke kolom bij welk gegeven hoort.`,
  mappingNotFound: (sheetName) =>
    `Op blad “${sheetName}” is geen titelrij met INSZ, of met Naam en Geboortedatum, gevonden. Kies de titelrij en de kolommen zelf.`,
  mappingHeaderRow: 'Rij met de titels',
  mappingColumnNone: '(geen kolom)',
  mappingColumnOption: (letter, title) => (title === '' ? `Kolom ${letter}` : `Kolom ${letter}: ${title}`),
  mappingInvalid:
    'Deze koppeling kan niet: kies elke kolom hoogstens één keer, en een rijnummer voor de titels.',
  mappingConfirm: 'Koppeling bevestigen en controleren',
  checkBatchInvalid: (batchId) =>
    `De gegevens van batch ${batchId} op het blad Batches zijn niet in orde; de registraties worden gecontroleerd zonder de batchgegevens:`,
  extraColumnsNote: (columns) => `Niet geëxporteerd (geen kolom van het registratiebestand): ${columns}.`,
  summaryLine: (rows, ready, blocked, empty) =>
    `${plural(rows, 'rij', 'rijen')}: ${num(ready)} klaar voor export, ${num(blocked)} geblokkeerd, ${plural(empty, 'lege rij', 'lege rijen')}`,
  noIssues: 'Geen problemen gevonden.',
  whyDetails: 'Waarom?',
  valueEmpty: '(leeg)',
  booleanValue: (value) => (value ? 'WAAR' : 'ONWAAR'),
  alsoOnRow: (row) => `ook op rij ${num(row)}`,
  valueTokensHint:
    'Wat u in de cel niet ziet, staat tussen haken: [NBSP] is een onzichtbare vaste spatie, [TAB] een tab, [ZWSP] een onzichtbare spatie zonder breedte, [BOM] een onzichtbaar teken (U+FEFF); ␣ is een gewone spatie aan het begin of einde.',
  checkMore: 'Meer over deze controle',
  issuesHeading: 'Problemen per soort',
  issueKindCount: (count) => plural(count, 'keer', 'keer'),
  issueKind: {
    identity_missing: 'Persoon niet te identificeren',
    insz_characters: 'INSZ met ongeldige tekens',
    insz_length: 'INSZ zonder 11 cijfers',
    insz_checksum: 'Controlecijfers van het INSZ kloppen niet',
    insz_month: 'Ongeldige maand in het INSZ',
    insz_date: 'Onmogelijke datum in het INSZ',
    insz_serial: 'Ongeldig volgnummer in het INSZ',
    insz_leading_zero_lost: 'INSZ verloor een voorloopnul',
    birthdate_format: 'Geboortedatum niet als ddmmjjjj',
    birthdate_invalid: 'Geboortedatum bestaat niet',
    birthdate_future: 'Geboortedatum in de toekomst',
    birthdate_leading_zero_lost: 'Geboortedatum verloor een voorloopnul',
    birthdate_is_date: 'Geboortedatum is een Excel-datum',
    birthdate_after_administration: 'Geboren na de toediening',
    birthdate_before_1900: 'Geboortedatum vóór 1900',
    birthdate_insz_mismatch: 'Geboortedatum verschilt van het INSZ',
    firstname_missing: 'Voornaam ontbreekt',
    postcode_format: 'Ongeldige postcode',
    whitespace_edge: 'Spaties vooraan of achteraan',
    control_character: 'Regeleinde of onzichtbaar teken',
    separator_or_quote: 'Komma, puntkomma of aanhalingsteken',
    formula_prefix: 'Begint met =, +, - of @',
    cell_error: 'Excel-fout in de cel',
    cell_not_text: 'Getal, datum of waar/onwaar in plaats van tekst',
    not_encodable: 'Teken past niet in de codering',
    duplicate_person: 'Dubbele persoon in de batch',
    duplicate_across_batches: 'Persoon staat ook in een andere batch',
    rows_over_limit: 'Meer rijen dan in één bestand passen',
    header_mismatch: 'Titelrij klopt niet',
    formula_value: 'Formules in de gegevens',
  },
  issueLocation: (row, column) => `Rij ${num(row)}, ${column}`,
  valueSeparator: ': ',
  issueRow: (row) => `Rij ${num(row)}`,
  selectCellHint: 'Klik om de cel in Excel te selecteren.',
  fixAll: (count) => (count === 1 ? 'Herstellen' : `Alle ${num(count)} herstellen`),
  fixOne: 'Herstellen',
  fixOneLabel: (where) => `Herstellen: ${where}`,
  fixesApplied: (count) =>
    count === 1
      ? '1 cel hersteld. De controle is bijgewerkt.'
      : `${num(count)} cellen hersteld. De controle is bijgewerkt.`,
  fixNothing: 'Er viel niets (meer) te herstellen: de cellen zijn intussen gewijzigd.',
  sheetNotFound: (sheetName) => `Blad “${sheetName}” is niet gevonden. Is het hernoemd of verwijderd?`,
  markCells: 'Cellen markeren in het blad',
  clearMarks: 'Markeringen wissen',
  marksHint:
    'Kleurt de cellen met een probleem (rood: fout, geel: waarschuwing). Alleen de opvulkleur verandert; wissen zet de vorige kleur terug.',
  marked: (cells) => (cells === 1 ? '1 cel gemarkeerd.' : `${num(cells)} cellen gemarkeerd.`),
  marksCleared: (cells) =>
    cells === 1 ? 'Markering van 1 cel gewist.' : `Markeringen van ${num(cells)} cellen gewist.`,
  marksSheetTaken:
    'Markeren kan niet: deze werkmap heeft al een eigen blad met de naam VaccinnetMarkeringen.',
  makeCopy: 'Conforme kopie maken',
  makeCopyHint:
    'Maakt een nieuw registratieblad met de vijf kolommen in de juiste vorm. Het originele blad blijft zoals het is.',
  copyTargetLabel: 'Voor welke batch is de kopie?',
  copyTargetNew: 'Een nieuwe batch',
  copyTargetExisting: 'Een bestaande batch met een leeg registratieblad',
  copyBatchLabel: 'Batch',
  copyNoBatches: 'Deze werkmap heeft nog geen batches.',
  copying: 'Kopie wordt gemaakt…',
  copyMade: (sheetName, rows) =>
    `${plural(rows, 'rij', 'rijen')} gekopieerd naar het blad “${sheetName}”. Het originele blad is niet gewijzigd. Controleer de kopie met Controleren.`,
  copySkippedRows: (count) => `${plural(count, 'lege rij', 'lege rijen')} niet gekopieerd.`,
  copyBatchSheetNotEmpty: (sheetName) =>
    `Het registratieblad “${sheetName}” van die batch is niet leeg. Kies een andere batch of maak een nieuwe.`,
  copyBatchNotFound: (batchId) => `Batch ${batchId} is niet gevonden op het blad Batches.`,
  filesWillBe: (files) => `De export maakt ${plural(files, 'bestand', 'bestanden')}.`,
  liveWatching: 'Deze resultaten worden bijgewerkt terwijl u in het blad typt.',
  liveUpdatedRows: (firstRow, rows) =>
    rows === 1
      ? `Bijgewerkt na wijziging in rij ${num(firstRow)}.`
      : `Bijgewerkt na wijziging in ${num(rows)} rijen, vanaf rij ${num(firstRow)}.`,
  liveUpdatedHeader: 'Bijgewerkt na wijziging in de titelrij.',
  liveUpdatedSheet:
    'Bijgewerkt: rijen zijn ingevoegd, verwijderd of in grote aantallen gewijzigd, dus het hele blad is opnieuw gelezen.',
  liveUpdatedSinceCheck: (rows) =>
    `Bijgewerkt: ${plural(rows, 'rij is', 'rijen zijn')} gewijzigd terwijl de controle liep.`,
  liveAcrossBatchesStale:
    'Of gewijzigde rijen ook in een andere batch staan, wordt pas nagegaan bij Opnieuw controleren.',
  liveOff: (sheetName) =>
    `Blad “${sheetName}” is niet gevonden, dus de resultaten worden niet bijgewerkt terwijl u typt. Is het hernoemd of verwijderd?`,

  exportHeading: 'Exporteren',
  exportIntro:
    'Maakt de CSV-bestanden voor de bulkupload van Vaccinnet van de batch op het actieve blad, en schrijft ze in het exportlogboek.',
  exportNotRegistrationSheet: (sheetName) =>
    `Blad “${sheetName}” is geen registratieblad van een batch. Open het blad van de batch die u wilt exporteren en klik op Vernieuwen.`,
  sheetCopyOfBatch: (sheetName, batchId, originalName) =>
    `Blad “${sheetName}” is een kopie van het registratieblad “${originalName}” van batch ${batchId}. Een kopie is niet het blad van de batch: er wordt niets uit geëxporteerd, zodat geen registratie twee keer in Vaccinnet komt. Exporteer batch ${batchId} vanuit het originele blad “${originalName}”.`,
  sheetCopyOfDeletedBatch: (sheetName, batchId, originalName) =>
    `Blad “${sheetName}” is een kopie van het registratieblad “${originalName}” van batch ${batchId}, en dat blad bestaat niet meer. Een kopie wordt niet vanzelf het blad van de batch, want ze kan sindsdien gewijzigd zijn: tot dan wordt er niets uit geëxporteerd, zodat geen registratie twee keer in Vaccinnet komt. Moet dit blad het blad van batch ${batchId} worden, geef het dan de naam die op het blad Batches bij Registratieblad staat: “${originalName}”.`,
  exportBatchLine: (batchId, product, date) => `Batch ${batchId} · ${product} · ${date}`,
  exportBatchInvalid: (batchId) =>
    `De gegevens van batch ${batchId} op het blad Batches zijn niet in orde. Verbeter ze eerst:`,
  exportPrepare: 'Vernieuwen',
  exportPreparing: 'Registraties worden gelezen…',
  exportFilesHeading: 'Bestanden die gemaakt worden',
  exportFileRows: (rows) => plural(rows, 'registratie', 'registraties'),
  exportNoFiles: 'Er is geen enkele rij klaar voor export.',
  exportBlockedHeading: (count) => (count === 1 ? '1 geblokkeerde rij' : `${num(count)} geblokkeerde rijen`),
  exportBlockedExplain: (count) =>
    count === 1
      ? '1 rij heeft een fout en wordt niet geëxporteerd. Verbeter ze (zie Controleren), of exporteer uitdrukkelijk alleen de geldige rijen.'
      : `${num(count)} rijen hebben fouten en worden niet geëxporteerd. Verbeter ze (zie Controleren), of exporteer uitdrukkelijk alleen de geldige rijen.`,
  exportBlockedMore: (count) => `… en nog ${plural(count, 'rij', 'rijen')}.`,
  exportHeaderBlocks:
    'De titelrij van het registratieblad klopt niet. Zet de vijf titels terug (INSZ, Naam, Voornaam, Geboortedatum, Postcode) voor u exporteert.',
  exportButton: 'Exporteren',
  exportValidOnly: (count) =>
    count === 1 ? 'Alleen de geldige rij exporteren' : `Alleen de ${num(count)} geldige rijen exporteren`,
  exporting: 'Bezig met exporteren…',
  exportDoneLine: (rows, exported, blocked, empty) =>
    `${plural(rows, 'rij', 'rijen')}: ${num(exported)} geëxporteerd, ${num(blocked)} geblokkeerd, ${plural(empty, 'lege rij', 'lege rijen')}`,
  exportLogged: (files) =>
    `${plural(files, 'bestand', 'bestanden')} opgenomen in het blad Exportlog. Zet “Opgeladen in Vaccinnet” op Ja zodra ze opgeladen zijn.`,
  exportLeftOutRecorded: (rows) =>
    rows === 1
      ? 'Het blad Batches vermeldt de niet-geëxporteerde rij onder “Niet geëxporteerd”.'
      : `Het blad Batches vermeldt de ${num(rows)} niet-geëxporteerde rijen onder “Niet geëxporteerd”.`,
  exportLeftOutMarked: (rows) =>
    rows === 1
      ? 'De niet-geëxporteerde rij is gemarkeerd in het registratieblad; de markering blijft tot u ze wist (Controleren > Markeringen wissen).'
      : `De ${num(rows)} niet-geëxporteerde rijen zijn gemarkeerd in het registratieblad; de markeringen blijven tot u ze wist (Controleren > Markeringen wissen).`,
  exportLeftOutNotMarked: (rows) =>
    rows === 1
      ? 'De niet-geëxporteerde rij kon niet gemarkeerd worden in het registratieblad.'
      : `De ${num(rows)} niet-geëxporteerde rijen konden niet gemarkeerd worden in het registratieblad.`,
  exportNothing: 'Er is niets geëxporteerd: geen enkele rij is klaar voor export.',
  exportChanged:
    'Het blad is gewijzigd sinds het vernieuwen. Kijk het nieuwe overzicht na en klik opnieuw op Exporteren.',
  reexportTitle: 'Deze batch is al opgeladen',
  reexportBody:
    'Wie dezelfde bestanden twee keer oplaadt, registreert dezelfde vaccinaties twee keer bij echte patiënten. Exporteer alleen opnieuw als u zeker weet dat dat nodig is.',
  reexportBatchMarked: (batchId) => `Op het blad Batches staat batch ${batchId} als opgeladen.`,
  reexportFilesMarked: (count) =>
    count === 1
      ? 'In het exportlogboek staat 1 bestand van deze batch als opgeladen:'
      : `In het exportlogboek staan ${num(count)} bestanden van deze batch als opgeladen:`,
  reexportLogMissing: (count) =>
    count === 1
      ? 'Dit bestand van deze batch werd geëxporteerd, maar staat niet meer in het exportlogboek (rij, tabel of blad verwijderd). Het kan al opgeladen zijn:'
      : `Deze ${num(count)} bestanden van deze batch werden geëxporteerd, maar staan niet meer in het exportlogboek (rij, tabel of blad verwijderd). Ze kunnen al opgeladen zijn:`,
  reexportBatchRowAhead: (batchId) =>
    `Volgens het blad Batches werd batch ${batchId} al geëxporteerd, maar het exportlogboek kent die bestanden niet meer.`,
  reexportConfirm: 'Toch opnieuw exporteren',
  reexportCancel: 'Niet exporteren',

  downloadsHeading: 'Downloads',
  downloadFile: (name) => `${name} downloaden`,
  downloadZip: (files) => `Alle ${num(files)} bestanden samen downloaden (zip)`,
  openInBrowserIntro:
    'Excel kan hier geen bestanden downloaden. De knop opent een pagina van deze invoegtoepassing in uw browser; de bestanden gaan versleuteld mee in het adres, worden naar geen enkele server gestuurd en gaan alleen open met de code hieronder.',
  openAllInBrowser: (files) =>
    files === 1 ? 'Het bestand openen in de browser' : `De ${num(files)} bestanden openen in de browser`,
  openFileInBrowser: (name) => `${name} openen in de browser`,
  copyIntro:
    'Excel kan hier geen bestanden downloaden. Kopieer de inhoud van elk bestand en bewaar hem zelf als tekstbestand.',
  copyFile: (name) => `Inhoud van ${name} kopiëren`,
  copied: (name) => `De inhoud van ${name} staat op het klembord.`,
  copySaveAs: (name, encoding) =>
    `Plak hem in Kladblok (Windows) of TextEdit (Mac, als platte tekst) en bewaar hem als “${name}” met codering ${encoding}.`,
  copyFailed:
    'Kopiëren is niet gelukt. Selecteer de tekst hieronder en kopieer hem met Ctrl+C (Cmd+C op een Mac).',
  manualCopyLabel: (name) => `Inhoud van ${name}`,

  copyPatientData:
    'Let op: de tekst bevat patiëntgegevens. Andere programma’s kunnen het klembord lezen: plak hem alleen in een tekstbestand op deze computer en kopieer daarna iets anders.',
  downloadsStarted: (files) =>
    `${plural(files, 'bestand', 'bestanden')} aan de browser gegeven om te bewaren:`,
  downloadsWhere:
    'Ze komen normaal in de map Downloads, tenzij de browser vraagt waar ze moeten komen. Mist er een, download hem dan opnieuw met de knoppen hieronder.',
  downloadsSeveral: 'Vraagt de browser of deze site meerdere bestanden mag downloaden, kies dan Toestaan.',
  downloadFailed: (name, reason) =>
    `${name} kon niet aan de browser gegeven worden: ${reason}. Gebruik de knop hieronder.`,
  downloadAgain: 'Opnieuw downloaden',
  browserOpened:
    'De exportpagina is in uw browser geopend. Typ of plak daar de code hieronder; de link werkt 30 minuten.',
  browserOpenFailed: (reason) => `De browser kon niet geopend worden: ${reason}. Probeer de knop hieronder.`,
  browserLinks: (links) =>
    `De bestanden zijn samen te groot voor één link: open ${plural(links, 'link', 'links')} hieronder, elk met dezelfde code.`,
  exportCodeLabel: 'Code voor de exportpagina',
  exportCodeHint:
    'De bestanden in de link zijn versleuteld met deze code. Hij staat alleen hier, niet in de link. Na 30 minuten werkt de link niet meer.',
  copyCode: 'Code kopiëren',
  codeCopied: 'Code gekopieerd.',
  codeCopyFailed: 'Kopiëren lukte niet. Typ de code over.',
  sealFailed: (reason) =>
    `De bestanden konden niet versleuteld worden (${reason}). Kopieer hun inhoud hieronder.`,
  offlineCopy: (version) => `Werkt vanuit de kopie op deze computer (versie ${version}).`,
  offlineUpdateReady:
    'Een nieuwe versie is klaar; ze wordt gebruikt wanneer u het taakvenster opnieuw opent.',
  settingsHeading: 'Instellingen',
  settingsIntro:
    'Deze instellingen worden in de werkmap bewaard: een collega die het bestand opent, krijgt dezelfde export.',
  settingsEncoding: 'Codering van de CSV-bestanden',
  settingsEncodingHint: {
    'utf-8-bom': 'Wat Excel zelf als “CSV UTF-8” bewaart. Aanbevolen.',
    'utf-8': 'Alleen als de upload het BOM-teken aan het begin weigert.',
    'windows-1252':
      'Oude Windows-codering (ANSI). Tekens die er niet in passen, blokkeren de rij. Alleen als Vaccinnet erom vraagt.',
  },
  settingsLinesPerFile: 'Lijnen per bestand (kopregel inbegrepen)',
  settingsLinesPerFileHint: (min, max) =>
    `De kopregel telt als lijn: 100 lijnen zijn 99 registraties. Een heel getal van ${num(min)} tot ${num(max)}.`,
  settingsLinesWhy:
    'De handleiding zegt “maximaal 100 lijnen in het document” en de kopregel is ook een lijn, dus schrijft de invoegtoepassing 99 registraties per bestand; bevestigt Vaccinnet dat de kopregel niet meetelt, zet dan 101.',
  settingsConverted: (rows, lines) =>
    `Deze werkmap bewaarde de vroegere instelling “${num(rows)} registraties per bestand”. Hier staat die als ${num(lines)} lijnen per bestand, kopregel inbegrepen: de export maakt dezelfde bestanden als voorheen. Om de handleiding te volgen (maximaal 100 lijnen), zet 100 en sla op.`,
  settingsSave: 'Opslaan',
  settingsSaving: 'Bezig met opslaan…',
  settingsSaved: 'De instellingen zijn in de werkmap opgeslagen.',
  settingsSaveFailed: (reason) => `Opslaan is niet gelukt (${reason}). Probeer het opnieuw.`,
  settingsStoredInvalid:
    'De instellingen in deze werkmap zijn ongeldig; de standaardwaarden worden gebruikt:',
  settingsLimitNote:
    'Een nieuwe waarde geldt voor nieuwe batches en voor elke volgende export. De kleuren op bestaande registratiebladen volgen de waarde van toen het blad gemaakt werd.',

  // Opladen
  tabUpload: 'Opladen',
  uploadHeading: 'Opladen in Vaccinnet',
  uploadIntro:
    'Als Vaccinnet terug werkt: laad de bestanden op via "Immunisatieconsultatie en registratie in bulk", oudste toedieningsdatum eerst, en markeer elke batch als opgeladen.',
  uploadRefresh: 'Vernieuwen',
  uploadReading: 'Batches en registratiebladen lezen…',
  uploadNotSetUp: 'Deze werkmap heeft nog geen batches. Maak er een met "Nieuwe batch".',
  uploadEmpty: 'Er staan nog geen batches op het blad Batches.',
  uploadLeftLine: (batches, files) =>
    `${plural(batches, 'batch', 'batches')}, ${plural(files, 'bestand', 'bestanden')} nog op te laden`,
  uploadAllDone: 'Alles is opgeladen in Vaccinnet.',
  uploadProgress: (uploaded, total) =>
    `${num(uploaded)} van ${plural(total, 'bestand', 'bestanden')} opgeladen`,
  uploadNeedsExport: (batches) =>
    `${plural(batches, 'batch moet', 'batches moeten')} eerst (opnieuw) geëxporteerd worden.`,
  uploadListLabel: 'Batches in de volgorde om op te laden',
  uploadItemTitle: (batchId, product, date) => `${batchId} · ${date} · ${product}`,
  uploadUnknown: 'onbekend',
  uploadLot: (lot) => `lot ${lot}`,
  uploadRegistrations: (count) => plural(count, 'registratie', 'registraties'),
  uploadFiles: (count) => plural(count, 'bestand', 'bestanden'),
  uploadFilesUploaded: (uploaded, total) =>
    `${num(uploaded)} van ${plural(total, 'bestand', 'bestanden')} opgeladen`,
  uploadExportedAt: (time) => `geëxporteerd ${time}`,
  uploadStateNotExported: 'Nog niet geëxporteerd',
  uploadStatePending: 'Geëxporteerd, nog niet opgeladen',
  uploadStateUploaded: 'Opgeladen',
  uploadStateChanged: 'Gewijzigd sinds de export',
  uploadChangeBytes: 'De rijen op het blad geven nu andere bestanden dan de export in het Exportlog.',
  uploadChangeSheetMissing: (sheetName) => `Het registratieblad "${sheetName}" bestaat niet meer.`,
  uploadChangeSheetUnreadable:
    'De kolomtitels van het blad of de batchgegevens kloppen niet meer, dus er kan geen bestand gemaakt worden. Open het blad en controleer het.',
  uploadChangeLogMissing:
    'De batch werd geëxporteerd, maar zijn rijen in het Exportlog zijn verwijderd: het is niet na te gaan of de bestanden al opgeladen zijn. Kijk dat in Vaccinnet na voor u opnieuw exporteert.',
  uploadChangeLogIncomplete: 'Een deel van de rijen van de laatste export ontbreekt in het Exportlog.',
  uploadChangeBatchMissing: 'Deze batch staat in het Exportlog maar niet meer op het blad Batches.',
  uploadChangedAfterUpload:
    'Het blad geeft nu andere bestanden dan wat opgeladen is: rijen die na het opladen toegevoegd of gewijzigd zijn, staan niet in Vaccinnet.',
  uploadSingle:
    'Eén registratie: die kan ook rechtstreeks in Vaccinnet ingegeven worden voor die ene persoon ("Immunisatieconsultatie en registratie voor 1 persoon", handleiding 2.2.2).',
  uploadDownloadAgain: 'Opnieuw downloaden',
  uploadVerified: (files) =>
    `Nagekeken: ${files === 1 ? 'het bestand is' : `de ${num(files)} bestanden zijn`} byte voor byte gelijk aan de export in het Exportlog (SHA-256).`,
  uploadRefused:
    'Niet gedownload: het blad geeft niet meer de bestanden die in het Exportlog staan. Een ander bestand onder dezelfde naam zou tot ontbrekende of dubbele registraties leiden. Maak een nieuwe export.',
  uploadNewExport: 'Nieuwe export maken',
  uploadMark: 'Markeren als opgeladen',
  uploadMarked: (batchId, files) =>
    `Batch ${batchId} gemarkeerd als opgeladen (${plural(files, 'bestand', 'bestanden')}).`,
  uploadUndo: 'Ongedaan maken',
  uploadUndone: (batchId) => `De markering van batch ${batchId} is ongedaan gemaakt.`,
  uploadGoToSheet: 'Naar het blad',
  uploadAllHeading: 'Alles wat nog op te laden is',
  uploadAllIntro:
    'De bestanden van alle geëxporteerde batches die nog niet opgeladen zijn, nagekeken tegen het Exportlog, in de volgorde om op te laden.',
  uploadAllButton: (files) => `${plural(files, 'bestand', 'bestanden')} klaarzetten`,
  uploadAllNone: 'Er zijn geen geëxporteerde bestanden meer die nog op te laden zijn.',
  uploadAllSkipped: (batches) =>
    `${plural(batches, 'batch zit', 'batches zitten')} er niet bij omdat ze eerst (opnieuw) geëxporteerd moeten worden.`,
};

import type { UiMessages } from './types';

/** French (Belgian usage). */

const num = (n: number): string => n.toLocaleString('fr-BE');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n <= 1 ? one : many}`;

export const fr: UiMessages = {
  productName: 'Continuité Vaccinnet',
  loading: 'Chargement…',
  officeMissing: "Office.js n'a pas pu être chargé. Vérifiez la connexion internet et rouvrez le volet.",
  outsideExcel: 'Cette page ne fonctionne que comme complément dans Excel.',
  tabListLabel: 'Sections',
  tabNewBatch: 'Nouveau',
  tabCheck: 'Vérifier',
  tabExport: 'Exporter',
  tabSettings: 'Paramètres',
  busy: 'En cours…',
  cancel: 'Annuler',
  cancelled: "Annulé. Rien n'a été modifié.",
  close: 'Fermer',
  readProgress: (done, total) => `${num(done)} lignes lues sur ${num(total)}`,
  showMore: (shown, total) => `Afficher plus (${num(shown)} sur ${num(total)} affichés)`,
  yes: 'Oui',
  no: 'Non',

  errorTitle: "Quelque chose s'est mal passé",
  errorCellEditMode:
    'Excel est en train de modifier une cellule. Appuyez sur Entrée ou Échap dans cette cellule et réessayez.',
  errorItemNotFound: 'Une feuille ou un tableau est introuvable. A-t-il été renommé ou supprimé\u00a0?',
  errorAccessDenied: 'Excel refuse la modification. La feuille ou le classeur est-il protégé\u00a0?',
  errorTooLarge: 'Trop de données en une fois pour Excel. Réessayez avec moins de lignes.',
  errorActionRunning:
    "Une autre action du complément est en cours. Attendez qu'elle soit terminée, puis réessayez.",
  errorBusy: 'Excel est occupé. Attendez un instant et réessayez.',
  errorExcel: (code) => `Excel a signalé une erreur (${code}). Réessayez.`,
  errorUnexpected:
    "Une erreur inattendue s'est produite. Rien n'a été exporté. Réessayez ou fermez et rouvrez le volet.",
  errorBoundaryTitle: 'Le volet est bloqué',
  errorBoundaryBody:
    "Vos données dans le classeur n'ont pas été touchées. Réessayez\u00a0; si cela ne suffit pas, fermez et rouvrez le volet.",
  errorBoundaryRetry: 'Réessayer',

  newBatchHeading: 'Nouveau lot',
  newBatchIntro:
    "Saisissez les données communes à tous les enregistrements de ce lot. Le complément ajoute le lot sur la feuille Batches et crée une feuille d'enregistrement.",
  requiredNote: 'Les champs marqués * sont obligatoires.',
  selectNone: '(non rempli)',
  productPlaceholder: 'Nom comme dans la base de données SAM',
  productListEmpty:
    'La liste des produits est encore vide. Tapez le nom, ou ajoutez vos produits sur la feuille Lijsten pour pouvoir les choisir ici.',
  productHint: 'Choisissez dans la liste ou tapez le nom comme dans la base de données SAM.',
  toedienerInszHint:
    'Le numéro de registre national de la personne qui administre, avec ou sans points et tirets.',
  datumToedieningHint: 'Le jour où les vaccins ont été administrés, au format jj/mm/aaaa.',
  datumChosen: (date) => `Lu comme le ${date}.`,
  datePlaceholder: 'jj/mm/aaaa',
  formFieldRequired: 'Complétez ce champ.',
  batchDuplicate: (batchId, sheetName) =>
    `Le lot ${batchId} (feuille « ${sheetName} ») a exactement les mêmes données. Saisissez-y les enregistrements, ou créez quand même un second lot.`,
  createAnyway: 'Créer quand même',
  dosisHint: 'Virgule ou point décimal\u00a0: 0,5 et 0.5 sont identiques.',
  createBatch: 'Créer le lot',
  creatingBatch: 'Création du lot…',
  batchCreated: (batchId, sheetName) =>
    `Le lot ${batchId} est créé. Saisissez les enregistrements sur la feuille « ${sheetName} », à partir de la cellule A2. Le formulaire a été vidé pour le lot suivant.`,
  batchColumnsMissing: (columns) =>
    `Il manque au tableau de la feuille Batches des colonnes dont ce lot a besoin\u00a0: ${columns}. Remettez-les et réessayez.`,
  formHasErrors: (count) =>
    count === 1
      ? 'Complétez ou corrigez le champ signalé.'
      : `Complétez ou corrigez les ${num(count)} champs signalés.`,
  listsFromWorkbook: 'Les listes de choix viennent de la feuille Lijsten de ce classeur.',
  listsDefault: "Ce classeur n'a pas encore de feuille Lijsten\u00a0; les listes par défaut sont utilisées.",
  newKindLabel: 'Que voulez-vous créer\u00a0?',
  newKindBatch: 'Lot\u00a0: un produit, une date et un numéro de lot par feuille',
  newKindRegister: 'Registre du jour\u00a0: une seule liste pour toute la journée',

  checkHeading: 'Vérifier',
  checkIntro:
    "Vérifiez la feuille active comme le ferait l'envoi groupé de Vaccinnet\u00a0: une feuille d'enregistrement d'un lot, ou une feuille existante d'enregistrements.",
  checkActiveSheet: 'Vérifier la feuille active',
  checkAgain: 'Vérifier à nouveau',
  checking: (sheetName) => `Vérification de la feuille « ${sheetName} »…`,
  sheetIsRegistration: (sheetName, batchId) =>
    `Feuille « ${sheetName} »\u00a0: feuille d'enregistrement du lot ${batchId}.`,
  sheetIsExisting: (sheetName) =>
    `Feuille « ${sheetName} »\u00a0: une feuille qui n'a pas été créée par le complément.`,
  sheetEmpty: (sheetName) => `La feuille « ${sheetName} » ne contient aucun enregistrement.`,
  mappingHeading: 'Associer les colonnes',
  mappingIntro: (sheetName, headerRow) =>
    `Sur la feuille « ${sheetName} », les titres sont à la ligne ${num(headerRow)}. Vérifiez quelle colonne correspond à quelle donnée.`,
  mappingNotFound: (sheetName) =>
    `Aucune ligne de titres avec NISS, ou avec Nom et Date de naissance, n'a été trouvée sur la feuille « ${sheetName} ». Choisissez vous-même la ligne de titres et les colonnes.`,
  mappingHeaderRow: 'Ligne des titres',
  mappingColumnNone: '(aucune colonne)',
  mappingColumnOption: (letter, title) =>
    title === '' ? `Colonne ${letter}` : `Colonne ${letter}\u00a0: ${title}`,
  mappingInvalid:
    "Cette association n'est pas possible\u00a0: choisissez chaque colonne au plus une fois, et un numéro de ligne pour les titres.",
  mappingConfirm: "Confirmer l'association et vérifier",
  checkBatchInvalid: (batchId) =>
    `Les données du lot ${batchId} sur la feuille Batches ne sont pas correctes\u00a0; les enregistrements sont vérifiés sans les données du lot\u00a0:`,
  extraColumnsNote: (columns) =>
    `Non exporté (pas une colonne du fichier d'enregistrement)\u00a0: ${columns}.`,
  summaryLine: (rows, ready, blocked, empty) =>
    `${plural(rows, 'ligne', 'lignes')}\u00a0: ${num(ready)} ${ready <= 1 ? 'prête' : 'prêtes'} pour l'export, ${num(blocked)} ${blocked <= 1 ? 'bloquée' : 'bloquées'}, ${plural(empty, 'ligne vide', 'lignes vides')}`,
  noIssues: 'Aucun problème trouvé.',
  whyDetails: 'Pourquoi\u00a0?',
  valueEmpty: '(vide)',
  booleanValue: (value) => (value ? 'VRAI' : 'FAUX'),
  alsoOnRow: (row) => `aussi à la ligne ${num(row)}`,
  valueTokensHint:
    'Ce qui est invisible dans la cellule figure entre crochets\u00a0: [NBSP] est une espace insécable invisible, [TAB] une tabulation, [ZWSP] une espace sans chasse invisible, [BOM] un caractère invisible (U+FEFF)\u00a0; ␣ est une espace ordinaire au début ou à la fin.',
  checkMore: 'En savoir plus sur ce contrôle',
  issuesHeading: 'Problèmes par type',
  issueKindCount: (count) => plural(count, 'fois', 'fois'),
  issueKind: {
    identity_missing: 'Personne non identifiable',
    insz_characters: 'NISS avec des caractères non valides',
    insz_length: 'NISS sans 11 chiffres',
    insz_checksum: 'Chiffres de contrôle du NISS incorrects',
    insz_month: 'Mois non valide dans le NISS',
    insz_date: 'Date impossible dans le NISS',
    insz_serial: "Numéro d'ordre non valide dans le NISS",
    insz_leading_zero_lost: 'NISS ayant perdu un zéro initial',
    birthdate_format: 'Date de naissance pas en jjmmaaaa',
    birthdate_invalid: "Date de naissance qui n'existe pas",
    birthdate_future: 'Date de naissance dans le futur',
    birthdate_leading_zero_lost: 'Date de naissance ayant perdu un zéro initial',
    birthdate_is_date: 'Date de naissance au format date Excel',
    birthdate_after_administration: "Né après l'administration",
    birthdate_before_1900: 'Date de naissance avant 1900',
    birthdate_insz_mismatch: 'Date de naissance différente du NISS',
    firstname_missing: 'Prénom manquant',
    postcode_format: 'Code postal non valide',
    whitespace_edge: 'Espaces au début ou à la fin',
    control_character: 'Saut de ligne ou caractère invisible',
    separator_or_quote: 'Virgule, point-virgule ou guillemet',
    formula_prefix: 'Commence par =, +, - ou @',
    cell_error: 'Erreur Excel dans la cellule',
    cell_not_text: 'Nombre, date ou vrai/faux au lieu d’un texte',
    not_encodable: "Caractère impossible dans l'encodage",
    duplicate_person: 'Personne en double dans le lot',
    duplicate_across_batches: 'Personne aussi présente dans un autre lot',
    rows_over_limit: "Plus de lignes qu'un seul fichier n'en contient",
    header_mismatch: 'Ligne de titres incorrecte',
    formula_value: 'Formules dans les données',
  },
  issueLocation: (row, column) => `Ligne ${num(row)}, ${column}`,
  valueSeparator: '\u00a0: ',
  issueRow: (row) => `Ligne ${num(row)}`,
  selectCellHint: 'Cliquez pour sélectionner la cellule dans Excel.',
  fixAll: (count) => (count === 1 ? 'Corriger' : `Corriger les ${num(count)}`),
  fixOne: 'Corriger',
  fixOneLabel: (where) => `Corriger\u00a0: ${where}`,
  fixesApplied: (count) =>
    count === 1
      ? '1 cellule corrigée. La vérification est mise à jour.'
      : `${num(count)} cellules corrigées. La vérification est mise à jour.`,
  fixNothing: "Il n'y avait (plus) rien à corriger\u00a0: les cellules ont été modifiées entre-temps.",
  sheetNotFound: (sheetName) =>
    `La feuille « ${sheetName} » est introuvable. A-t-elle été renommée ou supprimée\u00a0?`,
  markCells: 'Marquer les cellules dans la feuille',
  clearMarks: 'Effacer les marques',
  marksHint:
    "Colore les cellules qui posent problème (rouge\u00a0: erreur, jaune\u00a0: avertissement). Seule la couleur de remplissage change\u00a0; l'effacement remet la couleur précédente.",
  marked: (cells) => (cells <= 1 ? `${num(cells)} cellule marquée.` : `${num(cells)} cellules marquées.`),
  marksCleared: (cells) =>
    cells <= 1 ? `Marque de ${num(cells)} cellule effacée.` : `Marques de ${num(cells)} cellules effacées.`,
  marksSheetTaken:
    'Impossible de marquer\u00a0: ce classeur a déjà sa propre feuille nommée VaccinnetMarkeringen.',
  makeCopy: 'Créer une copie conforme',
  makeCopyHint:
    "Crée une nouvelle feuille d'enregistrement avec les cinq colonnes dans la bonne forme. La feuille d'origine reste inchangée.",
  copyTargetLabel: 'Pour quel lot est la copie\u00a0?',
  copyTargetNew: 'Un nouveau lot',
  copyTargetExisting: "Un lot existant dont la feuille d'enregistrement est vide",
  copyBatchLabel: 'Lot',
  copyNoBatches: "Ce classeur n'a pas encore de lots.",
  copying: 'Création de la copie…',
  copyMade: (sheetName, rows) =>
    `${plural(rows, 'ligne copiée', 'lignes copiées')} sur la feuille « ${sheetName} ». La feuille d'origine n'a pas été modifiée. Vérifiez la copie avec Vérifier.`,
  copySkippedRows: (count) => `${plural(count, 'ligne vide non copiée', 'lignes vides non copiées')}.`,
  copyBatchSheetNotEmpty: (sheetName) =>
    `La feuille d'enregistrement « ${sheetName} » de ce lot n'est pas vide. Choisissez un autre lot ou créez-en un nouveau.`,
  copyBatchNotFound: (batchId) => `Le lot ${batchId} est introuvable sur la feuille Batches.`,
  filesWillBe: (files) => `L'export créera ${plural(files, 'fichier', 'fichiers')}.`,
  liveWatching: 'Ces résultats sont mis à jour pendant que vous tapez dans la feuille.',
  liveUpdatedRows: (firstRow, rows) =>
    rows === 1
      ? `Mis à jour après une modification à la ligne ${num(firstRow)}.`
      : `Mis à jour après une modification de ${num(rows)} lignes, à partir de la ligne ${num(firstRow)}.`,
  liveUpdatedHeader: 'Mis à jour après une modification de la ligne de titres.',
  liveUpdatedSheet:
    'Mis à jour\u00a0: des lignes ont été insérées, supprimées ou modifiées en grand nombre, la feuille entière a donc été relue.',
  liveUpdatedSinceCheck: (rows) =>
    `Mis à jour\u00a0: ${plural(rows, 'ligne a été modifiée', 'lignes ont été modifiées')} pendant la vérification.`,
  liveAcrossBatchesStale:
    "La présence des lignes modifiées dans un autre lot n'est vérifiée qu'avec Vérifier à nouveau.",
  liveOff: (sheetName) =>
    `La feuille « ${sheetName} » est introuvable\u00a0: les résultats ne sont donc pas mis à jour pendant que vous tapez. A-t-elle été renommée ou supprimée\u00a0?`,

  exportHeading: 'Exporter',
  exportIntro:
    "Crée les fichiers CSV pour l'envoi groupé à Vaccinnet à partir du lot de la feuille active, et les inscrit dans le journal des exports.",
  exportNotRegistrationSheet: (sheetName) =>
    `La feuille « ${sheetName} » n'est pas une feuille d'enregistrement d'un lot. Ouvrez la feuille du lot à exporter et cliquez sur Actualiser.`,
  sheetCopyOfBatch: (sheetName, batchId, originalName) =>
    `La feuille «\u00a0${sheetName}\u00a0» est une copie de la feuille d'enregistrement «\u00a0${originalName}\u00a0» du lot ${batchId}. Une copie n'est pas la feuille du lot\u00a0: rien n'en est exporté, pour qu'aucun enregistrement n'arrive deux fois dans Vaccinnet. Exportez le lot ${batchId} depuis la feuille d'origine «\u00a0${originalName}\u00a0».`,
  sheetCopyOfDeletedBatch: (sheetName, batchId, originalName) =>
    `La feuille «\u00a0${sheetName}\u00a0» est une copie de la feuille d'enregistrement «\u00a0${originalName}\u00a0» du lot ${batchId}, et cette feuille n'existe plus. Une copie ne devient pas d'elle-même la feuille du lot, car elle a pu être modifiée depuis\u00a0: jusque-là, rien n'en est exporté, pour qu'aucun enregistrement n'arrive deux fois dans Vaccinnet. Pour que cette feuille devienne celle du lot ${batchId}, donnez-lui le nom indiqué sur la feuille Batches sous «\u00a0Registratieblad\u00a0»\u00a0: «\u00a0${originalName}\u00a0».`,
  exportBatchLine: (batchId, product, date) => `Lot ${batchId} · ${product} · ${date}`,
  exportBatchInvalid: (batchId) =>
    `Les données du lot ${batchId} sur la feuille Batches ne sont pas correctes. Corrigez-les d'abord\u00a0:`,
  exportPrepare: 'Actualiser',
  exportPreparing: 'Lecture des enregistrements…',
  exportFilesHeading: 'Fichiers qui seront créés',
  exportFileRows: (rows) => plural(rows, 'enregistrement', 'enregistrements'),
  exportNoFiles: "Aucune ligne n'est prête pour l'export.",
  exportBlockedHeading: (count) => plural(count, 'ligne bloquée', 'lignes bloquées'),
  exportBlockedExplain: (count) =>
    count === 1
      ? '1 ligne contient une erreur et ne sera pas exportée. Corrigez-la (voir Vérifier), ou exportez explicitement les seules lignes valides.'
      : `${num(count)} lignes contiennent des erreurs et ne seront pas exportées. Corrigez-les (voir Vérifier), ou exportez explicitement les seules lignes valides.`,
  exportBlockedMore: (count) => `… et encore ${plural(count, 'ligne', 'lignes')}.`,
  exportHeaderBlocks:
    "La ligne de titres de la feuille d'enregistrement n'est pas correcte. Remettez les cinq titres (INSZ, Naam, Voornaam, Geboortedatum, Postcode) avant d'exporter.",
  exportButton: 'Exporter',
  exportValidOnly: (count) =>
    count === 1
      ? 'Exporter seulement la ligne valide'
      : `Exporter seulement les ${num(count)} lignes valides`,
  exporting: 'Export en cours…',
  exportDoneLine: (rows, exported, blocked, empty) =>
    `${plural(rows, 'ligne', 'lignes')}\u00a0: ${num(exported)} ${exported <= 1 ? 'exportée' : 'exportées'}, ${num(blocked)} ${blocked <= 1 ? 'bloquée' : 'bloquées'}, ${plural(empty, 'ligne vide', 'lignes vides')}`,
  exportLogged: (files) =>
    `${plural(files, 'fichier inscrit', 'fichiers inscrits')} sur la feuille Exportlog. Mettez « Opgeladen in Vaccinnet » sur Ja une fois l'envoi fait.`,
  exportLeftOutRecorded: (rows) =>
    rows <= 1
      ? 'La feuille Batches indique la ligne non exportée sous « Niet geëxporteerd ».'
      : `La feuille Batches indique les ${num(rows)} lignes non exportées sous « Niet geëxporteerd ».`,
  exportLeftOutMarked: (rows) =>
    rows <= 1
      ? "La ligne non exportée est marquée dans la feuille d'enregistrement\u00a0; la marque reste jusqu'à ce que vous l'effaciez (Vérifier > Effacer les marques)."
      : `Les ${num(rows)} lignes non exportées sont marquées dans la feuille d'enregistrement\u00a0; les marques restent jusqu'à ce que vous les effaciez (Vérifier > Effacer les marques).`,
  exportLeftOutNotMarked: (rows) =>
    rows <= 1
      ? "La ligne non exportée n'a pas pu être marquée dans la feuille d'enregistrement."
      : `Les ${num(rows)} lignes non exportées n'ont pas pu être marquées dans la feuille d'enregistrement.`,
  exportNothing: "Rien n'a été exporté\u00a0: aucune ligne n'est prête pour l'export.",
  exportChanged:
    "La feuille a été modifiée depuis l'actualisation. Vérifiez le nouvel aperçu et cliquez à nouveau sur Exporter.",
  reexportTitle: 'Ce lot a déjà été envoyé',
  reexportBody:
    "Envoyer deux fois les mêmes fichiers enregistre deux fois les mêmes vaccinations pour de vrais patients. N'exportez à nouveau que si vous êtes certain que c'est nécessaire.",
  reexportBatchMarked: (batchId) => `Sur la feuille Batches, le lot ${batchId} est indiqué comme envoyé.`,
  reexportFilesMarked: (count) =>
    count === 1
      ? 'Dans le journal des exports, 1 fichier de ce lot est indiqué comme envoyé\u00a0:'
      : `Dans le journal des exports, ${num(count)} fichiers de ce lot sont indiqués comme envoyés\u00a0:`,
  reexportLogMissing: (count) =>
    count === 1
      ? 'Ce fichier du lot a été exporté mais ne figure plus dans le journal des exports (ligne, tableau ou feuille supprimés). Il a peut-être déjà été envoyé\u00a0:'
      : `Ces ${num(count)} fichiers du lot ont été exportés mais ne figurent plus dans le journal des exports (ligne, tableau ou feuille supprimés). Ils ont peut-être déjà été envoyés\u00a0:`,
  reexportBatchRowAhead: (batchId) =>
    `Selon la feuille Batches, le lot ${batchId} a déjà été exporté, mais le journal des exports ne connaît plus ces fichiers.`,
  reexportConfirm: 'Exporter quand même',
  reexportCancel: 'Ne pas exporter',

  downloadsHeading: 'Téléchargements',
  downloadFile: (name) => `Télécharger ${name}`,
  downloadZip: (files) => `Télécharger les ${num(files)} fichiers ensemble (zip)`,
  openInBrowserIntro:
    "Excel ne peut pas télécharger de fichiers ici. Le bouton ouvre une page de ce complément dans votre navigateur\u00a0; les fichiers passent chiffrés dans l'adresse, ne sont envoyés à aucun serveur et ne s'ouvrent qu'avec le code ci-dessous.",
  openAllInBrowser: (files) =>
    files === 1
      ? 'Ouvrir le fichier dans le navigateur'
      : `Ouvrir les ${num(files)} fichiers dans le navigateur`,
  openFileInBrowser: (name) => `Ouvrir ${name} dans le navigateur`,
  copyIntro:
    'Excel ne peut pas télécharger de fichiers ici. Copiez le contenu de chaque fichier et enregistrez-le vous-même comme fichier texte.',
  copyFile: (name) => `Copier le contenu de ${name}`,
  copied: (name) => `Le contenu de ${name} est dans le presse-papiers.`,
  copySaveAs: (name, encoding) =>
    `Collez-le dans le Bloc-notes (Windows) ou TextEdit (Mac, en texte brut) et enregistrez-le sous « ${name} » avec l'encodage ${encoding}.`,
  copyFailed:
    "La copie n'a pas fonctionné. Sélectionnez le texte ci-dessous et copiez-le avec Ctrl+C (Cmd+C sur Mac).",
  manualCopyLabel: (name) => `Contenu de ${name}`,

  copyPatientData:
    "Attention\u00a0: le texte contient des données de patients. D'autres programmes peuvent lire le presse-papiers\u00a0: collez-le uniquement dans un fichier texte sur cet ordinateur, puis copiez autre chose.",
  downloadsStarted: (files) =>
    `${plural(files, 'fichier remis', 'fichiers remis')} au navigateur pour enregistrement\u00a0:`,
  downloadsWhere:
    "Ils arrivent normalement dans le dossier Téléchargements, sauf si le navigateur demande où les enregistrer. S'il en manque un, téléchargez-le à nouveau avec les boutons ci-dessous.",
  downloadsSeveral:
    'Si le navigateur demande si ce site peut télécharger plusieurs fichiers, choisissez Autoriser.',
  downloadFailed: (name, reason) =>
    `${name} n'a pas pu être remis au navigateur\u00a0: ${reason}. Utilisez le bouton ci-dessous.`,
  downloadAgain: 'Télécharger à nouveau',
  browserOpened:
    'La page d’export est ouverte dans votre navigateur. Tapez ou collez-y le code ci-dessous\u00a0; le lien fonctionne 30 minutes.',
  browserOpenFailed: (reason) =>
    `Le navigateur n'a pas pu être ouvert\u00a0: ${reason}. Essayez le bouton ci-dessous.`,
  browserLinks: (links) =>
    `Les fichiers sont trop grands pour un seul lien\u00a0: ouvrez ${plural(links, 'lien', 'liens')} ci-dessous, chacun avec le même code.`,
  exportCodeLabel: "Code pour la page d'export",
  exportCodeHint:
    "Les fichiers du lien sont chiffrés avec ce code. Il n'apparaît qu'ici, pas dans le lien. Après 30 minutes, le lien ne fonctionne plus.",
  copyCode: 'Copier le code',
  codeCopied: 'Code copié.',
  codeCopyFailed: 'La copie a échoué. Recopiez le code à la main.',
  sealFailed: (reason) =>
    `Les fichiers n'ont pas pu être chiffrés (${reason}). Copiez leur contenu ci-dessous.`,
  offlineCopy: (version) => `Fonctionne à partir de la copie sur cet ordinateur (version ${version}).`,
  offlineUpdateReady:
    'Une nouvelle version est prête\u00a0; elle sera utilisée à la prochaine ouverture du volet.',
  settingsHeading: 'Paramètres',
  settingsIntro:
    'Ces paramètres sont enregistrés dans le classeur\u00a0: un collègue qui ouvre le fichier obtient le même export.',
  settingsEncoding: 'Encodage des fichiers CSV',
  settingsEncodingHint: {
    'utf-8-bom': 'Ce qu’Excel enregistre lui-même comme « CSV UTF-8 ». Recommandé.',
    'utf-8': "Seulement si l'envoi refuse le caractère BOM au début du fichier.",
    'windows-1252':
      "Ancien encodage Windows (ANSI). Les caractères qui n'y figurent pas bloquent la ligne. Seulement si Vaccinnet le demande.",
  },
  settingsLinesPerFile: 'Lignes par fichier (ligne d’en-tête comprise)',
  settingsLinesPerFileHint: (min, max) =>
    `La ligne d’en-tête compte\u00a0: 100 lignes font 99 enregistrements. Un nombre entier de ${num(min)} à ${num(max)}.`,
  settingsLinesWhy:
    'Le manuel indique 100 lignes au maximum par document (« maximaal 100 lijnen in het document ») et la ligne d’en-tête est une ligne, donc le complément écrit 99 enregistrements par fichier\u00a0; si Vaccinnet confirme que l’en-tête ne compte pas, indiquez 101.',
  settingsConverted: (rows, lines) =>
    `Ce classeur gardait l’ancien paramètre « ${num(rows)} enregistrements par fichier ». Il apparaît ici comme ${num(lines)} lignes par fichier, ligne d’en-tête comprise\u00a0: l’export crée les mêmes fichiers qu’avant. Pour suivre le manuel (100 lignes au maximum), indiquez 100 et enregistrez.`,
  settingsSave: 'Enregistrer',
  settingsSaving: 'Enregistrement…',
  settingsSaved: 'Les paramètres sont enregistrés dans le classeur.',
  settingsSaveFailed: (reason) => `L'enregistrement a échoué (${reason}). Réessayez.`,
  settingsStoredInvalid:
    'Les paramètres de ce classeur ne sont pas valides\u00a0; les valeurs par défaut sont utilisées\u00a0:',
  settingsLimitNote:
    "Une nouvelle valeur vaut pour les nouveaux lots et pour chaque export suivant. Les couleurs des feuilles d'enregistrement existantes suivent la valeur en vigueur lors de leur création.",

  // Opladen
  tabUpload: 'Téléverser',
  uploadHeading: 'Téléverser dans Vaccinnet',
  uploadIntro:
    "Quand Vaccinnet fonctionne à nouveau\u00a0: téléversez les fichiers via « Immunisatieconsultatie en registratie in bulk » (enregistrement en masse), la date d'administration la plus ancienne d'abord, et marquez chaque lot comme téléversé.",
  uploadRefresh: 'Actualiser',
  uploadReading: "Lecture des lots et des feuilles d'enregistrement…",
  uploadNotSetUp: "Ce classeur n'a pas encore de lots. Créez-en un avec « Nouveau lot ».",
  uploadEmpty: 'La feuille Batches ne contient encore aucun lot.',
  uploadLeftLine: (batches, files) =>
    `${plural(batches, 'lot', 'lots')}, ${plural(files, 'fichier', 'fichiers')} encore à téléverser`,
  uploadAllDone: 'Tout a été téléversé dans Vaccinnet.',
  uploadProgress: (uploaded, total) =>
    `${num(uploaded)} sur ${plural(total, 'fichier', 'fichiers')} téléversé(s)`,
  uploadNeedsExport: (batches) =>
    `${plural(batches, 'lot doit', 'lots doivent')} d'abord être (ré)exporté(s).`,
  uploadListLabel: "Lots dans l'ordre de téléversement",
  uploadItemTitle: (batchId, product, date) => `${batchId} · ${date} · ${product}`,
  uploadUnknown: 'inconnu',
  uploadLot: (lot) => `n° de lot ${lot}`,
  uploadRegistrations: (count) => plural(count, 'enregistrement', 'enregistrements'),
  uploadFiles: (count) => plural(count, 'fichier', 'fichiers'),
  uploadFilesUploaded: (uploaded, total) =>
    `${num(uploaded)} sur ${plural(total, 'fichier', 'fichiers')} téléversé(s)`,
  uploadExportedAt: (time) => `exporté ${time}`,
  uploadStateNotExported: 'Pas encore exporté',
  uploadStatePending: 'Exporté, pas encore téléversé',
  uploadStateUploaded: 'Téléversé',
  uploadStateChanged: "Modifié depuis l'export",
  uploadChangeBytes:
    "Les lignes de la feuille donnent maintenant d'autres fichiers que l'export inscrit dans l'Exportlog.",
  uploadChangeSheetMissing: (sheetName) => `La feuille d'enregistrement « ${sheetName} » n'existe plus.`,
  uploadChangeSheetUnreadable:
    'Les titres de colonnes de la feuille ou les données du lot ne sont plus valables\u00a0: aucun fichier ne peut être créé. Ouvrez la feuille et vérifiez-la.',
  uploadChangeLogMissing:
    "Le lot a été exporté, mais ses lignes de l'Exportlog ont été supprimées\u00a0: impossible de savoir si les fichiers ont déjà été téléversés. Vérifiez-le dans Vaccinnet avant de réexporter.",
  uploadChangeLogIncomplete: "Une partie des lignes du dernier export manque dans l'Exportlog.",
  uploadChangeBatchMissing: "Ce lot figure dans l'Exportlog mais plus sur la feuille Batches.",
  uploadChangedAfterUpload:
    "La feuille donne maintenant d'autres fichiers que ceux téléversés\u00a0: les lignes ajoutées ou modifiées après le téléversement ne sont pas dans Vaccinnet.",
  uploadSingle:
    'Un seul enregistrement\u00a0: il peut aussi être saisi directement dans Vaccinnet pour cette personne (« Immunisatieconsultatie en registratie voor 1 persoon », manuel 2.2.2).',
  uploadDownloadAgain: 'Télécharger à nouveau',
  uploadVerified: (files) =>
    `Vérifié\u00a0: ${files === 1 ? 'le fichier est identique' : `les ${num(files)} fichiers sont identiques`} octet par octet à l'export de l'Exportlog (SHA-256).`,
  uploadRefused:
    "Pas téléchargé\u00a0: la feuille ne donne plus les fichiers inscrits dans l'Exportlog. Un autre fichier sous le même nom mènerait à des enregistrements manquants ou en double. Faites un nouvel export.",
  uploadNewExport: 'Faire un nouvel export',
  uploadMark: 'Marquer comme téléversé',
  uploadMarked: (batchId, files) =>
    `Lot ${batchId} marqué comme téléversé (${plural(files, 'fichier', 'fichiers')}).`,
  uploadUndo: 'Annuler',
  uploadUndone: (batchId) => `Le marquage du lot ${batchId} a été annulé.`,
  uploadGoToSheet: 'Aller à la feuille',
  uploadAllHeading: 'Tout ce qui reste à téléverser',
  uploadAllIntro:
    "Les fichiers de tous les lots exportés pas encore téléversés, vérifiés par rapport à l'Exportlog, dans l'ordre de téléversement.",
  uploadAllButton: (files) => `Préparer ${plural(files, 'fichier', 'fichiers')}`,
  uploadAllNone: "Il n'y a plus de fichiers exportés à téléverser.",
  uploadAllSkipped: (batches) =>
    `${plural(batches, "lot n'est", 'lots ne sont')} pas inclus car ils doivent d'abord être (ré)exportés.`,
};

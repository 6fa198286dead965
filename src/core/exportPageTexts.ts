import type { Language } from './messages';

/*
 * The export page's words (export.html, src/export-page): in core because the page may use core
 * only (ARCHITECTURE rings) and the task pane's tests read them too. Dutch first, then French
 * and English, like every catalog.
 */

/** Everything the export page says. */
export interface ExportPageTexts {
  title: string;
  loading: string;
  codeIntro: string;
  codeLabel: string;
  codeHint: string;
  open: string;
  intro: string;
  all: (files: number) => string;
  file: (name: string) => string;
  privacy: string;
  empty: string;
  broken: string;
  expired: string;
  tooLarge: string;
  codeMistyped: string;
  wrongCode: string;
  tampered: string;
  foreignName: (name: string) => string;
  notRegistrationFile: (name: string) => string;
}

const nlNum = (n: number): string => n.toLocaleString('nl-BE');
const frNum = (n: number): string => n.toLocaleString('fr-BE');
const enNum = (n: number): string => n.toLocaleString('en-GB');

const nl: ExportPageTexts = {
  title: 'Vaccinnet-bestanden downloaden',
  loading: 'Bezig met laden…',
  codeIntro:
    'De bestanden in het adres van deze pagina zijn versleuteld. Typ of plak de code die Excel toont naast "Exporteren".',
  codeLabel: 'Code',
  codeHint: 'Bijvoorbeeld K7Q2-M9XD-4TPA-… (hoofdletters en streepjes maken niet uit)',
  open: 'Bestanden tonen',
  intro:
    'Deze pagina hoort bij de invoegtoepassing Vaccinnet-continuïteit. De bestanden zaten versleuteld in het adres van deze pagina en zijn naar geen enkele server gestuurd.',
  all: (files) => `Alle ${nlNum(files)} bestanden samen downloaden (zip)`,
  file: (name) => `${name} downloaden`,
  privacy:
    'De bestanden bevatten patiëntgegevens. Sluit dit venster na het downloaden. Het adres is al uit de adresbalk gehaald en kan zonder de code niet gelezen worden.',
  empty: 'Er zitten geen bestanden in het adres van deze pagina. Exporteer opnieuw vanuit Excel.',
  broken:
    'Het adres van deze pagina is onvolledig of beschadigd, dus de bestanden kunnen niet gelezen worden. Exporteer opnieuw vanuit Excel.',
  expired:
    'Deze link is ouder dan 30 minuten en werkt niet meer, zodat een adres in de browsergeschiedenis niets meer oplevert. Exporteer opnieuw vanuit Excel.',
  tooLarge:
    'Deze link bevat meer of grotere bestanden dan de invoegtoepassing maakt. Hij wordt geweigerd. Exporteer opnieuw vanuit Excel.',
  codeMistyped:
    'Deze code is niet volledig of bevat een tikfout. Controleer hem of kopieer hem opnieuw uit Excel.',
  wrongCode:
    'Deze code hoort niet bij deze link (misschien bij een vorige export). Gebruik de code die Excel bij deze export toont.',
  tampered:
    'De code klopt, maar de inhoud van de link is gewijzigd of beschadigd. Er wordt niets getoond. Exporteer opnieuw vanuit Excel.',
  foreignName: (name) =>
    `De link bevat een bestand dat de invoegtoepassing niet maakt („${name}”). Hij wordt geweigerd.`,
  notRegistrationFile: (name) =>
    `${name} begint niet met de kopregel van een registratiebestand. De link wordt geweigerd.`,
};

const fr: ExportPageTexts = {
  title: 'Télécharger les fichiers Vaccinnet',
  loading: 'Chargement…',
  codeIntro:
    "Les fichiers dans l'adresse de cette page sont chiffrés. Tapez ou collez le code qu'Excel affiche à côté de « Exporter ».",
  codeLabel: 'Code',
  codeHint: 'Par exemple K7Q2-M9XD-4TPA-… (majuscules et tirets sans importance)',
  open: 'Afficher les fichiers',
  intro:
    "Cette page fait partie du complément Continuité Vaccinnet. Les fichiers se trouvaient, chiffrés, dans l'adresse de cette page et n'ont été envoyés à aucun serveur.",
  all: (files) => `Télécharger les ${frNum(files)} fichiers ensemble (zip)`,
  file: (name) => `Télécharger ${name}`,
  privacy:
    "Les fichiers contiennent des données de patients. Fermez cette fenêtre après le téléchargement. L'adresse a déjà été retirée de la barre d'adresse et ne peut être lue sans le code.",
  empty: "L'adresse de cette page ne contient aucun fichier. Exportez à nouveau depuis Excel.",
  broken:
    "L'adresse de cette page est incomplète ou endommagée\u00a0: les fichiers ne peuvent pas être lus. Exportez à nouveau depuis Excel.",
  expired:
    "Ce lien date de plus de 30 minutes et ne fonctionne plus, pour qu'une adresse restée dans l'historique du navigateur ne donne plus rien. Exportez à nouveau depuis Excel.",
  tooLarge:
    'Ce lien contient plus de fichiers, ou des fichiers plus grands, que le complément n’en produit. Il est refusé. Exportez à nouveau depuis Excel.',
  codeMistyped:
    'Ce code est incomplet ou contient une faute de frappe. Vérifiez-le ou copiez-le à nouveau depuis Excel.',
  wrongCode:
    "Ce code n'appartient pas à ce lien (peut-être à un export précédent). Utilisez le code qu'Excel affiche pour cet export.",
  tampered:
    "Le code est correct, mais le contenu du lien a été modifié ou endommagé. Rien n'est affiché. Exportez à nouveau depuis Excel.",
  foreignName: (name) =>
    `Le lien contient un fichier que le complément ne produit pas (« ${name} »). Il est refusé.`,
  notRegistrationFile: (name) =>
    `${name} ne commence pas par la ligne d'en-tête d'un fichier d'enregistrements. Le lien est refusé.`,
};

const en: ExportPageTexts = {
  title: 'Download the Vaccinnet files',
  loading: 'Loading…',
  codeIntro:
    'The files in the address of this page are encrypted. Type or paste the code Excel shows next to "Export".',
  codeLabel: 'Code',
  codeHint: 'For example K7Q2-M9XD-4TPA-… (capitals and hyphens do not matter)',
  open: 'Show the files',
  intro:
    'This page belongs to the Vaccinnet continuity add-in. The files were in the address of this page, encrypted, and were sent to no server.',
  all: (files) => `Download all ${enNum(files)} files together (zip)`,
  file: (name) => `Download ${name}`,
  privacy:
    'The files hold patient data. Close this window after downloading. The address has already been removed from the address bar and cannot be read without the code.',
  empty: 'The address of this page holds no files. Export again from Excel.',
  broken:
    'The address of this page is incomplete or damaged, so the files cannot be read. Export again from Excel.',
  expired:
    'This link is more than 30 minutes old and no longer works, so that an address left in the browser history yields nothing. Export again from Excel.',
  tooLarge:
    'This link holds more or larger files than the add-in makes. It is refused. Export again from Excel.',
  codeMistyped: 'This code is incomplete or has a typing error. Check it or copy it again from Excel.',
  wrongCode:
    'This code does not belong to this link (perhaps to an earlier export). Use the code Excel shows for this export.',
  tampered:
    'The code is right, but the content of the link was changed or damaged. Nothing is shown. Export again from Excel.',
  foreignName: (name) => `The link holds a file the add-in does not make ("${name}"). It is refused.`,
  notRegistrationFile: (name) =>
    `${name} does not start with the header line of a registration file. The link is refused.`,
};

/**
 * The export page's texts per language.
 *
 * @example
 * ```ts
 * EXPORT_PAGE_TEXTS.nl.title; // 'Vaccinnet-bestanden downloaden'
 * ```
 */
export const EXPORT_PAGE_TEXTS: Readonly<Record<Language, ExportPageTexts>> = { nl, fr, en };

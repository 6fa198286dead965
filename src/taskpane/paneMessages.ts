import type { Language } from '../core';

/** What the minimal task pane shows (the full interface comes with the React task pane). */
export type PaneState = 'loading' | 'ready' | 'outsideExcel' | 'officeMissing';

export interface PaneText {
  productName: string;
  status: string;
}

/**
 * The pane's texts per language: one exhaustive switch per language, like the core catalogs.
 * `loading` and `officeMissing` are also written into taskpane.html / taskpane.ts in Dutch,
 * for the moments before Office tells the language.
 */
export function paneText(state: PaneState, lang: Language): PaneText {
  switch (lang) {
    case 'nl':
      return { productName: 'Vaccinnet-continuïteit', status: nl(state) };
    case 'fr':
      return { productName: 'Continuité Vaccinnet', status: fr(state) };
    case 'en':
      return { productName: 'Vaccinnet continuity', status: en(state) };
  }
}

function nl(state: PaneState): string {
  switch (state) {
    case 'loading':
      return 'Bezig met laden…';
    case 'ready':
      return 'Klaar. De functies =VACCINNET.INSZVALID, INSZFORMAT, INSZBIRTHDATE, BIRTHDATETEXT en ROWCHECK werken in deze werkmap.';
    case 'outsideExcel':
      return 'Deze pagina werkt alleen als invoegtoepassing in Excel.';
    case 'officeMissing':
      return 'Office.js kon niet worden geladen. Controleer de internetverbinding en open het taakvenster opnieuw.';
  }
}

function fr(state: PaneState): string {
  switch (state) {
    case 'loading':
      return 'Chargement…';
    case 'ready':
      return 'Prêt. Les fonctions =VACCINNET.INSZVALID, INSZFORMAT, INSZBIRTHDATE, BIRTHDATETEXT et ROWCHECK fonctionnent dans ce classeur.';
    case 'outsideExcel':
      return 'Cette page ne fonctionne que comme complément dans Excel.';
    case 'officeMissing':
      return "Office.js n'a pas pu être chargé. Vérifiez la connexion internet et rouvrez le volet.";
  }
}

function en(state: PaneState): string {
  switch (state) {
    case 'loading':
      return 'Loading…';
    case 'ready':
      return 'Ready. The functions =VACCINNET.INSZVALID, INSZFORMAT, INSZBIRTHDATE, BIRTHDATETEXT and ROWCHECK work in this workbook.';
    case 'outsideExcel':
      return 'This page only works as an add-in in Excel.';
    case 'officeMissing':
      return 'Office.js could not be loaded. Check the internet connection and reopen the pane.';
  }
}

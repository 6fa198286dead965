import { createContext, useContext } from 'react';
import type { Language } from '../../core';
import { nl } from './nl';
import type { UiMessages } from './types';

export type { UiMessages } from './types';

/**
 * The pane's catalogs by language. Dutch is in the first chunk (SPEC "Dutch by default", and the
 * text of the pane before Office answers); French and English are loaded on demand, so the pane's
 * initial JavaScript carries one catalog (issue #11: initial task pane JavaScript <= 200 KB gzipped).
 * The catalogs themselves are plain objects in nl.ts, fr.ts, en.ts.
 */
const LOADERS: Readonly<Record<Language, () => Promise<UiMessages>>> = {
  nl: () => Promise.resolve(nl),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ './fr').then((module) => module.fr),
  en: () => import(/* webpackChunkName: "i18n-en" */ './en').then((module) => module.en),
};

/**
 * The catalog of `lang`, loading its chunk when it is not Dutch. Should that chunk fail to load
 * (a broken deployment), the pane speaks Dutch rather than stay blank.
 *
 * @example
 * ```ts
 * const m = await loadUiMessages('fr'); // the French catalog
 * ```
 */
export function loadUiMessages(lang: Language): Promise<UiMessages> {
  return LOADERS[lang]().catch(() => nl);
}

/** What every component needs to speak: the language (for core's renderers) and the catalog. */
export interface Texts {
  readonly lang: Language;
  readonly m: UiMessages;
}

export const TextsContext = createContext<Texts>({ lang: 'nl', m: nl });

/** The language and the catalog of the pane. */
export function useTexts(): Texts {
  return useContext(TextsContext);
}

/** The BCP 47 locale used for `lang` attributes and number formatting. */
export const LOCALE_OF: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

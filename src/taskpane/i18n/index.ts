import { createContext, useContext } from 'react';
import type { Language } from '../../core';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { UiMessages } from './types';

export type { UiMessages } from './types';

/** The pane's catalogs by language (nl first: SPEC "Dutch by default"). */
export const UI_MESSAGES: Readonly<Record<Language, UiMessages>> = { nl, fr, en };

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

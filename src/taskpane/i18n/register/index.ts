import type { Language } from '../../../core';
import { useTexts } from '..';
import { registerEn } from './en';
import { registerFr } from './fr';
import { registerNl } from './nl';
import type { RegisterTexts } from './types';

export type { RegisterTexts } from './types';

/**
 * The register's catalogs. All three live in the chunk of the register's components (loaded on
 * first use, never in the pane's first paint), so no loader is needed here.
 */
export const REGISTER_TEXTS: Readonly<Record<Language, RegisterTexts>> = {
  nl: registerNl,
  fr: registerFr,
  en: registerEn,
};

/** The register's texts in the pane's language. */
export function useRegisterTexts(): RegisterTexts {
  return REGISTER_TEXTS[useTexts().lang];
}

/**
 * Parity of the pane's catalogs (src/taskpane/i18n): the UiMessages type already makes a missing
 * key a compile error; this checks what the type cannot: no empty text, no placeholder left, no
 * "undefined", every function answering for its arguments, and no text left untranslated.
 */
import { REGISTRATION_ISSUE_CODES } from '../../src/core';
import { loadUiMessages, type UiMessages } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { fr } from '../../src/taskpane/i18n/fr';
import { nl } from '../../src/taskpane/i18n/nl';

/** The catalogs by language (the pane loads French and English on demand: loadUiMessages). */
const UI_MESSAGES = { nl, fr, en } as const;

test.each(['nl', 'fr', 'en'] as const)('loadUiMessages(%s) gives that catalog', async (lang) => {
  expect(await loadUiMessages(lang)).toBe(UI_MESSAGES[lang]);
});

type Entry = readonly [key: string, text: string];

/** Every text of a catalog, functions called with sample arguments (counts 0, 1 and many). */
function texts(m: UiMessages): Entry[] {
  const out: Entry[] = [];
  for (const [key, value] of Object.entries(m) as [string, unknown][]) {
    if (typeof value === 'string') out.push([key, value]);
    else if (typeof value === 'function') {
      for (const n of [0, 1, 1234]) {
        const args = Array.from({ length: value.length }, (_, i) =>
          i === 0 && value.length <= 2 ? n : `arg${i}`,
        );
        const numeric = Array.from({ length: value.length }, () => n);
        for (const list of [args, numeric]) out.push([`${key}(${list.join(',')})`, String(value(...list))]);
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [inner, text] of Object.entries(value)) out.push([`${key}.${inner}`, String(text)]);
    }
  }
  return out;
}

const LANGUAGES = ['nl', 'fr', 'en'] as const;

test('the three catalogs have the same keys, nested ones included', () => {
  const shape = (m: UiMessages) =>
    Object.entries(m)
      .map(([key, value]) =>
        typeof value === 'object' && value !== null ? `${key}{${Object.keys(value).sort().join(',')}}` : key,
      )
      .sort();
  expect(shape(UI_MESSAGES.fr)).toEqual(shape(UI_MESSAGES.nl));
  expect(shape(UI_MESSAGES.en)).toEqual(shape(UI_MESSAGES.nl));
});

test('every registration issue code has a kind title in every language', () => {
  for (const lang of LANGUAGES) {
    expect(Object.keys(UI_MESSAGES[lang].issueKind).sort()).toEqual([...REGISTRATION_ISSUE_CODES].sort());
  }
});

test.each(LANGUAGES)('%s: no empty text, no placeholder, no undefined', (lang) => {
  // One expect per check for the whole catalog, listing every offending key (and its text).
  const entries = texts(UI_MESSAGES[lang]);
  expect(entries.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  expect(entries.filter(([, text]) => /undefined|NaN|\{\w+\}|\$\{/.test(text))).toEqual([]);
});

test('fr and en are translations, not copies of nl (names and codes aside)', () => {
  const same = (other: 'fr' | 'en') => {
    // The other catalog's text by key, the first entry of a key as `find` would give it.
    const otherTexts = new Map<string, string>();
    for (const [key, text] of texts(UI_MESSAGES[other])) if (!otherTexts.has(key)) otherTexts.set(key, text);
    return texts(UI_MESSAGES.nl)
      .filter(([key, text]) => {
        const found = otherTexts.get(key);
        return found !== undefined && found === text && /[a-z]{4,}/i.test(text);
      })
      .map(([key]) => key);
  };
  // Words that are the same in both languages ("Batch", "Downloads") are allowed.
  // tabExport: the short tab label "Export" is the same word in Dutch and English.
  const allowed = /^(copyBatchLabel|exportBatchLine|downloadsHeading|tabExport$)/;
  expect(same('fr').filter((key) => !allowed.test(key))).toEqual([]);
  expect(same('en').filter((key) => !allowed.test(key))).toEqual([]);
});

test('the summary line names every part of the reconciliation in every language', () => {
  expect(UI_MESSAGES.nl.summaryLine(120, 100, 15, 5)).toBe(
    '120 rijen: 100 klaar voor export, 15 geblokkeerd, 5 lege rijen',
  );
  expect(UI_MESSAGES.fr.summaryLine(120, 100, 15, 5)).toBe(
    "120 lignes\u00a0: 100 prêtes pour l'export, 15 bloquées, 5 lignes vides",
  );
  expect(UI_MESSAGES.en.summaryLine(120, 100, 15, 5)).toBe(
    '120 rows: 100 ready for export, 15 blocked, 5 empty rows',
  );
  expect(UI_MESSAGES.nl.exportDoneLine(120, 100, 15, 5)).toBe(
    '120 rijen: 100 geëxporteerd, 15 geblokkeerd, 5 lege rijen',
  );
});

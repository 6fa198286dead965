/**
 * The day register's catalog (src/taskpane/i18n/register): the type makes a missing key a compile
 * error; this checks what it cannot: no empty text or placeholder, every function answering for
 * its arguments, no text left untranslated, and French punctuation with a no-break space.
 */
import { REGISTER_TEXTS, type RegisterTexts } from '../../src/taskpane/i18n/register';

type Entry = readonly [key: string, text: string];

function texts(m: RegisterTexts): Entry[] {
  const out: Entry[] = [];
  for (const [key, value] of Object.entries(m) as [string, unknown][]) {
    if (typeof value === 'string') out.push([key, value]);
    else if (typeof value === 'function') {
      for (const n of [0, 1, 1234]) {
        const args = Array.from({ length: value.length }, (_, i) =>
          typeof n === 'number' && i > 0 ? n : `arg${i}`,
        );
        const numeric = Array.from({ length: value.length }, () => n);
        for (const list of [args, numeric]) out.push([`${key}(${list.join(',')})`, String(value(...list))]);
      }
    } else throw new Error(`${key}: not a text`);
  }
  return out;
}

const LANGUAGES = ['nl', 'fr', 'en'] as const;

test('the three catalogs have the same keys', () => {
  expect(Object.keys(REGISTER_TEXTS.fr).sort()).toEqual(Object.keys(REGISTER_TEXTS.nl).sort());
  expect(Object.keys(REGISTER_TEXTS.en).sort()).toEqual(Object.keys(REGISTER_TEXTS.nl).sort());
});

test.each(LANGUAGES)('%s: no empty text, no placeholder, no undefined', (lang) => {
  for (const [key, text] of texts(REGISTER_TEXTS[lang])) {
    expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(/undefined|NaN|\{\w+\}|\$\{/) });
  }
});

test('fr and en are translations, not copies of nl', () => {
  for (const other of ['fr', 'en'] as const) {
    const same = texts(REGISTER_TEXTS.nl)
      .filter(([key, text]) => {
        const found = texts(REGISTER_TEXTS[other]).find(([k]) => k === key);
        return found !== undefined && found[1] === text && /[a-z]{4,}/i.test(text);
      })
      .map(([key]) => key);
    // A group's title is its batch id, date and product only: the same in every language.
    expect(same.filter((key) => !key.startsWith('groupTitle'))).toEqual([]);
  }
});

test('French: a no-break space before ":" ";" "?" "!" and inside « »', () => {
  for (const [key, text] of texts(REGISTER_TEXTS.fr)) {
    // Ellipses and times aside, any of these signs after a letter or an ordinary space is wrong.
    expect({ key, text }).not.toEqual({
      key,
      text: expect.stringMatching(/[^\u00a0\u202f][:;?!]|«[^\u00a0]|[^\u00a0]»/),
    });
  }
});

test('counts take singular and plural', () => {
  expect(REGISTER_TEXTS.nl.groupCounts(1, 0, 1)).toBe('1 klaar, 0 geblokkeerd, 1 bestand');
  expect(REGISTER_TEXTS.nl.groupCounts(120, 3, 2)).toBe('120 klaar, 3 geblokkeerd, 2 bestanden');
  expect(REGISTER_TEXTS.fr.groupCounts(1, 1, 2)).toBe('1 prête, 1 bloquée, 2 fichiers');
  expect(REGISTER_TEXTS.en.exportButton(1)).toBe('Export all groups (1 file)');
});

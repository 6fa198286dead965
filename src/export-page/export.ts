/**
 * The export page (export.html): the downloads for hosts whose task pane cannot save files
 * (Excel for Mac). The task pane opens it in the system browser with the files zipped in the URL
 * fragment (fragment.ts); this page reads them, takes the data out of the address bar, and offers
 * each file and the zip as download links. No request leaves the page.
 */
import { unzipSync } from 'fflate';
import type { Language } from '../core';
import { en } from '../taskpane/i18n/en';
import { fr } from '../taskpane/i18n/fr';
import { nl } from '../taskpane/i18n/nl';
import type { UiMessages } from '../taskpane/i18n/types';
import { zipName } from '../taskpane/downloads';
import { readExportFragment } from './fragment';

const CATALOGS: Readonly<Record<Language, UiMessages>> = { nl, fr, en };
const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The browser's language when the fragment names none (same rule as the pane: nl by default). */
function browserLanguage(): Language {
  const primary = (navigator.language || '').toLowerCase().split('-')[0];
  return primary === 'fr' ? 'fr' : primary === 'en' ? 'en' : 'nl';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function downloadLink(name: string, bytes: Uint8Array, type: string, label: string, primary: boolean) {
  const link = element('a', label, primary ? 'download primary' : 'download');
  link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  link.download = name;
  return link;
}

function render(): void {
  const result = readExportFragment(window.location.hash);
  // The data must not stay in the address bar, history or a bookmark: drop the fragment now.
  if (window.location.hash !== '') {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const lang = result.lang ?? browserLanguage();
  const m = CATALOGS[lang];
  document.documentElement.lang = LOCALES[lang];
  document.title = m.exportPageTitle;
  const main = document.getElementById('main');
  if (main === null) return;
  main.replaceChildren(element('h1', m.exportPageTitle));

  let files: { name: string; bytes: Uint8Array }[] = [];
  let problem: string | null = null;
  if (!result.ok) {
    problem = result.reason === 'empty' ? m.exportPageEmpty : m.exportPageBroken;
  } else {
    try {
      files = Object.entries(unzipSync(result.zip)).map(([name, bytes]) => ({ name, bytes }));
      if (files.length === 0) problem = m.exportPageEmpty;
    } catch {
      problem = m.exportPageBroken;
    }
  }
  if (problem !== null || !result.ok) {
    const status = element('p', problem ?? m.exportPageBroken, 'error');
    status.setAttribute('role', 'alert');
    main.append(status);
    return;
  }

  main.append(element('p', m.exportPageIntro));
  const list = element('ul');
  list.setAttribute('data-testid', 'export-page-files');
  if (files.length > 1) {
    const all = element('li');
    all.append(
      downloadLink(
        zipName(files.map((f) => f.name)),
        result.zip,
        'application/zip',
        m.exportPageAll(files.length),
        true,
      ),
    );
    list.append(all);
  }
  for (const file of files) {
    const item = element('li');
    // The CSV bytes exactly as the task pane made them (encoding and BOM included).
    item.append(
      downloadLink(file.name, file.bytes, 'text/csv', m.exportPageFile(file.name), files.length === 1),
    );
    list.append(item);
  }
  main.append(list, element('p', m.exportPagePrivacy, 'note'));
}

render();

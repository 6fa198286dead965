/**
 * The export page (export.html): the downloads for hosts whose task pane cannot save files
 * (Excel for Mac). The task pane opens it in the system browser with the files sealed in the URL
 * fragment (core exportEnvelope.ts: AES-GCM, the key never in a URL). This page takes the
 * fragment out of the address bar at once, asks for the code the pane shows, opens the envelope,
 * and offers the files only if they are the add-in's own (core readExportZip). No request leaves
 * the page; it uses core only (ARCHITECTURE rings).
 */
import {
  EXPORT_PAGE_TEXTS,
  type ExportPageTexts,
  type Language,
  type NamedFile,
  openEnvelope,
  parseKeyCode,
  readEnvelope,
  readExportZip,
  webCryptoCipher,
  zipName,
} from '../core';

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The browser's language when the link names none (same rule as the pane: nl by default). */
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

function alert(text: string): HTMLElement {
  const status = element('p', text, 'error');
  status.setAttribute('role', 'alert');
  status.setAttribute('data-testid', 'export-page-error');
  return status;
}

function showFiles(
  main: HTMLElement,
  m: ExportPageTexts,
  zip: Uint8Array,
  files: readonly NamedFile[],
): void {
  main.replaceChildren(element('h1', m.title), element('p', m.intro));
  const list = element('ul');
  list.setAttribute('data-testid', 'export-page-files');
  if (files.length > 1) {
    const all = element('li');
    all.append(
      downloadLink(zipName(files.map((f) => f.name)), zip, 'application/zip', m.all(files.length), true),
    );
    list.append(all);
  }
  for (const file of files) {
    const item = element('li');
    // The CSV bytes exactly as the task pane made them (encoding and BOM included).
    item.append(downloadLink(file.name, file.bytes, 'text/csv', m.file(file.name), files.length === 1));
    list.append(item);
  }
  main.append(list, element('p', m.privacy, 'note'));
}

function render(): void {
  // The envelope must not stay in the address bar, history or a bookmark: keep it in memory only.
  const fragment = window.location.hash;
  if (fragment !== '') history.replaceState(null, '', window.location.pathname + window.location.search);
  const first = readEnvelope(fragment, Date.now());
  const lang = first.ok ? first.envelope.lang : (first.lang ?? browserLanguage());
  const m = EXPORT_PAGE_TEXTS[lang];
  document.documentElement.lang = LOCALES[lang];
  document.title = m.title;
  const main = document.getElementById('main');
  if (main === null) return;
  main.replaceChildren(element('h1', m.title));
  if (!first.ok) {
    const reasons = { empty: m.empty, broken: m.broken, expired: m.expired, too_large: m.tooLarge };
    main.append(alert(reasons[first.reason]));
    return;
  }

  const form = element('form');
  form.noValidate = true;
  const input = element('input');
  input.id = 'code';
  input.name = 'code';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('autocapitalize', 'characters');
  input.setAttribute('aria-describedby', 'code-hint');
  const label = element('label', m.codeLabel);
  label.htmlFor = 'code';
  const hint = element('p', m.codeHint, 'note');
  hint.id = 'code-hint';
  const button = element('button', m.open);
  button.type = 'submit';
  const problem = element('div');
  problem.setAttribute('aria-live', 'assertive');
  form.append(label, input, hint, button);
  main.append(element('p', m.codeIntro), form, problem);
  input.focus();

  const cipher = webCryptoCipher(crypto.subtle);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const show = (text: string): void => problem.replaceChildren(alert(text));
      // Checked again at the moment of opening: a page left open does not outlive the link.
      const now = readEnvelope(fragment, Date.now());
      if (!now.ok) return show(now.reason === 'expired' ? m.expired : m.broken);
      const code = parseKeyCode(input.value);
      if (!code.ok) return show(m.codeMistyped);
      const opened = await openEnvelope(now.envelope, code.key, cipher);
      if (!opened.ok) return show(opened.reason === 'wrong_key' ? m.wrongCode : m.tampered);
      const read = readExportZip(opened.payload);
      if (!read.ok) {
        switch (read.reason) {
          case 'foreign_name':
            return show(m.foreignName(read.name ?? ''));
          case 'not_registration_file':
            return show(m.notRegistrationFile(read.name ?? ''));
          case 'too_large':
            return show(m.tooLarge);
          case 'empty':
            return show(m.empty);
          case 'broken':
            return show(m.broken);
        }
      }
      showFiles(main, m, opened.payload, read.files);
      return undefined;
    })();
  });
}

render();

// The add-in's service worker (src/sw) keeps this page for when the add-in's server cannot be
// reached; where a browser has none, the page works as before. A failure changes nothing here.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => undefined);

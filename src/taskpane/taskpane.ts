/**
 * Minimal task pane: shows the product name and a one-line status in the Office display
 * language. The full interface (React + Fluent UI) replaces this in a later issue.
 *
 * In the shared runtime this page also hosts the custom functions (functions.js is loaded before
 * this script, see scripts/addinLayout.js); nothing here depends on them.
 */
import { languageFromOffice } from '../core';
import type { Language } from '../core';
import { paneText } from './paneMessages';
import type { PaneState } from './paneMessages';

function show(state: PaneState, lang: Language): void {
  const text = paneText(state, lang);
  document.documentElement.lang = lang;
  document.title = text.productName;
  const name = document.getElementById('product-name');
  const status = document.getElementById('status');
  if (name) name.textContent = text.productName;
  if (status) {
    status.textContent = text.status;
    status.dataset['state'] = state === 'ready' ? 'ready' : state === 'loading' ? 'loading' : 'error';
  }
}

if (typeof Office === 'undefined') {
  // office.js comes from Microsoft's CDN; without a connection it is missing (and so is Office's language).
  show('officeMissing', 'nl');
} else {
  void Office.onReady().then((info) => {
    const lang = languageFromOffice(Office.context?.displayLanguage);
    show(info.host === Office.HostType.Excel ? 'ready' : 'outsideExcel', lang);
  });
}

/**
 * office.js fallback (entry `office-fallback.js`). taskpane.html loads Microsoft's office.js from
 * the CDN with a parser-blocking <script>, then this file, also parser-blocking: it runs after the
 * CDN script has either run or failed (offline, blocked by a proxy). No inline script is involved,
 * so the page's Content-Security-Policy needs no 'unsafe-inline' for scripts.
 *
 * When `window.Office` is still undefined, it writes a parser-blocking <script> for the copy of
 * office.js bundled with the add-in (`office-js/office.js`, copied from @microsoft/office-js by the
 * build). `document.write` from a parser-blocking script inserts that script before the rest of
 * the page is parsed, so it still runs before functions.js and taskpane.js (deferred), exactly
 * like the CDN copy would: functions.js calls `CustomFunctions.associate` as it loads.
 *
 * office.js finds the folder of its host files (excel-*.js, locale strings) from the first
 * <script> whose src ends in `/office.js`. The failed CDN <script> would come first and send it
 * back to the CDN, so that element is removed before the local copy is written.
 */
const BUNDLED_OFFICE_JS = 'office-js/office.js';
const CDN_HOST = 'https://appsforoffice.microsoft.com/';

if (typeof (window as { Office?: unknown }).Office === 'undefined') {
  for (const script of Array.from(document.scripts)) {
    if (script.src.startsWith(CDN_HOST)) script.remove();
  }
  const here = document.currentScript as HTMLScriptElement | null;
  const src = new URL(BUNDLED_OFFICE_JS, here?.src ?? document.baseURI).href;
  // document.write is the only way to add a script that runs before the deferred bundles; the
  // URL is our own origin's, built above, never user data.
  document.write(`<script src="${src}"></script>`);
}

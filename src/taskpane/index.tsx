/**
 * Entry of the task pane (taskpane.html, the shared runtime page: functions.js is loaded before
 * this bundle and registers the custom functions; nothing here depends on them).
 *
 * Office.onReady -> the interface language from Office's display language (core
 * languageFromOffice: nl by default, fr and en) -> React with Fluent UI v9.
 */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod/mini';
import { languageFromOffice, type Language } from '../core';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LOCALE_OF, TextsContext, loadUiMessages, type UiMessages } from './i18n';
import { type RibbonOffice, registerRibbonCommands } from './ribbon';
import { registerServiceWorker } from './serviceWorker';

// Core's schemas use zod. Its JIT compiles parsers with `new Function`, which the page's
// Content-Security-Policy (no 'unsafe-eval') forbids; jitless skips even the probe, which a
// strict CSP would report as a violation.
zodConfig({ jitless: true });

async function mount(lang: Language, content: (m: UiMessages) => ReactNode): Promise<void> {
  const m = await loadUiMessages(lang);
  document.documentElement.lang = LOCALE_OF[lang];
  document.title = m.productName;
  const container = document.getElementById('root');
  if (container === null) return;
  createRoot(container).render(
    <StrictMode>
      <TextsContext.Provider value={{ lang, m }}>
        <FluentProvider theme={webLightTheme} dir="ltr">
          <ErrorBoundary m={m}>{content(m)}</ErrorBoundary>
        </FluentProvider>
      </TextsContext.Provider>
    </StrictMode>,
  );
}

function status(lang: Language, text: (m: UiMessages) => string): Promise<void> {
  return mount(lang, (m) => (
    <main>
      <h1>{m.productName}</h1>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{text(m)}</MessageBarBody>
      </MessageBar>
    </main>
  ));
}

// The offline copy (issue #8) is kept up to date on every start, also outside Excel.
registerServiceWorker();

if (typeof Office === 'undefined') {
  // Neither Microsoft's CDN nor the bundled copy (office-fallback.js) gave us office.js; no Office
  // means no display language either, so Dutch.
  void status('nl', (m) => m.officeMissing);
} else {
  void Office.onReady().then((info) => {
    const lang = languageFromOffice(Office.context?.displayLanguage);
    // The ribbon's buttons run in this page (shared runtime): associate them before anything else.
    if (info.host === Office.HostType.Excel) registerRibbonCommands(Office as unknown as RibbonOffice);
    return info.host !== Office.HostType.Excel
      ? status(lang, (m) => m.outsideExcel)
      : mount(lang, () => <App />);
  });
}

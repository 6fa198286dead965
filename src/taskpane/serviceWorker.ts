/*
 * The pane's side of the offline copy (src/sw/sw.ts, issue #8): registers the worker, and tells
 * whether this page came from the copy and which version it is. Where a host has no service
 * workers (Excel for Mac's WKWebView), nothing happens and the pane works as before.
 */

/** The worker script, next to taskpane.html at the root of the add-in's origin. */
const WORKER = 'sw.js';

/** Registers the service worker; a refusal (no https, a policy) changes nothing for the pane. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(WORKER).catch(() => undefined);
}

/** The version of the copy this page was served from, or null when it came from the server. */
export function offlineCopyVersion(): string | null {
  return document.documentElement.getAttribute('data-offline-copy');
}

/** True when a newer copy is installed and waits for the open panes to close. */
export async function updateWaiting(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  return registration?.waiting != null;
}

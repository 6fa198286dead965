import { type EnvelopeCipher, webCryptoCipher } from '../core';
import type { DownloadCapabilities } from './downloads';

/*
 * The browser side of downloads.ts: feature detection and the three ways out (anchor, system
 * browser, clipboard). Nothing here decides; it only does what the plan says.
 */

/** How long a Blob URL outlives its click: revoking at once cancels the download in some browsers. */
const REVOKE_AFTER_MS = 60_000;

function officeContext(): Office.Context | null {
  return typeof Office === 'undefined' ? null : (Office.context ?? null);
}

/** Feature detection for {@link DownloadCapabilities}. */
export function detectCapabilities(): DownloadCapabilities {
  const context = officeContext();
  const anchor = document.createElement('a');
  const openBrowserWindow =
    typeof context?.ui?.openBrowserWindow === 'function' &&
    (context.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') ?? false);
  return {
    platform: context?.platform === undefined || context.platform === null ? null : String(context.platform),
    anchorDownload: 'download' in anchor && typeof URL.createObjectURL === 'function',
    openBrowserWindow,
    clipboard:
      typeof navigator.clipboard?.writeText === 'function' || typeof document.execCommand === 'function',
  };
}

/** What became of handing one file to the browser. */
export type HandOver = { ok: true } | { ok: false; error: unknown };

/**
 * Hands bytes to the browser as a file through an <a download> of a Blob. The page cannot see
 * whether the browser then saves it (a blocked second download raises nothing here), so "ok"
 * means handed over; what the page can see (no Blob URL, a refused click) is an error.
 */
export function downloadBytes(name: string, bytes: Uint8Array, mimeType: string): HandOver {
  try {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.rel = 'noopener';
    anchor.style.display = 'none';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Opens a URL in the system browser (Office.context.ui.openBrowserWindow). The requirement set is
 * checked here too, not only in detectCapabilities: the manifest does not declare
 * OpenBrowserWindowApi (test/lint/apiSets.test.ts), and without it the caller gets an error to
 * report instead of a call the host may not have.
 */
export function openInSystemBrowser(url: string): HandOver {
  const context = officeContext();
  try {
    if (
      context === null ||
      typeof context.ui?.openBrowserWindow !== 'function' ||
      !(context.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') ?? false)
    ) {
      throw new Error('openBrowserWindow is not available');
    }
    context.ui.openBrowserWindow(url);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** `count` random bytes from the platform's CSPRNG (Web Crypto getRandomValues). */
export function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** AES-GCM on the pane's Web Crypto, for core's envelope; null where there is none (no https). */
export function paneCipher(): EnvelopeCipher | null {
  return typeof crypto === 'undefined' || crypto.subtle === undefined ? null : webCryptoCipher(crypto.subtle);
}

/** The URL of the add-in's export page, next to the task pane page. */
export function exportPageAddress(): string {
  return new URL('export.html', window.location.href).href;
}

/**
 * Puts text on the clipboard: the async Clipboard API, else the legacy copy command on a hidden
 * text area (Excel on the web runs the pane in an iframe that may lack clipboard-write). False
 * when both are refused; the caller then shows the text for a manual copy.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions policy, no focus): try the legacy command below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

import {
  type Encoding,
  type EnvelopeCipher,
  type Language,
  type NamedFile,
  envelopeFragmentLength,
  exportPageUrl,
  sealEnvelope,
  zipExportFiles,
} from '../core';

/*
 * How the export files reach the user: the pure decision (this module, unit-tested in
 * test/taskpane/downloads.test.ts). The browser glue that carries it out is downloadGlue.ts.
 *
 * In order of preference, by feature detection:
 * 1. `anchor`: a Blob behind an <a download>, clicked. Works in Excel on the web (a browser) and
 *    in the Windows webview (WebView2). Not on a Mac: the WKWebView of Excel for Mac has no
 *    download handling, so a click on such a link does nothing although `download` exists on
 *    HTMLAnchorElement (hence the platform check, not only the attribute).
 * 2. `browserWindow`: the add-in's own export page (export.html) in the system browser via
 *    `Office.context.ui.openBrowserWindow` (requirement set OpenBrowserWindowApi 1.1: Windows,
 *    Mac, iPad; not Excel on the web), the files zipped and sealed (core exportEnvelope.ts:
 *    AES-GCM, the key shown as a code, never in a URL) in the URL fragment (never sent to a
 *    server). The URL must stay within {@link URL_LENGTH_BUDGET}; when all files together are too
 *    long, each file gets its own link, and a file too long even alone is copied instead.
 * 3. `copy`: the file's text to the clipboard, with instructions to save it; where the clipboard
 *    is refused too, the text is shown for the user to select and copy.
 */

/** What the environment offers, as detected by downloadGlue.ts `detectCapabilities`. */
export interface DownloadCapabilities {
  /** `Office.context.platform` (an `Office.PlatformType` value: 'PC', 'Mac', 'OfficeOnline'...). */
  readonly platform: string | null;
  /** `download` on <a> and `URL.createObjectURL`. */
  readonly anchorDownload: boolean;
  /** `Office.context.ui.openBrowserWindow` with OpenBrowserWindowApi 1.1 supported. */
  readonly openBrowserWindow: boolean;
  /** `navigator.clipboard.writeText` (or the legacy copy command). */
  readonly clipboard: boolean;
}

/**
 * Longest export-page URL handed to `openBrowserWindow`. The binding limit is not the browser
 * (Chromium: 2 MB, `kMaxURLChars`; Safari has taken well over 80,000 characters) but the way the
 * host starts it: on Windows the URL ends up on the browser's command line, which
 * `CreateProcess` limits to 32,767 characters, browser path included. 30,000 leaves room for
 * that path; it holds a zip of roughly 22 KB, i.e. several hundred registrations.
 */
export const URL_LENGTH_BUDGET = 30_000;

/** Platforms whose webview cannot download (Office.PlatformType values). */
const NO_WEBVIEW_DOWNLOAD: ReadonlySet<string> = new Set(['Mac', 'iOS']);

export type DownloadMethod = 'anchor' | 'browserWindow' | 'copy';

/** True when an <a download> of a Blob will save the file on this platform. */
export function canDownloadInPane(caps: DownloadCapabilities): boolean {
  return caps.anchorDownload && !(caps.platform !== null && NO_WEBVIEW_DOWNLOAD.has(caps.platform));
}

/**
 * The first method the environment supports, in the order of the module comment.
 *
 * @example
 * ```ts
 * chooseDownloadMethod({ platform: 'OfficeOnline', anchorDownload: true, openBrowserWindow: false, clipboard: true }); // 'anchor'
 * chooseDownloadMethod({ platform: 'Mac', anchorDownload: true, openBrowserWindow: true, clipboard: true }); // 'browserWindow'
 * ```
 */
export function chooseDownloadMethod(caps: DownloadCapabilities): DownloadMethod {
  if (canDownloadInPane(caps)) return 'anchor';
  if (caps.openBrowserWindow) return 'browserWindow';
  return 'copy';
}

/** One file to deliver. */
export type DownloadFile = NamedFile;

/** One link to the export page: the files it carries, zipped (the envelope's payload). */
export interface PageLink {
  readonly files: readonly DownloadFile[];
  readonly zip: Uint8Array;
}

export type DeliveryPlan =
  | { method: 'anchor'; zip: boolean }
  | {
      method: 'browserWindow';
      /** One link with every file when it fits the budget, else one link per file that fits. */
      links: readonly PageLink[];
      /** Files too long for a link even alone: copied instead. */
      copy: readonly DownloadFile[];
      copyWith: 'clipboard' | 'manual';
    }
  | { method: 'copy'; copyWith: 'clipboard' | 'manual' };

export interface PlanDeliveryInput {
  readonly files: readonly DownloadFile[];
  /** The export page, e.g. `https://host/export.html` (resolved against the pane's URL). */
  readonly exportPage: string;
  /** The zip entries' time stamp (deterministic: the caller passes the batch's date). */
  readonly mtime: Date;
  readonly budget?: number;
}

/**
 * The delivery of a set of export files: the method, and for the export page the links that
 * fit the URL budget (all files in one link if possible, else one per file, else copy). The
 * length of a sealed link is known before sealing (core envelopeFragmentLength), so this stays
 * synchronous and needs no key.
 *
 * @example
 * ```ts
 * planDelivery(macCaps, { files, exportPage: 'https://host/export.html', mtime });
 * // { method: 'browserWindow', links: [{ files, zip }], copy: [], copyWith: 'clipboard' }
 * ```
 */
export function planDelivery(caps: DownloadCapabilities, input: PlanDeliveryInput): DeliveryPlan {
  const copyWith = caps.clipboard ? 'clipboard' : 'manual';
  const method = chooseDownloadMethod(caps);
  if (method === 'anchor') return { method, zip: input.files.length > 1 };
  if (method === 'copy') return { method, copyWith };
  const budget = input.budget ?? URL_LENGTH_BUDGET;
  const base = (input.exportPage.split('#')[0] ?? input.exportPage).length + 1;
  const link = (files: readonly DownloadFile[]): PageLink | null => {
    const zip = zipExportFiles(files, input.mtime);
    return base + envelopeFragmentLength(zip.length) <= budget ? { files, zip } : null;
  };
  const all = input.files.length === 0 ? null : link(input.files);
  if (all !== null) return { method, links: [all], copy: [], copyWith };
  const links: PageLink[] = [];
  const copy: DownloadFile[] = [];
  for (const file of input.files) {
    const single = link([file]);
    if (single === null) copy.push(file);
    else links.push(single);
  }
  return { method, links, copy, copyWith };
}

/** What sealing the links of one export needs; the randomness and the clock come from the caller. */
export interface SealLinksInput {
  readonly exportPage: string;
  readonly lang: Language;
  /** ms since 1970: the links expire 30 minutes later (core ENVELOPE_MAX_AGE_MS). */
  readonly createdAt: number;
  /** 16 random bytes: one key, one code for the whole export. */
  readonly key: Uint8Array;
  /** 12 fresh random bytes per call: one IV per link. */
  readonly iv: () => Uint8Array;
}

/**
 * The export-page URLs of the links, each sealed (core sealEnvelope) under the export's key.
 *
 * @example
 * ```ts
 * await sealLinks(plan.links, { exportPage, lang: 'nl', createdAt: Date.now(), key, iv }, cipher);
 * // ['https://host/export.html#e=Ag...']
 * ```
 */
export async function sealLinks(
  links: readonly PageLink[],
  input: SealLinksInput,
  cipher: EnvelopeCipher,
): Promise<string[]> {
  const urls: string[] = [];
  for (const link of links) {
    const fragment = await sealEnvelope(
      { payload: link.zip, lang: input.lang, createdAt: input.createdAt, key: input.key, iv: input.iv() },
      cipher,
    );
    urls.push(exportPageUrl(input.exportPage, fragment));
  }
  return urls;
}

/** The MIME type of an export file: CSV, with the charset the bytes are in. */
export function csvMimeType(encoding: Encoding): string {
  return encoding === 'windows-1252' ? 'text/csv;charset=windows-1252' : 'text/csv;charset=utf-8';
}

/**
 * The text of an export file for the clipboard: the bytes decoded as written (a UTF-8 BOM is
 * dropped by the decoder; the instructions tell the user which encoding to save with).
 */
export function fileText(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(bytes);
}

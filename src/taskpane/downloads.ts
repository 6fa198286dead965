import { zipSync } from 'fflate';
import type { Encoding, Language } from '../core';
import { exportPageUrl } from '../export-page/fragment';

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
 *    Mac, iPad; not Excel on the web), the files zipped in the URL fragment (never sent to a
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
export interface DownloadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Zips files deterministically: the same files and `mtime` give the same bytes (fflate
 * `zipSync`, fixed deflate level, the entries in the given order, no time stamp but `mtime`).
 * `mtime` must lie between 1980 and 2099 (the zip format's DOS date).
 */
export function zipFiles(files: readonly DownloadFile[], mtime: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const file of files) entries[file.name] = [file.bytes, { mtime, level: 6 }];
  return zipSync(entries);
}

/** How one file is delivered when the pane cannot download it itself. */
export type FileRoute = { kind: 'link'; url: string } | { kind: 'copy' };

export type DeliveryPlan =
  | { method: 'anchor'; zip: boolean }
  | {
      method: 'browserWindow';
      /** The link carrying every file, or null when it would exceed the budget. */
      allUrl: string | null;
      /** Per file, in order, when allUrl is null (empty otherwise). */
      files: readonly FileRoute[];
      copyWith: 'clipboard' | 'manual';
    }
  | { method: 'copy'; copyWith: 'clipboard' | 'manual' };

export interface PlanDeliveryInput {
  readonly files: readonly DownloadFile[];
  /** The export page, e.g. `https://host/export.html` (resolved against the pane's URL). */
  readonly exportPage: string;
  readonly lang: Language;
  /** The zip entries' time stamp (deterministic: the caller passes the batch's date). */
  readonly mtime: Date;
  readonly budget?: number;
}

/**
 * The delivery of a set of export files: the method, and for the export page the links that
 * fit the URL budget (all files in one link if possible, else one per file, else copy).
 *
 * @example
 * ```ts
 * planDelivery(macCaps, { files, exportPage: 'https://host/export.html', lang: 'nl', mtime });
 * // { method: 'browserWindow', allUrl: 'https://host/export.html#v=1&lang=nl&n=612&zip=UEsD…', files: [...], copyWith: 'clipboard' }
 * ```
 */
export function planDelivery(caps: DownloadCapabilities, input: PlanDeliveryInput): DeliveryPlan {
  const copyWith = caps.clipboard ? 'clipboard' : 'manual';
  const method = chooseDownloadMethod(caps);
  if (method === 'anchor') return { method, zip: input.files.length > 1 };
  if (method === 'copy') return { method, copyWith };
  const budget = input.budget ?? URL_LENGTH_BUDGET;
  const link = (files: readonly DownloadFile[]): string | null => {
    const url = exportPageUrl(input.exportPage, { lang: input.lang, zip: zipFiles(files, input.mtime) });
    return url.length <= budget ? url : null;
  };
  const allUrl = input.files.length === 0 ? null : link(input.files);
  const files =
    allUrl !== null
      ? []
      : input.files.map((file): FileRoute => {
          const url = link([file]);
          return url === null ? { kind: 'copy' } : { kind: 'link', url };
        });
  return { method, allUrl, files, copyWith };
}

/**
 * The name of the zip holding all files of an export: the files' common name without the part
 * (`vaccinnet_20261128_B003_vaxigrip-tetra_1-3.csv` -> `vaccinnet_20261128_B003_vaxigrip-tetra.zip`).
 */
export function zipName(names: readonly string[]): string {
  const first = names[0] ?? 'vaccinnet';
  const base = first.replace(/(?:_\d+-\d+)?\.csv$/iu, '');
  return `${base === '' ? 'vaccinnet' : base}.zip`;
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

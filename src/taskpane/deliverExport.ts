import { type Encoding, type Language, KEY_CODE_BYTES, ENVELOPE_IV_BYTES, keyCode } from '../core';
import {
  detectCapabilities,
  downloadBytes,
  exportPageAddress,
  openInSystemBrowser,
  paneCipher,
  randomBytes,
} from './downloadGlue';
import { type DownloadFile, csvMimeType, planDelivery, sealLinks } from './downloads';

/*
 * "Exporteren" delivers in the same click (issue #8): once the files are planned and logged,
 * this hands them over the way downloads.ts chose for the host, and reports what happened so the
 * pane can say it. Nothing fails silently: every error becomes part of the result.
 */

/** A file the pane could not hand over, with the reason the browser gave. */
export interface FailedFile {
  readonly name: string;
  readonly reason: string;
}

export type Delivery =
  | {
      method: 'anchor';
      /** A zip of all files is offered (several files). */
      zip: boolean;
      handed: readonly string[];
      failed: readonly FailedFile[];
    }
  | {
      method: 'browserWindow';
      /** The export's code (null when sealing failed: then `sealError`). */
      code: string | null;
      /** One URL per link, with the names of the files each carries. */
      links: readonly { url: string; names: readonly string[] }[];
      /** Files that fit no link (or every file when sealing failed): copied instead. */
      copy: readonly DownloadFile[];
      /** The single link was opened at once; null when there are several (one click each). */
      opened: { ok: true } | { ok: false; reason: string } | null;
      sealError: string | null;
      copyWith: 'clipboard' | 'manual';
    }
  | { method: 'copy'; copyWith: 'clipboard' | 'manual' };

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Hands the export's files over: each file as its own download (anchor), or the sealed export
 * page opened in the system browser (Mac), or nothing yet (copy: the user copies file by file).
 */
export async function deliverExport(input: {
  files: readonly DownloadFile[];
  encoding: Encoding;
  mtime: Date;
  lang: Language;
}): Promise<Delivery> {
  const exportPage = exportPageAddress();
  const plan = planDelivery(detectCapabilities(), { files: input.files, exportPage, mtime: input.mtime });
  switch (plan.method) {
    case 'copy':
      return plan;
    case 'anchor': {
      const handed: string[] = [];
      const failed: FailedFile[] = [];
      for (const file of input.files) {
        const result = downloadBytes(file.name, file.bytes, csvMimeType(input.encoding));
        if (result.ok) handed.push(file.name);
        else failed.push({ name: file.name, reason: reasonOf(result.error) });
      }
      return { method: 'anchor', zip: plan.zip, handed, failed };
    }
    case 'browserWindow': {
      const cipher = paneCipher();
      const key = randomBytes(KEY_CODE_BYTES);
      let urls: string[];
      try {
        if (cipher === null) throw new Error('Web Crypto is not available');
        urls = await sealLinks(
          plan.links,
          {
            exportPage,
            lang: input.lang,
            createdAt: Date.now(),
            key,
            iv: () => randomBytes(ENVELOPE_IV_BYTES),
          },
          cipher,
        );
      } catch (error) {
        return {
          method: 'browserWindow',
          code: null,
          links: [],
          copy: input.files,
          opened: null,
          sealError: reasonOf(error),
          copyWith: plan.copyWith,
        };
      }
      const links = plan.links.map((link, i) => ({
        url: urls[i] ?? '',
        names: link.files.map((f) => f.name),
      }));
      const only = links.length === 1 ? links[0] : undefined;
      let opened: { ok: true } | { ok: false; reason: string } | null = null;
      if (only !== undefined) {
        const result = openInSystemBrowser(only.url);
        opened = result.ok ? result : { ok: false, reason: reasonOf(result.error) };
      }
      return {
        method: 'browserWindow',
        code: keyCode(key),
        links,
        copy: plan.copy,
        opened,
        sealError: null,
        copyWith: plan.copyWith,
      };
    }
  }
}

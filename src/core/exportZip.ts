import { type UnzipFileInfo, Unzip, UnzipInflate, unzipSync, zipSync } from 'fflate';
import { parseIsoDate } from './calendar';
import { CSV_HEADER, CSV_LINE_END } from './csv';
import { UTF8_BOM } from './encoding';
import { isExportFileName } from './fileName';

/*
 * The zip of an export's files: made by the task pane (the "all files" download, and the payload
 * of the export page's envelope) and read back by the export page, which only offers what the
 * add-in makes (issue #8): registration files by name and first line, within a size cap, checked
 * on the zip's declared sizes before anything is inflated (no zip bomb).
 */

/** One export file. */
export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Most files the page accepts in one link. A link holds at most ~22 KB of zip (downloads.ts
 * URL budget), i.e. a few files of 100 registrations.
 */
export const MAX_LINK_FILES = 50;
/**
 * Most bytes the page inflates from one link, all files together. 100 registrations make about
 * 6 KB of CSV; 2 MB is far above anything a 30,000-character link can carry honestly, and far
 * below what would hurt a browser.
 */
export const MAX_LINK_UNPACKED_BYTES = 2_000_000;

/**
 * The zip's time stamp (`mtime` of {@link zipExportFiles}): noon local time of an ISO
 * administration date, so the same export makes the same zip bytes on any day it is made; 1
 * January 2000 at noon when there is no date that parses (within the zip format's 1980-2099).
 *
 * @example
 * ```ts
 * zipTimeOf('2026-11-28'); // new Date(2026, 10, 28, 12)
 * zipTimeOf(null); // new Date(2000, 0, 1, 12)
 * ```
 */
export function zipTimeOf(isoDate: string | null): Date {
  const date = isoDate === null ? null : parseIsoDate(isoDate);
  return date === null ? new Date(2000, 0, 1, 12) : new Date(date.year, date.month - 1, date.day, 12);
}

/**
 * Zips files deterministically: the same files and `mtime` give the same bytes (fflate
 * `zipSync`, fixed deflate level, the entries in the given order, no time stamp but `mtime`).
 * `mtime` must lie between 1980 and 2099 (the zip format's DOS date).
 *
 * @example
 * ```ts
 * zipExportFiles([{ name: 'vaccinnet_20261128_B003_vaxigrip-tetra_1-1.csv', bytes }], new Date(2026, 10, 28, 12));
 * ```
 */
export function zipExportFiles(files: readonly NamedFile[], mtime: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const file of files) entries[file.name] = [file.bytes, { mtime, level: 6 }];
  return zipSync(entries);
}

/**
 * The name of the zip holding all files of an export: the files' common name without the part
 * (`vaccinnet_20261128_B003_vaxigrip-tetra_1-3.csv` -> `vaccinnet_20261128_B003_vaxigrip-tetra.zip`).
 *
 * @example
 * ```ts
 * zipName(['vaccinnet_20261128_B003_vaxigrip-tetra_1-3.csv']); // 'vaccinnet_20261128_B003_vaxigrip-tetra.zip'
 * ```
 */
export function zipName(names: readonly string[]): string {
  const first = names[0] ?? 'vaccinnet';
  const base = first.replace(/(?:_\d+-\d+)?\.csv$/iu, '');
  return `${base === '' ? 'vaccinnet' : base}.zip`;
}

const HEADER_LINE = Array.from(CSV_HEADER + CSV_LINE_END, (c) => c.charCodeAt(0));

/** True when `bytes` start with the registration header line (after a UTF-8 BOM, if any). */
export function startsWithRegistrationHeader(bytes: Uint8Array): boolean {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  return HEADER_LINE.every((b, i) => bytes[bom + i] === b);
}

export type ReadExportZipResult =
  | { ok: true; files: NamedFile[] }
  /**
   * `broken`: not a readable zip; `empty`: no files; `foreign_name`: a name not of the add-in's
   * pattern (or twice); `not_registration_file`: a file not starting with the header line;
   * `too_large`: more than {@link MAX_LINK_FILES} files or {@link MAX_LINK_UNPACKED_BYTES}
   * unpacked.
   */
  | {
      ok: false;
      reason: 'broken' | 'empty' | 'foreign_name' | 'not_registration_file' | 'too_large';
      name?: string;
    };

/**
 * The files of a zip, if and only if every one is a registration file the add-in could have
 * made. The declared sizes are checked before anything is inflated; an inflated file must have
 * exactly its declared size.
 *
 * @example
 * ```ts
 * readExportZip(zipExportFiles(files, mtime)); // { ok: true, files }
 * readExportZip(zipOf({ 'evil.exe': bytes })); // { ok: false, reason: 'foreign_name', name: 'evil.exe' }
 * ```
 */
export function readExportZip(zip: Uint8Array): ReadExportZipResult {
  const declared: UnzipFileInfo[] = [];
  try {
    // First pass: the central directory only (the filter refuses every entry).
    unzipSync(zip, {
      filter: (info) => {
        declared.push(info);
        return false;
      },
    });
  } catch {
    return { ok: false, reason: 'broken' };
  }
  if (declared.length === 0) return { ok: false, reason: 'empty' };
  if (declared.length > MAX_LINK_FILES) return { ok: false, reason: 'too_large' };
  const seen = new Set<string>();
  let total = 0;
  for (const info of declared) {
    if (!isExportFileName(info.name) || seen.has(info.name)) {
      return { ok: false, reason: 'foreign_name', name: info.name };
    }
    seen.add(info.name);
    if (info.compression !== 0 && info.compression !== 8) return { ok: false, reason: 'broken' };
    total += info.originalSize;
    if (total > MAX_LINK_UNPACKED_BYTES) return { ok: false, reason: 'too_large' };
  }
  const entries = inflateWithin(zip, new Map(declared.map((info) => [info.name, info.originalSize])));
  if (entries === null) return { ok: false, reason: 'broken' };
  const files: NamedFile[] = [];
  for (const info of declared) {
    const bytes = entries.get(info.name);
    if (bytes === undefined || bytes.length !== info.originalSize) return { ok: false, reason: 'broken' };
    if (!startsWithRegistrationHeader(bytes)) {
      return { ok: false, reason: 'not_registration_file', name: info.name };
    }
    files.push({ name: info.name, bytes });
  }
  return { ok: true, files };
}

/**
 * Second pass: inflates every entry, counting the bytes as they come (fflate's streaming Unzip
 * with the synchronous UnzipInflate), and stops at the first entry that yields more than the
 * central directory declared: a zip that lies about a size is broken, never cut short silently
 * and never inflated beyond the cap. Null when the zip is broken.
 */
function inflateWithin(
  zip: Uint8Array,
  declared: ReadonlyMap<string, number>,
): Map<string, Uint8Array> | null {
  const out = new Map<string, Uint8Array>();
  let broken = false;
  try {
    const unzip = new Unzip((entry) => {
      const limit = declared.get(entry.name);
      if (limit === undefined || out.has(entry.name)) {
        broken = true;
        return;
      }
      const bytes = new Uint8Array(limit);
      let filled = 0;
      entry.ondata = (error, chunk, final) => {
        if (broken) return;
        if (error !== null || filled + chunk.length > limit) {
          broken = true;
          entry.terminate();
          return;
        }
        bytes.set(chunk, filled);
        filled += chunk.length;
        if (final) {
          if (filled === limit) out.set(entry.name, bytes);
          else broken = true;
        }
      };
      entry.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(zip, true);
  } catch {
    return null;
  }
  return broken || out.size !== declared.size ? null : out;
}

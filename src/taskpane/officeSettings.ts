import { DEFAULT_SETTINGS, parseSettings, type ExportSettings, type Issue } from '../core';

/*
 * The export settings, stored with the workbook (Office document settings: saved inside the
 * file, so a colleague who opens it gets the same export) and always validated by core's
 * parseSettings, on the way in and on the way out.
 */

/**
 * The document-settings key. Part of the workbook format: never rename. Its value is
 * `{ encoding, linesPerFile }` (lines per file, header included). Documents saved before the
 * header counted hold `{ encoding, maxRowsPerFile }` (registrations per file): core's
 * parseSettings reads that as `maxRowsPerFile + 1` lines, so they keep writing the same files; the
 * document is rewritten in the new form only when the user saves the settings.
 */
export const SETTINGS_KEY = 'vaccinnet.exportSettings';

/** The part of `Office.Settings` used here (a fake in tests). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

/** The store of the open document, or null outside Office. */
export function documentSettings(): SettingsStore | null {
  if (typeof Office === 'undefined') return null;
  const settings = Office.context?.document?.settings;
  return settings === undefined || settings === null ? null : (settings as unknown as SettingsStore);
}

export interface LoadedSettings {
  readonly value: ExportSettings;
  /** Why the stored settings were refused (the defaults are used then); empty when fine. */
  readonly issues: readonly Issue[];
  /**
   * The earlier "registrations per file" value the document stored, when `value.linesPerFile`
   * was converted from it (that number + 1); null otherwise. The pane shows the conversion.
   */
  readonly fromRowsPerFile: number | null;
}

/**
 * The settings stored in the document: parsed by core; absent means the defaults; invalid
 * means the defaults plus the issues to show.
 */
export function loadExportSettings(store: SettingsStore | null): LoadedSettings {
  if (store === null) return { value: { ...DEFAULT_SETTINGS }, issues: [], fromRowsPerFile: null };
  const parsed = parseSettings(store.get(SETTINGS_KEY));
  return parsed.ok
    ? { value: parsed.value, issues: [], fromRowsPerFile: parsed.fromRowsPerFile ?? null }
    : { value: { ...DEFAULT_SETTINGS }, issues: parsed.issues, fromRowsPerFile: null };
}

export type SaveSettingsResult =
  | { ok: true; value: ExportSettings }
  | { ok: false; reason: 'invalid'; issues: Issue[] }
  | { ok: false; reason: 'save_failed'; message: string };

/**
 * Validates `input` with core and, when valid, stores it in the document and saves (the Office
 * settings API keeps `set` in memory until `saveAsync`).
 */
export function saveExportSettings(store: SettingsStore | null, input: unknown): Promise<SaveSettingsResult> {
  const parsed = parseSettings(input);
  if (!parsed.ok) return Promise.resolve({ ok: false, reason: 'invalid', issues: parsed.issues });
  if (store === null) return Promise.resolve({ ok: false, reason: 'save_failed', message: 'Office' });
  const value = parsed.value;
  // The whole value is replaced: an earlier `maxRowsPerFile` is gone once the user saved.
  store.set(SETTINGS_KEY, { encoding: value.encoding, linesPerFile: value.linesPerFile });
  return new Promise((resolve) => {
    store.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is the string 'failed' in office.js.
      const failed = String(result.status).toLowerCase() === 'failed';
      resolve(
        failed
          ? { ok: false, reason: 'save_failed', message: result.error?.message ?? 'saveAsync' }
          : { ok: true, value },
      );
    });
  });
}

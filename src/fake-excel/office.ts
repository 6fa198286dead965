import type { WorkbookModel } from './workbookModel';

/**
 * A minimal `Office` namespace: `Office.onReady`, `Office.context.displayLanguage` (settable by the
 * host, e.g. "nl-BE", "fr-BE", "en-US"), `Office.context.requirements.isSetSupported` (for feature
 * detection) and `Office.context.document.settings` (get / set / remove / saveAsync).
 *
 * Settings follow the Office common API: `set` and `remove` change the add-in's in-memory copy;
 * only `saveAsync` stores them in the document (`host.reloadAddin()` drops unsaved changes, as
 * closing the task pane without saving would). Values are stored as JSON, so they come back as
 * plain JSON data.
 */
export interface AsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value: T;
  readonly error?: { name: string; message: string; code: number };
  readonly asyncContext?: unknown;
}

type AsyncCallback<T> = (result: AsyncResult<T>) => void;

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(options?: unknown, callback?: AsyncCallback<void>): void;
  refreshAsync(callback?: AsyncCallback<FakeSettings>): void;
}

export interface FakeOfficeNamespace {
  readonly HostType: Record<string, string>;
  readonly PlatformType: Record<string, string>;
  readonly AsyncResultStatus: { readonly Succeeded: 'succeeded'; readonly Failed: 'failed' };
  readonly context: {
    displayLanguage: string;
    contentLanguage: string;
    readonly host: string;
    readonly platform: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly document: { readonly settings: FakeSettings };
    readonly diagnostics: { host: string; platform: string; version: string };
  };
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  initialize?: (reason: unknown) => void;
}

export interface OfficeOptions {
  readonly displayLanguage: string;
  readonly platform: string;
  readonly requirementSets: Readonly<Record<string, string>>;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function createOfficeNamespace(
  model: WorkbookModel,
  options: OfficeOptions,
): FakeOfficeNamespace & { _reloadSettings(): void } {
  let working = new Map<string, string>();
  const reload = (): void => {
    working = new Map([...model.settings].map(([k, v]) => [k, JSON.stringify(v)]));
  };
  reload();
  const settings: FakeSettings = {
    get: (name) => {
      const stored = working.get(name);
      return stored === undefined ? null : (JSON.parse(stored) as unknown);
    },
    set: (name, value) => {
      working.set(name, JSON.stringify(value));
    },
    remove: (name) => {
      working.delete(name);
    },
    saveAsync: (optionsOrCallback, maybeCallback) => {
      const callback =
        typeof optionsOrCallback === 'function' ? (optionsOrCallback as AsyncCallback<void>) : maybeCallback;
      model.settings.clear();
      for (const [k, v] of working) model.settings.set(k, JSON.parse(v) as unknown);
      if (callback) setTimeout(() => callback({ status: 'succeeded', value: undefined }), 0);
    },
    refreshAsync: (callback) => {
      reload();
      if (callback) setTimeout(() => callback({ status: 'succeeded', value: settings }), 0);
    },
  };
  const info = { host: 'Excel', platform: options.platform };
  return {
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      host: 'Excel',
      platform: options.platform,
      requirements: {
        isSetSupported: (name, minVersion) => {
          const have = options.requirementSets[name];
          if (have === undefined) return false;
          return minVersion === undefined ? true : versionAtLeast(have, String(minVersion));
        },
      },
      document: { settings },
      diagnostics: { host: 'Excel', platform: options.platform, version: '16.0.0.0' },
    },
    onReady: async (callback) => {
      await Promise.resolve();
      callback?.(info);
      return info;
    },
    _reloadSettings: reload,
  };
}

/** Export settings stored with the workbook (src/taskpane/officeSettings.ts), validated by core. */
import { DEFAULT_SETTINGS } from '../../src/core';
import {
  SETTINGS_KEY,
  type SettingsStore,
  loadExportSettings,
  saveExportSettings,
} from '../../src/taskpane/officeSettings';

/** Office settings: `set` in memory, stored on `saveAsync` (as the Office common API). */
function fakeStore(initial: Record<string, unknown> = {}, fail = false) {
  const saved = new Map(Object.entries(initial));
  const working = new Map(saved);
  const store: SettingsStore = {
    get: (name) => working.get(name) ?? null,
    set: (name, value) => void working.set(name, value),
    saveAsync: (callback) => {
      if (!fail) for (const [k, v] of working) saved.set(k, v);
      setTimeout(
        () => callback?.(fail ? { status: 'failed', error: { message: 'quota' } } : { status: 'succeeded' }),
        0,
      );
    },
  };
  return { store, saved };
}

test('nothing stored: the defaults, no issue', () => {
  const defaults = { value: DEFAULT_SETTINGS, issues: [], fromRowsPerFile: null };
  expect(loadExportSettings(fakeStore().store)).toEqual(defaults);
  expect(loadExportSettings(null)).toEqual(defaults);
});

test('stored settings come back parsed by core', () => {
  const { store } = fakeStore({ [SETTINGS_KEY]: { encoding: 'WINDOWS-1252', linesPerFile: '50' } });
  expect(loadExportSettings(store)).toEqual({
    value: { encoding: 'windows-1252', linesPerFile: 50 },
    issues: [],
    fromRowsPerFile: null,
  });
});

// Issue #14: a document saved before the header counted keeps writing the same files.
test('the earlier stored maxRowsPerFile is read as registrations, converted, and left as stored', () => {
  const stored = { encoding: 'utf-8-bom', maxRowsPerFile: 100 };
  const { store, saved } = fakeStore({ [SETTINGS_KEY]: stored });
  expect(loadExportSettings(store)).toEqual({
    value: { encoding: 'utf-8-bom', linesPerFile: 101 },
    issues: [],
    fromRowsPerFile: 100,
  });
  // Loading never rewrites the document: only the user's save does.
  expect(saved.get(SETTINGS_KEY)).toBe(stored);
});

test('saving after a conversion stores the new form only', async () => {
  const { store, saved } = fakeStore({ [SETTINGS_KEY]: { encoding: 'utf-8', maxRowsPerFile: 100 } });
  const loaded = loadExportSettings(store);
  await saveExportSettings(store, loaded.value);
  expect(saved.get(SETTINGS_KEY)).toEqual({ encoding: 'utf-8', linesPerFile: 101 });
  expect(loadExportSettings(store)).toEqual({ ...loaded, fromRowsPerFile: null });
});

test('invalid stored settings: the defaults, and core says why', () => {
  const { store } = fakeStore({ [SETTINGS_KEY]: { encoding: 'latin1', linesPerFile: 0 } });
  const loaded = loadExportSettings(store);
  expect(loaded.value).toEqual(DEFAULT_SETTINGS);
  expect(loaded.issues.map((issue) => issue.code).sort()).toEqual(['settings_encoding', 'settings_max_rows']);
});

test('saving validates first, then stores in the document', async () => {
  const { store, saved } = fakeStore();
  await expect(saveExportSettings(store, { encoding: 'utf-8', linesPerFile: '80' })).resolves.toEqual({
    ok: true,
    value: { encoding: 'utf-8', linesPerFile: 80 },
  });
  expect(saved.get(SETTINGS_KEY)).toEqual({ encoding: 'utf-8', linesPerFile: 80 });
});

test.each([0, -1, Number.NaN, 1.5, 1, 5000])(
  'invalid input (%p lines) is never stored',
  async (linesPerFile) => {
    const { store, saved } = fakeStore();
    const result = await saveExportSettings(store, { encoding: 'utf-8', linesPerFile });
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'invalid') expect(result.issues[0]?.code).toBe('settings_max_rows');
    expect(saved.has(SETTINGS_KEY)).toBe(false);
  },
);

test('a failed saveAsync is reported', async () => {
  const { store } = fakeStore({}, true);
  await expect(saveExportSettings(store, {})).resolves.toEqual({
    ok: false,
    reason: 'save_failed',
    message: 'quota',
  });
});

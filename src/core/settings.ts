import { z } from 'zod';
import type { IssueCode } from './issueCodes';
import {
  DEFAULT_SETTINGS,
  ENCODINGS,
  newIssue,
  type Encoding,
  type ExportSettings,
  type Issue,
} from './types';

/**
 * Smallest and largest accepted `linesPerFile` (lines per file, the header line included).
 *
 * SPEC: "At most 100 lines per file, the header line included ("maximaal 100 lijnen in het
 * document"), so 99 registrations. One setting, in the manual's terms: lines per file, header
 * included, default 100". The smallest file worth writing is the header plus one registration (2).
 * The ceiling only guards against typos such as 10000 (files the upload rejects as a whole): 1001
 * lines is 1000 registrations, the ceiling of the earlier "registrations per file" setting, so
 * every value a document stored with that setting still fits ({@link LEGACY_ROWS_PER_FILE_RANGE}).
 * If Vaccinnet ever takes more, raise this constant.
 *
 * @example
 * ```ts
 * LINES_PER_FILE_RANGE.max; // 1001
 * ```
 */
export const LINES_PER_FILE_RANGE = { min: 2, max: 1001 } as const;

/**
 * The range of the earlier setting `maxRowsPerFile` (registrations per file, header not counted),
 * as documents stored it before SPEC counted the header line: read as registrations, it becomes
 * `maxRowsPerFile + 1` lines, so such a document keeps writing exactly the files it wrote before.
 *
 * @example
 * ```ts
 * LEGACY_ROWS_PER_FILE_RANGE.max; // 1000
 * ```
 */
export const LEGACY_ROWS_PER_FILE_RANGE = { min: 1, max: 1000 } as const;

/**
 * Registrations in one file: every line but the header (SPEC: 100 lines, so 99 registrations).
 * Takes a value {@link checkLinesPerFile} accepted.
 *
 * @example
 * ```ts
 * registrationsPerFile(100); // 99
 * ```
 */
export function registrationsPerFile(linesPerFile: number): number {
  return linesPerFile - 1;
}

type SettingsKey = keyof ExportSettings;

const CODE_OF = {
  encoding: 'settings_encoding',
  linesPerFile: 'settings_max_rows',
} as const satisfies Readonly<Record<SettingsKey, IssueCode>>;

/** Blank means "not set": absent, null, or text that is only whitespace. */
const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const blankToUndefined = (value: unknown): unknown => (isBlank(value) ? undefined : value);

/** Settings come from document settings or a sheet cell: treat anything but an object as "nothing set". */
const asRecord = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};

/** Accepts the stored spelling in any case and with outer spaces ('UTF-8-BOM ' -> 'utf-8-bom'). */
const encodingSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(ENCODINGS),
);

/** Text holding only digits is read as its number (a value typed in the pane or read from a cell). */
const digitsToNumber = (value: unknown): unknown =>
  typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : value;

/** THE validation of the lines-per-file setting: every reader of the setting goes through it. */
const linesPerFileSchema = z.preprocess(
  digitsToNumber,
  z.number().int().min(LINES_PER_FILE_RANGE.min).max(LINES_PER_FILE_RANGE.max),
);

/** The earlier `maxRowsPerFile` (registrations), as stored by documents before the header counted. */
const legacyRowsSchema = z.preprocess(
  digitsToNumber,
  z.number().int().min(LEGACY_ROWS_PER_FILE_RANGE.min).max(LEGACY_ROWS_PER_FILE_RANGE.max),
);

/** How a rejected value is shown in a message: text as typed, anything else as JSON-ish text. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/**
 * The one issue of a rejected setting: the key decides the code. `row` is 0 and `column` null:
 * settings are about the workbook, not a sheet row or batch field.
 */
function settingIssue(key: SettingsKey, value: unknown): Issue {
  return key === 'linesPerFile'
    ? newIssue(CODE_OF[key], 0, null, {
        value: shown(value),
        min: LINES_PER_FILE_RANGE.min,
        max: LINES_PER_FILE_RANGE.max,
      })
    : newIssue(CODE_OF[key], 0, null, { value: shown(value) });
}

/**
 * Checks one lines-per-file value (SPEC: lines per file, header included, a whole number; see
 * {@link LINES_PER_FILE_RANGE}). The one validation of this setting: parseSettings, planExport,
 * validateRegistrations, createBatch, the sheet's band formulas and the pane all use it, so 0, -1,
 * NaN or 1.5 get the same answer everywhere (`settings_max_rows`, params `{ value, min, max }`).
 * Text of digits is accepted (a value typed in the pane); blank is not a value here.
 *
 * @example
 * ```ts
 * checkLinesPerFile(100); // { ok: true, value: 100 }
 * checkLinesPerFile(1.5); // { ok: false, issue: { code: 'settings_max_rows', row: 0, column: null, ... } }
 * ```
 */
export function checkLinesPerFile(value: unknown): { ok: true; value: number } | { ok: false; issue: Issue } {
  const result = linesPerFileSchema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issue: settingIssue('linesPerFile', value) };
}

/**
 * The zod schema of the export settings as the add-in stores them now: `{ encoding, linesPerFile }`.
 * Absent or blank values take {@link DEFAULT_SETTINGS}. Use {@link parseSettings} to read what a
 * document stored (it also reads the earlier `maxRowsPerFile`) and to get our issue codes.
 *
 * @example
 * ```ts
 * settingsSchema.parse({}); // { encoding: 'utf-8-bom', linesPerFile: 100 }
 * ```
 */
export const settingsSchema = z.preprocess(
  asRecord,
  z.object({
    encoding: z.preprocess(blankToUndefined, encodingSchema.default(DEFAULT_SETTINGS.encoding)),
    linesPerFile: z.preprocess(blankToUndefined, linesPerFileSchema.default(DEFAULT_SETTINGS.linesPerFile)),
  }),
);

/** parseSettings' answer. */
export type ParsedSettings =
  | {
      ok: true;
      value: ExportSettings;
      /**
       * Present when the value came from the earlier setting `maxRowsPerFile` (registrations per
       * file, header not counted): the stored number, so the pane can show the conversion.
       */
      fromRowsPerFile?: number;
    }
  | { ok: false; issues: Issue[] };

/**
 * Parses the export settings a document stored, or the pane's form (SPEC: encoding default UTF-8
 * with BOM, other choices UTF-8 without BOM and Windows-1252; lines per file, header included,
 * default 100).
 *
 * Absent or blank values take the defaults of {@link DEFAULT_SETTINGS}. The encoding is accepted in
 * any case; `linesPerFile` goes through {@link checkLinesPerFile}. Stored format (the workbook's
 * contract): `{ encoding, linesPerFile }`. A document saved before the header counted holds
 * `{ encoding, maxRowsPerFile }` instead: that number is read as registrations, so it becomes
 * `maxRowsPerFile + 1` lines (same files as before, never a silent change of meaning) and
 * `fromRowsPerFile` says so. When both keys are present, `linesPerFile` wins. Unknown keys are
 * ignored. Every problem is reported: `settings_encoding` (params `{ value }`) and
 * `settings_max_rows` (params `{ value, min, max }`, in lines), row 0, column null.
 *
 * @example
 * ```ts
 * parseSettings({ encoding: 'windows-1252' });
 * // { ok: true, value: { encoding: 'windows-1252', linesPerFile: 100 } }
 * parseSettings({ maxRowsPerFile: 100 });
 * // { ok: true, value: { encoding: 'utf-8-bom', linesPerFile: 101 }, fromRowsPerFile: 100 }
 * parseSettings({ linesPerFile: 0 });
 * // { ok: false, issues: [{ code: 'settings_max_rows', row: 0, column: null, ... }] }
 * ```
 */
export function parseSettings(input: unknown): ParsedSettings {
  const record = asRecord(input) as Record<string, unknown>;
  const issues: Issue[] = [];

  const encodingInput = blankToUndefined(record['encoding']);
  let encoding: Encoding = DEFAULT_SETTINGS.encoding;
  if (encodingInput !== undefined) {
    const parsed = encodingSchema.safeParse(encodingInput);
    if (parsed.success) encoding = parsed.data;
    else issues.push(settingIssue('encoding', encodingInput));
  }

  let linesPerFile: number = DEFAULT_SETTINGS.linesPerFile;
  let fromRowsPerFile: number | undefined;
  const linesInput = blankToUndefined(record['linesPerFile']);
  const legacyInput = blankToUndefined(record['maxRowsPerFile']);
  if (linesInput !== undefined) {
    const checked = checkLinesPerFile(linesInput);
    if (checked.ok) linesPerFile = checked.value;
    else issues.push(checked.issue);
  } else if (legacyInput !== undefined) {
    const legacy = legacyRowsSchema.safeParse(legacyInput);
    if (legacy.success) {
      fromRowsPerFile = legacy.data;
      linesPerFile = legacy.data + 1;
    } else {
      issues.push(settingIssue('linesPerFile', legacyInput));
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  const value: ExportSettings = { encoding, linesPerFile };
  return fromRowsPerFile === undefined ? { ok: true, value } : { ok: true, value, fromRowsPerFile };
}

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
 * Smallest and largest accepted `maxRowsPerFile`.
 *
 * SPEC: "At most 100 registrations per file (make the limit one setting, default 100)". The limit
 * is a setting because Vaccinnet may change it; the ceiling of 1000 (ten times today's limit)
 * only guards against typos such as 10000, which would make files the upload rejects as a whole.
 * If Vaccinnet ever takes more than 1000 lines per file, raise this constant.
 *
 * @example
 * ```ts
 * MAX_ROWS_PER_FILE_RANGE.max; // 1000
 * ```
 */
export const MAX_ROWS_PER_FILE_RANGE = { min: 1, max: 1000 } as const;

type SettingsKey = keyof ExportSettings;

const CODE_OF = {
  encoding: 'settings_encoding',
  maxRowsPerFile: 'settings_max_rows',
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

/** A whole number of rows; text holding only digits is accepted (a value read back from a cell). */
const maxRowsSchema = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : value),
  z.number().int().min(MAX_ROWS_PER_FILE_RANGE.min).max(MAX_ROWS_PER_FILE_RANGE.max),
);

/**
 * The zod schema of the export settings. Absent or blank values take {@link DEFAULT_SETTINGS}.
 * Use {@link parseSettings} to get our issue codes; this schema's own issues are zod's.
 *
 * @example
 * ```ts
 * settingsSchema.parse({}); // { encoding: 'utf-8-bom', maxRowsPerFile: 100 }
 * ```
 */
export const settingsSchema = z.preprocess(
  asRecord,
  z.object({
    encoding: z.preprocess(blankToUndefined, encodingSchema.default(DEFAULT_SETTINGS.encoding)),
    maxRowsPerFile: z.preprocess(blankToUndefined, maxRowsSchema.default(DEFAULT_SETTINGS.maxRowsPerFile)),
  }),
);

/** How a rejected value is shown in a message: text as typed, anything else as JSON-ish text. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/**
 * The one place where zod's issues on settings become our issues: the key decides the code.
 * `row` is 0 and `column` null: settings are about the workbook, not a sheet row or batch field.
 */
function toIssue(zodIssue: z.core.$ZodIssue, input: Record<string, unknown>): Issue {
  const key = zodIssue.path[0];
  if (key !== 'encoding' && key !== 'maxRowsPerFile') {
    // Broken invariant: the object schema only has these two keys and the root is always an object.
    throw new Error(`settings: unexpected zod issue at path ${String(key)}`);
  }
  const value = shown(input[key]);
  return key === 'maxRowsPerFile'
    ? newIssue(CODE_OF[key], 0, null, {
        value,
        min: MAX_ROWS_PER_FILE_RANGE.min,
        max: MAX_ROWS_PER_FILE_RANGE.max,
      })
    : newIssue(CODE_OF[key], 0, null, { value });
}

/**
 * Parses the export settings (SPEC: encoding default UTF-8 with BOM, other choices UTF-8 without
 * BOM and Windows-1252; at most 100 registrations per file, a setting).
 *
 * Absent or blank values take the defaults of {@link DEFAULT_SETTINGS}. The encoding is accepted in
 * any case; `maxRowsPerFile` must be a whole number from 1 to 1000 (a number, or text of digits).
 * Unknown keys are ignored. Every problem is reported: `settings_encoding` (params `{ value }`)
 * and `settings_max_rows` (params `{ value, min, max }`), row 0, column null.
 *
 * @example
 * ```ts
 * parseSettings({ encoding: 'windows-1252' });
 * // { ok: true, value: { encoding: 'windows-1252', maxRowsPerFile: 100 } }
 * parseSettings({ maxRowsPerFile: 0 });
 * // { ok: false, issues: [{ code: 'settings_max_rows', row: 0, column: null, ... }] }
 * ```
 */
export function parseSettings(
  input: unknown,
): { ok: true; value: ExportSettings } | { ok: false; issues: Issue[] } {
  const result = settingsSchema.safeParse(input);
  if (result.success) {
    const value: ExportSettings = {
      encoding: result.data.encoding satisfies Encoding,
      maxRowsPerFile: result.data.maxRowsPerFile,
    };
    return { ok: true, value };
  }
  const record = asRecord(input) as Record<string, unknown>;
  return { ok: false, issues: result.error.issues.map((issue) => toIssue(issue, record)) };
}

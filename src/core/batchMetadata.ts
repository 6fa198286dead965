import { z } from 'zod';
import { calendarDateOf, compareDates, excelSerialToDate, formatIso, parseIsoDate } from './calendar';
import { parseCommonDateText } from './birthDate';
import { validateInsz, type InszErrorCode } from './insz';
import type { BatchIssueCode, IssueParamsOf } from './issueCodes';
import { codePointLabel, findControlCharacter, isBlankText, toNfc } from './textChecks';
import {
  BATCH_FIELDS,
  type BatchField,
  type BatchLists,
  type BatchMetadata,
  type CalendarDate,
  type Issue,
  newIssue,
} from './types';

/**
 * The batch fields of SPEC ("The batch fields", kept on the batch-metadata sheet) as a zod schema,
 * and the one mapping of its issues onto our codes.
 *
 * How the schema speaks to the mapping: a rule that zod cannot express natively (INSZ, dates,
 * lists...) reports a zod `custom` issue whose `params` carry our code and params under
 * {@link CODED}. Anything else zod reports itself (a value of the wrong type: a boolean where a
 * date belongs) is mapped by field in {@link toIssue}. Nothing else turns zod issues into ours.
 */

/** Key under which a custom zod issue carries our code and params. */
const CODED = 'vaccinnet';

/** One of our batch codes with its params (typed per code, see IssueParamsByCode). */
type CodedIssue = { [C in BatchIssueCode]: { code: C; params: IssueParamsOf<C> } }[BatchIssueCode];

/**
 * Context the schema needs: today's date (never read from the clock in core) and the lists.
 *
 * @example
 * ```ts
 * const context: BatchSchemaContext = { today: new Date(2026, 10, 28), lists: DEFAULT_LISTS };
 * ```
 */
export interface BatchSchemaContext {
  today: Date;
  lists: BatchLists;
}

/**
 * SPEC: gratis voorraad is Ja/Nee. Also accepted: the fr and en words, any case. A Map, not an
 * object literal, so that typing `constructor` finds nothing.
 */
const YES_NO: ReadonlyMap<string, 'Ja' | 'Nee'> = new Map([
  ['ja', 'Ja'],
  ['nee', 'Nee'],
  ['oui', 'Ja'],
  ['non', 'Nee'],
  ['yes', 'Ja'],
  ['no', 'Nee'],
]);

/** SPEC: "dosis (exactly 0.5, 1 or 2)". */
const DOSES = [0.5, 1, 2] as const;
type Dose = (typeof DOSES)[number];
const isDose = (n: number): n is Dose => (DOSES as readonly number[]).includes(n);

/** Dose as typed: digits with an optional decimal comma (Belgian) or point: `0,5`, `0.5`, `1`, `2,0`. */
const DOSE_TEXT = /^\d+(?:[.,]\d+)?$/;

/**
 * Administration dates before 1900 are refused as invalid: Excel's date system starts there, so
 * such a date can only be a typo (`28/11/0026`), even if it exists in the calendar.
 */
const FIRST_YEAR = 1900;

/** The optional fields whose value must come from a drop-down list (BatchLists key = field name). */
type ListField = 'toedieningswijze' | 'typeProfylaxe' | 'lichaamsdeel' | 'lichaamszijde';

/** Blank means "not filled in": absent, null, or text that is empty or whitespace only. */
const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && isBlankText(value));

const blankToUndefined = (value: unknown): unknown => (isBlank(value) ? undefined : value);

/** Reads a batch from anything: what is not an object has no fields filled in. */
const asRecord = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
    ? value
    : {};

/** Reports one of our codes from inside the schema, as a zod custom issue (see {@link CODED}). */
function report<C extends BatchIssueCode>(
  ctx: z.core.$RefinementCtx,
  code: C,
  params: IssueParamsOf<C>,
): typeof z.NEVER {
  // The generic pair is one member of the CodedIssue union; TypeScript cannot see that itself.
  const coded = { code, params } as CodedIssue;
  ctx.addIssue({ code: 'custom', message: code, input: ctx.value, params: { [CODED]: coded } });
  return z.NEVER;
}

/** A required field: blank -> batch_required, and the field's own rule is not run. */
const required = <T extends z.ZodType<unknown, NonNullable<unknown>>>(schema: T) =>
  z.preprocess(
    blankToUndefined,
    z
      .custom<NonNullable<unknown>>((value) => value !== undefined, {
        params: { [CODED]: { code: 'batch_required', params: {} } satisfies CodedIssue },
        abort: true,
      })
      .pipe(schema),
  );

/** An optional field: blank -> undefined (dropped from the result by {@link toBatchMetadata}). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * Text as stored: trimmed and in NFC (SPEC: "values trimmed and in Unicode NFC"). A number is
 * taken as its text (a lot number typed into a General cell arrives as a number). A control,
 * zero-width or invisible formatting character -> batch_text with params `{ char: 'U+000A' }`.
 */
const freeText = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = toNfc(String(value).trim());
  const bad = findControlCharacter(text);
  return bad === null ? text : report(ctx, 'batch_text', { char: codePointLabel(bad) });
});

/**
 * INSZ of the toediener: valid by SPEC's INSZ rules, stored compact (11 digits). A failure ->
 * batch_insz with params `{ reason }`, the insz_* code. A number (INSZ typed into a General cell)
 * with fewer than 11 digits that is valid once left-padded is reported with reason
 * `insz_leading_zero_lost`, like SPEC's registration rule, rather than silently padded.
 */
const toedienerInszSchema = (today: Date) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = String(value);
    const lostLeadingZero =
      typeof value === 'number' &&
      Number.isSafeInteger(value) &&
      value > 0 &&
      text.length < 11 &&
      validateInsz(text.padStart(11, '0'), { today }).valid;
    if (lostLeadingZero) return report(ctx, 'batch_insz', { reason: 'insz_leading_zero_lost' });
    const result = validateInsz(text, { today });
    return result.valid ? result.compact : report(ctx, 'batch_insz', { reason: result.code });
  });

/** Ja/Nee, Oui/Non, Yes/No in any case, or an Excel boolean (a checkbox cell) -> 'Ja' | 'Nee'. */
const yesNoSchema = z.union([z.string(), z.boolean()]).transform((value, ctx): 'Ja' | 'Nee' => {
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  const answer = YES_NO.get(value.trim().toLowerCase());
  return answer ?? report(ctx, 'batch_yes_no', { value: value.trim() });
});

/** The calendar date a cell value stands for, or null when it is no real date. */
function dateOf(value: string | number | Date): CalendarDate | null {
  if (typeof value === 'number') return excelSerialToDate(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : calendarDateOf(value);
  const text = value.trim();
  return parseIsoDate(text) ?? parseCommonDateText(text);
}

/**
 * Datum toediening: ISO `YYYY-MM-DD`, Belgian day-first text (`28/11/2026`, `28-11-2026`,
 * `28.11.2026`, `28112026`), a JS Date (local calendar date) or an Excel serial number (1900
 * system). Stored as ISO. No real date -> batch_date_invalid `{ value }`; after today ->
 * batch_date_future `{ date }` (ISO).
 */
const datumToedieningSchema = (today: CalendarDate) =>
  z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
    const date = dateOf(value);
    if (date === null || date.year < FIRST_YEAR) {
      return report(ctx, 'batch_date_invalid', { value: shown(value) });
    }
    if (compareDates(date, today) > 0) return report(ctx, 'batch_date_future', { date: formatIso(date) });
    return formatIso(date);
  });

/** Dosis: the number 0.5, 1 or 2, or that number as text with a decimal comma or point. */
const dosisSchema = z.union([z.number(), z.string()]).transform((value, ctx): Dose => {
  const text = typeof value === 'string' ? value.trim() : '';
  const n = typeof value === 'number' ? value : DOSE_TEXT.test(text) ? Number(text.replace(',', '.')) : NaN;
  return isDose(n) ? n : report(ctx, 'batch_dose', { value: shown(value) });
});

/**
 * A drop-down field: the value must be on the list (case-insensitive, outer spaces ignored) and
 * is stored with the list's spelling. Not on the list -> batch_list_value `{ value }`.
 */
const listValueSchema = (list: readonly string[]) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = toNfc(String(value).trim());
    const key = text.toLowerCase();
    const entry = list.find((item) => toNfc(item.trim()).toLowerCase() === key);
    return entry === undefined ? report(ctx, 'batch_list_value', { value: text }) : toNfc(entry.trim());
  });

/** A value as shown back to the user in a message param. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : formatIso(calendarDateOf(value));
  return '';
}

type RawBatch = {
  toedienerInsz: string;
  organisatie?: string | undefined;
  gratisVoorraad: 'Ja' | 'Nee';
  datumToediening: string;
  immunisatieproduct: string;
  dosis: Dose;
  lotnummer?: string | undefined;
  toedieningswijze?: string | undefined;
  typeProfylaxe?: string | undefined;
  lichaamsdeel?: string | undefined;
  lichaamszijde?: string | undefined;
  opmerkingen?: string | undefined;
};

/** Drops the optional fields left blank: `exactOptionalPropertyTypes` means omitted, never undefined. */
function toBatchMetadata(raw: RawBatch): BatchMetadata {
  const value: BatchMetadata = {
    toedienerInsz: raw.toedienerInsz,
    gratisVoorraad: raw.gratisVoorraad,
    datumToediening: raw.datumToediening,
    immunisatieproduct: raw.immunisatieproduct,
    dosis: raw.dosis,
  };
  const optionalFields = [
    'organisatie',
    'lotnummer',
    'toedieningswijze',
    'typeProfylaxe',
    'lichaamsdeel',
    'lichaamszijde',
    'opmerkingen',
  ] as const;
  for (const field of optionalFields) {
    const text = raw[field];
    if (text !== undefined) value[field] = text;
  }
  return value;
}

/**
 * The zod schema of the batch fields for a given day and set of lists (both are inputs: core never
 * reads the clock, and the lists are the user's editable lists sheet). Keys are the
 * {@link BATCH_FIELDS}; unknown keys are ignored; the output is a {@link BatchMetadata}.
 * Its issues are zod's: use {@link parseBatchMetadata} to get our codes.
 *
 * @example
 * ```ts
 * const schema = batchMetadataSchema({ today: new Date(2026, 10, 28), lists: DEFAULT_LISTS });
 * schema.safeParse({ dosis: '0,5' }).success; // false (the required fields are missing)
 * ```
 */
export function batchMetadataSchema(context: BatchSchemaContext) {
  const { lists } = context;
  const list = (field: ListField) => optional(listValueSchema(lists[field]));
  // Keys in BATCH_FIELDS order, so the issues come out in that order.
  return z.preprocess(
    asRecord,
    z
      .object({
        toedienerInsz: required(toedienerInszSchema(context.today)),
        organisatie: optional(freeText),
        gratisVoorraad: required(yesNoSchema),
        datumToediening: required(datumToedieningSchema(calendarDateOf(context.today))),
        immunisatieproduct: required(freeText),
        dosis: required(dosisSchema),
        lotnummer: optional(freeText),
        toedieningswijze: list('toedieningswijze'),
        typeProfylaxe: list('typeProfylaxe'),
        lichaamsdeel: list('lichaamsdeel'),
        lichaamszijde: list('lichaamszijde'),
        opmerkingen: optional(freeText),
      })
      .transform(toBatchMetadata),
  );
}

/** What a field reports when zod itself rejects the value's type (e.g. a boolean as a date). */
const TYPE_MISMATCH: Readonly<Record<BatchField, (input: unknown) => CodedIssue>> = {
  toedienerInsz: () => ({
    code: 'batch_insz',
    params: { reason: 'insz_characters' satisfies InszErrorCode },
  }),
  organisatie: () => ({ code: 'batch_text', params: {} }),
  gratisVoorraad: (input) => ({ code: 'batch_yes_no', params: { value: shown(input) } }),
  datumToediening: (input) => ({ code: 'batch_date_invalid', params: { value: shown(input) } }),
  immunisatieproduct: () => ({ code: 'batch_text', params: {} }),
  dosis: (input) => ({ code: 'batch_dose', params: { value: shown(input) } }),
  lotnummer: () => ({ code: 'batch_text', params: {} }),
  toedieningswijze: (input) => ({ code: 'batch_list_value', params: { value: shown(input) } }),
  typeProfylaxe: (input) => ({ code: 'batch_list_value', params: { value: shown(input) } }),
  lichaamsdeel: (input) => ({ code: 'batch_list_value', params: { value: shown(input) } }),
  lichaamszijde: (input) => ({ code: 'batch_list_value', params: { value: shown(input) } }),
  opmerkingen: () => ({ code: 'batch_text', params: {} }),
};

const isBatchField = (key: unknown): key is BatchField => (BATCH_FIELDS as readonly unknown[]).includes(key);

function codedOf(zodIssue: z.core.$ZodIssue): CodedIssue | undefined {
  if (zodIssue.code !== 'custom') return undefined;
  const coded: unknown = zodIssue.params?.[CODED];
  return typeof coded === 'object' && coded !== null ? (coded as CodedIssue) : undefined;
}

/**
 * THE mapping of zod's issues onto ours (ARCHITECTURE: "its issues are mapped onto our codes in
 * one place"): our code from a custom issue, else the field's type-mismatch code. Column = the
 * field, severity from ISSUE_SEVERITY.
 */
function toIssue(zodIssue: z.core.$ZodIssue, row: number): Issue {
  const field = zodIssue.path[0];
  if (!isBatchField(field)) {
    // Broken invariant: the root is always an object, and every key of the shape is a BatchField.
    throw new Error(`batchMetadata: zod issue outside the batch fields (path ${zodIssue.path.join('.')})`);
  }
  const { code, params } = codedOf(zodIssue) ?? TYPE_MISMATCH[field](zodIssue.input);
  return newIssue(code, row, field, params);
}

/**
 * Parses and checks the batch fields (SPEC "The batch fields") as read from the batch-metadata
 * sheet: an object keyed by {@link BatchField} holding raw cell values (text, numbers, booleans,
 * Dates; blank = absent). Every field's problem is reported at once, one issue per field, with
 * `row = options.row ?? 0` and `column` = the field.
 *
 * Required: toedienerInsz (batch_insz `{ reason }`), gratisVoorraad (batch_yes_no `{ value }`),
 * datumToediening (batch_date_invalid `{ value }`, batch_date_future `{ date }`),
 * immunisatieproduct (batch_text `{ char }`), dosis (batch_dose `{ value }`); blank ->
 * batch_required. Optional free text organisatie, lotnummer, opmerkingen (batch_text `{ char }`);
 * optional list fields toedieningswijze, typeProfylaxe, lichaamsdeel, lichaamszijde
 * (batch_list_value `{ value }`). Blank optional fields are omitted from the value.
 *
 * Throws a RangeError only when `options.today` is an invalid Date (a broken invariant of the
 * caller, as in validateInsz).
 *
 * @example
 * ```ts
 * parseBatchMetadata(
 *   { toedienerInsz: '85.07.30-033.28', gratisVoorraad: 'ja', datumToediening: '28/11/2026',
 *     immunisatieproduct: 'Vaxigrip Tetra', dosis: '0,5', lichaamszijde: 'links' },
 *   { today: new Date(2026, 10, 28), lists: DEFAULT_LISTS },
 * );
 * // { ok: true, value: { toedienerInsz: '85073003328', gratisVoorraad: 'Ja',
 * //   datumToediening: '2026-11-28', immunisatieproduct: 'Vaxigrip Tetra', dosis: 0.5,
 * //   lichaamszijde: 'Links' } }
 * parseBatchMetadata({ dosis: 3 }, { today, lists: DEFAULT_LISTS, row: 4 });
 * // { ok: false, issues: [batch_required x4 (toedienerInsz, gratisVoorraad, datumToediening,
 * //   immunisatieproduct), { code: 'batch_dose', row: 4, column: 'dosis', params: { value: '3' } }] }
 * ```
 */
export function parseBatchMetadata(
  input: unknown,
  options: { today: Date; lists: BatchLists; row?: number },
): BatchMetadataResult {
  return batchMetadataParser(options)(input, options.row);
}

/**
 * What {@link parseBatchMetadata} returns.
 *
 * @example
 * ```ts
 * const result: BatchMetadataResult = parseBatchMetadata(fields, { today, lists });
 * ```
 */
export type BatchMetadataResult = { ok: true; value: BatchMetadata } | { ok: false; issues: Issue[] };

/**
 * {@link parseBatchMetadata} for many batches with the same day and lists: the schema is built
 * once (building it costs more than a parse). The day's register parses each distinct combination
 * of a row's batch cells with it (grouping.ts). Throws a RangeError only when `options.today` is
 * an invalid Date.
 *
 * @example
 * ```ts
 * const parse = batchMetadataParser({ today: new Date(2026, 10, 28), lists: DEFAULT_LISTS });
 * parse({ dosis: '0,5', ... }, 7); // as parseBatchMetadata(..., { today, lists, row: 7 })
 * ```
 */
export function batchMetadataParser(options: {
  today: Date;
  lists: BatchLists;
}): (input: unknown, row?: number) => BatchMetadataResult {
  if (Number.isNaN(options.today.getTime())) {
    throw new RangeError('parseBatchMetadata: options.today is an invalid Date');
  }
  const schema = batchMetadataSchema({ today: options.today, lists: options.lists });
  return (input, row = 0) => {
    // reportInput: the type-mismatch mapping shows the rejected value back to the user.
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: result.error.issues.map((issue) => toIssue(issue, row)) };
  };
}

/**
 * Grouping the rows of a day's register into batches (SPEC "A day's register"): the manual's rule
 * "Per registratie waarvoor ... alle velden hetzelfde zijn, vul een CSV-bestand aan": registrations
 * whose batch fields are all equal go into the same file(s).
 *
 * The batch fields of a row are normalised by the batch form's own rules (batchMetadata.ts
 * parseBatchMetadata: trim, NFC, list values in the list's spelling, dates parsed, dose with a
 * comma or a point), never by a second copy of them. The rows of a register repeat a handful of
 * combinations, so each distinct combination of raw cells is parsed once (a Map from the raw cells
 * to the outcome): 100,000 rows cost a dozen Map look-ups each, not 100,000 zod parses. (A
 * register whose rows all differ, say a different remark on every row, parses every row: correct,
 * only slower.)
 */
import { batchKey } from './batchId';
import type { BatchIssueCode, IssueParamsOf, RegisterIssueCode } from './issueCodes';
import { batchNearDuplicates } from './nearDuplicates';
import { batchMetadataParser, type BatchMetadataResult } from './batchMetadata';
import { isBlankText } from './textChecks';
import {
  BATCH_FIELDS,
  REGISTRATION_COLUMNS,
  type BatchField,
  type BatchLists,
  type BatchMetadata,
  type Cell,
  type Issue,
  type RegistrationRow,
  newIssue,
} from './types';

/**
 * One row of a register sheet: the five registration cells (columns A:E, file order) and the
 * batch-field cells of the same row. A batch field the sheet has no column for is absent (empty).
 *
 * @example
 * ```ts
 * const row: RegisterRow = {
 *   row: 5,
 *   cells: { insz: text('85073003328'), naam: empty, voornaam: empty, geboortedatum: empty, postcode: empty },
 *   batch: { datumToediening: text('28/11/2026'), immunisatieproduct: text('Vaxigrip Tetra'), dosis: number(0.5), ... },
 * };
 * ```
 */
export interface RegisterRow extends RegistrationRow {
  batch: Readonly<Partial<Record<BatchField, Cell>>>;
}

/**
 * One group: the rows whose normalised batch fields are all equal.
 *
 * @example
 * ```ts
 * group.batch.immunisatieproduct; // 'Vaxigrip Tetra'
 * group.rows; // [2, 3, 7] sheet rows, in sheet order
 * ```
 */
export interface RegisterGroup {
  /** {@link batchKey} of `batch`: equal keys, same group; different keys, different groups. */
  key: string;
  /** The normalised batch fields every row of the group shares. */
  batch: BatchMetadata;
  /** 0-based indices into the input rows, ascending. */
  indices: number[];
  /** The sheet row numbers of those rows, in the same order. */
  rows: number[];
}

/** {@link RegisterGrouping.groupOf} of a row blocked by its batch fields. */
export const GROUP_BLOCKED = -1;
/** {@link RegisterGrouping.groupOf} of an empty row (no registration cell filled in). */
export const GROUP_EMPTY = -2;

/**
 * What {@link groupRegister} decided.
 *
 * @example
 * ```ts
 * const grouping: RegisterGrouping = groupRegister(rows, { today, lists });
 * grouping.counts.rows === grouping.counts.grouped + grouping.counts.blocked + grouping.counts.empty; // true
 * ```
 */
export interface RegisterGrouping {
  /** The groups, in the sheet order of their first row. */
  groups: RegisterGroup[];
  /** Per input row: its group's index, {@link GROUP_BLOCKED} or {@link GROUP_EMPTY}. */
  groupOf: Int32Array;
  /** 0-based indices of the rows blocked by their batch fields, ascending. */
  blocked: number[];
  /**
   * Batch-field findings (register_* codes, cell_error) and near-duplicate warnings, ordered by
   * row, then field in {@link BATCH_FIELDS} order, then code.
   */
  issues: Issue[];
  counts: { rows: number; grouped: number; blocked: number; empty: number };
}

/**
 * The register code of each batch code parseBatchMetadata reports. The settings codes never come
 * out of it; their entry is null and meeting one is a broken invariant.
 */
const REGISTER_CODE: Readonly<Record<BatchIssueCode, RegisterIssueCode | null>> = {
  batch_required: 'register_field_required',
  batch_insz: 'register_toediener_insz',
  batch_yes_no: 'register_yes_no',
  batch_date_invalid: 'register_date_invalid',
  batch_date_future: 'register_date_future',
  batch_dose: 'register_dose',
  batch_list_value: 'register_list_value',
  batch_text: 'register_text',
  settings_encoding: null,
  settings_max_rows: null,
};

/** A finding about one field, before it has a row. */
type FieldFinding = {
  [C in RegisterIssueCode | 'cell_error']: { code: C; column: BatchField; params: IssueParamsOf<C> };
}[RegisterIssueCode | 'cell_error'];

/** The outcome of normalising one combination of raw batch cells. */
type Normalised =
  { ok: true; batch: BatchMetadata; key: string } | { ok: false; findings: readonly FieldFinding[] };

/** A cell's value as the batch form receives it: blank is null, a date serial is its number. */
function rawValue(cell: Cell | undefined): unknown {
  if (cell === undefined || cell.kind === 'empty' || cell.kind === 'error') return null;
  return cell.value;
}

/**
 * Gives each distinct cell of one batch field a small number (1, 2, ...; 0 for an empty cell), so
 * that a row's batch cells become a short key of numbers. Cells that the batch form reads alike get
 * the same number: a date serial and a number of the same value (both reach the parser as that
 * number). Text, numbers and booleans, and Excel errors, are kept apart.
 */
class FieldInterner {
  private readonly texts = new Map<string, number>();
  private readonly others = new Map<number | boolean, number>();
  private readonly errors = new Map<string, number>();
  private next = 1;

  id(cell: Cell | undefined): number {
    if (cell === undefined) return 0;
    switch (cell.kind) {
      case 'empty':
        return 0;
      case 'text':
        return this.lookup(this.texts, cell.value);
      case 'error':
        return this.lookup(this.errors, cell.value);
      default:
        return this.lookup(this.others, cell.value);
    }
  }

  private lookup<K>(map: Map<K, number>, value: K): number {
    const known = map.get(value);
    if (known !== undefined) return known;
    const id = this.next++;
    map.set(value, id);
    return id;
  }
}

/** Code units per field number in a row key: two, so a field may have 2^32 distinct values. */
const UNIT = 0x10000;

/**
 * The key of a row's batch cells: each field's number ({@link FieldInterner}) as two UTF-16 code
 * units, in BATCH_FIELDS order. Equal for two rows exactly when every field's cell is alike.
 */
function rowKeyOf(batch: RegisterRow['batch'], interners: readonly FieldInterner[], ids: number[]): string {
  for (let f = 0; f < FIELD_COUNT; f++) {
    const id = (interners[f] as FieldInterner).id(batch[BATCH_FIELDS[f] as BatchField]);
    ids[2 * f] = id % UNIT;
    ids[2 * f + 1] = Math.floor(id / UNIT);
  }
  return String.fromCharCode(...ids);
}

const FIELD_COUNT = BATCH_FIELDS.length;

/**
 * Normalises one combination of batch cells with the batch form's parser. An Excel error in a
 * cell is cell_error on that field (and the field's own rule is not run on it).
 */
function normalise(batch: RegisterRow['batch'], parse: (input: unknown) => BatchMetadataResult): Normalised {
  const fields: Partial<Record<BatchField, unknown>> = {};
  const errors: FieldFinding[] = [];
  for (const field of BATCH_FIELDS) {
    const cell = batch[field];
    if (cell?.kind === 'error')
      errors.push({ code: 'cell_error', column: field, params: { value: cell.value } });
    fields[field] = rawValue(cell);
  }
  const parsed = parse(fields);
  if (parsed.ok && errors.length === 0) return { ok: true, batch: parsed.value, key: batchKey(parsed.value) };
  const errorFields = new Set(errors.map((finding) => finding.column));
  const findings: FieldFinding[] = [...errors];
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const column = issue.column as BatchField;
      if (errorFields.has(column)) continue;
      const code = REGISTER_CODE[issue.code as BatchIssueCode];
      if (code === null || code === undefined) {
        throw new Error(`groupRegister: parseBatchMetadata reported ${issue.code}`);
      }
      // A register code carries its batch code's params (IssueParamsByCode); the pairing is by table.
      findings.push({ code, column, params: issue.params } as FieldFinding);
    }
  }
  const rank = (finding: FieldFinding): number => BATCH_FIELDS.indexOf(finding.column);
  findings.sort((a, b) => rank(a) - rank(b));
  return { ok: false, findings };
}

/** True when a cell holds nothing: empty, or text of whitespace only (SPEC "Fully empty rows"). */
const isBlankCell = (cell: Cell): boolean =>
  cell.kind === 'empty' || (cell.kind === 'text' && isBlankText(cell.value));

/**
 * True when none of the five registration cells holds anything. Batch cells alone (values filled
 * down ahead of the typing) make no registration: such a row is empty, as on a batch sheet.
 */
export function isEmptyRegisterRow(row: RegistrationRow): boolean {
  const { cells } = row;
  for (const column of REGISTRATION_COLUMNS) if (!isBlankCell(cells[column])) return false;
  return true;
}

/** Sort rank of an issue's column within a row: batch fields in BATCH_FIELDS order. */
const FIELD_RANK: ReadonlyMap<unknown, number> = new Map(BATCH_FIELDS.map((field, i) => [field, i]));

/**
 * Groups the rows of a register by their batch fields (SPEC "A day's register"). Each non-empty
 * row (some registration cell filled in) lands in exactly one group, or is blocked: its batch
 * fields break a batch rule (no product, dose 3, a date in the future, an invalid toediener INSZ,
 * a value not on its list, an Excel error), each reported with a register_* code (or cell_error)
 * on its row and field. A group's key is every batch field after the batch form's normalisation;
 * groups keep the sheet order of their first row, rows keep input order inside a group. Groups
 * whose keys differ only by case, spaces or punctuation in a free-text field get
 * register_near_duplicate warnings (see nearDuplicates.ts). Never throws for any cell content;
 * `today` must be a valid Date.
 *
 * @example
 * ```ts
 * const grouping = groupRegister(rows, { today: new Date(2026, 10, 28), lists: DEFAULT_LISTS });
 * grouping.groups.map((g) => [g.batch.immunisatieproduct, g.rows]); // [['Vaxigrip Tetra', [2, 3, 5]], ['Comirnaty', [4]]]
 * grouping.issues; // [{ code: 'register_dose', row: 6, column: 'dosis', severity: 'error', params: { value: '3' } }]
 * ```
 */
export function groupRegister(
  rows: readonly RegisterRow[],
  options: { today: Date; lists: BatchLists },
): RegisterGrouping {
  // Built lazily: a register of empty rows parses nothing.
  let parse: ((input: unknown) => BatchMetadataResult) | null = null;
  const memo = new Map<string, Normalised>();
  const interners = BATCH_FIELDS.map(() => new FieldInterner());
  const ids = new Array<number>(2 * FIELD_COUNT).fill(0);
  const groupByKey = new Map<string, number>();
  const groups: RegisterGroup[] = [];
  const groupOf = new Int32Array(rows.length);
  const blocked: number[] = [];
  const issues: Issue[] = [];
  let empty = 0;

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as RegisterRow;
    if (isEmptyRegisterRow(r)) {
      groupOf[i] = GROUP_EMPTY;
      empty++;
      continue;
    }
    const raw = rowKeyOf(r.batch, interners, ids);
    let normalised = memo.get(raw);
    if (normalised === undefined) {
      parse ??= batchMetadataParser(options);
      normalised = normalise(r.batch, parse);
      memo.set(raw, normalised);
    }
    if (!normalised.ok) {
      groupOf[i] = GROUP_BLOCKED;
      blocked.push(i);
      for (const finding of normalised.findings) {
        issues.push(newIssue(finding.code, r.row, finding.column, finding.params));
      }
      continue;
    }
    let g = groupByKey.get(normalised.key);
    if (g === undefined) {
      g = groups.length;
      groupByKey.set(normalised.key, g);
      groups.push({ key: normalised.key, batch: normalised.batch, indices: [], rows: [] });
    }
    const group = groups[g] as RegisterGroup;
    group.indices.push(i);
    group.rows.push(r.row);
    groupOf[i] = g;
  }

  const warnings = batchNearDuplicates(groups);
  if (warnings.length > 0) {
    issues.push(...warnings);
    // Stable: within a row and field the codes keep the order they were found in.
    issues.sort((a, b) => a.row - b.row || (FIELD_RANK.get(a.column) ?? 0) - (FIELD_RANK.get(b.column) ?? 0));
  } else if (!isSortedByRow(issues)) {
    issues.sort((a, b) => a.row - b.row);
  }

  const grouped = rows.length - blocked.length - empty;
  return {
    groups,
    groupOf,
    blocked,
    issues,
    counts: { rows: rows.length, grouped, blocked: blocked.length, empty },
  };
}

function isSortedByRow(issues: readonly Issue[]): boolean {
  for (let i = 1; i < issues.length; i++)
    if ((issues[i] as Issue).row < (issues[i - 1] as Issue).row) return false;
  return true;
}

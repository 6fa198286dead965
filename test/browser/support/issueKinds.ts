/**
 * A registration sheet with one case of every registration issue kind (SPEC "Issues"), except
 * header_mismatch (a sheet-level finding, tested on its own). Some cases need a cell typing cannot
 * make on a text-formatted sheet (a number that lost its leading zero, an Excel date, an error
 * value): those are put in raw, as Excel would hold them.
 *
 * Assumes the batch of the sheet was administered on {@link ISSUE_BATCH_DATE} (for
 * birthdate_after_administration), the settings Windows-1252 (not_encodable) and
 * {@link ISSUE_LINES_PER_FILE} lines per file, header included (rows_over_limit), and another batch with the same product
 * and date holding {@link ACROSS_BATCHES_ROW} (duplicate_across_batches).
 */
import type { Cell, RegistrationIssueCode, RegistrationRow } from '../../../src/core';
import { makeInsz } from '../../support/syntheticInsz';
import type { TypedRow } from './fixtures';

export const ISSUE_BATCH_DATE = '2026-11-20';
/** Lines per file, header included: 5 registrations per file. */
export const ISSUE_LINES_PER_FILE = 6;

const valid = (year: number, month: number, day: number, serial: number): string =>
  makeInsz({ year, month, day, serial });
const broken = (insz: string): string => `${insz.slice(0, 10)}${(Number(insz[10]) + 1) % 10}`;

/** A raw cell: a number (General), an Excel date (serial, date format) or an error value. */
export type RawCell =
  | { kind: 'number'; value: number }
  | { kind: 'date'; serial: number; numberFormat: string }
  | { kind: 'error'; value: string };

export interface IssueCase {
  readonly code: RegistrationIssueCode;
  readonly row: TypedRow;
  /** Raw cells by column letter, replacing what `row` types there. */
  readonly raw?: Readonly<Partial<Record<'A' | 'B' | 'C' | 'D' | 'E', RawCell>>>;
  /** Column letter of the cell the issue is about (for "click selects the cell"). */
  readonly column: 'A' | 'B' | 'C' | 'D' | 'E';
}

export const ACROSS_BATCHES_ROW: TypedRow = [valid(1980, 6, 6, 907), 'Wouters', 'Jan', '06061980', '2000'];
const TWICE = valid(1970, 5, 5, 905);
const BORN_2005 = valid(2005, 3, 14, 902);

/** In sheet order from row 2; every kind once (duplicate_person needs its two rows). */
export const ISSUE_CASES: readonly IssueCase[] = [
  { code: 'identity_missing', row: ['', 'Peeters', 'Jan', '', '1000'], column: 'A' },
  { code: 'insz_characters', row: ['85A73093301', 'Maes', 'Noor', '', ''], column: 'A' },
  { code: 'insz_length', row: ['8507309', 'Maes', 'Nina', '', ''], column: 'A' },
  { code: 'insz_checksum', row: [broken(valid(1985, 7, 30, 931)), '', '', '', ''], column: 'A' },
  { code: 'insz_month', row: [valid(1985, 15, 1, 901), '', '', '', ''], column: 'A' },
  { code: 'insz_date', row: [valid(1985, 2, 30, 901), '', '', '', ''], column: 'A' },
  { code: 'insz_serial', row: [valid(1985, 7, 30, 0), '', '', '', ''], column: 'A' },
  {
    code: 'insz_leading_zero_lost',
    row: ['', 'Janssens', 'Lotte', '', ''],
    raw: { A: { kind: 'number', value: Number(BORN_2005) } },
    column: 'A',
  },
  { code: 'birthdate_format', row: ['', 'Jacobs', 'An', '1985-07-30', ''], column: 'D' },
  { code: 'birthdate_invalid', row: ['', 'Jacobs', 'Bo', '31022001', ''], column: 'D' },
  { code: 'birthdate_future', row: ['', 'Jacobs', 'Cas', '01012030', ''], column: 'D' },
  {
    code: 'birthdate_leading_zero_lost',
    row: ['', 'Jacobs', 'Dirk', '', ''],
    raw: { D: { kind: 'number', value: 1012000 } },
    column: 'D',
  },
  {
    code: 'birthdate_is_date',
    row: ['', 'Jacobs', 'Eva', '', ''],
    // 31258 = 30/07/1985 in the 1900 date system.
    raw: { D: { kind: 'date', serial: 31258, numberFormat: 'dd/mm/yyyy' } },
    column: 'D',
  },
  { code: 'birthdate_after_administration', row: ['', 'Jacobs', 'Fien', '25112026', ''], column: 'D' },
  { code: 'birthdate_before_1900', row: ['', 'Jacobs', 'Gust', '01011890', ''], column: 'D' },
  {
    code: 'birthdate_insz_mismatch',
    row: [valid(1985, 7, 30, 931), 'Jacobs', 'Hans', '31071985', ''],
    column: 'D',
  },
  { code: 'firstname_missing', row: ['', 'Mertens', '', '01012000', ''], column: 'C' },
  { code: 'postcode_format', row: [valid(1990, 1, 1, 903), '', '', '', '123'], column: 'E' },
  { code: 'whitespace_edge', row: ['', 'Willems ', 'Luc', '02111962', ''], column: 'B' },
  { code: 'control_character', row: ['', 'Claes', 'Em\tma', '01012000', ''], column: 'C' },
  { code: 'separator_or_quote', row: ['', 'Claes, Emma', 'Emma', '01012001', ''], column: 'B' },
  { code: 'formula_prefix', row: ['', '-Claes', 'Emma', '01012002', ''], column: 'B' },
  {
    code: 'cell_error',
    row: ['', 'Goossens', 'Ivo', '01012003', ''],
    raw: { A: { kind: 'error', value: '#N/A' } },
    column: 'A',
  },
  { code: 'not_encodable', row: ['', 'Łukasiewicz', 'Jan', '01012004', ''], column: 'B' },
  { code: 'duplicate_person', row: [TWICE, 'Goossens', 'Jo', '05051970', ''], column: 'A' },
  { code: 'duplicate_person', row: [TWICE, 'Goossens', 'Jo', '05051970', ''], column: 'A' },
  { code: 'duplicate_across_batches', row: ACROSS_BATCHES_ROW, column: 'A' },
];

/** Every code of ISSUE_CASES, once, plus rows_over_limit (the ready rows exceed ISSUE_LINES_PER_FILE - 1). */
export const EXPECTED_CODES: readonly RegistrationIssueCode[] = [
  ...new Set<RegistrationIssueCode>([...ISSUE_CASES.map((c) => c.code), 'rows_over_limit']),
];

const toCell = (text: string, raw: RawCell | undefined): Cell => {
  if (raw?.kind === 'number') return { kind: 'number', value: raw.value };
  if (raw?.kind === 'date') return { kind: 'date', value: raw.serial };
  if (raw?.kind === 'error') return { kind: 'error', value: raw.value };
  return text === '' ? { kind: 'empty', value: null } : { kind: 'text', value: text };
};

/** The cases as core reads them (for checking the fixture itself against core). */
export function issueRows(firstRow = 2): RegistrationRow[] {
  return ISSUE_CASES.map((c, i) => ({
    row: firstRow + i,
    cells: {
      insz: toCell(c.row[0], c.raw?.A),
      naam: toCell(c.row[1], c.raw?.B),
      voornaam: toCell(c.row[2], c.raw?.C),
      geboortedatum: toCell(c.row[3], c.raw?.D),
      postcode: toCell(c.row[4], c.raw?.E),
    },
  }));
}

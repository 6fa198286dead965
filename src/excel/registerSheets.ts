import { REGISTRATION_COLUMNS, checkHeader, detectBatchColumns, detectHeader } from '../core';
import { titleText } from './headerTitles';
import { proposeRegisterMapping } from './proposeRegisterMapping';
import { REGISTER_COLUMNS } from './registerColumns';
import { REGISTER_SHEET_MAPPING, type RegisterMapping } from './registerMapping';

/*
 * Which sheets are day registers, and by which mapping (SPEC "A day's register"), for the code
 * that reads a register other than the one the user checks (duplicate_across_batches, the upload
 * checklist): a register the add-in made is known by its header row; a practice's own list by the
 * mapping the user confirmed, or, once it was exported as a register (its groups' Batches rows
 * name it), by the mapping its titles propose. A sheet whose A1:E1 are the five titles and that has
 * no register header is a registration sheet (a batch made with the form), whatever other columns
 * it has.
 */

/** The width of a register's header row the add-in writes: A:E and one column per batch field. */
const REGISTER_WIDTH = Math.max(REGISTRATION_COLUMNS.length, ...REGISTER_COLUMNS.map((c) => c.index + 1));

/**
 * True when a row-1 title row is the header of a register the add-in made: the five registration
 * columns in A:E and the batch columns where {@link REGISTER_SHEET_MAPPING} has them, recognised
 * by core's title rules (detectHeader, detectBatchColumns) as proposeRegisterMapping recognises
 * them. Pure.
 *
 * @example
 * ```ts
 * isRegisterHeaderRow(['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode', 'Datum toediening', ...]); // true
 * isRegisterHeaderRow(['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']); // false: a batch sheet
 * ```
 */
export function isRegisterHeaderRow(titles: readonly string[]): boolean {
  const detection = detectHeader([titles], { maxRows: 1 });
  if (!detection.found || detection.headerRow !== 0) return false;
  const columns = REGISTRATION_COLUMNS.map((column) => detection.mapping[column]);
  if (REGISTRATION_COLUMNS.some((column, i) => columns[i] !== REGISTER_SHEET_MAPPING.columns[column]))
    return false;
  const batch = detectBatchColumns(
    titles,
    columns.filter((index): index is number => index !== null),
  );
  const expected = Object.entries(REGISTER_SHEET_MAPPING.batch);
  return (
    Object.keys(batch).length === expected.length &&
    expected.every(([field, index]) => batch[field as keyof typeof batch] === index)
  );
}

/**
 * The sheets among `sheetNames` whose row 1 is a register's header ({@link isRegisterHeaderRow}):
 * one sync for all of them, a row of 17 cells each.
 */
export async function findRegisterSheets(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
): Promise<string[]> {
  const reads = sheetNames.map((name) => ({
    name,
    range: context.workbook.worksheets
      .getItem(name)
      .getRangeByIndexes(0, 0, 1, REGISTER_WIDTH)
      .load('values'),
  }));
  if (reads.length === 0) return [];
  await context.sync();
  return reads
    .filter((read) => isRegisterHeaderRow((read.range.values[0] ?? []).map(titleText)))
    .map((read) => read.name);
}

/**
 * The register mapping of a sheet named by a batch row that is no register by its header row
 * ({@link isRegisterHeaderRow}): a practice's own list exported as a register (a product or date
 * column among its titles, the five registration titles not in A1:E1), by the mapping its titles
 * propose; null for a registration sheet. Two syncs.
 *
 * A proposal is safe where it is used: duplicate warnings only compare, and the upload checklist
 * hands out re-made files only when they are byte for byte the logged ones.
 *
 * @example
 * ```ts
 * await listRegisterMapping(context, 'Liste'); // { headerRow: 3, columns: {...}, batch: { datumToediening: 5, ... } }
 * await listRegisterMapping(context, 'B001 Vaxigrip 28-11-2026'); // null
 * ```
 */
export async function listRegisterMapping(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<RegisterMapping | null> {
  const list = await proposeRegisterMapping(context, sheetName);
  if (!list.ok) return null;
  const { mapping, proposal } = list.value;
  if (mapping.headerRow === 1) {
    const titles = REGISTRATION_COLUMNS.map(
      (_, i) => proposal.titles.find((t) => t.index === i)?.title ?? '',
    );
    if (checkHeader(titles).length === 0) return null;
  }
  return mapping;
}

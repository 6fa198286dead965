import { detectHeader, HEADER_SEARCH_ROWS } from '../core';
import { type HeaderTitle, titleText } from './headerTitles';
import { columnLetter } from './a1Address';
import type { ColumnMapping, SheetMapping } from './sheetMapping';
import { loadUsedArea } from './usedArea';

export interface MappingProposal {
  readonly sheetName: string;
  readonly mapping: SheetMapping;
  /** A..E hold exactly the five titles of the file. */
  readonly exact: boolean;
  /** Every non-blank title of the header row. */
  readonly titles: readonly HeaderTitle[];
  /** Titles that are no registration column (extra columns, not exported). */
  readonly extraColumns: readonly HeaderTitle[];
  /** The used range, e.g. `'Bewoners'!A1:G120`. */
  readonly usedRange: string;
}

export type ProposeMappingResult =
  | { ok: true; value: MappingProposal }
  | { ok: false; reason: 'sheet_not_found' | 'sheet_empty' }
  /** No row in the first 20 holds INSZ, or Naam and Geboortedatum: the user maps by hand. */
  | { ok: false; reason: 'header_not_found'; usedRange: string };

/**
 * Finds the header row in the first 20 rows of the used range (core `detectHeader`: nl/fr/en
 * synonyms) and proposes the column mapping for the user to confirm or change. Two syncs, however
 * large the sheet.
 *
 * @example
 * ```ts
 * const proposal = await Excel.run((context) => proposeMapping(context, 'Bewoners'));
 * if (proposal.ok) showMapping(proposal.value.mapping, proposal.value.extraColumns);
 * ```
 */
export async function proposeMapping(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<ProposeMappingResult> {
  const area = await loadUsedArea(context, sheetName);
  if (!area.ok) return { ok: false, reason: 'sheet_not_found' };
  const used = area.used;
  if (used === null) return { ok: false, reason: 'sheet_empty' };
  const top = area.sheet
    .getRangeByIndexes(
      used.rowIndex,
      used.columnIndex,
      Math.min(HEADER_SEARCH_ROWS, used.rowCount),
      used.columnCount,
    )
    .load('values');
  await context.sync();
  const rows = top.values.map((row) => row.map(titleText));
  const detection = detectHeader(rows);
  if (!detection.found) return { ok: false, reason: 'header_not_found', usedRange: used.address };
  const at = (index: number | null): number | null => (index === null ? null : used.columnIndex + index);
  const found = detection.mapping;
  const columns: ColumnMapping = {
    insz: at(found.insz),
    naam: at(found.naam),
    voornaam: at(found.voornaam),
    geboortedatum: at(found.geboortedatum),
    postcode: at(found.postcode),
  };
  const headerCells = rows[detection.headerRow] ?? [];
  const titles: HeaderTitle[] = [];
  headerCells.forEach((title, i) => {
    if (title.trim() === '') return;
    const index = used.columnIndex + i;
    titles.push({ column: columnLetter(index), index, title });
  });
  const extra = new Set(detection.extraColumns.map((i) => used.columnIndex + i));
  return {
    ok: true,
    value: {
      sheetName: area.name,
      mapping: { headerRow: used.rowIndex + detection.headerRow + 1, columns },
      exact: detection.exact,
      titles,
      extraColumns: titles.filter((title) => extra.has(title.index)),
      usedRange: used.address,
    },
  };
}

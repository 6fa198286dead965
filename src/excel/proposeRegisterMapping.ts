import { REGISTRATION_COLUMNS, detectBatchColumns, isRegisterMapping } from '../core';
import { type MappingProposal, proposeMapping } from './proposeMapping';
import { type RegisterMapping } from './registerMapping';

/*
 * Proposing a register's mapping for a practice's own list ("Datum", "Vaccin", "Lot", "Dosis", in
 * nl/fr/en, header possibly in row 3); the user confirms the mapping before it is read
 * (readRegister.ts).
 */

export type ProposeRegisterMappingResult =
  | { ok: true; value: { proposal: MappingProposal; mapping: RegisterMapping } }
  | { ok: false; reason: 'sheet_not_found' | 'sheet_empty' | 'header_not_found' | 'no_batch_columns' };

/**
 * Proposes the mapping of an existing sheet as a register: the registration columns as
 * readSheet's proposeMapping finds them (synonyms, header row within the first 20 rows), and the
 * batch columns of the same header row by core's detectBatchColumns. `no_batch_columns` when the
 * header has neither a product nor a date column: then it is a plain registration sheet.
 *
 * @example
 * ```ts
 * const proposal = await Excel.run((context) => proposeRegisterMapping(context, 'Lijst'));
 * if (proposal.ok) confirmWithUser(proposal.value.mapping); // header row 3, 'Date' -> datumToediening...
 * ```
 */
export async function proposeRegisterMapping(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<ProposeRegisterMappingResult> {
  const proposal = await proposeMapping(context, sheetName);
  if (!proposal.ok) return { ok: false, reason: proposal.reason };
  const { mapping, titles } = proposal.value;
  const width = Math.max(0, ...titles.map((title) => title.index + 1));
  const row = Array.from({ length: width }, (_, i) => titles.find((title) => title.index === i)?.title ?? '');
  const taken = REGISTRATION_COLUMNS.map((column) => mapping.columns[column]).filter(
    (index): index is number => index !== null,
  );
  const batch = detectBatchColumns(row, taken);
  if (!isRegisterMapping(batch)) return { ok: false, reason: 'no_batch_columns' };
  return { ok: true, value: { proposal: proposal.value, mapping: { ...mapping, batch } } };
}

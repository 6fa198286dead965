import type { HeaderTitle } from '../excel/headerTitles';
import type { RegisterMapping } from '../excel/registerMapping';
import { sheetNameKey } from '../excel/sheetNames';

/*
 * The register mappings the user confirmed in Controleren (issue #9: "An existing sheet with batch
 * columns ... is detected and mapped like today's existing sheets, the user confirming the
 * mapping"). Exporteren exports a practice's own list only with a mapping confirmed here, and only
 * while the sheet's header row still holds the titles seen when it was confirmed: a column
 * inserted or moved since then asks for a new confirmation instead of exporting the wrong column.
 *
 * Kept for the pane's session (not in the document): a reopened pane shows the mapping step again,
 * prefilled with the proposal, as it does for every sheet the add-in did not make.
 */

/** A confirmed register mapping and the header row's titles when it was confirmed. */
export interface ConfirmedRegister {
  readonly mapping: RegisterMapping;
  readonly header: readonly HeaderTitle[];
}

const confirmed = new Map<string, ConfirmedRegister>();

/** Remembers the mapping the user confirmed for `sheetName` (sheet names compare as Excel does). */
export function rememberRegister(sheetName: string, register: ConfirmedRegister): void {
  confirmed.set(sheetNameKey(sheetName), register);
}

/** The mapping confirmed for `sheetName` in this session, if any. */
export function confirmedRegister(sheetName: string): ConfirmedRegister | undefined {
  return confirmed.get(sheetNameKey(sheetName));
}

/** Forgets every confirmed mapping (a new session; tests). */
export function forgetConfirmedRegisters(): void {
  confirmed.clear();
}

/** True when two header rows hold the same titles in the same columns. */
export function sameHeader(a: readonly HeaderTitle[], b: readonly HeaderTitle[]): boolean {
  return (
    a.length === b.length &&
    a.every((title, i) => title.index === b[i]?.index && title.title.trim() === b[i]?.title.trim())
  );
}

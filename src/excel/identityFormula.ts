import { checkedCell, presentAsCore } from './formulaParts';

/*
 * The missing-identity highlight (issue #13: "Live highlights also for a row without identity"),
 * with the conventions of formulaParts.ts.
 */

/** The registration cells of a row the identity rule reads: absolute columns, relative row. */
export interface IdentityCells {
  readonly insz: string;
  readonly naam: string;
  readonly voornaam: string;
  readonly geboortedatum: string;
  readonly postcode: string;
}

/** `$A2` ... `$E2`: the five registration columns of sheet row `row`, in file order. */
export function identityCellsOfRow(row: number): IdentityCells {
  return {
    insz: `$A${row}`,
    naam: `$B${row}`,
    voornaam: `$C${row}`,
    geboortedatum: `$D${row}`,
    postcode: `$E${row}`,
  };
}

/**
 * TRUE on a blank identity cell of a row that holds data but no identity (SPEC identity_missing,
 * an error: "row has data but neither an INSZ nor Naam + Geboortedatum"; "A person is identified
 * EITHER by INSZ OR by Naam + Geboortedatum"). Applied to the INSZ, Naam and Geboortedatum
 * columns, it lights up the cells the nurse can fill to identify the person: a row holding only a
 * Voornaam gets its INSZ, Naam and Geboortedatum cells highlighted.
 *
 * "Holds" as core judges it (validateRegistrations: a cell counts once its text is non-blank after
 * core's whitespace trim, and any number, boolean or error counts): {@link presentAsCore}, so a
 * cell of no-break spaces is blank here as in core. Whether the INSZ or the date is valid is not
 * this rule's business (the INSZ and Geboortedatum rules highlight that): as in core, a row with
 * an invalid INSZ has an identity, a wrong one.
 *
 * About 4,000 characters (eight presence tests of about 500), within the 8,192 allowed.
 *
 * @param cell top-left cell of the range the rule is applied to (e.g. `A2`, `B2` or `D2`): the
 *   cell to highlight when blank.
 * @param row the registration cells of that first row, e.g. {@link identityCellsOfRow}(2).
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('D2:D1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = identityMissingFormula('D2', identityCellsOfRow(2));
 * ```
 */
export function identityMissingFormula(cell: string, row: IdentityCells): string {
  const c = checkedCell(cell);
  const p = (ref: string): string => presentAsCore(checkedCell(ref));
  // The INSZ is absent, so the row's data is in B:E.
  const others = [row.naam, row.voornaam, row.geboortedatum, row.postcode].map(p).join(',');
  return `=AND(NOT(${p(c)}),NOT(${p(row.insz)}),OR(${others}),NOT(AND(${p(row.naam)},${p(row.geboortedatum)})))`;
}

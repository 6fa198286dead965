import { checkedCell, digitsOnly, notBlank } from './formulaParts';

/*
 * Formulas for the live highlighting of a day's register's batch columns (issue #9: "dose not
 * 0.5/1/2, date not a real date or in the future, toediener INSZ invalid, a patient row without
 * product or date"). Pure strings, with the conventions of formulaParts.ts (invariant
 * en-US syntax, written for the rule's top-left cell, Excel 2016 functions only, no boolean
 * literals, HyperFormula-checked in test/excel/registerFormulas.test.ts against core's grouping).
 * The toediener column uses inszFormula.ts inszInvalidFormula as it is: the same INSZ rules.
 */

/** One or two ASCII digits. */
const oneOrTwoDigits = (t: string): string => `OR(${digitsOnly(t, 1)},${digitsOnly(t, 2)})`;

/**
 * TRUE when the Dosis cell is not blank and is not a dose core accepts (batchMetadata.ts: "exactly
 * 0.5, 1 or 2; accept `0,5` as typed with a Belgian decimal comma"): a number 0.5, 1 or 2, or one
 * of the texts `0,5` `0.5` `0,50` `0.50` `1` `1,0` `1.0` `1,00` `1.00` `2` `2,0` `2.0` `2,00`
 * `2.00` (outer spaces ignored). Known difference (the formula is stricter, never more lenient):
 * core also takes rarer spellings such as `00,5` or `0,500`; the formula highlights them.
 *
 * @example
 * ```ts
 * doseInvalidFormula('H2'); // '=AND(IFERROR(TRIM(H2)<>"",1),NOT(IFERROR(IF(ISNUMBER(H2),...
 * ```
 */
export function doseInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const t = `SUBSTITUTE(TRIM(${c}),",",".")`;
  const texts = ['0.5', '0.50', '1', '1.0', '1.00', '2', '2.0', '2.00'].map((v) => `${t}="${v}"`).join(',');
  return `=AND(${notBlank(c)},NOT(IFERROR(IF(ISNUMBER(${c}),OR(${c}=0.5,${c}=1,${c}=2),OR(${texts})),0)))`;
}

/**
 * TRUE when the Datum toediening cell is not blank and is not a real date on or before `TODAY()`
 * as core reads it (batchMetadata.ts datumToediening): an Excel date (or number) from 1 (1 January
 * 1900) on, except Excel's fictitious 29/02/1900 (serial 60), whose whole day is not after today;
 * or a text `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` (one or two digits for day and month, the same
 * separator twice, a year from 1900) that is a real date not after today.
 *
 * Known differences (stricter): core also reads the texts `yyyy-mm-dd` and `ddmmyyyy`; the formula
 * highlights them. A typed date normally becomes an Excel date under the column's date format, so
 * texts are rare.
 *
 * @example
 * ```ts
 * dateInvalidFormula('F2'); // '=AND(IFERROR(TRIM(F2)<>"",1),NOT(IFERROR(IF(ISNUMBER(F2),...
 * ```
 */
export function dateInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const t = `TRIM(${c})`;
  const u = `SUBSTITUTE(SUBSTITUTE(${t},"-","/"),".","/")`;
  const p1 = `FIND("/",${u})`;
  const p2 = `FIND("/",${u},${p1}+1)`;
  const d = `LEFT(${u},${p1}-1)`;
  const m = `MID(${u},${p1}+1,${p2}-${p1}-1)`;
  const y = `MID(${u},${p2}+1,99)`;
  const date = `DATE(${y},${m},${d})`;
  const validText = [
    `MID(${t},${p1},1)=MID(${t},${p2},1)`,
    oneOrTwoDigits(d),
    oneOrTwoDigits(m),
    digitsOnly(y, 4),
    `--${y}>=1900`,
    `--${d}>0`,
    `MONTH(${date})=--${m}`,
    `DAY(${date})=--${d}`,
    `${date}<=TODAY()`,
  ].join(',');
  const validNumber = `AND(${c}>=1,INT(${c})<>60,INT(${c})<=TODAY())`;
  return `=AND(${notBlank(c)},NOT(IFERROR(IF(ISNUMBER(${c}),${validNumber},AND(${validText})),0)))`;
}

/**
 * TRUE when the row holds a registration (one of its five registration cells is not blank) and
 * this required batch cell is blank: core then blocks the row (register_field_required). `rowCells`
 * are the registration cells of the rule's first row, absolute columns, e.g. `$A2:$E2`.
 *
 * @example
 * ```ts
 * requiredMissingFormula('G2', ['$A2', '$B2', '$C2', '$D2', '$E2']);
 * // '=AND(OR(IFERROR(TRIM($A2)<>"",1),...),IFERROR(TRIM(G2)="",0))'
 * ```
 */
export function requiredMissingFormula(cell: string, rowCells: readonly string[]): string {
  const c = checkedCell(cell);
  const present = rowCells.map((r) => notBlank(checkedCell(r))).join(',');
  return `=AND(OR(${present}),IFERROR(TRIM(${c})="",0))`;
}

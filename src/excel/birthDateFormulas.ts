import { checkedCell, digitsOnly, notBlank } from './formulaParts';

/*
 * The Geboortedatum highlights (SPEC "Using it": live highlighting of "a bad Geboortedatum"), with
 * the conventions of formulaParts.ts.
 */

/**
 * TRUE when the Geboortedatum cell is not blank and is not exactly 8 digits (SPEC: "Geboortedatum
 * is `ddmmyyyy`: exactly 8 digits, zero-padded, no separators"; issues birthdate_format,
 * birthdate_leading_zero_lost, birthdate_is_date). Text must be 8 ASCII digits once ASCII spaces
 * are trimmed (core trims first and reports edge spaces as whitespace_edge only); a number must
 * be a whole 8-digit number: `1012000` lost its leading zero (birthdate_leading_zero_lost), an
 * Excel date is a serial of at most 7 digits (birthdate_is_date). An error value is highlighted
 * too (cell_error). Whether the 8 digits are a real date is {@link birthDateInvalidFormula}'s.
 *
 * Known difference (as for {@link inszInvalidFormula}): edge whitespace other than U+0020 (tab,
 * no-break space, ...) is highlighted here while core trims it, and a cell of such whitespace
 * only is blank for core. Fullwidth digits are no difference: core refuses them here too.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `D2`.
 *
 * @example
 * ```ts
 * birthDateShapeFormula('D2');
 * // '=AND(IFERROR(TRIM(D2)<>"",1),NOT(IFERROR(TEXT(TRIM(D2)+100000000,"0")="1"&TRIM(D2),0)))'
 * ```
 */
export function birthDateShapeFormula(cell: string): string {
  const c = checkedCell(cell);
  return `=AND(${notBlank(c)},NOT(IFERROR(${digitsOnly(`TRIM(${c})`, 8)},0)))`;
}

/**
 * TRUE when the Geboortedatum cell is not blank and core would block it for what the cell itself
 * holds: not 8 digits ({@link birthDateShapeFormula}), 8 digits that are no real date
 * (birthdate_invalid: 31/04, 29/02 outside leap years, year 0000), or a date after `TODAY()`
 * (birthdate_future). Not checked here: birthdate_after_administration (needs the batch's
 * date, on another sheet) and the warning birthdate_before_1900.
 *
 * With `t` the trimmed text: the date exists when `MONTH(DATE(MOD(yyyy,400)+2000, mm, dd)) = mm`
 * (DATE rolls 31/04 over to May, month 13 to January, month 00 to December; reducing the year
 * mod 400 keeps its leap-year rule and avoids both Excel's year < 1900 rule, where DATE adds
 * 1900, and its fictitious 29/02/1900), and day and year are not 00 and 0000. Not in the future:
 * `DATE(MAX(yyyy,1900), mm, dd) <= TODAY()`, since a year before 1900 is never in the future.
 * Known difference: the same edge-whitespace one as {@link birthDateShapeFormula}.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `D2`.
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('D2:D1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = birthDateInvalidFormula('D2');
 * ```
 */
export function birthDateInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const t = `TRIM(${c})`;
  const [day, month, year] = [`LEFT(${t},2)`, `MID(${t},3,2)`, `RIGHT(${t},4)`];
  const valid = [
    digitsOnly(t, 8),
    // Day 00 and year 0000 do not exist; DATE is not asked about day 0 (HyperFormula gets
    // DATE(y,1,0) wrong, and a product is shorter than two tests).
    `${day}*${year}>0`,
    `MONTH(DATE(MOD(${year},400)+2000,${month},${day}))=--${month}`,
    `DATE(MAX(--${year},1900),${month},${day})<=TODAY()`,
  ].join(',');
  return `=AND(${notBlank(c)},NOT(IFERROR(AND(${valid}),0)))`;
}

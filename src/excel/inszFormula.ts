import { checkedCell, digitsOnly, notBlank } from './formulaParts';

/*
 * The invalid-INSZ highlight (SPEC "Using it": live highlighting of an "invalid INSZ"), with the
 * conventions of formulaParts.ts.
 */

/**
 * The INSZ as Excel can normalise it (SPEC "INSZ rules": "trim outer whitespace, remove the
 * separators `.` `-` and space"): the three separators removed everywhere, which trims ASCII
 * spaces too. A number cell turns into its digits. What no formula can do is NFKC or a full
 * Unicode trim: see {@link inszInvalidFormula} for the resulting (documented) differences.
 */
const inszDigits = (c: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${c},".",""),"-","")," ","")`;

/**
 * TRUE when the cell is not blank and does not hold a valid INSZ, exactly as core judges it
 * (validateRegistrations with validateInsz: SPEC "INSZ rules", the policy of the federal SSIN
 * validator), with today taken from `TODAY()`:
 * - after removing `.` `-` and spaces, exactly 11 ASCII digits `YYMMDDSSSCC`;
 * - month 00-12 (national number), 20-32 or 40-52 (BIS);
 * - check digits `97 - (N mod 97)` with N the first 9 digits (born 19xx) or 2000000000 + N
 *   (born 20xx); 00 never valid; the form that matches gives the century;
 * - a national number's serial is not 000 or 999;
 * - the date exists (with that century; 29/02/2000 yes, 29/02/1900 no), day 00 and month 00
 *   allowed as "unknown", and the known part is not after `TODAY()`;
 * - a number cell must be a whole, non-negative number with those 11 digits: one with 10 digits
 *   lost its leading zero (insz_leading_zero_lost, an error), `8507300332.8` is no INSZ;
 * - an error value (`#N/A`...) is highlighted too (core: cell_error).
 *
 * How, without LET (Excel 2016/2019 have none), with `D` the digits after removing separators:
 * - shape: `TEXT(D+100000000000,"0")="1"&D` holds only for 11 ASCII digits (see `digitsOnly`);
 * - check digits without splitting the number: `MOD(N11, 9700) = 100*(N mod 97) + CC`, since
 *   9700 = 97 * 100; then `r + CC = 97` exactly when that value is 97 modulo 99 (100 = 1 mod 99,
 *   and r + CC <= 195 < 97 + 99). The 20xx form adds 2000000000 to N, i.e. 6800 to N11 (only the
 *   value mod 9700 matters: 2000000000 mod 97 = 68). `FIND(97, r19 & "|" & r20)` is 1 for a 19xx
 *   number, 3 or 4 for a 20xx number and an error when neither matches, which gives the
 *   century. Core proves the two forms can never both match.
 * - month and serial: `CHOOSE(INT(MM/20)+1, serial check, 1, 1)`: MM 00-19 is a national number
 *   (MOD(SSS, 999) = 0 for 000 and 999), 20-59 BIS, 60-99 an error (no 4th or 5th choice). MM
 *   13-19, 33-39 and 53-59 give month 13-19, which fails the date check below.
 * - date: `E = DATE(year + 400, MAX(1, m), d)` with m = MM mod 20 and d the day, or 1 when the day
 *   or the month is unknown. Then `MONTH(T - DATEDIF(E, T, "D")) = MAX(1, m)` with T = today +
 *   400 years: DATEDIF is #NUM! when E is after T (born after today), otherwise the expression is
 *   MONTH(E), which differs from the month asked when the day does not exist (DATE rolls 31/04 over
 *   to 01/05). The 400-year shift (146097 days, one Gregorian cycle, so the same leap years) keeps
 *   the date out of Excel's fictitious 29/02/1900 (Excel treats 1900 as a leap year; core does not).
 * - Any error on the way (letters, a wrong checksum, an impossible month) makes IFERROR answer 0,
 *   i.e. "not valid".
 *
 * MOD and large numbers: in old Excel versions MOD(n, d) returns #NUM! when n >= d * 2^27
 * (Microsoft KB 119083; C. Pearson, "The MOD Function": fixed as of Excel 2007). The only MOD on
 * the 11-digit number has d = 9700, so the limit is 9700 * 2^27 = 1,301,911,961,600, far above
 * the largest dividend 99,999,999,999 + 6800; every other MOD works on at most 4 digits. So the
 * formula gives the same verdict even where that bug exists (test/excel checks it with a MOD that
 * fails like the old one).
 *
 * Known differences from core (the formula is stricter; it never passes a value core blocks):
 * - NFKC cannot be done by a formula: fullwidth digits `８５...`, fullwidth `．` `－`, a no-break
 *   or ideographic space between the digits: core accepts them, the formula highlights the cell.
 * - Only ASCII spaces are trimmed: a tab, line break, no-break space, ideographic space or BOM at
 *   the start or end makes the formula highlight a cell core accepts (core reports only the
 *   whitespace_edge warning, and {@link edgeWhitespaceFormula} highlights it too). A cell of such
 *   whitespace only is blank for core and highlighted here.
 * The export is not affected: it always runs core.
 *
 * @param cell top-left cell of the range the rule is applied to, e.g. `A2`.
 * @returns the rule formula, with the leading `=`, about 1,000 characters (limit 8192).
 *
 * @example
 * ```ts
 * const rule = sheet.getRange('A2:A1048576').conditionalFormats.add(Excel.ConditionalFormatType.custom);
 * rule.custom.rule.formula = inszInvalidFormula('A2');
 * rule.custom.format.fill.color = '#FFC7CE';
 * ```
 */
export function inszInvalidFormula(cell: string): string {
  const c = checkedCell(cell);
  const d = inszDigits(c);
  // SPEC: "The real month is MM mod 20"; LEFT(D,4) = 100*YY + MM has the same value mod 20.
  const month = `MOD(LEFT(${d},4),20)`;
  const knownMonth = `MAX(1,${month})`;
  // Day 00 (day unknown) and month 00 (only the year known: any day digits) both become day 1.
  const knownDay = `MAX(1,MID(${d},5,2)*(${month}>0))`;
  // 1 when the 19xx check digits match, 3 or 4 for the 20xx ones, #VALUE! for neither.
  const checkDigits = `FIND(97,MOD(MOD(${d},9700),99)&"|"&MOD(MOD(${d}+6800,9700),99))`;
  // Year + 400: same calendar, clear of Excel's 1900 leap-year bug.
  const shiftedYear = `LEFT(${d},2)+2300+100*(${checkDigits}>1)`;
  const shiftedToday = 'TODAY()+146097';
  const date = `DATE(${shiftedYear},${knownMonth},${knownDay})`;
  const valid = [
    digitsOnly(d, 11),
    // A number cell: whole and not negative (core: insz_characters otherwise).
    `ABS(N(${c}))=INT(N(${c}))`,
    `CHOOSE(INT(MID(${d},3,2)/20)+1,MOD(MID(${d},7,3),999),1,1)`,
    `MONTH(${shiftedToday}-DATEDIF(${date},${shiftedToday},"D"))=${knownMonth}`,
  ].join(',');
  return `=AND(${notBlank(c)},NOT(IFERROR(AND(${valid}),0)))`;
}

import { type Cell, excelSerialToDate, formatBelgian } from '../../core';

/*
 * A cell's value as "Controleren" shows it next to a problem (issue #13): what the nurse cannot
 * see in the cell is made visible. Presentation only; which characters break a file is core's
 * rule (textChecks.ts), this shows every character the eye cannot tell apart from nothing or from
 * a plain space, so a value core flags never looks clean in the pane.
 *
 * The tokens (decided here, documented in README "Controleren"):
 * - a plain space at the start or end of the value: ␣ (U+2423 OPEN BOX, the usual visible-space
 *   symbol); plain spaces between words stay spaces;
 * - invisible or space-like characters anywhere: their short name in brackets, [NBSP] (no-break
 *   space U+00A0), [TAB], [LF], [CR], [ZWSP] (U+200B), [ZWNJ], [ZWJ], [WJ], [SHY] (soft hyphen),
 *   [BOM] (U+FEFF), [NNBSP] (U+202F), others as [U+XXXX]. Brackets, not pictograms: a screen
 *   reader reads "NBSP", where it would skip or misname a symbol.
 */

/** A piece of a shown value: text as it is, or a token for a character one cannot see. */
export type ValuePart =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'token'; readonly text: string };

const NAMES: Readonly<Record<number, string>> = {
  0x09: 'TAB',
  0x0a: 'LF',
  0x0d: 'CR',
  0xa0: 'NBSP',
  0xad: 'SHY',
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x2028: 'LSEP',
  0x2029: 'PSEP',
  0x202f: 'NNBSP',
  0x2060: 'WJ',
  0xfeff: 'BOM',
};

/** Visible-space symbol for a plain space at an edge of the value. */
export const EDGE_SPACE = '\u2423';

/** Control, format, unassigned, private-use or surrogate code points, and every space but U+0020. */
const INVISIBLE = /^[\p{C}\p{Z}]$/u;

function tokenOf(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return `[${NAMES[codePoint] ?? `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`}]`;
}

/**
 * The parts of a text with every invisible character as a token.
 *
 * @example
 * ```ts
 * visibleParts('Jan\u00a0'); // [{ kind: 'text', text: 'Jan' }, { kind: 'token', text: '[NBSP]' }]
 * visibleParts(' Piet'); // [{ kind: 'token', text: '␣' }, { kind: 'text', text: 'Piet' }]
 * ```
 */
export function visibleParts(text: string): ValuePart[] {
  const chars = [...text];
  const parts: ValuePart[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain !== '') parts.push({ kind: 'text', text: plain });
    plain = '';
  };
  const firstInner = chars.findIndex((c) => c !== ' ');
  const lastInner = chars.length - 1 - [...chars].reverse().findIndex((c) => c !== ' ');
  chars.forEach((char, i) => {
    const edge = firstInner === -1 || i < firstInner || i > lastInner;
    if (char === ' ' && !edge) plain += char;
    else if (char === ' ' || INVISIBLE.test(char)) {
      flush();
      parts.push({ kind: 'token', text: char === ' ' ? EDGE_SPACE : tokenOf(char) });
    } else plain += char;
  });
  flush();
  return parts;
}

/**
 * A cell as the pane shows it: text with visible tokens; a number as its digits (a lost leading
 * zero shows); an Excel date as dd/mm/yyyy; an error as Excel writes it; null for an empty cell.
 *
 * @example
 * ```ts
 * visibleCell({ kind: 'number', value: 1012000 }, { true: 'WAAR', false: 'ONWAAR' });
 * // [{ kind: 'text', text: '1012000' }]
 * ```
 */
export function visibleCell(
  cell: Cell,
  booleans: { readonly true: string; readonly false: string },
): ValuePart[] | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.value === '' ? null : visibleParts(cell.value);
    case 'number':
      return [{ kind: 'text', text: String(cell.value) }];
    case 'date': {
      const date = excelSerialToDate(cell.value);
      return [{ kind: 'text', text: date === null ? String(cell.value) : formatBelgian(date) }];
    }
    case 'boolean':
      return [{ kind: 'text', text: cell.value ? booleans.true : booleans.false }];
    case 'error':
      return [{ kind: 'text', text: cell.value }];
  }
}

/** The parts as one string (accessible names, tests). */
export const partsText = (parts: readonly ValuePart[]): string => parts.map((part) => part.text).join('');

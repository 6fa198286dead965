/**
 * A cell's value as "Controleren" shows it (src/taskpane/check/visibleValue, issue #13): what the
 * eye cannot see in the cell becomes a token; visible text stays as it is.
 */
import { partsText, visibleCell, visibleParts } from '../../src/taskpane/check/visibleValue';

const WORDS = { true: 'WAAR', false: 'ONWAAR' };

test.each([
  ['no-break space at the end', 'Claes\u00a0', 'Claes[NBSP]'],
  ['no-break space inside', 'Van\u00a0Damme', 'Van[NBSP]Damme'],
  ['plain spaces at the edges', '  Piet ', '␣␣Piet␣'],
  ['plain space between words stays', 'Van Damme', 'Van Damme'],
  ['tab', 'Jan\tPiet', 'Jan[TAB]Piet'],
  ['line break', 'Jan\nPiet', 'Jan[LF]Piet'],
  ['zero-width space', 'Jan\u200b', 'Jan[ZWSP]'],
  ['byte order mark', '\ufeffJan', '[BOM]Jan'],
  ['soft hyphen', 'Jan\u00adPiet', 'Jan[SHY]Piet'],
  ['other invisible character by code point', 'A\u2061B', 'A[U+2061]B'],
  ['only spaces', '   ', '␣␣␣'],
  ['accents and quotes stay', 'Zoë “x”', 'Zoë “x”'],
])('%s', (_, text, shown) => {
  expect(partsText(visibleParts(text))).toBe(shown);
});

test('tokens are marked as tokens, the rest as text', () => {
  expect(visibleParts('Jan\u00a0')).toEqual([
    { kind: 'text', text: 'Jan' },
    { kind: 'token', text: '[NBSP]' },
  ]);
});

test.each([
  ['empty', { kind: 'empty', value: null } as const, null],
  ['empty text', { kind: 'text', value: '' } as const, null],
  ['number keeps its digits (a lost zero shows)', { kind: 'number', value: 1012000 } as const, '1012000'],
  ['Excel date as dd/mm/yyyy', { kind: 'date', value: 31258 } as const, '30/07/1985'],
  ['error as Excel writes it', { kind: 'error', value: '#N/A' } as const, '#N/A'],
  ['boolean in the pane language', { kind: 'boolean', value: true } as const, 'WAAR'],
])('cell: %s', (_, cell, shown) => {
  const parts = visibleCell(cell, WORDS);
  expect(parts === null ? null : partsText(parts)).toBe(shown);
});

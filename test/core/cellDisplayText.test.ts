import { cellDisplayText } from '../../src/core/cellDisplayText';
import type { Cell } from '../../src/core/types';

type NotText = Extract<Cell, { kind: 'number' | 'date' | 'boolean' }>;

describe('cellDisplayText: the text Excel shows for a number, date or boolean cell', () => {
  test.each<[string, NotText, string]>([
    ['the cell text Excel gave wins', { kind: 'date', value: 36526, text: '1/01/2000' }, '1/01/2000'],
    ['a Dutch boolean as Excel shows it', { kind: 'boolean', value: true, text: 'WAAR' }, 'WAAR'],
    ['a formatted number', { kind: 'number', value: 1000, text: '1,000.00' }, '1,000.00'],
    ['without text: a postcode number', { kind: 'number', value: 1000 }, '1000'],
    ['without text: a large number with Excel’s capital E', { kind: 'number', value: 1e21 }, '1E+21'],
    ['without text: a boolean', { kind: 'boolean', value: false }, 'FALSE'],
    ['without text: a date as dd/mm/yyyy', { kind: 'date', value: 36526 }, '01/01/2000'],
    ['without text: a serial that is no date', { kind: 'date', value: 60 }, '60'],
    ['a format that shows nothing (;;;): the stand-in', { kind: 'number', value: 1500, text: '' }, '1500'],
    ['text of spaces only: the stand-in', { kind: 'number', value: 1500, text: '  ' }, '1500'],
  ])('%s', (_label, cell, expected) => {
    expect(cellDisplayText(cell)).toBe(expected);
  });
});

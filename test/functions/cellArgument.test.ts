import { cellFromArgument, classifyDateNumber, MAX_DATE_SERIAL } from '../../src/functions/cellArgument';
import type { Cell } from '../../src/core';

const EMPTY: Cell = { kind: 'empty', value: null };

describe('cellFromArgument: what Excel passes, as a core cell', () => {
  test.each<[string, unknown, Cell]>([
    ['omitted argument / empty cell on the web (null)', null, EMPTY],
    ['undefined (never from Excel, tolerated)', undefined, EMPTY],
    ['empty cell on Windows (0)', 0, EMPTY],
    ['negative zero', -0, EMPTY],
    ['empty text (="")', '', EMPTY],
    ['text, kept as is (core reports the spaces)', ' Janssens ', { kind: 'text', value: ' Janssens ' }],
    ['whitespace only, kept as text (core counts it as blank)', '   ', { kind: 'text', value: '   ' }],
    ['number', 1500, { kind: 'number', value: 1500 }],
    ['11-digit INSZ stored as a number', 85073093301, { kind: 'number', value: 85073093301 }],
    ['boolean', true, { kind: 'boolean', value: true }],
    ['CustomFunctions.Error-like object', { code: '#N/A' }, { kind: 'error', value: '#N/A' }],
    ['data type: string', { type: 'String', basicValue: 'Jan' }, { kind: 'text', value: 'Jan' }],
    ['data type: double', { type: 'Double', basicValue: 1500 }, { kind: 'number', value: 1500 }],
    ['data type: error', { type: 'Error', basicValue: '#REF!' }, { kind: 'error', value: '#REF!' }],
    [
      'data type: entity (no plain value)',
      { type: 'Entity', text: 'x', properties: {} },
      { kind: 'error', value: '#VALUE!' },
    ],
    ['infinite number', Number.POSITIVE_INFINITY, { kind: 'error', value: '#NUM!' }],
  ])('%s', (_label, value, cell) => {
    expect(cellFromArgument(value, 'postcode')).toEqual(cell);
  });

  test.each<[string, unknown, Cell]>([
    ['a date serial (30/07/1985)', 31258, { kind: 'date', value: 31258 }],
    ['a date serial with a time', 31258.75, { kind: 'date', value: 31258.75 }],
    ['serial 1 (01/01/1900)', 1, { kind: 'date', value: 1 }],
    ['the largest serial read as a date', MAX_DATE_SERIAL, { kind: 'date', value: MAX_DATE_SERIAL }],
    ['6 digits: no date, no ddmmyyyy', 100000, { kind: 'number', value: 100000 }],
    ['7 digits: ddmmyyyy without its leading zero', 1012000, { kind: 'number', value: 1012000 }],
    ['8 digits: ddmmyyyy', 30071985, { kind: 'number', value: 30071985 }],
    ['a fraction below 1 (a time)', 0.5, { kind: 'number', value: 0.5 }],
    ['negative', -5, { kind: 'number', value: -5 }],
    ['empty cell on Windows', 0, EMPTY],
    [
      'data type double holding a serial',
      { type: 'Double', basicValue: 31258 },
      { kind: 'date', value: 31258 },
    ],
  ])('Geboortedatum: %s', (_label, value, cell) => {
    expect(cellFromArgument(value, 'geboortedatum')).toEqual(cell);
  });

  test('a number is a date only in the Geboortedatum column', () => {
    expect(cellFromArgument(31258, 'insz')).toEqual({ kind: 'number', value: 31258 });
    expect(cellFromArgument(31258, 'postcode')).toEqual({ kind: 'number', value: 31258 });
  });
});

describe('classifyDateNumber', () => {
  test.each<[number, ReturnType<typeof classifyDateNumber>]>([
    [1, 'serial'],
    [31258, 'serial'],
    [31258.5, 'serial'],
    [99999.99, 'serial'],
    [100000, 'other'],
    [999999, 'other'],
    [1000000, 'digits'],
    [1012000, 'digits'],
    [31121999, 'digits'],
    [99999999, 'digits'],
    [100000000, 'other'],
    [1012000.5, 'other'],
    [0, 'other'],
    [0.99, 'other'],
    [-31258, 'other'],
    [Number.NaN, 'other'],
  ])('%d -> %s', (value, kind) => {
    expect(classifyDateNumber(value)).toBe(kind);
  });
});

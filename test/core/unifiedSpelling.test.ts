import { type Issue, unifiedSpelling } from '../../src/core';

/** The near-duplicate fix re-checked on the cell as it is now (SPEC "Nothing is lost"). */
const issue = (
  fix: string,
  code: 'register_near_duplicate' | 'whitespace_edge' = 'register_near_duplicate',
): Issue =>
  code === 'register_near_duplicate'
    ? {
        code,
        row: 5,
        column: 'lotnummer',
        severity: 'warning',
        params: { value: 'ab123', other: fix, otherRow: 2 },
        fix,
      }
    : { code, row: 5, column: 'naam', severity: 'warning', params: {}, fix };

describe('unifiedSpelling', () => {
  test.each([
    ['the variant seen by the check', 'ab123', issue('AB123'), 'AB123'],
    ['another variant typed since', 'a-b 123', issue('AB123'), 'AB123'],
    ['already the kept spelling', 'AB123', issue('AB123'), null],
    ['changed into another lot since', 'XY999', issue('AB123'), null],
    ['a kept blank field: punctuation only becomes blank', ' - ', issue(''), ''],
    ['a kept blank field: real text stays', 'x', issue(''), null],
    ['an accent is a different letter', 'Cafe', issue('Café'), null],
    ['another code is no unifying fix', 'ab123', issue('AB123', 'whitespace_edge'), null],
  ])('%s', (_, cell, finding, expected) => {
    expect(unifiedSpelling(cell, finding)).toBe(expected);
  });
});

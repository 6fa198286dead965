import fc from 'fast-check';
import { formatCsv, writeCsv } from '../../src/core/csv';
import { encodeText } from '../../src/core/encoding';
import { ENCODINGS } from '../../src/core/types';
import type { CsvRecord, Encoding } from '../../src/core/types';
import { expectSameBytes } from '../support/sameBytes';
import { makeInsz } from '../support/syntheticInsz';

/**
 * writeCsv writes the bytes straight from the fields (one pass that checks and encodes, into a
 * reused scratch buffer): the same bytes, and the same errors, as encodeText(formatCsv(records)).
 */

function outcome(run: () => Uint8Array): { bytes?: number[]; error?: string } {
  try {
    return { bytes: Array.from(run()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const tricky = fc.constantFrom(
  'Voorbeeld',
  'Zoë',
  'Łukasz',
  '€',
  'e\u0301',
  'Σ',
  '\u{1f600}',
  '\ud800',
  ' ',
  '\u00a0',
  ',',
  ';',
  '"',
  '\n',
  '\u0085',
  '\u2028',
  '=',
  '-',
  '0',
  '',
);
const field = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', 'Peeters', 'Jan', 'Hélène', 'Françoise', '1500', 'B-1000') },
  { weight: 2, arbitrary: fc.string({ unit: tricky, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const insz = fc.constantFrom('', makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }), '8507300332', 'x');
const birth = fc.constantFrom('', '01012000', '1012000', '30/07/1985');
const record: fc.Arbitrary<CsvRecord> = fc.tuple(insz, field, field, birth, field);
const records = fc.array(record, { maxLength: 12 });

describe('writeCsv = encodeText(formatCsv(records))', () => {
  test.each(ENCODINGS)('%s: same bytes or the same error', (encoding: Encoding) => {
    fc.assert(
      fc.property(records, (rs) => {
        expect(outcome(() => writeCsv(rs, { encoding }))).toEqual(
          outcome(() => encodeText(formatCsv(rs), encoding)),
        );
      }),
      { numRuns: 1500 },
    );
  });

  test('records that are no 5-string arrays fail alike (shape checked before anything is written)', () => {
    const bad: unknown[] = [
      ['', 'Voorbeeld', 'Jan', '01012000'],
      [85073003328, '', '', '', ''],
      'not an array',
      // A sparse record: forEach and join skip the hole, so does writeCsv.
      // eslint-disable-next-line no-sparse-arrays
      ['85073093301', , '', '', ''],
    ];
    for (const r of bad) {
      for (const encoding of ENCODINGS) {
        const rs = [r as CsvRecord];
        expect(outcome(() => writeCsv(rs, { encoding }))).toEqual(
          outcome(() => encodeText(formatCsv(rs), encoding)),
        );
      }
    }
  });

  test('a large file after small ones, and small ones after it: each result is its own copy', () => {
    const small: CsvRecord[] = [['', 'Zoë', 'Jan', '01012000', '1500']];
    const large: CsvRecord[] = Array.from({ length: 20_000 }, (_, i) => [
      '',
      `Naam${i}`,
      'Hélène',
      '01012000',
      '9000',
    ]);
    const a = writeCsv(small, { encoding: 'utf-8-bom' });
    const b = writeCsv(large, { encoding: 'utf-8-bom' });
    const c = writeCsv(small, { encoding: 'windows-1252' });
    expect(Array.from(a)).toEqual(Array.from(encodeText(formatCsv(small), 'utf-8-bom')));
    // 800 kB: compared as bytes, not by expect's element-by-element toEqual (seconds).
    expectSameBytes(b, encodeText(formatCsv(large), 'utf-8-bom'));
    expect(Array.from(c)).toEqual(Array.from(encodeText(formatCsv(small), 'windows-1252')));
    a.fill(0);
    expect(Array.from(writeCsv(small, { encoding: 'utf-8-bom' }))).toEqual(
      Array.from(encodeText(formatCsv(small), 'utf-8-bom')),
    );
    expect(a.buffer).not.toBe(c.buffer);
    expect(a.byteLength).toBe(a.buffer.byteLength);
  });
});

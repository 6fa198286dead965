import fc from 'fast-check';
import {
  appendReadyRow,
  assertCsvRecord,
  CSV_HEADER,
  finishCsvInPlace,
  formatCsv,
  startCsv,
  startNextCsv,
  writeCsv,
} from '../../src/core/csv';
import { ENCODINGS } from '../../src/core/types';
import type { CsvRecord, Encoding, ReadyRow } from '../../src/core/types';
import { naiveParse } from '../fixtures/decodeText';
import { expectSameBytes } from '../support/sameBytes';
import { makeInsz } from '../support/syntheticInsz';

const INSZ_1985 = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });
const INSZ_2005 = makeInsz({ year: 2005, month: 3, day: 14, serial: 902 });

describe('formatCsv', () => {
  test('header is exactly the five SPEC titles', () => {
    expect(CSV_HEADER).toBe('INSZ,Naam,Voornaam,Geboortedatum,Postcode');
  });

  test.each<[string, CsvRecord[], string]>([
    ['no records: header only, with CRLF', [], 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n'],
    [
      'INSZ only: 5 fields, 4 commas',
      [[INSZ_1985, '', '', '', '']],
      `INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n${INSZ_1985},,,,\r\n`,
    ],
    [
      'name + birth date with leading zero',
      [['', 'Voorbeeld', 'Jan', '01012000', '1500']],
      'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n,Voorbeeld,Jan,01012000,1500\r\n',
    ],
    [
      'both identities, order kept',
      [
        [INSZ_2005, 'Testpersoon', 'Zoë', '14032005', '9000'],
        ['', 'Voorbeeld', '', '01012000', ''],
      ],
      `INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n${INSZ_2005},Testpersoon,Zoë,14032005,9000\r\n,Voorbeeld,,01012000,\r\n`,
    ],
  ])('%s', (_label, records, expected) => {
    expect(formatCsv(records)).toBe(expected);
  });
});

describe('assertCsvRecord: throws only on a broken invariant', () => {
  const ok: CsvRecord = ['', 'Voorbeeld', 'Jan', '01012000', '1500'];
  test.each<[string, CsvRecord]>([
    ['INSZ only', [INSZ_1985, '', '', '', '']],
    ['name + birth date', ok],
    [
      'both, postcode kept as typed (postcode_format is a warning)',
      [INSZ_1985, "D'Hondt", 'Ève', '30071985', 'B-1000'],
    ],
    ['inner spaces and hyphens', ['', 'Van den Voorbeeld-Test', 'Anne Marie', '01012000', '']],
  ])('accepts: %s', (_label, record) => {
    expect(() => assertCsvRecord(record)).not.toThrow();
  });

  test.each<[string, unknown]>([
    ['4 fields', ['', 'Voorbeeld', 'Jan', '01012000']],
    ['6 fields', ['', 'Voorbeeld', 'Jan', '01012000', '', '']],
    ['a number', [85073003328, '', '', '', '']],
    ['comma', ['', 'Voorbeeld, Jan', '', '01012000', '']],
    ['double quote', ['', 'Voorbeeld', '"Jan"', '01012000', '']],
    ['semicolon', ['', 'Voorbeeld;Jan', '', '01012000', '']],
    ['LF', ['', 'Voorbeeld\nJan', '', '01012000', '']],
    ['CR', ['', 'Voorbeeld\rJan', '', '01012000', '']],
    ['tab', ['', 'Voorbeeld\tJan', '', '01012000', '']],
    ['NEL U+0085', ['', 'Voorbeeld\u0085', '', '01012000', '']],
    ['line separator U+2028', ['', 'Voor\u2028beeld', '', '01012000', '']],
    ['trailing space', ['', 'Voorbeeld ', '', '01012000', '']],
    ['leading no-break space', ['', '\u00a0Voorbeeld', '', '01012000', '']],
    ['not NFC (e + combining acute)', ['', 'Voorbeelde\u0301', '', '01012000', '']],
    ['formula prefix =', ['', '=1+1', '', '01012000', '']],
    ['formula prefix @', ['', 'Voorbeeld', '@Jan', '01012000', '']],
    ['INSZ with separators', ['85.07.30-033.28', '', '', '', '']],
    ['INSZ 10 digits', ['8507300332', '', '', '', '']],
    ['birth date with slashes', ['', 'Voorbeeld', '', '01/01/2000', '']],
    ['birth date 7 digits', ['', 'Voorbeeld', '', '1012000', '']],
    ['no identity: name without birth date', ['', 'Voorbeeld', 'Jan', '', '1500']],
    ['no identity: all empty', ['', '', '', '', '']],
  ])('rejects: %s', (_label, record) => {
    expect(() => assertCsvRecord(record as CsvRecord)).toThrow(/CSV invariant broken/);
  });

  test('formatCsv and writeCsv assert every record', () => {
    expect(() => formatCsv([ok, ['', 'Voorbeeld,Jan', '', '01012000', '']])).toThrow(/separator/);
    expect(() => writeCsv([['', 'Voorbeeld,Jan', '', '01012000', '']], { encoding: 'utf-8' })).toThrow();
  });
});

describe('writeCsv bytes', () => {
  const records: CsvRecord[] = [['', 'Élève', 'François', '01012000', '']];
  test.each<[Encoding, string]>([
    ['utf-8-bom', 'efbbbf'],
    ['utf-8', ''],
    ['windows-1252', ''],
  ])('%s starts with %p then the header', (encoding, prefix) => {
    const bytes = writeCsv(records, { encoding });
    expect(
      Buffer.from(bytes)
        .toString('hex')
        .startsWith(`${prefix}${Buffer.from('INSZ,').toString('hex')}`),
    ).toBe(true);
    expect([...bytes.slice(-2)]).toEqual([0x0d, 0x0a]);
  });

  test.each<[Encoding, number[]]>([
    ['utf-8-bom', [0xc3, 0x89]],
    ['utf-8', [0xc3, 0x89]],
    ['windows-1252', [0xc9]],
  ])('%s writes É as %p', (encoding, bytesOfE) => {
    const bytes = [...writeCsv(records, { encoding })];
    const line = bytes.slice(bytes.indexOf(0x0a) + 1);
    expect(line.slice(0, 1 + bytesOfE.length)).toEqual([0x2c, ...bytesOfE]);
  });

  test('windows-1252: an unencodable character is a broken invariant', () => {
    expect(() => writeCsv([['', 'Łukasz', '', '01012000', '']], { encoding: 'windows-1252' })).toThrow(
      /windows-1252/,
    );
  });
});

// Values a ready row can hold: trimmed NFC text without separators, quotes, `;`, controls or a
// formula prefix. Characters drawn from what fits every encoding, so the property covers all three.
const safeChar = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-.éèêëçüöäïÉÈÇÜßñøåæœŠšŽžŸ€’–",
);
const safeText = fc
  .array(safeChar, { maxLength: 20 })
  .map((cs) => cs.join('').normalize('NFC').trim())
  .filter((s) => !/^[=+\-@]/u.test(s));
const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const record: fc.Arbitrary<CsvRecord> = fc
  .record({
    insz: fc.option(digits(11), { nil: '' }),
    naam: safeText,
    voornaam: safeText,
    geboortedatum: fc.option(digits(8), { nil: '' }),
    postcode: safeText,
  })
  .filter((r) => r.insz !== '' || (r.naam !== '' && r.geboortedatum !== ''))
  .map((r): CsvRecord => [r.insz, r.naam, r.voornaam, r.geboortedatum, r.postcode]);

describe('properties', () => {
  test.each(ENCODINGS.map((e) => [e]))(
    '%s: decode, strip BOM, split on CRLF and "," gives back exactly the records',
    (encoding) => {
      fc.assert(
        fc.property(fc.array(record, { maxLength: 30 }), (records) => {
          const { header, records: parsed } = naiveParse(writeCsv(records, { encoding }), encoding);
          expect(header).toEqual(['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']);
          expect(parsed).toEqual(records.map((r) => [...r]));
          for (const fields of parsed) expect(fields).toHaveLength(5);
        }),
      );
    },
  );

  test('deterministic: the same records give identical bytes', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 10 }), fc.constantFrom(...ENCODINGS), (records, encoding) => {
        expect(writeCsv(records, { encoding })).toEqual(
          writeCsv(
            records.map((r) => [...r] as const),
            { encoding },
          ),
        );
      }),
    );
  });
});

/** A record as validation hands it to planExport: the INSZ as its digits 1-9 and 10-11. */
function readyRowOf([insz, naam, voornaam, geboortedatum, postcode]: CsvRecord): ReadyRow {
  const inszFirst9 = insz === '' ? -1 : Number(insz.slice(0, 9));
  return {
    inszFirst9,
    inszLast2: insz === '' ? 0 : Number(insz.slice(9)),
    naam,
    voornaam,
    geboortedatum,
    postcode,
  };
}

describe('appendReadyRow, finishCsvInPlace and startNextCsv (planExport: shared buffers)', () => {
  test('valid records: the bytes of writeCsv, part after part in one writer, earlier parts unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(record, { maxLength: 6 }), { maxLength: 4 }),
        fc.constantFrom(...ENCODINGS),
        fc.nat({ max: 200 }),
        (parts, encoding, room) => {
          const w = startCsv(encoding, room);
          const made = parts.map((records, index) => {
            if (index > 0) startNextCsv(w);
            for (const r of records) appendReadyRow(w, readyRowOf(r));
            const bytes = finishCsvInPlace(w);
            expect(bytes).toEqual(writeCsv(records, { encoding }));
            return bytes;
          });
          // Views into the shared buffers: writing the later parts changed none of the earlier.
          made.forEach((bytes, index) => {
            expect(bytes).toEqual(writeCsv(parts[index] ?? [], { encoding }));
            expect(bytes.byteOffset % 4).toBe(0);
          });
        },
      ),
    );
  });

  test('a part larger than any buffer so far moves whole into a new one', () => {
    const w = startCsv('utf-8', 0);
    const first = finishCsvInPlace(w);
    startNextCsv(w);
    const big: CsvRecord = ['', 'Voorbeeld'.repeat(50_000), 'Jan', '01012000', '1500'];
    appendReadyRow(w, readyRowOf(big));
    appendReadyRow(w, readyRowOf(big));
    // 900 kB: compared as bytes, not by expect's element-by-element toEqual (seconds).
    expectSameBytes(finishCsvInPlace(w), writeCsv([big, big], { encoding: 'utf-8' }));
    expect(first).toEqual(writeCsv([], { encoding: 'utf-8' }));
  });

  test('still refuses a structure-breaking character', () => {
    const w = startCsv('utf-8', 0);
    expect(() => appendReadyRow(w, readyRowOf(['', 'Voorbeeld,Jan', '', '01012000', '']))).toThrow(
      /separator/,
    );
  });
});

describe('appendReadyRow writes the INSZ from its digits', () => {
  test.each<[string, string]>([
    ['a leading zero', '01234567809'],
    ['all zeros but the check digits', '00000000097'],
    ['all nines', '99999999999'],
    ['a check number below 10', '85073003305'],
  ])('%s: the bytes of writeCsv on the compact string', (_label, insz) => {
    const record: CsvRecord = [insz, 'Voorbeeld', 'Zoë', '', '1500'];
    const w = startCsv('utf-8', 0);
    appendReadyRow(w, readyRowOf(record));
    expect(finishCsvInPlace(w)).toEqual(writeCsv([record], { encoding: 'utf-8' }));
  });
});

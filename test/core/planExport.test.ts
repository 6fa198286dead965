import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { planExport } from '../../src/core/planExport';
import type { PlanExportInput } from '../../src/core/planExport';
import { checkLinesPerFile } from '../../src/core/settings';
import { DEFAULT_SETTINGS, ENCODINGS } from '../../src/core/types';
import type { BatchMetadata, Cell, Encoding, OtherBatch, RegistrationRow } from '../../src/core/types';
import { validateForExport, validateRegistrations } from '../../src/core/validateRegistrations';
import { naiveParse } from '../fixtures/decodeText';
import { cell, textRow, verdictsOf } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28, 12);
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1970, month: 1, day: 1, serial: 997 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-28',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};
const INSZ_A = makeInsz({ year: 1985, month: 7, day: 30, serial: 933 });
const INSZ_B = makeInsz({ year: 2005, month: 3, day: 14, serial: 902 });
const BAD_CHECKSUM = `${INSZ_A.slice(0, 9)}${INSZ_A.endsWith('00') ? '01' : '00'}`;

const input = (
  rows: RegistrationRow[],
  options: { encoding?: Encoding; linesPerFile?: number; otherBatches?: OtherBatch[] } = {},
): PlanExportInput => ({
  rows,
  batch: BATCH,
  batchId: 'B003',
  today: TODAY,
  settings: { encoding: options.encoding ?? 'utf-8-bom', linesPerFile: options.linesPerFile ?? 100 },
  ...(options.otherBatches !== undefined ? { otherBatches: options.otherBatches } : {}),
});

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const issueKeys = (issues: readonly { row: number; column: unknown; code: string }[]): unknown[] =>
  issues.map((i) => [i.row, i.column, i.code]);
const nthPerson = (n: number): string =>
  makeInsz({ year: 1950 + (n % 50), month: 1 + (n % 12), day: 1 + (n % 28), serial: 900 + (n % 98) });

describe('planExport', () => {
  test('files are views into a few shared buffers, none overlapping another (issue #11: no buffer per file)', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      textRow(i + 2, ['', `Voorbeeld${i}`, 'Zoë', '01012000', '1500']),
    );
    const plan = planExport(input(rows, { linesPerFile: 3 }));
    expect(plan.files).toHaveLength(1_500);
    const byBuffer = new Map<ArrayBufferLike, Uint8Array[]>();
    for (const file of plan.files)
      byBuffer.set(file.bytes.buffer, [...(byBuffer.get(file.bytes.buffer) ?? []), file.bytes]);
    expect(byBuffer.size).toBeLessThanOrEqual(15);
    for (const views of byBuffer.values()) {
      views.sort((a, b) => a.byteOffset - b.byteOffset);
      views.forEach((view, i) => {
        const next = views[i + 1];
        if (next !== undefined)
          expect(next.byteOffset).toBeGreaterThanOrEqual(view.byteOffset + view.byteLength);
      });
    }
    // Each file still holds exactly its own two records.
    expect(text(plan.files[1_499]?.bytes ?? new Uint8Array())).toBe(
      `\xef\xbb\xbfINSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n,Voorbeeld2998,Zo\xc3\xab,01012000,1500\r\n,Voorbeeld2999,Zo\xc3\xab,01012000,1500\r\n`,
    );
  });

  test('ready rows become one file with header, records, CRLF, BOM; name from batch and part', () => {
    const plan = planExport(
      input([textRow(2, [INSZ_A]), textRow(3, ['', 'Voorbeeld', 'Jan', '01012000', '1500']), textRow(4, [])]),
    );
    expect(plan.encoding).toBe('utf-8-bom');
    expect(plan.files).toHaveLength(1);
    const [file] = plan.files;
    expect(file?.name).toBe('vaccinnet_20261128_B003_vaxigrip-tetra_1-1.csv');
    expect(file?.rows).toEqual([2, 3]);
    expect([file?.part, file?.parts]).toEqual([1, 1]);
    expect(text(file?.bytes ?? new Uint8Array())).toBe(
      `\xef\xbb\xbfINSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n${INSZ_A},,,,\r\n,Voorbeeld,Jan,01012000,1500\r\n`,
    );
    expect(plan.blocked).toEqual([]);
    expect(plan.counts).toMatchObject({ rows: 3, ready: 2, blocked: 0, empty: 1, exported: 2 });
  });

  test('blocked rows are listed with ALL their issues (errors and warnings), in sheet order', () => {
    const plan = planExport(
      input([
        textRow(2, [` ${BAD_CHECKSUM}`, 'Voorbeeld']), // whitespace_edge (warning) + insz_checksum (error)
        textRow(3, [INSZ_A]),
        textRow(4, ['', '', 'Jan']), // identity_missing
        textRow(5, ['', 'Voorbeeld', 'Jan', '1/1/2000']), // birthdate_format
      ]),
    );
    expect(plan.files.map((f) => f.rows)).toEqual([[3]]);
    expect(plan.blocked.map((b) => [b.row, issueKeys(b.issues)])).toEqual([
      [
        2,
        [
          [2, 'insz', 'insz_checksum'],
          [2, 'insz', 'whitespace_edge'],
        ],
      ],
      [4, [[4, null, 'identity_missing']]],
      [5, [[5, 'geboortedatum', 'birthdate_format']]],
    ]);
    expect(plan.counts).toMatchObject({ rows: 4, ready: 1, blocked: 3, empty: 0, exported: 1 });
  });

  test.each<[string, RegistrationRow[]]>([
    ['no rows at all', []],
    ['only empty rows', [textRow(2, []), textRow(3, ['  ', '\u00a0'])]],
    ['only blocked rows', [textRow(2, [BAD_CHECKSUM]), textRow(3, ['', 'Voorbeeld'])]],
  ])('no ready rows -> no files: %s', (_label, rows) => {
    const plan = planExport(input(rows));
    expect(plan.files).toEqual([]);
    expect(plan.counts.exported).toBe(0);
    expect(plan.counts.rows).toBe(rows.length);
  });

  /** Lines of a file as a text editor counts them (every line ends with CRLF, the last included). */
  const linesOf = (bytes: Uint8Array): number => text(bytes).split('\r\n').length - 1;

  // SPEC: "At most 100 lines per file, the header line included ... so 99 registrations".
  test.each<[number, [number, number][]]>([
    [99, [[99, 100]]],
    [
      100,
      [
        [99, 100],
        [1, 2],
      ],
    ],
    [
      230,
      [
        [99, 100],
        [99, 100],
        [32, 33],
      ],
    ],
  ])('%i ready rows, default setting -> files of [registrations, lines] %j', (count, expected) => {
    const rows = Array.from({ length: count }, (_, i) => textRow(i + 2, [nthPerson(i)]));
    const plan = planExport(input(rows));
    expect(plan.files.map((f) => [f.rows.length, linesOf(f.bytes)])).toEqual(expected);
    expect(plan.files.map((f) => f.name)).toEqual(
      expected.map((_, k) => `vaccinnet_20261128_B003_vaxigrip-tetra_${k + 1}-${expected.length}.csv`),
    );
    expect(plan.files.flatMap((f) => f.rows)).toEqual(rows.map((r) => r.row));
    for (const file of plan.files)
      expect(linesOf(file.bytes)).toBeLessThanOrEqual(DEFAULT_SETTINGS.linesPerFile);
  });

  test('230 ready rows, default 100 lines -> parts 1-3 of 99, 99, 32 rows in sheet order', () => {
    const rows = Array.from({ length: 230 }, (_, i) => textRow(i + 2, [nthPerson(i)]));
    const plan = planExport(input(rows));
    expect(plan.files.map((f) => [f.name, f.rows.length, f.part, f.parts])).toEqual([
      ['vaccinnet_20261128_B003_vaxigrip-tetra_1-3.csv', 99, 1, 3],
      ['vaccinnet_20261128_B003_vaxigrip-tetra_2-3.csv', 99, 2, 3],
      ['vaccinnet_20261128_B003_vaxigrip-tetra_3-3.csv', 32, 3, 3],
    ]);
    // Sheet row = file line while rows are contiguous: the 100th registration (sheet row 101)
    // opens part 2, as the sheet's band shows (core sheetRowPart).
    expect(plan.files[1]?.rows[0]).toBe(101);
    expect(plan.files[2]?.rows[0]).toBe(200);
    expect(issueKeys(plan.issues.filter((i) => i.code === 'rows_over_limit'))).toEqual([
      [101, null, 'rows_over_limit'],
    ]);
    expect(plan.issues.find((i) => i.code === 'rows_over_limit')?.params).toEqual({
      files: 3,
      rows: 230,
      limit: 99,
    });
  });

  test('101 lines (the earlier 100 registrations) -> parts of 100, 100, 30 rows', () => {
    const rows = Array.from({ length: 230 }, (_, i) => textRow(i + 2, [nthPerson(i)]));
    const plan = planExport(input(rows, { linesPerFile: 101 }));
    expect(plan.files.map((f) => [f.rows.length, linesOf(f.bytes)])).toEqual([
      [100, 101],
      [100, 101],
      [30, 31],
    ]);
    expect(plan.files[1]?.rows[0]).toBe(102);
  });

  test.each<[number, number[]]>([
    [2, [1, 1, 1]],
    [1001, [3]],
  ])('the setting at its bound %i lines -> files of %j registrations', (linesPerFile, sizes) => {
    const rows = Array.from({ length: 3 }, (_, i) => textRow(i + 2, [nthPerson(i)]));
    const plan = planExport(input(rows, { linesPerFile }));
    expect(plan.files.map((f) => f.rows.length)).toEqual(sizes);
    for (const file of plan.files) expect(linesOf(file.bytes)).toBeLessThanOrEqual(linesPerFile);
  });

  test('1001 lines holds 1000 registrations, the 1001st opens part 2', () => {
    const rows = Array.from({ length: 1001 }, (_, i) => textRow(i + 2, [nthPerson(i)]));
    const plan = planExport(input(rows, { linesPerFile: 1001 }));
    expect(plan.files.map((f) => [f.rows.length, linesOf(f.bytes)])).toEqual([
      [1000, 1001],
      [1, 2],
    ]);
  });

  test('blocked rows in between do not count towards a file: the limit is on registrations', () => {
    const rows = [
      textRow(2, [nthPerson(1)]),
      textRow(3, [BAD_CHECKSUM]),
      textRow(4, [nthPerson(2)]),
      textRow(5, []),
      textRow(6, [nthPerson(3)]),
    ];
    const plan = planExport(input(rows, { linesPerFile: 3 }));
    expect(plan.files.map((f) => f.rows)).toEqual([[2, 4], [6]]);
    expect(plan.blocked.map((b) => b.row)).toEqual([3]);
  });

  test.each<[string, Encoding, number[] | null]>([
    ['utf-8-bom writes Ł as C5 81', 'utf-8-bom', [0xc5, 0x81]],
    ['utf-8 writes Ł as C5 81', 'utf-8', [0xc5, 0x81]],
    ['windows-1252 blocks the row (not_encodable)', 'windows-1252', null],
  ])('%s', (_label, encoding, bytesOfL) => {
    const plan = planExport(input([textRow(2, ['', 'Voorbeeld', 'Łucja', '01012000'])], { encoding }));
    if (bytesOfL === null) {
      expect(plan.files).toEqual([]);
      expect(plan.blocked.map((b) => issueKeys(b.issues))).toEqual([[[2, 'voornaam', 'not_encodable']]]);
    } else {
      const bytes = [...(plan.files[0]?.bytes ?? [])];
      const comma = bytes.indexOf(0x2c, bytes.lastIndexOf(0x0a, bytes.length - 3));
      expect(bytes.slice(comma + 11, comma + 13)).toEqual(bytesOfL); // after ",Voorbeeld,"
    }
  });

  test('warnings are exported and kept in issues; otherBatches reaches validation', () => {
    const other: OtherBatch = {
      batchId: 'B002',
      sheetName: 'Batch B002',
      batch: BATCH,
      rows: [textRow(2, [INSZ_B])],
    };
    const rows = [textRow(2, [INSZ_B, 'Voorbeeld ']), textRow(3, ['', 'Testpersoon', '', '01012000', '99'])];
    const plan = planExport(input(rows, { otherBatches: [other] }));
    expect(plan.files[0]?.rows).toEqual([2, 3]);
    expect(issueKeys(plan.issues)).toEqual(
      expect.arrayContaining([
        [2, 'naam', 'whitespace_edge'],
        [2, null, 'duplicate_across_batches'],
        [3, 'voornaam', 'firstname_missing'],
        [3, 'postcode', 'postcode_format'],
      ]),
    );
    expect(text(plan.files[0]?.bytes ?? new Uint8Array())).toContain(`\r\n${INSZ_B},Voorbeeld,,,\r\n`);
    expect(plan.counts.warnings).toBe(4);
  });

  test('issues and counts are those of validateRegistrations on the same input', () => {
    const rows = [textRow(2, [INSZ_A, ' Voorbeeld']), textRow(3, [BAD_CHECKSUM]), textRow(4, [])];
    const plan = planExport(input(rows));
    const report = validateRegistrations({
      rows,
      batch: BATCH,
      today: TODAY,
      settings: input(rows).settings,
    });
    expect(plan.issues).toEqual(report.issues);
    expect(plan.counts).toEqual({ ...report.counts, exported: 1 });
  });

  test('sha256 is the SHA-256 of the exact bytes (checked with node:crypto)', () => {
    const plan = planExport(input([textRow(2, [INSZ_A])]));
    const file = plan.files[0];
    expect(file?.sha256).toBe(
      createHash('sha256')
        .update(file?.bytes ?? new Uint8Array())
        .digest('hex'),
    );
  });

  test('the batch id is sanitised in the file name', () => {
    const plan = planExport({ ...input([textRow(2, [INSZ_A])]), batchId: 'B_003 x' });
    expect(plan.files[0]?.name).toBe('vaccinnet_20261128_B-003-x_vaxigrip-tetra_1-1.csv');
  });

  // Issue #10: one validation of the setting; planExport answers a refused value as data.
  test.each([0, -1, Number.NaN, 1.5, 1, 1002])(
    'a refused linesPerFile (%p) writes no file and loses no row',
    (linesPerFile) => {
      const rows = [textRow(2, [INSZ_A]), textRow(3, [BAD_CHECKSUM]), textRow(4, []), textRow(5, [INSZ_B])];
      const plan = planExport(input(rows, { linesPerFile }));
      const refused = checkLinesPerFile(linesPerFile);
      if (refused.ok) throw new Error('expected a refused value');
      expect(plan.files).toEqual([]);
      expect(plan.issues[0]).toEqual(refused.issue);
      expect(plan.blocked.map((b) => [b.row, b.issues[0]?.code])).toEqual([
        [2, 'settings_max_rows'],
        [3, 'insz_checksum'],
        [5, 'settings_max_rows'],
      ]);
      expect(plan.counts.exported + plan.blocked.length + plan.counts.empty).toBe(rows.length);
      expect(plan.counts).toMatchObject({ exported: 0, ready: 0, blocked: 3, empty: 1 });
    },
  );
});

// ---- properties over arbitrary sheets ----------------------------------------------------------

// Characters chosen to hit every rule: separators, quotes, controls, edge whitespace, NFD,
// formula prefixes, non-1252 letters, astral and lone surrogates, zero-width characters.
const tricky = fc.constantFrom(
  ...[
    'a',
    'Z',
    '0',
    '7',
    ' ',
    ',',
    ';',
    '"',
    '\n',
    '\r',
    '\t',
    '\u00a0',
    'é',
    'e\u0301',
    'ç',
    'ü',
    'Ł',
    '€',
    'Š',
  ],
  ...['=', '-', '+', '@', '.', '\ud800', '😀', '\u200b', '\u0085', '\u037e', "'", 'ß', '\u2028'],
);
const trickyText = fc.array(tricky, { maxLength: 8 }).map((cs) => cs.join(''));
const validInsz = fc
  .record({
    year: fc.integer({ min: 1920, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    serial: fc.integer({ min: 1, max: 998 }),
  })
  .map(makeInsz);
const birthDate = fc
  .record({
    y: fc.integer({ min: 1890, max: 2030 }),
    m: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
  })
  .map(({ y, m, d }) => `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${y}`);
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(cell.empty()) },
  { weight: 4, arbitrary: trickyText.map(cell.text) },
  { weight: 2, arbitrary: validInsz.map(cell.text) },
  { weight: 1, arbitrary: validInsz.map((s) => cell.number(Number(s))) },
  { weight: 2, arbitrary: birthDate.map(cell.text) },
  { weight: 1, arbitrary: birthDate.map((s) => cell.number(Number(s))) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 60000 }).map(cell.date) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map(cell.number) },
  { weight: 1, arbitrary: fc.boolean().map(cell.boolean) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!').map(cell.error) },
);
// Mostly plausible rows (so many are ready and files fill up), with arbitrary rows mixed in.
const nameChars = fc.constantFrom(...'abcdeijklmnorstuvzABDJKLMPTVéèëçüöïÉŠšŒœÿ€ßŁ', ' ', "'", '-');
const plausibleName = fc.array(nameChars, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const realBirthDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2025 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${y}`);
const optional = (arb: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.option(arb, { nil: '' });
const plausibleRow: fc.Arbitrary<(string | Cell)[]> = fc.oneof(
  fc.tuple(
    validInsz,
    optional(plausibleName),
    optional(plausibleName),
    optional(realBirthDate),
    optional(fc.constantFrom('1000', '9000', 'B-1000')),
  ),
  fc.tuple(
    fc.constant(''),
    plausibleName,
    optional(plausibleName),
    realBirthDate,
    optional(fc.constantFrom('1500', '2000')),
  ),
);
const anyRow: fc.Arbitrary<(string | Cell)[]> = fc.oneof(
  { weight: 3, arbitrary: plausibleRow },
  { weight: 2, arbitrary: fc.tuple(anyCell, anyCell, anyCell, anyCell, anyCell) },
);
const anySheet = fc
  .array(anyRow, { maxLength: 40, size: 'medium' })
  .map((rows) => rows.map((cells, i) => textRow(i + 2, cells)));

describe('properties', () => {
  test('rows in = exported + blocked + empty; files hold <= max rows, in order; bytes read back naively', () => {
    fc.assert(
      fc.property(
        anySheet,
        fc.constantFrom(...ENCODINGS),
        fc.integer({ min: 1, max: 7 }),
        (rows, encoding, max) => {
          const plan = planExport(input(rows, { encoding, linesPerFile: max + 1 }));
          const verdicts = verdictsOf(
            rows,
            validateForExport({
              rows,
              batch: BATCH,
              today: TODAY,
              settings: { encoding, linesPerFile: max + 1 },
            }),
          );
          const ready = verdicts.filter((v) => v.status === 'ready');

          expect(plan.counts.rows).toBe(rows.length);
          expect(plan.counts.exported + plan.blocked.length + plan.counts.empty).toBe(rows.length);
          expect(plan.files.flatMap((f) => f.rows)).toEqual(ready.map((v) => v.row));
          expect(plan.blocked.map((b) => b.row)).toEqual(
            verdicts.filter((v) => v.status === 'blocked').map((v) => v.row),
          );
          for (const b of plan.blocked) expect(b.issues.some((i) => i.severity === 'error')).toBe(true);

          const records = ready.map((v) => [...(v.record ?? [])]);
          let offset = 0;
          plan.files.forEach((file, k) => {
            expect(file.rows.length).toBeGreaterThanOrEqual(1);
            expect(file.rows.length).toBeLessThanOrEqual(max);
            expect([file.part, file.parts]).toEqual([k + 1, plan.files.length]);
            const parsed = naiveParse(file.bytes, encoding);
            expect(parsed.header).toEqual(['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']);
            expect(parsed.records).toEqual(records.slice(offset, offset + file.rows.length));
            offset += file.rows.length;
          });
          expect(offset).toBe(ready.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('deterministic: the same input twice gives identical names, bytes and hashes', () => {
    fc.assert(
      fc.property(
        anySheet,
        fc.constantFrom(...ENCODINGS),
        fc.integer({ min: 1, max: 7 }),
        (rows, encoding, max) => {
          const a = planExport(input(rows, { encoding, linesPerFile: max + 1 }));
          const b = planExport(input(structuredClone(rows), { encoding, linesPerFile: max + 1 }));
          expect(b.files.map((f) => [f.name, Buffer.from(f.bytes).toString('hex'), f.sha256])).toEqual(
            a.files.map((f) => [f.name, Buffer.from(f.bytes).toString('hex'), f.sha256]),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Golden files: fixed input rows -> the exact bytes of every file planExport writes.
 *
 * Layout: test/fixtures/golden/<case>/rows.json (rows as [row, insz, naam, voornaam,
 * geboortedatum, postcode]; a string is a text cell, '' or a missing value an empty cell, an
 * object a Cell as given), batch.json (batch, batch id, today, settings, encodings), and per
 * encoding expected/<encoding>/<file name>.csv plus plan.json (names, rows, hashes, issues).
 *
 * Regenerate after an intended change: `UPDATE_GOLDEN=1 npx jest planExport.golden`, then
 * `npx prettier --write test/fixtures/golden`, then READ the diff of the .csv bytes
 * (e.g. `xxd`), see test/fixtures/golden/README.md. The "hand-checked" tests below are written
 * out by hand and do not change on regeneration: they hold the committed bytes to SPEC.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planExport } from '../../src/core/planExport';
import type { ExportPlan } from '../../src/core/planExport';
import type { BatchMetadata, Cell, Encoding } from '../../src/core/types';
import { textRow } from '../support/rows';

const GOLDEN_DIR = path.join(__dirname, '..', 'fixtures', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenBatch {
  description: string;
  batchId: string;
  /** ISO date, read as local noon (core reads "today" with local getters). */
  today: string;
  settings: { linesPerFile: number };
  encodings: Encoding[];
  batch: BatchMetadata;
}
type GoldenRow = [number, ...(string | Cell)[]];

const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(path.join(...parts), 'utf8')) as T;

function localNoon(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? NaN, (m ?? NaN) - 1, d ?? NaN, 12);
}

function planFor(caseName: string, encoding: Encoding): ExportPlan {
  const dir = path.join(GOLDEN_DIR, caseName);
  const spec = readJson<GoldenBatch>(dir, 'batch.json');
  const rows = readJson<GoldenRow[]>(dir, 'rows.json').map(([row, ...cells]) => textRow(row, cells));
  return planExport({
    rows,
    batch: spec.batch,
    batchId: spec.batchId,
    today: localNoon(spec.today),
    settings: { encoding, linesPerFile: spec.settings.linesPerFile },
  });
}

/** Everything about a plan except the bytes, as stored in plan.json. */
function summary(plan: ExportPlan): unknown {
  return {
    encoding: plan.encoding,
    files: plan.files.map((f) => ({
      name: f.name,
      part: f.part,
      parts: f.parts,
      sha256: f.sha256,
      rows: f.rows,
    })),
    blocked: plan.blocked.map((b) => ({
      row: b.row,
      issues: b.issues.map((i) => [i.column, i.code, i.severity]),
    })),
    issues: plan.issues.map((i) => [i.row, i.column, i.code]),
    counts: plan.counts,
  };
}

/** null when equal, else where the bytes first differ (a readable failure for binary content). */
function firstDifference(actual: Uint8Array, expected: Uint8Array): string | null {
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      const around = (b: Uint8Array): string =>
        Buffer.from(b.subarray(Math.max(0, i - 8), i + 8)).toString('hex');
      return `byte ${i}: actual ...${around(actual)}... expected ...${around(expected)}... (lengths ${actual.length}/${expected.length})`;
    }
  }
  return null;
}

const CASES = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const CASE_ENCODINGS = CASES.flatMap((c) =>
  readJson<GoldenBatch>(GOLDEN_DIR, c, 'batch.json').encodings.map((e): [string, Encoding] => [c, e]),
);

describe('golden files', () => {
  test('there are golden cases', () => {
    expect(CASES).toEqual(expect.arrayContaining(['small', 'split-230']));
  });

  test.each(CASE_ENCODINGS)('%s, %s: exact bytes, names and plan', (caseName, encoding) => {
    const plan = planFor(caseName, encoding);
    const dir = path.join(GOLDEN_DIR, caseName, 'expected', encoding);
    if (UPDATE) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const file of plan.files) writeFileSync(path.join(dir, file.name), file.bytes);
      writeFileSync(path.join(dir, 'plan.json'), `${JSON.stringify(summary(plan), null, 2)}\n`);
    }
    const expectedNames = readdirSync(dir)
      .filter((name) => name.endsWith('.csv'))
      .sort();
    expect(plan.files.map((f) => f.name).sort()).toEqual(expectedNames);
    for (const file of plan.files) {
      const expected = readFileSync(path.join(dir, file.name));
      expect(firstDifference(file.bytes, expected)).toBeNull();
      expect(file.sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    }
    expect(summary(plan)).toEqual(readJson(dir, 'plan.json'));
  });

  test('same input twice -> byte-identical files and hashes', () => {
    for (const [caseName, encoding] of CASE_ENCODINGS) {
      const a = planFor(caseName, encoding);
      const b = planFor(caseName, encoding);
      expect(b.files.map((f) => [f.name, Buffer.from(f.bytes).toString('hex'), f.sha256])).toEqual(
        a.files.map((f) => [f.name, Buffer.from(f.bytes).toString('hex'), f.sha256]),
      );
    }
  });
});

// ---- hand-checked: written out by hand from SPEC, never regenerated --------------------------

/** The committed expected file of a case, as raw bytes. */
const committed = (caseName: string, encoding: Encoding, name: string): Buffer =>
  readFileSync(path.join(GOLDEN_DIR, caseName, 'expected', encoding, name));
/** Bytes from a string of \xNN escapes and ASCII: every character is one byte. */
const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

const HEADER = 'INSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n';
const SMALL_NAME = 'vaccinnet_20261128_B003_vaxigrip-tetra_1-1.csv';

describe('hand-checked: small case', () => {
  // Row 2: INSZ typed with separators -> 11 bare digits, leading zero of a 2005 birth kept.
  // Row 3: decomposed "He\u0301le\u0300ne" -> NFC é (U+00E9), è (U+00E8); birth date 01012000.
  // Row 4: ü (U+00FC), ç (U+00E7). Row 5: trailing space trimmed; Š (U+0160), á (U+00E1).
  // Row 6 (empty) and row 7 (birth date stored as a number: blocked) are not in the file.
  const lines = (e: Record<'eacute' | 'egrave' | 'uuml' | 'ccedil' | 'Scaron' | 'aacute', string>): string =>
    HEADER +
    '05031490294,,,,\r\n' +
    `,Voorbeeld,H${e.eacute}l${e.egrave}ne,01012000,1000\r\n` +
    `85073093301,M${e.uuml}ller-Testpersoon,Fran${e.ccedil}ois,30071985,2000\r\n` +
    `,Voorbeeld,${e.Scaron}${e.aacute}rka,15061990,\r\n`;
  const utf8 = {
    eacute: '\xC3\xA9',
    egrave: '\xC3\xA8',
    uuml: '\xC3\xBC',
    ccedil: '\xC3\xA7',
    Scaron: '\xC5\xA0',
    aacute: '\xC3\xA1',
  };
  const cp1252 = {
    eacute: '\xE9',
    egrave: '\xE8',
    uuml: '\xFC',
    ccedil: '\xE7',
    Scaron: '\x8A',
    aacute: '\xE1',
  };

  test.each<[Encoding, Buffer]>([
    ['utf-8-bom', bytes(`\xEF\xBB\xBF${lines(utf8)}`)],
    ['utf-8', bytes(lines(utf8))],
    ['windows-1252', bytes(lines(cp1252))],
  ])('%s: committed bytes are exactly the hand-written ones', (encoding, expected) => {
    expect(firstDifference(committed('small', encoding, SMALL_NAME), expected)).toBeNull();
  });

  test.each<[Encoding]>([['utf-8-bom'], ['utf-8'], ['windows-1252']])(
    '%s: CRLF after every line, 5 fields each, no bare LF or CR, no quote',
    (encoding) => {
      const file = committed('small', encoding, SMALL_NAME);
      expect([...file.subarray(-2)]).toEqual([0x0d, 0x0a]);
      const text = file.toString('latin1');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n"]/);
      const fileLines = text.split('\r\n').slice(0, -1);
      expect(fileLines).toHaveLength(5);
      for (const line of fileLines) expect(line.split(',')).toHaveLength(5);
    },
  );
});

/** BOM, header, `records` records of five fields, CRLF at the end: the first and last record. */
function checkSplitFile(caseName: string, name: string, records: number, first: string, last: string): void {
  const file = committed(caseName, 'utf-8-bom', name);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.subarray(3).toString('utf8');
  expect(text.startsWith(HEADER)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  // Lines as a text editor counts them: the header and every record (SPEC: at most linesPerFile).
  expect(text.split('\r\n').length - 1).toBe(records + 1);
  const fileLines = text.split('\r\n').slice(1, -1);
  expect(fileLines).toHaveLength(records);
  expect(fileLines[0]).toBe(first);
  expect(fileLines[fileLines.length - 1]).toBe(last);
  for (const line of fileLines) expect(line.split(',')).toHaveLength(5);
}

const splitNames = [1, 2, 3].map((k) => `vaccinnet_20261127_B004_prevenar-20_${k}-3.csv`);

describe('hand-checked: split-230 case (default: 100 lines per file, header included)', () => {
  test('three files named by date, batch, product slug and part k-3', () => {
    expect(readdirSync(path.join(GOLDEN_DIR, 'split-230', 'expected', 'utf-8-bom')).sort()).toEqual(
      [...splitNames, 'plan.json'].sort(),
    );
  });

  test.each([
    // rows.json index i (sheet row i + 2): every fifth (i % 5 === 4) a name row, else an INSZ row.
    // SPEC: 99 registrations per file: file 1 = sheet rows 2-100, file 2 = 101-199, file 3 = 200-231.
    [splitNames[0] as string, 99, '40010190014,,,,', '58031590083,,,,'],
    [splitNames[1] as string, 99, ',Testpersoon,Voorbeeld,16041979,1000', '77060290119,,,,'],
    [splitNames[2] as string, 32, '78070390216,,,,', ',Testpersoon,Voorbeeld,06091989,1000'],
  ])(
    '%s: BOM, header, %d records (100, 100, 33 lines), first and last line',
    (name, records, first, last) => {
      checkSplitFile('split-230', name, records, first, last);
    },
  );
});

describe('hand-checked: split-230-101-lines case (the earlier 100 registrations per file)', () => {
  test('the same three names', () => {
    expect(readdirSync(path.join(GOLDEN_DIR, 'split-230-101-lines', 'expected', 'utf-8-bom')).sort()).toEqual(
      [...splitNames, 'plan.json'].sort(),
    );
  });

  test.each([
    // The files written before the header counted, unchanged: check digits recomputed by hand
    // (97 - N mod 97; N + 2000000000 for 2005 births).
    [splitNames[0] as string, 100, '40010190014,,,,', ',Testpersoon,Voorbeeld,16041979,1000'],
    [splitNames[1] as string, 100, '60051790277,,,,', ',Testpersoon,Voorbeeld,04081999,1000'],
    [splitNames[2] as string, 30, '80090590410,,,,', ',Testpersoon,Voorbeeld,06091989,1000'],
  ])('%s: BOM, header, %d records, first and last line', (name, records, first, last) => {
    checkSplitFile('split-230-101-lines', name, records, first, last);
  });
});

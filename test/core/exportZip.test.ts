/**
 * The export page's allow-list (src/core/exportZip.ts, fileName.ts isExportFileName): only the
 * add-in's own registration files, within a size cap checked before inflating (issue #8).
 */
import { zipSync } from 'fflate';
import {
  CSV_HEADER,
  MAX_LINK_FILES,
  MAX_LINK_UNPACKED_BYTES,
  exportFileName,
  isExportFileName,
  readExportZip,
  zipExportFiles,
  zipName,
  zipTimeOf,
} from '../../src/core';

const MTIME = new Date(2026, 10, 28, 12);
const NAME = 'vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv';
function csv(body: string, bom = true): Uint8Array {
  const text = new TextEncoder().encode(`${CSV_HEADER}\r\n${body}`);
  const out = new Uint8Array((bom ? 3 : 0) + text.length);
  if (bom) out.set([0xef, 0xbb, 0xbf]);
  out.set(text, bom ? 3 : 0);
  return out;
}

describe('isExportFileName', () => {
  test.each<[string, boolean]>([
    [NAME, true],
    ['vaccinnet_20261128_B-003-ecole_comirnaty-omicron-xbb-1-5_12-12.csv', true],
    [
      exportFileName({
        datumToediening: '2026-01-02',
        batchId: 'École 3',
        product: 'Ëngérix-B',
        part: 3,
        parts: 4,
      }),
      true,
    ],
    ['vaccinnet_20261128_B003_vaxigrip-tetra_3-2.csv', false],
    ['vaccinnet_20261128_B003_vaxigrip-tetra_0-2.csv', false],
    ['vaccinnet_20261128_B003_Vaxigrip-tetra_1-2.csv', false],
    ['vaccinnet_20261128_-B003_vaxigrip-tetra_1-2.csv', false],
    ['vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv.exe', false],
    ['../vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv', false],
    ['folder/vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv', false],
    ['evil.exe', false],
    ['vaccinnet_2026112_B003_vaxigrip-tetra_1-2.csv', false],
  ])('%s -> %s', (name, expected) => expect(isExportFileName(name)).toBe(expected));
});

test("the add-in's own zip reads back, byte for byte, in order", () => {
  const files = [
    { name: NAME, bytes: csv('85073003328,Peeters,Jan,30071985,1000\r\n') },
    { name: NAME.replace('_1-2', '_2-2'), bytes: csv('', false) },
  ];
  expect(readExportZip(zipExportFiles(files, MTIME))).toEqual({ ok: true, files });
});

test.each<[string, Record<string, Uint8Array> | Uint8Array, string]>([
  ['not a zip', new Uint8Array([1, 2, 3, 4]), 'broken'],
  ['an empty zip', zipSync({}), 'empty'],
  ['a foreign file name', { 'evil.exe': csv('') }, 'foreign_name'],
  ['a path in the name', { [`x/${NAME}`]: csv('') }, 'foreign_name'],
  [
    'a file without the header line',
    { [NAME]: new TextEncoder().encode('hello\r\n') },
    'not_registration_file',
  ],
  [
    'a header that only starts right',
    { [NAME]: new TextEncoder().encode(`${CSV_HEADER},Extra\r\n`) },
    'not_registration_file',
  ],
  [
    'too many files',
    Object.fromEntries(
      Array.from({ length: MAX_LINK_FILES + 1 }, (_, i) => [
        `vaccinnet_20261128_B003_x_${i + 1}-99.csv`,
        csv(''),
      ]),
    ),
    'too_large',
  ],
])('refused: %s', (_label, input, reason) => {
  const zip = input instanceof Uint8Array ? input : zipSync(input);
  const result = readExportZip(zip);
  expect(result.ok ? 'ok' : result.reason).toBe(reason);
});

test('a zip bomb is refused on its declared size, before anything is inflated', () => {
  // 3 MB of one repeated line deflates to a few KB.
  const big = csv('85073003328,Peeters,Jan,30071985,1000\r\n'.repeat(80_000));
  expect(big.length).toBeGreaterThan(MAX_LINK_UNPACKED_BYTES);
  const zip = zipSync({ [NAME]: big });
  expect(zip.length).toBeLessThan(30_000);
  expect(readExportZip(zip)).toEqual({ ok: false, reason: 'too_large' });
});

test('a zip that lies about a size (declared small, inflates larger) is refused, not inflated beyond it', () => {
  const real = csv('85073003328,Peeters,Jan,30071985,1000\r\n'.repeat(50));
  const zip = zipSync({ [NAME]: [real, { level: 6 }] });
  // Central directory entry: signature PK\1\2, uncompressed size at offset 24.
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let central = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      central = i;
      break;
    }
  }
  expect(central).toBeGreaterThan(0);
  view.setUint32(central + 24, 100, true);
  const result = readExportZip(zip);
  expect(result.ok).toBe(false);
});

test("zipName: the files' common name without the part", () => {
  expect(zipName([NAME])).toBe('vaccinnet_20261128_B003_vaxigrip-tetra.zip');
  expect(zipName([])).toBe('vaccinnet.zip');
});

test('the zip time stamp is noon of the administration date, or 1 January 2000 at noon', () => {
  expect(zipTimeOf('2026-11-28')).toEqual(new Date(2026, 10, 28, 12));
  expect(zipTimeOf(null)).toEqual(new Date(2000, 0, 1, 12));
  expect(zipTimeOf('28/11/2026')).toEqual(new Date(2000, 0, 1, 12));
  // The same date gives the same zip bytes, whenever the zip is made.
  const files = [{ name: NAME, bytes: csv('x') }];
  expect(zipExportFiles(files, zipTimeOf('2026-11-28'))).toEqual(zipExportFiles(files, MTIME));
});

import fc from 'fast-check';
import { exportFileName, MAX_SLUG_LENGTH, productSlug, sanitizeBatchId } from '../../src/core/fileName';

describe('productSlug', () => {
  test.each([
    ['SPEC example', 'Vaxigrip Tetra', 'vaxigrip-tetra'],
    ['already a slug', 'vaxigrip-tetra', 'vaxigrip-tetra'],
    ['diacritics stripped', 'Ëngérix-B Çüñ', 'engerix-b-cun'],
    ['runs of punctuation -> one dash', 'Comirnaty® Omicron XBB.1.5', 'comirnaty-omicron-xbb-1-5'],
    ['outer spaces and dashes trimmed', '  --Boostrix Polio--  ', 'boostrix-polio'],
    ['compatibility forms (NFKD)', 'Ｖａｘ ﬁx ™', 'vax-fix-tm'],
    ['ligatures and undecomposable letters', 'Œuvre Straße Ærø Łódź', 'oeuvre-strasse-aero-lodz'],
    ['underscore is not kept (it separates the name parts)', 'vax_tetra', 'vax-tetra'],
    ['empty -> product', '', 'product'],
    ['only symbols -> product', '®©§', 'product'],
    ['non-Latin script -> product', 'Вакцина', 'product'],
    [
      'long: cut at a dash boundary',
      'Pneumococcal polysaccharide conjugate vaccine adsorbed 20-valent',
      'pneumococcal-polysaccharide-conjugate',
    ],
    ['long: the cut falls exactly before a dash', `${'a'.repeat(40)} tail`, 'a'.repeat(40)],
    ['long single word: hard cut', 'x'.repeat(50), 'x'.repeat(40)],
  ])('%s: %p -> %p', (_label, product, expected) => {
    expect(productSlug(product)).toBe(expected);
  });

  test('property: always 1..40 of [a-z0-9-], no dash at the ends, no double dash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (product) => {
        const slug = productSlug(product);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
    );
  });
});

describe('sanitizeBatchId', () => {
  test.each([
    ['kept as is', 'B003', 'B003'],
    ['case kept, dash kept', 'Batch-2026-a', 'Batch-2026-a'],
    ['underscore and spaces', 'B_003 (école)', 'B-003-ecole'],
    ['dashes collapsed and trimmed', '--B--003--', 'B-003'],
    ['path characters', '../B003/x', 'B003-x'],
    ['empty -> batch', '', 'batch'],
    ['only symbols -> batch', '___', 'batch'],
    ['long -> 40 characters, no trailing dash', `${'A'.repeat(39)}-BC`, 'A'.repeat(39)],
  ])('%s: %p -> %p', (_label, batchId, expected) => {
    expect(sanitizeBatchId(batchId)).toBe(expected);
  });
});

describe('exportFileName', () => {
  test.each([
    [
      'SPEC example',
      '2026-11-28',
      'B003',
      'Vaxigrip Tetra',
      1,
      2,
      'vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv',
    ],
    ['single file', '2026-01-05', 'B001', 'Boostrix', 1, 1, 'vaccinnet_20260105_B001_boostrix_1-1.csv'],
    ['part numbers are not padded', '2026-11-28', 'B3', 'Vax', 12, 12, 'vaccinnet_20261128_B3_vax_12-12.csv'],
    [
      'everything sanitised',
      '2026-11-28',
      'B 3_x',
      'Éngérix B',
      2,
      3,
      'vaccinnet_20261128_B-3-x_engerix-b_2-3.csv',
    ],
  ])('%s', (_label, datumToediening, batchId, product, part, parts, expected) => {
    expect(exportFileName({ datumToediening, batchId, product, part, parts })).toBe(expected);
  });

  test.each([
    ['Belgian date instead of ISO', { datumToediening: '28/11/2026', part: 1, parts: 1 }],
    ['part 0', { datumToediening: '2026-11-28', part: 0, parts: 1 }],
    ['part after parts', { datumToediening: '2026-11-28', part: 3, parts: 2 }],
    ['fractional part', { datumToediening: '2026-11-28', part: 1.5, parts: 2 }],
  ])('broken invariant: %s', (_label, partial) => {
    expect(() => exportFileName({ batchId: 'B1', product: 'Vax', ...partial })).toThrow(/exportFileName/);
  });

  test('property: ASCII, five underscore-separated parts, ends in .csv', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.integer({ min: 1, max: 50 }),
        (batchId, product, parts) => {
          const name = exportFileName({
            datumToediening: '2026-11-28',
            batchId,
            product,
            part: parts,
            parts,
          });
          expect(name).toMatch(/^vaccinnet_20261128_[A-Za-z0-9-]+_[a-z0-9-]+_[0-9]+-[0-9]+\.csv$/);
          expect(name.split('_')).toHaveLength(5);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { PersonIndex } from '../../src/core/duplicates';
import { makeInsz } from '../support/syntheticInsz';

/**
 * PersonIndex.findByInszNumber / findOrAddByInszNumber take the INSZ as the number its 11 digits
 * spell (validation's key) and the constructor an expected size; both must answer exactly as find /
 * findOrAdd with the compact string, whatever the size hint.
 */

const INSZ = [
  makeInsz({ year: 1985, month: 7, day: 30, serial: 933 }),
  makeInsz({ year: 2005, month: 3, day: 12, serial: 902 }),
  makeInsz({ year: 2001, month: 1, day: 1, serial: 901 }), // 01...: a leading zero
];
const part = fc.constantFrom(
  '',
  'a',
  'A',
  'é',
  'É',
  'Ł',
  'ł',
  'İ',
  'i\u0307',
  'ß',
  'SS',
  'Σ',
  'ς',
  'Peeters',
);
const person = fc.record({
  insz: fc.constantFrom(null, ...INSZ),
  naam: part,
  voornaam: part,
  geboortedatum: fc.constantFrom('', '01012000', '02012000'),
  lookOnly: fc.boolean(),
});

describe('PersonIndex by INSZ number and the size hint', () => {
  test('agrees with findOrAdd / find on the compact string', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), fc.constantFrom(0, 1, 7, 5000), (people, expected) => {
        const byString = new PersonIndex();
        const byNumber = new PersonIndex(expected);
        people.forEach((p, id) => {
          const key = p.insz === null ? -1 : Number(p.insz);
          if (p.lookOnly) {
            expect(byNumber.findByInszNumber(key, p.naam, p.voornaam, p.geboortedatum)).toBe(
              byString.find(p.insz, p.naam, p.voornaam, p.geboortedatum),
            );
          } else {
            expect(byNumber.findOrAddByInszNumber(key, p.naam, p.voornaam, p.geboortedatum, id)).toBe(
              byString.findOrAdd(p.insz, p.naam, p.voornaam, p.geboortedatum, id),
            );
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  test('keeps every key past its size hint (tables and entry arrays grow)', () => {
    const index = new PersonIndex(10);
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const insz = makeInsz({
        year: 1950 + (i % 50),
        month: 1 + (i % 12),
        day: 1 + (i % 28),
        serial: 1 + (i % 997),
      });
      expect(index.findOrAddByInszNumber(Number(insz), `Naam${i}`, 'X', '01012000', i)).toBe(-1);
    }
    for (let i = 0; i < n; i += 37) {
      const insz = makeInsz({
        year: 1950 + (i % 50),
        month: 1 + (i % 12),
        day: 1 + (i % 28),
        serial: 1 + (i % 997),
      });
      expect(index.findByInszNumber(Number(insz), '', '', '')).toBe(i);
      expect(index.findByInszNumber(-1, `NAAM${i}`, 'x', '01012000')).toBe(i);
    }
  });

  /**
   * The tables keep a 32-bit hash per key, not the key: two INSZ with the same hash must stay two
   * persons (the index compares the keys it asks for, kept or told by `keysOf`). The pairs are
   * found with duplicates.ts's INSZ hash; should that formula change, the test still checks the
   * answers, only without a guaranteed collision.
   */
  test.each([
    ['keeps the keys itself', false],
    ['asks keysOf for them', true],
  ])('INSZ whose hashes collide stay apart (%s)', (_label, withKeysOf) => {
    const inszHash = (first9: number, last2: number): number => first9 ^ Math.imul(last2 + 1, 0x9e3779b1);
    const pairs: [number, number][] = [];
    for (let a = 0; a < 100 && pairs.length < 20; a++) {
      for (let b = a + 1; b < 100 && pairs.length < 20; b++) {
        const first9 = 850730033;
        const other = first9 ^ Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x9e3779b1);
        if (other >= 0 && other < 1_000_000_000) {
          expect(inszHash(first9, a)).toBe(inszHash(other, b));
          pairs.push([first9 * 100 + a, other * 100 + b]);
        }
      }
    }
    expect(pairs.length).toBe(20);
    const numbers = pairs.flat();
    const keys = numbers.map((n) => {
      const inszFirst9 = Math.floor(n / 100);
      return { inszFirst9, inszLast2: n - inszFirst9 * 100, naam: '', voornaam: '', geboortedatum: '' };
    });
    const index = withKeysOf
      ? new PersonIndex(4, (id) => keys[id] as (typeof keys)[number])
      : new PersonIndex(4);
    numbers.forEach((n, id) => {
      expect(index.findByInszNumber(n, '', '', '')).toBe(numbers.indexOf(n) < id ? numbers.indexOf(n) : -1);
      expect(index.findOrAddByInszNumber(n, '', '', '', id)).toBe(
        numbers.indexOf(n) < id ? numbers.indexOf(n) : -1,
      );
    });
    numbers.forEach((n) => expect(index.findByInszNumber(n, '', '', '')).toBe(numbers.indexOf(n)));
  });
});

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
});

import fc from 'fast-check';
import { PersonIndex, personNameKey, sameProductAndDate } from '../../src/core/duplicates';
import type { BatchMetadata } from '../../src/core/types';
import { makeInsz } from '../support/syntheticInsz';

const INSZ_A = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const INSZ_B = makeInsz({ year: 2005, month: 3, day: 12, serial: 902 });

type Parts = [naam: string, voornaam: string, geboortedatum: string];

describe('personNameKey', () => {
  test.each<[string, Parts, Parts, boolean]>([
    ['case differs', ['Peeters', 'Jan', '01012000'], ['PEETERS', 'jan', '01012000'], true],
    ['edge whitespace differs', [' Peeters ', 'Jan\u00a0', '01012000'], ['Peeters', 'Jan', '01012000'], true],
    ['NFC vs decomposed', ['Lefe\u0300vre', 'Zoe\u0308', '01012000'], ['Lefèvre', 'Zoë', '01012000'], true],
    ['non-ASCII case', ['ÉLODIE', 'ŁUKASZ', '01012000'], ['élodie', 'łukasz', '01012000'], true],
    ['both Voornaam blank', ['Peeters', '', '01012000'], ['Peeters', ' ', '01012000'], true],
    ['Voornaam differs (near miss)', ['Peeters', 'Jan', '01012000'], ['Peeters', 'Jean', '01012000'], false],
    [
      'Voornaam blank vs given (near miss)',
      ['Peeters', '', '01012000'],
      ['Peeters', 'Jan', '01012000'],
      false,
    ],
    ['birth date differs (near miss)', ['Peeters', 'Jan', '01012000'], ['Peeters', 'Jan', '02012000'], false],
    ['parts shifted (near miss)', ['Van', 'Damme Jan', '01012000'], ['Van Damme', 'Jan', '01012000'], false],
    ['accent differs (near miss)', ['Lefevre', 'Jan', '01012000'], ['Lefèvre', 'Jan', '01012000'], false],
  ])('%s', (_label, a, b, same) => {
    expect(personNameKey(...a) === personNameKey(...b)).toBe(same);
  });

  test.each<[string, Parts]>([
    ['Naam blank', ['', 'Jan', '01012000']],
    ['Naam whitespace only', ['  ', 'Jan', '01012000']],
    ['Geboortedatum blank', ['Peeters', 'Jan', '']],
  ])('no key when %s', (_label, parts) => {
    expect(personNameKey(...parts)).toBeNull();
  });
});

describe('sameProductAndDate', () => {
  const batch: BatchMetadata = {
    toedienerInsz: INSZ_A,
    gratisVoorraad: 'Ja',
    datumToediening: '2026-11-20',
    immunisatieproduct: 'Vaxigrip Tetra',
    dosis: 0.5,
  };
  test.each([
    ['identical', {}, true],
    ['product in other case and padded', { immunisatieproduct: '  VAXIGRIP tetra ' }, true],
    ['other lot and dose', { lotnummer: 'X1', dosis: 1 as const }, true],
    ['other date (near miss)', { datumToediening: '2026-11-21' }, false],
    ['other product (near miss)', { immunisatieproduct: 'Vaxigrip' }, false],
  ])('%s', (_label, change, expected) => {
    expect(sameProductAndDate(batch, { ...batch, ...change })).toBe(expected);
  });
});

describe('PersonIndex', () => {
  test('first occurrence wins, by INSZ or by name', () => {
    const index = new PersonIndex();
    expect(index.findOrAdd(INSZ_A, '', '', '', 0)).toBe(-1);
    expect(index.findOrAdd(null, 'Peeters', 'Jan', '01012000', 1)).toBe(-1);
    expect(index.findOrAdd(INSZ_B, 'Janssens', '', '01012000', 2)).toBe(-1);
    expect(index.findOrAdd(INSZ_A, 'Other', '', '02022002', 3)).toBe(0);
    expect(index.findOrAdd(null, 'PEETERS', 'jan', '01012000', 4)).toBe(1);
    // Matches entry 2 by INSZ and entry 1 by name: the earlier one is reported.
    expect(index.findOrAdd(INSZ_B, 'Peeters', 'Jan', '01012000', 5)).toBe(1);
    expect(index.find(INSZ_A, '', '', '')).toBe(0);
    expect(index.find(null, 'Other', '', '02022002')).toBe(3);
    expect(index.find(null, 'Nobody', '', '02022002')).toBe(-1);
  });

  test.each([
    ['Naam empty', null, '', 'Jan', '01012000'],
    ['Geboortedatum empty', null, 'Peeters', 'Jan', ''],
    ['INSZ not 11 digits', '8507300332', '', '', ''],
    ['INSZ with a letter', '8507300332X', '', '', ''],
  ])('no key when %s: never a duplicate', (_label, insz, naam, voornaam, geboortedatum) => {
    const index = new PersonIndex();
    expect(index.findOrAdd(insz, naam, voornaam, geboortedatum, 0)).toBe(-1);
    expect(index.findOrAdd(insz, naam, voornaam, geboortedatum, 1)).toBe(-1);
  });

  test('grows past its initial size and keeps every key', () => {
    const index = new PersonIndex();
    const n = 5000;
    for (let i = 0; i < n; i++) {
      const insz = makeInsz({
        year: 1950 + (i % 50),
        month: 1 + (i % 12),
        day: 1 + (i % 28),
        serial: 1 + (i % 997),
      });
      index.findOrAdd(insz, `Naam${i}`, 'X', '01012000', i);
    }
    for (let i = 0; i < n; i += 97) expect(index.find(null, `NAAM${i}`, 'x', '01012000')).toBe(i);
  });

  /**
   * Model: a person is a duplicate of the first earlier entry sharing its compact INSZ or its
   * personNameKey. Small alphabets make collisions (same key, other case) frequent.
   */
  test('agrees with a Map model keyed by INSZ and personNameKey', () => {
    const part = fc.constantFrom(
      '',
      'a',
      'A',
      'é',
      'É',
      'ab',
      'AB',
      'aB',
      'Ł',
      'ł',
      'i',
      'I',
      'İ',
      'i\u0307',
      'ß',
      'ẞ',
      'SS',
      'ǅ',
      'ǆ',
      'Σ',
      'σ',
      'ς',
    );
    const person = fc.record({
      insz: fc.constantFrom(null, INSZ_A, INSZ_B),
      naam: part,
      voornaam: part,
      geboortedatum: fc.constantFrom('', '01012000', '02012000'),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), (people) => {
        const index = new PersonIndex();
        const byInsz = new Map<string, number>();
        const byName = new Map<string, number>();
        people.forEach((p, id) => {
          const key = personNameKey(p.naam, p.voornaam, p.geboortedatum);
          const candidates = [
            p.insz === null ? undefined : byInsz.get(p.insz),
            key === null ? undefined : byName.get(key),
          ].filter((x): x is number => x !== undefined);
          const expected = candidates.length === 0 ? -1 : Math.min(...candidates);
          expect(index.findOrAdd(p.insz, p.naam, p.voornaam, p.geboortedatum, id)).toBe(expected);
          if (p.insz !== null && !byInsz.has(p.insz)) byInsz.set(p.insz, id);
          if (key !== null && !byName.has(key)) byName.set(key, id);
        });
      }),
    );
  });
});

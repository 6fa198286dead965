import { DEFAULT_LISTS, type BatchField, parseRegisterCommon } from '../../src/core';
import { makeInsz } from '../support/syntheticInsz';

const TODAY = new Date(2026, 10, 28);
const TOEDIENER = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const parse = (common: Partial<Record<BatchField, unknown>>) =>
  parseRegisterCommon(common, { today: TODAY, lists: DEFAULT_LISTS });

describe('parseRegisterCommon: the day common values, each optional, each by its batch rule', () => {
  test('nothing given: nothing common, no issue (no batch_required)', () => {
    expect(parse({})).toEqual({ ok: true, value: {} });
  });

  test.each<[string, Partial<Record<BatchField, unknown>>, Record<string, unknown>]>([
    ['dose with a comma', { dosis: '0,5' }, { dosis: 0.5 }],
    [
      'trimmed product',
      { immunisatieproduct: '  Vaxigrip Tetra ' },
      { immunisatieproduct: 'Vaxigrip Tetra' },
    ],
    ['Belgian date', { datumToediening: '28/11/2026' }, { datumToediening: '2026-11-28' }],
    ['list spelling', { lichaamszijde: 'links' }, { lichaamszijde: 'Links' }],
    ['yes/no', { gratisVoorraad: 'ja' }, { gratisVoorraad: 'Ja' }],
    [
      'toediener with separators',
      { toedienerInsz: `${TOEDIENER.slice(0, 2)}.${TOEDIENER.slice(2)}` },
      { toedienerInsz: TOEDIENER },
    ],
  ])('%s: normalised as the batch form does', (_, common, expected) => {
    expect(parse(common)).toEqual({ ok: true, value: expected });
  });

  test('all required fields given: the same value as the batch form', () => {
    const common = {
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Nee',
      datumToediening: '2026-11-27',
      immunisatieproduct: 'Vaxigrip Tetra',
      dosis: '1',
      lotnummer: 'AB123',
    };
    expect(parse(common)).toEqual({
      ok: true,
      value: { ...common, dosis: 1 },
    });
  });

  test.each<[string, Partial<Record<BatchField, unknown>>, string, BatchField]>([
    ['dose 3', { dosis: '3' }, 'batch_dose', 'dosis'],
    ['date in the future', { datumToediening: '2026-11-29' }, 'batch_date_future', 'datumToediening'],
    ['invalid toediener', { toedienerInsz: '12345678901' }, 'batch_insz', 'toedienerInsz'],
    ['dose 3 beside a valid product', { dosis: '3', immunisatieproduct: 'X' }, 'batch_dose', 'dosis'],
  ])('%s: refused with its code on its field, no required-field noise', (_, common, code, column) => {
    const result = parse(common);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.column])).toEqual([[code, column]]);
  });
});

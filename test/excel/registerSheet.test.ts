import { DEFAULT_LISTS, groupRegister, type BatchField } from '../../src/core';
import { inszInvalidFormula } from '../../src/excel/inszFormula';
import { REGISTRATION_HEADER_FILL } from '../../src/excel/registrationLayout';
import { dateInvalidFormula, doseInvalidFormula } from '../../src/excel/registerFormulas';
import { type CreateRegisterInput, createRegister } from '../../src/excel/createRegister';
import * as numberFormats from '../../src/excel/numberFormats';
import { REGISTER_COLUMNS } from '../../src/excel/registerColumns';
import { readRegister } from '../../src/excel/readRegister';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { makeInsz } from '../support/syntheticInsz';
import { workbookState } from '../support/workbookState';

const TODAY = new Date(2026, 10, 28);
const TOEDIENER = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
const PATIENT = makeInsz({ year: 1990, month: 2, day: 3, serial: 911 });

function input(common: Partial<Record<BatchField, unknown>>, prefillRows = 5): CreateRegisterInput {
  return { common, today: TODAY, settings: { linesPerFile: 100 }, prefillRows };
}
const create = (value: CreateRegisterInput) => Excel.run((context) => createRegister(context, value));

let fake: InstalledFakeExcel;
beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
});
afterEach(() => fake.uninstall());

describe('createRegister', () => {
  const common = {
    datumToediening: '28/11/2026',
    immunisatieproduct: 'Vaxigrip Tetra',
    dosis: '0,5',
    toedienerInsz: TOEDIENER,
    gratisVoorraad: 'ja',
    lichaamszijde: 'links',
  };

  test('A:E as a registration sheet, then one column per batch field with formats and titles', async () => {
    const result = await create(input(common));
    expect(result).toMatchObject({ ok: true, value: { sheetName: 'Dagregister 28-11-2026' } });
    const sheet = fake.host.inspect.sheet('Dagregister 28-11-2026');
    expect(sheet.values('A1:Q1')).toEqual([
      [
        'INSZ',
        'Naam',
        'Voornaam',
        'Geboortedatum',
        'Postcode',
        'Datum toediening',
        'Immunisatieproduct',
        'Dosis',
        'Lotnummer',
        'INSZ toediener',
        'Organisatie',
        'Gratis voorraad',
        'Toedieningswijze',
        'Type profylaxe',
        'Lichaamsdeel',
        'Lichaamszijde',
        'Opmerkingen',
      ],
    ]);
    expect(sheet.cell('F1')).toMatchObject({ fontBold: true, fill: REGISTRATION_HEADER_FILL });
    expect(sheet.frozenRows).toBe(1);
    const formats = sheet.columnNumberFormats();
    expect(formats).toMatchObject({ A: '@', E: '@', F: 'dd/mm/yyyy', H: 'General', I: '@', J: '@' });
    // Drop-downs from the lists sheet and Ja/Nee.
    const validations = sheet.dataValidations();
    const sourceOf = (column: string) =>
      JSON.stringify(
        validations.find((v) => v.ranges.some((r) => r.endsWith(`!${column}2:${column}1048576`)))?.rule,
      );
    expect(sourceOf('G')).toContain('lst_immunisatieproduct');
    expect(sourceOf('L')).toContain('Ja,Nee');
    expect(sourceOf('P')).toContain('lst_lichaamszijde');
  });

  test('the common values, normalised, in every prefilled row; nothing hidden', async () => {
    await create(input(common, 3));
    const sheet = fake.host.inspect.sheet('Dagregister 28-11-2026');
    const row = [
      '',
      '',
      '',
      '',
      '',
      46354,
      'Vaxigrip Tetra',
      0.5,
      '',
      TOEDIENER,
      '',
      'Ja',
      '',
      '',
      '',
      'Links',
      '',
    ];
    expect(sheet.values('A2:Q4')).toEqual([row, row, row]);
    expect(sheet.values('A5:Q5')).toEqual([row.map(() => '')]);
    // The toediener INSZ stays text (leading zeros would too).
    expect(sheet.valueTypes('J2:J2')).toEqual([['String']]);
  });

  test('live highlights: A:E as a registration sheet (no rows-per-file bands), the batch columns', async () => {
    await create(input(common));
    const formats = fake.host.inspect.sheet('Dagregister 28-11-2026').conditionalFormats();
    const formulas = formats.map((f) => f.formula);
    expect(formulas).toContain(inszInvalidFormula('A2'));
    expect(formulas).toContain(inszInvalidFormula('J2'));
    expect(formulas).toContain(doseInvalidFormula('H2'));
    expect(formulas).toContain(dateInvalidFormula('F2'));
    expect(formulas.some((f) => f?.includes('ROW()>='))).toBe(false);
    expect(formats.map((f) => f.priority)).toEqual(formats.map((_, i) => i));
  });

  test('an invalid common value: its issue, and nothing is written', async () => {
    const before = workbookState(fake.host);
    const result = await create(input({ dosis: '3', immunisatieproduct: 'Vaxigrip' }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid_fields' });
    if (!result.ok) expect(result.issues.map((i) => [i.column, i.code])).toEqual([['dosis', 'batch_dose']]);
    expect(workbookState(fake.host)).toEqual(before);
  });

  test('typed patients on the register read back and group by core', async () => {
    await create(input(common, 4));
    const name = 'Dagregister 28-11-2026';
    await fake.host.userEdit(name, 'A2:A4', [
      [PATIENT],
      [makeInsz({ year: 1991, month: 3, day: 4, serial: 913 })],
      [''],
    ]);
    await fake.host.userEdit(name, 'I3:I3', [['ab123']]);
    const read = await Excel.run((context) => readRegister(context, name));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    const grouping = groupRegister(read.value.rows, { today: TODAY, lists: DEFAULT_LISTS });
    expect(grouping.groups.map((g) => [g.rows, g.batch.lotnummer ?? null])).toEqual([
      [[2], null],
      [[3], 'ab123'],
    ]);
    expect(grouping.counts).toEqual({ rows: 4, grouped: 2, blocked: 0, empty: 2 });
  });
});

test('REGISTER_COLUMNS start at F, in core order', () => {
  expect(REGISTER_COLUMNS[0]).toMatchObject({ field: 'datumToediening', index: 5 });
  expect(REGISTER_COLUMNS).toHaveLength(12);
});

describe('values and their formats written together (issue #10)', () => {
  // Every column-format call removed (setNumberFormatEverywhere does nothing): the prefilled
  // common values must carry their own format, on the range they are written to.
  let columnFormatRemoved: jest.SpyInstance;
  beforeEach(() => {
    columnFormatRemoved = jest
      .spyOn(numberFormats, 'setNumberFormatEverywhere')
      .mockImplementation(() => undefined);
  });
  afterEach(() => columnFormatRemoved.mockRestore());

  test('the prefilled INSZ of a toediener born in 2005 and a lot 012345 stay text; the date stays a date', async () => {
    const born2005 = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
    const result = await create(
      input({
        datumToediening: '28/11/2026',
        immunisatieproduct: 'Vaxigrip Tetra',
        dosis: '0,5',
        toedienerInsz: born2005,
        gratisVoorraad: 'ja',
        lotnummer: '012345',
      }),
    );
    expect(result.ok).toBe(true);
    expect(columnFormatRemoved).toHaveBeenCalled();
    const sheet = fake.host.inspect.sheet('Dagregister 28-11-2026');
    expect(sheet.columnNumberFormats()).toEqual({});
    const at = (field: BatchField): string => {
      const index = REGISTER_COLUMNS.find((column) => column.field === field)?.index ?? -1;
      return `${String.fromCharCode(65 + index)}2`;
    };
    expect(sheet.values(at('toedienerInsz'))).toEqual([[born2005]]);
    expect(sheet.values(at('lotnummer'))).toEqual([['012345']]);
    expect(sheet.numberFormats(at('toedienerInsz'))).toEqual([['@']]);
    expect(sheet.values(at('datumToediening'))).toEqual([[46354]]);
    expect(sheet.numberFormats(at('datumToediening'))).toEqual([['dd/mm/yyyy']]);
  });
});

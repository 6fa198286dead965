import { type BatchField } from '../core';
import { inszInvalidFormula } from './inszFormula';
import { columnLetter } from './a1Address';
import { ERROR_FILL, ERROR_FONT } from './highlightFills';
import { REGISTRATION_FIRST_DATA_ROW } from './registrationLayout';
import { type RegisterColumn, REGISTER_COLUMNS } from './registerColumns';
import { dateInvalidFormula, doseInvalidFormula, requiredMissingFormula } from './registerFormulas';
import { type RegistrationHighlight, dataColumn } from './registrationHighlights';

/*
 * The live highlights of a day register's batch columns (formulas from registerFormulas.ts). The
 * registration columns A:E keep every highlight of a registration sheet (registrationHighlights.ts).
 */

/** The required batch fields (SPEC "The batch fields"): blank on a patient row blocks it. */
const REQUIRED: readonly BatchField[] = [
  'toedienerInsz',
  'gratisVoorraad',
  'datumToediening',
  'immunisatieproduct',
  'dosis',
];

const columnOf = (field: BatchField): RegisterColumn => {
  const column = REGISTER_COLUMNS.find((c) => c.field === field);
  if (column === undefined) throw new Error(`registerHighlights: no column for ${field}`);
  return column;
};

/**
 * The live highlights of a register's batch columns (pure), highest priority first: an invalid
 * toediener INSZ, a dose other than 0.5/1/2, a date that is no real date or in the future, then a
 * required batch cell left blank on a row that holds a registration.
 */
export function registerHighlights(): RegistrationHighlight[] {
  const first = REGISTRATION_FIRST_DATA_ROW;
  const cellOf = (field: BatchField): string => `${columnLetter(columnOf(field).index)}${first}`;
  const error = { fill: ERROR_FILL, fontColor: ERROR_FONT };
  const rowCells = ['A', 'B', 'C', 'D', 'E'].map((letter) => `$${letter}${first}`);
  return [
    {
      rule: 'insz_invalid',
      address: dataColumn(columnOf('toedienerInsz').index),
      formula: inszInvalidFormula(cellOf('toedienerInsz')),
      ...error,
    },
    {
      rule: 'dose_invalid',
      address: dataColumn(columnOf('dosis').index),
      formula: doseInvalidFormula(cellOf('dosis')),
      ...error,
    },
    {
      rule: 'administration_date_invalid',
      address: dataColumn(columnOf('datumToediening').index),
      formula: dateInvalidFormula(cellOf('datumToediening')),
      ...error,
    },
    ...REQUIRED.map((field) => ({
      rule: 'batch_field_missing' as const,
      address: dataColumn(columnOf(field).index),
      formula: requiredMissingFormula(cellOf(field), rowCells),
      ...error,
    })),
  ];
}

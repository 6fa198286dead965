import type { BatchField } from '../../src/core/types';
import type { CreateBatchInput } from '../../src/excel/createBatch';
import { makeInsz } from './syntheticInsz';

/** A synthetic administrator (test/support/syntheticInsz: never a real person's number). */
export const TOEDIENER = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });

/** A valid new batch on `today` (28/11/2026 in the tests), with `fields` changed. */
export function batchInput(
  today: Date,
  fields: Partial<Record<BatchField, unknown>> = {},
  linesPerFile = 100,
): CreateBatchInput {
  return {
    fields: {
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Ja',
      datumToediening: '28/11/2026',
      immunisatieproduct: 'Vaxigrip',
      dosis: '0,5',
      ...fields,
    },
    today,
    settings: { linesPerFile },
  };
}

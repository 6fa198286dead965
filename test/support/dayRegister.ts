import { type CreateRegisterInput, createRegister } from '../../src/excel/createRegister';
import { TOEDIENER } from './batchInput';

/*
 * The start of the day-register tests: a register made by the add-in on 28/11/2026.
 */

/** The sheet name createRegister gives a register made on 28/11/2026. */
export const REGISTER_SHEET = 'Dagregister 28-11-2026';

/** The day's common values: Vaxigrip Tetra, lot AB123, 0,5 ml, free stock. */
export function registerInput(today: Date, prefillRows: number): CreateRegisterInput {
  return {
    common: {
      datumToediening: '28/11/2026',
      immunisatieproduct: 'Vaxigrip Tetra',
      dosis: '0,5',
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Ja',
      lotnummer: 'AB123',
    },
    today,
    settings: { linesPerFile: 100 },
    prefillRows,
  };
}

/** createRegister on the installed fake host; a refusal is a broken test set-up, so it throws. */
export async function createDayRegister(today: Date, prefillRows: number): Promise<string> {
  const made = await Excel.run((context) => createRegister(context, registerInput(today, prefillRows)));
  if (!made.ok) throw new Error('register not made');
  return made.value.sheetName;
}

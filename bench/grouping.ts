/**
 * `npm run bench`: grouping a day's register (SPEC "A day's register") of 100,000 rows, beside
 * validateRegistrations on the same rows. Target (issue #9): grouping stays within 2x of
 * validating. The rows are bench/generateRows' registrations with batch columns: two dates, two
 * products, a lot change, two vaccinators, now and then a dose typed `0,5` and a lot in another
 * case (a near duplicate), and about 1 row in 200 with an invalid dose.
 */
import { DEFAULT_LISTS, groupRegister, validateRegistrations } from '../src/core';
import type { BatchField, Cell, ExportSettings, RegisterRow, RegistrationRow } from '../src/core';
import { makeInsz } from '../test/support/syntheticInsz';

const text = (value: string): Cell => ({ kind: 'text', value });
const num = (value: number): Cell => ({ kind: 'number', value });

/** The registration rows with batch cells added (deterministic: chosen by row index). */
export function registerRows(rows: readonly RegistrationRow[]): RegisterRow[] {
  const toedieners = [
    makeInsz({ year: 1980, month: 5, day: 17, serial: 901 }),
    makeInsz({ year: 1975, month: 2, day: 3, serial: 903 }),
  ];
  return rows.map((r, i) => {
    const batch: Partial<Record<BatchField, Cell>> = {
      toedienerInsz: text(toedieners[i % 7 === 0 ? 1 : 0] as string),
      gratisVoorraad: text('Ja'),
      datumToediening: text(i < rows.length / 2 ? '27/11/2026' : '28/11/2026'),
      immunisatieproduct: text(i % 3 === 0 ? 'Comirnaty' : 'Vaxigrip Tetra'),
      dosis: i % 200 === 199 ? num(3) : i % 11 === 0 ? text('0,5') : num(0.5),
      lotnummer: text(i % 1000 === 500 ? 'ab123' : i < rows.length / 3 ? 'AB123' : 'CD456'),
      toedieningswijze: text('Intramusculair'),
      lichaamszijde: text(i % 2 === 0 ? 'Links' : 'Rechts'),
    };
    return { ...r, batch };
  });
}

/**
 * Times grouping against validation with the caller's `time` (its warm-up and median rule) and
 * returns the figures and the target for run.ts.
 */
export function benchGrouping(
  rows: readonly RegistrationRow[],
  today: Date,
  settings: ExportSettings,
  time: (label: string, runs: number, fn: () => unknown) => number,
  runs: number,
): { name: string; ok: boolean } {
  const register = registerRows(rows);
  const lists = DEFAULT_LISTS;
  const sample = groupRegister(register, { today, lists });
  console.log(
    `Day's register: ${register.length.toLocaleString('en')} rows, ${sample.groups.length} groups, ${sample.counts.blocked} rows blocked by batch fields, ${sample.issues.length} grouping issues`,
  );
  const tValidate = time('validateRegistrations (same register rows)', runs, () =>
    validateRegistrations({ rows: register, today, settings }),
  );
  const tGroup = time('groupRegister (batch fields, groups, near duplicates)', runs, () =>
    groupRegister(register, { today, lists }),
  );
  console.log(`ratio groupRegister / validateRegistrations: ${(tGroup / tValidate).toFixed(2)}x`);
  return {
    name: 'groupRegister on 100,000 rows within 2x of validateRegistrations',
    ok: tGroup <= 2 * tValidate,
  };
}

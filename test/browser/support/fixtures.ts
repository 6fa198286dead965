/**
 * Synthetic registrations for the browser scenarios (never a real person's: test/support/
 * syntheticInsz.ts, serials from 900 up), and what core makes of them, to compare the pane's
 * downloads with.
 */
import {
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  type ExportPlan,
  type ExportSettings,
  type RegistrationRow,
  parseBatchMetadata,
  planExport,
} from '../../../src/core';
import { makeInsz } from '../../support/syntheticInsz';
import { textRow } from '../../support/rows';
import { FIXED_NOW } from './harness';

/** One sheet row as typed: INSZ, Naam, Voornaam, Geboortedatum, Postcode. */
export type TypedRow = [string, string, string, string, string];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const SURNAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
];
const FIRST_NAMES = ['Jan', 'Lotte', 'Noor', 'Hélène', 'Luc', 'Emma', 'Arthur', 'Zoë', 'Louis', 'Anaïs'];

/**
 * `count` valid, distinct registrations: every third identified by name and birth date only, the
 * others by INSZ (with the matching birth date on every second one). Births 1950-2009, so many
 * INSZ numbers and birth dates start with 0.
 */
export function validRows(count: number): TypedRow[] {
  const rows: TypedRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = 1950 + (i % 60);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const insz = makeInsz({ year, month, day, serial: 900 + (i % 98) });
    const birth = `${pad(day)}${pad(month)}${year}`;
    const naam = `${SURNAMES[i % SURNAMES.length] ?? 'Peeters'}-${i + 1}`;
    const voornaam = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Jan';
    const postcode = String(1000 + ((i * 37) % 9000));
    if (i % 3 === 2) rows.push(['', naam, voornaam, birth, postcode]);
    else if (i % 2 === 0) rows.push([insz, naam, voornaam, birth, postcode]);
    else rows.push([insz, '', '', '', '']);
  }
  return rows;
}

/** Typed rows as core reads them from a registration sheet (text cells from row `firstRow`). */
export function registrationRows(rows: readonly TypedRow[], firstRow = 2): RegistrationRow[] {
  return rows.map((row, i) => textRow(firstRow + i, row));
}

export interface BatchFields {
  readonly toedienerInsz: string;
  readonly gratisVoorraad: 'Ja' | 'Nee';
  readonly datumToediening: string;
  readonly immunisatieproduct: string;
  readonly dosis: '0.5' | '1' | '2';
  readonly lotnummer?: string;
}

/** What core's planExport makes of the rows, for the batch as the form created it. */
export function expectedPlan(
  rows: readonly TypedRow[],
  fields: BatchFields,
  options: { batchId?: string; settings?: ExportSettings; today?: Date } = {},
): ExportPlan {
  const today = options.today ?? FIXED_NOW;
  const parsed = parseBatchMetadata({ ...fields }, { today, lists: DEFAULT_LISTS });
  if (!parsed.ok) throw new Error(`test batch fields are invalid: ${JSON.stringify(parsed.issues)}`);
  return planExport({
    rows: registrationRows(rows),
    batch: parsed.value,
    batchId: options.batchId ?? 'B001',
    today,
    settings: options.settings ?? DEFAULT_SETTINGS,
  });
}

/** The toediener of every test batch. */
export const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });

export const DEFAULT_BATCH: BatchFields = {
  toedienerInsz: TOEDIENER,
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-28',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: '0.5',
  lotnummer: '0123A',
};

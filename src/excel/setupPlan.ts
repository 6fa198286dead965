import { LIST_DEFINITIONS, type ListDefinition } from './dropDownLists';
import { sheetNameKey, uniqueSheetName } from './sheetNames';
import { TABLE_SPECS, type TableSpec, tableColumnsAddress } from './tableSpecs';
import { hasTable, type WorkbookProbe } from './workbookProbe';

/*
 * Deciding the set-up (setupWorkbook.ts has the rules): which sheets, tables and names to create,
 * and which tables to rebuild over data that already has their headers. Reads, queues nothing.
 */

export type Placement =
  | { kind: 'create'; spec: TableSpec; sheetName: string }
  | {
      kind: 'adopt';
      spec: TableSpec;
      sheetName: string;
      /** The headers found: the spec's, or an earlier version's. */
      headers: readonly string[];
      rows: readonly (readonly unknown[])[];
    };

/** The set-up to do, decided from the probe and, when needed, a look at the places (pure). */
export interface SetupPlan {
  readonly newSheets: string[];
  readonly placements: Placement[];
  readonly newNames: ListDefinition[];
}

/** What is found where a missing table should go on an existing sheet. */
type PlaceState =
  | { kind: 'empty' }
  | { kind: 'sameHeaders'; headers: readonly string[]; rows: readonly (readonly unknown[])[] }
  | { kind: 'occupied' };

/**
 * The header rows a table of `spec` may be rebuilt over: its own, then, when later versions added
 * columns, an earlier version's (the columns without `addedLater`, in the same order).
 */
function knownHeaderRows(spec: TableSpec): readonly (readonly string[])[] {
  const current = spec.columns.map((column) => column.header);
  const earlier = spec.columns.filter((column) => column.addedLater !== true).map((column) => column.header);
  return earlier.length === current.length ? [current] : [current, earlier];
}

/** The known header row that `row` starts with, or null. */
function matchingHeaders(spec: TableSpec, row: readonly unknown[] | undefined): readonly string[] | null {
  return knownHeaderRows(spec).find((headers) => headers.every((header, i) => row?.[i] === header)) ?? null;
}

/**
 * Looks at the places of missing tables on sheets that exist (one sync, only when there are such
 * tables): empty, the table's own headers (adopt), or something else (go elsewhere).
 */
async function inspectPlaces(
  context: Excel.RequestContext,
  specs: readonly TableSpec[],
): Promise<Map<TableSpec, PlaceState>> {
  const probes = specs.map((spec) => {
    const sheet = context.workbook.worksheets.getItem(spec.sheetName);
    const used = sheet.getRange(tableColumnsAddress(spec)).getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,values');
    return { spec, used };
  });
  await context.sync();
  const states = new Map<TableSpec, PlaceState>();
  for (const { spec, used } of probes) {
    const headers =
      used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== spec.firstColumn
        ? null
        : matchingHeaders(spec, used.values[0]);
    if (used.isNullObject) states.set(spec, { kind: 'empty' });
    else if (headers !== null) {
      // The table's own headers (or an earlier version's) in row 1 with the data below: rebuild the
      // table over them, as wide as those headers (a cell right of them stays outside).
      const rows = used.values.slice(1).map((row) => row.slice(0, headers.length));
      states.set(spec, { kind: 'sameHeaders', headers, rows });
    } else states.set(spec, { kind: 'occupied' });
  }
  return states;
}

/**
 * Decides the set-up: which sheets, tables and names to create. Reads (one more sync) only when a
 * missing table's sheet exists. Queues nothing.
 */
export async function planSetup(context: Excel.RequestContext, probe: WorkbookProbe): Promise<SetupPlan> {
  const missing = TABLE_SPECS.filter((spec) => !hasTable(probe, spec.tableName));
  const existingSheetKeys = new Set(probe.sheetNames.map(sheetNameKey));
  const onExistingSheets = missing.filter((spec) => existingSheetKeys.has(sheetNameKey(spec.sheetName)));
  const places = onExistingSheets.length > 0 ? await inspectPlaces(context, onExistingSheets) : new Map();

  const allSheetNames = [...probe.sheetNames];
  const newSheets: string[] = [];
  /** Preferred sheet -> the new sheet that takes the tables its place could not hold. */
  const overflow = new Map<string, string>();
  const addSheet = (name: string): string => {
    const unique = uniqueSheetName(name, allSheetNames);
    allSheetNames.push(unique);
    newSheets.push(unique);
    return unique;
  };

  const placements: Placement[] = [];
  for (const spec of missing) {
    const key = sheetNameKey(spec.sheetName);
    const state: PlaceState | undefined = places.get(spec);
    if (state === undefined) {
      // The preferred sheet does not exist (yet): create it once, shared by its tables.
      if (!allSheetNames.some((name) => sheetNameKey(name) === key)) addSheet(spec.sheetName);
      placements.push({ kind: 'create', spec, sheetName: spec.sheetName });
    } else if (state.kind === 'empty') {
      placements.push({ kind: 'create', spec, sheetName: spec.sheetName });
    } else if (state.kind === 'sameHeaders') {
      placements.push({
        kind: 'adopt',
        spec,
        sheetName: spec.sheetName,
        headers: state.headers,
        rows: state.rows,
      });
    } else {
      let target = overflow.get(key);
      if (target === undefined) {
        target = addSheet(spec.sheetName);
        overflow.set(key, target);
      }
      placements.push({ kind: 'create', spec, sheetName: target });
    }
  }

  const newNames = LIST_DEFINITIONS.filter((list) => !probe.nameKeys.has(sheetNameKey(list.rangeName)));
  return { newSheets, placements, newNames };
}

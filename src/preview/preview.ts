/**
 * The preview without Excel (/preview.html): the real task pane in an iframe
 * (preview-taskpane.html, whose office.js is the fake host, see scripts/addinLayout.js) beside a
 * simple grid of the fake workbook that lives in that iframe.
 *
 * The grid shows the sheet tabs, cell values as Excel displays them, fills and font colours the
 * add-in set on cells, and the conditional formats the add-in writes, evaluated with core
 * (conditionalFills.ts: the fake host stores rules but does not calculate). Typing in the grid is
 * `host.userEdit`, so values are coerced as Excel's typing coerces them and the add-in's
 * `onChanged` handlers run; clicking a cell or a tab is `host.userSelect` / `host.userActivate`.
 *
 * A development aid, in Dutch only; the task pane itself speaks the chosen Office language.
 */
import type { BrowserFake, BrowserFakeWindow } from '../fake-excel/browserOffice';
import { parseAddress } from '../fake-excel/addresses';
import {
  type Area,
  type CellReader,
  type CompiledRules,
  type GridCell,
  cellAddress,
  columnLetters,
  compileRules,
  conditionalStyle,
} from './conditionalFills';

/** Same name as FAKE_EXCEL_CHANGE_EVENT in src/fake-excel/browserOffice.ts (not imported: that would bundle the fake here). */
const CHANGE_EVENT = 'fakeexcel:change';
const LANGUAGES = ['nl-BE', 'fr-BE', 'en-US'];
const DEFAULT_LANGUAGE = 'nl-BE';
/** The grid shows at most this many rows (the rest is only a count in the status line). */
const MAX_SHOWN_ROWS = 500;
const MAX_SHOWN_COLUMNS = 26;
const MIN_SHOWN_ROWS = 30;
const MIN_SHOWN_COLUMNS = 8;
/** Excel's default column width in points; 96 / 72 pixels per point. */
const DEFAULT_WIDTH_POINTS = 48;
const PIXELS_PER_POINT = 96 / 72;
const EMPTY_CELL: GridCell = { value: '', valueType: 'Empty' };

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`preview.html has no #${id}`);
  return found as T;
}

const frame = element<HTMLIFrameElement>('pane');
const grid = element<HTMLTableElement>('grid');
const tabs = element<HTMLDivElement>('tabs');
const status = element<HTMLParagraphElement>('status');
const nameBox = element<HTMLOutputElement>('name-box');
const formula = element<HTMLInputElement>('formula');
const language = element<HTMLSelectElement>('language');

// ---- language: a new Office language is a new task pane (and a new, empty workbook) ----------

const query = new URLSearchParams(window.location.search);
const lang = query.get('lang')?.trim() || DEFAULT_LANGUAGE;
if (!LANGUAGES.includes(lang)) language.add(new Option(lang, lang));
language.value = lang;
language.addEventListener('change', () => {
  const next = new URLSearchParams(window.location.search);
  next.set('lang', language.value);
  window.location.search = next.toString();
});
const paneQuery = new URLSearchParams({ lang });
const platform = query.get('platform');
if (platform) paneQuery.set('platform', platform);
frame.src = `preview-taskpane.html?${paneQuery.toString()}`;

// ---- the fake host in the iframe -----------------------------------------------------------

function fake(): BrowserFake | undefined {
  try {
    return (frame.contentWindow as unknown as BrowserFakeWindow | null)?.__fakeOffice;
  } catch {
    return undefined;
  }
}

interface View {
  /** The sheet shown; follows the workbook's active sheet when the add-in activates another. */
  sheet: string | null;
  row: number;
  column: number;
  lastActive: string | null;
  lastSelection: string | null;
  seen: string;
}

const view: View = { sheet: null, row: 0, column: 0, lastActive: null, lastSelection: null, seen: '' };

let renderQueued = false;
function scheduleRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

frame.addEventListener('load', () => {
  frame.contentWindow?.addEventListener(CHANGE_EVENT, scheduleRender);
  scheduleRender();
});
// Changes made inside a long Excel.run (several syncs) show before the run ends.
setInterval(() => {
  const current = fake();
  const stamp = current ? `${current.record.changes}/${current.host.stats.syncs}` : '';
  if (stamp !== view.seen) scheduleRender();
}, 400);

// ---- reading the sheet ---------------------------------------------------------------------

interface SheetData {
  rows: number;
  columns: number;
  usedRows: number;
  values: GridCell[][];
  texts: string[][];
  formulas: string[][];
}

function usedExtent(address: string | null): { rows: number; columns: number } {
  const parsed = address === null ? null : parseAddress(address);
  return parsed ? { rows: parsed.rect.r1 + 1, columns: parsed.rect.c1 + 1 } : { rows: 0, columns: 0 };
}

function readSheet(current: BrowserFake, sheet: string): SheetData {
  const inspector = current.host.inspect.sheet(sheet);
  const used = usedExtent(inspector.usedRange(false));
  const rows = Math.min(Math.max(used.rows + 10, MIN_SHOWN_ROWS, view.row + 5), MAX_SHOWN_ROWS);
  const columns = Math.min(Math.max(used.columns + 2, MIN_SHOWN_COLUMNS, view.column + 2), MAX_SHOWN_COLUMNS);
  const block = `A1:${cellAddress(rows - 1, columns - 1)}`;
  const values = inspector.values(block);
  const types = inspector.valueTypes(block);
  return {
    rows,
    columns,
    usedRows: used.rows,
    values: values.map((row, r) => row.map((value, c) => ({ value, valueType: types[r]?.[c] ?? 'Empty' }))),
    texts: inspector.texts(block),
    formulas: inspector.formulas(block).map((row) => row.map((value) => String(value))),
  };
}

function compiledRulesOf(current: BrowserFake, sheet: string): CompiledRules {
  const descriptions = current.host.inspect
    .sheet(sheet)
    .conditionalFormats()
    .map((rule) => ({
      type: rule.type,
      formula: rule.formula,
      format: rule.format,
      areas: rule.ranges
        .map((address) => parseAddress(address)?.rect)
        .filter((rect): rect is Area => rect !== undefined),
    }));
  return compileRules(descriptions, new Date());
}

// ---- drawing -------------------------------------------------------------------------------

function followWorkbook(current: BrowserFake): string[] {
  const workbook = current.host.inspect.workbook();
  const names = workbook.sheetNames;
  if (workbook.activeSheet !== view.lastActive) {
    view.lastActive = workbook.activeSheet;
    if (workbook.activeSheet !== null) view.sheet = workbook.activeSheet;
  }
  if (view.sheet === null || !names.includes(view.sheet))
    view.sheet = workbook.activeSheet ?? names[0] ?? null;
  if (workbook.selection !== view.lastSelection) {
    view.lastSelection = workbook.selection;
    const parsed = workbook.selection === null ? null : parseAddress(workbook.selection);
    if (parsed && (parsed.sheet === undefined || parsed.sheet === view.sheet)) {
      view.row = parsed.rect.r0;
      view.column = parsed.rect.c0;
    }
  }
  return names;
}

function drawTabs(current: BrowserFake, names: readonly string[]): void {
  tabs.replaceChildren(
    ...names.map((name) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      const selected = name === view.sheet;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      const hidden = current.host.inspect.sheet(name).visibility !== 'Visible';
      button.textContent = hidden ? `${name} (verborgen)` : name;
      button.addEventListener('click', () => {
        view.sheet = name;
        view.row = 0;
        view.column = 0;
        if (!hidden) current.host.userActivate(name);
        scheduleRender();
      });
      return button;
    }),
  );
}

function drawGrid(current: BrowserFake, sheet: string, data: SheetData): CompiledRules {
  const inspector = current.host.inspect.sheet(sheet);
  const compiled = compiledRulesOf(current, sheet);
  const read: CellReader = (row, column) => {
    const inBlock = data.values[row]?.[column];
    if (inBlock) return inBlock;
    if (row < 0 || column < 0) return EMPTY_CELL;
    const address = cellAddress(row, column);
    return {
      value: inspector.values(address)[0]?.[0] ?? '',
      valueType: inspector.valueTypes(address)[0]?.[0] ?? 'Empty',
    };
  };
  const widths = inspector.columnWidths();
  const hadFocus = grid.contains(document.activeElement);

  const head = document.createElement('thead');
  const headRow = head.insertRow();
  const corner = document.createElement('th');
  corner.className = 'corner';
  corner.setAttribute('aria-label', 'Rijnummers');
  headRow.append(corner);
  const columnGroup = document.createElement('colgroup');
  const rowHeaderColumn = document.createElement('col');
  rowHeaderColumn.style.width = '44px';
  columnGroup.append(rowHeaderColumn);
  for (let c = 0; c < data.columns; c += 1) {
    const letter = columnLetters(c);
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = letter;
    headRow.append(th);
    const col = document.createElement('col');
    const points = widths[letter] ?? DEFAULT_WIDTH_POINTS;
    col.style.width = `${Math.max(24, Math.round(points * PIXELS_PER_POINT))}px`;
    columnGroup.append(col);
  }

  const body = document.createElement('tbody');
  let focusTarget: HTMLTableCellElement | null = null;
  for (let r = 0; r < data.rows; r += 1) {
    const tr = body.insertRow();
    if (r < inspector.frozenRows && r === 0) tr.className = 'frozen';
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < data.columns; c += 1) {
      const td = tr.insertCell();
      td.setAttribute('role', 'gridcell');
      const address = cellAddress(r, c);
      const cell = data.values[r]?.[c];
      td.textContent = data.texts[r]?.[c] ?? '';
      td.dataset['row'] = String(r);
      td.dataset['column'] = String(c);
      td.dataset['address'] = address;
      if (cell?.valueType === 'Double') td.classList.add('number');
      if (r < inspector.frozenRows && inspector.cell(address).fontBold) td.classList.add('bold');
      const ownFill = inspector.fill(address);
      const conditional = conditionalStyle(compiled, r, c, read);
      const fill = conditional.fill ?? ownFill;
      if (fill !== null) {
        td.style.background = fill;
        td.dataset['fill'] = fill;
      }
      const fontColor =
        conditional.fontColor ??
        (ownFill !== null || r < inspector.frozenRows ? inspector.cell(address).fontColor : null);
      if (fontColor !== null && fontColor !== '#000000') td.style.color = fontColor;
      const selected = r === view.row && c === view.column;
      td.setAttribute('aria-selected', String(selected));
      td.tabIndex = selected ? 0 : -1;
      if (selected) focusTarget = td;
    }
  }
  grid.replaceChildren(columnGroup, head, body);
  if (hadFocus && focusTarget) focusTarget.focus({ preventScroll: false });
  return compiled;
}

function showFormulaBar(data: SheetData | null): void {
  nameBox.textContent = cellAddress(view.row, view.column);
  if (document.activeElement !== formula) formula.value = data?.formulas[view.row]?.[view.column] ?? '';
}

let lastData: SheetData | null = null;

function render(): void {
  const current = fake();
  if (!current) {
    status.textContent = 'Taakvenster laden…';
    return;
  }
  view.seen = `${current.record.changes}/${current.host.stats.syncs}`;
  const names = followWorkbook(current);
  drawTabs(current, names);
  if (view.sheet === null) return;
  const data = readSheet(current, view.sheet);
  lastData = data;
  const compiled = drawGrid(current, view.sheet, data);
  showFormulaBar(data);

  const parts = [
    data.usedRows > MAX_SHOWN_ROWS
      ? `Rijen 1–${MAX_SHOWN_ROWS} van ${data.usedRows} getoond.`
      : `Werkblad "${view.sheet}", ${data.usedRows} gebruikte rijen.`,
    'Voorwaardelijke opmaak van de invoegtoepassing nagebootst met de regels van core',
  ];
  parts[1] += compiled.unsupported > 0 ? ` (${compiled.unsupported} andere regel(s) niet getoond).` : '.';
  const lastError = current.record.runErrors.at(-1);
  if (lastError !== undefined) {
    parts.push(`Laatste fout in Excel.run: ${lastError}`);
    status.dataset['error'] = '';
  } else delete status.dataset['error'];
  status.textContent = parts.join(' ');
}

// ---- acting as the user --------------------------------------------------------------------

function select(row: number, column: number): void {
  const current = fake();
  view.row = Math.max(0, row);
  view.column = Math.max(0, Math.min(column, MAX_SHOWN_COLUMNS - 1));
  if (current && view.sheet !== null) {
    current.host.userSelect(view.sheet, cellAddress(view.row, view.column));
    view.lastSelection = current.host.inspect.workbook().selection;
  }
  showFormulaBar(lastData);
  render();
  const target = grid.querySelector<HTMLTableCellElement>(`td[aria-selected='true']`);
  target?.focus();
}

/** Edits run one after the other, in the order typed (a fast typist may be ahead of the host). */
let edits: Promise<void> = Promise.resolve();

/**
 * Writes what was typed into the selected cell and moves on at once, as Excel does; the edit
 * itself (and the add-in's change handlers) completes in the background, in typing order.
 */
function commit(value: string, move: { row: number; column: number }): void {
  const current = fake();
  if (!current || view.sheet === null) return;
  const sheet = view.sheet;
  const address = cellAddress(view.row, view.column);
  edits = edits.then(async () => {
    try {
      await current.host.userEdit(sheet, address, value);
    } catch (error) {
      status.dataset['error'] = '';
      status.textContent = `Typen in ${address} lukte niet: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  select(view.row + move.row, view.column + move.column);
}

/** For tests and scripts driving the page: resolves once every edit typed so far is done. */
(window as unknown as { __previewEditsDone: () => Promise<void> }).__previewEditsDone = () => edits;

grid.addEventListener('click', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (!td) return;
  select(Number(td.dataset['row']), Number(td.dataset['column']));
});

grid.addEventListener('dblclick', () => {
  formula.focus();
});

grid.addEventListener('keydown', (event) => {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    select(view.row + move[0], view.column + move[1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    formula.focus();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    commit('', { row: 0, column: 0 });
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing on a cell starts editing it, as in Excel.
    event.preventDefault();
    formula.value = event.key;
    formula.focus();
  }
});

formula.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === 'Tab') {
    event.preventDefault();
    const value = formula.value;
    formula.blur();
    commit(value, event.key === 'Tab' ? { row: 0, column: 1 } : { row: 1, column: 0 });
  } else if (event.key === 'Escape') {
    event.preventDefault();
    formula.blur();
    showFormulaBar(lastData);
    grid.querySelector<HTMLTableCellElement>(`td[aria-selected='true']`)?.focus();
  }
});
formula.addEventListener('blur', () => showFormulaBar(lastData));

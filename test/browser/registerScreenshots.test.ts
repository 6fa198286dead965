/**
 * Screenshots of Controleren on a day register at 320 px (issue #9: "README and
 * docs/manual-test.md: the register flow, with a screenshot in each language"): a register of
 * eight rows over two products with a lot change, one dose of 3 and one lot typed `ab123` beside
 * `AB123`, checked, the groups in view. Every run renders them (and fails when the groups do not
 * come up); they are written to docs/screenshots/register-<lang>.png only when
 * UPDATE_SCREENSHOTS=1, as test/browser/screenshots.test.ts does:
 *
 *   UPDATE_SCREENSHOTS=1 npx jest -c jest.browser.config.js test/browser/registerScreenshots.test.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTER_COLUMNS } from '../../src/excel/registerColumns';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { validRows } from './support/fixtures';
import { type Harness, openPage, startHarness } from './support/harness';
import { Pane } from './support/pane';
import { userEdit, waitForHost } from './support/workbook';

const OUT = path.resolve(__dirname, '../../docs/screenshots');
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';
/** A narrow task pane, as Office opens it (issue #13). */
const PANE_VIEWPORT = { width: 320, height: 600 };
/** The register "Nieuw dagregister" makes on the harness's day (28/11/2026). */
const SHEET = 'Dagregister 28-11-2026';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });
const VAXIGRIP: Record<string, string> = {
  datumToediening: '28/11/2026',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: '0,5',
  lotnummer: 'AB123',
  toedienerInsz: TOEDIENER,
  gratisVoorraad: 'Ja',
};

/** Eight rows: Vaxigrip lot AB123 (one typed ab123, one dose 3), lot CD456, and Comirnaty. */
function registerRows(): string[][] {
  const batches: Record<string, string>[] = [
    VAXIGRIP,
    VAXIGRIP,
    { ...VAXIGRIP, lotnummer: 'ab123' },
    { ...VAXIGRIP, dosis: '3' },
    { ...VAXIGRIP, lotnummer: 'CD456' },
    { ...VAXIGRIP, lotnummer: 'CD456' },
    { ...VAXIGRIP, immunisatieproduct: 'Comirnaty', dosis: '1', lotnummer: 'EF789' },
    { ...VAXIGRIP, immunisatieproduct: 'Comirnaty', dosis: '1', lotnummer: 'EF789' },
  ];
  return validRows(8).map((row, i) => [
    ...row,
    ...REGISTER_COLUMNS.map((column) => batches[i]?.[column.field] ?? ''),
  ]);
}

test.each([
  ['nl', 'nl-BE'],
  ['fr', 'fr-FR'],
  ['en', 'en-US'],
] as const)(
  'register-%s.png: Controleren on a register at 320 px, its groups in view',
  async (name, lang) => {
    const opened = await openPage(harness, { lang, viewport: PANE_VIEWPORT });
    try {
      const { page } = opened;
      await waitForHost(page);
      const pane = new Pane(page, name);
      await pane.ready();
      const r = REGISTER_TEXTS[name];
      const panel = await pane.openTab('new');
      await panel.getByRole('radio', { name: pane.m.newKindRegister }).check();
      await page.getByTestId('new-register-form').getByRole('button', { name: r.create }).click();
      await eventually(
        async () => ((await page.getByTestId('new-register-result').textContent()) ?? '').trim(),
        (text) => expect(text).toBe(r.created(SHEET, 250)),
      );
      const rows = registerRows();
      await userEdit(page, SHEET, `A2:Q${rows.length + 1}`, rows);
      await pane.settle();
      await pane.check();
      // Four groups (AB123, ab123, CD456, Comirnaty), the dose-3 row blocked.
      const groups = page.getByTestId('register-groups');
      await eventually(
        async () => groups.locator('[data-testid^="register-group-"]').count(),
        (count) => expect(count).toBe(4),
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await groups.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      const png = await page.screenshot();
      expect(png.length).toBeGreaterThan(5_000);
      if (UPDATE) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(path.join(OUT, `register-${name}.png`), png);
      }
      expect(opened.offHostRequests()).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  },
);

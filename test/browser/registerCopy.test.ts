/**
 * Issue #10 (docs/decisions/0009-sheets-by-id.md), through the preview: a copy of a day register
 * whose groups were exported gets new batch ids, so its rows would be exported and uploaded a
 * second time; Controleren and Exporteren on the copy warn, naming the original register and its
 * batches (before: only a duplicate_across_batches warning per row).
 */
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { downloadsOfOneClick } from './support/downloads';
import { eventually } from './support/eventually';
import { REGISTER, checkedRegister } from './support/register';
import { useSession } from './support/session';

const session = useSession();
const r = REGISTER_TEXTS.nl;

test('a copy of an exported day register: Controleren and Exporteren warn that its rows were exported from the original', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  await checkedRegister(pane);
  // The original's groups exported (B001, B002).
  const exportPanel = await pane.openTab('export');
  const button = exportPanel.getByTestId('register-export-button');
  await button.waitFor();
  await downloadsOfOneClick(page, button, 2);
  await pane.settle();

  const copy = await page.evaluate((name) => {
    const host = window.__fakeExcelHost;
    if (!host) throw new Error('no fake host');
    return host.userCopySheet(name).name;
  }, REGISTER);
  expect(copy).toBe(`${REGISTER} (2)`);

  await pane.check();
  const checkPanel = await pane.openTab('check');
  const note = await eventually(
    async () => ((await checkPanel.getByTestId('register-copy-note').textContent()) ?? '').trim(),
    (text) => expect(text).toMatch(/^Dit dagregister is een kopie van “Dagregister 28-11-2026”: /u),
  );
  const sameRows = Number(/: ([\d.]+) rijen staan/u.exec(note)?.[1]?.replace('.', '') ?? NaN);
  expect(sameRows).toBeGreaterThan(20);
  expect(note).toBe(r.copyOfRegister(REGISTER, sameRows, 'B001, B002'));

  const again = await pane.openTab('export');
  await again.getByTestId('export-refresh').click();
  await eventually(
    async () => ((await again.getByTestId('register-copy-note').textContent()) ?? '').trim(),
    (text) => expect(text).toBe(note),
  );
});

/**
 * Issue #10 (hostile corpus: "formulas and spilled arrays in the data (the value is used, the user
 * is told)"), through the preview: a formula and a dynamic array's spilled results in a batch's
 * registration sheet on the page's fake host; Controleren lists the one formula_value finding, in
 * Dutch, naming the formula cells and the spill range.
 */
import { type IssueContent, renderIssue } from '../../src/core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { DEFAULT_BATCH, validRows } from './support/fixtures';
import { useSession } from './support/session';
import { typeRows } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

test('a formula and a spilled array in the data: Controleren shows the formula_value finding in Dutch', async () => {
  const { opened, pane } = await session.openPane();
  const page = opened.page;
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  await typeRows(page, SHEET, validRows(3));
  await pane.settle();
  await page.evaluate((name) => {
    const host = window.__fakeExcelHost;
    if (!host) throw new Error('no fake host');
    // A name taken from another sheet by formula, and first names spilled by =SORT(...) from C2
    // (the spill range must be empty, or Excel shows #SPILL!).
    host.setCell(name, 'B4', { formula: '=Bron!A1' });
    host.setCell(name, 'C2:C3', { value: '' });
    host.spillFormula(name, 'C2', '=SORT(Namen!A1:A2)', [['Aline'], ['Bart']]);
    host.userActivate(name);
    window.__fakeOffice?.notifyChange();
  }, SHEET);

  await pane.check();
  expect(await pane.listedKinds()).toContain('formula_value');
  const kind = page.getByTestId('issue-kind-formula_value');
  expect(await kind.getByRole('heading').first().textContent()).toBe('Formules in de gegevens');
  expect(pane.m.issueKind.formula_value).toBe('Formules in de gegevens');
  const finding: IssueContent = {
    code: 'formula_value',
    column: null,
    params: { cells: 'C2, B4', count: 2, spills: 'C2:C3' },
  };
  const rows = await kind.getByTestId('issue-row').allTextContents();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain(renderIssue(finding, 'nl'));
  expect(rows[0]).toMatch(/^Rij 2/u);
});

/**
 * The batch form as people expect it (issue #13): messages that speak of the form, a summary that
 * follows the fields as they are fixed, no identical batch by accident, the form emptied after a
 * batch is made, focus on the result, and dates as a person reads them (dd/mm/yyyy, whatever the
 * browser's locale).
 */
import { type Language, renderIssue } from '../../src/core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH } from './support/fixtures';
import type { Pane } from './support/pane';
import { useSession } from './support/session';
import { workbook } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

const resultText = async (pane: Pane): Promise<string> =>
  ((await pane.page.getByTestId('new-batch-result').textContent()) ?? '').trim();

test.each([
  ['nl', undefined],
  ['fr', 'fr-BE'],
  ['en', 'en-US'],
] as const)(
  '%s: submitted empty, the form speaks of the form; the summary follows the fixes and goes away',
  async (language: Language, lang) => {
    const { pane } = await session.openPane(lang === undefined ? {} : { lang, language });
    const form = await pane.openTab('new');
    await form.getByRole('button', { name: pane.m.createBatch }).click();
    // Four required fields are empty (the date has today's): four marked fields, each saying
    // "fill in this field", none pointing at the batch sheet.
    await eventually(
      () => resultText(pane),
      (text) => expect(text).toBe(pane.m.formHasErrors(4)),
    );
    const sheetWording = renderIssue({ code: 'batch_required', column: 'dosis', params: {} }, language);
    const formText = (await form.getByTestId('new-batch-form').textContent()) ?? '';
    expect(formText).not.toContain(sheetWording);
    expect(formText.split(pane.m.formFieldRequired).length - 1).toBe(4);
    // Focus went to the first marked field.
    await expect(pane.field('toedienerInsz').evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );

    await pane.field('toedienerInsz').fill(DEFAULT_BATCH.toedienerInsz);
    await eventually(
      () => resultText(pane),
      (text) => expect(text).toBe(pane.m.formHasErrors(3)),
    );
    await form.getByRole('radio', { name: pane.m.yes, exact: true }).check();
    const product = pane.field('immunisatieproduct');
    await product.fill(DEFAULT_BATCH.immunisatieproduct);
    await product.press('Tab');
    await eventually(
      () => resultText(pane),
      (text) => expect(text).toBe(pane.m.formHasErrors(1)),
    );
    await form.getByRole('radio', { name: '1', exact: true }).check();
    await eventually(
      () => resultText(pane),
      (text) => expect(text).toBe(''),
    );
  },
);

test('an identical batch is not made twice by accident; the form is empty after a batch is made', async () => {
  const { opened, pane } = await session.openPane();
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(pane.m.batchCreated('B001', SHEET));
  // Focus is on the result, not on the body.
  await expect(
    opened.page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
    ),
  ).resolves.toBe('new-batch-result');
  // The form starts again: no INSZ, no product, today's date as dd/mm/yyyy (FIXED_NOW: 28/11/2026).
  await expect(pane.field('toedienerInsz').inputValue()).resolves.toBe('');
  await expect(pane.field('datumToediening').inputValue()).resolves.toBe('28/11/2026');

  // The same fields again: a warning naming B001, nothing made until she says so.
  const form = await pane.openTab('new');
  await pane.fillBatchForm(form.getByTestId('new-batch-form'), DEFAULT_BATCH, pane.m.createBatch);
  await eventually(
    () => resultText(pane),
    (text) => expect(text).toContain(pane.m.batchDuplicate('B001', SHEET)),
  );
  const anyway = opened.page.getByTestId('create-anyway');
  await expect(anyway.isVisible()).resolves.toBe(true);
  expect((await workbook(opened.page)).sheetNames.filter((name) => name.startsWith('B0'))).toEqual([SHEET]);
  // Cancel keeps the form as typed and makes nothing.
  await opened.page.getByTestId('new-batch-result').getByRole('button', { name: pane.m.cancel }).click();
  await expect(pane.field('toedienerInsz').inputValue()).resolves.toBe(DEFAULT_BATCH.toedienerInsz);
  expect((await workbook(opened.page)).sheetNames.filter((name) => name.startsWith('B0'))).toEqual([SHEET]);
  // A different date is another batch: no question.
  expect(await pane.createBatch({ ...DEFAULT_BATCH, datumToediening: '2026-11-27' })).toBe(
    pane.m.batchCreated(
      'B002',
      registrationSheetName('B002', DEFAULT_BATCH.immunisatieproduct, '2026-11-27', [SHEET]),
    ),
  );
});

test('the date field shows and reads dd/mm/yyyy in every browser locale (en-GB context, en-US Office)', async () => {
  const { pane } = await session.openPane({ lang: 'en-US', language: 'en' });
  const date = pane.field('datumToediening');
  await expect(date.getAttribute('type')).resolves.not.toBe('date');
  await expect(date.inputValue()).resolves.toBe('28/11/2026');
  await date.fill('1/11/2026');
  const form = pane.page.getByTestId('new-batch-form');
  await eventually(
    async () => (await form.textContent()) ?? '',
    (text) => expect(text).toContain(pane.m.datumChosen('01/11/2026')),
  );
});

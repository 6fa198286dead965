/**
 * "Nieuw dagregister" behaves like the batch form (issue #13): the date as a person reads it
 * (dd/mm/yyyy text, whatever the browser's locale), messages that speak of the form, a summary
 * that follows the fields as they are fixed, focus on the first marked field, then on the result.
 */
import type { Page } from 'playwright-core';
import { type BatchField, type Language, columnLabel } from '../../src/core';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { type Pane, startsWith } from './support/pane';
import { useSession } from './support/session';

const session = useSession();

const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });

async function openRegisterForm(pane: Pane) {
  const panel = await pane.openTab('new');
  await panel.getByRole('radio', { name: pane.m.newKindRegister }).check();
  const form = pane.page.getByTestId('new-register-form');
  await form.waitFor();
  const field = (name: BatchField) => form.getByLabel(startsWith(columnLabel(name, pane.lang)));
  const result = async (): Promise<string> =>
    ((await pane.page.getByTestId('new-register-result').textContent()) ?? '').trim();
  return { form, field, result };
}

const focusedTestIdOrLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('data-testid') ?? active?.getAttribute('id') ?? active?.tagName ?? null;
  });

test.each([
  ['nl', undefined],
  ['en', 'en-US'],
] as const)(
  '%s: the date field shows and reads dd/mm/yyyy, whatever the browser locale',
  async (language: Language, lang) => {
    const { pane } = await session.openPane(lang === undefined ? {} : { lang, language });
    const { form, field } = await openRegisterForm(pane);
    const date = field('datumToediening');
    await expect(date.getAttribute('type')).resolves.not.toBe('date');
    // FIXED_NOW is 28 November 2026.
    await expect(date.inputValue()).resolves.toBe('28/11/2026');
    await date.fill('1/11/2026');
    await eventually(
      async () => (await form.textContent()) ?? '',
      (text) => expect(text).toContain(pane.m.datumChosen('01/11/2026')),
    );
    // The product: free text with the list's suggestions, like the batch form.
    const product = form.getByRole('combobox', {
      name: startsWith(columnLabel('immunisatieproduct', pane.lang)),
    });
    await expect(product.getAttribute('list')).resolves.not.toBeNull();
  },
);

test('two marked fields: focus on the first, the summary follows the fixes and goes away', async () => {
  const { opened, pane } = await session.openPane();
  const { form, field, result } = await openRegisterForm(pane);
  await field('toedienerInsz').fill('12345678901');
  await field('datumToediening').fill('01/01/2999');
  await form.getByRole('button', { name: REGISTER_TEXTS.nl.create }).click();
  await eventually(result, (text) => expect(text).toBe(pane.m.formHasErrors(2)));
  await expect(field('toedienerInsz').evaluate((el) => el === document.activeElement)).resolves.toBe(true);

  await field('toedienerInsz').fill(TOEDIENER);
  await eventually(result, (text) => expect(text).toBe(pane.m.formHasErrors(1)));
  await field('datumToediening').fill('27/11/2026');
  await eventually(result, (text) => expect(text).toBe(''));

  // Created: the result says so and takes focus (not the page body).
  await form.getByRole('button', { name: REGISTER_TEXTS.nl.create }).click();
  await eventually(result, (text) =>
    expect(text).toBe(REGISTER_TEXTS.nl.created('Dagregister 27-11-2026', 250)),
  );
  await expect(focusedTestIdOrLabel(opened.page)).resolves.toBe('new-register-result');
});

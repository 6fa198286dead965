/**
 * axe with no violation of any impact (issue #13) on every tab in the day register's states
 * (issue #9): its form with a marked field, a register check with groups, a register export done;
 * every contrast axe leaves undecided measured at 4.5:1 or more (support/axe.ts `scan`).
 */
import type { Page } from 'playwright-core';
import { TabScanner } from './support/axeTabs';
import { checkedRegister, registerForm } from './support/register';
import { useSession } from './support/session';

const session = useSession();

test('register form errors, register check with groups, register export done: no violation', async () => {
  const { pane } = await session.openPane();
  const scanner = new TabScanner(pane);
  const form = await registerForm(pane);
  await form.insz.fill('123');
  expect(await form.submit()).toBe(pane.m.formHasErrors(1));
  await scanner.here('register form errors: new');
  await form.insz.fill('');

  expect(await checkedRegister(pane)).toBe(pane.m.summaryLine(30, 28, 2, 0));
  await expect((pane.page as Page).getByTestId('register-groups').count()).resolves.toBe(1);
  await scanner.everyTab('register check with groups');

  const panel = await pane.openTab('export');
  await panel.getByTestId('register-export-button').click();
  await panel.getByTestId('register-export-summary').waitFor();
  await scanner.here('register export done: export');
  await scanner.everyTab('register export done');
  scanner.expectClean();
});

/**
 * Downloads as the user gets them: a click on a button of the pane, the browser's download
 * (Playwright's download event), and the bytes of the saved file.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks `button` and returns the file it downloads. */
export async function downloadBy(page: Page, button: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Clicks each of `buttons` in turn and returns the files, in click order. */
export async function downloadEach(page: Page, buttons: Locator): Promise<Downloaded[]> {
  const out: Downloaded[] = [];
  const count = await buttons.count();
  for (let i = 0; i < count; i += 1) out.push(await downloadBy(page, buttons.nth(i)));
  return out;
}

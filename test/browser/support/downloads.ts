/**
 * Downloads as the user gets them: a click on a button of the pane, the browser's download
 * (Playwright's download event), and the bytes of the saved file.
 */
import type { Download, Locator, Page } from 'playwright-core';
import { eventually } from './eventually';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/**
 * The bytes of a finished download, streamed from the browser (`Download.path()` is not available
 * over the shared browser's connection, support/globalSetup.ts). Waits for the download to end and
 * fails when it failed.
 */
export async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Clicks `button` and returns the file it downloads. */
export async function downloadBy(page: Page, button: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

/** Clicks each of `buttons` in turn and returns the files, in click order. */
export async function downloadEach(page: Page, buttons: Locator): Promise<Downloaded[]> {
  const out: Downloaded[] = [];
  const count = await buttons.count();
  for (let i = 0; i < count; i += 1) out.push(await downloadBy(page, buttons.nth(i)));
  return out;
}

/** Clicks `button` once and returns the `count` files that one click downloads, in arrival order. */
export async function downloadsOfOneClick(page: Page, button: Locator, count: number): Promise<Downloaded[]> {
  const downloads: Download[] = [];
  const collect = (download: Download): void => {
    downloads.push(download);
  };
  page.on('download', collect);
  try {
    await button.click();
    await eventually(
      async () => downloads.length,
      (got) => expect(got).toBe(count),
    );
  } finally {
    page.off('download', collect);
  }
  return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await bytesOf(d) })));
}

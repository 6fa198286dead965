/**
 * Before the first browser test file (jest `globalSetup`): one Chromium for the whole run, which
 * every file's harness connects to (support/harness.ts `launchBrowser`); its endpoint passes to
 * jest's workers in the environment. globalTeardown.ts closes it after the last file.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, SHARED_BROWSER_ENV, requireChromium } from './harness';

export default async function globalSetup(): Promise<void> {
  const server = await chromium.launchServer({
    executablePath: requireChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  (globalThis as { __sharedBrowser?: { close(): Promise<void> } }).__sharedBrowser = server;
}

/** After the last browser test file (jest `globalTeardown`): closes the run's Chromium (globalSetup.ts). */
export default async function globalTeardown(): Promise<void> {
  const shared = (globalThis as { __sharedBrowser?: { close(): Promise<void> } }).__sharedBrowser;
  delete (globalThis as { __sharedBrowser?: unknown }).__sharedBrowser;
  await shared?.close();
}

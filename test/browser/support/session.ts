/**
 * Per test file: one static server and one browser (beforeAll / afterAll); per test: fresh
 * browser contexts, closed after the test, each checked for requests that would have left
 * 127.0.0.1 and for uncaught page errors.
 */
import type { Language } from '../../../src/core';
import { type Harness, type OpenOptions, type OpenedPage, openPage, startHarness } from './harness';
import { Pane } from './pane';
import { waitForHost } from './workbook';

export interface PaneOptions extends OpenOptions {
  /** The pane's language (its catalog), matching `lang`; default nl. */
  readonly language?: Language;
  /**
   * Keep the page for the whole file (tests that are steps of one scenario); it is checked and
   * closed after the last test. Default: closed after the test that opened it.
   */
  readonly shared?: boolean;
}

export interface Session {
  readonly harness: () => Harness;
  /** Opens the task pane (taskpane.html) in a new context and waits until it is ready. */
  openPane(options?: PaneOptions): Promise<{ opened: OpenedPage; pane: Pane }>;
  open(options?: OpenOptions & { shared?: boolean }): Promise<OpenedPage>;
}

/** SPEC: "no request to any host but the add-in's own origin (and Microsoft's office.js)". */
async function checkAndClose(pages: readonly OpenedPage[]): Promise<void> {
  const offHost = pages.flatMap((p) => p.offHostRequests());
  const errors = pages.flatMap((p) => p.pageErrors);
  for (const page of pages) await page.close();
  expect(offHost).toEqual([]);
  expect(errors).toEqual([]);
}

export function useSession(): Session {
  let harness: Harness | undefined;
  let current: OpenedPage[] = [];
  const shared: OpenedPage[] = [];

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    const pages = current;
    current = [];
    await checkAndClose(pages);
  });

  afterAll(async () => {
    try {
      await checkAndClose(shared);
    } finally {
      await harness?.close();
    }
  });

  const get = (): Harness => {
    if (!harness) throw new Error('the browser harness did not start');
    return harness;
  };
  const open = async (options: OpenOptions & { shared?: boolean } = {}): Promise<OpenedPage> => {
    const opened = await openPage(get(), options);
    (options.shared === true ? shared : current).push(opened);
    return opened;
  };
  return {
    harness: get,
    open,
    openPane: async (options = {}) => {
      const opened = await open(options);
      await waitForHost(opened.page);
      const pane = new Pane(opened.page, options.language ?? 'nl');
      await pane.ready();
      return { opened, pane };
    },
  };
}

/**
 * The add-in's service worker (issue #8: the pane must open when the add-in's server cannot be
 * reached). Hand-written rather than Workbox: the whole job is a versioned precache and two
 * routes, about a hundred lines, while workbox-webpack-plugin brings a large build-time tree
 * (workbox-build, rollup, babel) that prints deprecation warnings on `npm ci`; see README
 * "Offline".
 *
 * - Install: every file of this build (the list and a content hash per file are written into
 *   this script by the build: scripts/serviceWorkerManifest.js) is fetched past the HTTP cache
 *   into a cache named after the build. No skipWaiting: a pane that is open keeps the worker and
 *   the files it started with; the new copy takes over when no add-in page of the old one is
 *   open any more (the next start of the pane, or of Excel when the shared runtime keeps the
 *   page alive).
 * - Activate: the caches of other builds are deleted; pages already open are claimed, so their
 *   lazily loaded chunks come from the copy too.
 * - Navigations (taskpane.html, export.html, preview.html...): the network first, the copy when
 *   the network fails or the server answers 5xx. Office adds a query (`?_host_Info=...`) to the
 *   pane's URL, so the copy is looked up without it. A page served from the copy carries
 *   `data-offline-copy="<version>"` on <html>, which the pane shows.
 * - Every other GET of this origin: the copy first (the build's files), else the network.
 * - Other origins (Microsoft's office.js CDN): untouched; offline, the pane's office.js fallback
 *   loads the bundled copy, which is in the precache.
 */

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly location: Location;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  fetch(input: RequestInfo, init?: RequestInit): Promise<Response>;
}

const scope = globalThis as unknown as WorkerScope;

/** Written by the build (scripts/serviceWorkerManifest.js); the literal below is replaced. */
const BUILD = JSON.parse('__SW_BUILD_MANIFEST__') as {
  version: string;
  files: { url: string; revision: string }[];
};
const PREFIX = 'vaccinnet-addin-';
const CACHE = `${PREFIX}${BUILD.version}`;
/** How long a navigation waits for the server before the copy is used (a server that hangs). */
const NAVIGATION_TIMEOUT_MS = 10_000;

const absolute = (url: string): string => new URL(url, scope.registration.scope).href;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    scope.caches.open(CACHE).then((cache) =>
      Promise.all(
        BUILD.files.map(async (file) => {
          // Past the HTTP cache: the copy must be this build's bytes, not a stale file.
          const response = await scope.fetch(new Request(absolute(file.url), { cache: 'reload' }));
          if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
          await cache.put(absolute(file.url), response);
        }),
      ),
    ),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    scope.caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => scope.caches.delete(key)),
        ),
      )
      .then(() => scope.clients.claim()),
  );
});

async function fromCopy(request: Request, ignoreSearch: boolean): Promise<Response | undefined> {
  const cache = await scope.caches.open(CACHE);
  return cache.match(request.url, { ignoreSearch });
}

/** The page from the copy, marked so the pane can say so. */
async function markedCopy(request: Request): Promise<Response> {
  const copy = await fromCopy(request, true);
  if (copy === undefined) return Response.error();
  const html = await copy.text();
  return new Response(html.replace(/<html\b/i, `<html data-offline-copy="${BUILD.version}"`), {
    status: 200,
    headers: { 'Content-Type': copy.headers.get('Content-Type') ?? 'text/html; charset=utf-8' },
  });
}

async function networkFirst(request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NAVIGATION_TIMEOUT_MS);
  try {
    const response = await scope.fetch(request, { signal: controller.signal });
    if (response.status < 500) return response;
  } catch {
    // Offline, refused, timed out: the copy below.
  } finally {
    clearTimeout(timer);
  }
  return markedCopy(request);
}

async function copyFirst(request: Request): Promise<Response> {
  return (await fromCopy(request, false)) ?? scope.fetch(request);
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : copyFirst(request));
});

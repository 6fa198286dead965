/**
 * A tiny static file server for the browser tests: serves the built add-in (dist/) on
 * http://127.0.0.1:<free port>, GET and HEAD only, no directory listings, nothing outside the
 * root. Every request it answers is recorded, so a test can show what the page asked for.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:43123` (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  readonly served: ServedRequest[];
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/** `port`: 0 for a free one; a fixed port restarts a server on the same origin (service worker tests). */
export async function startStaticServer(rootDirectory: string, port = 0): Promise<StaticServer> {
  const root = path.resolve(rootDirectory);
  const served: ServedRequest[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const record = (status: number): void => {
      served.push({ method: request.method ?? '?', path: url.pathname, status });
    };
    const fail = (status: number): void => {
      record(status);
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(status));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405);
    const file = fileFor(root, url.pathname === '/' ? '/index.html' : url.pathname);
    if (file === null) return fail(403);
    stat(file).then(
      (info) => {
        if (!info.isFile()) return fail(404);
        record(200);
        response.writeHead(200, {
          'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-store',
        });
        if (request.method === 'HEAD') return response.end();
        createReadStream(file).pipe(response);
        return undefined;
      },
      () => fail(404),
    );
    return undefined;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A tiny static file server for measuring and testing the built site: serves dist/ on 127.0.0.1,
 * optionally under a sub-path (as a site deployed with BASE_PATH is) and with a strict
 * Content-Security-Policy, gzipping text the way a static host does.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** What the archive's pages need to run: own scripts and workers only, WebAssembly for Pagefind. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

export interface Served {
  /** Request path, without the query string. */
  path: string;
  status: number;
  /** Body bytes sent, after compression. */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  /** The site's root URL, with the sub-path: e.g. http://127.0.0.1:43117/archive/ */
  root: string;
  /** Every response sent so far, in order (clear it with `served.length = 0`). */
  served: Served[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path the site is served under, e.g. /archive/. */
  base?: string;
  /** Content-Security-Policy header for every response. */
  csp?: string;
  /** Folders served in place of parts of the site, by path under the base: { 'pagefind/': dir }. */
  overlays?: Record<string, string>;
}

export async function serveDist(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = `/${(options.base ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const served: Served[] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const notFound = () => {
      served.push({ path: url.pathname, status: 404, bytes: 9 });
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    };
    if (!pathname.startsWith(base)) return notFound();
    pathname = pathname.slice(base.length - 1);
    let root = dir;
    for (const [prefix, overlay] of Object.entries(options.overlays ?? {})) {
      if (pathname.startsWith(`/${prefix}`)) {
        root = overlay;
        pathname = pathname.slice(prefix.length);
      }
    }
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) return notFound();
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const ext = path.extname(file);
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
      if (options.csp) headers['content-security-policy'] = options.csp;
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) headers['content-encoding'] = 'gzip';
      else headers['content-length'] = String(info.size);
      res.writeHead(200, headers);
      const entry: Served = { path: url.pathname, status: 200, bytes: 0 };
      served.push(entry);
      const counter = new PassThrough();
      counter.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(counter).pipe(res);
    } catch {
      notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: `${origin}${base}`,
    served,
    // A browser still open keeps connections alive (and a search worker may still be fetching):
    // closing the server ends them rather than waiting for the browser to let go.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The one static host, for `npm run preview`, the browser tests and the measurements: serves a
 * built site folder the way the hosts in docs/deploy.md do — the site under its base path,
 * `x/` from `x/index.html`, a folder asked for without its slash redirected to it, unknown
 * paths answered 404 with the site's 404.html, the headers of headers.ts (content types, CSP),
 * Cache-Control from cache.ts, Last-Modified and 304 for unchanged files, text gzipped when the
 * browser accepts it. Never serves outside the folder. Every answer is logged with the bytes
 * sent, so the benchmarks can count what a reader downloads.
 *
 * Our own code rather than sirv: sirv serves a folder asked for without its slash instead of
 * redirecting, answers If-None-Match but not If-Modified-Since, and only sends precompressed
 * files, while the transfer measurements need text gzipped as a host sends it.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { normalizeBase, withBase } from '../site/url.ts';
import { cacheControl } from './cache.ts';
import { compressible, contentType, CONTENT_TYPES, SITE_HEADERS } from './headers.ts';

export type Resolution =
  | { kind: 'file'; file: string; relative: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' };

/** What a host answers for a request path (without query), serving `root` under `base`. */
export function resolvePath(root: string, base: string, urlPath: string): Resolution {
  const prefix = normalizeBase(base);
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return { kind: 'not-found' };
  }
  if (pathname.includes('\0')) return { kind: 'not-found' };
  if (`${pathname}/` === prefix) return { kind: 'redirect', location: prefix };
  if (!pathname.startsWith(prefix)) return { kind: 'not-found' };
  const relative = pathname.slice(prefix.length);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'not-found' };
  const isFile = (f: string) => fs.existsSync(f) && fs.statSync(f).isFile();
  if (relative === '' || relative.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { kind: 'file', file: index, relative: `${relative}index.html` } : { kind: 'not-found' };
  }
  if (isFile(target)) return { kind: 'file', file: target, relative };
  if (isFile(path.join(target, 'index.html'))) return { kind: 'redirect', location: `${encodeURI(pathname)}/` };
  return { kind: 'not-found' };
}

export interface Served {
  /** Request path, without the query string. */
  path: string;
  status: number;
  /** Body bytes sent, after compression. */
  bytes: number;
}

export interface HostOptions {
  dir: string;
  /** Sub-path the site is served under, e.g. /archive/ (default /). */
  base?: string;
  port?: number;
  host?: string;
  /** Folders served in place of parts of the site, by path under the base: { 'pagefind/': dir }. */
  overlays?: Record<string, string>;
}

/** The request handler of a host serving `options.dir`; `served` receives a line per answer. */
export function staticHandler(options: HostOptions, served: Served[] = []): http.RequestListener {
  const base = normalizeBase(options.base ?? '/');
  const roots = [
    ...Object.entries(options.overlays ?? {}).map(([prefix, dir]) => ({ base: withBase(base, prefix), dir: path.resolve(dir) })),
    { base, dir: path.resolve(options.dir) },
  ];
  const siteRoot = roots.at(-1)!.dir;
  return (req, res) => {
    const [urlPath, query] = (req.url ?? '/').split('?');
    const entry: Served = { path: urlPath, status: 0, bytes: 0 };
    served.push(entry);
    /** `body`: bytes, or the path of a file to stream. */
    const send = (status: number, headers: Record<string, string | number>, body?: string | Buffer) => {
      entry.status = status;
      res.writeHead(status, { ...SITE_HEADERS, ...headers });
      if (!body || req.method === 'HEAD') return void res.end();
      if (Buffer.isBuffer(body)) {
        entry.bytes += body.length;
        return void res.end(body);
      }
      const counter = new PassThrough();
      counter.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
      fs.createReadStream(body).pipe(counter).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' });
    const { dir, base: under } = roots.find((r) => urlPath.startsWith(r.base)) ?? roots.at(-1)!;
    const found = resolvePath(dir, under, urlPath);
    if (found.kind === 'redirect') return send(301, { Location: found.location + (query ? `?${query}` : '') });
    if (found.kind === 'not-found') {
      const page = path.join(siteRoot, '404.html');
      const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('Not found');
      return send(404, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-cache', 'Content-Length': body.length }, body);
    }
    const stat = fs.statSync(found.file);
    const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
    const headers: Record<string, string | number> = {
      'Content-Type': contentType(found.file),
      'Cache-Control': cacheControl(found.relative.split(path.sep).join('/')),
      'Last-Modified': modified.toUTCString(),
    };
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
    if (!Number.isNaN(since) && modified.getTime() <= since) return send(304, headers);
    if (compressible(found.file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      entry.status = 200;
      res.writeHead(200, { ...SITE_HEADERS, ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      if (req.method === 'HEAD') return void res.end();
      const counter = new PassThrough();
      counter.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
      fs.createReadStream(found.file).pipe(createGzip()).pipe(counter).pipe(res);
      return;
    }
    send(200, { ...headers, 'Content-Length': stat.size }, found.file);
  };
}

export interface RunningHost {
  /** Origin + base path, ending in '/': e.g. http://127.0.0.1:43117/archive/ */
  url: string;
  origin: string;
  /** Every answer sent so far, in order (clear it with `served.length = 0`). */
  served: Served[];
  close(): Promise<void>;
}

/** Starts a host on `host:port` (127.0.0.1 and a free port by default). Rejects if the port is taken. */
export async function startStaticHost(options: HostOptions): Promise<RunningHost> {
  const base = normalizeBase(options.base ?? '/');
  const served: Served[] = [];
  const server = http.createServer(staticHandler(options, served));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const shownHost = address.includes(':') ? `[${address}]` : address;
  const origin = `http://${shownHost}:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    served,
    // A browser still open keeps connections alive (and a search worker may still be fetching):
    // closing the server ends them rather than waiting for the browser to let go.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

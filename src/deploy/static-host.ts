/**
 * Serves a built site folder the way the static hosts in docs/deploy.md do, for
 * `npm run preview` and the browser tests: the site under its base path, `x/` from
 * `x/index.html`, a folder asked for without its slash redirected to it, unknown paths
 * answered 404 with the site's 404.html, content types by extension, Cache-Control from
 * cache.ts, Last-Modified and 304 for unchanged files. Never serves outside the folder.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { cacheControl } from './cache.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The base path as `/`, or `/sub/path/` (leading and trailing slash). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export type Resolution =
  | { kind: 'file'; file: string; relative: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' };

/** What a host answers for a request path (without query). */
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

/** `headers` are added to every answer (e.g. a Content-Security-Policy, as a host may be set to send). */
export function staticHandler(dir: string, base = '/', extraHeaders: Record<string, string> = {}): http.RequestListener {
  const root = path.resolve(dir);
  return (req, res) => {
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const [urlPath, query] = (req.url ?? '/').split('?');
    const found = resolvePath(root, base, urlPath);
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location + (query ? `?${query}` : '') }).end();
      return;
    }
    if (found.kind === 'not-found') {
      const page = path.join(root, '404.html');
      const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('Not found');
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-cache', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const stat = fs.statSync(found.file);
    const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
    const headers = {
      'Content-Type': contentType(found.file),
      'Cache-Control': cacheControl(found.relative.split(path.sep).join('/')),
      'Last-Modified': modified.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    };
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
    if (!Number.isNaN(since) && modified.getTime() <= since) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  };
}

export interface RunningHost {
  /** Origin + base path, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

export async function startStaticHost(options: { dir: string; base?: string; port?: number; host?: string; headers?: Record<string, string> }): Promise<RunningHost> {
  const base = normalizeBase(options.base ?? '/');
  const server = http.createServer(staticHandler(options.dir, base, options.headers));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const shownHost = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${shownHost}:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

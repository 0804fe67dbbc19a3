/**
 * A tiny static file server for the built site, on 127.0.0.1 only, serving dist/ under a
 * base path the way a static host would: /x/ → x/index.html, unknown paths → 404.html (404).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin + base path, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

/** Resolve a request path to a file inside root, or null (never escapes root). */
export function resolveRequest(root: string, base: string, urlPath: string): string | null {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (pathname === prefix.slice(0, -1)) pathname = prefix;
  if (!pathname.startsWith(prefix)) return null;
  const relative = pathname.slice(prefix.length);
  const file = path.resolve(root, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  return null;
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const file = resolveRequest(root, base, req.url ?? '/');
    if (file) {
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    // a directory asked for without its trailing slash: redirect, as static hosts do
    const withSlash = resolveRequest(root, base, `${(req.url ?? '/').split(/[?#]/)[0]}/`);
    if (withSlash && !(req.url ?? '').split(/[?#]/)[0].endsWith('/')) {
      res.writeHead(301, { Location: `${(req.url ?? '/').split(/[?#]/)[0]}/` });
      res.end();
      return;
    }
    const notFound = path.join(root, '404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html'] });
    res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

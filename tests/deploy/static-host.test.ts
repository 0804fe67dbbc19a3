/**
 * `npm run preview`, the browser tests and the measurements serve the site through
 * src/deploy/static-host.ts: what it answers under a sub-path, and the headers of docs/deploy.md.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, IMMUTABLE, REVALIDATE } from '../../src/deploy/cache.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/deploy/headers.ts';
import { resolvePath, startStaticHost, type RunningHost } from '../../src/deploy/static-host.ts';
import { normalizeBase } from '../../src/site/url.ts';
import { fixtureSite, realSite } from '../helpers/sites.ts';
import fs from 'node:fs';

let host: RunningHost;
let root: string;
beforeAll(async () => {
  const site = fixtureSite();
  root = site.dir;
  host = await startStaticHost({ dir: site.dir, base: site.base });
});
afterAll(() => host?.close());

const get = (p: string, headers: Record<string, string> = {}) => fetch(new URL(p, host.url), { headers, redirect: 'manual' });

describe('cache rules', () => {
  it('caches hashed files for a year and makes the rest revalidate', () => {
    expect(cacheControl('_astro/Base.DUomZywZ.css')).toBe(IMMUTABLE);
    expect(cacheControl('pagefind/index/zh_a1b2c3d.pf_index')).toBe(IMMUTABLE);
    expect(cacheControl('pagefind/fragment/zh_0f9e8d7c6.pf_fragment')).toBe(IMMUTABLE);
    expect(cacheControl('pagefind/pagefind.zh_9c5b3a1e.pf_meta')).toBe(IMMUTABLE);
    // A page image's sizes are named by a hash of its bytes; the original and the PDF keep the page's name.
    expect(cacheControl('issues/2025-12-28/01/dtrb-2025-12-28-01_Z1a2b3c.webp')).toBe(IMMUTABLE);
    for (const file of ['index.html', 'articles/2025-12-28-01-01/index.html', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'pagefind/wasm.zh.pagefind', 'feed.xml', 'sitemap.xml', 'data/articles.csv', 'articles/x/cite.ris', 'issues/2025-12-28/01/dtrb-2025-12-28-01.jpg', 'issues/2025-12-28/01/dtrb-2025-12-28-01.pdf']) {
      expect(cacheControl(file), file).toBe(REVALIDATE);
    }
  });
});

describe('cache rules on the real Pagefind output', () => {
  it('give every content-named chunk of dist/pagefind a year and the entry, loader and wasm a check', () => {
    const dir = path.join(realSite().dir, 'pagefind');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => `pagefind/${f.split(path.sep).join('/')}`);
    const hashed = files.filter((f) => /^pagefind\/(index|fragment|filter)\//.test(f) || f.endsWith('.pf_meta'));
    expect(hashed.length).toBeGreaterThan(3);
    for (const f of files) expect(cacheControl(f), f).toBe(hashed.includes(f) ? IMMUTABLE : REVALIDATE);
    expect(files).toContain('pagefind/pagefind-entry.json');
  });
});

describe('the static host under /archive/', () => {
  it('serves pages from index.html with Cache-Control and Last-Modified, and 304 when unchanged', async () => {
    const page = await get('articles/2025-12-28-01-01/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(fs.readFileSync('docs/deploy.md', 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(await page.text()).toContain('引用本文');
    const again = await get('articles/2025-12-28-01-01/', { 'If-Modified-Since': page.headers.get('last-modified')! });
    expect(again.status).toBe(304);
  });

  it('gives hashed assets a year, and each download its content type', async () => {
    const asset = fs.readdirSync(path.join(root, '_astro')).find((f) => f.endsWith('.css'))!;
    expect((await get(`_astro/${asset}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    const types: [string, string][] = [
      ['articles/2025-12-28-01-01/cite.ris', 'application/x-research-info-systems; charset=utf-8'],
      ['articles/2025-12-28-01-01/cite.bib', 'application/x-bibtex; charset=utf-8'],
      ['data/articles.jsonl', 'application/x-ndjson; charset=utf-8'],
      ['data/articles.csv', 'text/csv; charset=utf-8'],
      ['feed.xml', 'application/xml; charset=utf-8'],
      ['robots.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [file, type] of types) {
      const response = await get(file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
    }
  });

  it('answers unknown paths with the 404 page, redirects a folder to its slash, keeps outside the base and the folder', async () => {
    const missing = await get('articles/2099-01-01-01-01/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('lang="zh-CN"');
    const folder = await get('issues');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/archive/issues/');
    expect((await get('/archive')).headers.get('location')).toBe('/archive/');
    expect((await get('/index.html')).status).toBe(404);
    expect(resolvePath(root, '/archive/', '/archive/../package.json').kind).toBe('not-found');
    expect(resolvePath(root, '/archive/', '/archive/%2e%2e/%2e%2e/package.json').kind).toBe('not-found');
    expect(resolvePath(root, '/archive/', '/archive/%E0%A4%A').kind).toBe('not-found');
    expect(normalizeBase('archive')).toBe('/archive/');
    expect(normalizeBase('/')).toBe('/');
  });
});

describe('npm run preview', () => {
  it('starts on the built site under the base path and serves it', async () => {
    const site = fixtureSite();
    const child = spawn(process.execPath, ['scripts/preview.ts', '--dir', site.dir, '--base', site.base, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /(http:\/\/\S+\/archive\/)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`preview exited ${code}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('大同日报数字报档案馆');
    } finally {
      child.kill();
    }
  });

  it('names a site outside the working folder by its absolute path, as every message names a path', async () => {
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preview-')), 'site');
    fs.symlinkSync(fixtureSite().dir, outside);
    const child = spawn(process.execPath, ['scripts/preview.ts', '--dir', outside, '--base', fixtureSite().base, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.on('exit', (code) => reject(new Error(`preview exited ${code}`)));
      });
      expect(line.startsWith(`预览 ${outside}：http://`), line).toBe(true);
    } finally {
      child.kill();
      fs.rmSync(path.dirname(outside), { recursive: true, force: true });
    }
  });

  it('refuses a folder with no built site', async () => {
    const child = spawn(process.execPath, ['scripts/preview.ts', '--dir', 'no-such-dist'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('npm run build');
  });
});

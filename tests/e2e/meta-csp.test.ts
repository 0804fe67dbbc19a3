/**
 * A host that sends no headers at all (GitHub Pages cannot send a Content-Security-Policy): the
 * policy in each page's <meta http-equiv> still holds. On the fixture site served by a bare file
 * server, in Chromium: a javascript: link clicked, an inline script and an inline event handler
 * added to the page all run nothing and are reported as violations, while the site's own
 * scripts (search, the citation date, ?hl= highlighting) work.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType } from '../../src/deploy/headers.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/sites.ts';
import { readResults } from './support/search-page.ts';

const site = fixtureSite();
let server: http.Server;
let root: string;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const violations: string[] = [];
const ran: string[] = [];

beforeAll(async () => {
  // Files only: no Content-Security-Policy, no other header but the content type.
  server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const rel = url.slice(site.base.length);
    let file = path.join(site.dir, rel);
    if (!url.startsWith(site.base) || !file.startsWith(site.dir)) file = path.join(site.dir, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) file = path.join(site.dir, '404.html');
    res.writeHead(200, { 'Content-Type': contentType(file) });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${site.base}`;
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.exposeFunction('__ran', (what: string) => ran.push(what));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(m.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the meta Content-Security-Policy on a host without headers', () => {
  it('the host really sends none', async () => {
    const response = await page.goto(`${root}articles/2025-12-28-01-03/`);
    expect(response!.headers()['content-security-policy']).toBeUndefined();
  });

  it('blocks a javascript: link, an inline script and an inline handler', async () => {
    await page.goto(`${root}articles/2025-12-28-01-03/`);
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'javascript:window.__ran("link")';
      a.id = 'probe-link';
      a.textContent = 'probe';
      document.body.append(a);
      const script = document.createElement('script');
      script.textContent = 'window.__ran("inline script")';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__ran("handler")');
      img.src = 'data:,not-an-image';
      document.body.append(img);
    });
    await page.click('#probe-link');
    await page.waitForTimeout(500);
    expect(ran).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(violations.some((v) => v.includes('script-src'))).toBe(true);
  });

  it('lets the site’s own scripts run: the citation date and search', async () => {
    violations.length = 0;
    await page.goto(`${root}articles/2025-12-28-01-03/`);
    await expect.poll(() => page.locator('[data-cite-today]').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goto(`${root}search/?q=${encodeURIComponent('冰雪')}`);
    const got = await readResults(page);
    expect(got.ids.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});

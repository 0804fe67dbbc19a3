/**
 * The fixture archive under /archive/ in headless Chromium, served as a static host would:
 * the feed and the sitemap parse as XML (the browser's own parser) and every URL in them
 * opens; the article page's citation box fills in the access date, copies, and links to
 * BibTeX and RIS files; the /data/ page works at 360 px; pages run under a strict
 * Content-Security-Policy with no errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousAxeViolations } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { fixtureSite } from '../helpers/sites.ts';
import { fixtureArchive } from '../helpers/archive.ts';
import { atomFeed } from '../../src/site/feed.ts';
import { cacheControl, IMMUTABLE } from '../../src/deploy/cache.ts';
import { search } from './support/search-page.ts';
import { buildArchive, readArchive } from '../../src/content/archive.ts';


let browser: Browser;
let host: RunningHost;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const site = fixtureSite();
  host = await serveSite(site.dir, { base: site.base });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  // the browser asks for /favicon.ico at the host's root, outside the site: not the site's to answer
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Parses XML with the browser's parser; returns what the test needs, or the parser's error. */
async function parseXml(url: string, select: string, attribute?: string) {
  return page.evaluate(
    async ({ url, select, attribute }) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error ? error.textContent : null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        values: [...doc.querySelectorAll(select)].map((el) => (attribute ? el.getAttribute(attribute) : el.textContent) ?? ''),
      };
    },
    { url, select, attribute },
  );
}

/** The URL the local host serves for a URL under the built site's own SITE_URL. */
const local = (url: string) => new URL(new URL(url).pathname, host.url).href;

describe('feed and sitemap under /archive/', () => {
  it('the Atom feed parses, lists the newest issues’ articles, and every entry link opens', async () => {
    await page.goto(host.url);
    const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe('/archive/feed.xml');
    const feed = await parseXml(new URL(feedHref!, host.url).href, 'entry > link[rel="alternate"]', 'href');
    expect(feed.error).toBeNull();
    expect(feed).toMatchObject({ root: 'feed', namespace: 'http://www.w3.org/2005/Atom' });
    const archive = readArchive(fixtureSite().contentDir);
    expect(feed.values).toHaveLength(archive.articles.length); // the fixture has fewer issues than the feed's seven
    for (const link of feed.values) {
      expect(new URL(link).pathname).toMatch(/^\/archive\/articles\/[\d-]+\/$/);
      expect((await page.request.get(local(link))).status(), link).toBe(200);
    }
    const titles = await parseXml(new URL(feedHref!, host.url).href, 'entry > title');
    expect(titles.values.every((t) => t.trim().length > 0)).toBe(true);
  });

  it('a feed made from hostile text parses, and a reader sees that text as it was', async () => {
    const archive = fixtureArchive();
    const title = '</title><entry><title>伪造</title></entry> & <![CDATA[ x ]]> "q"';
    const hostile = buildArchive({
      issues: archive.issues,
      sections: [...archive.sectionById.values()],
      articles: [{ ...archive.articles[0], headline: `${title}\u0007`, authors: [{ name: '<b>张三</b>', role: '记者' }] }],
      photos: [],
    });
    const xml = atomFeed(hostile, (p) => `https://example.org${p}`);
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        entries: doc.querySelectorAll('entry').length,
        title: doc.querySelector('entry > title')?.textContent,
        author: doc.querySelector('entry > author > name')?.textContent,
      };
    }, xml);
    expect(read).toEqual({ error: null, entries: 1, title, author: '<b>张三</b>' });
  });

  it('the sitemap parses and every page in it opens', async () => {
    const sitemap = await parseXml(new URL('sitemap.xml', host.url).href, 'url > loc');
    expect(sitemap.error).toBeNull();
    expect(sitemap).toMatchObject({ root: 'urlset', namespace: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    const dir = fixtureSite().dir;
    const htmlFiles = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const retired = htmlFiles.filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('data-retired-id='));
    expect(retired.length).toBe(4);
    expect(sitemap.values.length).toBe(htmlFiles.length - 1 - retired.length); // every HTML file but 404.html and the pages of retired ids
    expect(sitemap.values.length).toBeGreaterThan(40);
    for (const loc of sitemap.values) expect((await page.request.get(local(loc))).status(), loc).toBe(200);
  });
});

describe('citing an article', () => {
  it('fills in today’s date, copies the reference, and downloads BibTeX and RIS', async () => {
    await page.goto(`${host.url}articles/2025-12-28-01-01/`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const online = page.locator('#cite-gbt7714-online');
    await expect.poll(() => online.innerText()).toContain(`[${today}]. `);
    expect(await online.innerText()).toMatch(/\[N\/OL\]\. 大同日报, 2025-12-28\(1, 3\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/.+\/archive\/articles\/2025-12-28-01-01\/\.$/);

    const copy = page.locator('button[data-copy="cite-gbt7714"]');
    await copy.click();
    await expect.poll(() => copy.innerText(), { interval: 50 }).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-gbt7714').innerText());

    for (const [label, start] of [['BibTeX', '@article{'], ['RIS', 'TY  - NEWS']] as const) {
      const href = await page.locator('.cite-downloads a', { hasText: label }).getAttribute('href');
      const response = await page.request.get(new URL(href!, host.url).href);
      expect(response.status()).toBe(200);
      expect((await response.text()).startsWith(start)).toBe(true);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'cite-box-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });
});

describe('the data page', () => {
  it('fits 360 px, has no serious accessibility problem, and its links download', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${host.url}data/`);
    expect(problems).toEqual([]);
    expect(await page.locator('h1').innerText()).toBe('数据下载');
    // 引用本数据 takes today's date as 引用日期, as an article's 引用本文 does
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect.poll(() => page.locator('#cite-data + .reference').innerText()).toMatch(new RegExp(`^大同日报数字报档案馆\\. 大同日报稿件数据\\[DS/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[${today}\\]\\. https?://.+/archive/data/\\.$`));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'data-360');
    // axe is injected as an inline script, which the strict policy forbids: check it on a page opened without it
    const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
    const axePage = await axeContext.newPage();
    await axePage.goto(`${host.url}data/`);
    expect(await seriousAxeViolations(axePage)).toEqual([]);
    await axeContext.close();
    const hrefs = await page.locator('a[download]').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(3 + 2 * 3);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });
});

describe('search through the preview host under /archive/', () => {
  it('finds articles, links them under /archive/, and gets Pagefind’s hashed chunks with a year’s cache', async () => {
    const pagefind: { path: string; cache: string | null }[] = [];
    const record = (r: import('playwright-core').Response) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/archive/pagefind/')) pagefind.push({ path: url.pathname.slice('/archive/'.length), cache: r.headers()['cache-control'] ?? null });
    };
    page.on('response', record);
    try {
      const got = await search(page, host.url, '劳模');
      expect(got.ids).toContain('2025-12-28-01-01');
      expect(got.hrefs.every((h) => h.startsWith('/archive/articles/'))).toBe(true);
      expect(pagefind.some((r) => r.cache === IMMUTABLE)).toBe(true);
      for (const r of pagefind) expect(r.cache, r.path).toBe(cacheControl(r.path));
      expect(problems).toEqual([]);
    } finally {
      page.off('response', record);
    }
  });
});


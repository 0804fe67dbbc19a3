/**
 * Search beyond the query table: under a sub-path (the fixture site the vitest globalSetup
 * builds under /archive/, index included), with hostile source text in the index, and the
 * highlighting of a search's phrases on the article page it leads to.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndexedArticles } from '../../src/search/build/archive.ts';
import { writeSearchIndex } from '../../src/search/build/write-index.ts';
import type { IndexedArticle } from '../../src/search/build/document.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { fixtureSite, realSite } from '../helpers/sites.ts';
import { search } from './support/search-page.ts';
import { serveSite } from './support/scenario.ts';

let browser: Browser;
let page: Page;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'search-sites-'));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('search under a sub-path (fixture site at /archive/)', () => {
  it('loads the index from /archive/pagefind/ and links results under /archive/', async () => {
    const site = fixtureSite();
    const server = await serveSite(site.dir, { base: site.base });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      const got = await search(page, server.url, '劳模');
      expect(got.ids).toContain('2025-12-28-01-01');
      expect(got.hrefs.every((h) => h.startsWith('/archive/articles/'))).toBe(true);
      const index = requests.filter((p) => p.includes('pagefind'));
      expect(index.length).toBeGreaterThan(0);
      expect(index.every((p) => p.startsWith('/archive/pagefind/'))).toBe(true);
      // the result link opens the article
      await page.locator('.result-title a').first().click();
      await page.waitForURL(/\/archive\/articles\/[\d-]+\/\?hl=/);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
    } finally {
      page.removeAllListeners('request');
      await server.close();
    }
  });
});

describe('hostile source text', () => {
  const SCRIPT = '<script>window.__pwned = 1</script>';
  const IMG = '<img src=x onerror="window.__pwned = 2">';

  it('shows markup from the archive as text in titles, excerpts and names, and runs none of it', async () => {
    const site = realSite();
    const [first, ...rest] = readIndexedArticles(site.contentDir);
    const hostile: IndexedArticle = {
      ...first,
      article: {
        ...first.article,
        id: '2099-01-01-01-01',
        kicker: `${IMG}引题`,
        headline: `${SCRIPT}冰雪标题`,
        column: `${IMG}栏目`,
        byline: `本报记者 ${IMG}`,
        authors: [{ name: IMG, role: '记者' }],
        blocks: [{ type: 'paragraph', text: `开头${IMG}冰雪正文${SCRIPT}结尾` }],
      },
    };
    const bundle = path.join(scratch, 'pagefind');
    await writeSearchIndex([hostile, first, ...rest], bundle);
    const server = await serveSite(site.dir, { overlays: { 'pagefind/': bundle } });
    try {
      const got = await search(page, server.url, '冰雪');
      expect(got.ids).toContain('2099-01-01-01-01');
      const item = page.locator('.search-result', { has: page.locator('a[href*="2099-01-01-01-01"]') });
      expect(await item.locator('.result-title').textContent()).toBe(`${SCRIPT}冰雪标题`);
      expect(await item.locator('.result-kicker').textContent()).toBe(`${IMG}引题`);
      expect(await item.locator('.result-excerpt').textContent()).toContain(`开头${IMG}冰雪正文${SCRIPT}结尾`);
      expect(await item.locator('.result-names').textContent()).toContain(IMG);
      expect(await page.locator('.search-results script, .search-results img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // the author filter offers the hostile name as a plain option value
      const values = await page.locator('select[name="author"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(values).toContain(IMG);
    } finally {
      await server.close();
    }
  });
});

describe('highlighting on the article page', () => {
  /** The page's own highlighter when the article page includes SearchHighlight, else the module bundled here. */
  async function highlight(url: string) {
    await page.goto(url);
    if ((await page.locator('.search-hit-note').count()) === 0) {
      const bundled = await build({
        entryPoints: [path.resolve('src/search/browser/highlight.ts')],
        bundle: true,
        format: 'iife',
        globalName: 'searchHighlight',
        write: false,
      });
      // Evaluated, not added as a <script>: the host's Content-Security-Policy refuses inline scripts.
      await page.evaluate(`${bundled.outputFiles[0].text}\n;searchHighlight.highlightFromAddress();`);
    }
  }

  it('marks the phrases of a traditional-script query in the simplified article, and clears them', async () => {
    const site = realSite();
    const server = await serveSite(site.dir, { base: site.base });
    try {
      await highlight(`${server.url}articles/2025-12-28-01-01/?hl=${encodeURIComponent('勞模 董 芳')}`);
      const marks = await page.locator('mark.search-hit').allTextContents();
      expect(new Set(marks)).toEqual(new Set(['劳模', '董芳']));
      expect(marks.length).toBeGreaterThan(10);
      const note = page.locator('.search-hit-note');
      expect(await note.textContent()).toContain(`已标出检索词 “劳模” “董芳”，共 ${marks.length} 处。`);
      await note.getByRole('button', { name: '取消标记' }).click();
      expect(await page.locator('mark.search-hit').count()).toBe(0);
      expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
      expect(await page.locator('.article-body').textContent()).toContain('劳模用奉献回馈社会');
    } finally {
      await server.close();
    }
  });

  it('marks a phrase whose characters are split by a layout space, and nothing when nothing matches', async () => {
    const site = realSite();
    const server = await serveSite(site.dir, { base: site.base });
    try {
      await highlight(`${server.url}articles/2025-12-28-01-01/?hl=${encodeURIComponent('树标杆示范')}`);
      expect(await page.locator('mark.search-hit').first().textContent()).toBe('树标杆 示范');
      await highlight(`${server.url}articles/2025-12-28-01-01/?hl=${encodeURIComponent('火锅')}`);
      expect(await page.locator('mark.search-hit').count()).toBe(0);
      expect(await page.locator('.search-hit-note').count()).toBe(0);
    } finally {
      await server.close();
    }
  });
});

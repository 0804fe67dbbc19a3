/**
 * Every article of the archive dist/ was built from shows its whole headline block and its
 * first paragraph on its own page, visibly, in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { fixtureSite, realSite, type BuiltSite } from '../helpers/sites.ts';
import { readArchive } from '../../src/content/archive.ts';
import { blockAnchor, paragraphParts } from '../../src/site/article-body.ts';
import { routes } from '../../src/site/routes.ts';

const flat = (s: string) => s.replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['the seed archive (dist/)', realSite],
  ['the fixture archive', fixtureSite],
] as [string, () => BuiltSite][])('articles of %s', (_label, site) => {
  let server: RunningHost;
  beforeAll(async () => {
    const s = site();
    server = await serveSite(s.dir, { base: s.base });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has one page per issue, page, article, author and column, built from this content', () => {
    const s = site();
    const archive = readArchive(s.contentDir);
    expect(archive.articles.length, `${s.contentDir} has no articles`).toBeGreaterThan(0);
    // Article pages, not the pages that answer for retired ids (src/site/retired.ts).
    const built = fs
      .readdirSync(path.join(s.dir, 'articles'))
      .filter((id) => !fs.readFileSync(path.join(s.dir, 'articles', id, 'index.html'), 'utf8').includes('data-retired-id='))
      .sort();
    expect(built, `${s.dir} was built from another content tree: run npm run build`).toEqual([...archive.articleById.keys()].sort());
    const exists = (route: string) => fs.existsSync(path.join(s.dir, decodeURIComponent(route), 'index.html'));
    for (const issue of archive.issues) expect(exists(routes.issue(issue.id)), issue.id).toBe(true);
    for (const section of archive.sectionById.values()) expect(exists(routes.page(section.issue, section.page)), section.id).toBe(true);
    for (const a of archive.articles) {
      for (const author of a.authors) expect(exists(routes.author(author.name)), author.name).toBe(true);
      if (a.column) expect(exists(routes.column(a.column)), a.column).toBe(true);
    }
    for (const photo of archive.photos) for (const name of photo.photographers) expect(exists(routes.author(name)), name).toBe(true);
  });

  it('shows every article’s whole headline block and first paragraph', async () => {
    const archive = readArchive(site().contentDir);
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const missing: string[] = [];
    for (const article of archive.articles) {
      await page.goto(server.url + routes.article(article.id).slice(1));
      const block = flat(await page.locator('.headline-block').innerText());
      for (const part of [article.kicker, article.headline, article.subheadline, article.byline]) {
        if (part && !block.includes(flat(part))) missing.push(`${article.id}: headline block lacks 「${part}」`);
      }
      const first = article.blocks.findIndex((b) => b.type === 'paragraph');
      if (first >= 0) {
        const parts = paragraphParts(article.blocks, first, article.dateline, article.signature);
        const shown = page.locator(`#${blockAnchor(first)}`);
        if (!(await shown.isVisible())) missing.push(`${article.id}: first paragraph not visible`);
        else {
          const text = flat(await shown.innerText());
          if (!text.includes(flat(parts.text))) missing.push(`${article.id}: first paragraph text differs`);
          if (parts.dateline && !text.startsWith(flat(parts.dateline))) missing.push(`${article.id}: dateline not opening the paragraph`);
        }
      }
      for (const photo of archive.photosByArticle.get(article.id) ?? []) {
        const caption = flat(await page.locator(`#photo-${photo.seq}`).innerText());
        if (!caption.includes(flat(photo.caption)) || (photo.credit && !caption.includes(flat(photo.credit)))) {
          missing.push(`${article.id}: photo ${photo.seq} caption or credit missing`);
        }
      }
    }
    await page.close();
    expect(missing).toEqual([]);
  });
});

/**
 * Topics (专题) in headless Chromium on the seed archive (dist/): the topic index leads to every
 * topic; each topic renders every component; its article cards lead to the right article and its
 * quote links to the paragraph the words come from, highlighted as the target; the article page
 * links back; no serious or critical axe violation, light and dark, phone and desktop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousAxeViolations } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { realSite } from '../helpers/sites.ts';
import { parseMarkdownEntry } from '../../src/content/parse.ts';
import { comparable } from '../../src/topics/quote.ts';
import { search } from './support/search-page.ts';

const site = realSite();
const topicsDir = path.join(site.contentDir, 'topics');
const topics = fs
  .readdirSync(topicsDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const parsed = parseMarkdownEntry(fs.readFileSync(path.join(topicsDir, f), 'utf8'), f, []);
    return { name: f.replace(/\.mdx$/, ''), title: (parsed!.data as { title: string }).title };
  });

let browser: Browser;
let server: RunningHost;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(site.dir, { base: site.base });
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const pathOf = (url: string) => new URL(url).pathname.slice(site.base.length - 1);

/** Does the article paragraph hold the quoted words (…… standing for words left out)? */
function holds(paragraph: string, quote: string): boolean {
  // comparable() is NFKC, which spells … as ...
  const pieces = comparable(quote).split(/(?:\.{3})+/u).filter(Boolean);
  let text = comparable(paragraph);
  for (const piece of pieces) {
    const at = text.indexOf(piece);
    if (at < 0) return false;
    text = text.slice(at + piece.length);
  }
  return pieces.length > 0;
}

describe('topics on the seed archive', () => {
  it('has the sample topics, each reachable from the topic index and the main navigation', async () => {
    expect(topics.length).toBeGreaterThanOrEqual(2);
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '专题' }).click();
    await page.waitForURL(/\/topics\/$/);
    expect(await page.locator('h1').innerText()).toBe('专题');
    for (const topic of topics) {
      await page.getByRole('link', { name: topic.title, exact: true }).click();
      await page.waitForURL(new RegExp(`/topics/${topic.name}/$`));
      expect(await page.locator('h1').innerText()).toBe(topic.title);
      await page.goBack();
    }
    await page.close();
  });

  for (const topic of topics) {
    describe(`专题「${topic.title}」`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      });
      afterAll(async () => {
        await page?.close();
      });
      const open = () => page.goto(`${server.url}topics/${topic.name}/`);

      it('renders every component: cards, quotes (block and in a sentence), a timeline, an author or column list', async () => {
        await open();
        const count = (selector: string) => page.locator(`.topic-body ${selector}`).count();
        expect(await count('.topic-card')).toBeGreaterThan(0);
        expect(await count('.topic-quote')).toBeGreaterThan(0);
        expect(await count('.topic-inline-quote')).toBeGreaterThan(0);
        expect(await count('.topic-timeline li')).toBeGreaterThan(1);
        expect(await count('.topic-roll li')).toBeGreaterThan(0);
        for (const dates of await page.locator('.topic-timeline time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))) {
          expect(dates).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        const timeline = await page.locator('.topic-timeline time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
        expect(timeline).toEqual([...timeline].sort());
        expect(await page.locator('#topic-sources + ol li').count()).toBeGreaterThan(0);
        await screenshot(page, `topic-${topic.name}-375`);
      });

      it('leads from an article card to that article', async () => {
        await open();
        const card = page.locator('.topic-body .topic-card').first();
        const link = card.locator('.topic-card__title a');
        const title = (await link.innerText()).trim();
        const date = await card.locator('time').getAttribute('datetime');
        await link.click();
        await page.waitForURL(/\/articles\/\d{4}-\d{2}-\d{2}-\d{2}-\d{2,3}\/$/);
        const headline = (await page.locator('#headline').innerText()).replace(/\s+/g, '');
        expect(headline).toContain(title.replace(/^(图片新闻|无标题)：/, '').replace(/\s+/g, '').replace(/…$/, '').slice(0, 12));
        expect(await page.locator('.article-meta time, .article-meta a').first().innerText()).toContain(`${Number(date!.slice(0, 4))}年`);
        // and the article says which topic it is in, linking back
        const back = page.locator('.topic-mentions a', { hasText: topic.title });
        await back.click();
        await page.waitForURL(new RegExp(`/topics/${topic.name}/$`));
      });

      it('links every quote to the paragraph it comes from', async () => {
        await open();
        const quotes = await page.locator('.topic-body .topic-quote, .topic-body .topic-inline-quote').evaluateAll((els) =>
          els.map((el) => ({
            text: (el.querySelector('blockquote, q') as HTMLElement).innerText,
            href: el.querySelector('a.topic-quote__link')!.getAttribute('href')!,
          })),
        );
        expect(quotes.length).toBeGreaterThan(1);
        for (const [i, quote] of quotes.entries()) {
          await open();
          await page.locator('.topic-body a.topic-quote__link').nth(i).click();
          await page.waitForURL(/\/articles\/[\d-]+\/#p-\d+$/);
          const hash = new URL(page.url()).hash;
          expect(pathOf(page.url()) + hash).toBe(quote.href.slice(site.base.length - 1));
          const target = await page.evaluate(() => {
            const el = document.querySelector(':target') as HTMLElement | null;
            return el && { id: el.id, text: el.innerText, inBody: !!el.closest('.article-body') };
          });
          expect(target, `${quote.href} has no :target`).not.toBeNull();
          expect(target!.id).toBe(hash.slice(1));
          expect(target!.inBody).toBe(true);
          expect(holds(target!.text, quote.text), `${quote.href} does not hold “${quote.text}”`).toBe(true);
        }
      });

      it('has no serious or critical axe violation, light at 375 px and dark at 1280 px', async () => {
        const found: Record<string, unknown> = {};
        for (const { width, colorScheme } of [
          { width: 375, colorScheme: 'light' as const },
          { width: 1280, colorScheme: 'dark' as const },
        ]) {
          const p = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
          await p.goto(`${server.url}topics/${topic.name}/`);
          const violations = await seriousAxeViolations(p);
          if (violations.length) found[`${width}-${colorScheme}`] = violations;
          await p.close();
        }
        expect(found).toEqual({});
      });
    });
  }

  it('renders the editorial pages from MDX, keeping the anchors other pages link to', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}about/`);
    expect(await page.locator('h1').innerText()).toBe('关于本馆');
    for (const anchor of ['holdings', 'inferred-dates', 'continuations', 'flags', 'citing', 'flag-cut-off', 'flag-untitled']) {
      expect(await page.locator(`#${anchor}`).count(), anchor).toBe(1);
    }
    expect(await page.locator('.lede').innerText()).toMatch(/收录《大同日报》5 期、38 篇稿件/);
    await page.getByRole('navigation', { name: '本馆说明' }).getByRole('link', { name: '检索帮助' }).click();
    await page.waitForURL(/\/about\/search\/$/);
    expect(await page.locator('h1').innerText()).toBe('检索帮助');
    await page.getByRole('navigation', { name: '本馆说明' }).getByRole('link', { name: '数据与引用' }).click();
    await page.waitForURL(/\/about\/data\/$/);
    expect(await page.locator('main').innerText()).toContain('articles.jsonl');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds topics in the full-text search as their own kind, 专题', async () => {
    const searchServer = await serveSite(site.dir, { base: site.base });
    const page = await browser.newPage();
    try {
      // words of the editor's introduction, printed in no article
      const own = await search(page, searchServer.url, '题眼');
      expect(own.ids).toEqual(['topic:datong-bingxueji']);
      const result = page.locator('.search-result').first();
      expect(await result.locator('.result-meta').innerText()).toBe('专题 · 2023年10月—2026年1月 · 编辑：本馆编辑部');
      expect(await result.locator('.result-kicker').innerText()).toBe('冷资源 热经济');
      expect(await page.locator('select[name="kind"] option').allTextContents()).toEqual(['全部类别', '专题（1）']);

      const all = await search(page, searchServer.url, '劳模');
      expect(all.ids).toContain('topic:laomo-gongjiang');
      expect(all.ids.some((id) => /^\d{4}-/.test(id))).toBe(true);
      const onlyTopics = await search(page, searchServer.url, '劳模', { kind: 'topic' });
      expect(onlyTopics.ids).toEqual(['topic:laomo-gongjiang']);
      await page.locator('.search-result .result-title a').first().click();
      await page.waitForURL(/\/topics\/laomo-gongjiang\/\?hl=/);
      expect(await page.locator('h1').innerText()).toBe('劳模与工匠');
    } finally {
      await page.close();
      await searchServer.close();
    }
  });
});

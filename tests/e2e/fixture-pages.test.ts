/**
 * What the reader is told on the fixture archive, whose every entry the test knows:
 * continuations, missing pages, flags, inferred dates, jump to a date, keyboard use, dark
 * mode, print, the 404 page, all under the sub-path /archive/.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { fixtureSite } from '../helpers/sites.ts';

let browser: Browser;
let server: RunningHost;
let page: Page;
beforeAll(async () => {
  const site = fixtureSite();
  server = await serveSite(site.dir, { base: site.base });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
const open = async (path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) => {
  page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  const response = await page.goto(server.url + path);
  return response!;
};
const close = () => page.close();

describe('fixture archive pages', () => {
  it('links a continued article to its other half and back', async () => {
    await open('articles/2025-12-28-01-01/');
    const note = page.locator('.continuation');
    expect(await note.innerText()).toBe('下转第三版：后文见《榜样引领树标杆 示范带动共奋进》');
    await note.locator('a').click();
    await page.waitForURL(/\/archive\/articles\/2025-12-28-03-01\/$/);
    expect(await page.locator('.continuation').first().innerText()).toBe('上接第一版：前文见《榜样引领树标杆 示范带动共奋进》');
    expect(await page.locator('.flags').innerText()).toContain('疑似未完');
    await close();
  });

  it('says plainly when the archive lacks the page an article continues on', async () => {
    await open('articles/2023-10-23-01-03/');
    expect(await page.locator('.continuation.missing').innerText()).toBe('本馆暂缺第三版，后文未能收录');
    await close();
  });

  it('shows flags, folds, photo captions and paragraph anchors honestly', async () => {
    await open('articles/2025-12-28-01-05/', { width: 375 });
    expect(await page.locator('#headline').innerText()).toMatch(/^无标题：/);
    expect(await page.locator('.flags').innerText()).toBe('无标题');
    expect(await page.locator('.article-body > [id]').evaluateAll((els) => els.map((e) => e.id))).toEqual(['p-1', 'p-2', 'p-3', 'photo-1']);
    expect(await page.locator('#photo-1').innerText()).toContain('本报记者 戎禹仁摄');
    expect(await page.locator('#photo-1 a').innerText()).toBe('戎禹仁');
    await close();
    await open('articles/2022-01-19-01-06/');
    expect(await page.locator('.flags').innerText()).toBe('已合并重复段落');
    await page.locator('details summary').click();
    expect(await page.locator('details').innerText()).toContain('原文第 135 行（重复第 133 行）');
    await close();
    await open('articles/2023-10-23-01-01/');
    expect(await page.locator('#headline').innerText()).toContain('图片新闻');
    expect(await page.locator('.photo-caption').innerText()).toContain('新华社记者 徐昱摄');
    await close();
  });

  it('says when an issue date was inferred, with the evidence', async () => {
    await open('issues/2023-10-23/');
    const notice = page.locator('.notice');
    expect(await notice.innerText()).toContain('日期由正文推断');
    await notice.locator('summary').click();
    expect(await notice.innerText()).toContain('10月22日拍摄的亚残运会开幕式现场');
    await notice.locator('a', { hasText: '推断方法说明' }).click();
    await page.waitForURL(/\/archive\/about\/#inferred-dates$/);
    await close();
  });

  it('says how a date given by the staff is known, on the issue and its 版 page', async () => {
    for (const path of ['issues/2025-12-28/', 'issues/2025-12-28/01/', 'issues/2022-01-19/']) {
      await open(path);
      expect(await page.locator('.date-source').innerText()).toBe('出版日期：编辑给定（本馆编辑入库时登记）。');
      expect(await page.locator('.notice').count()).toBe(0);
      await close();
    }
    await open('issues/2023-10-23/');
    expect(await page.locator('.date-source').count()).toBe(0);
    await close();
  });

  it('gives each page’s text as received, and a corrected article says where its text before the 校订 is', async () => {
    const response = await open('articles/2025-12-28-01-06/', { width: 375 });
    expect(response.status()).toBe(200);
    const correction = page.locator('.correction');
    expect(await correction.innerText()).toBe('校订：本文文字经本馆编辑对照原版改正（2026年1月5日）：对照原版核对引题。改正前的文字见本版原版文字第 115–127 行。');
    const source = page.locator('.cite-box .note');
    expect(await source.innerText()).toMatch(/^来源：本版原版文字（000_a25d01534798cd06\.txt）第 115–127 行。/);
    await screenshot(page, 'fixture-375-article-corrected');
    const link = await correction.locator('a').getAttribute('href');
    expect(link).toBe('/archive/issues/2025-12-28/01/dtrb-2025-12-28-01.txt');
    expect(await source.locator('a').first().getAttribute('href')).toBe(link);
    // the text as the archive received it, whose lines 115–127 are the article as printed
    const text = await page.request.get(server.url + link!.slice('/archive/'.length));
    expect(text.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const lines = (await text.text()).split('\n');
    expect(lines.slice(114, 127).join('\n')).toContain('激发文旅消费活力 推动文化之城建设');
    expect(await text.text()).toBe(fs.readFileSync('tests/fixtures/site-content/sources/000_a25d01534798cd06.txt', 'utf8'));
    await close();
    // 第三版 was placed by hand: its page has no source text, so nothing is linked
    await open('articles/2025-12-28-03-01/');
    expect(await page.locator('.cite-box .note').innerText()).toMatch(/^来源：000_a25d01534798cd06\.txt 第 23–31 行。/);
    expect(await page.locator('.cite-box .note a[href$=".txt"]').count()).toBe(0);
    await close();
  });

  it('jumps to the issue of a date, and says so when a date has none, offering the issues around it', async () => {
    await open('issues/');
    await page.fill('#jump-date', '2023-11-01');
    await page.click('#jump-form button');
    await page.getByRole('link', { name: '前一期 2023年10月23日 星期一' }).click();
    await page.waitForURL(/\/archive\/issues\/2023-10-23\/$/);
    await close();
  });

  it('can be used from the keyboard: skip link first, visible focus', async () => {
    await open('issues/2025-12-28/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('跳到正文');
    expect(await focused.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await screenshot(page, 'fixture-1280-skip-link-focused');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const outline = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    // one h1, and no heading level skipped
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]).toBeLessThanOrEqual(1));
    await close();
  });

  it('follows the system dark setting and prints without navigation', async () => {
    await open('articles/2025-12-28-01-04/', { colorScheme: 'dark', width: 375 });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 21, 24)');
    await screenshot(page, 'fixture-375-article-dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.pager').first().isVisible()).toBe(false);
    expect(await page.locator('#p-1').isVisible()).toBe(true);
    await screenshot(page, 'fixture-375-article-print');
    await close();
  });

  it('serves a Chinese 404 page with ways back', async () => {
    const response = await open('issues/1999-01-01/');
    expect(response.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('页面不存在');
    await page.getByRole('link', { name: '往期回顾' }).last().click();
    await page.waitForURL(/\/archive\/issues\/$/);
    await close();
  });

  it('lists authors by pinyin and columns with their articles', async () => {
    await open('authors/');
    const initials = await page.locator('.initials a').allInnerTexts();
    expect(initials).toEqual([...initials].sort());
    await page.getByRole('link', { name: '戎禹仁' }).click();
    expect(await page.locator('.lede').innerText()).toContain('摄影 · 本馆收录 2 篇');
    await close();
    await open('columns/');
    // the fixture's columns: 政务动态 three times, the rest once; the page claims no recurrence
    expect(await page.locator('.lede').innerText()).toMatch(/^本馆收录的版面中出现过的栏目共 \d+ 个，按拼音排列，各注明收录的篇数。$/);
    await page.getByRole('link', { name: '政务动态' }).click();
    await page.waitForURL(/\/archive\/columns\/%E6%94%BF%E5%8A%A1%E5%8A%A8%E6%80%81\/$/);
    expect(await page.locator('.article-list > li').count()).toBe(3);
    await close();
  });

  it('sends the header search box, and the home page’s own, to /search/ with q', async () => {
    for (const [path, box] of [['issues/', '#site-search-q'], ['', '#home-search-q']]) {
      await open(path);
      await page.fill(box, '冰雪');
      await page.press(box, 'Enter');
      await page.waitForURL(/\/archive\/search\/\?q=/);
      expect(decodeURIComponent(new URL(page.url()).searchParams.get('q')!)).toBe('冰雪');
      await close();
    }
  });
});

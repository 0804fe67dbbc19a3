/**
 * A reader's walk through the built sites in headless Chromium, on a phone (375 px) and a
 * desktop (1280 px): home → 往期回顾 → an issue → an article → its author, and back.
 * Screenshots go to screenshots/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { fixtureSite, realSite, type BuiltSite } from '../helpers/sites.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function walk(page: Page, server: RunningHost, shot: (name: string) => Promise<void>) {
  const visited: string[] = [];
  await page.goto(server.url);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  visited.push(page.url());
  await shot('1-home');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期回顾' }).click();
  await expect.poll(() => page.locator('h1').innerText()).toBe('往期回顾');
  visited.push(page.url());
  await shot('2-calendar');

  const day = page.locator('.month td a').last();
  const dayLabel = await day.getAttribute('aria-label');
  await day.click();
  await page.waitForURL(/\/issues\/\d{4}-\d{2}-\d{2}\/$/);
  expect(dayLabel).toContain(await page.locator('h1').innerText().then((t) => t.replace('大同日报 ', '')));
  visited.push(page.url());
  await shot('3-issue');

  // the first article whose byline names someone
  const item = page.locator('.article-list > li').filter({ has: page.locator('.byline a') }).first();
  const headline = (await item.locator('.headline a').innerText()).trim();
  await item.locator('.headline a').click();
  await page.waitForURL(/\/articles\/[\d-]+\/$/);
  expect((await page.locator('#headline').innerText()).replace(/\s+/g, '')).toContain(headline.replace(/^图片新闻/, '').replace(/\s+/g, '').slice(0, 8));
  await expect.poll(() => page.locator('.breadcrumbs a').allInnerTexts()).toContain('往期回顾');
  visited.push(page.url());
  await shot('4-article');

  const author = page.locator('article a[href*="/authors/"]').first();
  const name = (await author.innerText()).trim();
  await author.click();
  await page.waitForURL(/\/authors\/[^/]+\/$/);
  expect(await page.locator('h1').innerText()).toBe(name);
  expect(await page.locator('.article-list .headline a').count()).toBeGreaterThan(0);
  visited.push(page.url());
  await shot('5-author');

  // and back the way we came
  for (const url of visited.slice(0, -1).reverse()) {
    await page.goBack();
    expect(page.url()).toBe(url);
  }
}

const sites: [string, () => BuiltSite][] = [
  ['the seed archive (dist/)', realSite],
  ['the fixture archive under /archive/', fixtureSite],
];

describe.each(sites)('walk through %s', (_label, site) => {
  let server: RunningHost;
  beforeAll(async () => {
    const s = site();
    server = await serveSite(s.dir, { base: s.base });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([375, 1280])('at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const s = site();
    await walk(page, server, async (name) => {
      // nothing on the page is wider than the screen
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} is wider than ${width} px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${s.name}-${width}-${name}`);
    });
    await page.close();
  });
});

/** Every kind of page at 360 px, the narrowest common phone: nothing wider than the screen, text not shrunk. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { fixtureSite, pagesOf, realSite, type BuiltSite } from '../helpers/sites.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['the seed archive (dist/)', realSite],
  ['the fixture archive under /archive/', fixtureSite],
] as [string, () => BuiltSite][])('%s at 360 px', (_label, site) => {
  let server: RunningHost;
  beforeAll(async () => {
    const s = site();
    server = await serveSite(s.dir, { base: s.base });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('fits every kind of page in the screen with readable text', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    for (const path of pagesOf(site())) {
      await page.goto(server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${path || '/'}: ${overflow} px wider than the screen`);
      const smallest = await page.evaluate(() =>
        Math.min(...[...document.querySelectorAll('main p, main li, main td, main h1, main h2, main h3')].map((e) => parseFloat(getComputedStyle(e).fontSize))),
      );
      if (smallest < 12) problems.push(`${path || '/'}: text at ${smallest} px`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('fits the years table of 往期回顾 (合计 included) in a 375 px phone, and where it cannot, shows that it scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(server.url + 'issues/');
    const measure = () =>
      page.locator('.year-table-wrap').evaluate((wrap) => {
        const total = wrap.querySelector('thead th:last-child')!.getBoundingClientRect();
        const style = getComputedStyle(wrap);
        return {
          overflow: wrap.scrollWidth - wrap.clientWidth,
          totalVisible: total.right <= wrap.getBoundingClientRect().right + 0.5,
          // an edge shadow fixed to the box, uncovered by a cover that moves with the table
          shadows: style.backgroundImage.includes('radial-gradient') && style.backgroundAttachment.includes('local') && style.backgroundAttachment.includes('scroll'),
        };
      });
    expect(await measure()).toMatchObject({ overflow: 0, totalVisible: true });
    await screenshot(page, `issues-375-${site() === fixtureSite() ? 'fixture' : 'seed'}`, { fullPage: false });
    await page.setViewportSize({ width: 320, height: 740 });
    const narrow = await measure();
    if (narrow.overflow > 0) expect(narrow.shadows).toBe(true);
    await page.close();
  });
});

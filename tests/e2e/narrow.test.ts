/** Every kind of page at 360 px, the narrowest common phone: nothing wider than the screen, text not shrunk. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
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
});

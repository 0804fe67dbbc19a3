/**
 * axe-core on the pages readers land on, in light and dark, phone and desktop widths:
 * no serious or critical violation (contrast, names, landmarks, heading order …).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousAxeViolations } from '../helpers/browser.ts';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { fixtureSite, pagesOf, realSite, type BuiltSite } from '../helpers/sites.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sites: [string, () => BuiltSite][] = [
  ['the seed archive (dist/)', realSite],
  ['the fixture archive under /archive/', fixtureSite],
];

describe.each(sites)('accessibility of %s', (_label, site) => {
  let server: RunningHost;
  beforeAll(async () => {
    const s = site();
    server = await serveSite(s.dir, { base: s.base });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    { width: 375, colorScheme: 'light' as const },
    { width: 1280, colorScheme: 'light' as const },
    { width: 1280, colorScheme: 'dark' as const },
  ])('has no serious or critical axe violation at $width px, $colorScheme', async ({ width, colorScheme }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    const found: Record<string, unknown> = {};
    const paths = pagesOf(site());
    expect(paths.length).toBeGreaterThanOrEqual(9);
    for (const path of paths) {
      await page.goto(server.url + path);
      const violations = await seriousAxeViolations(page);
      if (violations.length) found[path || '/'] = violations;
    }
    await page.close();
    expect(found).toEqual({});
  });
});

describe('the axe harness', () => {
  it('reports serious violations when a page has them', async () => {
    const page = await browser.newPage();
    await page.setContent('<html><body><img src="x.png"><p style="color:#bbb;background:#fff">浅色小字</p><button></button></body></html>');
    const ids = (await seriousAxeViolations(page)).map((v) => v.id).sort();
    await page.close();
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'image-alt']));
  });
});

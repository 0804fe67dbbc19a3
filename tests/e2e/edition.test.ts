/**
 * Reading the archive as an e-edition, on the fixture archive under /archive/ in headless
 * Chromium, at 375 and 1280 px, light and dark: Chinese type (quotation marks full-width),
 * photo news, the citation line, the favicon. Every page opened records page errors, console
 * errors and failed requests; each test ends with none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openScenario, requireBuilt, type Scenario } from './support/scenario.ts';
import { fixtureSite } from '../helpers/sites.ts';

const site = fixtureSite();
requireBuilt(site.dir, ['index.html', 'articles/2025-12-28-01-02/index.html']);

let scenario: Scenario;
/** Responses of 400 and over, from every page this file opens. */
const failed: string[] = [];
beforeAll(async () => {
  scenario = await openScenario(site.dir, { base: site.base });
});
afterAll(async () => {
  await scenario?.close();
});

const VIEWS = [
  { width: 375, colorScheme: 'light' as const },
  { width: 375, colorScheme: 'dark' as const },
  { width: 1280, colorScheme: 'light' as const },
  { width: 1280, colorScheme: 'dark' as const },
];
type View = (typeof VIEWS)[number];

/** A page of the fixture site at one width and colour scheme, its failed requests recorded. */
async function open(path: string, view: View): Promise<Page> {
  const page = await scenario.open(undefined, { viewport: { width: view.width, height: 812 }, colorScheme: view.colorScheme });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(new URL(path, scenario.url).href);
  return page;
}

async function done(page: Page): Promise<void> {
  await page.context().close();
  expect(scenario.problems).toEqual([]);
  expect(failed).toEqual([]);
}

describe.each(VIEWS)('at $width px, $colorScheme', (view) => {
  it('sets Chinese quotation marks full-width in body text, as wide as a Han character', async () => {
    const page = await open('articles/2025-12-28-01-02/', view);
    // Every “ ” in the article's paragraphs between two Han characters on one line, measured
    // against the Han character before it. (Beside other punctuation or at a line's start or
    // end, Chrome trims the blank half of full-width punctuation, as Chinese typesetting does.)
    const widths = await page.locator('.article-body p').evaluateAll((paragraphs) => {
      const found: { quote: number; han: number }[] = [];
      for (const p of paragraphs) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 1; i < text.length - 1; i++) {
            if (!'“”'.includes(text[i]) || !/\p{Script=Han}/u.test(text[i - 1]) || !/\p{Script=Han}/u.test(text[i + 1])) continue;
            const box = (at: number) => {
              const range = document.createRange();
              range.setStart(node!, at);
              range.setEnd(node!, at + 1);
              return range.getBoundingClientRect();
            };
            const [before, quote, after] = [box(i - 1), box(i), box(i + 1)];
            if (before.top !== quote.top || after.top !== quote.top) continue;
            found.push({ quote: quote.width, han: before.width });
          }
        }
      }
      return found;
    });
    expect(widths.length).toBeGreaterThanOrEqual(2);
    for (const { quote, han } of widths) expect(quote).toBeGreaterThanOrEqual(han * 0.9);
    await done(page);
  });
});

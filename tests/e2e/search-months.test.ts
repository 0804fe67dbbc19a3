/**
 * The index split into one Pagefind bundle per month (SEARCH_SHARDS=month), as a year of the
 * paper is built so that the daily job rebuilds one month: the search page opens the months
 * newest first and only as many as the results it shows need, says which months it has
 * searched, and reaches every result with 更多结果; relevance and oldest first open every
 * month and find what the one-bundle index finds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { buildSiteInto } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { QUERIES } from './search-queries.ts';
import { queryKeys } from '../../src/search/browser/month-plan.ts';
import { bucketOf } from '../../src/search/shared/directory.ts';
import { parseSearch } from '../../src/search/shared/query.ts';
import { countsByYear, readResults, search } from './support/search-page.ts';

const OUT = path.resolve('.archive-tmp/search-months');
const MONTHS = ['2026-01', '2025-12', '2024-01', '2023-10', '2022-01'];
let server: RunningHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  buildSiteInto(OUT, { SEARCH_SHARDS: 'month' });
  server = await serveSite(OUT);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Months whose index files the server sent since the counter was cleared. */
const monthsLoaded = () =>
  [...new Set(server.served.map((s) => /\/pagefind\/(\d{4}-\d{2})\/(?:index|fragment)\//.exec(s.path)?.[1]).filter(Boolean))] as string[];

/**
 * The date order key of a result: an article's id (date-page-seq), or for a topic (专题) the
 * end of its span, which sorts it just before that day's articles (topic-document.ts).
 */
const dateKey = (id: string) =>
  id.startsWith('topic:')
    ? /^to: (\S+)$/m.exec(readFileSync(path.resolve('content/topics', `${id.slice('topic:'.length)}.mdx`), 'utf8'))![1]
    : id;
const newestFirst = (ids: string[]) => ids.map(dateKey).every((k, i, keys) => i === 0 || keys[i - 1] >= k);
const oldestFirst = (ids: string[]) => ids.map(dateKey).every((k, i, keys) => i === 0 || keys[i - 1] <= k);

const partialCount = (status: string) => Number(/至少 (\d+) 条结果/.exec(status)?.[1] ?? NaN);

/** Clicks 更多结果 until it goes; the results then listed and the status. */
async function readAll(page: Page) {
  let got = await readResults(page);
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = got.ids.length;
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n || !document.querySelector('[aria-busy]'), before);
    got = await readResults(page);
  }
  return got;
}

describe('search over one index per month', () => {
  it('lists the month bundles newest first and orders by relevance by default', async () => {
    await search(page, server.url, '大同');
    expect(await page.locator('[data-search-page]').getAttribute('data-bundles')).toBe(['base', ...MONTHS].map((m) => `/pagefind/${m}/`).join(' '));
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance');
  });

  it('while the reader types, loads Pagefind from the base bundle, the directory’s index and the typed query’s buckets, and no month', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    await fresh.goto(`${server.url}search/`);
    await fresh.waitForSelector('[data-search-ready]', { state: 'attached' });
    await fresh.waitForLoadState('networkidle');
    const loaded = server.served.map((s) => s.path).filter((p) => p.includes('/pagefind/'));
    expect(loaded.some((p) => p.endsWith('/pagefind/base/pagefind.js'))).toBe(true);
    expect(loaded.some((p) => /\/base\/wasm\.[a-z]+\.pagefind$/.test(p))).toBe(true);
    expect(loaded.some((p) => /\/base\/[^/]+\.pf_meta$/.test(p))).toBe(true);
    expect(loaded).toContain('/pagefind/directory/index.json');
    expect(loaded.filter((p) => !p.includes('/base/') && !p.includes('/directory/'))).toEqual([]);
    // The query typed, not yet submitted: the directory's files its plan needs come now, no month.
    const index = JSON.parse(readFileSync(path.join(OUT, 'pagefind/directory/index.json'), 'utf8')) as { buckets: number };
    const buckets = [...new Set(queryKeys(parseSearch('京津冀')).map((k) => `/pagefind/directory/${bucketOf(k, index.buckets)}.json`))];
    await fresh.fill('#search-q', '京津冀');
    await expect.poll(() => buckets.filter((b) => !server.served.some((s) => s.path === b)), { timeout: 10_000 }).toEqual([]);
    expect(monthsLoaded()).toEqual([]);
    await fresh.press('#search-q', 'Enter');
    const found = await readResults(fresh);
    expect(found.ids.sort()).toEqual(['2022-01-19-01-09', '2023-10-23-01-01', '2025-12-28-01-04', '2026-01-08-01-01']);
    expect(monthsLoaded().sort()).toEqual(['2022-01', '2023-10', '2025-12', '2026-01']);
    await context.close();
  });

  it('opens only the months the term directory says the query can match, and counts at once', async () => {
    // 演唱会: one article, in 2025-12.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    const one = await search(fresh, server.url, '演唱会');
    expect(one.ids).toEqual(['2025-12-28-01-07']);
    expect(one.status).toContain('共 1 条结果');
    expect(monthsLoaded()).toEqual(['2025-12']);
    // Nothing anywhere: no month is opened.
    server.served.length = 0;
    const none = await search(fresh, server.url, '火锅');
    expect(none.status).toMatch(/^没有找到/);
    expect(monthsLoaded()).toEqual([]);
    await context.close();
  });

  it('ranks by relevance opening only the months that can place a result on the page, and reaches every result with 更多结果', async () => {
    // 发展 is in every month; the ten best are in three of them.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    const first = await search(fresh, server.url, '发展');
    expect(first.ids).toHaveLength(10);
    expect(first.status).toContain('共 25 条结果');
    expect(monthsLoaded().length).toBeLessThan(MONTHS.length);
    const all = await readAll(fresh);
    expect(all.ids).toHaveLength(25);
    expect(new Set(all.ids).size).toBe(25);
    expect(monthsLoaded().sort()).toEqual([...MONTHS].sort());
    await context.close();
  });

  it('shows the first results by relevance while further months are searched, each in its final place', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    // Every list the page shows while it is still busy, as the links of its results.
    await fresh.addInitScript(() => {
      const seen: string[][] = [];
      (window as unknown as { earlyLists: string[][] }).earlyLists = seen;
      new MutationObserver(() => {
        const root = document.querySelector('[data-search-page]');
        if (!root?.hasAttribute('aria-busy')) return;
        const hrefs = [...document.querySelectorAll('.search-result .result-title a')].map((a) => a.getAttribute('href')!);
        if (hrefs.length) seen.push(hrefs);
      }).observe(document, { subtree: true, childList: true });
    });
    const done = await search(fresh, server.url, '发展');
    const early = await fresh.evaluate(() => (window as unknown as { earlyLists: string[][] }).earlyLists);
    expect(early.length).toBeGreaterThan(0);
    for (const list of early) {
      expect(list.length).toBeLessThan(done.hrefs.length);
      expect(list).toEqual(done.hrefs.slice(0, list.length));
    }
    // Marked at the first results shown, before the whole page.
    const [first, answer] = await fresh.evaluate(() => ['search:first-result', 'search:first-answer'].map((n) => performance.getEntriesByName(n)[0].startTime));
    expect(first).toBeLessThan(answer);
    await context.close();
  });

  it('searches every month when the results cannot fill a page, newest first', async () => {
    // 京津冀: one article in each of 2026-01, 2025-12, 2023-10 and 2022-01 (search-queries.ts).
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    const first = await search(fresh, server.url, '京津冀', { sort: 'newest' });
    expect(first.ids).toEqual(['2026-01-08-01-01', '2025-12-28-01-04', '2023-10-23-01-01', '2022-01-19-01-09']);
    // Four results cannot fill a page of ten: every month that holds the phrase's words was searched, and the count is whole.
    expect(first.status).toContain('共 4 条结果');
    expect(monthsLoaded().sort()).toEqual(['2022-01', '2023-10', '2025-12', '2026-01']);
    await context.close();
  });

  it('newest first: stops at the month that fills the page and says how far it has searched; 更多结果 goes on to older months', async () => {
    // 高质量发展 by month: 2026-01 1, 2025-12 3, 2024-01 4, 2023-10 4, 2022-01 3. A phrase of
    // several bigrams: the directory cannot count it exactly in a month not searched.
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    const first = await search(fresh, server.url, '高质量发展', { sort: 'newest' });
    expect(first.ids).toHaveLength(10);
    expect(newestFirst(first.ids), first.ids.join(' ')).toBe(true);
    const since = /^至少 (\d+) 条结果：已检索(\d{4})年(\d{1,2})月以来的报道/.exec(first.status);
    expect(since, first.status).not.toBeNull();
    expect(Number(since![1])).toBe(12);
    expect(`${since![2]}-${since![3].padStart(2, '0')}`).toBe('2023-10');
    expect(monthsLoaded().sort()).toEqual(['2023-10', '2024-01', '2025-12', '2026-01']);

    // 更多结果 goes on to older months; the count shown grows with them and never passes what is listed in the end.
    let shown = first.ids;
    let counted = Number(since![1]);
    let status = first.status;
    while (await fresh.locator('[data-search-more]').isVisible()) {
      await fresh.click('[data-search-more]');
      await fresh.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown.length);
      const next = await readResults(fresh);
      expect(next.ids.length).toBeGreaterThan(shown.length);
      shown = next.ids;
      status = next.status;
      const now = Number(/(?:至少|共) (\d+) 条结果/.exec(status)?.[1]);
      expect(now).toBeGreaterThanOrEqual(counted);
      counted = now;
    }
    expect(newestFirst(shown), shown.join(' ')).toBe(true);
    expect(status).toContain(`共 ${shown.length} 条结果`);
    expect(shown).toHaveLength(15);

    // A word of two units is counted exactly by the directory before its months are searched.
    const exact = await search(fresh, server.url, '大同', { sort: 'newest' });
    expect(exact.ids).toHaveLength(10);
    expect(exact.status).toContain('共 27 条结果');
    expect(Number.isNaN(partialCount(exact.status))).toBe(true);
    await context.close();
  });

  it.each(QUERIES.filter((c) => c.total !== undefined).map((c) => [`${c.kind} ${c.q}`, c] as const))(
    'relevance over the months finds what one index finds: %s',
    async (_, c) => {
      await search(page, server.url, c.q);
      const got = await readAll(page);
      expect(got.total, got.status).toBe(c.total);
      expect(got.ids).toHaveLength(c.total!);
      for (const id of c.top ?? []) expect(got.ids).toContain(id);
    },
  );

  // With several bundles merged, Pagefind's AND drops a term bundle by bundle: every query that
  // must find nothing still finds nothing over all months.
  it.each(QUERIES.filter((c) => c.none).map((c) => [`${c.kind} ${c.q}`, c] as const))('relevance over every month finds nothing for %s', async (_, c) => {
    const got = await search(page, server.url, c.q, { sort: 'relevance' });
    expect(got.ids, got.status).toEqual([]);
    expect(got.status).toContain('没有找到');
  });

  it('orders oldest first across the months, and a year filter keeps to that year’s months', async () => {
    const oldest = await search(page, server.url, '高质量发展', { sort: 'oldest' });
    expect(oldest.total).toBe(15);
    expect(oldestFirst(oldest.ids), oldest.ids.join(' ')).toBe(true);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    const year = await search(fresh, server.url, '高质量发展', { year: '2023' });
    expect(year.ids.every((id) => id.startsWith('2023-'))).toBe(true);
    expect(year.status).toContain('共');
    expect(monthsLoaded()).toEqual(['2023-10']);
    await context.close();
  });


  it('counts a topic once, in the month bundle it goes in: the year filter, its counts, the chart and the dates agree', async () => {
    // The topics of 2023–2026 go in the 2026-01 bundle, the one of 2022–2025 in 2025-12. Oldest
    // first opens every month, so the year counts are Pagefind's own, not the directory's months.
    // The years of the two bundles holding topics, and one a topic starts in.
    const { all, filter, chart, years } = await countsByYear(page, server.url, '大同', { sort: 'oldest' }, ['2022', '2025', '2026']);
    expect(Object.keys(years).sort()).toEqual(['2022', '2025', '2026']);
    expect(all.total).toBe(27);
    expect(filter).toEqual({ '2022': 6, '2023': 6, '2024': 3, '2025': 7, '2026': 5 });
    expect(Object.fromEntries(Object.entries(chart).map(([year, c]) => [year, Number(c)]))).toEqual(filter);
    for (const [year, { filtered, filteredIds, monthsCharted, dated, datedIds }] of Object.entries(years)) {
      expect({ year, filtered, monthsCharted, dated }).toEqual({ year, filtered: filter[year], monthsCharted: filter[year], dated: filter[year] });
      expect(filteredIds).toEqual(datedIds);
    }
  });

  it('draws the histogram from the term directory: exact counts where it knows them, else at most so many; a bar narrows to its year', async () => {
    const bars = () =>
      page.locator('.histogram-target').evaluateAll((targets) =>
        targets.map((t) => ({ label: t.querySelector('.histogram-label')!.textContent!, count: t.querySelector('.histogram-count')!.textContent!, href: t.getAttribute('href') })),
      );
    const exact = await search(page, server.url, '大同');
    await page.waitForSelector('[data-search-histogram]:not([hidden])');
    const years = await bars();
    expect(years.map((b) => Number(b.label))).toEqual(years.map((_, i) => Number(years[0].label) + i));
    // One word of two characters: the directory counts it exactly, month by month.
    expect(years.reduce((n, b) => n + Number(b.count || 0), 0)).toBe(exact.total);
    // A longer word, newest first: the directory only bounds the months not searched.
    await search(page, server.url, '高质量发展', { sort: 'newest' });
    await page.waitForSelector('[data-search-histogram]:not([hidden])');
    const bounded = (await bars()).filter((b) => b.count !== '');
    expect(bounded.length).toBeGreaterThan(0);
    expect(bounded.every((b) => /^≤\d+$/.test(b.count) || /^\d+$/.test(b.count))).toBe(true);
    expect(bounded.some((b) => b.count.startsWith('≤'))).toBe(true);
    const year = bounded[0].label;
    await page.locator('.histogram-target', { hasText: year }).first().click();
    await page.waitForURL((url) => url.searchParams.get('date') === `${year}-01..${year}-12`);
    const narrowed = await readResults(page);
    expect(narrowed.ids.length).toBeGreaterThan(0);
    expect(narrowed.ids.filter((id) => !id.startsWith('topic:')).every((id) => id.startsWith(`${year}-`))).toBe(true);
  });
});

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
import { readResults, search } from './support/search-page.ts';

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

describe('search over one index per month', () => {
  it('lists the month bundles newest first and orders newest first by default', async () => {
    await search(page, server.url, '大同');
    expect(await page.locator('[data-search-page]').getAttribute('data-bundles')).toBe(MONTHS.map((m) => `/pagefind/${m}/`).join(' '));
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('newest');
  });

  it('opens the newest month while the reader types: Pagefind, its index list and filters, no index chunk or result yet', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    await fresh.goto(`${server.url}search/`);
    await fresh.waitForSelector('[data-search-ready]', { state: 'attached' });
    await fresh.waitForLoadState('networkidle');
    const loaded = server.served.map((s) => s.path).filter((p) => p.includes('/pagefind/'));
    expect(loaded.some((p) => p.endsWith('/pagefind/2026-01/pagefind.js'))).toBe(true);
    expect(loaded.some((p) => /\/2026-01\/wasm\.[a-z]+\.pagefind$/.test(p))).toBe(true);
    expect(loaded.some((p) => /\/2026-01\/[^/]+\.pf_meta$/.test(p))).toBe(true);
    expect(loaded.filter((p) => p.includes('/2026-01/filter/')).length).toBeGreaterThan(0);
    expect(loaded.filter((p) => /\/(index|fragment)\//.test(p))).toEqual([]);
    expect(loaded.filter((p) => !p.includes('/2026-01/'))).toEqual([]);
    await fresh.fill('#search-q', '京津冀');
    await fresh.press('#search-q', 'Enter');
    const found = await readResults(fresh);
    expect(found.ids).toEqual(['2026-01-08-01-01', '2025-12-28-01-04', '2023-10-23-01-01', '2022-01-19-01-09']);
    await context.close();
  });

  it('searches every month when the results cannot fill a page, newest first', async () => {
    // 京津冀: one article in each of 2026-01, 2025-12, 2023-10 and 2022-01 (search-queries.ts).
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    const first = await search(fresh, server.url, '京津冀');
    expect(first.ids).toEqual(['2026-01-08-01-01', '2025-12-28-01-04', '2023-10-23-01-01', '2022-01-19-01-09']);
    // Four results cannot fill a page of ten: every month was searched, and the count is whole.
    expect(first.status).toContain('共 4 条结果');
    expect(monthsLoaded().sort()).toEqual([...MONTHS].sort());

    await fresh.goto(`${server.url}search/?q=${encodeURIComponent('演唱会')}`);
    const one = await readResults(fresh);
    expect(one.ids).toEqual(['2025-12-28-01-07']);
    await context.close();
  });

  it('stops at the month that fills the page and says so; 更多结果 goes on to older months', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    server.served.length = 0;
    // 大同 is in most articles: the newest months fill a page of ten before the oldest is needed.
    const first = await search(fresh, server.url, '大同');
    expect(first.ids).toHaveLength(10);
    expect(newestFirst(first.ids), first.ids.join(' ')).toBe(true);
    const since = /^至少 (\d+) 条结果：已检索(\d{4})年(\d{1,2})月以来的报道/.exec(first.status);
    expect(since, first.status).not.toBeNull();
    const month = `${since![2]}-${since![3].padStart(2, '0')}`;
    expect(MONTHS.indexOf(month)).toBeLessThan(MONTHS.length - 1);
    // Exactly the months from the newest down to that one were loaded.
    expect(monthsLoaded().sort()).toEqual(MONTHS.slice(0, MONTHS.indexOf(month) + 1).sort());
    expect(Number(since![1])).toBeGreaterThanOrEqual(10);

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
    const relevance = await search(fresh, server.url, '大同', { sort: 'relevance' });
    expect(relevance.total).toBe(shown.length);
    expect(Number.isNaN(partialCount(relevance.status))).toBe(true);
    await context.close();
  });

  it.each(QUERIES.filter((c) => c.total !== undefined).slice(0, 8).map((c) => [`${c.kind} ${c.q}`, c] as const))(
    'relevance over every month finds what one index finds: %s',
    async (_, c) => {
      const got = await search(page, server.url, c.q, { sort: 'relevance' });
      expect(got.total, got.status).toBe(c.total);
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
    expect(monthsLoaded().filter((m) => m !== '2026-01')).toEqual(['2023-10']);
    await context.close();
  });
});

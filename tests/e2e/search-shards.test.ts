/**
 * The index split into one Pagefind bundle per year (SEARCH_SHARDS=year), as an archive too
 * large for one index is built: the query table must hold (a sample of it: two queries of
 * each kind and all that must find nothing), and the date orders must run across the years.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type RunningHost } from './support/scenario.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { QUERIES } from './search-queries.ts';
import { search, searchInPage } from './support/search-page.ts';
import { buildSiteInto } from '../helpers/astro-build.ts';

const OUT = path.resolve('.archive-tmp/search-shards');
let server: RunningHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const built = buildSiteInto(OUT, { SEARCH_SHARDS: 'year' });
  expect(built.stdout).toContain('检索索引 pagefind/2022/');
  server = await serveSite(OUT);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search over one index per year', () => {
  it('opens every year\'s bundle, newest first', async () => {
    await search(page, server.url, '大同');
    const bundles = await page.locator('[data-search-page]').getAttribute('data-bundles');
    expect(bundles).toBe(['2026', '2025', '2024', '2023', '2022'].map((y) => `/pagefind/${y}/`).join(' '));
  });

  // Two queries of each kind, and every query that must find nothing, typed into the open page.
  const kinds = new Map<string, number>();
  const sample = QUERIES.filter((c) => c.none || (kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1).get(c.kind)! <= 2));

  it.each(sample.map((c) => [`${c.kind} ${c.q}`, c] as const))('%s', async (_, c) => {
    const got = await searchInPage(page, c.q);
    if (c.none) return expect(got.ids).toEqual([]);
    for (const id of c.top!) expect(got.ids, `${id} for ${c.q}: ${got.status}`).toContain(id);
    if (c.total !== undefined) expect(got.total, got.status).toBe(c.total);
  });

  it('sorts by date across the years, and counts filter values over all of them', async () => {
    const newest = await search(page, server.url, '高质量发展', { sort: 'newest' });
    expect(newest.total).toBe(15);
    expect(newest.ids).toEqual([...newest.ids].sort().reverse());
    expect(newest.ids[0].startsWith('2026-')).toBe(true);
    const oldest = await search(page, server.url, '高质量发展', { sort: 'oldest' });
    expect(oldest.ids).toEqual([...oldest.ids].sort());
    const years = await page.locator('select[name="year"] option').allTextContents();
    expect(years.slice(1).sort()).toEqual(['2022年（3）', '2023年（4）', '2024年（4）', '2025年（3）', '2026年（1）']);
  });
});

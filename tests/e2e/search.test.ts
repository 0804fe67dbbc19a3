/**
 * The search page in headless Chromium on the built seed archive (npm run build first):
 * the query table of search-queries.ts (the first two queries of each kind here; every query
 * through the same engine in Node, tests/search/query-table.test.ts), filters and sorting, and a
 * strict Content-Security-Policy on every response.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousAxeViolations } from '../helpers/browser.ts';
import { countsByYear, readResults, search, type SearchOutcome } from './support/search-page.ts';
import { openScenario, requireBuilt, type Scenario } from './support/scenario.ts';
import { QUERIES } from './search-queries.ts';

const DIST = path.resolve('dist');
requireBuilt(DIST, ['search/index.html', 'pagefind/pagefind.js']);

let scenario: Scenario;
let server: Scenario['host'];
let browser: Browser;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  scenario = await openScenario(DIST);
  ({ host: server, browser, problems } = scenario);
  page = await scenario.open();
});

afterAll(async () => {
  await scenario?.close();
});

/** The first two queries of each kind: each costs the page a load; the engine answers every one in Node. */
const SAMPLED = QUERIES.filter((c, i) => QUERIES.slice(0, i).filter((d) => d.kind === c.kind).length < 2);

describe('search page: the query table on the seed archive', () => {
  it.each(SAMPLED.map((c) => [`${c.kind} ${c.q}`, c] as const))('%s', async (_, c) => {
    const got: SearchOutcome = await search(page, server.url, c.q);
    if (c.none) {
      expect(got.ids, got.status).toEqual([]);
      expect(got.status).toMatch(/^没有找到/);
      return;
    }
    expect(got.ids.length).toBeLessThanOrEqual(10);
    for (const id of c.top ?? []) expect(got.ids, `${id} for ${c.q}: ${got.status}`).toContain(id);
    if (c.total !== undefined) expect(got.total, got.status).toBe(c.total);
  });

  it('ran without page errors under a strict Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

describe('search page: filters, sorting, paging', () => {
  it('narrows by year and by page, and keeps the query in the address', async () => {
    const all = await search(page, server.url, '大同');
    const in2025 = await search(page, server.url, '大同', { year: '2025' });
    expect(in2025.total).toBeGreaterThan(0);
    expect(in2025.total).toBeLessThan(all.total);
    // articles printed in 2025, and the topic whose span ends in 2025 (the other two end in 2026)
    expect(in2025.ids.filter((id) => !id.startsWith('2025-'))).toEqual(['topic:laomo-gongjiang']);
    const yearOption = await page.locator('select[name="year"] option[value="2025"]').textContent();
    expect(yearOption).toBe(`2025年（${in2025.total}）`);
    // 版次 counts the year's results (all on 第一版 but the topic), not every year's.
    expect(await page.locator('select[name="page"] option[value="1"]').textContent()).toBe(`第一版（${in2025.total - 1}）`);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2025');
  });

  it('counts a topic once, in the year its span ends: the year filter, its counts, the chart and the dates agree', async () => {
    // 大同 finds all three topics, each spanning several years (content/topics/: 2022–2025, 2023–2026, 2023–2026).
    // Each year searched again is a few seconds: the years where a topic starts, ends or stands twice.
    const { all, filter, chart, years } = await countsByYear(page, server.url, '大同', {}, ['2023', '2025', '2026']);
    expect(all.total).toBe(27);
    expect(filter).toEqual({ '2022': 6, '2023': 6, '2024': 3, '2025': 7, '2026': 5 });
    expect(Object.values(filter).reduce((n, c) => n! + c!, 0)).toBe(all.total);
    expect(Object.fromEntries(Object.entries(chart).map(([year, c]) => [year, Number(c)]))).toEqual(filter);
    expect(Object.keys(years).sort()).toEqual(['2023', '2025', '2026']);
    for (const [year, counted] of Object.entries(years)) {
      const { filtered, filteredIds, monthsCharted, dated, datedIds } = counted;
      expect({ year, filtered, monthsCharted, dated }).toEqual({ year, filtered: filter[year], monthsCharted: filter[year], dated: filter[year] });
      expect(filteredIds).toEqual(datedIds);
    }
    expect(years['2023'].filteredIds.some((id) => id.startsWith('topic:'))).toBe(false);
    expect(years['2026'].filteredIds.filter((id) => id.startsWith('topic:'))).toEqual(['topic:datong-bingxueji', 'topic:weibei-shufa']);
  });

  it('counts each filter value over the query\'s results, and leaves counts out where they would be guesses', async () => {
    await search(page, server.url, '冰雪');
    const authors = await page.locator('select[name="author"] option').allTextContents();
    expect(authors).toContain('戎禹仁（2）');
    expect(authors).toContain('陈杰（2）');
    expect(await page.locator('select[name="kind"] option').allTextContents()).toEqual(['全部类别', '文章（4）', '专题（1）']);
    // Two phrases, one of them checked position by position: values are listed without counts.
    await search(page, server.url, '大同 高质量发展');
    const years = await page.locator('select[name="year"] option').allTextContents();
    expect(years.slice(1).every((y) => /^\d{4}年$/.test(y))).toBe(true);
  });

  it('filters by author, photographers included, and by kind', async () => {
    const byName = await search(page, server.url, '冰雪', { author: '戎禹仁' });
    expect(byName.ids.sort()).toEqual(['2025-12-28-01-05', '2025-12-28-01-06']);
    const photos = await search(page, server.url, '云冈', { kind: 'photo' });
    expect(photos.ids).toEqual(['2024-01-02-01-02']);
  });

  it('sorts by date, newest or oldest first', async () => {
    const newest = await search(page, server.url, '高质量发展', { sort: 'newest' });
    const oldest = await search(page, server.url, '高质量发展', { sort: 'oldest' });
    expect(newest.ids).toEqual([...newest.ids].sort().reverse());
    expect(oldest.ids).toEqual([...oldest.ids].sort());
    expect(oldest.ids[0]).toBe('2022-01-19-01-01');
  });

  it('changes filters from the form and pages through more results', async () => {
    await search(page, server.url, '高质量发展');
    expect(await page.locator('.search-result').count()).toBe(10);
    await page.getByRole('button', { name: '更多结果' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 15);
    expect(await page.getByRole('button', { name: '更多结果' }).isHidden()).toBe(true);
    // The filters are folded (none set yet): the reader opens them.
    await page.locator('[data-search-filters-box] summary').click();
    await page.locator('select[name="sort"]').selectOption('oldest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'oldest');
    await page.waitForFunction(() => document.querySelector('.search-result a')?.getAttribute('href')?.includes('2022-01-19-01-01'));
  });

  it('marks the hits in titles and excerpts, and links to the article with the query for highlighting', async () => {
    const got = await search(page, server.url, '臺灣 OR 劳模'.split(' OR ')[1]);
    const marks = await page.locator('.search-result mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['劳模']));
    expect(got.hrefs.find((h) => h.startsWith('/articles/'))).toMatch(/^\/articles\/[\d-]+\/\?hl=%E5%8A%B3%E6%A8%A1$/);
  });
});

describe('search page: the query language, in the form and in shared addresses', () => {
  it('reads OR, exclusion and quotes as the help page says, and shows the query as read', async () => {
    const either = await search(page, server.url, '冰雪季 OR 魏碑');
    expect(either.total).toBe(8);
    expect(either.status).toContain('“冰雪季” 或 “魏碑”');
    const without = await search(page, server.url, '大同 -冰雪');
    expect(without.total).toBe(22);
    expect(without.status).toContain('不含“冰雪”');
    // The marks show what was found, never the excluded word.
    expect(new Set(await page.locator('.search-result mark').allTextContents())).toEqual(new Set(['大同']));
  });

  it('limits by months from date: in the query and from the form, and keeps the range in the address', async () => {
    const typed = await search(page, server.url, '高质量发展 date:2023-10..2024-01');
    expect(typed.total).toBe(8);
    expect(typed.status).toContain('2023年10月至2024年1月');
    const linked = await search(page, server.url, '高质量发展', { date: '2023-10..2024-01' });
    expect(linked.ids.sort()).toEqual(typed.ids.sort());
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2023-10');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2024-01');
    // Changing a month in the form searches again and writes the range into the address.
    await page.locator('input[name="from"]').fill('2024-01');
    await page.locator('input[name="from"]').dispatchEvent('change');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('date') === '2024-01..2024-01');
    const narrowed = await readResults(page);
    expect(narrowed.total).toBe(4);
    expect(narrowed.ids.every((id) => id.startsWith('2024-01-'))).toBe(true);
  });

  it('says what it did not use: wildcards, a lone OR, an unreadable date, only excluded words', async () => {
    const wild = await search(page, server.url, '大同*');
    expect(wild.total).toBe(27);
    expect(await page.locator('[data-search-notices] li').allTextContents()).toEqual([expect.stringContaining('通配符')]);
    await search(page, server.url, '大同 OR');
    expect(await page.locator('[data-search-notices]').textContent()).toContain('“OR”须放在两个词之间');
    await search(page, server.url, '大同 date:十月');
    expect(await page.locator('[data-search-notices]').textContent()).toContain('日期范围“date:十月”无法识别');
    const only = await search(page, server.url, '-大同');
    expect(only.ids).toEqual([]);
    expect(await page.locator('[data-search-notices]').textContent()).toContain('只有要排除的词');
    await search(page, server.url, '大同');
    expect(await page.locator('[data-search-notices]').isHidden()).toBe(true);
  });

  it('leaves out a filter value in the address that no result can have, and says so', async () => {
    const odd = await search(page, server.url, '大同', { year: 'abc', kind: '全部', page: '1' });
    expect(odd.total).toBe((await search(page, server.url, '大同', { page: '1' })).total);
    await search(page, server.url, '大同', { year: 'abc', kind: '全部', page: '1' });
    const notices = await page.locator('[data-search-notices] li').allTextContents();
    expect(notices).toEqual(['网址里的筛选条件“year=abc”无法识别，已略去。', '网址里的筛选条件“kind=全部”无法识别，已略去。']);
    expect(await page.locator('select[name="year"] option[value="abc"]').count()).toBe(0);
    expect(await page.locator('select[name="page"]').inputValue()).toBe('1');
  });
});

describe('search page: accessible, and readable on a phone', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation with results, filters and marks shown (${scheme})`, async () => {
      // axe is injected as an inline script, which the strict CSP would (rightly) refuse
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const axePage = await context.newPage();
      try {
        await search(axePage, server.url, '大同 冰雪');
        expect(await axePage.locator('.search-result mark').count()).toBeGreaterThan(0);
        expect(await seriousAxeViolations(axePage)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('fits a 375 px screen without sideways scrolling, status announced politely', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const phone = await context.newPage();
    try {
      await search(phone, server.url, '高质量发展', { year: '2024' });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      const status = phone.locator('[data-search-status]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      for (const select of await phone.locator('.search-filters select:visible').all()) {
        const box = (await select.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(375);
      }
      await screenshot(phone, 'search-375');
    } finally {
      await context.close();
    }
  });
});

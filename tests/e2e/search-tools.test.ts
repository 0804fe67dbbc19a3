/**
 * The search page as a reader and a researcher use it, on the fixture archive under /archive/
 * in headless Chromium, on a phone (375 px, light) and a desktop (1280 px, dark) (issue 16, items 3, 4 and 7):
 * - the histogram of hits by year, by month within one year, narrowing the search when clicked;
 * - the export of the whole result set (not the page shown) as CSV, RIS and BibTeX, the
 *   references the same as the article pages offer; 更多结果 puts n= in the address, and the
 *   shared link shows as many results;
 * - one search box on 首页 and 检索, the first result in the first screen of a phone, and
 *   filters applied on a deliberate change only (ArrowDown on a select does not search).
 * Screenshots of the page with the histogram go to screenshots/. Every page opened records page
 * errors, console errors and failed requests; each test ends with none, and axe finds nothing
 * serious on the page with the histogram and the export shown.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openScenario, openView, requireBuilt, PHONE_AND_DESKTOP, type Scenario, type View } from './support/scenario.ts';
import { fixtureSite } from '../helpers/sites.ts';
import { screenshot, seriousAxeViolations } from '../helpers/browser.ts';
import { readResults } from './support/search-page.ts';

const site = fixtureSite();
requireBuilt(site.dir, ['index.html', 'search/index.html']);

let scenario: Scenario;
const failed: string[] = [];
beforeAll(async () => {
  scenario = await openScenario(site.dir, { base: site.base });
});
afterAll(async () => {
  await scenario?.close();
});


/** A query of the fixture archive with more results (16) than one page lists, over three years. */
const QUERY = '的';

function open(path: string, view: View): Promise<Page> {
  return openView(scenario, path, view, failed, { acceptDownloads: true });
}

async function done(page: Page): Promise<void> {
  await page.context().close();
  expect(scenario.problems).toEqual([]);
  expect(failed).toEqual([]);
}

const searchPath = (params: Record<string, string>) => `search/?${new URLSearchParams(params)}`;

interface Bar {
  name: string;
  label: string;
  count: string;
  href: string | null;
  current: boolean;
}

/** The histogram as drawn: its title and bars. */
async function readHistogram(page: Page): Promise<{ title: string; bars: Bar[] }> {
  await page.waitForSelector('[data-search-histogram]:not([hidden])');
  return page.evaluate(() => ({
    title: document.querySelector('[data-histogram-title]')!.textContent ?? '',
    bars: [...document.querySelectorAll('.histogram-target')].map((t) => ({
      name: t.querySelector('.visually-hidden')?.textContent ?? '',
      label: t.querySelector('.histogram-label')?.textContent ?? '',
      count: t.querySelector('.histogram-count')?.textContent ?? '',
      href: t.getAttribute('href'),
      current: t.getAttribute('aria-current') === 'true',
    })),
  }));
}

/** The dates of the results listed (articles; a topic shows its span instead). */
const resultDates = (page: Page) => page.locator('.search-result .result-meta time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));

/** Clicks 更多结果 until it goes; the results then listed. */
async function readAll(page: Page) {
  let got = await readResults(page);
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = got.ids.length;
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    got = await readResults(page);
  }
  return got;
}

/** Clicks an export button and reads the file saved. */
async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  const text = fs.readFileSync((await file.path())!, 'utf8');
  await page.waitForFunction(() => /^已导出/.test(document.querySelector('[data-export-status]')?.textContent ?? ''));
  return { name: file.suggestedFilename(), text };
}

/** A CSV's rows (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe.each(PHONE_AND_DESKTOP)('the histogram of hits at $width px, $colorScheme', (view) => {
  it('shows hits by year, by month within one year, and narrows the search when a bar is clicked', async () => {
    const page = await open(searchPath({ q: QUERY }), view);
    const all = await readResults(page);
    expect(all.total).toBe(16);
    const years = await readHistogram(page);
    expect(years.title).toBe('各年命中');
    // Every year from the first with hits to the last, the years between included.
    expect(years.bars.map((b) => b.label)).toEqual(['2022', '2023', '2024', '2025']);
    expect(years.bars.map((b) => b.current)).toEqual([false, false, false, false]);
    expect(years.bars[2]).toMatchObject({ name: '2024年：0 条', href: null });
    expect(years.bars.reduce((n, b) => n + Number(b.count || 0), 0)).toBe(all.total);
    const in2025 = Number(years.bars[3].count);
    expect(in2025).toBeGreaterThan(0);
    expect(page.viewportSize()!.width).toBeGreaterThanOrEqual(await page.evaluate(() => document.documentElement.scrollWidth));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `fixture-${view.width}-${view.colorScheme}-search-histogram`, { fullPage: false });

    // A year: the search keeps to it, and the chart shows its months.
    await page.getByRole('link', { name: `2025年：${in2025} 条，只看这一年` }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === '2025-01..2025-12');
    const year = await readResults(page);
    expect(year.total).toBe(in2025);
    expect((await resultDates(page)).every((d) => d.startsWith('2025-'))).toBe(true);
    const months = await readHistogram(page);
    expect(months.title).toBe('2025年各月命中');
    expect(months.bars.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(months.bars[11]).toMatchObject({ name: `2025年12月：${in2025} 条，只看这个月`, current: false });
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2025-01');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2025-12');
    await expect(page.getByRole('link', { name: '全部年份' }).isVisible()).resolves.toBe(true);
    await screenshot(page, `fixture-${view.width}-${view.colorScheme}-search-histogram-year`, { fullPage: false });

    // A month: marked in the chart, the month fields set.
    await page.getByRole('link', { name: /^2025年12月：/ }).click();
    await page.waitForURL((url) => url.searchParams.get('date') === '2025-12');
    expect((await readResults(page)).total).toBe(in2025);
    expect((await readHistogram(page)).bars.filter((b) => b.current).map((b) => b.label)).toEqual(['12']);
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2025-12');

    // Back to every year, by the link and by the browser's Back.
    await page.getByRole('link', { name: '全部年份' }).click();
    await page.waitForURL((url) => !url.searchParams.has('date'));
    expect((await readResults(page)).total).toBe(all.total);
    expect((await readHistogram(page)).title).toBe('各年命中');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('date') === '2025-12');
    expect((await readResults(page)).total).toBe(in2025);
    await done(page);
  });

  it('narrows to a range typed as a date in the query or the address, and a year filter shows that year by month', async () => {
    const page = await open(searchPath({ q: QUERY, date: '2022-01..2023-12' }), view);
    const ranged = await readResults(page);
    expect((await resultDates(page)).every((d) => d < '2024')).toBe(true);
    const chart = await readHistogram(page);
    // The chart still shows every year, the range's marked.
    expect(chart.bars.filter((b) => b.current).map((b) => b.label)).toEqual(['2022', '2023']);
    expect(ranged.total).toBe(chart.bars.filter((b) => b.current).reduce((n, b) => n + Number(b.count || 0), 0));
    await page.goto(new URL(searchPath({ q: QUERY, year: '2023' }), scenario.url).href);
    await readResults(page);
    expect((await readHistogram(page)).title).toBe('2023年各月命中');
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('taking results away at $width px, $colorScheme', (view) => {
  it('exports every result, not the page shown, as CSV, RIS and BibTeX', async () => {
    const page = await open(searchPath({ q: QUERY, sort: 'oldest' }), view);
    const first = await readResults(page);
    expect(first.ids).toHaveLength(10);
    const csv = await download(page, 'csv');
    expect(csv.name).toBe(`大同日报检索_${QUERY}.csv`);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.text.slice(1));
    expect(rows[0]).toEqual(['rank', 'id', 'permalink', 'date', 'page', 'pageName', 'kind', 'column', 'kicker', 'headline', 'subheadline', 'authors', 'pages', 'reference']);
    expect(await page.locator('[data-export-status]').textContent()).toBe(`已导出 16 条结果（${csv.name}）。`);

    // The same results, in the same order, as paging through them all.
    const listed = await readAll(page);
    expect(listed.ids).toHaveLength(16);
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(rows.slice(1).map((r) => (r[6] === 'topic' ? `topic:${r[1]}` : r[1]))).toEqual(listed.ids);
    expect(rows.slice(1).map((r) => r[0])).toEqual(listed.ids.map((_, i) => String(i + 1)));
    const article = listed.ids.find((id) => !id.startsWith('topic:'))!;
    expect(byId.get(article)![2]).toBe(`https://archive.example.org/archive/articles/${article}/`);

    // References: one an article, each the article page's own file.
    const articles = listed.ids.filter((id) => !id.startsWith('topic:'));
    const ris = await download(page, 'ris');
    expect(ris.name).toBe(`大同日报检索_${QUERY}.ris`);
    expect(ris.text.match(/^TY {2}- NEWS\r$/gm)).toHaveLength(articles.length);
    expect(ris.text.match(/^AN {2}- (.+)\r$/gm)!.map((l) => l.slice(6, -1))).toEqual(articles);
    const bib = await download(page, 'bib');
    expect(bib.text.match(/^@article\{datongribao-(.+),$/gm)!.map((l) => l.slice('@article{datongribao-'.length, -1))).toEqual(articles);
    for (const id of articles.slice(0, 3)) {
      const own = async (file: string) => (await page.request.get(new URL(`articles/${id}/${file}`, scenario.url).href)).text();
      expect(ris.text).toContain(await own('cite.ris'));
      expect(bib.text).toContain(await own('cite.bib'));
    }
    expect(byId.get(articles[0])![13]).toMatch(/\[N\]\. 大同日报, \d{4}-\d{2}-\d{2}\(\d+(, \d+)*\)\.$/);
    await done(page);
  });

  it('puts the results listed in the address after 更多结果, so a shared link shows them', async () => {
    const page = await open(searchPath({ q: QUERY }), view);
    await readResults(page);
    const before = page.url();
    await page.click('[data-search-more]');
    await page.waitForURL((url) => url.searchParams.get('n') === '16');
    const shown = await readResults(page);
    expect(shown.ids).toHaveLength(16);
    expect(new URL(page.url()).searchParams.get('q')).toBe(QUERY);
    const shared = await open(page.url().slice(scenario.url.length), view);
    const again = await readResults(shared);
    expect(again.ids).toEqual(shown.ids);
    expect(await shared.locator('[data-search-more]').isVisible()).toBe(false);
    // Back is the search before it, not each 更多结果.
    await shared.context().close();
    await page.goBack();
    expect(page.url()).not.toBe(before);
    await done(page);
  });
});

describe.each(PHONE_AND_DESKTOP)('searching on a phone and a desktop at $width px, $colorScheme', (view) => {
  it('has one search box on 首页 and on 检索, another page keeps the header’s', async () => {
    for (const path of ['', 'search/']) {
      const page = await open(path, view);
      expect(await page.locator('input[type="search"]').count(), path || '首页').toBe(1);
      expect(await page.locator('form[role="search"]').count()).toBe(1);
      await page.context().close();
    }
    const other = await open('issues/', view);
    expect(await other.locator('#site-search-q').count()).toBe(1);
    await done(other);
  });

  it('shows the first result in the first screen', async () => {
    const page = await open(searchPath({ q: QUERY }), view);
    await readResults(page);
    await page.waitForSelector('[data-search-histogram]:not([hidden])');
    const title = await page.locator('.search-result .result-title').first().boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(812);
    // Folded, the filters say how many are set; a wide screen opens them when the address sets some.
    const filtered = await open(searchPath({ q: QUERY, year: '2025', sort: 'oldest' }), view);
    await readResults(filtered);
    expect(await filtered.locator('[data-search-filters-box] summary').textContent()).toBe('筛选与排序（已选 2 项）');
    expect(await filtered.locator('[data-search-filters-box]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(view.width > 375);
    await filtered.context().close();
    await done(page);
  });

  it('applies a filter on a deliberate change only: ArrowDown on 年份 does not search, Enter does', async () => {
    const page = await open(searchPath({ q: QUERY }), view);
    const first = await readResults(page);
    const address = page.url();
    const box = page.locator('[data-search-filters-box]');
    if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('[data-search-filters-box] summary');
    const year = page.locator('select[name="year"]');
    await year.focus();
    // Count the worker's searches from here on.
    await page.evaluate(() => {
      (window as unknown as { searches: number }).searches = 0;
      new MutationObserver(() => {
        if (document.querySelector('[data-search-page]')!.hasAttribute('aria-busy')) (window as unknown as { searches: number }).searches++;
      }).observe(document.querySelector('[data-search-page]')!, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await year.inputValue();
    expect(chosen).toMatch(/^\d{4}$/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { searches: number }).searches)).toBe(0);
    expect(page.url()).toBe(address);
    expect((await readResults(page)).ids).toEqual(first.ids);
    expect(await page.locator('[data-search-apply]').textContent()).toBe('应用筛选（已更改）');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('year') === chosen);
    const filtered = await readResults(page);
    expect((await resultDates(page)).every((d) => d.startsWith(chosen))).toBe(true);
    expect(filtered.total).toBeLessThan(first.total);
    expect(await page.locator('[data-search-apply]').textContent()).toBe('应用筛选');
    // Picked from the list (as a pointer or the list opened does): applied at once.
    await page.locator('select[name="sort"]').selectOption('newest');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
    await readResults(page);
    await done(page);
  });
});

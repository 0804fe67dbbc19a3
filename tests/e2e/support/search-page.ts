/** Drives the search page in the browser (launched with tests/helpers/browser.ts). */
import type { Page } from 'playwright-core';

export interface SearchOutcome {
  status: string;
  total: number;
  /** Article ids of the listed results, in order; a topic (专题) as topic:<name>. */
  ids: string[];
  hrefs: string[];
}

/** Waits until the search page has answered (status set, nothing in flight) and reads the list. */
export async function readResults(page: Page): Promise<SearchOutcome> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('[data-search-page]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return root && !root.hasAttribute('aria-busy') && status !== '' && status !== '正在检索…';
    },
    null,
    { timeout: 20_000 },
  );
  return page.evaluate(() => {
    const status = document.querySelector('[data-search-status]')!.textContent ?? '';
    const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('.search-result .result-title a')].map((a) => a.getAttribute('href')!);
    const ids = hrefs.map((h) => /\/articles\/([^/]+)\//.exec(h)?.[1] ?? (/\/topics\/([^/]+)\//.exec(h) ? `topic:${/\/topics\/([^/]+)\//.exec(h)![1]}` : h));
    const total = Number(/共 (\d+) 条结果/.exec(status)?.[1] ?? 0);
    return { status, total, ids, hrefs };
  });
}

export async function search(page: Page, root: string, query: string, params: Record<string, string> = {}): Promise<SearchOutcome> {
  const search = new URLSearchParams({ q: query, ...params });
  await page.goto(`${root}search/?${search}`);
  return readResults(page);
}

/** Types a query into the open search page's box and submits it, as a reader does. */
export async function searchInPage(page: Page, query: string): Promise<SearchOutcome> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter'); // the page marks itself busy before this returns
  return readResults(page);
}

/** The year filter's values with their counts as the open search page lists them (2025 → 9; null when listed without a count). */
export async function readYearCounts(page: Page): Promise<Record<string, number | null>> {
  const options = await page.locator('select[name="year"] option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as const));
  return Object.fromEntries(options.filter(([value]) => value !== '').map(([value, text]) => [value, /（(\d+)）$/.test(text) ? Number(/（(\d+)）$/.exec(text)![1]) : null]));
}

/** The histogram of hits as the open search page draws it, once drawn: bar label (2025, or 12 for a month) → count as shown ('6', '≤6', '' when empty). */
export async function readChartCounts(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('[data-search-histogram]:not([hidden])');
  const bars = await page.locator('.histogram-target').evaluateAll((ts) => ts.map((t) => [t.querySelector('.histogram-label')!.textContent!, t.querySelector('.histogram-count')?.textContent ?? ''] as const));
  return Object.fromEntries(bars);
}

/**
 * How the search page counts `query`'s results by year, every way it can: the year filter's
 * counts and the chart of the whole search, then for each year the results with that year
 * filtered (their total, the ids listed, the chart's months added up) and with that year's dates
 * (date=2025-01..2025-12), each with `params` too (sort=oldest). Each must tell the same.
 * `checkYears`: only these years are searched again (all when absent).
 */
export async function countsByYear(page: Page, root: string, query: string, params: Record<string, string> = {}, checkYears?: string[]) {
  const all = await search(page, root, query, params);
  const filter = await readYearCounts(page);
  const chart = await readChartCounts(page);
  const years: Record<string, { filtered: number; filteredIds: string[]; monthsCharted: number; dated: number; datedIds: string[] }> = {};
  for (const year of Object.keys(filter).filter((y) => !checkYears || checkYears.includes(y))) {
    const filtered = await search(page, root, query, { ...params, year });
    const months = Object.values(await readChartCounts(page)).reduce((n, c) => n + Number(c || 0), 0);
    const dated = await search(page, root, query, { ...params, date: `${year}-01..${year}-12` });
    years[year] = { filtered: filtered.total, filteredIds: filtered.ids.sort(), monthsCharted: months, dated: dated.total, datedIds: dated.ids.sort() };
  }
  return { all, filter, chart, years };
}

/**
 * Search in headless Chromium on the built site, served gzipped as a static host would
 * (src/dev/static-server.ts), through the site's own search page:
 *
 * - cold: /search/?q=… opened in a fresh browser profile (nothing cached); bytes the server
 *   sent for the search (the page's search script, worker, Pagefind and the index, not the
 *   HTML around it), and the time to the first result on screen, from navigation start and
 *   from the moment the page started the search (the page's performance marks);
 * - warm: in that same page, further queries typed into the form: time from submit to the
 *   results on screen, measured inside the page.
 */
import { chromium } from 'playwright-core';
import { serveDist } from '../dev/static-server.ts';
import { isSearchRequest, measureColdQuery } from '../search/measure.ts';

export interface SearchResult {
  query: string;
  /** Navigation start to the first result on screen (median of the runs). */
  cold_ms: number;
  /** The page's search start to the first result on screen (median of the runs). */
  cold_search_ms: number;
  /** Bytes the server sent for the search, compressed. */
  cold_bytes: number;
  cold_requests: number;
  /** The page's HTML and CSS around the search, compressed. */
  page_bytes: number;
  warm_query: string;
  /** Submit to results on screen, the slowest of the warm queries. */
  warm_ms: number;
}

export interface SearchOptions {
  dist: string;
  base?: string;
  query?: string;
  warmQueries?: string[];
  runs?: number;
}

const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureSearch(options: SearchOptions): Promise<SearchResult> {
  const query = options.query ?? '高质量发展';
  const warmQueries = options.warmQueries ?? ['劳模', '冰雪 大同', '文化'];
  const server = await serveDist(options.dist, { base: options.base ?? '/' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  try {
    const runs = [];
    for (let i = 0; i < (options.runs ?? 3); i++) runs.push(await measureColdQuery(browser, server, query));
    const first = runs[0];
    if (first.firstResultMs === null) throw new Error(`检索“${query}”没有结果：${first.status}`);
    const starts = await coldSearchTimes(browser, server.root, query, options.runs ?? 3);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.root}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => performance.getEntriesByName('search:first-result').length > 0, null, { timeout: 60_000 });
    let warm = 0;
    let warmQuery = '';
    for (const q of warmQueries) {
      const ms = await page.evaluate(submitAndTime, q);
      if (ms > warm) [warm, warmQuery] = [ms, q];
    }
    await context.close();

    const searchServed = first.served.filter((s) => isSearchRequest(s.path));
    return {
      query,
      cold_ms: Math.round(median(runs.map((r) => r.firstResultMs!))),
      cold_search_ms: Math.round(median(starts)),
      cold_bytes: first.searchBytes,
      cold_requests: searchServed.length,
      page_bytes: first.pageBytes,
      warm_query: warmQuery,
      warm_ms: Math.round(warm * 10) / 10,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** search:start → search:first-result of fresh page loads. */
async function coldSearchTimes(browser: import('playwright-core').Browser, root: string, query: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${root}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => performance.getEntriesByName('search:first-result').length > 0, null, { timeout: 60_000 });
    times.push(
      await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
        return at('search:first-result') - at('search:start');
      }),
    );
    await context.close();
  }
  return times;
}

/**
 * Runs in the page: types a query into the search form, submits it and resolves with the
 * milliseconds until the results for it are on screen (the status line names the query and
 * the page is no longer busy), watched with a MutationObserver rather than by polling.
 */
function submitAndTime(query: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector('[data-search-status]')!;
  const root = document.querySelector('[data-search-page]')!;
  const before = status.textContent;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`warm query “${query}” did not finish`)), 30_000);
    let started = 0;
    const done = () => {
      const text = status.textContent ?? '';
      if (started && !root.hasAttribute('aria-busy') && text !== before && text !== '' && text !== '正在检索…') {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    };
    const observer = new MutationObserver(done);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    input.value = query;
    started = performance.now();
    input.form!.requestSubmit();
  });
}

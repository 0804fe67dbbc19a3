/**
 * Search in headless Chromium on the built site, served gzipped as a static host would
 * (src/deploy/static-host.ts), through the site's own search page:
 *
 * - cold: in a fresh browser profile (nothing cached), the search page opened as a reader
 *   opens it; it loads Pagefind and the newest month's index list and filters while the reader
 *   types; then the query is submitted: time from submit to the first result on screen, and
 *   the bytes the server sent for the search from the page's opening on (the page's search
 *   script, worker, Pagefind and the index, not the HTML around it);
 * - cold link: /search/?q=… opened in a fresh profile, as from a link or bookmark: everything
 *   starts at once; time to the first result from navigation start and from the moment the
 *   page started the search (the page's performance marks), and its bytes;
 * - warm: in an open search page, further queries typed into the form: time from submit to the
 *   results on screen, measured inside the page; the first time each is asked (its index chunks
 *   fetched then) and again once loaded.
 */
import { launchBrowser } from './browser.ts';
import { median } from './report.ts';
import { startStaticHost } from '../deploy/static-host.ts';
import { isSearchRequest, measureColdQuery } from './cold-query.ts';
import type { Browser } from 'playwright-core';
import type { RunningHost } from '../deploy/static-host.ts';

export interface SearchResult {
  query: string;
  /** Submit to the first result on screen, on a search page opened in a fresh profile (median of the runs). */
  cold_first_ms: number;
  cold_first_max_ms: number;
  /** Bytes for the search from the page's opening until the first result was on screen (resource timings; first run). */
  cold_first_bytes: number;
  /** Submit to the whole first page on screen (the page no longer busy). */
  cold_ms: number;
  cold_max_ms: number;
  /** Bytes the server sent for the search from the page's opening on, compressed. */
  cold_bytes: number;
  cold_requests: number;
  /** /search/?q=… opened cold: navigation start to the first result on screen (median). */
  cold_link_ms: number;
  /** The same, from the page's search start. */
  cold_link_search_ms: number;
  cold_link_bytes: number;
  /** The page's HTML and CSS around the search, compressed. */
  page_bytes: number;
  warm_queries: string[];
  /** Submit to results on screen with the query's index already loaded (median of the warm queries). */
  warm_ms: number;
  warm_max_ms: number;
  warm_max_query: string;
  /** The same, the first time each query is asked on the open page (its index chunks fetched then). */
  warm_first_ms: number;
  /** Month bundles the cold link opened (relevance, the default), and the same link newest first: bytes, time to the answer, months. */
  link_months_opened: number;
  newest_link_bytes: number;
  newest_link_ms: number;
  newest_link_months_opened: number;
}

export interface SearchOptions {
  dist: string;
  base?: string;
  query?: string;
  warmQueries?: string[];
  runs?: number;
}


export async function measureSearch(options: SearchOptions): Promise<SearchResult> {
  const query = options.query ?? '高质量发展';
  const warmQueries = options.warmQueries ?? ['劳模', '冰雪 大同', '文化', '市委', '冰雪'];
  const server = await startStaticHost({ dir: options.dist, base: options.base ?? '/' });
  const browser = await launchBrowser();
  try {
    const count = options.runs ?? 5;
    const typed: ColdTyped[] = [];
    for (let i = 0; i < count; i++) typed.push(await coldTyped(browser, server, query));
    const runs = [];
    for (let i = 0; i < count; i++) runs.push(await measureColdQuery(browser, server, query));
    const first = runs[0];
    if (first.firstResultMs === null) throw new Error(`检索“${query}”没有结果：${first.status}`);
    const starts = await coldSearchTimes(browser, server.url, query, count);
    const byRelevance = await coldAsk(browser, server, query);
    const newest = await coldAsk(browser, server, query, { sort: 'newest' });

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => performance.getEntriesByName('search:first-result').length > 0, null, { timeout: 60_000 });
    // First time each query is asked on the open page: its index chunks and result fragments
    // still come over the network. Then each again (never the query just asked, which the
    // engine would answer from its last result): everything is loaded, the search itself.
    const firstTimes: number[] = [];
    for (const q of warmQueries) firstTimes.push(await page.evaluate(submitAndTime, q));
    const warmTimes: number[] = [];
    for (const q of [...warmQueries.slice(1), warmQueries[0]]) warmTimes.push(await page.evaluate(submitAndTime, q));
    await context.close();
    const slowest = warmTimes.indexOf(Math.max(...warmTimes));

    const searchServed = first.served.filter((s) => isSearchRequest(s.path));
    return {
      query,
      cold_first_ms: Math.round(median(typed.map((t) => t.firstMs))),
      cold_first_max_ms: Math.round(Math.max(...typed.map((t) => t.firstMs))),
      cold_first_bytes: typed[0].firstBytes,
      cold_ms: Math.round(median(typed.map((t) => t.ms))),
      cold_max_ms: Math.round(Math.max(...typed.map((t) => t.ms))),
      cold_bytes: typed[0].bytes,
      cold_requests: typed[0].requests,
      cold_link_ms: Math.round(median(runs.map((r) => r.firstResultMs!))),
      cold_link_search_ms: Math.round(median(starts)),
      cold_link_bytes: first.searchBytes,
      page_bytes: first.pageBytes,
      warm_queries: warmQueries,
      warm_ms: Math.round(median(warmTimes) * 10) / 10,
      warm_max_ms: Math.round(warmTimes[slowest] * 10) / 10,
      warm_max_query: [...warmQueries.slice(1), warmQueries[0]][slowest],
      warm_first_ms: Math.round(median(firstTimes) * 10) / 10,
      link_months_opened: byRelevance.months.length,
      newest_link_bytes: newest.bytes,
      newest_link_ms: newest.ms,
      newest_link_months_opened: newest.months.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface ColdTyped {
  /** Submit to the whole first page on screen. */
  ms: number;
  /** Submit to the first result on screen (the page's mark search:first-result). */
  firstMs: number;
  bytes: number;
  /** Bytes for the search received by the time the first result was on screen. */
  firstBytes: number;
  requests: number;
}

/** A response the page or a worker received: its address, when it ended (ms since the epoch) and its compressed body bytes. */
interface Received {
  url: string;
  end: number;
  bytes: number;
}

/** Runs in the page or a worker: its resource timings on the epoch clock. */
function received(): Received[] {
  return performance.getEntriesByType('resource').map((e) => {
    const r = e as PerformanceResourceTiming;
    return { url: r.name, end: performance.timeOrigin + r.responseEnd, bytes: r.encodedBodySize };
  });
}

/**
 * A reader's first search in a fresh profile: the search page opened, the index list ready
 * (the page marks it), the query typed and submitted; submit to the first result on screen.
 */
async function coldTyped(browser: Browser, server: RunningHost, query: string): Promise<ColdTyped> {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.served.length = 0;
  try {
    await page.goto(`${server.url}search/`);
    await page.waitForSelector('[data-search-ready]', { state: 'attached', timeout: 60_000 });
    // Typed as an input method commits it (one input event), then submitted at once: the page
    // gets no time a reader would take to press Enter.
    await page.fill('#search-q', query);
    const ms = await page.evaluate(submitAndTime, query);
    if (!(await page.locator('.search-result').count())) throw new Error(`检索“${query}”没有结果`);
    await page.waitForLoadState('networkidle');
    const served = server.served.filter((s) => isSearchRequest(s.path));
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.timeOrigin + performance.getEntriesByName(name)[0].startTime;
      return { submit: at('bench:submit'), first: at('search:first-result') };
    });
    const responses = [...(await page.evaluate(received)), ...(await Promise.all(page.workers().map((w) => w.evaluate(received)))).flat()];
    const firstBytes = responses.filter((r) => r.end <= marks.first && isSearchRequest(new URL(r.url).pathname)).reduce((n, r) => n + r.bytes, 0);
    return { ms, firstMs: marks.first - marks.submit, bytes: served.reduce((n, s) => n + s.bytes, 0), firstBytes, requests: served.length };
  } finally {
    await context.close();
  }
}

/** search:start → search:first-result of fresh page loads. */
async function coldSearchTimes(browser: Browser, root: string, query: string, runs: number): Promise<number[]> {
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
    performance.clearMarks('bench:submit');
    performance.mark('bench:submit');
    started = performance.now();
    input.form!.requestSubmit();
  });
}

export interface ColdAsk {
  /** Address parameters besides q: { sort: 'relevance' }, { year: '2023' } … */
  params: Record<string, string>;
  bytes: number;
  requests: number;
  /** Month bundles whose index or fragments were fetched. */
  months: string[];
  /** Bytes of the files of month bundles (their index lists, chunks, filters, fragments); the rest is the page's search code, Pagefind, the base bundle and the term directory. */
  monthBytes: number;
  /** Navigation start to the first answer on screen. */
  ms: number;
  /** Navigation start to the first result on screen (the page's mark search:first-result; null when none was found). */
  firstMs: number | null;
  /** Bytes for the search received by the time the first result was on screen (resource timings of the page and its worker). */
  firstBytes: number | null;
  status: string;
}

/** One cold query with address parameters, in a fresh profile: what it fetched and how long it took. */
export async function coldAsk(browser: Browser, server: RunningHost, query: string, params: Record<string, string> = {}): Promise<ColdAsk> {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.served.length = 0;
  try {
    await page.goto(`${server.url}search/?${new URLSearchParams({ q: query, ...params })}`);
    await page.waitForFunction(() => performance.getEntriesByName('search:first-answer').length > 0, null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const { ms, first, status } = await page.evaluate(() => ({
      ms: performance.getEntriesByName('search:first-answer')[0].startTime,
      first: performance.getEntriesByName('search:first-result')[0]?.startTime ?? null,
      status: document.querySelector('[data-search-status]')?.textContent ?? '',
    }));
    let firstBytes: number | null = null;
    if (first !== null) {
      const origin = await page.evaluate(() => performance.timeOrigin);
      const responses = [...(await page.evaluate(received)), ...(await Promise.all(page.workers().map((w) => w.evaluate(received)))).flat()];
      firstBytes = responses.filter((r) => r.end <= origin + first && isSearchRequest(new URL(r.url).pathname)).reduce((n, r) => n + r.bytes, 0);
    }
    const served = server.served.filter((s) => isSearchRequest(s.path));
    const months = [...new Set(served.map((s) => /\/pagefind\/(\d{4}-\d{2})\/(?:index|fragment)\//.exec(s.path)?.[1]).filter((m): m is string => !!m))];
    const monthBytes = served.filter((s) => /\/pagefind\/\d{4}-\d{2}\//.test(s.path)).reduce((n, s) => n + s.bytes, 0);
    return { params, bytes: served.reduce((n, s) => n + s.bytes, 0), requests: served.length, months, monthBytes, ms: Math.round(ms), firstMs: first === null ? null : Math.round(first), firstBytes, status };
  } finally {
    await context.close();
  }
}

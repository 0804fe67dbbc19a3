/**
 * What one cold query costs a reader: the bytes the server sends (compressed, as a static host
 * gzips text) from opening /search/?q=… in a fresh browser profile (nothing cached) until the
 * results are listed, split into the page itself and the search (its script, the worker,
 * Pagefind, the index), and the time to the first result as the page marks it.
 */
import type { Browser } from 'playwright-core';
import type { RunningHost, Served } from '../deploy/static-host.ts';

export interface ColdQuery {
  query: string;
  status: string;
  /** ms from navigation start to the first results on screen; null when nothing was found. */
  firstResultMs: number | null;
  /** ms from navigation start to the first answer (results or "nothing found"). */
  firstAnswerMs: number | null;
  served: Served[];
  pageBytes: number;
  searchBytes: number;
}

/** Requests made for the search rather than for the page around it. */
export const isSearchRequest = (pathname: string) =>
  pathname.includes('/pagefind/') || /\/_astro\/(worker|SearchView)/.test(pathname);

export async function measureColdQuery(browser: Browser, server: RunningHost, query: string): Promise<ColdQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.served.length = 0;
  try {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return !document.querySelector('[aria-busy]') && status !== '' && status !== '正在检索…';
      },
      null,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        firstResultMs: at('search:first-result'),
        firstAnswerMs: at('search:first-answer'),
      };
    });
    const served = [...server.served];
    const sum = (list: Served[]) => list.reduce((n, s) => n + s.bytes, 0);
    return {
      query,
      ...marks,
      served,
      pageBytes: sum(served.filter((s) => !isSearchRequest(s.path))),
      searchBytes: sum(served.filter((s) => isSearchRequest(s.path))),
    };
  } finally {
    await context.close();
  }
}

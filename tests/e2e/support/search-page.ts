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

/**
 * What one cold query costs a reader: the bytes the server sends (compressed, as a static host
 * gzips text) from opening /search/?q=… in a fresh browser profile (nothing cached) until the
 * results are listed, split into the page itself and the search (its script, the worker,
 * Pagefind, the index), and the time to the first result as the page marks it.
 * `npm run measure-search` measures a list of queries (measureColdQueries) and prints the table.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticHost, type RunningHost, type Served } from '../deploy/static-host.ts';
import { launchBrowser } from './browser.ts';
import { median } from './report.ts';

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
  pathname.includes('/pagefind/') || /\/_astro\/(worker|engine|SearchView)/.test(pathname);

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

/** The queries measured when none are given: common, long, a name, two words, traditional, none found. */
export const DEFAULT_QUERIES = ['劳模', '高质量发展', '戎禹仁', '大同 冰雪', '臺灣', '冰雪大同'];

export interface ColdQueries {
  /** The site served, and the address it was served at. */
  dist: string;
  url: string;
  runs: number;
  /** Each query's runs, in the order asked. */
  samples: ColdQuery[][];
}

/**
 * Serves the built site `dist` under `base` (gzip, strict CSP) and measures each query `runs`
 * times, each in a fresh headless Chromium profile. Throws when dist has no search index.
 */
export async function measureColdQueries(options: { dist: string; base: string; queries: string[]; runs: number }): Promise<ColdQueries> {
  const dist = path.resolve(options.dist);
  if (!existsSync(path.join(dist, 'pagefind', 'shards.json'))) throw new Error(`${dist}/pagefind/shards.json 不存在：先运行 npm run build`);
  const server = await startStaticHost({ dir: dist, base: options.base });
  const browser = await launchBrowser();
  try {
    const samples: ColdQuery[][] = [];
    for (const query of options.queries) {
      const runs: ColdQuery[] = [];
      for (let i = 0; i < options.runs; i++) runs.push(await measureColdQuery(browser, server, query));
      samples.push(runs);
    }
    return { dist, url: server.url, runs: options.runs, samples };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kib = (b: number) => (b / 1024).toFixed(1);

/** The table of measureColdQueries: one row per query (bytes of its first run, median time), then the requests of the heaviest. */
export function formatColdQueries(measured: ColdQueries): string {
  const lines = [
    `site: ${measured.url} (${measured.dist}), ${measured.runs} cold run(s) per query, gzip on, strict CSP`,
    '',
    'query        | results              | requests | page KiB | search KiB | total KiB | first result ms (median, min–max)',
    '-------------|----------------------|----------|----------|------------|-----------|----------------------------------',
  ];
  let worst: ColdQuery | null = null;
  for (const samples of measured.samples) {
    const times = samples.map((s) => s.firstResultMs ?? s.firstAnswerMs ?? NaN);
    const s = samples[0];
    if (!worst || s.searchBytes > worst.searchBytes) worst = s;
    lines.push(
      [
        s.query.padEnd(12),
        s.status.slice(0, 20).padEnd(20),
        String(s.served.length).padStart(8),
        kib(s.pageBytes).padStart(8),
        kib(s.searchBytes).padStart(10),
        kib(s.pageBytes + s.searchBytes).padStart(9),
        `${median(times).toFixed(0)} (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})${s.firstResultMs === null ? ' to the answer' : ''}`,
      ].join(' | '),
    );
  }
  if (worst) {
    lines.push('', `requests of the cold query "${worst.query}":`);
    for (const t of worst.served) lines.push(`  ${kib(t.bytes).padStart(7)} KiB  ${isSearchRequest(t.path) ? 'search' : 'page  '}  ${t.status === 200 ? '' : `${t.status} `}${t.path}`);
  }
  return lines.join('\n');
}

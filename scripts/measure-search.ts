/**
 * npm run measure-search [-- --dist DIR --base /sub/ --runs N "query" …]
 *
 * Serves the built site (default dist/, gzip on, strict CSP) on 127.0.0.1, opens
 * /search/?q=… for each query in a fresh headless Chromium profile (nothing cached), and
 * prints the bytes the server sent (compressed bodies) and the time to the first result
 * (performance mark set by the page). Each query is measured --runs times (default 5);
 * the median time is printed with the range.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/bench/browser.ts';
import { startStaticHost } from '../src/deploy/static-host.ts';
import { isSearchRequest, measureColdQuery, type ColdQuery } from '../src/bench/cold-query.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    runs: { type: 'string', default: '5' },
  },
});
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${dist}/pagefind/pagefind.js 不存在：先运行 npm run build`);
  process.exit(1);
}
const queries = positionals.length ? positionals : ['劳模', '高质量发展', '戎禹仁', '大同 冰雪', '臺灣', '冰雪大同'];
const runs = Math.max(1, Number(values.runs));

const server = await startStaticHost({ dir: dist, base: values.base });
const browser = await launchBrowser();
const kib = (b: number) => (b / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`site: ${server.url} (${dist}), ${runs} cold run(s) per query, gzip on, strict CSP\n`);
  console.log('query        | results              | requests | page KiB | search KiB | total KiB | first result ms (median, min–max)');
  console.log('-------------|----------------------|----------|----------|------------|-----------|----------------------------------');
  let worst: ColdQuery | null = null;
  for (const query of queries) {
    const samples: ColdQuery[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureColdQuery(browser, server, query));
    const times = samples.map((s) => s.firstResultMs ?? s.firstAnswerMs ?? NaN);
    const s = samples[0];
    if (!worst || s.searchBytes > worst.searchBytes) worst = s;
    console.log(
      [
        query.padEnd(12),
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
    console.log(`\nrequests of the cold query "${worst.query}":`);
    for (const t of worst.served) console.log(`  ${kib(t.bytes).padStart(7)} KiB  ${isSearchRequest(t.path) ? 'search' : 'page  '}  ${t.status === 200 ? '' : `${t.status} `}${t.path}`);
  }
} finally {
  await browser.close();
  await server.close();
}

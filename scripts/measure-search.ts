/**
 * npm run measure-search [-- --dist DIR --base /sub/ --runs N "query" …]
 *
 * Serves the built site (default dist/, gzip on, strict CSP) on 127.0.0.1, opens
 * /search/?q=… for each query in a fresh headless Chromium profile (nothing cached), and
 * prints the bytes the server sent (compressed bodies) and the time to the first result
 * (performance mark set by the page). Each query is measured --runs times (default 5);
 * the median time is printed with the range. (src/bench/cold-query.ts)
 */
import { commandLine, fail, failOnConfig, wholeNumber } from '../src/cli.ts';
import { basePath } from '../src/config.ts';
import { DEFAULT_QUERIES, formatColdQueries, measureColdQueries } from '../src/bench/cold-query.ts';

const USAGE = '用法：npm run measure-search [-- --dist 目录 --base /子路径/ --runs 次数 检索词 …]（usage: [-- --dist DIR --base /sub/ --runs N "query" …]）';

try {
  const { values, positionals } = commandLine(
    { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: basePath() }, runs: { type: 'string', default: '5' } },
    USAGE,
    { positionals: true },
  );
  const measured = await measureColdQueries({
    dist: values.dist,
    base: values.base,
    queries: positionals.length ? positionals : DEFAULT_QUERIES,
    runs: wholeNumber(values.runs, '--runs', USAGE),
  });
  console.log(formatColdQueries(measured));
} catch (error) {
  failOnConfig(error);
  fail(`检索测量未完成：${(error as Error).message}`, 1);
}

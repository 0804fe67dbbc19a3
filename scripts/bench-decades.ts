/**
 * npm run bench-decades -- [--years N] [--last-year YYYY] [--issues N] [--dir DIR] [--keep] [--json]
 * The archive over many years built by parts, as the newsroom's CI runners build it
 * (npm run build-archive): N years of issues synthesised into one content tree and ingested
 * once, each part (every year, and the pages spanning years) built with --part, one after
 * another here, then merged (--merge) and its links checked; then the daily job (one more issue:
 * ingest, every part again, those unchanged kept, the merge), and search measured on the merged
 * site (src/bench/decades.ts). Prints each step's cost, the merge, the daily job, search over the
 * merged months, and what that makes of twenty years (docs/scaling.md). Exits 1 when the merged
 * site has link problems (listed with the figures).
 */
import path from 'node:path';
import { commandLine, fail, wholeNumber } from '../src/cli.ts';
import { formatDecades, LAST_YEAR, simulateDecades } from '../src/bench/decades.ts';

const USAGE = '用法：npm run bench-decades -- [--years 年数] [--last-year 最后一年] [--issues 每年期数] [--dir 临时目录] [--keep] [--json]';

const { values } = commandLine(
  {
    years: { type: 'string', default: '2' },
    'last-year': { type: 'string', default: String(LAST_YEAR) },
    issues: { type: 'string', default: '365' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  USAGE,
);
const years = wholeNumber(values.years, '--years', USAGE);
const issues = wholeNumber(values.issues, '--issues', USAGE);
const lastYear = wholeNumber(values['last-year'], '--last-year', USAGE, 1900);

try {
  const run = await simulateDecades({ years, lastYear, issues, dir: values.dir, keep: values.keep, project: path.resolve('.'), progress: (line) => console.log(line) });
  console.log('');
  console.log(formatDecades(run));
  if (values.json) console.log(JSON.stringify(run.report));
  const problems = run.report.merge.link_check.problems + run.report.daily.merge.link_check.problems;
  if (problems) process.exitCode = 1;
} catch (error) {
  fail(`模拟未完成：${(error as Error).message}`, 1);
}

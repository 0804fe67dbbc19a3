/**
 * npm run bench-decades -- [--years N] [--last-year YYYY] [--issues N] [--dir DIR] [--keep] [--json]
 * A simulation of the archive over many years, from the parts this machine can run: each year
 * built as its own shard, as separate CI runners would (synthesise, ingest, build, index, and
 * the daily job; one after another here), then the shards merged at deploy time and search
 * measured on the merged site (src/bench/decades.ts). Prints per-year costs, the merge, search
 * over the merged months, and what that makes of twenty years (docs/scaling.md).
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
} catch (error) {
  fail(`模拟未完成：${(error as Error).message}`, 1);
}

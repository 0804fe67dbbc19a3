/**
 * npm run bench -- --issues N [--json] [--seed S] [--start YYYY-MM-DD] [--shards month|archive] [--dir DIR] [--keep] [--images] [--peer] [--index-apart]
 * Synthesises N issues in a scratch folder and measures ingest, build (with its search index;
 * apart, the index after the pages, with --index-apart), the daily
 * job (one more issue) and search in headless Chromium (src/bench/run.ts), with a page image
 * (版面图) beside every page when --images is given, and with --peer the naive peer on the same
 * articles (src/bench/peer.ts) with the ratio of ours to it; prints a table, and
 * with --json a last line of JSON. The scratch folder is removed afterwards unless --keep or
 * --dir is given.
 */
import path from 'node:path';
import { calendarDate, commandLine, fail, usageError, wholeNumber } from '../src/cli.ts';
import { SHARD_SCHEMES, type ShardScheme } from '../src/config.ts';
import { formatTable, toJson } from '../src/bench/report.ts';
import { benchAndSearch } from '../src/bench/run.ts';
import { DEFAULT_SEED, DEFAULT_START } from '../src/synth/synthesise.ts';

const USAGE = '用法：npm run bench -- --issues 期数 [--json] [--seed 种子] [--start 首期日期] [--shards month|archive] [--dir 临时目录] [--keep] [--images] [--peer] [--index-apart]';

const { values } = commandLine(
  {
    issues: { type: 'string' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: DEFAULT_SEED },
    start: { type: 'string', default: DEFAULT_START },
    dir: { type: 'string' },
    shards: { type: 'string', default: 'month' },
    images: { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    'index-apart': { type: 'boolean', default: false },
  },
  USAGE,
);
const issues = wholeNumber(values.issues, '--issues', USAGE);
const start = calendarDate(values.start, '--start', USAGE);
if (!(SHARD_SCHEMES as readonly string[]).includes(values.shards)) usageError(`--shards 只能是 ${SHARD_SCHEMES.join('、')}`, USAGE);

try {
  const { result, search } = await benchAndSearch({
    issues,
    seed: values.seed,
    start,
    shards: values.shards as ShardScheme,
    dir: values.dir,
    keep: values.keep,
    images: values.images,
    peer: values.peer,
    indexApart: values['index-apart'],
    project: path.resolve('.'),
    progress: (line) => console.log(line),
  });
  console.log('');
  console.log(formatTable(result, search));
  if (values.json) console.log(JSON.stringify(toJson(result, search)));
} catch (error) {
  fail(`基准测试未完成：${(error as Error).message}`, 1);
}

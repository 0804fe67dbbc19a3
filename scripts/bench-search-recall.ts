/**
 * npm run bench-search-recall [-- --issues 60 --per-kind 40 --dir DIR --shards month|archive --sort relevance,newest --seed S --json]
 * Recall of the search against the oracle on a synthetic archive: synthesises N issues (kept in
 * --dir between runs, else in a scratch folder removed afterwards), ingests them, builds the
 * index (one bundle per month unless --shards archive), then asks --per-kind queries of every
 * kind (src/bench/search-sample.ts) in each order and compares every result set, and the count
 * shown, with the oracle's (src/bench/search-recall.ts). Exits 1 when any query is wrong.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { calendarDate, commandLine, fail, usageError, wholeNumber } from '../src/cli.ts';
import { SHARD_SCHEMES } from '../src/config.ts';
import { SORT_ORDERS, type SortOrder } from '../src/search/browser/protocol.ts';
import { DEFAULT_SEED, DEFAULT_START } from '../src/synth/synthesise.ts';
import { formatRecall, measureRecall, prepareRecallArchive, readOracleCorpus, rowIsRight, sampleQueries, summarise } from '../src/bench/search-recall.ts';

const USAGE = '用法：npm run bench-search-recall [-- --issues 期数 --per-kind 每类检索数 --dir 目录 --shards month|archive --sort relevance,newest --seed 种子 --json]';

const { values } = commandLine(
  {
    issues: { type: 'string', default: '60' },
    'per-kind': { type: 'string', default: '40' },
    dir: { type: 'string' },
    shards: { type: 'string', default: 'month' },
    sort: { type: 'string', default: 'relevance,newest' },
    seed: { type: 'string', default: DEFAULT_SEED },
    start: { type: 'string', default: DEFAULT_START },
    json: { type: 'boolean', default: false },
  },
  USAGE,
);
const issues = wholeNumber(values.issues, '--issues', USAGE);
const perKind = wholeNumber(values['per-kind'], '--per-kind', USAGE);
const start = calendarDate(values.start, '--start', USAGE);
if (!(SHARD_SCHEMES as readonly string[]).includes(values.shards)) usageError(`--shards 只能是 ${SHARD_SCHEMES.join('、')}`, USAGE);
const sorts = values.sort.split(',') as SortOrder[];
if (!sorts.every((s) => (SORT_ORDERS as readonly string[]).includes(s))) usageError(`--sort 只能是 ${SORT_ORDERS.join('、')}（以逗号分开）`, USAGE);

const dir = values.dir ? path.resolve(values.dir) : mkdtempSync(path.join(os.tmpdir(), 'search-recall-'));
try {
  const archive = await prepareRecallArchive({ project: path.resolve('.'), dir, issues, seed: values.seed, start, shards: values.shards, progress: (l) => console.log(l) });
  console.log('oracle: reading the archive');
  const corpus = readOracleCorpus(archive.content);
  const queries = sampleQueries(corpus, perKind, values.seed);
  console.log(`asking ${queries.length} queries × ${sorts.join(', ')}`);
  const report = await measureRecall({ siteDir: archive.site, corpus, queries, sorts, progress: (r) => console.log(`  wrong [${r.sort} ${r.kind}] ${r.q}: oracle ${r.oracle}, listed ${r.found}, shown ${r.atLeast ? '≥' : ''}${r.shown}`) });
  console.log('');
  console.log(formatRecall(report));
  if (values.json) {
    console.log(JSON.stringify({ issues, shards: values.shards, documents: report.documents, bundles: report.bundles, kinds: sorts.map((sort) => ({ sort, summary: summarise(report.rows.filter((r) => r.sort === sort)) })) }));
  }
  if (report.rows.some((r) => !rowIsRight(r))) process.exitCode = 1;
} catch (error) {
  fail(`召回测试未完成：${(error as Error).message}`, 1);
} finally {
  if (!values.dir) rmSync(dir, { recursive: true, force: true });
}

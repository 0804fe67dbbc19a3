/**
 * npm run bench-decades -- [--years N] [--issues N] [--dir DIR] [--keep] [--json]
 * A simulation of the archive over many years, from the parts this machine can run: each year
 * built as its own shard, as separate CI runners would (synthesise, ingest, build, index, and
 * the daily job; one after another here), then the shards merged at deploy time and search
 * measured on the merged site. Prints per-year costs, the merge, search over the merged
 * months, and what that makes of twenty years (docs/scaling.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mergeShardSites } from '../src/bench/decades.ts';
import { runBench, type BenchResult } from '../src/bench/run.ts';
import { coldAsk } from '../src/bench/search.ts';
import { launchBrowser } from '../src/bench/browser.ts';
import { startStaticHost } from '../src/deploy/static-host.ts';
import { DEFAULT_SEED } from '../src/synth/synthesise.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const years = Number(opt('--years', '2'));
const issues = Number(opt('--issues', '365'));
const json = args.includes('--json');
const keep = args.includes('--keep') || args.includes('--dir');
if (!Number.isInteger(years) || years < 1 || !Number.isInteger(issues) || issues < 1) {
  console.error('用法：npm run bench-decades -- [--years 年数] [--issues 每年期数] [--dir 临时目录] [--keep] [--json]');
  process.exit(2);
}
const dir = args.includes('--dir') ? path.resolve(opt('--dir', '')) : mkdtempSync(path.join(os.tmpdir(), 'archive-decades-'));
if (args.includes('--dir')) rmSync(dir, { recursive: true, force: true });
console.log(`scratch: ${dir}`);

const LAST_YEAR = 2024;
const QUERY = '高质量发展';
const round = (n: number, d = 1) => Number(n.toFixed(d));

try {
  const shards: { year: number; result: BenchResult }[] = [];
  for (let year = LAST_YEAR - years + 1; year <= LAST_YEAR; year++) {
    console.log(`year ${year}: one shard, as one runner would build it`);
    const result = await runBench({
      issues,
      seed: DEFAULT_SEED,
      start: `${year}-01-01`,
      shards: 'month',
      dir: path.join(dir, `year-${year}`),
      project: path.resolve('.'),
      progress: (line) => console.log(`  ${line}`),
    });
    shards.push({ year, result });
  }

  console.log('merging the shards at deploy time');
  const merged = mergeShardSites(shards.map((s) => s.result.paths.dist), path.join(dir, 'merged'));

  const server = await startStaticHost({ dir: path.join(dir, 'merged') });
  const browser = await launchBrowser();
  const asks = [];
  try {
    for (const params of [{}, { sort: 'relevance' }, { year: String(LAST_YEAR - years + 1) }]) asks.push(await coldAsk(browser, server, QUERY, params));
  } finally {
    await browser.close();
    await server.close();
  }

  const stage = (name: 'ingest' | 'build' | 'index' | 'incremental') => shards.map((s) => s.result.stages[name]!);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const perYear = Object.fromEntries(
    (['ingest', 'build', 'index', 'incremental'] as const).map((n) => [
      n,
      { wall_s: round(mean(stage(n).map((s) => s.wall_s))), peak_rss_mb: round(Math.max(...stage(n).map((s) => s.peak_rss_mb)), 0) },
    ]),
  );
  const runnerMinutes = ((perYear.ingest.wall_s + perYear.build.wall_s + perYear.index.wall_s) * 20) / 60;
  const relevance = asks[1];
  const report = {
    years,
    issues_per_year: issues,
    articles: shards.map((s) => s.result.articles),
    per_year: perYear,
    merge: { seconds: round(merged.seconds), files: merged.files, mb: round(merged.bytes / 1e6), bundles: merged.bundles.length, shared_paths: merged.shared.length },
    search: asks.map((a) => ({ params: a.params, kb: round(a.bytes / 1024), requests: a.requests, months_opened: a.months.length, ms: a.ms, status: a.status })),
    twenty_years: {
      runner_minutes_one_by_one: round(runnerMinutes),
      dist_gb: round((merged.bytes / years) * 20 / 1e9, 2),
      month_bundles: 240,
      cold_newest_first_kb: round(asks[0].bytes / 1024),
      relevance_everything_kb_estimate: round(((relevance.bytes / 1024) / merged.bundles.length) * 240),
    },
  };

  console.log('');
  console.log(`${years} 个年度分片 × ${issues} 期（每个分片如一台 CI 机器所建），合并后检索`);
  for (const s of shards) {
    const st = s.result.stages;
    console.log(
      `  ${s.year}: ${s.result.articles} 篇；ingest ${st.ingest!.wall_s.toFixed(0)} s，build ${st.build!.wall_s.toFixed(0)} s / ${st.build!.peak_rss_mb.toFixed(0)} MB，` +
        `index ${st.index!.wall_s.toFixed(0)} s / ${st.index!.peak_rss_mb.toFixed(0)} MB，daily job ${st.incremental!.wall_s.toFixed(0)} s`,
    );
  }
  console.log(
    `  merge: ${merged.seconds.toFixed(1)} s, ${merged.files.toLocaleString('en')} files, ${(merged.bytes / 1e6).toFixed(0)} MB, ${merged.bundles.length} month bundles; ` +
      `${merged.shared.length} paths written by more than one shard (archive-wide pages): ${merged.shared.filter((p) => !p.includes('/', p.indexOf('/') + 1)).slice(0, 12).join(' ')} …`,
  );
  for (const a of asks) {
    console.log(`  search「${QUERY}」${JSON.stringify(a.params)}: ${(a.bytes / 1024).toFixed(0)} KB in ${a.requests} requests, ${a.months.length} month(s) opened, ${a.ms} ms to the answer — ${a.status.slice(0, 40)}`);
  }
  console.log(
    `  twenty years: ${report.twenty_years.runner_minutes_one_by_one} runner-minutes for the shards one after another (or one year's time on 20 runners), ` +
      `dist ≈ ${report.twenty_years.dist_gb} GB, cold newest-first search ${report.twenty_years.cold_newest_first_kb} KB (independent of years), ` +
      `relevance over all 240 months ≈ ${report.twenty_years.relevance_everything_kb_estimate} KB`,
  );
  if (json) console.log(JSON.stringify(report));
} catch (error) {
  console.error(`模拟未完成：${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

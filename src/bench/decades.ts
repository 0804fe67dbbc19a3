/**
 * The parts of a decades-long archive this machine can run, as a simulation: each year of the
 * paper built as its own shard (what one CI runner would do: synthesise, ingest, build, index),
 * then the shards merged at deploy time into one site, and search measured on the merge.
 *
 * Merging copies every shard's pages (hard links), puts every shard's month bundles under
 * pagefind/, and lists them all, newest first, on the search page. Pages that more than one
 * shard writes (home, calendar, author and column pages, downloads, feed, sitemap…) are the
 * archive-wide pages a shard cannot make alone: they are counted and listed, the newest shard's
 * copy kept (docs/scaling.md: the archive-wide build).
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { startStaticHost } from '../deploy/static-host.ts';
import { DEFAULT_SEED } from '../synth/synthesise.ts';
import { launchBrowser } from './browser.ts';
import { runBench, scratchFolder, type BenchResult } from './run.ts';
import { round } from './report.ts';
import { coldAsk, type ColdAsk } from './search.ts';
import { writeDirectory } from '../search/build/directory.ts';
import { BASE_BUNDLE } from '../search/shared/shards.ts';

export interface MergeReport {
  shards: number;
  files: number;
  bytes: number;
  /** Paths (relative to dist) written by more than one shard. */
  shared: string[];
  bundles: string[];
  seconds: number;
}

/** Merges shard sites (oldest first) into `out`; the newest shard wins where several write a path. */
export function mergeShardSites(dists: string[], out: string): MergeReport {
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const writers = new Map<string, number>();
  let bytes = 0;
  dists.forEach((dist) => {
    for (const rel of files(dist)) {
      const from = path.join(dist, rel);
      const to = path.join(out, rel);
      writers.set(rel, (writers.get(rel) ?? 0) + 1);
      mkdirSync(path.dirname(to), { recursive: true });
      rmSync(to, { force: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
  });
  for (const rel of writers.keys()) bytes += statSync(path.join(out, rel)).size;
  const bundles = readdirSync(path.join(out, 'pagefind'))
    .filter((d) => /^\d{4}-\d{2}$/.test(d))
    .sort()
    .reverse();
  const searchPage = path.join(out, 'search/index.html');
  const html = readFileSync(searchPage, 'utf8');
  const base = /data-base="([^"]*)"/.exec(html)?.[1] ?? '/';
  // The base bundle (from the newest shard) first, then every month; the term directory made
  // again from every month's statistics (the shards' own covered their year only).
  const listed = [BASE_BUNDLE, ...bundles.map((b) => `${b}/`)].map((b) => `${base}pagefind/${b}`).join(' ');
  writeDirectory(path.join(out, 'pagefind'));
  // The page is a hard link into the newest shard: write a new file, not through the link.
  rmSync(searchPage);
  writeFileSync(searchPage, html.replace(/data-bundles="[^"]*"/, `data-bundles="${listed}"`));
  const shared = [...writers].filter(([rel, n]) => n > 1 && !rel.startsWith('_astro/')).map(([rel]) => rel).sort();
  return { shards: dists.length, files: writers.size, bytes, shared, bundles, seconds: (performance.now() - started) / 1000 };
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

/** The newest year simulated unless told (the shards are the years before it, up to it). */
export const LAST_YEAR = 2024;
/** The query asked on the merged site: by relevance (the default), newest first, and with the oldest year as filter. */
const QUERY = '高质量发展';

export interface DecadesOptions {
  years: number;
  /** The newest year (default LAST_YEAR). */
  lastYear?: number;
  /** Issues per year. */
  issues: number;
  /** Scratch folder (emptied first, kept afterwards); else a fresh one, removed unless `keep`. */
  dir?: string;
  keep: boolean;
  /** The project checkout whose scripts are run. */
  project: string;
  progress: (line: string) => void;
}

export interface DecadesRun {
  shards: { year: number; result: BenchResult }[];
  merged: MergeReport;
  asks: ColdAsk[];
  /** The figures, as printed with --json. */
  report: DecadesReport;
}

export interface DecadesReport {
  years: number;
  issues_per_year: number;
  articles: number[];
  per_year: Record<'ingest' | 'build' | 'index' | 'incremental', { wall_s: number; peak_rss_mb: number }>;
  merge: { seconds: number; files: number; mb: number; bundles: number; shared_paths: number };
  search: { params: Record<string, string>; kb: number; requests: number; months_opened: number; ms: number; status: string }[];
  twenty_years: {
    runner_minutes_one_by_one: number;
    dist_gb: number;
    month_bundles: number;
    cold_newest_first_kb: number;
    /**
     * Relevance (the default) at twenty years from the measured sizes: the part that does not
     * grow with the archive (search code, Pagefind, base bundle, term directory buckets, which
     * keep their size as they multiply), plus the months opened times the bytes of an opened
     * month — as many months as opened here, and ten (each of the ten best in a month of its own).
     */
    relevance_fixed_kb: number;
    relevance_kb_per_month_opened: number;
    relevance_months_opened: number;
    relevance_kb_estimate: number;
    relevance_kb_estimate_ten_months: number;
  };
}

/**
 * `npm run bench-decades`: each year built as its own shard (runBench with month bundles, one
 * after another here), the shards merged (mergeShardSites), then cold searches on the merged
 * site in headless Chromium, and what that makes of twenty years. Throws what a stage throws.
 */
export async function simulateDecades(options: DecadesOptions): Promise<DecadesRun> {
  const scratch = scratchFolder(options.dir, options.keep, 'archive-decades-');
  options.progress(`scratch: ${scratch.dir}`);
  try {
    const shards: { year: number; result: BenchResult }[] = [];
    const last = options.lastYear ?? LAST_YEAR;
    for (let year = last - options.years + 1; year <= last; year++) {
      options.progress(`year ${year}: one shard, as one runner would build it`);
      const result = await runBench({
        issues: options.issues,
        seed: DEFAULT_SEED,
        start: `${year}-01-01`,
        shards: 'month',
        dir: path.join(scratch.dir, `year-${year}`),
        project: options.project,
        progress: (line) => options.progress(`  ${line}`),
      });
      shards.push({ year, result });
    }

    options.progress('merging the shards at deploy time');
    const merged = mergeShardSites(shards.map((s) => s.result.paths.dist), path.join(scratch.dir, 'merged'));

    const server = await startStaticHost({ dir: path.join(scratch.dir, 'merged') });
    const browser = await launchBrowser();
    const asks: ColdAsk[] = [];
    try {
      const first = String((options.lastYear ?? LAST_YEAR) - options.years + 1);
      for (const params of [{}, { sort: 'newest' }, { year: first }] as Record<string, string>[]) asks.push(await coldAsk(browser, server, QUERY, params));
    } finally {
      await browser.close();
      await server.close();
    }
    return { shards, merged, asks, report: decadesReport(options, shards, merged, asks) };
  } finally {
    if (scratch.remove) rmSync(scratch.dir, { recursive: true, force: true });
  }
}

function decadesReport(options: DecadesOptions, shards: DecadesRun['shards'], merged: MergeReport, asks: ColdAsk[]): DecadesReport {
  const stage = (name: 'ingest' | 'build' | 'index' | 'incremental') => shards.map((s) => s.result.stages[name]!);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const perYear = Object.fromEntries(
    (['ingest', 'build', 'index', 'incremental'] as const).map((n) => [
      n,
      { wall_s: round(mean(stage(n).map((s) => s.wall_s)), 1), peak_rss_mb: round(Math.max(...stage(n).map((s) => s.peak_rss_mb)), 0) },
    ]),
  ) as DecadesReport['per_year'];
  const runnerMinutes = ((perYear.ingest.wall_s + perYear.build.wall_s + perYear.index.wall_s) * 20) / 60;
  const relevance = asks[0];
  const fixedKb = (relevance.bytes - relevance.monthBytes) / 1024;
  const perMonthKb = relevance.months.length ? relevance.monthBytes / 1024 / relevance.months.length : 0;
  return {
    years: options.years,
    issues_per_year: options.issues,
    articles: shards.map((s) => s.result.articles),
    per_year: perYear,
    merge: { seconds: round(merged.seconds, 1), files: merged.files, mb: round(merged.bytes / 1e6, 1), bundles: merged.bundles.length, shared_paths: merged.shared.length },
    search: asks.map((a) => ({ params: a.params, kb: round(a.bytes / 1024, 1), requests: a.requests, months_opened: a.months.length, ms: a.ms, status: a.status })),
    twenty_years: {
      runner_minutes_one_by_one: round(runnerMinutes, 1),
      dist_gb: round(((merged.bytes / options.years) * 20) / 1e9, 2),
      month_bundles: 240,
      cold_newest_first_kb: round(asks[1].bytes / 1024, 1),
      relevance_fixed_kb: round(fixedKb, 1),
      relevance_kb_per_month_opened: round(perMonthKb, 1),
      relevance_months_opened: relevance.months.length,
      relevance_kb_estimate: round(fixedKb + perMonthKb * relevance.months.length, 1),
      relevance_kb_estimate_ten_months: round(fixedKb + perMonthKb * Math.max(10, relevance.months.length), 1),
    },
  };
}

/** The lines npm run bench-decades prints: per year, the merge, each search, twenty years. */
export function formatDecades({ shards, merged, asks, report }: DecadesRun): string {
  const lines = [`${report.years} 个年度分片 × ${report.issues_per_year} 期（每个分片如一台 CI 机器所建），合并后检索`];
  for (const s of shards) {
    const st = s.result.stages;
    lines.push(
      `  ${s.year}: ${s.result.articles} 篇；ingest ${st.ingest!.wall_s.toFixed(0)} s，build ${st.build!.wall_s.toFixed(0)} s / ${st.build!.peak_rss_mb.toFixed(0)} MB，` +
        `index ${st.index!.wall_s.toFixed(0)} s / ${st.index!.peak_rss_mb.toFixed(0)} MB，daily job ${st.incremental!.wall_s.toFixed(0)} s`,
    );
  }
  lines.push(
    `  merge: ${merged.seconds.toFixed(1)} s, ${merged.files.toLocaleString('en')} files, ${(merged.bytes / 1e6).toFixed(0)} MB, ${merged.bundles.length} month bundles; ` +
      `${merged.shared.length} paths written by more than one shard (archive-wide pages): ${merged.shared.filter((p) => !p.includes('/', p.indexOf('/') + 1)).slice(0, 12).join(' ')} …`,
  );
  for (const a of asks) {
    lines.push(`  search「${QUERY}」${JSON.stringify(a.params)}: ${(a.bytes / 1024).toFixed(0)} KB in ${a.requests} requests, ${a.months.length} month(s) opened, ${a.ms} ms to the answer — ${a.status.slice(0, 40)}`);
  }
  lines.push(
    `  twenty years: ${report.twenty_years.runner_minutes_one_by_one} runner-minutes for the shards one after another (or one year's time on 20 runners), ` +
      `dist ≈ ${report.twenty_years.dist_gb} GB, cold newest-first search ${report.twenty_years.cold_newest_first_kb} KB (independent of years), ` +
      `relevance (default): ${report.twenty_years.relevance_fixed_kb} KB fixed + ${report.twenty_years.relevance_kb_per_month_opened} KB per month opened ` +
      `→ ≈ ${report.twenty_years.relevance_kb_estimate} KB with ${report.twenty_years.relevance_months_opened} months opened as here, ≈ ${report.twenty_years.relevance_kb_estimate_ten_months} KB with ten`,
  );
  return lines.join('\n');
}

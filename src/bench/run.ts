/**
 * The benchmark: in a scratch folder, synthesise N issues, then run each stage the way staff
 * run it, as a whole process, and measure it (measure.ts):
 *
 *   ingest       npm run ingest                 (all sources → content)
 *   build        npm run build -- --outDir …    (content → HTML and dist/pagefind, the search
 *                                               index written beside the pages, as staff build)
 *   index        with `indexApart` only: the build with SEARCH_INDEX=skip, then
 *                npm run build-search -- …      (content → dist/pagefind), each measured apart
 *   incremental  the daily job: day N+1's pages and metadata added, then ingest of those files,
 *                build (and index, when apart) again on the built archive (one figure: the sum
 *                of wall times, the largest peak)
 *   peer         with `peer`, after our index: the naive peer (peer.ts) on the same ingested
 *                articles, `astro build` then `pagefind --site dist`, from an empty cache
 *
 * With `images`, every page has a page image (版面图) drawn by the synthesiser, ingested with it
 * and made into the site's sizes by the build: the daily job gives the new day's images with
 * its pages.
 *
 * Everything lives in the scratch folder: a copy of the project's code, the content tree, the
 * Astro cache, the built site and the logs (ARCHIVE_CONTENT_DIR, ASTRO_CACHE_DIR, --outDir).
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../ingest/dates.ts';
import { measure, type Measured } from './measure.ts';
import { measureSearch, type SearchResult } from './search.ts';
import { distStats } from './site.ts';
import { writePeer } from './peer.ts';

export type StageName = 'ingest' | 'build' | 'index' | 'incremental' | 'peer';

export interface StageResult {
  wall_s: number;
  peak_rss_mb: number;
  /** The largest resident memory of any one process of the stage (MiB). */
  largest_process_mb: number;
  cpu_s: number | null;
  /** The processes the stage ran, each measured. */
  steps: Measured[];
}

export interface BenchOptions {
  issues: number;
  seed: string;
  start: string;
  /** Scratch folder; everything the bench writes goes here. */
  dir: string;
  /** SEARCH_SHARDS for the build and the index: month unless measuring another scheme. */
  shards: string;
  /** The project checkout whose scripts are measured. */
  project: string;
  /** A page image beside every page (npm run synth -- --images). */
  images?: boolean;
  /** Also build the naive peer (peer.ts) on the same articles, after ours. */
  peer?: boolean;
  /**
   * Build the pages without their index (SEARCH_INDEX=skip) and the index after them in a
   * process of its own, to measure the two apart; by default the build writes its index beside
   * the pages, as `npm run build` does for staff.
   */
  indexApart?: boolean;
  progress: (line: string) => void;
}

export interface BenchResult {
  issues: number;
  shards: string;
  articles: number;
  sourceBytes: number;
  /** Page images in the archive (0 without --images). */
  pageImages?: number;
  stages: Partial<Record<StageName, StageResult>>;
  setup: Measured[];
  dist: { bytes: number; files: number; html: number } | null;
  /** 1-minute load average before and after: other work on the machine shows in wall times. */
  load: [number, number];
  /** The build stage wrote the search index beside the pages (no index stage of its own). */
  indexWithBuild?: boolean;
  paths: { content: string; dist: string; logs: string };
}

/** The project's search-index script (`npm run build` also writes the index, unless SEARCH_INDEX=skip). */
export const INDEX_SCRIPT = 'build-search';

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { dir } = options;
  // A copy of the project's code (node_modules linked): the builds stage their files in its
  // .astro/, so nothing the bench does touches the checkout or another build running there.
  const project = copyProject(options.project, path.join(dir, 'project'));
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  const logs = path.join(dir, 'logs');
  const incoming = path.join(dir, 'incoming');
  mkdirSync(logs, { recursive: true });
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: content,
    ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.indexApart ? { SEARCH_INDEX: 'skip' } : {}),
    SEARCH_SHARDS: options.shards,
  };
  const scripts = (JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const hasIndex = INDEX_SCRIPT in scripts;

  const run = async (name: string, args: string[], cwd = project): Promise<Measured> => {
    options.progress(`  ${name}: ${args.join(' ')}`);
    const result = await measure(args[0], args.slice(1), { cwd, env, log: path.join(logs, `${name}.log`) });
    if (result.code !== 0) {
      const tail = readFileSync(result.log, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`${name} 失败（exit ${result.code}）：${result.command}\n${tail}\n（完整输出：${result.log}）`);
    }
    options.progress(`    ${result.wall_s.toFixed(1)} s, ${result.peak_rss_mb.toFixed(0)} MB`);
    return result;
  };
  const npm = (script: string, ...rest: string[]) => ['npm', 'run', '--silent', script, ...(rest.length ? ['--', ...rest] : [])];
  const stage = (steps: Measured[]): StageResult => ({
    wall_s: steps.reduce((s, m) => s + m.wall_s, 0),
    peak_rss_mb: Math.max(...steps.map((m) => m.peak_rss_mb)),
    largest_process_mb: Math.max(...steps.map((m) => m.largest_process_mb)),
    cpu_s: steps.every((m) => m.cpu_s !== null) ? steps.reduce((s, m) => s + m.cpu_s!, 0) : null,
    steps,
  });

  const loadBefore = loadAverage();
  const setup: Measured[] = [];
  const stages: BenchResult['stages'] = {};
  const seedArgs = ['--seed', options.seed];
  const lastDay = addDays(options.start, options.issues - 1);
  const nextDay = addDays(lastDay, 1);

  const seeds = path.join(options.project, 'content/sources');
  const synth = (count: number, out: string, start: string) =>
    npm('synth', '--issues', String(count), '--out', out, ...seedArgs, '--start', start, '--from', seeds, ...(options.images ? ['--images'] : []));
  setup.push(await run('synth', synth(options.issues, path.join(content, 'sources'), options.start)));
  const sourceBytes = folderBytes(path.join(content, 'sources'), '.txt');

  stages.ingest = stage([await run('ingest', npm('ingest'))]);
  stages.build = stage([await run('build', npm('build', '--outDir', dist))]);
  const index = () => npm(INDEX_SCRIPT, '--content', content, '--out', path.join(dist, 'pagefind'));
  const indexApart = hasIndex && options.indexApart === true;
  if (indexApart) stages.index = stage([await run('index', index())]);
  const articles = countFiles(path.join(content, 'articles'), '.md');
  const built = existsSync(dist) ? distStats(dist) : null;

  if (options.peer) {
    // On the same articles as ours, before the daily job adds a day.
    const peerDir = path.join(dir, 'peer');
    const peer = writePeer(peerDir, path.join(content, 'articles'), options.project);
    stages.peer = stage([await run('peer-build', peer.build, peerDir), await run('peer-index', peer.index, peerDir)]);
  }

  // The daily job: the next day's pages arrive with their metadata.
  setup.push(await run('synth-next-day', synth(1, incoming, nextDay)));
  // The day's pages, with their images when there are any.
  const newPages = readdirSync(incoming).filter((f) => f.endsWith('.txt') || f.endsWith('.jpg')).sort().map((f) => path.join(incoming, f));
  appendFileSync(path.join(content, 'sources/metadata.yaml'), `\n${readFileSync(path.join(incoming, 'metadata.yaml'), 'utf8')}`);
  const daily = [await run('daily-ingest', npm('ingest', ...newPages)), await run('daily-build', npm('build', '--outDir', dist))];
  if (indexApart) daily.push(await run('daily-index', index()));
  stages.incremental = stage(daily);

  const pageImages = countFiles(path.join(content, 'sources'), '.jpg');
  return { issues: options.issues, shards: options.shards, articles, sourceBytes, pageImages, stages, setup, dist: built, load: [loadBefore, loadAverage()], indexWithBuild: !indexApart, paths: { content, dist, logs } };
}

/**
 * A scratch folder for a run: `dir` emptied, or a fresh one under the system's temporary folder.
 * Gives its path and whether it is to be removed afterwards (a fresh one unless `keep`).
 */
export function scratchFolder(dir: string | undefined, keep: boolean, prefix: string): { dir: string; remove: boolean } {
  if (!dir) return { dir: mkdtempSync(path.join(os.tmpdir(), prefix)), remove: !keep };
  const resolved = path.resolve(dir);
  rmSync(resolved, { recursive: true, force: true });
  return { dir: resolved, remove: false };
}

/**
 * `npm run bench`: runBench in a scratch folder (scratchFolder), then search measured in
 * headless Chromium on the built site when it has an index. The scratch folder is removed
 * afterwards unless kept or given. Throws what runBench or the search measurement throws.
 */
export async function benchAndSearch(
  options: Omit<BenchOptions, 'dir'> & { dir?: string; keep: boolean },
): Promise<{ result: BenchResult; search: SearchResult | null }> {
  const scratch = scratchFolder(options.dir, options.keep, 'archive-bench-');
  options.progress(`scratch: ${scratch.dir}`);
  try {
    const result = await runBench({ ...options, dir: scratch.dir });
    let search: SearchResult | null = null;
    if (existsSync(path.join(result.paths.dist, 'pagefind'))) {
      options.progress('  search: headless Chromium on the built site');
      search = await measureSearch({ dist: result.paths.dist });
    }
    return { result, search };
  } finally {
    if (scratch.remove) rmSync(scratch.dir, { recursive: true, force: true });
  }
}

function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/** The files a build reads: code, config, lockfile (Astro hashes it), not content or tests. */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public', 'editorial'];

/** A copy of the project's code at `to` (its node_modules linked), so a benchmark's builds never share the checkout's .astro/. Gives `to`. */
export function copyProject(from: string, to: string): string {
  mkdirSync(to, { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(path.join(from, name))) cpSync(path.join(from, name), path.join(to, name), { recursive: true });
  }
  symlinkSync(path.join(from, 'node_modules'), path.join(to, 'node_modules'));
  return to;
}

function countFiles(dir: string, ext: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).length;
}

function folderBytes(dir: string, ext: string): number {
  return (readdirSync(dir) as string[]).filter((f) => f.endsWith(ext)).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

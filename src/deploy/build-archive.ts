/**
 * A build by parts on one machine (`npm run build-archive`): each year's part and the
 * archive-wide part built by `astro build` in a process of its own (ARCHIVE_BUILD_PART,
 * src/site/build-part.ts), several at a time if asked, each into its own folder with its own
 * Astro cache, so the next run rebuilds incrementally, and a part whose inputs have not changed
 * since its last build (part-inputs.ts) is not built at all; then the parts merged into one site
 * (merge-parts.ts). The newsroom's CI runs the same steps on separate runners
 * (.github/workflows/build-archive.yml, docs/deploy.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { basePath, siteUrl, type BuildPart } from '../config.ts';
import { readLedger } from '../content/ledger.ts';
import { yearOf } from '../site/build-part.ts';
import { mergeParts, type BuiltPart, type MergeReport } from './merge-parts.ts';
import { partInputs, type PartInputs } from './part-inputs.ts';
import { removeOtherSummaries, summaryInputs } from './year-summaries.ts';

/** What a part was last built from (part-inputs.ts), or null when it is not known. */
function readInputs(file: string): PartInputs | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as PartInputs;
  } catch {
    return null;
  }
}

export interface BuildArchiveOptions {
  /** The content tree (absolute). */
  contentDir: string;
  /** The merged site (absolute). */
  outDir: string;
  /** Where the parts, their caches and logs are kept between runs (absolute). */
  workDir: string;
  /** How many parts are built at once. */
  parallel: number;
  /** The project (its node_modules/astro), absolute. */
  project: string;
  /** The site's address with its base path, for the sitemap; null for a preview build. */
  siteRoot: string | null;
  /** Told each part as it starts and ends. */
  onPart?: (event: PartEvent) => void;
  /**
   * `build`: build the parts only (named in `only`, or all), as one CI runner does; `merge`: merge
   * the parts already built in the work folder (CI's last step); `both` (default): all of it.
   */
  steps?: 'build' | 'merge' | 'both';
  /** Build only these parts (names as partsOf gives them: a year, or archive-wide). */
  only?: string[];
}

export interface PartEvent {
  name: string;
  /**
   * `kept`: its inputs had not changed since it was last built (part-inputs.ts), so it was not
   * built again; `summarised`: a year's summary was made (year-summaries.ts), which the
   * archive-wide part is built from.
   */
  state: 'started' | 'built' | 'kept' | 'summarised';
  seconds?: number;
}

export interface PartBuilt {
  name: string;
  dir: string;
  seconds: number;
  log: string;
  /** Not built again: its inputs were those of its last build. */
  kept: boolean;
}

export interface BuildArchiveReport {
  /** How many parts the tree has (partsOf). */
  partCount: number;
  parts: PartBuilt[];
  /** Null when only the parts were built (steps: 'build'). */
  merge: MergeReport | null;
  seconds: number;
}

/**
 * The years that have pages in a content tree, oldest first: those of its issues (issues/<YYYY>/
 * folders holding one), and those of every id in its ledger, whose retired or withdrawn ids keep
 * a page at their address (src/site/retired.ts) even when their year has no issue left.
 * Throws ContentError for a ledger that cannot be read.
 */
export function archiveYearsOf(contentDir: string): number[] {
  const years = new Set<number>();
  const issues = path.join(contentDir, 'issues');
  if (fs.existsSync(issues)) {
    for (const name of fs.readdirSync(issues)) {
      if (/^\d{4}$/.test(name) && fs.readdirSync(path.join(issues, name)).some((f) => f.endsWith('.json'))) years.add(Number(name));
    }
  }
  const ledger = readLedger(contentDir);
  for (const ids of [ledger.articles, ledger.retired, ledger.withdrawn]) for (const id of Object.keys(ids)) years.add(yearOf(id));
  return [...years].sort((a, b) => a - b);
}

/** The parts of a tree: the archive-wide part, then each year, newest first (the daily job's year is built first). */
export function partsOf(contentDir: string): { name: string; part: BuildPart }[] {
  const years = archiveYearsOf(contentDir).reverse();
  return [{ name: 'archive-wide', part: { kind: 'archive-wide' } }, ...years.map((year) => ({ name: String(year), part: { kind: 'year', year } as BuildPart }))];
}

/**
 * Builds every part of the tree and merges them into `outDir`. Throws an Error naming the part
 * and its log when a part's build fails (the parts built so far are kept, `outDir` untouched),
 * and MergeError when the parts overlap (merge-parts.ts).
 */
export async function buildArchive(options: BuildArchiveOptions): Promise<BuildArchiveReport> {
  const started = performance.now();
  const parts = partsOf(options.contentDir);
  const steps = options.steps ?? 'both';
  const unknown = (options.only ?? []).filter((name) => !parts.some((p) => p.name === name));
  if (unknown.length) throw new Error(`没有这个部分：${unknown.join('、')}；这份内容的部分是 ${parts.map((p) => p.name).join('、')}`);
  const toBuild = steps === 'merge' ? [] : parts.filter((p) => !options.only || options.only.includes(p.name));
  // Astro stages a build whose output is outside the project in the project's own .astro/, so
  // two such builds at once would take each other's files.
  const inside = path.resolve(options.workDir).startsWith(path.resolve(options.project) + path.sep);
  if (options.parallel > 1 && !inside) {
    throw new Error(`同时构建几个部分（--parallel ${options.parallel}）时，各部分的目录（--work ${options.workDir}）须在项目目录 ${options.project} 之内；或用 --parallel 1`);
  }
  fs.mkdirSync(path.join(options.workDir, 'logs'), { recursive: true });
  if (toBuild.some((p) => p.part.kind === 'archive-wide')) makeSummaries(options);
  const built: PartBuilt[] = [];
  const queue = [...toBuild];
  const failures: Error[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next && failures.length === 0; next = queue.shift()) {
      try {
        built.push(await buildPart(next.name, next.part, options));
      } catch (error) {
        failures.push(error as Error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.parallel, toBuild.length)) }, worker));
  if (failures.length) throw failures[0];
  const inOrder = toBuild.map((p) => built.find((b) => b.name === p.name)!);
  if (steps === 'build') return { partCount: parts.length, parts: inOrder, merge: null, seconds: (performance.now() - started) / 1000 };
  // Every part must be there to merge: one built here, or before (on this machine or another runner).
  const missing = parts.filter((p) => !fs.existsSync(partDir(options.workDir, p.name)));
  if (missing.length) {
    throw new Error(`合并需要每个部分，缺少 ${missing.map((p) => p.name).join('、')}（应在 ${path.join(options.workDir, 'parts')}/ 下）；先构建它们：npm run build-archive -- --part 名称`);
  }
  const merge = mergeParts(
    parts.map((p): BuiltPart => ({ part: p.part, dir: partDir(options.workDir, p.name) })),
    options.outDir,
    options.siteRoot,
    options.contentDir,
  );
  return { partCount: parts.length, parts: inOrder, merge, seconds: (performance.now() - started) / 1000 };
}

/** Where the years' summaries are kept (year-summaries.ts), in the work folder. */
export function summariesDir(workDir: string): string {
  return path.join(workDir, 'summaries');
}

/**
 * Makes the summary of every year whose part's inputs changed since its summary was made (the
 * archive-wide part is built from them), and removes those of years gone. Each year is read
 * whole by a process of its own (scripts/year-summary.ts), one after another, so this process
 * does not keep a year's text while the parts build. Throws an Error with the reason when a year
 * cannot be read.
 */
function makeSummaries(options: BuildArchiveOptions): void {
  const dir = summariesDir(options.workDir);
  const years = archiveYearsOf(options.contentDir);
  removeOtherSummaries(dir, years);
  for (const year of years) {
    const name = String(year);
    const { env, inputs } = partState(name, { kind: 'year', year }, options);
    if (isDeepStrictEqual(summaryInputs(dir, year), inputs)) continue;
    const began = performance.now();
    const job = { contentDir: options.contentDir, year, inputs, basePath: basePath(env), origin: siteUrl(env), dir };
    // This process's environment, not the part's: the reader's cache is the ingest's (the part's
    // own cache is empty until the part is built).
    const run = spawnSync(process.execPath, [path.join(options.project, 'scripts/year-summary.ts'), JSON.stringify(job)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${year} 年的摘要做不出（exit ${run.status}）：${run.stderr.trim()}`);
    options.onPart?.({ name, state: 'summarised', seconds: (performance.now() - began) / 1000 });
  }
}

/** Where a part is built, in the work folder. */
export function partDir(workDir: string, name: string): string {
  return path.join(workDir, 'parts', name);
}

/** Where a part's build keeps its cache, the environment it runs in, and what it is built from now and was last time. */
function partState(name: string, part: BuildPart, options: Pick<BuildArchiveOptions, 'contentDir' | 'workDir' | 'project'>) {
  const cache = path.join(options.workDir, 'cache', name);
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: options.contentDir,
    ARCHIVE_BUILD_PART: part.kind === 'year' ? String(part.year) : 'archive-wide',
    SEARCH_SHARDS: 'month',
    ASTRO_CACHE_DIR: cache,
    ...(part.kind === 'archive-wide' && { ARCHIVE_YEAR_SUMMARIES: summariesDir(options.workDir) }),
  };
  // Kept beside the part's cache (not in its folder, which is published).
  const inputsFile = `${cache}.inputs.json`;
  const inputs = partInputs(part, options.contentDir, options.project, env);
  const last = readInputs(inputsFile);
  const unchanged = fs.existsSync(partDir(options.workDir, name)) && last?.code === inputs.code && last.content === inputs.content;
  return { cache, env, inputsFile, inputs, last, unchanged };
}

/**
 * The parts of the tree that the next build would build: those whose inputs changed since they
 * were last built in `workDir`, or that were never built there (names as partsOf gives them).
 * Reads what partInputs reads; throws what it throws.
 */
export function changedParts(options: Pick<BuildArchiveOptions, 'contentDir' | 'workDir' | 'project'>): string[] {
  return partsOf(options.contentDir)
    .filter(({ name, part }) => !partState(name, part, options).unchanged)
    .map(({ name }) => name);
}

function buildPart(name: string, part: BuildPart, options: BuildArchiveOptions): Promise<PartBuilt> {
  const dir = partDir(options.workDir, name);
  const log = path.join(options.workDir, 'logs', `${name}.log`);
  const began = performance.now();
  const { cache, env, inputsFile, inputs, last, unchanged } = partState(name, part, options);
  if (unchanged) {
    const seconds = (performance.now() - began) / 1000;
    options.onPart?.({ name, state: 'kept', seconds });
    return Promise.resolve({ name, dir, seconds, log, kept: true });
  }
  fs.rmSync(inputsFile, { force: true });
  // Astro's incremental build reuses a page whose content is unchanged even when its layout
  // changed (docs/deploy.md): new code starts the part's cache afresh.
  if (last?.code !== inputs.code) fs.rmSync(cache, { recursive: true, force: true });
  options.onPart?.({ name, state: 'started' });
  const output = fs.openSync(log, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(options.project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir], {
      cwd: options.project,
      env,
      stdio: ['ignore', output, output],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(output);
      const seconds = (performance.now() - began) / 1000;
      if (code !== 0) {
        const tail = fs.readFileSync(log, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
        return reject(new Error(`${name === 'archive-wide' ? '跨年部分' : `${name} 年部分`}构建失败（exit ${code}），全文见 ${log}：\n${tail}`));
      }
      fs.writeFileSync(inputsFile, `${JSON.stringify(inputs)}\n`);
      options.onPart?.({ name, state: 'built', seconds });
      resolve({ name, dir, seconds, log, kept: false });
    });
  });
}

/**
 * The archive over many years, built by parts as the newsroom's CI runners build it
 * (npm run build-archive, .github/workflows/build-archive.yml), one part after another on this
 * machine, and measured:
 *
 *   synthesis    each year's issues synthesised (synthesiseInto), all into one content tree's
 *                sources folder, their metadata.yaml joined into one
 *   ingest       node scripts/ingest.ts, once, over every year
 *   check        node scripts/check-content.ts (the workflow's first runner)
 *   parts        node scripts/build-archive.ts --part NAME --work WORK for each part --list gives
 *                (the archive-wide part, then every year), each a runner of its own
 *   merge        node scripts/build-archive.ts --merge (it refuses parts that overlap), then the
 *                merged site's links checked (node scripts/check-links.ts)
 *   daily job    one more issue, the day after the last: its pages ingested, the content checked,
 *                every part --part again (those whose inputs did not change are kept, not
 *                built), the merge and the link check again
 *
 * then cold searches on the merged site in headless Chromium, and what that makes of twenty
 * years (docs/scaling.md, "Twenty years"). Each step is a whole process measured with measure()
 * (wall time, peak RSS of its process tree, CPU); everything lives in a scratch folder: a copy of
 * the project's code, the content tree, the parts' work folder, the merged site and the logs.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, type Dirent, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startStaticHost } from '../deploy/static-host.ts';
import { addDays } from '../ingest/dates.ts';
import { DEFAULT_SEED } from '../synth/synthesise.ts';
import { synthesiseInto } from '../synth/write.ts';
import { launchBrowser } from './browser.ts';
import { measure, type Measured } from './measure.ts';
import { copyProject, scratchFolder } from './run.ts';
import { round } from './report.ts';
import { coldAsk, type ColdAsk } from './search.ts';

/** The newest year simulated unless told (the years before it, up to it): 2024 and 2025 compose; the synthesiser cannot compose some days of 2023 (2023-04-24). */
export const LAST_YEAR = 2025;
/** The query asked on the merged site: by relevance (the default), newest first, and with the oldest year as filter. */
const QUERY = '高质量发展';
/** The archive the twenty-years figures are for. */
const TWENTY = 20;

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

/** One measured process: wall and CPU seconds, peak RSS of its process tree. */
export interface StepFigures {
  wall_s: number;
  peak_rss_mb: number;
  /** Null without GNU time (measure.ts). */
  cpu_s: number | null;
}

export interface PartFigures extends StepFigures {
  name: string;
  /** Articles the part's pages are made from: its year's, or every year's for archive-wide. */
  articles: number;
  /** Not built: its inputs were those of its last build (build-archive's "未变，沿用"). */
  kept: boolean;
}

/** The merged site and its link check. */
export interface MergeFigures extends StepFigures {
  files: number;
  mb: number;
  bundles: number;
  link_check: { pages: number; links: number; problems: number };
}

export interface DecadesRun {
  asks: ColdAsk[];
  /** Up to twenty link problems of each merge (kind, page, target), when there are any. */
  linkProblems: string[];
  /** The figures, as printed with --json. */
  report: DecadesReport;
}

export interface DecadesReport {
  years: number;
  issues_per_year: number;
  first_year: number;
  last_year: number;
  articles: number;
  synthesis_s: number;
  ingest: StepFigures;
  check_content: StepFigures;
  /** In the order built: archive-wide, then the years newest first (build-archive --list). */
  parts: PartFigures[];
  merge: MergeFigures;
  daily: {
    date: string;
    ingest: StepFigures;
    check_content: StepFigures;
    parts: PartFigures[];
    built: string[];
    kept: string[];
    merge: MergeFigures;
    /** Every step one after another, as here. */
    total_s: number;
    /** Ingest and check, the slowest part, the merge: the parts on runners of their own. */
    parallel_s: number;
  };
  /** Cold links: `kb` and `ms` to the whole first page; `first_kb` and `first_ms` to the first result on screen. */
  search: { params: Record<string, string>; kb: number; requests: number; months_opened: number; ms: number; first_kb: number | null; first_ms: number | null; status: string }[];
  twenty_years: {
    /** Twenty times the mean year part, plus the archive-wide part as measured here (it grows with the archive: not scaled). */
    runner_minutes_one_by_one: number;
    /**
     * On parallel runners: the slowest part as measured here, plus the merge scaled to twenty
     * years (it links every file of the site). A year part does not grow with the archive.
     */
    parallel_wall_minutes: number;
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
 * `npm run bench-decades`: the years synthesised into one content tree and ingested once, every
 * part built (build-archive --part, one after another) and merged (--merge), the daily job on
 * top, then cold searches on the merged site in headless Chromium, and what that makes of twenty
 * years. Throws what a step throws (a step that exits non-zero: its name, command and log's tail).
 */
export async function simulateDecades(options: DecadesOptions): Promise<DecadesRun> {
  const scratch = scratchFolder(options.dir, options.keep, 'archive-decades-');
  options.progress(`scratch: ${scratch.dir}`);
  try {
    // A copy of the project's code (node_modules linked), as runBench makes: the parts' builds
    // stage their files in its .astro/ and hash its code, so nothing here touches the checkout.
    const project = copyProject(options.project, path.join(scratch.dir, 'project'));
    const content = path.join(scratch.dir, 'content');
    const sources = path.join(content, 'sources');
    const work = path.join(scratch.dir, 'work');
    const merged = path.join(scratch.dir, 'merged');
    const logs = path.join(scratch.dir, 'logs');
    mkdirSync(sources, { recursive: true });
    mkdirSync(logs, { recursive: true });
    const env = { ...process.env, ARCHIVE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
    const seedsDir = path.join(options.project, 'content/sources');
    const linkProblems: string[] = [];

    /** Runs a project script with Node (this one: Astro needs it), measured; `ok` the exit codes that are not failures. */
    const run = async (name: string, script: string, args: string[], ok = [0]): Promise<Measured> => {
      options.progress(`  ${name}: ${script} ${args.map((a) => (a.startsWith(scratch.dir) ? path.relative(scratch.dir, a) || '.' : a)).join(' ')}`);
      const result = await measure(process.execPath, [path.join(project, 'scripts', script), ...args], { cwd: project, env, log: path.join(logs, `${name}.log`) });
      if (!ok.includes(result.code ?? -1)) {
        const tail = readFileSync(result.log, 'utf8').split('\n').slice(-30).join('\n');
        throw new Error(`${name} 失败（exit ${result.code}）：${result.command}\n${tail}\n（完整输出：${result.log}）`);
      }
      options.progress(`    ${result.wall_s.toFixed(1)} s, ${result.peak_rss_mb.toFixed(0)} MB`);
      return result;
    };
    // The parts, as the plan runner lists them for the others (not a step measured).
    const listParts = (): string[] => {
      const listed = spawnSync(process.execPath, [path.join(project, 'scripts/build-archive.ts'), '--list'], { cwd: project, env, encoding: 'utf8' });
      if (listed.status !== 0) throw new Error(`build-archive --list 失败（exit ${listed.status}）：${listed.stderr.trim()}`);
      return JSON.parse(listed.stdout) as string[];
    };
    const buildParts = async (stage: string, articles: Map<string, number>): Promise<PartFigures[]> => {
      const parts: PartFigures[] = [];
      for (const name of listParts()) {
        const m = await run(`${stage}part-${name}`, 'build-archive.ts', ['--part', name, '--work', work]);
        const kept = readFileSync(m.log, 'utf8').includes('（未变，沿用）');
        if (kept) options.progress('    未变，沿用');
        parts.push({ name, articles: articles.get(name) ?? 0, ...figures(m), kept });
      }
      return parts;
    };
    const mergeAndCheck = async (stage: string): Promise<MergeFigures> => {
      const m = await run(`${stage}merge`, 'build-archive.ts', ['--merge', '--outDir', merged, '--work', work]);
      const site = siteStats(merged);
      // Exit 1: problems found, listed one a line (kind, page, target) before the summary.
      const check = await run(`${stage}check-links`, 'check-links.ts', [merged, '--base', '/'], [0, 1]);
      const printed = readFileSync(check.log, 'utf8');
      const summary = /(\d+) 个页面，(\d+) 个站内链接，(\d+) 个问题/.exec(printed);
      if (!summary) throw new Error(`check-links 没有给出结果：${check.log}`);
      const [pages, links, problems] = summary.slice(1).map(Number);
      if (problems) {
        linkProblems.push(...printed.split('\n').filter((l) => l.split('\t').length === 3).slice(0, 20).map((l) => `${stage || 'merge'}: ${l.replace(/\t/g, ' ')}`));
        options.progress(`    链接检查：${problems} 个问题（${check.log}）`);
      }
      return { ...figures(m), files: site.files, mb: round(site.bytes / 1e6, 1), bundles: site.months, link_check: { pages, links, problems } };
    };

    // Each year synthesised apart, its pages moved into the one sources folder and its
    // metadata joined to the others' (keys are file names; the comment heading kept once).
    const last = options.lastYear ?? LAST_YEAR;
    const first = last - options.years + 1;
    const synthStarted = performance.now();
    const metadata: string[] = [];
    let lastDay = '';
    for (let year = first; year <= last; year++) {
      options.progress(`year ${year}: synthesising ${options.issues} issues from ${year}-01-01`);
      const out = path.join(scratch.dir, 'synth', String(year));
      const made = synthesiseInto(out, { issues: options.issues, start: `${year}-01-01`, seed: DEFAULT_SEED, seedsDir });
      for (const file of readdirSync(out).filter((f) => f.endsWith('.txt'))) renameSync(path.join(out, file), path.join(sources, file));
      const text = readFileSync(path.join(out, 'metadata.yaml'), 'utf8');
      metadata.push(metadata.length ? text.replace(/^(?:#.*\n)+\n?/, '') : text);
      lastDay = made.last;
    }
    writeFileSync(path.join(sources, 'metadata.yaml'), metadata.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('\n'));
    const synthesisSeconds = (performance.now() - synthStarted) / 1000;

    options.progress('the archive: one ingest, then every part as its runner builds it, then the merge');
    const ingest = figures(await run('ingest', 'ingest.ts', []));
    const check = figures(await run('check-content', 'check-content.ts', []));
    const articles = articleCounts(content);
    const parts = await buildParts('', articles);
    const merge = await mergeAndCheck('');

    // The daily job: the next day's pages arrive with their metadata (as runBench's).
    const date = addDays(lastDay, 1);
    options.progress(`the daily job: the issue of ${date}, then every part again (those not changed kept), the merge`);
    const incoming = path.join(scratch.dir, 'incoming');
    synthesiseInto(incoming, { issues: 1, start: date, seed: DEFAULT_SEED, seedsDir });
    const newPages = readdirSync(incoming).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(incoming, f));
    appendFileSync(path.join(sources, 'metadata.yaml'), `\n${readFileSync(path.join(incoming, 'metadata.yaml'), 'utf8')}`);
    const dailyIngest = figures(await run('daily-ingest', 'ingest.ts', newPages));
    const dailyCheck = figures(await run('daily-check-content', 'check-content.ts', []));
    const dailyParts = await buildParts('daily-', articleCounts(content));
    const dailyMerge = await mergeAndCheck('daily-');

    options.progress('search: headless Chromium on the merged site');
    const server = await startStaticHost({ dir: merged });
    const browser = await launchBrowser();
    const asks: ColdAsk[] = [];
    try {
      for (const params of [{}, { sort: 'newest' }, { year: String(first) }] as Record<string, string>[]) asks.push(await coldAsk(browser, server, QUERY, params));
    } finally {
      await browser.close();
      await server.close();
    }

    const report = decadesReport(options, {
      first,
      last,
      articles: articles.get('archive-wide') ?? 0,
      synthesisSeconds,
      ingest,
      check,
      parts,
      merge,
      daily: { date, ingest: dailyIngest, check: dailyCheck, parts: dailyParts, merge: dailyMerge },
      asks,
    });
    return { asks, linkProblems, report };
  } finally {
    if (scratch.remove) rmSync(scratch.dir, { recursive: true, force: true });
  }
}

interface Measurements {
  first: number;
  last: number;
  articles: number;
  synthesisSeconds: number;
  ingest: StepFigures;
  check: StepFigures;
  parts: PartFigures[];
  merge: MergeFigures;
  daily: { date: string; ingest: StepFigures; check: StepFigures; parts: PartFigures[]; merge: MergeFigures };
  asks: ColdAsk[];
}

function decadesReport(options: DecadesOptions, m: Measurements): DecadesReport {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const years = m.parts.filter((p) => p.name !== 'archive-wide');
  const archiveWide = m.parts.find((p) => p.name === 'archive-wide')!;
  const slowest = Math.max(...m.parts.map((p) => p.wall_s));
  const mergeAtTwenty = (m.merge.wall_s * TWENTY) / options.years;
  const { daily } = m;
  const dailyBefore = daily.ingest.wall_s + daily.check.wall_s;
  const relevance = m.asks[0];
  const fixedKb = (relevance.bytes - relevance.monthBytes) / 1024;
  const perMonthKb = relevance.months.length ? relevance.monthBytes / 1024 / relevance.months.length : 0;
  return {
    years: options.years,
    issues_per_year: options.issues,
    first_year: m.first,
    last_year: m.last,
    articles: m.articles,
    synthesis_s: round(m.synthesisSeconds, 1),
    ingest: m.ingest,
    check_content: m.check,
    parts: m.parts,
    merge: m.merge,
    daily: {
      date: daily.date,
      ingest: daily.ingest,
      check_content: daily.check,
      parts: daily.parts,
      built: daily.parts.filter((p) => !p.kept).map((p) => p.name),
      kept: daily.parts.filter((p) => p.kept).map((p) => p.name),
      merge: daily.merge,
      total_s: round(dailyBefore + daily.parts.reduce((s, p) => s + p.wall_s, 0) + daily.merge.wall_s, 1),
      parallel_s: round(dailyBefore + Math.max(...daily.parts.map((p) => p.wall_s)) + daily.merge.wall_s, 1),
    },
    search: m.asks.map((a) => ({
      params: a.params,
      kb: round(a.bytes / 1024, 1),
      requests: a.requests,
      months_opened: a.months.length,
      ms: a.ms,
      first_kb: a.firstBytes === null ? null : round(a.firstBytes / 1024, 1),
      first_ms: a.firstMs,
      status: a.status,
    })),
    twenty_years: {
      runner_minutes_one_by_one: round((TWENTY * mean(years.map((p) => p.wall_s)) + archiveWide.wall_s) / 60, 1),
      parallel_wall_minutes: round((slowest + mergeAtTwenty) / 60, 1),
      dist_gb: round(((m.merge.mb / options.years) * TWENTY) / 1e3, 2),
      month_bundles: TWENTY * 12,
      cold_newest_first_kb: round(m.asks[1].bytes / 1024, 1),
      relevance_fixed_kb: round(fixedKb, 1),
      relevance_kb_per_month_opened: round(perMonthKb, 1),
      relevance_months_opened: relevance.months.length,
      relevance_kb_estimate: round(fixedKb + perMonthKb * relevance.months.length, 1),
      relevance_kb_estimate_ten_months: round(fixedKb + perMonthKb * Math.max(10, relevance.months.length), 1),
    },
  };
}

/** The lines npm run bench-decades prints: the archive's steps, each part, the merge, the daily job, each search, twenty years. */
export function formatDecades({ report, linkProblems }: DecadesRun): string {
  const r = report;
  const step = (s: StepFigures) => `${s.wall_s.toFixed(1)} s / ${s.peak_rss_mb.toFixed(0)} MB${s.cpu_s === null ? '' : ` / ${s.cpu_s.toFixed(1)} s CPU`}`;
  const label = (name: string) => (name === 'archive-wide' ? 'archive-wide' : `year ${name}`);
  const mergeLine = (m: MergeFigures) =>
    `${m.wall_s.toFixed(1)} s / ${m.peak_rss_mb.toFixed(0)} MB, ${m.files.toLocaleString('en')} files, ${m.mb.toFixed(0)} MB, ${m.bundles} month bundles; ` +
    `links: ${m.link_check.pages.toLocaleString('en')} pages, ${m.link_check.links.toLocaleString('en')} links, ${m.link_check.problems} problems`;
  const lines = [
    `${r.years} 年（${r.first_year}–${r.last_year}）× ${r.issues_per_year} 期，按部分构建（每个部分如一台 CI 机器所建，这里一个接一个），合并后检索`,
    `  synthesis ${r.synthesis_s.toFixed(1)} s; ingest ${step(r.ingest)}, ${r.articles.toLocaleString('en')} articles; check-content ${step(r.check_content)}`,
  ];
  for (const p of r.parts) lines.push(`  part ${label(p.name)}: ${p.articles.toLocaleString('en')} articles; ${step(p)}${p.kept ? ' (kept)' : ''}`);
  lines.push(`  merge: ${mergeLine(r.merge)}`);
  const d = r.daily;
  lines.push(
    `  daily job (${d.date}): ingest ${d.ingest.wall_s.toFixed(1)} s, check-content ${d.check_content.wall_s.toFixed(1)} s, ` +
      d.parts.map((p) => `${label(p.name)} ${p.wall_s.toFixed(1)} s ${p.kept ? 'kept' : 'built'}`).join(', ') +
      `, merge ${d.merge.wall_s.toFixed(1)} s; ${d.total_s.toFixed(1)} s one after another, ${d.parallel_s.toFixed(1)} s with the parts on parallel runners` +
      ` (built again: ${d.built.join(' ') || 'none'}; kept: ${d.kept.join(' ') || 'none'})`,
    `  daily merge: ${mergeLine(d.merge)}`,
  );
  for (const problem of linkProblems) lines.push(`    ${problem}`);
  for (const a of r.search) {
    lines.push(`  search「${QUERY}」${JSON.stringify(a.params)}: first result ${a.first_ms ?? '—'} ms, ${a.first_kb === null ? '—' : a.first_kb.toFixed(0)} KB by then; whole page ${a.ms} ms, ${a.kb.toFixed(0)} KB in ${a.requests} requests, ${a.months_opened} month(s) opened — ${a.status.slice(0, 40)}`);
  }
  const t = r.twenty_years;
  lines.push(
    `  twenty years: ${t.runner_minutes_one_by_one} runner-minutes for the parts one after another (20 × the mean year part + the archive-wide part as here), ` +
      `${t.parallel_wall_minutes} min on parallel runners (the slowest part + the merge at twenty years), ` +
      `dist ≈ ${t.dist_gb} GB, cold newest-first search ${t.cold_newest_first_kb} KB (independent of years), ` +
      `relevance (default): ${t.relevance_fixed_kb} KB fixed + ${t.relevance_kb_per_month_opened} KB per month opened ` +
      `→ ≈ ${t.relevance_kb_estimate} KB with ${t.relevance_months_opened} months opened as here, ≈ ${t.relevance_kb_estimate_ten_months} KB with ten`,
  );
  return lines.join('\n');
}

function figures(m: Measured): StepFigures {
  return { wall_s: round(m.wall_s, 1), peak_rss_mb: round(m.peak_rss_mb, 0), cpu_s: m.cpu_s === null ? null : round(m.cpu_s, 1) };
}

/** Articles per part name: each year's (content/articles/<year>/), and every year's as archive-wide. */
function articleCounts(content: string): Map<string, number> {
  const counts = new Map<string, number>();
  const root = path.join(content, 'articles');
  let all = 0;
  for (const year of existsSync(root) ? readdirSync(root) : []) {
    const n = (readdirSync(path.join(root, year), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).length;
    counts.set(year, n);
    all += n;
  }
  counts.set('archive-wide', all);
  return counts;
}

/** Files and bytes of a built site, and its month bundles under pagefind/. */
function siteStats(dir: string): { files: number; bytes: number; months: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  const pagefind = path.join(dir, 'pagefind');
  const months = existsSync(pagefind) ? readdirSync(pagefind).filter((d) => /^\d{4}-\d{2}$/.test(d)).length : 0;
  return { files, bytes, months };
}

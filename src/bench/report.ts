/**
 * The benchmark's figures as a table for people and as one JSON line for scripts:
 * {"articles": n, "stages": {"ingest"|"build"|"index"|"incremental": {"wall_s", "peak_rss_mb", "largest_process_mb", "cpu_s"}},
 *  "search": {"cold_ms", "cold_bytes", "warm_ms", …}, "issues", "source_mb", "per_1000_articles", …}
 */
import type { BenchResult, StageName, StageResult } from './run.ts';
import type { SearchResult } from './search.ts';

const STAGES: { name: StageName; label: string }[] = [
  { name: 'ingest', label: 'ingest 导入' },
  { name: 'build', label: 'build 生成网页' },
  { name: 'index', label: 'index 搜索索引' },
  { name: 'incremental', label: 'incremental 增加一期' },
  { name: 'peer', label: 'peer 对照（朴素做法）' },
];

interface StageFigures {
  wall_s: number;
  peak_rss_mb: number;
  largest_process_mb?: number;
  cpu_s: number | null;
}

export interface BenchJson {
  articles: number;
  stages: Partial<Record<StageName, StageFigures>>;
  search: SearchResult | null;
  issues: number;
  shards: string;
  source_mb: number;
  page_images: number;
  ingest_mb_per_s: number | null;
  per_1000_articles: Partial<Record<StageName, StageFigures>>;
  dist: { bytes: number; files: number; html: number } | null;
  load: [number, number];
  /** With --peer: our build + index against the naive peer's build + index (peer.ts). */
  peer_ratio: PeerRatio | null;
}

export interface PeerRatio {
  /** Our build + index wall seconds over the peer's. */
  wall: number;
  cpu: number | null;
  /** Our peak over the peer's, each the whole process tree's at one moment (the stricter measure). */
  peak_rss: number;
  /** Our largest single process over the peer's (the measure of issue 18's table). */
  largest_process: number;
}

/** Our full build (pages, then index) against the peer's; null without a peer stage. */
export function peerRatio(result: BenchResult): PeerRatio | null {
  const { build, index, peer } = result.stages;
  if (!build || !peer) return null;
  const ours: StageResult[] = [build, ...(index ? [index] : [])];
  const sum = (f: (s: StageResult) => number) => ours.reduce((n, s) => n + f(s), 0);
  const cpu = ours.every((s) => s.cpu_s !== null) && peer.cpu_s !== null ? round(sum((s) => s.cpu_s!) / peer.cpu_s!) : null;
  return {
    wall: round(sum((s) => s.wall_s) / peer.wall_s),
    cpu,
    peak_rss: round(Math.max(...ours.map((s) => s.peak_rss_mb)) / peer.peak_rss_mb),
    largest_process: round(Math.max(...ours.map((s) => s.largest_process_mb)) / peer.largest_process_mb),
  };
}

/** `n` rounded to `digits` decimals, as a number (for JSON figures). */
export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** The middle value of a list of samples (the upper middle for an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function toJson(result: BenchResult, search: SearchResult | null): BenchJson {
  const stages: BenchJson['stages'] = {};
  const per: BenchJson['per_1000_articles'] = {};
  const k = result.articles / 1000;
  for (const { name } of STAGES) {
    const s = result.stages[name];
    if (!s) continue;
    stages[name] = { wall_s: round(s.wall_s), peak_rss_mb: round(s.peak_rss_mb, 0), largest_process_mb: round(s.largest_process_mb, 0), cpu_s: s.cpu_s === null ? null : round(s.cpu_s) };
    if (name !== 'incremental' && name !== 'peer') {
      per[name] = { wall_s: round(s.wall_s / k, 3), peak_rss_mb: round(s.peak_rss_mb / k, 1), cpu_s: s.cpu_s === null ? null : round(s.cpu_s / k, 3) };
    }
  }
  const ingest = result.stages.ingest;
  return {
    articles: result.articles,
    stages,
    search,
    issues: result.issues,
    shards: result.shards,
    source_mb: round(result.sourceBytes / 1e6),
    page_images: result.pageImages ?? 0,
    ingest_mb_per_s: ingest ? round(result.sourceBytes / 1e6 / ingest.wall_s) : null,
    per_1000_articles: per,
    dist: result.dist,
    load: result.load,
    peer_ratio: peerRatio(result),
  };
}

/** Terminal columns of a string: CJK characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

export function formatTable(result: BenchResult, search: SearchResult | null): string {
  const json = toJson(result, search);
  const out: string[] = [];
  const fixed = (n: number | null | undefined, d = 1) => (n === null || n === undefined ? '' : n.toFixed(d));
  out.push(`大同日报档案基准测试：${result.issues} 期，${result.articles.toLocaleString('en')} 篇稿件，来源文本 ${json.source_mb} MB${json.page_images ? `，版面图 ${json.page_images.toLocaleString('en')} 张` : ''}`);
  out.push(`(search index SEARCH_SHARDS=${result.shards}; load average ${result.load[0]} before, ${result.load[1]} after, on ${cpuCount()} cores)`);
  out.push('');
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEnd(c, 24) : padStart(c, 11))).join('').trimEnd();
  out.push(row(['stage 阶段', 'wall s', 'cpu s', 'peak MB', 'wall s/1k', 'cpu s/1k', 'MB/1k']));
  for (const { name, label: stageLabel } of STAGES) {
    const s = result.stages[name];
    if (!s && name === 'peer') continue;
    // A build that wrote its index beside the pages has no index stage of its own.
    if (!s && name === 'index' && result.indexWithBuild) continue;
    const label = name === 'build' && result.indexWithBuild ? 'build+index 网页与索引' : stageLabel;
    if (!s) {
      out.push(row([label, '—', '—', '—', '—', '—', '—']));
      continue;
    }
    const per = json.per_1000_articles[name];
    out.push(row([label, fixed(s.wall_s), fixed(s.cpu_s), fixed(s.peak_rss_mb, 0), fixed(per?.wall_s, 2), fixed(per?.cpu_s, 2), fixed(per?.peak_rss_mb)]));
    if (s.steps.length > 1) {
      for (const step of s.steps) out.push(row([`  ${stepName(step.log)}`, fixed(step.wall_s), fixed(step.cpu_s), fixed(step.peak_rss_mb, 0), '', '', '']));
    }
  }
  out.push('(per 1k: per 1,000 articles; incremental adds one issue to the built archive)');
  if (json.peer_ratio) {
    const r = json.peer_ratio;
    out.push(
      `ours / peer 我们与朴素做法之比 (build + index, same articles): wall ${r.wall}×` +
        `${r.cpu === null ? '' : `, cpu ${r.cpu}×`}, peak memory ${r.peak_rss}× (process tree), ${r.largest_process}× (largest process)`,
    );
  }
  out.push('');
  if (json.ingest_mb_per_s !== null) out.push(`ingest throughput 导入速度: ${json.ingest_mb_per_s} MB/s of source text`);
  if (result.dist) {
    out.push(`dist 网站: ${(result.dist.bytes / 1e6).toFixed(1)} MB, ${result.dist.files.toLocaleString('en')} files (${result.dist.html.toLocaleString('en')} HTML)`);
  }
  if (search) {
    out.push(
      `search 搜索「${search.query}」 cold: first result ${search.cold_first_ms} ms after submit (median, slowest ${search.cold_first_max_ms} ms), ` +
        `${(search.cold_first_bytes / 1024).toFixed(1)} KB by then; whole first page ${search.cold_ms} ms (slowest ${search.cold_max_ms} ms) ` +
        `on a search page opened in a fresh profile; ${(search.cold_bytes / 1024).toFixed(1)} KB in ${search.cold_requests} requests for the search ` +
        `(+ ${(search.page_bytes / 1024).toFixed(1)} KB page)`,
    );
    out.push(
      `search 搜索「${search.query}」 cold link /search/?q=: first result ${search.cold_link_ms} ms after navigation start, ` +
        `${search.cold_link_search_ms} ms after the search started; ${(search.cold_link_bytes / 1024).toFixed(1)} KB`,
    );
    out.push(
      `search 搜索 warm (${search.warm_queries.join('、')}): ${search.warm_ms} ms median once loaded (slowest ${search.warm_max_ms} ms,「${search.warm_max_query}」), ` +
        `${search.warm_first_ms} ms median the first time each is asked`,
    );
  } else out.push('search 搜索: not measured (the built site has no search index)');
  return out.join('\n');
}

function stepName(log: string): string {
  return log.split('/').at(-1)!.replace(/\.log$/, '');
}

function cpuCount(): number {
  return navigator.hardwareConcurrency;
}

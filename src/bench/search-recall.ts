/**
 * Recall against the oracle (search-oracle.ts): every query asked of the site's engine run in
 * Node (search-node.ts), each result set compared with the oracle's, and the count the page
 * shows compared with the results a reader can reach by paging on. `npm run bench-search-recall`
 * runs it on a synthetic archive (scripts/bench-search-recall.ts); tests/search/oracle.test.ts
 * on the seed archive.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseSearch } from '../search/shared/query.ts';
import type { SortOrder } from '../search/browser/protocol.ts';
import { openNodeSearch } from './search-node.ts';
import { oracleSearch, readOracleCorpus, type OracleCorpus } from './search-oracle.ts';
import { sampleQueries, type SampledQuery } from './search-sample.ts';

export interface RecallRow {
  kind: string;
  q: string;
  sort: SortOrder;
  /** Documents the oracle finds. */
  oracle: number;
  /** Distinct results the reader can reach. */
  found: number;
  /** Oracle documents the search does not list; results the oracle does not hold; results listed twice. */
  missing: string[];
  extra: string[];
  repeated: number;
  /** The count the page shows once every result has been reached by paging on. */
  shown: number;
  /** Whether that count is still marked as a lower bound ("at least": months not yet searched). */
  atLeast: boolean;
  /** The count shown with the first page of ten, and whether it is marked "at least". */
  firstShown: number;
  firstAtLeast: boolean;
  ms: number;
}

/** A count is true when it is the number of results reachable, or marked "at least" and not more. */
const countIsTrue = (shown: number, atLeast: boolean, found: number) => (atLeast ? shown <= found : shown === found);

/** A row is right when the sets agree and every count shown is true. */
export const rowIsRight = (r: RecallRow) =>
  r.missing.length === 0 && r.extra.length === 0 && r.repeated === 0 && countIsTrue(r.shown, r.atLeast, r.found) && countIsTrue(r.firstShown, r.firstAtLeast, r.found);

export interface RecallReport {
  documents: number;
  bundles: number;
  rows: RecallRow[];
}

/**
 * Asks every query of `queries` in each order of `sorts` on the index under `siteDir`/pagefind
 * and compares with the oracle over `corpus`. A fresh engine per order, so months open as on a
 * new search page. `progress` hears of each wrong row as it is found.
 */
export async function measureRecall(options: {
  siteDir: string;
  corpus: OracleCorpus;
  queries: SampledQuery[];
  sorts: SortOrder[];
  progress?: (row: RecallRow) => void;
}): Promise<RecallReport> {
  const search = await openNodeSearch(options.siteDir);
  const rows: RecallRow[] = [];
  try {
    for (const sort of options.sorts) {
      const engine = await search.engine();
      for (const { kind, q } of options.queries) {
        const want = oracleSearch(options.corpus, parseSearch(q));
        const started = performance.now();
        // The first page of ten, as a reader opens it, then every result by paging on.
        const first = await search.page(engine, { query: q, filters: {}, sort, offset: 0, limit: 10 });
        const ms = performance.now() - started;
        const got = await search.ask(engine, { query: q, filters: {}, sort });
        const listed = new Set(got.urls);
        const row: RecallRow = {
          kind,
          q,
          sort,
          oracle: want.size,
          found: listed.size,
          missing: [...want].filter((u) => !listed.has(u)),
          extra: [...listed].filter((u) => !want.has(u)),
          repeated: got.urls.length - listed.size,
          shown: got.total,
          atLeast: got.atLeast,
          firstShown: first.total,
          firstAtLeast: first.atLeast,
          ms,
        };
        rows.push(row);
        if (!rowIsRight(row)) options.progress?.(row);
      }
    }
  } finally {
    await search.close();
  }
  return { documents: options.corpus.documents.length, bundles: search.bundles.length, rows };
}

export interface KindSummary {
  kind: string;
  queries: number;
  wrong: number;
  /** Results the oracle finds, over every query of the kind, and how many the search listed. */
  oracle: number;
  listed: number;
  extra: number;
  countWrong: number;
  ms: number;
}

/** Per kind of query: how many were asked, how many were wrong, recall over all their results. */
export function summarise(rows: RecallRow[]): KindSummary[] {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds.map((kind) => {
    const mine = rows.filter((r) => r.kind === kind);
    return {
      kind,
      queries: mine.length,
      wrong: mine.filter((r) => !rowIsRight(r)).length,
      oracle: mine.reduce((n, r) => n + r.oracle, 0),
      listed: mine.reduce((n, r) => n + r.oracle - r.missing.length, 0),
      extra: mine.reduce((n, r) => n + r.extra.length, 0),
      countWrong: mine.filter((r) => !countIsTrue(r.shown, r.atLeast, r.found) || !countIsTrue(r.firstShown, r.firstAtLeast, r.found)).length,
      ms: mine.reduce((n, r) => n + r.ms, 0) / Math.max(1, mine.length),
    };
  });
}

/** The table `npm run bench-search-recall` prints. */
export function formatRecall(report: RecallReport): string {
  const lines = [
    `${report.documents} documents, ${report.bundles} bundle(s); ${report.rows.length} queries asked`,
    '',
    'sort       kind         queries  wrong  recall (listed / oracle)     extra  count wrong  ms to the first page',
  ];
  for (const sort of [...new Set(report.rows.map((r) => r.sort))]) {
    for (const s of summarise(report.rows.filter((r) => r.sort === sort))) {
      const recall = s.oracle ? `${((100 * s.listed) / s.oracle).toFixed(2)}% (${s.listed} / ${s.oracle})` : '— (0 / 0)';
      lines.push(
        `${sort.padEnd(10)} ${s.kind.padEnd(12)} ${String(s.queries).padStart(7)} ${String(s.wrong).padStart(6)}  ${recall.padEnd(27)} ${String(s.extra).padStart(5)} ${String(s.countWrong).padStart(12)} ${s.ms.toFixed(1).padStart(9)}`,
      );
    }
  }
  const wrong = report.rows.filter((r) => !rowIsRight(r));
  lines.push('', wrong.length ? `${wrong.length} wrong:` : 'every query: the oracle\'s set, and the count shown is the number reachable');
  for (const r of wrong.slice(0, 30)) {
    lines.push(`  [${r.sort} ${r.kind}] ${r.q}: oracle ${r.oracle}, listed ${r.found}, missing ${r.missing.length}, extra ${r.extra.length}, repeated ${r.repeated}, shown ${r.atLeast ? '≥' : ''}${r.shown} (first page ${r.firstAtLeast ? '≥' : ''}${r.firstShown})`);
  }
  return lines.join('\n');
}

/** Runs `npm run <script> -- args` in `cwd` with `env`; resolves when it exits 0, else throws with its last lines. */
export function npmRun(cwd: string, env: NodeJS.ProcessEnv, script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} 失败（exit ${code}）：\n${out.split('\n').slice(-20).join('\n')}`))));
  });
}

export interface RecallArchive {
  dir: string;
  content: string;
  site: string;
}

/**
 * A synthetic archive of `issues` issues in `dir` (content/ and site/pagefind/), made as staff
 * would: `npm run synth`, `npm run ingest`, `npm run build-search` with SEARCH_SHARDS=`shards`.
 * Content already there (same issue count) is kept; the index is brought up to date
 * (build-search rewrites only what changed). Throws what a stage reports.
 */
export async function prepareRecallArchive(options: {
  project: string;
  dir: string;
  issues: number;
  seed: string;
  start: string;
  shards: string;
  progress: (line: string) => void;
}): Promise<RecallArchive> {
  const content = path.join(options.dir, 'content');
  const site = path.join(options.dir, 'site');
  const env = { ...process.env, ARCHIVE_CONTENT_DIR: content, SEARCH_SHARDS: options.shards };
  const issuesThere = existsSync(path.join(content, 'issues')) ? (readdirSync(path.join(content, 'issues'), { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).length : 0;
  if (issuesThere !== options.issues) {
    options.progress(`synth + ingest: ${options.issues} issues → ${content}`);
    mkdirSync(options.dir, { recursive: true });
    await npmRun(options.project, env, 'synth', ['--issues', String(options.issues), '--out', path.join(content, 'sources'), '--seed', options.seed, '--start', options.start, '--from', path.join(options.project, 'content/sources')]);
    await npmRun(options.project, env, 'ingest', []);
  }
  options.progress(`build-search (SEARCH_SHARDS=${options.shards}) → ${site}/pagefind`);
  await npmRun(options.project, env, 'build-search', ['--content', content, '--out', path.join(site, 'pagefind')]);
  return { dir: options.dir, content, site };
}

export { readOracleCorpus, sampleQueries };

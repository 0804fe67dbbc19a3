/**
 * The archive's index as one bundle or one per month, rebuilding only the bundles whose
 * period changed (writeArchiveIndex), several at once (bundle-pool.ts); one bundle is written
 * by bundle.ts. The browser merges the bundles (engine.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryDate } from '../../content/paths.ts';
import { readIndexedArticles } from './archive.ts';
import { readIndexedTopics } from '../../topics/search.ts';
import { shardScheme, type ShardScheme } from '../../config.ts';
import { BASE_BUNDLE, shardOf } from '../shared/shards.ts';
import type { IndexedArticle } from './document.ts';
import type { IndexedTopic } from './topic-document.ts';
import { writeDirectory } from './directory.ts';
import { writeBaseBundle, type IndexReport } from './bundle.ts';
import { bundleParallelism, writeBundles, type BundleJob } from './bundle-pool.ts';
import { processAlive } from '../../processes.ts';

export { writeBaseBundle, writeSearchIndex, type IndexReport } from './bundle.ts';

/**
 * Which of the index a build writes: the months it holds (folder `2024-03/`, or '' for one
 * bundle), and whether it writes what every month shares (the base bundle and the term
 * directory). A year's part of a build by parts writes its months and nothing shared.
 */
export interface IndexPart {
  months: (folder: string) => boolean;
  shared: boolean;
}

/** What each bundle under pagefind/ was built from, so an unchanged bundle is kept as it is. */
interface ShardManifest {
  version: 1;
  scheme: ShardScheme;
  /** Digest of the code and Pagefind version that wrote the bundles. */
  code: string;
  shards: Record<string, { digest: string; articles: number; topics: number }>;
}

const MANIFEST = 'shards.json';

/**
 * Whether a top-level folder of dist/ is the search index's: pagefind/, or the folder a build
 * writes its changed bundles into beside it (pagefind.new-<pid>) while the pages are still being
 * built (background-index.ts). The steps that walk dist/ after the pages leave both alone.
 */
export function isIndexFolder(name: string): boolean {
  return name === 'pagefind' || /^pagefind\.new-\d+$/.test(name);
}
const MONTH_CHUNK_SIZE = 5000;

export interface ShardWritten extends IndexReport {
  /** The bundle was kept from the previous build: its content had not changed. */
  reused: boolean;
}

/**
 * The archive's index under `root` (dist/pagefind): one bundle, or one per month
 * (shards.ts). Reports each bundle as it is written or kept.
 *
 * A bundle is rebuilt only when the content files of its period (their bytes, read without
 * parsing) or the indexing code changed since the bundle was written (pagefind/shards.json):
 * the daily job, which adds one issue, rebuilds one month and reads only that month's entries.
 * Changed bundles are written beside the index first and swapped in only once all of them are
 * written, so a refused or failed build leaves the previous index as it was.
 *
 * Topics (content/topics/*.mdx) go in the bundle of the month their span ends, or the
 * newest bundle when that period has no articles; their files count in that bundle's digest.
 * `parallel` bundles are written at once, and as many as `wider` gives once it resolves.
 */
export async function writeArchiveIndex(
  contentDir: string,
  root: string,
  report: (folder: string, written: ShardWritten) => void,
  scheme: ShardScheme = shardScheme(),
  part: IndexPart = { months: () => true, shared: true },
  parallel: number = bundleParallelism(),
  wider?: Promise<number>,
): Promise<void> {
  if (!existsSync(contentDir)) throw new Error(`检索索引：内容目录不存在：${contentDir}`);
  // Month bundles: index chunks of 5,000 word locations rather than Pagefind's 20,000. Measured
  // on a month of the paper (1,900 articles): a cold query loads 36 KiB of chunks instead of
  // 95 KiB, for a chunk list 6 KiB larger (docs/scaling.md). Pagefind reads it from the
  // environment of the indexing service it starts (PAGEFIND_* are Pagefind's own settings, not
  // the archive's: they are read and set here, not in src/config.ts).
  if (scheme === 'month') process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(MONTH_CHUNK_SIZE);
  const topics = readIndexedTopics(path.join(contentDir, 'topics'));
  const topicFolders = new Map<IndexedTopic, string>();
  const every = shardDigests(contentDir, scheme, part.months, (folders) => {
    for (const topic of topics) {
      const own = shardOf(scheme, topic.data.to);
      topicFolders.set(topic, folders.includes(own) ? own : (folders[0] ?? ''));
    }
    return topics.map((topic) => ({ folder: topicFolders.get(topic)!, file: `topics/${topic.name}.mdx` }));
  });
  // A year's part of a build by parts writes its months only (src/site/build-part.ts).
  const digests = new Map([...every].filter(([folder]) => part.months(folder)));
  const code = codeDigest(scheme);
  const previous = readManifest(root);
  const incremental = scheme !== 'archive' && previous?.scheme === scheme && previous.code === code;
  const changed = [...digests.keys()].filter(
    (folder) => !incremental || previous!.shards[folder]?.digest !== digests.get(folder) || !existsSync(path.join(root, folder, 'pagefind.js')),
  );

  const fresh = `${root}.new-${process.pid}`;
  await removeAbandoned(root);
  await rm(fresh, { recursive: true, force: true });
  const manifest: ShardManifest = { version: 1, scheme, code, shards: {} };
  try {
    // The changed periods are read in one pass (one read of the entry cache), then written in parallel.
    const jobs = bundleJobs(contentDir, scheme, changed, (folder) => topics.filter((topic) => topicFolders.get(topic) === folder), fresh);
    // Reported in the order of `changed` (newest first), each as soon as those before it are written.
    const done = new Map<BundleJob, IndexReport>();
    let next = 0;
    await writeBundles([...jobs.values()], (job, written) => {
      done.set(job, written);
      for (; next < changed.length && done.has(jobs.get(changed[next])!); next++) {
        report(changed[next], { ...done.get(jobs.get(changed[next])!)!, outputPath: path.join(root, changed[next]), reused: false });
      }
    }, parallel, wider);
    for (const [folder, job] of jobs) manifest.shards[folder] = { digest: digests.get(folder)!, articles: job.articles.length, topics: job.topics.length };
    for (const folder of digests.keys()) {
      if (changed.includes(folder)) continue;
      manifest.shards[folder] = previous!.shards[folder];
      const kept = previous!.shards[folder];
      report(folder, { articles: kept.articles, topics: kept.topics ?? 0, outputPath: path.join(root, folder), files: 0, bytes: 0, reused: true });
    }
    if (!incremental) {
      await mkdir(fresh, { recursive: true });
      await writeFile(path.join(fresh, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      await rm(root, { recursive: true, force: true });
      await rename(fresh, root);
      if (scheme === 'month' && part.shared) {
        writeDirectory(root);
        await writeBaseBundle(path.join(root, BASE_BUNDLE));
      }
      return;
    }
    // Swap in the rebuilt bundles one by one, drop the ones whose period is gone, then record.
    for (const folder of changed) {
      const target = path.join(root, folder);
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(fresh, folder), target);
    }
    const gone = Object.keys(previous!.shards).filter((folder) => !digests.has(folder));
    for (const folder of gone) await rm(path.join(root, folder), { recursive: true, force: true });
    await writeFile(path.join(root, `${MANIFEST}.tmp`), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(path.join(root, `${MANIFEST}.tmp`), path.join(root, MANIFEST));
    // The directory covers every month: made again from their statistics whenever one changed.
    if (!part.shared) return;
    if (changed.length || gone.length || !existsSync(path.join(root, 'directory', 'index.json'))) writeDirectory(root);
    if (!existsSync(path.join(root, BASE_BUNDLE, 'pagefind.js'))) await writeBaseBundle(path.join(root, BASE_BUNDLE));
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

/** Folders beside `root` that a build which did not finish left (pagefind.new-<pid> of a process gone). */
async function removeAbandoned(root: string): Promise<void> {
  const parent = path.dirname(root);
  if (!existsSync(parent)) return;
  const prefix = `${path.basename(root)}.new-`;
  for (const name of readdirSync(parent)) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}


/** The bundle to write for each of `folders` (in that order), its articles read in one pass of the content tree. */
function bundleJobs(
  contentDir: string,
  scheme: ShardScheme,
  folders: string[],
  topicsOf: (folder: string) => IndexedTopic[],
  fresh: string,
): Map<string, BundleJob> {
  const wanted = new Set(folders);
  const byFolder = new Map<string, IndexedArticle[]>(folders.map((folder) => [folder, []]));
  if (folders.length) {
    for (const entry of readIndexedArticles(contentDir, (date) => wanted.has(shardOf(scheme, date)))) {
      byFolder.get(shardOf(scheme, entry.issue.date))!.push(entry);
    }
  }
  return new Map(
    folders.map((folder) => [
      folder,
      {
        articles: byFolder.get(folder)!,
        topics: topicsOf(folder),
        outputPath: path.join(fresh, folder),
        options: { month: scheme === 'month' ? folder.slice(0, 7) : undefined },
      },
    ]),
  );
}

const COLLECTIONS = ['issues', 'sections', 'articles', 'photos'];

/**
 * Digest of the content files of each bundle's period, from their bytes; only periods with
 * articles (and the whole archive's bundle always). `extra` places further files (the topics)
 * once the folders are known, newest first. Only the periods `hashed` passes are read; the
 * others get a digest of nothing (a part of a build by parts writes only its own).
 */
function shardDigests(
  contentDir: string,
  scheme: ShardScheme,
  hashed: (folder: string) => boolean,
  extra: (folders: string[]) => { folder: string; file: string }[],
): Map<string, string> {
  const hashes = new Map<string, Hash>();
  const withArticles = new Set<string>();
  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    if (!existsSync(dir)) continue;
    const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => `${collection}/${f.split(path.sep).join('/')}`).sort();
    for (const rel of files) {
      const date = entryDate(rel);
      if (!date || !/\.(json|md)$/.test(rel)) continue;
      const folder = shardOf(scheme, date);
      if (collection === 'articles') withArticles.add(folder);
      // The months of another part are listed (topics go by them), not read.
      if (!hashed(folder)) continue;
      let hash = hashes.get(folder);
      if (!hash) hashes.set(folder, (hash = createHash('sha256')));
      hash.update(`${rel}\0`).update(readFileSync(path.join(contentDir, rel))).update('\0');
    }
  }
  // One bundle for the whole archive is written even while it has no articles.
  if (scheme === 'archive') withArticles.add('');
  const folders = [...withArticles].sort().reverse();
  for (const { folder, file } of extra(folders)) {
    if (!hashed(folder)) continue;
    let hash = hashes.get(folder);
    if (!hash) hashes.set(folder, (hash = createHash('sha256')));
    hash.update(`${file}\0`).update(readFileSync(path.join(contentDir, file))).update('\0');
  }
  const digests = new Map<string, string>();
  for (const folder of folders) digests.set(folder, (hashes.get(folder) ?? createHash('sha256').update('empty')).digest('hex'));
  return digests;
}

/**
 * The indexing code (src/search/build and shared, src/schema, src/content, src/topics),
 * Pagefind's version and its settings: a change rebuilds every bundle.
 */
function codeDigest(scheme: ShardScheme): string {
  const hash = createHash('sha256').update(scheme);
  const src = fileURLToPath(new URL('../../', import.meta.url));
  for (const dir of ['search/build', 'search/shared', 'schema', 'content', 'topics'].map((d) => path.join(src, d))) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/\.(ts|astro)$/.test(name)) hash.update(name).update(readFileSync(path.join(dir, name)));
    }
  }
  // Pagefind's version (its package.json is not among its exports: found beside the project).
  const pagefindPackage = [path.join(src, '../node_modules/pagefind/package.json'), path.resolve('node_modules/pagefind/package.json')].find(existsSync);
  if (pagefindPackage) hash.update(readFileSync(pagefindPackage));
  // Pagefind's own settings from the environment (see writeArchiveIndex) change what it writes.
  for (const [key, value] of Object.entries(process.env)) if (key.startsWith('PAGEFIND')) hash.update(`${key}=${value}`);
  return hash.digest('hex');
}

function readManifest(root: string): ShardManifest | null {
  try {
    const data = JSON.parse(readFileSync(path.join(root, MANIFEST), 'utf8')) as ShardManifest;
    return data.version === 1 && typeof data.shards === 'object' ? data : null;
  } catch {
    return null;
  }
}

/**
 * The index manifest (pagefind/shards.json) of a site merged from parts (src/deploy/merge-parts.ts):
 * every part's months in one, newest first, written to `root`. Throws when the parts were indexed
 * by different code or schemes (their bundles would not search alike), naming both.
 */
export function writeMergedManifest(partRoots: string[], root: string): void {
  let merged: ShardManifest | null = null;
  for (const partRoot of partRoots) {
    const manifest = readManifest(partRoot);
    if (!manifest) continue;
    merged ??= { version: 1, scheme: manifest.scheme, code: manifest.code, shards: {} };
    if (manifest.scheme !== merged.scheme || manifest.code !== merged.code) {
      throw new Error(`检索索引：${partRoot} 由另一版程序或另一种分卷写出（${manifest.scheme}，${manifest.code.slice(0, 12)}），与其他部分（${merged.scheme}，${merged.code.slice(0, 12)}）不同；请用同一版程序重新构建各部分`);
    }
    Object.assign(merged.shards, manifest.shards);
  }
  if (!merged) return;
  const folders = Object.keys(merged.shards).sort().reverse();
  merged.shards = Object.fromEntries(folders.map((folder) => [folder, merged!.shards[folder]]));
  writeFileSync(path.join(root, MANIFEST), `${JSON.stringify(merged, null, 2)}\n`);
}

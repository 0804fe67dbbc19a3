/**
 * Writes the term directory (shared/directory.ts) under pagefind/directory/ from the term
 * statistics kept beside every month bundle (term-stats.ts). Run after the month bundles are
 * written, and again when the parts of a build by parts are merged (src/deploy/merge-parts.ts): it
 * reads only the statistics files, never the content.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bucketOf, DIRECTORY_FOLDER, DIRECTORY_VERSION, type DirectoryBucket, type DirectoryIndex } from '../shared/directory.ts';
import { readTermStats } from './term-stats.ts';

/** Raw JSON bytes a bucket is made to hold, some 3 KB once gzipped: a query fetches one per word. */
const BUCKET_BYTES = 8_000;

export interface DirectoryReport {
  months: number;
  keys: number;
  buckets: number;
  bytes: number;
}

/**
 * The directory of the month bundles under `root` (folders YYYY-MM holding term statistics).
 * Months without statistics are listed as unbounded with no keys: relevance opens them, counts
 * say "at least". Written beside the old directory and swapped in.
 */
export function writeDirectory(root: string): DirectoryReport {
  const folders = readdirSync(root).filter((f) => /^\d{4}-\d{2}$/.test(f)).sort();
  const months: DirectoryIndex['months'] = [];
  const byKey = new Map<string, number[]>();
  folders.forEach((month, m) => {
    const stats = readTermStats(path.join(root, month));
    months.push({ month, pages: stats?.pages ?? 0, bounded: Boolean(stats?.bounded) });
    if (!stats) return;
    for (const [key, [pages, best]] of Object.entries(stats.keys)) {
      let flat = byKey.get(key);
      if (!flat) byKey.set(key, (flat = []));
      flat.push(m, pages, best);
    }
  });
  let size = 0;
  for (const [key, flat] of byKey) size += key.length * 3 + 6 + flat.length * 5;
  const buckets = Math.max(1, Math.ceil(size / BUCKET_BYTES));
  const contents: DirectoryBucket[] = Array.from({ length: buckets }, () => ({}));
  for (const [key, flat] of byKey) contents[bucketOf(key, buckets)][key] = flat;

  const target = path.join(root, DIRECTORY_FOLDER);
  const fresh = `${target}.new-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  let bytes = 0;
  contents.forEach((bucket, i) => {
    const text = JSON.stringify(bucket);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(fresh, `${i}.json`), text);
  });
  const index: DirectoryIndex = { version: DIRECTORY_VERSION, buckets, months };
  writeFileSync(path.join(fresh, 'index.json'), JSON.stringify(index));
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  renameSync(fresh, target);
  return { months: months.length, keys: byKey.size, buckets, bytes };
}

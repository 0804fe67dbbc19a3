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
  const listed = bundles.map((b) => `${base}pagefind/${b}/`).join(' ');
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

/**
 * Entries already read and validated, by file and the digest of its bytes, kept between runs
 * beside Astro's cache (ASTRO_CACHE_DIR, else node_modules/.astro/). The build reads the whole
 * tree twice a day-job (the pre-build check, the data downloads): with this, only the files the
 * ingest or a person changed are parsed again. A file whose bytes differ, or a change to the
 * reader (this folder) or the schemas, is read afresh; references are always checked in full.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroCacheDir } from '../config.ts';

export interface ReadCache {
  get<T>(rel: string, digest: string): T | null;
  set(rel: string, digest: string, entry: unknown): void;
  /** Writes the cache if anything was read afresh; `whole`: the tree was read entire, so drop files gone. */
  save(whole: boolean): void;
}

/** The digest a file's bytes are kept under. */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/**
 * The cache of one content tree (a tree's entries never mix with another's), in `cacheDir`
 * (by default ASTRO_CACHE_DIR, else node_modules/.astro). Never throws.
 */
export function openReadCache(contentDir: string, cacheDir: string = astroCacheDir() ?? 'node_modules/.astro'): ReadCache {
  const dir = path.resolve(cacheDir);
  const file = path.join(dir, `content-read-${createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}.json`);
  const version = readerVersion();
  let old: Record<string, [string, unknown]> = {};
  if (version !== null) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; entries: Record<string, [string, unknown]> };
      if (data.version === version) old = data.entries;
    } catch {
      // No cache yet, or one that cannot be read: everything is read afresh.
    }
  }
  const seen: Record<string, [string, unknown]> = {};
  let fresh = 0;
  return {
    get: <T>(rel: string, digest: string) => {
      const hit = old[rel];
      if (!hit || hit[0] !== digest) return null;
      seen[rel] = hit;
      return hit[1] as T;
    },
    set: (rel, digest, entry) => {
      seen[rel] = [digest, entry];
      fresh++;
    },
    save: (whole) => {
      if (version === null) return;
      const dropped = whole && Object.keys(old).some((rel) => !(rel in seen));
      if (fresh === 0 && !dropped) return;
      const entries = whole ? seen : { ...old, ...seen };
      try {
        fs.mkdirSync(dir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ version, entries }));
        fs.renameSync(tmp, file);
      } catch {
        // A cache that cannot be written only costs the next run its speed.
      }
    },
  };
}

/**
 * The reader (this folder) and the schemas it applies: a change to any of them reads every file
 * afresh. Inside a build this module runs from a bundled chunk, so the sources are looked for
 * beside it and in the project; null (no cache) when they cannot be found.
 */
function readerVersion(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const own = [here, path.resolve('src/content')].find((dir) => fs.existsSync(path.join(dir, 'read.ts')));
  if (!own) return null;
  const hash = createHash('sha1');
  const files = [
    ...fs.readdirSync(own).filter((name) => name.endsWith('.ts')).sort().map((name) => path.join(own, name)),
    path.join(own, '../schema/entries.ts'),
    path.join(own, '../schema/day.ts'),
  ];
  for (const file of files) hash.update(fs.existsSync(file) ? fs.readFileSync(file) : file);
  return hash.digest('hex');
}

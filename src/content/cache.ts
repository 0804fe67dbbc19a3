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

/**
 * The digest a file's bytes are kept under: their sha256 in hex, as the ingest's manifest records
 * each file it wrote (src/ingest/plan.ts), so a read can tell a hand edit without reading the file again.
 */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One cache file's entries: a file's path in the tree → [digest of its bytes, the entry read from it]. */
type Kept = Record<string, [string, unknown]>;

/**
 * The cache file an entry is kept in: the month of its issue (articles/2025/2025-01-08/01-02.md:
 * 2025-01), else one for the undated. The daily job adds a day: one month's file is written
 * again, not a year's entries (4.6 s of a daily build's CPU at 365 issues, when it was one file),
 * and a read of some months parses only theirs.
 */
function cacheFileOf(rel: string): string {
  return /(\d{4}-\d{2})-\d{2}/.exec(rel)?.[1] ?? 'undated';
}

/**
 * The cache of one content tree (a tree's entries never mix with another's), a folder of one
 * JSON file per month in `cacheDir` (by default ASTRO_CACHE_DIR, else node_modules/.astro).
 * Never throws.
 */
export function openReadCache(contentDir: string, cacheDir: string = astroCacheDir() ?? 'node_modules/.astro'): ReadCache {
  const dir = path.resolve(cacheDir);
  const name = `content-read-${createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`;
  const folder = path.join(dir, name);
  const version = readerVersion();
  /** Each cache file read so far, as it was on disk. */
  const old = new Map<string, Kept>();
  /** Entries read this run (from the cache or afresh), by cache file. */
  const seen = new Map<string, Kept>();
  /** Cache files holding an entry read afresh. */
  const fresh = new Set<string>();
  const kept = (key: string): Kept => {
    let entries = old.get(key);
    if (!entries) {
      entries = {};
      if (version !== null) {
        try {
          const data = JSON.parse(fs.readFileSync(path.join(folder, `${key}.json`), 'utf8')) as { version: string; entries: Kept };
          if (data.version === version) entries = data.entries;
        } catch {
          // No cache yet, or one that cannot be read: its entries are read afresh.
        }
      }
      old.set(key, entries);
    }
    return entries;
  };
  const seenIn = (key: string): Kept => {
    let entries = seen.get(key);
    if (!entries) seen.set(key, (entries = {}));
    return entries;
  };
  return {
    get: <T>(rel: string, digest: string) => {
      const key = cacheFileOf(rel);
      const hit = kept(key)[rel];
      if (!hit || hit[0] !== digest) return null;
      seenIn(key)[rel] = hit;
      return hit[1] as T;
    },
    set: (rel, digest, entry) => {
      const key = cacheFileOf(rel);
      seenIn(key)[rel] = [digest, entry];
      fresh.add(key);
    },
    save: (whole) => {
      if (version === null) return;
      const rewrite = new Set(fresh);
      const gone: string[] = [];
      if (whole) {
        // Files removed from the tree leave their cache file; a month with none left, its file.
        for (const [key, entries] of old) if (Object.keys(entries).some((rel) => !(rel in (seen.get(key) ?? {})))) rewrite.add(key);
        try {
          for (const file of fs.readdirSync(folder)) if (file.endsWith('.json') && !seen.has(file.slice(0, -5))) gone.push(file);
        } catch {
          // No folder yet.
        }
      }
      try {
        fs.mkdirSync(folder, { recursive: true });
        for (const key of rewrite) {
          const entries = whole ? (seen.get(key) ?? {}) : { ...kept(key), ...seen.get(key) };
          const file = path.join(folder, `${key}.json`);
          if (Object.keys(entries).length === 0) {
            fs.rmSync(file, { force: true });
            continue;
          }
          const tmp = `${file}.${process.pid}.tmp`;
          fs.writeFileSync(tmp, JSON.stringify({ version, entries }));
          fs.renameSync(tmp, file);
        }
        for (const file of gone) fs.rmSync(path.join(folder, file), { force: true });
        // The one file of earlier versions of this cache.
        fs.rmSync(`${folder}.json`, { force: true });
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

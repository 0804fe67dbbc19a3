/**
 * One read of the content tree per build, shared by the pages (src/site/load.ts: the articles'
 * bodies, the /data/ downloads) and the steps that write files after them (citation-files.ts,
 * data-files.ts). Each read of a year's tree costs about two seconds; the daily build read it
 * twice (docs/scaling.md). The pages run from Vite's bundled copy of the site's modules, so a
 * module's own variable is not shared with the integrations: the read is kept in a process-wide
 * slot, as the downloads' hand-over is (src/data/hand-over.ts).
 *
 * The slot is open only from a build's start (astro:build:start) to the next: `astro dev` reads
 * afresh whenever its modules are loaded again. Within a build the key holds the tree's
 * generation (an ingest's commit changes it), so a tree switched mid-build is read again, and
 * the content guard fails that build (content-guard.ts).
 */
import path from 'node:path';
import type { StoredArchive } from '../content/archive.ts';
import { contentGeneration } from '../content/commit-state.ts';
import { buildPart, contentDir as configuredContentDir, type BuildPart } from '../config.ts';
import { readPartArchive } from './part-archive.ts';

const SLOT = Symbol.for('datong-archive.build-read');

type Slot = { reads: Map<string, StoredArchive>; entries: Map<string, ReadonlyMap<string, EntryRead>> } | undefined;
const slots = globalThis as typeof globalThis & { [SLOT]?: Slot };

/** Called when a build starts: reads from now on are shared, and nothing read before is kept. */
export function startBuildRead(): void {
  slots[SLOT] = { reads: new Map(), entries: new Map() };
}

/**
 * The tree under `dir` (the configured content tree by default) as `part` reads it
 * (readPartArchive). Within a build, read once for each tree, part and generation of the tree;
 * outside one, read at each call. Throws what readPartArchive throws.
 */
export function readBuildArchive(dir: string = configuredContentDir(), part: BuildPart = buildPart()): StoredArchive {
  const slot = slots[SLOT];
  if (!slot) return readPartArchive(dir, part);
  const key = JSON.stringify([path.resolve(dir), part, contentGeneration(dir)]);
  let archive = slot.reads.get(key);
  if (!archive) {
    archive = readPartArchive(dir, part);
    slot.reads.set(key, archive);
  }
  return archive;
}

/** One file's entry as this build's read found it: the sha256 (hex) of its bytes and its fields as validated. */
export interface EntryRead {
  digest: string;
  /** The entry's fields as its schema gave them, without what the reader adds (`file`, an article's `blocks`). */
  data: Record<string, unknown>;
}

/**
 * Each entry of the tree under `dir` (path relative to `dir`, with `/`) as this build's read found
 * it, when the build has read that tree at its current generation; otherwise undefined. Never
 * reads the tree itself: the collections' loader (src/content/loader.ts) takes an entry from here
 * instead of reading and parsing its file again, which on a build from an empty cache was every
 * file of the tree a second time (docs/scaling.md). Articles given from the years' summaries are
 * not here (they were not read from files).
 */
export function entriesAlreadyRead(dir: string): ReadonlyMap<string, EntryRead> | undefined {
  const slot = slots[SLOT];
  if (!slot) return undefined;
  const tree = path.resolve(dir);
  const generation = contentGeneration(dir);
  for (const [key, archive] of slot.reads) {
    const [readDir, , readGeneration] = JSON.parse(key) as [string, unknown, string];
    if (readDir !== tree || readGeneration !== generation || !archive.fileDigests) continue;
    let entries = slot.entries.get(key);
    if (!entries) {
      entries = entriesOf(archive, archive.fileDigests);
      slot.entries.set(key, entries);
    }
    return entries;
  }
  return undefined;
}

function entriesOf(archive: StoredArchive, digests: ReadonlyMap<string, string>): Map<string, EntryRead> {
  const entries = new Map<string, EntryRead>();
  const add = ({ file, ...data }: { file: string } & Record<string, unknown>) => {
    const digest = digests.get(file);
    if (digest) entries.set(file, { digest, data });
  };
  for (const issue of archive.issues) add(issue);
  for (const section of archive.sectionById.values()) add(section);
  for (const { blocks: _blocks, ...article } of archive.articleById.values()) add(article);
  for (const photo of archive.photos) add(photo);
  return entries;
}

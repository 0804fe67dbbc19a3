/**
 * The content tree as read once after a build's pages, for the integrations that write files
 * from it (citation-files.ts, data-files.ts): each read of a year's tree costs seconds, and they
 * run one after the other in astro:build:done. The content guard (content-guard.ts, first of
 * the integrations) has by then checked that no ingest switched the tree during the build.
 * Forgotten when a build starts, so a process that builds twice reads the tree afresh.
 */
import type { StoredArchive } from '../content/archive.ts';
import { readPartArchive } from '../site/part-archive.ts';

let read: { dir: string; archive: StoredArchive } | null = null;

/** The archive under `dir` (an absolute content folder), read at the first call after a build starts. Throws what readPartArchive throws. */
export function archiveAfterBuild(dir: string): StoredArchive {
  if (read?.dir !== dir) {
    // A part of a build by parts reads what it shows (src/site/part-archive.ts).
    read = { dir, archive: readPartArchive(dir) };
  }
  return read.archive;
}

/** Called when a build starts: the next archiveAfterBuild reads the tree again. */
export function forgetArchiveAfterBuild(): void {
  read = null;
}

/**
 * The content tree as read once after a build's pages, for the integrations that write files
 * from it (citation-files.ts, data-files.ts): each read of a year's tree costs seconds, and they
 * run one after the other in astro:build:done. The content guard (content-guard.ts, first of
 * the integrations) has by then checked that no ingest switched the tree during the build.
 * Forgotten when a build starts, so a process that builds twice reads the tree afresh.
 */
import { readArchive, type StoredArchive } from '../content/archive.ts';
import { issueDatesRead } from '../site/build-part.ts';

let read: { dir: string; archive: StoredArchive } | null = null;

/** The archive under `dir` (an absolute content folder), read at the first call after a build starts. Throws what readArchive throws. */
export function archiveAfterBuild(dir: string): StoredArchive {
  if (read?.dir !== dir) {
    // A year's part of a build by parts reads its own issues (src/site/build-part.ts).
    const dates = issueDatesRead(undefined, dir);
    read = { dir, archive: readArchive(dir, dates ? { dates: (date) => dates.has(date) } : {}) };
  }
  return read.archive;
}

/** Called when a build starts: the next archiveAfterBuild reads the tree again. */
export function forgetArchiveAfterBuild(): void {
  read = null;
}

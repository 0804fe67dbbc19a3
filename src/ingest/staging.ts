/**
 * Removing the ingest's staging folder (content/.ingest-commit/: the staged new state and the
 * old state swapped out). It holds only what a commit threw away, but the old state keeps the
 * permissions the staff gave the live folders: a folder made read-only (`chmod a-w
 * content/articles/2025`) cannot be emptied as it is. Folders the running user owns are made
 * writable first (only folders: files are hard links shared with the live tree, and removing a
 * file needs no right on the file itself); what still cannot be removed is named, with why.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What could not be removed, and the error that said so. */
export interface LeftOver {
  /** The deepest folder (or file) still there that could not be removed. */
  path: string;
  error: NodeJS.ErrnoException;
}

/**
 * Removes `dir` whole (nothing when it is not there). Gives null when it is gone, else what is
 * left and why. Throws nothing.
 */
export function removeStaging(dir: string): LeftOver | null {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  } catch {
    // A read-only folder inside: make every folder we own writable, then try once more.
  }
  makeFoldersWritable(dir);
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  } catch (error) {
    return { path: stuck(dir) ?? dir, error: error as NodeJS.ErrnoException };
  }
}

function makeFoldersWritable(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    return;
  }
  if (!stat.isDirectory()) return;
  if ((stat.mode & 0o700) !== 0o700) {
    try {
      fs.chmodSync(dir, stat.mode | 0o700);
    } catch {
      // Not ours (another user's, a read-only disk): stuck() will name it.
    }
  }
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) makeFoldersWritable(path.join(dir, entry));
}

/** The deepest folder under `dir` (itself included) whose entries cannot be removed, if one is found. */
function stuck(dir: string): string | null {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return dir;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const inner = stuck(path.join(dir, entry.name));
    if (inner) return inner;
  }
  if (entries.length === 0) return null;
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
    return null;
  } catch {
    return dir;
  }
}

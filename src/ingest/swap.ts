/**
 * The ingest's write, step 2 of 3 (plan.ts → swap → lock.ts): commitContent builds the new
 * state of every touched top-level folder in a staging directory beside content/
 * (.archive-tmp/), then swaps the folders in by rename. A failure rolls the renames back; a
 * crash mid-swap is rolled back by the next ingest, from the journal it leaves
 * (recoverInterruptedCommit, run by acquireIngestLock).
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonText } from '../content/write.ts';
import { MANIFEST_FILE, manifestText, type WritePlan } from './plan.ts';

export interface CommitOptions {
  /** Called before each step; a test makes one throw to check that content/ is left as it was. */
  onStep?: (step: string) => void;
}

export interface CommitResult {
  written: number;
  removed: number;
}

export function commitContent(contentDir: string, plan: WritePlan, options: CommitOptions = {}): CommitResult {
  const step = options.onStep ?? (() => {});
  const writes = plan.files.filter((f) => f.action === 'write');
  const removals = plan.files.filter((f) => f.action === 'remove');
  if (!plan.changed) return { written: 0, removed: 0 };
  if (recoverInterruptedCommit(contentDir)) {
    throw new Error('content/ was just restored from an interrupted ingest; plan again (acquireIngestLock does this first)');
  }

  const staging = stagingDir(contentDir);
  const newRoot = path.join(staging, 'new');
  const oldRoot = path.join(staging, 'old');
  const tops = [...new Set([...writes, ...removals].map((f) => f.path.split('/')[0]).concat(MANIFEST_FILE))].sort(compare);
  const journal: JournalEntry[] = tops.map((name) => ({ name, existed: fs.existsSync(path.join(contentDir, name)) }));

  try {
    fs.mkdirSync(newRoot, { recursive: true });
    fs.mkdirSync(oldRoot, { recursive: true });
    for (const { name, existed } of journal) {
      step(`stage:${name}`);
      if (existed && fs.statSync(path.join(contentDir, name)).isDirectory()) {
        cloneTree(path.join(contentDir, name), path.join(newRoot, name));
      }
    }
    for (const file of writes) {
      step(`write:${file.path}`);
      const target = path.join(newRoot, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      // The staged tree shares inodes with content/ (hard links): replace the link, never write through it.
      fs.rmSync(target, { force: true });
      fs.writeFileSync(target, file.bytes ?? file.text!);
    }
    for (const file of removals) {
      step(`remove:${file.path}`);
      fs.rmSync(path.join(newRoot, file.path), { force: true });
      pruneEmptyDirs(path.dirname(path.join(newRoot, file.path)), newRoot);
    }
    step(`write:${MANIFEST_FILE}`);
    fs.writeFileSync(path.join(newRoot, MANIFEST_FILE), manifestText(plan.manifest));
    for (const { name } of journal) {
      // A top-level folder emptied by removals goes away, as git would show it.
      const staged = path.join(newRoot, name);
      if (fs.existsSync(staged) && fs.statSync(staged).isDirectory() && fs.readdirSync(staged).length === 0) {
        fs.rmdirSync(staged);
      }
    }
    writeJournal(staging, journal);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  try {
    for (const { name, existed } of journal) {
      const live = path.join(contentDir, name);
      if (existed) {
        step(`swap-out:${name}`);
        fs.renameSync(live, path.join(oldRoot, name));
      }
      const staged = path.join(newRoot, name);
      if (fs.existsSync(staged)) {
        step(`swap-in:${name}`);
        fs.renameSync(staged, live);
      }
    }
  } catch (error) {
    rollBack(contentDir, staging, journal);
    throw error;
  }

  // The commit point: once the journal is gone, the new content stands.
  fs.rmSync(path.join(staging, JOURNAL_FILE));
  step('cleanup');
  fs.rmSync(staging, { recursive: true, force: true });
  return { written: writes.length, removed: removals.length };
}

/**
 * If an ingest died while swapping folders in, put content/ back as it was before that
 * ingest. Returns whether anything was restored. Safe to call at any time under the lock.
 */
export function recoverInterruptedCommit(contentDir: string): boolean {
  const staging = stagingDir(contentDir);
  if (!fs.existsSync(staging)) return false;
  const journal = readJournal(staging);
  if (journal) rollBack(contentDir, staging, journal);
  else fs.rmSync(staging, { recursive: true, force: true });
  return journal !== null;
}

const JOURNAL_FILE = 'journal.json';

interface JournalEntry {
  /** A top-level name inside content/ (folder or file). */
  name: string;
  /** Whether content/<name> existed before the commit. */
  existed: boolean;
}

/** Beside content/, on the same file system, so the swap is a rename. */
function stagingDir(contentDir: string): string {
  return path.join(path.dirname(contentDir), '.archive-tmp', `ingest-${path.basename(contentDir)}`);
}

function writeJournal(staging: string, journal: JournalEntry[]): void {
  const fd = fs.openSync(path.join(staging, JOURNAL_FILE), 'w');
  fs.writeSync(fd, jsonText(journal));
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}

function readJournal(staging: string): JournalEntry[] | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(staging, JOURNAL_FILE), 'utf8')) as JournalEntry[];
  } catch {
    return null;
  }
}

/** Undo a partial swap: every name goes back to what it was before the commit. */
function rollBack(contentDir: string, staging: string, journal: JournalEntry[]): void {
  const oldRoot = path.join(staging, 'old');
  const newRoot = path.join(staging, 'new');
  for (const { name, existed } of [...journal].reverse()) {
    const live = path.join(contentDir, name);
    const old = path.join(oldRoot, name);
    if (existed) {
      if (fs.existsSync(old)) {
        fs.rmSync(live, { recursive: true, force: true });
        fs.renameSync(old, live);
      }
    } else if (fs.existsSync(live) && !fs.existsSync(path.join(newRoot, name))) {
      fs.rmSync(live, { recursive: true, force: true });
    }
  }
  fs.rmSync(staging, { recursive: true, force: true });
}

/** Copy a tree as hard links (falling back to copies), so staging costs no file data. */
function cloneTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) cloneTree(source, target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

function pruneEmptyDirs(dir: string, root: string): void {
  while (dir !== root && dir.startsWith(root) && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) {
    fs.rmdirSync(dir);
    dir = path.dirname(dir);
  }
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

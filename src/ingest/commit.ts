/**
 * commit: writing the ingest's output into content/ without losing anything.
 *
 * - planWrite decides, per file, what to do. The manifest (content/.ingest-manifest.json, kept
 *   in git) records the sha256 of what the ingest last wrote to each path, so a file that
 *   differs from it was changed by a person: it is kept and reported, unless `force`.
 *   New source files (content/sources) can be copied in by the same commit; those are never
 *   tracked or removed.
 * - commitContent builds the new state of every touched top-level folder in a staging
 *   directory beside content/ (.archive-tmp/), then swaps the folders in by rename. A failure
 *   rolls the renames back; a crash mid-swap is rolled back by the next ingest, from the
 *   journal it leaves (recoverInterruptedCommit, run by acquireIngestLock).
 * - acquireIngestLock makes a second concurrent ingest refuse, naming the first.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IngestError } from './errors.ts';

export const MANIFEST_FILE = '.ingest-manifest.json';
export const LOCK_FILE = '.ingest.lock';

/** Path (relative to content/, `/`-separated) -> sha256 of the text the ingest last wrote there. */
export interface Manifest {
  version: 1;
  files: Record<string, string>;
}

export type FileStatus =
  | 'unchanged' // the file already holds exactly the ingest's text
  | 'new' // not on disk yet
  | 'changed-by-ingest' // on disk as the ingest last wrote it; the ingest now writes something else
  | 'edited-by-hand' // differs from what the ingest last wrote (or was never written by it)
  | 'deleted-by-hand' // the ingest wrote it, a person deleted it
  | 'stale' // the ingest wrote it, and no longer produces it
  | 'source-added' // a source file copied into content/sources
  | 'source-replaced'; // a source file replaced by a new version of the same name

export interface PlannedFile {
  path: string;
  status: FileStatus;
  /** What commitContent does with it. Edited files are kept unless `force`. */
  action: 'write' | 'remove' | 'keep';
  /** The text to write (action `write` of an entry). */
  text?: string;
  /** The bytes to write (action `write` of a source copy). */
  bytes?: Uint8Array;
}

export interface WritePlan {
  files: PlannedFile[];
  /** The manifest after the commit. */
  manifest: Manifest;
  /** Whether commitContent has anything to do (any write or removal, or a new manifest). */
  changed: boolean;
  /** One line per hand-edited file, for the ingest report. */
  warnings: string[];
}

export interface PlanOptions {
  /** Overwrite (and remove) hand-edited files with the ingest's output. */
  force?: boolean;
  /**
   * Which manifest paths this run is responsible for: a path the manifest lists, that is in
   * scope and that this run does not produce, is stale and removed. Default: every path.
   */
  scope?: (relPath: string) => boolean;
  /**
   * Source files to copy into content/sources in the same atomic commit, keyed
   * `sources/<name>`. They are the archival master: copied byte for byte, never listed in
   * the manifest, never removed.
   */
  copies?: Map<string, Uint8Array>;
}

export interface CommitOptions {
  /** Called before each step; a test makes one throw to check that content/ is left as it was. */
  onStep?: (step: string) => void;
}

export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function emptyManifest(): Manifest {
  return { version: 1, files: {} };
}

/** The manifest's file text: keys sorted, so the same state always gives the same bytes. */
export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((k) => [k, manifest.files[k]]));
  return jsonText({ version: 1, files });
}

export function readManifest(contentDir: string): Manifest {
  const file = path.join(contentDir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return emptyManifest();
  const refuse = (why: string): never => {
    throw new IngestError({
      file: displayPath(file),
      message: `导入清单损坏：${why}（broken ingest manifest）`,
      hint: '请用 git checkout 恢复这个文件；若无法恢复，删除它后重新导入（所有与导入结果不同的文件都会被当作手工修改而保留）',
    });
  };
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return refuse((error as Error).message);
  }
  const files = (data as Manifest | null)?.files;
  if ((data as Manifest | null)?.version !== 1 || typeof files !== 'object' || files === null) {
    return refuse('缺少 version: 1 或 files');
  }
  for (const [key, hash] of Object.entries(files)) {
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) refuse(`“${key}”的校验值不是 sha256`);
  }
  return { version: 1, files: { ...files } };
}

export function planWrite(
  contentDir: string,
  files: Map<string, string>,
  manifest: Manifest,
  options: PlanOptions = {},
): WritePlan {
  const force = options.force ?? false;
  const inScope = options.scope ?? (() => true);
  const next: Record<string, string> = {};
  const planned: PlannedFile[] = [];
  const warnings: string[] = [];
  const warn = (rel: string, what: string, instead: string) =>
    warnings.push(`${displayPath(path.join(contentDir, rel))}: ${what} — ${instead}`);

  for (const [rel, text] of [...files].sort(([a], [b]) => compare(a, b))) {
    checkRelPath(rel);
    const hash = sha256(text);
    const last = manifest.files[rel];
    const onDisk = readIfExists(path.join(contentDir, rel));
    if (onDisk === null) {
      if (last === undefined || force) {
        planned.push({ path: rel, status: last === undefined ? 'new' : 'deleted-by-hand', action: 'write', text });
        next[rel] = hash;
      } else {
        planned.push({ path: rel, status: 'deleted-by-hand', action: 'keep' });
        next[rel] = last;
        warn(rel, '导入写过这个文件，后来被人删除了；保持删除（deleted by hand, left deleted）', '要让导入重新生成它，请加 --force');
      }
      continue;
    }
    const diskHash = sha256(onDisk);
    if (diskHash === hash) {
      planned.push({ path: rel, status: 'unchanged', action: 'keep' });
      next[rel] = hash;
    } else if (diskHash === last) {
      planned.push({ path: rel, status: 'changed-by-ingest', action: 'write', text });
      next[rel] = hash;
    } else if (force) {
      planned.push({ path: rel, status: 'edited-by-hand', action: 'write', text });
      next[rel] = hash;
    } else {
      planned.push({ path: rel, status: 'edited-by-hand', action: 'keep' });
      if (last !== undefined) next[rel] = last;
      warn(rel, '有人手工修改过，保留手工版本，没有用导入结果覆盖（edited by hand, kept）', '要用导入结果覆盖，请加 --force');
    }
  }

  for (const rel of Object.keys(manifest.files).sort(compare)) {
    if (files.has(rel)) continue;
    if (!inScope(rel)) {
      next[rel] = manifest.files[rel];
      continue;
    }
    checkRelPath(rel);
    const onDisk = readIfExists(path.join(contentDir, rel));
    if (onDisk === null) continue;
    if (sha256(onDisk) === manifest.files[rel] || force) {
      planned.push({ path: rel, status: 'stale', action: 'remove' });
    } else {
      planned.push({ path: rel, status: 'edited-by-hand', action: 'keep' });
      next[rel] = manifest.files[rel];
      warn(rel, '这次导入不再生成这个文件，但它被手工修改过，所以保留（no longer produced, edited by hand, kept）', '确认不要了就删除它，或加 --force');
    }
  }

  for (const [rel, bytes] of [...(options.copies ?? [])].sort(([a], [b]) => compare(a, b))) {
    checkSourcePath(rel);
    const onDisk = readBytesIfExists(path.join(contentDir, rel));
    if (onDisk === null) planned.push({ path: rel, status: 'source-added', action: 'write', bytes });
    else if (!Buffer.from(onDisk).equals(Buffer.from(bytes))) planned.push({ path: rel, status: 'source-replaced', action: 'write', bytes });
  }

  const nextManifest: Manifest = { version: 1, files: next };
  const manifestOnDisk = readIfExists(path.join(contentDir, MANIFEST_FILE));
  const changed = planned.some((f) => f.action !== 'keep') || manifestOnDisk !== manifestText(nextManifest);
  return { files: planned, manifest: nextManifest, changed, warnings };
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

export interface IngestLock {
  /** The lock file. */
  file: string;
  /** Whether an interrupted earlier commit was rolled back when the lock was taken. */
  recovered: boolean;
  release(): void;
}

/**
 * Take content/.ingest.lock (created exclusively, holding pid, host, start time and command).
 * A lock whose process is gone (same host) is stale and taken over; a live one is refused.
 */
export function acquireIngestLock(contentDir: string, command = process.argv.slice(1).join(' ')): IngestLock {
  fs.mkdirSync(contentDir, { recursive: true });
  const file = path.join(contentDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, jsonText(holder));
      fs.closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = readLockHolder(file);
      if (attempt === 0 && other && other.host === os.hostname() && !isAlive(other.pid)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      throw new IngestError({
        file: displayPath(file),
        message: other
          ? `另一个导入正在进行：进程 ${other.pid}（${other.host}，开始于 ${other.startedAt}，命令 ${other.command || '未知'}）（another ingest is running）`
          : '另一个导入正在进行（锁文件存在但读不出持有者）（another ingest is running）',
        hint: '请等它结束后再运行；如果确定没有导入在运行（例如机器重启过），删除这个锁文件后重试',
      });
    }
  }
  let recovered = false;
  try {
    recovered = recoverInterruptedCommit(contentDir);
  } catch (error) {
    releaseLock(file);
    throw error;
  }
  return { file, recovered, release: () => releaseLock(file) };
}

// ---------------------------------------------------------------------------------------------

const JOURNAL_FILE = 'journal.json';

interface JournalEntry {
  /** A top-level name inside content/ (folder or file). */
  name: string;
  /** Whether content/<name> existed before the commit. */
  existed: boolean;
}

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
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

/** Paths come from ids, which come from untrusted text: keep every write inside content/ and off the sources. */
function checkRelPath(rel: string): void {
  const segments = rel.split('/');
  const bad =
    rel === '' ||
    rel.includes('\\') ||
    path.isAbsolute(rel) ||
    segments.some((s) => s === '' || s === '.' || s === '..') ||
    rel === MANIFEST_FILE ||
    rel === LOCK_FILE ||
    segments[0] === 'sources';
  if (bad) throw new Error(`ingest tried to write outside its part of content/: ${JSON.stringify(rel)}`);
}

function checkSourcePath(rel: string): void {
  const segments = rel.split('/');
  if (segments.length !== 2 || segments[0] !== 'sources' || !/^[^\\/]+$/.test(segments[1]) || segments[1].startsWith('.')) {
    throw new Error(`source copies go straight into content/sources/: ${JSON.stringify(rel)}`);
  }
}

function readBytesIfExists(file: string): Uint8Array | null {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function readLockHolder(file: string): LockHolder | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof data.pid === 'number' ? data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLock(file: string): void {
  if (readLockHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

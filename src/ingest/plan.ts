/**
 * The ingest's write, step 1 of 3 (plan → swap.ts → lock.ts): what to do with each file.
 * The manifest (content/.ingest-manifest.json, kept in git) records the sha256 of what the
 * ingest last wrote to each path, so a file that differs from it was changed by a person: it is
 * kept and reported, unless `force`. New source files (content/sources) can be copied in by the
 * same commit; those are never tracked or removed. Reads content/, writes nothing.
 */
import { hash as digest } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { COMMIT_DIR, LOCK_FILE, MANIFEST_FILE } from '../content/commit-state.ts';
import { LEDGER_MISSING, missingLedgerFix } from '../content/ledger.ts';
import { MANIFEST_FIX, parseManifest } from '../content/manifest.ts';
import { LEDGER_FILE } from '../content/paths.ts';
import { compare } from '../content/order.ts';
import { parseJsonEntry, parseMarkdownEntry } from '../content/parse.ts';
import { displayPath, type ContentProblem } from '../content/problems.ts';
import { jsonText } from '../content/write.ts';
import { IngestError } from './errors.ts';

export { jsonText };

/** The manifest, and the lock lock.ts takes while an ingest runs (never written by a plan). */
export { LOCK_FILE, MANIFEST_FILE };

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
  | 'withdrawn' // an entry of a source taken out with --remove: goes even if a person edited it
  | 'source-added' // a source file copied into content/sources
  | 'source-replaced' // a source file replaced by a new version of the same name
  | 'source-removed'; // a source file taken out with --remove

export interface PlannedFile {
  path: string;
  status: FileStatus;
  /** What commitContent does with it. Edited files are kept unless `force`. */
  action: 'write' | 'remove' | 'keep';
  /** The text to write (action `write` of an entry). */
  text?: string;
  /** The bytes to write (action `write` of a source copy). */
  bytes?: Uint8Array;
  /**
   * An edited entry kept (`edited-by-hand`/`keep`) whose reading changed since the ingest last
   * produced it: the text on disk (the person's) and the new reading (`text`), so the report
   * can show the difference.
   */
  edited?: string;
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
  /** Source files to delete (`sources/<name>`, --remove), in the same commit. */
  sourceRemovals?: string[];
  /** Entry paths of removed sources: removed even when a person edited them. */
  withdrawn?: ReadonlySet<string>;
}

export function sha256(data: string | Uint8Array): string {
  return digest('sha256', data, 'hex');
}

export function emptyManifest(): Manifest {
  return { version: 1, files: {} };
}

/** The manifest's file text: keys sorted, so the same state always gives the same bytes. */
export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((k) => [k, manifest.files[k]]));
  return jsonText({ version: 1, files });
}

/** The tree's manifest (empty when it has none). Throws IngestError naming the file, the reason and the fix for a broken one (src/content/manifest.ts). */
export function readManifest(contentDir: string): Manifest {
  const file = path.join(contentDir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return emptyManifest();
  const read = parseManifest(fs.readFileSync(file, 'utf8'));
  if ('why' in read) {
    throw new IngestError({ file: displayPath(file), line: read.line, message: `导入清单损坏：${read.why}（broken ingest manifest）`, hint: MANIFEST_FIX });
  }
  return { version: 1, files: read.files };
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

  // A first ingest writes thousands of files into folders that do not exist yet: no use trying
  // to read each of them.
  const folderExists = new Map<string, boolean>();
  const inFolderThatExists = (file: string) => {
    const dir = path.dirname(file);
    let known = folderExists.get(dir);
    if (known === undefined) folderExists.set(dir, (known = !isMissing(dir)));
    return known;
  };
  for (const [rel, text] of [...files].sort(([a], [b]) => compare(a, b))) {
    checkRelPath(rel);
    const hash = sha256(text);
    const last = manifest.files[rel];
    const file = path.join(contentDir, rel);
    const onDisk = inFolderThatExists(file) ? readIfExists(file) : null;
    if (onDisk === null) {
      // The ledger is never made anew over a lost one, not even with --force: ids would move (run.ts refuses first).
      if (rel === LEDGER_FILE && last !== undefined) {
        const shown = displayPath(path.join(contentDir, rel));
        throw new IngestError({ file: shown, message: LEDGER_MISSING, hint: missingLedgerFix(shown) });
      }
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
      // The manifest records the reading the ingest last produced: a new reading of the source
      // (a correction) is shown against the person's text once, the run it first appears.
      const readingChanged = last !== hash;
      planned.push({ path: rel, status: 'edited-by-hand', action: 'keep', ...(readingChanged ? { text, edited: onDisk } : {}) });
      next[rel] = hash;
      const broken = brokenEntry(rel, onDisk);
      if (broken) {
        // Not a correction the site can show: a file the build will refuse. Say how to mend it.
        warnings.push(
          `${displayPath(path.join(contentDir, rel))}${broken.line === undefined ? '' : `:${broken.line}`}: 有人改过这个文件，但它已无法读取：${broken.reason}（broken entry, kept）` +
            ` — 请改正这一处（npm run check-content 列出每一处），或加 --force 用导入结果覆盖它`,
        );
        continue;
      }
      const undated = rel.endsWith('.md') && !/^corrected:/m.test(frontmatterOf(onDisk));
      warn(
        rel,
        readingChanged
          ? '有人手工修改过（校订），来源的读法也变了：保留手工版本，差异列在下面（edited by hand, kept; the new reading differs）'
          : '有人手工修改过（校订），保留手工版本，没有用导入结果覆盖（edited by hand, kept）',
        (undated ? '请在元数据块中写明校订日期，如 corrected: { date: "2026-01-05" }（docs/ingest.md）；' : '') +
          (readingChanged ? '要采用新读法，把差异改进手工版本，或加 --force 用导入结果覆盖' : '要用导入结果覆盖，请加 --force'),
      );
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
    if (options.withdrawn?.has(rel)) {
      planned.push({ path: rel, status: 'withdrawn', action: 'remove' });
    } else if (sha256(onDisk) === manifest.files[rel] || force) {
      planned.push({ path: rel, status: 'stale', action: 'remove' });
    } else {
      planned.push({ path: rel, status: 'edited-by-hand', action: 'keep' });
      next[rel] = manifest.files[rel];
      warn(rel, '这次导入不再生成这个文件，但它被手工修改过，所以保留（no longer produced, edited by hand, kept）', '确认不要了就删除它，或加 --force');
    }
  }

  for (const rel of [...(options.withdrawn ?? [])].sort(compare)) {
    if (files.has(rel) || rel in manifest.files) continue;
    checkRelPath(rel);
    if (readIfExists(path.join(contentDir, rel)) !== null) planned.push({ path: rel, status: 'withdrawn', action: 'remove' });
  }

  for (const [rel, bytes] of [...(options.copies ?? [])].sort(([a], [b]) => compare(a, b))) {
    checkSourcePath(rel);
    const onDisk = readBytesIfExists(path.join(contentDir, rel));
    if (onDisk === null) planned.push({ path: rel, status: 'source-added', action: 'write', bytes });
    else if (!Buffer.from(onDisk).equals(Buffer.from(bytes))) planned.push({ path: rel, status: 'source-replaced', action: 'write', bytes });
  }
  for (const rel of [...(options.sourceRemovals ?? [])].sort(compare)) {
    checkSourcePath(rel);
    if (readBytesIfExists(path.join(contentDir, rel)) !== null) planned.push({ path: rel, status: 'source-removed', action: 'remove' });
  }

  const nextManifest: Manifest = { version: 1, files: next };
  const manifestOnDisk = readIfExists(path.join(contentDir, MANIFEST_FILE));
  const changed = planned.some((f) => f.action !== 'keep') || manifestOnDisk !== manifestText(nextManifest);
  return { files: planned, manifest: nextManifest, changed, warnings };
}

/** Why an entry file on disk cannot be read as an entry (its first problem: line and reason), or null when it can. */
function brokenEntry(rel: string, text: string): { line?: number; reason: string } | null {
  const problems: ContentProblem[] = [];
  const parsed = rel.endsWith('.md') ? parseMarkdownEntry(text, rel, problems) : rel.endsWith('.json') ? parseJsonEntry(text, rel, problems) : true;
  if (parsed || problems.length === 0) return null;
  return { line: problems[0].line, reason: problems[0].reason };
}

/** The YAML frontmatter block of an article file ('' when it has none). */
function frontmatterOf(text: string): string {
  return /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
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
    segments[0] === COMMIT_DIR ||
    segments[0] === 'sources';
  if (bad) throw new Error(`ingest tried to write outside its part of content/: ${JSON.stringify(rel)}`);
}

function checkSourcePath(rel: string): void {
  const segments = rel.split('/');
  if (segments.length !== 2 || segments[0] !== 'sources' || !/^[^\\/]+$/.test(segments[1]) || segments[1].startsWith('.')) {
    throw new Error(`source copies go straight into content/sources/: ${JSON.stringify(rel)}`);
  }
}

/** Whether nothing is at `file` (ENOENT); any other error is left to the read that follows. */
function isMissing(file: string): boolean {
  try {
    fs.statSync(file);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
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

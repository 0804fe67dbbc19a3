/**
 * Whether a content tree may be read. The ingest (src/ingest/swap.ts) switches content/ to its
 * new state folder by folder; between the first and the last rename the tree is half old, half
 * new, and a journal (content/.ingest-commit/journal.json) says so until the switch is complete.
 * Every reader — the pre-build check, the export, the search index, the data downloads and the
 * site's build (src/integrations/content-guard.ts) — asks here first and refuses while a journal
 * is open, naming the fix; and compares the tree's generation before and after reading, so a
 * commit that happened while it read is noticed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError, displayPath } from './problems.ts';

/** The ingest's working folder inside the content tree: staged new state, old state, journal. */
export const COMMIT_DIR = '.ingest-commit';
/** Present from the first rename of a commit until its last: the tree is half-written meanwhile. */
export const JOURNAL_FILE = 'journal.json';
/** Taken by the ingest while it runs (src/ingest/lock.ts). */
export const LOCK_FILE = '.ingest.lock';
/** What every commit replaces by rename, so its identity changes with every commit. */
export const MANIFEST_FILE = '.ingest-manifest.json';

/** Where the ingest stages a commit of this tree: inside it, so staging and tree share a disk. */
export function commitDir(contentDir: string): string {
  return path.join(contentDir, COMMIT_DIR);
}

/** Where an ingest before this layout staged (beside content/); still recovered and refused. */
export function legacyCommitDir(contentDir: string): string {
  return path.join(path.dirname(contentDir), '.archive-tmp', `ingest-${path.basename(contentDir)}`);
}

/** The open journal of a half-done commit of this tree, or null when the tree is whole. */
export function openJournal(contentDir: string): string | null {
  for (const dir of [commitDir(contentDir), legacyCommitDir(contentDir)]) {
    const journal = path.join(dir, JOURNAL_FILE);
    if (fs.existsSync(journal)) return journal;
  }
  return null;
}

/** The ingest holding the lock, when one does on this machine and is alive. */
function liveIngest(contentDir: string): { pid: number; startedAt: string } | null {
  try {
    const holder = JSON.parse(fs.readFileSync(path.join(contentDir, LOCK_FILE), 'utf8')) as { pid?: unknown; host?: unknown; startedAt?: unknown };
    if (typeof holder.pid !== 'number' || holder.host !== os.hostname()) return null;
    process.kill(holder.pid, 0);
    return { pid: holder.pid, startedAt: String(holder.startedAt ?? '') };
  } catch {
    return null;
  }
}

/**
 * A tree an ingest has half-written: not a file to correct, so its one problem already names the
 * fix (wait, or `--recover`) and is shown alone, without the content check's heading and its
 * closing advice to correct the files.
 */
export class HalfWrittenError extends ContentError {
  override format(): string {
    return this.problems.map((p) => `${p.file}: ${p.reason}`).join('\n');
  }
}

/**
 * Throws a HalfWrittenError when the tree is half-written: by an ingest writing right now (wait and
 * run again) or by one that was interrupted (run `npm run ingest -- --recover`). Returns quietly
 * when the tree is whole.
 */
export function assertContentWhole(contentDir: string): void {
  const journal = openJournal(contentDir);
  if (!journal) return;
  const live = liveIngest(contentDir);
  const reason = live
    ? `导入（进程 ${live.pid}，开始于 ${live.startedAt}）正在把新内容换入 content/，此刻新旧混合，不能读取（an ingest is switching content/ right now）— 请等它结束后再运行`
    : '上一次导入在换入新内容的途中中断，content/ 现在新旧混合，不能作为档案读取（an interrupted ingest left content/ half-written）— 请运行 npm run ingest -- --recover 把 content/ 恢复到那次导入之前的状态，再重新导入';
  throw new HalfWrittenError([{ file: displayPath(journal), reason }]);
}

/**
 * A token that changes whenever a commit starts or completes: whether a journal is open, and the
 * identity of the manifest (every commit renames a new one into place). Equal tokens before and
 * after a read mean no commit touched the tree while it was read.
 */
export function contentGeneration(contentDir: string): string {
  const journal = openJournal(contentDir) ? 'open' : 'closed';
  try {
    const stat = fs.statSync(path.join(contentDir, MANIFEST_FILE), { bigint: true });
    return `${journal}:${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.size}`;
  } catch {
    return `${journal}:no-manifest`;
  }
}

/**
 * Runs `read` on a whole tree: refuses a half-written one (assertContentWhole), and reads again
 * once when a commit completed while it read; a second change is refused. Gives what `read` gives.
 */
export function readWhole<T>(contentDir: string, read: () => T): T {
  for (let attempt = 0; ; attempt++) {
    assertContentWhole(contentDir);
    const before = contentGeneration(contentDir);
    const result = read();
    const after = contentGeneration(contentDir);
    if (before === after) return result;
    if (attempt >= 1) {
      throw new HalfWrittenError([
        {
          file: displayPath(contentDir),
          reason: '读取期间导入两次改写了 content/，读到的内容可能新旧混合（content/ changed while it was read）— 请等导入结束后再运行',
        },
      ]);
    }
  }
}

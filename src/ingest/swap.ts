/**
 * The ingest's write, step 2 of 3 (plan.ts → swap → lock.ts): commitContent builds the new
 * state of every touched folder — a year's folder of entries (articles/2024/), else a top-level
 * one (sources/, topics/, the ledger) — in a staging folder inside content/ itself
 * (content/.ingest-commit/, on the real path when content/ is a symlink, so the switch is always
 * a rename on one disk), then swaps the folders in by rename. An edit of one year's entries so
 * never touches another year's folders (the archive built by parts reads a year at a time).
 * From the first rename to the last a journal is open, and every reader refuses the tree
 * (src/content/commit-state.ts). A failure rolls the renames back; a crash mid-swap is rolled
 * back by the next ingest, from the journal it leaves (recoverInterruptedCommit, run by
 * acquireIngestLock, or `npm run ingest -- --recover`). Any error of the file system ends as one IngestError naming the folder (writeError).
 */
import fs from 'node:fs';
import path from 'node:path';
import { COMMIT_DIR, commitDir, JOURNAL_FILE, legacyCommitDir } from '../content/commit-state.ts';
import { compare } from '../content/order.ts';
import { displayPath } from '../content/problems.ts';
import { jsonText } from '../content/write.ts';
import { IngestError } from './errors.ts';
import { MANIFEST_FILE, manifestText, type WritePlan } from './plan.ts';
import { removeStaging } from './staging.ts';

export interface CommitOptions {
  /** Called before each step; a test makes one throw (or kill the process) to check what is left. */
  onStep?: (step: string) => void;
}

export interface CommitResult {
  written: number;
  removed: number;
  /** One line for the report when the commit stands but its staging folder could not be removed. */
  leftover?: string;
}

/**
 * Writes a plan into content/ atomically: the tree reads as before or as after, never mixed.
 * Throws IngestError (one line, naming the folder) on a file-system error, with content/ as before.
 */
export function commitContent(contentDir: string, plan: WritePlan, options: CommitOptions = {}): CommitResult {
  const step = options.onStep ?? (() => {});
  const writes = plan.files.filter((f) => f.action === 'write');
  const removals = plan.files.filter((f) => f.action === 'remove');
  if (!plan.changed) return { written: 0, removed: 0 };
  const root = realContentDir(contentDir);
  if (recoverInterruptedCommit(root)) {
    throw new Error('content/ was just restored from an interrupted ingest; plan again (acquireIngestLock does this first)');
  }

  const staging = commitDir(root);
  const newRoot = path.join(staging, 'new');
  const oldRoot = path.join(staging, 'old');
  const units = swapUnits(root, [...writes, ...removals].map((f) => f.path)).concat(MANIFEST_FILE).sort(compare);
  const journal: JournalEntry[] = units.map((name) => ({
    name,
    existed: exists(path.join(root, name)),
    ...(name.includes('/') ? { parentExisted: exists(path.join(root, path.dirname(name))) } : {}),
  }));
  for (const { name } of journal) {
    // The unit, or the top-level folder it is in, may not be a link: a rename would replace the link.
    const linked = [name.split('/')[0], name].find((rel) => exists(path.join(root, rel)) && fs.lstatSync(path.join(root, rel)).isSymbolicLink());
    if (linked) {
      throw new IngestError({
        file: displayPath(path.join(contentDir, linked)),
        message: '这是一个符号链接；导入以改名换入新内容，不能换入链接指向的别处（content folder is a symlink）',
        hint: '把整个 content/ 放到那个磁盘上（content/ 本身可以是符号链接），不要只链接其中一个文件夹',
      });
    }
  }

  try {
    fs.mkdirSync(newRoot, { recursive: true });
    fs.mkdirSync(oldRoot, { recursive: true });
    const cloned = new Set<string>();
    for (const { name, existed } of journal) {
      step(`stage:${name}`);
      if (existed && fs.statSync(path.join(root, name)).isDirectory()) {
        cloneTree(path.join(root, name), path.join(newRoot, name));
        cloned.add(name);
      }
    }
    // Thousands of files go into a few hundred folders: each folder is made once.
    const made = new Set<string>();
    for (const file of writes) {
      step(`write:${file.path}`);
      const target = path.join(newRoot, file.path);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      // The staged tree shares inodes with content/ (hard links): replace the link, never write
      // through it. Only a cloned folder holds files already.
      if ([...cloned].some((unit) => file.path.startsWith(`${unit}/`))) fs.rmSync(target, { force: true });
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
      // A folder emptied by removals goes away, as git would show it.
      const staged = path.join(newRoot, name);
      if (exists(staged) && fs.statSync(staged).isDirectory() && fs.readdirSync(staged).length === 0) {
        fs.rmdirSync(staged);
      }
    }
    step('journal');
    writeJournal(staging, journal);
  } catch (error) {
    removeStaging(staging); // what is left (never the real error's cause) the next ingest removes or names
    throw writeError(error, contentDir, '写入暂存文件夹时出错，content/ 未作改动');
  }

  try {
    for (const { name, existed } of journal) {
      const live = path.join(root, name);
      if (existed) {
        step(`swap-out:${name}`);
        fs.mkdirSync(path.dirname(path.join(oldRoot, name)), { recursive: true });
        fs.renameSync(live, path.join(oldRoot, name));
      }
      const staged = path.join(newRoot, name);
      if (exists(staged)) {
        step(`swap-in:${name}`);
        fs.mkdirSync(path.dirname(live), { recursive: true });
        fs.renameSync(staged, live);
      } else if (name.includes('/')) {
        // A year emptied by removals is gone; so is its collection's folder when it was the last.
        removeIfEmpty(path.dirname(live));
      }
    }
  } catch (error) {
    try {
      rollBack(root, staging, journal);
      removeStaging(staging);
    } catch (rollbackError) {
      throw writeError(
        rollbackError,
        contentDir,
        `换入新内容时出错（${describe(error)}），撤回时又出错；content/ 现在新旧混合，读取它的命令都会拒绝`,
        '解决这个问题后运行 npm run ingest -- --recover，把 content/ 恢复到这次导入之前的状态',
      );
    }
    throw writeError(error, contentDir, '换入新内容时出错，已撤回，content/ 与导入前相同');
  }

  // The commit point: once the journal is gone, the new content stands.
  try {
    fs.rmSync(path.join(staging, JOURNAL_FILE));
  } catch (error) {
    throw writeError(error, contentDir, '新内容已全部换入，但无法删除日志；读取 content/ 的命令会拒绝它', '解决这个问题后运行 npm run ingest -- --recover');
  }
  step('cleanup');
  const left = removeStaging(staging);
  const leftover = left
    ? `${displayPath(left.path)}: 新内容已换入，导入完成；但换下的旧内容无法删除：${meaningOf(left.error)}（leftover staging folder）` +
      ` — 请删除 ${displayPath(staging)}（它不属于档案，读取 content/ 的命令不受影响；下一次导入会先再试着删除它）`
    : undefined;
  return { written: writes.length, removed: removals.length, ...(leftover ? { leftover } : {}) };
}

/**
 * If an ingest died while swapping folders in, put content/ back as it was before that
 * ingest; then remove its staging folder, or one a finished commit could not remove (no journal:
 * not a half-made commit, the tree is whole). Returns whether anything was restored. Throws
 * IngestError when a rollback fails (the tree stays half-written) and, saying the tree is whole,
 * when a staging folder cannot be removed. Safe to call at any time under the lock.
 */
export function recoverInterruptedCommit(contentDir: string): boolean {
  const root = realContentDir(contentDir);
  let restored = false;
  for (const staging of [commitDir(root), legacyCommitDir(contentDir)]) {
    if (!exists(staging)) continue;
    const journal = readJournal(staging);
    if (journal) {
      try {
        rollBack(root, staging, journal);
      } catch (error) {
        throw writeError(error, contentDir, '恢复上一次中断的导入时出错，content/ 仍然新旧混合', '解决这个问题后运行 npm run ingest -- --recover');
      }
    }
    const left = removeStaging(staging);
    if (left) {
      throw new IngestError({
        file: displayPath(left.path),
        message:
          `${journal ? '已把 content/ 恢复到中断的那次导入之前的状态，但' : '上一次导入已完成，content/ 是完整的（没有日志，不是中断的导入），但它'}留下的暂存文件夹无法删除：` +
          `${meaningOf(left.error)}（leftover staging folder）`,
        hint: `请删除 ${displayPath(staging)}（用有权限的账户，或先改正其中文件夹的权限）后重新导入`,
      });
    }
    restored ||= journal !== null;
  }
  return restored;
}

/** The folder content/ really is (a symlink followed), so staging is made on its disk. */
export function realContentDir(contentDir: string): string {
  try {
    return fs.realpathSync(contentDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path.resolve(contentDir);
    throw writeError(error, contentDir, '无法打开这个文件夹');
  }
}

/** What the failing call's errno means for the person running the ingest, and what to do. */
const ERRNO: Record<string, [string, string]> = {
  ENOSPC: ['磁盘已满', '腾出磁盘空间后重新导入'],
  EDQUOT: ['超出磁盘配额', '腾出空间或提高配额后重新导入'],
  EROFS: ['文件系统是只读的', '把 content/ 放在可写的磁盘上（或重新以读写方式挂载）后重新导入'],
  EACCES: ['没有写入权限', '用有写权限的账户运行导入，或改正文件夹的权限'],
  EPERM: ['操作不被允许（权限或文件被占用）', '检查文件夹权限，关闭占用其中文件的程序后重新导入'],
  EBUSY: ['文件或文件夹被占用', '关闭占用 content/ 中文件的程序（编辑器、资源管理器、同步盘）后重新导入'],
  EXDEV: ['不能跨磁盘改名', '把整个 content/ 放在同一个磁盘上（content/ 本身可以是符号链接）'],
  EIO: ['磁盘读写错误', '检查磁盘后重新导入'],
  EMFILE: ['打开的文件太多', '稍后重新导入'],
  ENFILE: ['系统打开的文件太多', '稍后重新导入'],
  ENOTDIR: ['路径中有一段不是文件夹', '检查 ARCHIVE_CONTENT_DIR 或 content/ 的路径'],
  ENAMETOOLONG: ['路径太长', '把 content/ 放在较短的路径下'],
  ENOENT: ['文件或文件夹不存在（可能在导入期间被删除或移动）', '不要在导入期间移动 content/ 中的文件，然后重新导入'],
};

/**
 * A file-system error of the commit as one IngestError naming the folder: `content/: 无法写入：磁盘
 * 已满（ENOSPC）… — 腾出磁盘空间后重新导入`. Errors without an errno code (bugs) are given back as they are.
 */
export function writeError(error: unknown, contentDir: string, what: string, hint?: string, untouched = hint === undefined): unknown {
  if (error instanceof IngestError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  const [meaning, fix] = ERRNO[code] ?? ['文件系统出错', '解决这个问题后重新导入'];
  const failedPath = (error as NodeJS.ErrnoException).path;
  const where = failedPath ? `（${displayPath(failedPath)}）` : '';
  return new IngestError({
    file: displayPath(contentDir),
    message: `${what}：${meaning}${where}（${code}）`,
    hint: hint ? `${fix}；${hint}` : fix,
    untouched,
  });
}

/** `没有写入权限（EACCES）`: what an errno means, with the code. */
function meaningOf(error: NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  return `${ERRNO[code]?.[0] ?? '文件系统出错'}${code ? `（${code}）` : ''}`;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code ? `${ERRNO[code]?.[0] ?? '文件系统出错'}，${code}` : String((error as Error)?.message ?? error);
}

/**
 * What a file of the tree is swapped in with: its year's folder of entries
 * (`articles/2024/2024-03-01/01-02.md` → `articles/2024`), else its top-level folder or file.
 */
export function swapUnit(rel: string): string {
  return /^((?:issues|sections|articles|photos)\/\d{4})\//.exec(rel)?.[1] ?? rel.split('/')[0];
}

/**
 * The folders and files a commit of `paths` swaps (swapUnit), with one exception: a year's folder
 * the ingest may not move is swapped with its whole collection, as before year folders were. A
 * folder moves to another parent only when it is writable (its `..` changes): one of the user's
 * own made read-only (`chmod a-w`) is made writable again — the new folder replacing it is
 * writable anyway — while another user's stays as it is, inside its moved collection.
 */
function swapUnits(root: string, paths: readonly string[]): string[] {
  const units = new Set(paths.map(swapUnit));
  const whole = new Set<string>();
  for (const unit of units) {
    if (unit.includes('/') && !movable(path.join(root, unit))) whole.add(unit.split('/')[0]);
  }
  return [...new Set([...units].map((unit) => (whole.has(unit.split('/')[0]) ? unit.split('/')[0] : unit)))];
}

/** Whether the ingest may move the folder `dir` (absent: nothing to move), after making it writable if it is the user's own. */
function movable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
  }
  try {
    const stat = fs.statSync(dir);
    if (stat.uid !== process.getuid?.()) return false;
    fs.chmodSync(dir, stat.mode | 0o200);
    return true;
  } catch {
    return false;
  }
}

interface JournalEntry {
  /** A path inside content/ (a year's folder of entries, or a top-level folder or file). */
  name: string;
  /** Whether content/<name> existed before the commit. */
  existed: boolean;
  /** For a year's folder: whether its collection's folder (articles/) existed before the commit. */
  parentExisted?: boolean;
}

function writeJournal(staging: string, journal: JournalEntry[]): void {
  const fd = fs.openSync(path.join(staging, JOURNAL_FILE), 'w');
  try {
    fs.writeSync(fd, jsonText(journal));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readJournal(staging: string): JournalEntry[] | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(staging, JOURNAL_FILE), 'utf8')) as JournalEntry[];
  } catch {
    return null;
  }
}

/** Undo a partial swap: every name goes back to what it was before the commit. */
function rollBack(root: string, staging: string, journal: JournalEntry[]): void {
  const oldRoot = path.join(staging, 'old');
  const newRoot = path.join(staging, 'new');
  for (const { name, existed, parentExisted } of [...journal].reverse()) {
    if (name === COMMIT_DIR) continue;
    const live = path.join(root, name);
    const old = path.join(oldRoot, name);
    if (existed) {
      if (exists(old)) {
        fs.rmSync(live, { recursive: true, force: true });
        fs.mkdirSync(path.dirname(live), { recursive: true });
        fs.renameSync(old, live);
      }
    } else if (exists(live) && !exists(path.join(newRoot, name))) {
      fs.rmSync(live, { recursive: true, force: true });
    }
    // A collection's folder the commit made for a new year goes with it.
    if (parentExisted === false && exists(path.dirname(live))) removeIfEmpty(path.dirname(live));
  }
  // The journal goes first: once it is gone the tree is whole again (the caller removes the rest).
  fs.rmSync(path.join(staging, JOURNAL_FILE), { force: true });
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

function removeIfEmpty(dir: string): void {
  if (exists(dir) && fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

function pruneEmptyDirs(dir: string, root: string): void {
  while (dir !== root && dir.startsWith(root) && exists(dir) && fs.readdirSync(dir).length === 0) {
    fs.rmdirSync(dir);
    dir = path.dirname(dir);
  }
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

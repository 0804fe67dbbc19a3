/**
 * Writes the export files: all of them are replaced or none is. Each is written in full beside
 * its target first, every target is checked, then each is renamed into place; a failure on the
 * way puts back what was there and leaves no temporary file and no folder the run made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/problems.ts';
import type { ExportData } from './build.ts';
import { articlesCsv } from './csv.ts';
import { articleJsonSchema, issuesJsonSchema } from './schema.ts';

export const ARTICLES_FILE = 'articles.jsonl';
export const ARTICLES_CSV_FILE = 'articles.csv';
export const ISSUES_FILE = 'issues.json';
/** JSON Schemas of the two files, beside them, so a downloaded export documents itself. */
export const ARTICLES_SCHEMA_FILE = 'articles.schema.json';
export const ISSUES_SCHEMA_FILE = 'issues.schema.json';

/**
 * One JSON object per line, UTF-8, not ASCII-escaped; the same articles as a CSV table
 * (src/export/csv.ts); the JSON files indented, newline-terminated. `articles: false` leaves
 * out the two articles files (the /data/ downloads make them from each year's: src/data/downloads.ts).
 */
export function exportTexts(data: ExportData, { articles = true } = {}): Record<string, string> {
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return {
    ...(articles && {
      [ARTICLES_FILE]: data.articles.map((a) => JSON.stringify(a) + '\n').join(''),
      [ARTICLES_CSV_FILE]: articlesCsv(data.articles),
    }),
    [ISSUES_FILE]: json(data.issues),
    [ARTICLES_SCHEMA_FILE]: json(articleJsonSchema()),
    [ISSUES_SCHEMA_FILE]: json(issuesJsonSchema()),
  };
}

/**
 * The export could not be written to the folder asked for: the path at fault, why (Chinese, with
 * the English term), and what to do. Thrown only when nothing was written or changed, unless
 * `untouched` is false (putting an old file back failed; the message says where it is kept).
 */
export class ExportWriteError extends Error {
  readonly file: string;
  readonly hint: string;
  readonly untouched: boolean;

  constructor(file: string, reason: string, hint: string, untouched = true) {
    super(reason);
    this.name = 'ExportWriteError';
    this.file = file;
    this.hint = hint;
    this.untouched = untouched;
  }

  /** `/tmp/x: 这是一个文件，不是文件夹（not a folder）— 请换一个 --out 目录，或移走这个文件` */
  format(): string {
    return `${displayPath(this.file)}: ${this.message} — ${this.hint}`;
  }
}

const ANOTHER_FOLDER = '请换一个 --out 目录';

/** What a file-system error means to the person exporting. */
const ERRNO: Record<string, string> = {
  EACCES: '没有写入权限（permission denied）',
  EPERM: '不允许改动（operation not permitted）',
  EROFS: '文件系统是只读的（read-only file system）',
  ENOSPC: '磁盘已满（disk full）',
  EDQUOT: '超出磁盘配额（disk quota exceeded）',
  EEXIST: '已有同名的文件或链接（file exists）',
  EISDIR: '这是一个文件夹，不是文件（is a folder）',
  ENOTDIR: '路径中有一段不是文件夹（not a folder）',
  ENAMETOOLONG: '路径太长（name too long）',
  ELOOP: '符号链接循环（symbolic link loop）',
  EIO: '磁盘读写错误（I/O error）',
  EBUSY: '文件被占用（busy）',
  ENOENT: '文件或文件夹不存在（no such file or folder）',
};

/**
 * `error` as an ExportWriteError naming `file`, when it is a file-system error (it has an errno
 * code); anything else (a bug) is given back as it is.
 */
function writeError(error: unknown, file: string, what: string): unknown {
  if (error instanceof ExportWriteError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  const meaning = ERRNO[code] ?? `文件系统出错（${code}）`;
  return new ExportWriteError(file, `${what}：${meaning}`, `${ANOTHER_FOLDER}，或解决这个问题后重新导出`);
}

/**
 * Makes `dir` and its missing parents (mkdir -p) and gives the folders it made, outermost first.
 * Throws ExportWriteError when `dir` or one of its parents is a file, or a folder cannot be made.
 */
function makeFolder(dir: string): string[] {
  const missing: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: a parent further up is a file; the walk up names it.
      if ((code === 'ENOENT' || code === 'ENOTDIR') && path.dirname(at) !== at) {
        missing.unshift(at);
        continue;
      }
      throw writeError(error, at, '无法打开这个文件夹');
    }
    if (stat.isDirectory()) break;
    throw at === dir
      ? new ExportWriteError(at, '这是一个文件，不是文件夹（not a folder）', `${ANOTHER_FOLDER}，或移走这个文件`)
      : new ExportWriteError(at, `这是一个文件，不是文件夹（not a folder），其中放不下 ${displayPath(dir)}`, `${ANOTHER_FOLDER}，或移走这个文件`);
  }
  const made: string[] = [];
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder);
      made.push(folder);
    } catch (error) {
      removeFolders(made);
      throw writeError(error, folder, '无法建立文件夹');
    }
  }
  return made;
}

/** Removes the folders a failed run made, innermost first, each only if it is empty. */
function removeFolders(made: string[]): void {
  for (const folder of [...made].reverse()) {
    try {
      fs.rmdirSync(folder);
    } catch {
      // not empty (someone else wrote there meanwhile) or already gone: left as it is
    }
  }
}

/** Whether `file` exists (a dangling link counts); throws ExportWriteError when it is a folder, which a file cannot replace. */
function existingTarget(file: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw writeError(error, file, '无法查看这个文件');
  }
  if (stat.isDirectory()) {
    throw new ExportWriteError(file, '这是一个文件夹，导出的文件不能替换它（is a folder）', `请移走或改名这个文件夹，或${ANOTHER_FOLDER.slice(1)}`);
  }
  return true;
}

/**
 * Writes every file of the export (exportTexts) into `outDir`, made with its missing parents
 * when it does not exist. Gives the paths written. Either every file is replaced or none is:
 * throws ExportWriteError naming the path and the reason when `outDir` or a parent is a file, a
 * target is a folder, or a file or folder cannot be written (no permission, disk full, …), with
 * nothing written or changed (no temporary file, no new folder). Other errors are thrown as they are.
 */
export function writeExport(outDir: string, data: ExportData): string[] {
  const texts = Object.entries(exportTexts(data));
  const target = (name: string) => path.join(outDir, name);
  const temporary = (name: string) => path.join(outDir, `.${name}.${process.pid}.tmp`);
  const backup = (name: string) => path.join(outDir, `.${name}.${process.pid}.old`);
  const made = makeFolder(outDir);
  const existing = new Set<string>();
  const backedUp = new Set<string>();
  const replaced: string[] = [];
  const keep = new Set<string>(); // backups that hold the only copy of an old file
  let done = false;
  try {
    for (const [name] of texts) if (existingTarget(target(name))) existing.add(name);
    for (const [name, text] of texts) {
      try {
        fs.writeFileSync(temporary(name), text);
      } catch (error) {
        throw writeError(error, outDir, '无法在这个文件夹里写文件');
      }
    }
    // The old file stays readable under its name while a second name keeps it, to put back if a
    // later rename fails (a hard link; a copy where links are refused).
    for (const name of existing) {
      try {
        try {
          fs.linkSync(target(name), backup(name));
        } catch {
          fs.copyFileSync(target(name), backup(name));
        }
        backedUp.add(name);
      } catch (error) {
        throw writeError(error, target(name), '无法替换这个文件');
      }
    }
    for (const [name] of texts) {
      try {
        fs.renameSync(temporary(name), target(name));
      } catch (error) {
        throw writeError(error, target(name), '无法替换这个文件');
      }
      replaced.push(name);
    }
    done = true;
  } catch (error) {
    throw rollBack(error);
  } finally {
    for (const [name] of texts) fs.rmSync(temporary(name), { force: true });
    for (const name of backedUp) if (!keep.has(name)) fs.rmSync(backup(name), { force: true });
    if (!done) removeFolders(made);
  }
  return texts.map(([name]) => target(name));

  /** Puts the old files back in place of the ones already renamed in; gives the error to throw. */
  function rollBack(error: unknown): unknown {
    for (const name of replaced.reverse()) {
      try {
        if (existing.has(name)) fs.renameSync(backup(name), target(name));
        else fs.rmSync(target(name), { force: true });
      } catch {
        if (existing.has(name)) keep.add(name);
      }
    }
    if (keep.size === 0 || !(error instanceof ExportWriteError)) return error;
    const kept = [...keep].map((name) => `${displayPath(backup(name))}`).join('、');
    return new ExportWriteError(error.file, `${error.message}；已替换的文件未能全部复原，旧文件保存在 ${kept}`, error.hint, false);
  }
}

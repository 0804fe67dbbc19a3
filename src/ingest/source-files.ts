/**
 * The source files one ingest run works on: those named on the command line, those already in
 * content/sources, and those --remove names; and reading a file's bytes, so that a file that
 * cannot be read is refused in one line naming it. Used by run.ts; reads files, writes none.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { closest, editDistance } from './closest.ts';
import { IngestError, shellWord } from './errors.ts';

/** A file named on the command line, read. */
export interface GivenFile {
  /** Its name in content/sources (the file's base name). */
  name: string;
  bytes: Buffer;
  /** The path as the person running the ingest sees it, for messages. */
  displayPath: string;
}

/** How a path is shown in messages (relative to where the command was run). */
export type ShowPath = (file: string) => string;

/**
 * The files named on the command line, read. Each must be a readable regular .txt file whose
 * name can stand in content/sources (not hidden, no control characters), and no two may share a
 * name (the archived source and the entries would come from different files); the same file
 * named twice is read once. Throws IngestError naming the file otherwise.
 */
export function givenFiles(files: string[], shown: ShowPath): GivenFile[] {
  const out: (GivenFile & { real: string })[] = [];
  for (const file of files) {
    let stat;
    try {
      stat = statSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new IngestError({ file: shown(file), message: '文件不存在（no such file）', hint: '请检查路径' });
      }
      throw readError(error, shown(file));
    }
    if (stat.isDirectory()) {
      throw new IngestError({ file: shown(file), message: '这是一个文件夹，不是版面文本文件（is a directory）', hint: '请给出文件夹里的 .txt 文件，如 文件夹/*.txt' });
    }
    if (!stat.isFile()) {
      throw new IngestError({ file: shown(file), message: '这不是普通文件（not a regular file）', hint: '请给出版面文本 .txt 文件' });
    }
    const name = path.basename(file);
    checkSourceName(name, shown(file));
    const real = realpathSync(file);
    const same = out.find((f) => f.name === name);
    if (same) {
      if (same.real === real) continue;
      throw new IngestError({
        file: shown(file),
        message: `与 ${same.displayPath} 同名；content/sources/ 里只能有一个 ${name}（two files with the same name）`,
        hint: '一次只给出其中一个，或把其中一个改名后再导入',
      });
    }
    out.push({ name, bytes: readBytes(file, shown), displayPath: shown(file), real });
  }
  return out.map(({ name, bytes, displayPath: shownPath }) => ({ name, bytes, displayPath: shownPath }));
}

/** A source's file name: it is its name in content/sources, in the ledger and in every entry. */
function checkSourceName(name: string, file: string): void {
  if (!name.endsWith('.txt') && name.toLowerCase().endsWith('.txt')) {
    // Text already (P2.TXT, saved on Windows): only its name is wrong, content/sources reads *.txt.
    const renamed = `${name.slice(0, -'.txt'.length)}.txt`;
    throw new IngestError({ file, message: `扩展名须是小写的 .txt，这里是“${name.slice(-'.txt'.length)}”（source must end in .txt）`, hint: `请把文件改名为 ${renamed} 后再导入` });
  }
  if (!name.endsWith('.txt')) {
    throw new IngestError({ file, message: '来源文件须是 .txt 纯文本（source must be a .txt file）', hint: '请另存为 UTF-8 纯文本 .txt 后再导入' });
  }
  if (name.startsWith('.')) {
    throw new IngestError({ file, message: '文件名以“.”开头，是隐藏文件（hidden file）', hint: '隐藏文件多是系统或编辑器留下的；若确是版面文本，请改名（去掉开头的点）后再导入' });
  }
  if (/[\\\p{Cc}\u2028\u2029]/u.test(name) || /\p{Default_Ignorable_Code_Point}/u.test(name)) {
    throw new IngestError({ file, message: '文件名含有反斜杠、控制字符或不可见字符（bad file name）', hint: '请把文件改名为只含文字、数字、下划线和连字符的名字后再导入' });
  }
}

/**
 * The names of the .txt files in content/sources, sorted; hidden files (editors' and systems'
 * leftovers) are left out, and a missing folder has none. Throws IngestError when the folder
 * cannot be read, and for a page saved there as .TXT (which would otherwise be passed over in
 * silence), naming it as `shown` gives it and the name to give it.
 */
export function listSources(sourcesDir: string, shown: ShowPath = (file) => file): string[] {
  if (!existsSync(sourcesDir)) return [];
  let entries;
  try {
    entries = readdirSync(sourcesDir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'));
  } catch (error) {
    throw readError(error, sourcesDir);
  }
  const upperCase = entries.find((e) => !e.name.endsWith('.txt') && e.name.toLowerCase().endsWith('.txt'));
  if (upperCase) checkSourceName(upperCase.name, shown(path.join(sourcesDir, upperCase.name)));
  return entries
    .filter((e) => e.name.endsWith('.txt'))
    .map((e) => e.name)
    .sort();
}

/**
 * The names --remove gives (paths or bare names), each once. `existing` is every source the
 * archive has: the files in content/sources and those whose file is gone but whose entries
 * remain. Throws IngestError for a name that is none of them (naming the closest one), for a path
 * into another folder than this archive's sources, or for a name also given to add.
 */
export function removals(given: string[], existing: string[], incoming: GivenFile[], sourcesDir: string, shown: ShowPath): string[] {
  const names: string[] = [];
  for (const arg of given) {
    const name = path.basename(arg);
    // A path names its folder too: one into another tree's sources/ (a scratch archive's, pasted from its refusal) must not
    // take the page of the same name out of this archive for good.
    if (path.dirname(arg) !== '.' && !sameFolder(path.dirname(arg), sourcesDir)) {
      throw new IngestError({
        file: shown(arg),
        message: `--remove 给出的路径不在本次导入的档案里：本档案的来源文件在 ${shown(sourcesDir)}（not this archive's source）`,
        hint: '只写文件名（--remove 文件.txt），或给出本档案 content/sources/ 里的路径；要动另一个档案，在命令前写上它的 ARCHIVE_CONTENT_DIR=…',
        usage: true,
      });
    }
    if (!existing.includes(name)) {
      // --remove takes a page out for good: only a slip of a letter or two is offered as the name
      // meant, never another page (2026-03-02_02.txt is not 2026-03-05-03-体育.txt).
      // A name typed without its .txt is that file (--remove 2026-12-02_02).
      const withExtension = existing.find((e) => e.toLowerCase() === `${name.toLowerCase()}.txt`);
      const nearest = closest(name, existing);
      const guess = withExtension ?? (nearest !== undefined && editDistance(name.toLowerCase(), nearest.toLowerCase()) <= 2 ? nearest : undefined);
      throw new IngestError({
        file: shown(path.join(sourcesDir, name)),
        message: '--remove 给出的来源文件不在档案中：content/sources/ 里没有它，也没有它的稿件（no such source）',
        hint: guess ? `是不是 ${shellWord(guess)}？--remove 只能撤下档案中已有的来源文件` : '--remove 只能撤下档案中已有的来源文件；请核对文件名',
      });
    }
    if (incoming.some((f) => f.name === name)) {
      throw new IngestError({ file: shown(arg), message: '同一个文件既要导入又要撤下（given and removed）', hint: '一次只做一件事：要替换它，只给出新文件即可', usage: true });
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Whether two folder paths name the same folder (symlinks followed where the folders exist). */
function sameFolder(a: string, b: string): boolean {
  const real = (dir: string) => {
    try {
      return realpathSync(dir);
    } catch {
      return path.resolve(dir);
    }
  };
  return real(a) === real(b);
}

/** A file's bytes. Throws IngestError naming the file (as `shown` gives it) when it cannot be read. */
export function readBytes(file: string, shown: ShowPath): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw readError(error, shown(file));
  }
}

/** A file that cannot be read, as one line naming it: an IngestError for a file-system error, anything else as it was. */
function readError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return error;
  const why: Record<string, string> = {
    EACCES: '没有读取权限',
    EPERM: '没有读取权限',
    EISDIR: '这是一个文件夹，不是文件',
    EIO: '磁盘读写错误',
    ELOOP: '符号链接循环',
    ENAMETOOLONG: '路径太长',
  };
  return new IngestError({ file, message: `无法读取：${why[code] ?? '文件系统出错'}（${code}）`, hint: '请检查这个文件后重新导入' });
}

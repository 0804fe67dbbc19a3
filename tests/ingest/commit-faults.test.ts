/**
 * A half-made commit is never read as an archive. The real ingest adds a made-up page to a copy
 * of the archive and is killed (SIGKILL) at every step of its commit; after each kill the tree
 * either reads exactly as before, or exactly as after, or every reader — the content reader
 * that check-content, export, the search index and the data downloads share, `npm run
 * check-content`, `npm run export`, and `astro build` — refuses it, naming the fix; and
 * `npm run ingest -- --recover` puts it back as it was. File-system errors (disk full, read-only,
 * no permission, a content/ symlinked onto another disk) end in one line naming the folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { COMMIT_DIR, LOCK_FILE, openJournal } from '../../src/content/commit-state.ts';
import { ContentError } from '../../src/content/problems.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { ingest } from '../../src/ingest/run.ts';
import { spawnBuildSync } from '../helpers/astro-build.ts';
import { fileHashes } from '../helpers/scratch-content.ts';

const CHILD = path.resolve('tests/fixtures/commit-child.ts');
const NODE = process.execPath;

/** A made-up page (names and facts invented for the test), dated by the metadata. */
const PAGE = [
  '市科技局部署冬季安全生产工作',
  '本报讯（记者 李明远）1月9日，市科技局召开冬季安全生产工作会议，部署全市科技系统安全生产工作。',
  '会议要求，各单位要压实安全责任，加强隐患排查，确保实验室和孵化基地安全运行。',
  '',
  '市图书馆推出寒假阅读季',
  '本报讯（通讯员 王晓晴）市图书馆寒假阅读季活动近日启动，推出亲子共读、古籍展览等二十余项活动。',
  '',
].join('\n');
const PAGE_NAME = '010_made_up_page.txt';

let scratch: string;
let base: string;
let after: Record<string, string>;
let before: Record<string, string>;
let steps: string[];
let pageFile: string;

/** Every file under the tree with its hash, leaving out the lock and the ingest's working folder. */
function snapshot(dir: string): Record<string, string> {
  return fileHashes(dir, (rel) => rel !== LOCK_FILE && !rel.startsWith(COMMIT_DIR + path.sep));
}

function copyOfBase(name: string): string {
  const dir = path.join(scratch, name, 'content');
  fs.cpSync(base, dir, { recursive: true });
  return dir;
}

const scriptEnv = (contentDir: string) => ({ ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(path.dirname(contentDir), 'cache') });

function script(file: string, args: string[], contentDir: string) {
  const run = spawnSync(NODE, [path.resolve(file), ...args], { cwd: scratch, env: scriptEnv(contentDir), encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

/** `node args` run to its end without blocking the test: its exit code, the signal that ended it, its output. */
function nodeRun(args: string[], { env = process.env, cwd = process.cwd() } = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, { cwd, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

/** `run` for every item, two at a time (the machines have two cores), results in the items' order. */
async function twoAtATime<T, R>(items: T[], run: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i], i);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-faults-'));
  base = path.join(scratch, 'base', 'content');
  fs.cpSync(path.resolve('content'), base, { recursive: true });
  fs.writeFileSync(path.join(base, 'sources', 'metadata.yaml'), `${PAGE_NAME}:\n  date: 2026-01-10\n  page: 1\n`);
  pageFile = path.join(scratch, PAGE_NAME);
  fs.writeFileSync(pageFile, PAGE);
  before = snapshot(base);

  const probe = copyOfBase('probe');
  steps = [];
  ingest({ contentDir: probe, files: [pageFile], onStep: (s) => steps.push(s) });
  after = snapshot(probe);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('an ingest killed at any step of its commit', () => {
  it('goes through every kind of step', () => {
    for (const kind of ['stage:', 'write:', 'journal', 'swap-out:', 'swap-in:', 'cleanup']) {
      expect(steps.some((s) => s.startsWith(kind)), kind).toBe(true);
    }
    expect(steps).toContain(`write:sources/${PAGE_NAME}`);
    expect(after).not.toEqual(before);
  });

  it('leaves a tree that reads as before, as after, or not at all; --recover puts it back', async () => {
    let refused = 0;
    let mixed = 0;
    let whole = 0;
    // Each trial on its own copy: the killed ingests, then the recoveries, run two at a time.
    const dirs = steps.map((_, i) => copyOfBase(`kill-${i}`));
    const killed = await twoAtATime(steps, (step, i) => nodeRun([CHILD, 'crash-ingest', dirs[i], pageFile, step]));
    // What each killed ingest left, read before any recovery: a mixed tree (from the journal's
    // writing to its removal) the content reader refuses, naming the fix; a whole one it reads.
    const states = steps.map((step, i) => {
      const dir = dirs[i];
      expect(killed[i].signal, `${step}: ${killed[i].out}`).toBe('SIGKILL');
      const state = snapshot(dir);
      const journal = openJournal(dir) !== null;
      if (journal) {
        expect(() => readArchive(dir), step).toThrow(ContentError);
        expect(() => readArchive(dir)).toThrow(/npm run ingest -- --recover/);
      } else {
        expect(readArchive(dir).issues.some((issue) => issue.id === '2026-01-10'), step).toBe(JSON.stringify(state) === JSON.stringify(after));
      }
      return { state, journal };
    });
    const recovered = await twoAtATime(steps, (_, i) => nodeRun([path.resolve('scripts/ingest.ts'), '--recover'], { env: scriptEnv(dirs[i]), cwd: scratch }));
    for (const [i, step] of steps.entries()) {
      const dir = dirs[i];
      const { state } = states[i];
      if (states[i].journal) {
        refused++;
        expect(state).not.toEqual(after);
        if (JSON.stringify(state) !== JSON.stringify(before)) mixed++;
      } else {
        whole++;
        const which = JSON.stringify(state) === JSON.stringify(after) ? after : before;
        expect(state, `killed at ${step}`).toEqual(which);
      }
      expect(recovered[i].code, recovered[i].out).toBe(0);
      expect(openJournal(dir)).toBeNull();
      const restored = snapshot(dir);
      expect([before, after].some((s) => JSON.stringify(s) === JSON.stringify(restored)), `after --recover at ${step}`).toBe(true);
      if (openJournal(dir) === null && JSON.stringify(restored) === JSON.stringify(before)) {
        // The interrupted ingest can simply be run again.
        expect(ingest({ contentDir: dir, files: [pageFile] }).recovered).toBe(false);
        expect(snapshot(dir)).toEqual(after);
      }
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(mixed).toBeGreaterThanOrEqual(8);
    expect(whole).toBeGreaterThan(10);
    console.log(`fault trials: ${steps.length} kills; ${refused} with the journal open (${mixed} of them mixed), all refused; ${whole} whole, read as before or after; all recovered`);
    // Some 80 child processes: on a busy two-core machine this takes minutes, not a sign of a fault.
  }, 600_000);

  it('npm run check-content, npm run export and astro build refuse a half-made tree in one line, naming the fix', async () => {
    const swaps = steps.filter((s) => s.startsWith('swap-'));
    const dirs = swaps.map((step) => copyOfBase(`readers-${steps.indexOf(step)}`));
    // The trials two at a time, each on its own copy: kill, then both readers.
    const runs = await twoAtATime(swaps, async (step, i) => {
      const dir = dirs[i];
      await nodeRun([CHILD, 'crash-ingest', dir, pageFile, step]);
      const journal = openJournal(dir) !== null;
      const options = { env: scriptEnv(dir), cwd: scratch };
      const check = await nodeRun([path.resolve('scripts/check-content.ts')], options);
      const exported = await nodeRun([path.resolve('scripts/export.ts'), '--out', path.join(path.dirname(dir), 'data')], options);
      return { journal, check, exported };
    });
    for (const [i, step] of swaps.entries()) {
      const dir = dirs[i];
      const { journal, check, exported } = runs[i];
      expect(journal, step).toBe(true);
      expect(check.code, check.out).toBe(1);
      expect(check.out).toContain('journal.json: 上一次导入在换入新内容的途中中断');
      expect(check.out).toContain('npm run ingest -- --recover');
      expect(check.out).not.toMatch(/\n\s+at /);
      expect(exported.code, exported.out).toBe(1);
      expect(exported.out).toContain('npm run ingest -- --recover');
      expect(fs.existsSync(path.join(path.dirname(dir), 'data', 'articles.jsonl'))).toBe(false);
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
    const dir = copyOfBase('astro');
    spawnSync(NODE, [CHILD, 'crash-ingest', dir, pageFile, steps.find((s) => s.startsWith('swap-in:'))!]);
    const out = path.join(path.dirname(dir), 'dist');
    const astro = spawnBuildSync(NODE, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, ASTRO_CACHE_DIR: path.join(path.dirname(dir), 'cache') },
      encoding: 'utf8',
    });
    const output = `${astro.stdout}${astro.stderr}`;
    expect(astro.status, output).toBe(1);
    expect(output).toContain('npm run ingest -- --recover');
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it('a reader started while an ingest is switching the tree is told to wait', () => {
    const dir = copyOfBase('live');
    spawnSync(NODE, [CHILD, 'crash-ingest', dir, pageFile, steps.find((s) => s.startsWith('swap-in:'))!]);
    // The lock names a live process (this one): the switch is under way, not interrupted.
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: '2026-01-10T08:00:00Z', command: 'npm run ingest' }));
    expect(() => readArchive(dir)).toThrow(/正在把新内容换入 content\/.*请等它结束后再运行/);
  });
});

describe('file-system errors during the commit', () => {
  const errno = (code: string, syscall: string, file: string) =>
    Object.assign(new Error(`${code}: injected, ${syscall} '${file}'`), { code, syscall, path: file });

  it.each([
    ['ENOSPC', 'write:', '磁盘已满'],
    ['EROFS', 'stage:', '文件系统是只读的'],
    ['EACCES', 'journal', '没有写入权限'],
    ['EDQUOT', 'write:', '超出磁盘配额'],
    ['ENOSPC', 'swap-in:', '磁盘已满'],
    ['EBUSY', 'swap-out:', '文件或文件夹被占用'],
    ['EIO', 'swap-in:', '磁盘读写错误'],
  ])('%s at a %s step: one line naming content/, the tree as before', (code, kind, meaning) => {
    const dir = copyOfBase(`errno-${code}-${kind.replace(':', '')}`);
    const step = steps.filter((s) => s.startsWith(kind)).at(-1)!;
    let error: unknown;
    try {
      ingest({ contentDir: dir, files: [pageFile], onStep: (s) => { if (s === step) throw errno(code, 'write', path.join(dir, 'articles')); } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    const line = (error as IngestError).format();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(`${path.basename(dir)}: `);
    expect(line).toContain(meaning);
    expect(line).toContain(`（${code}）`);
    expect((error as IngestError).untouched).toBe(true);
    expect(snapshot(dir)).toEqual(before);
    expect(openJournal(dir)).toBeNull();
    expect(fs.existsSync(path.join(dir, COMMIT_DIR))).toBe(false);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('npm run ingest prints the one line and exits 1 when content/ cannot be written at all', () => {
    const blocker = path.join(scratch, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where content/ should be');
    const run = script('scripts/ingest.ts', [pageFile], path.join(blocker, 'content'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/content: 无法建立 content\/ 文件夹：路径中有一段不是文件夹.*（ENOTDIR） — /);
    expect(run.out.trim().split('\n')).toHaveLength(2);
  });

  it('stages on the real path: a content/ symlinked onto another disk commits by rename there', () => {
    // /dev/shm is a memory file system: another device than the temporary folder.
    const otherDisk = fs.existsSync('/dev/shm') ? fs.mkdtempSync('/dev/shm/archive-real-') : fs.mkdtempSync(path.join(os.tmpdir(), 'archive-real-'));
    try {
      const real = path.join(otherDisk, 'content');
      fs.cpSync(base, real, { recursive: true });
      const link = path.join(scratch, 'linked', 'content');
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(real, link, 'dir');
      const seen: string[] = [];
      ingest({ contentDir: link, files: [pageFile], onStep: (s) => { if (s === 'journal') seen.push(...fs.readdirSync(path.join(real, COMMIT_DIR))); } });
      expect(seen).toContain('new');
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      expect(snapshot(real)).toEqual(after);
      expect(fs.existsSync(path.join(path.dirname(link), '.archive-tmp'))).toBe(false);
    } finally {
      fs.rmSync(otherDisk, { recursive: true, force: true });
    }
  });

  it('refuses a top-level folder of content/ that is a symlink, naming it, before writing anything', () => {
    const dir = copyOfBase('linked-articles');
    const elsewhere = path.join(scratch, 'linked-articles', 'articles-elsewhere');
    fs.renameSync(path.join(dir, 'articles'), elsewhere);
    fs.symlinkSync(elsewhere, path.join(dir, 'articles'), 'dir');
    const state = snapshot(dir);
    let error: unknown;
    try {
      ingest({ contentDir: dir, files: [pageFile] });
    } catch (e) {
      error = e;
    }
    expect((error as IngestError).format()).toMatch(/content\/articles: 这是一个符号链接.* — 把整个 content\/ 放到那个磁盘上/);
    expect(snapshot(dir)).toEqual(state);
  });
});

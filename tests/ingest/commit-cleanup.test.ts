/**
 * The commit's cleanup: after the switch, the old state swapped out into content/.ingest-commit/
 * is removed even when staff made one of its folders read-only (`chmod a-w
 * content/articles/2025`, as an ordinary user); what cannot be removed at all (a folder of
 * another user) is named in one line of the report, the ingest done. A staging folder left
 * without a journal is not a half-made commit: the next ingest and `--recover` say that the tree
 * is whole and what to delete — never "新旧混合" — and every reader reads the tree meanwhile.
 * The ingest runs as a non-root user (uid 65534 through setpriv when the tests run as root).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMIT_DIR } from '../../src/content/commit-state.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { recoverInterruptedCommit } from '../../src/ingest/swap.ts';
import { fileHashes } from '../helpers/scratch-content.ts';

const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

let scratch: string;
let content: string;
let original: Record<string, string>;

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-cleanup-'));
  content = path.join(scratch, 'content');
  fs.cpSync(path.resolve('content'), content, { recursive: true });
  original = fileHashes(content);
  if (ROOT) {
    fs.chmodSync(scratch, 0o755);
    spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, scratch]);
  }
});
afterEach(() => {
  spawnSync('chmod', ['-R', 'u+w', scratch]);
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** `node scripts/<script>` as an ordinary user (never root: root may remove anything) on the scratch tree. */
function asUser(script: string, ...args: string[]) {
  const command = [process.execPath, path.resolve(script), ...args];
  const run = ROOT
    ? spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command], { cwd: scratch, env: { ...process.env, ARCHIVE_CONTENT_DIR: content }, encoding: 'utf8' })
    : spawnSync(command[0], command.slice(1), { cwd: scratch, env: { ...process.env, ARCHIVE_CONTENT_DIR: content }, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A hand edit under articles/2025, which `--force` takes back: the commit swaps articles/ out and in. */
function editArticleIn2025(): void {
  const day = fs.readdirSync(path.join(content, 'articles', '2025')).sort()[0];
  const file = path.join(content, 'articles', '2025', day, fs.readdirSync(path.join(content, 'articles', '2025', day)).sort()[0]);
  fs.appendFileSync(file, '手工加的一行。\n');
}

const staging = () => path.join(content, COMMIT_DIR);

describe('a read-only folder of the user’s own', () => {
  it('the ingest succeeds and removes everything it staged; the next ingest and --recover find a whole tree', () => {
    editArticleIn2025();
    fs.chmodSync(path.join(content, 'articles', '2025'), 0o555);
    const run = asUser('scripts/ingest.ts', '--force');
    expect(run.code, run.out + run.err).toBe(0);
    expect(run.out).not.toContain('注意：');
    expect(fs.existsSync(staging())).toBe(false);
    expect(fileHashes(content)).toEqual(original);
    const again = asUser('scripts/ingest.ts');
    expect(again.code, again.out + again.err).toBe(0);
    expect(again.out).toContain('没有变化，无需写入');
    const recover = asUser('scripts/ingest.ts', '--recover');
    expect(recover.code, recover.err).toBe(0);
    expect(recover.out.trim()).toBe('content/ 是完整的，没有需要恢复的中断导入。');
  });

  it('a staging folder an older run left behind, without a journal, is removed by the next ingest, read-only folders and all', () => {
    const old = path.join(staging(), 'old', 'articles', '2025', '2025-12-28');
    fs.mkdirSync(old, { recursive: true });
    fs.writeFileSync(path.join(old, '01-01.md'), 'old\n');
    fs.chmodSync(path.dirname(old), 0o555);
    if (ROOT) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, staging()]);
    const recover = asUser('scripts/ingest.ts', '--recover');
    expect(recover.code, recover.out + recover.err).toBe(0);
    expect(recover.out.trim()).toBe('content/ 是完整的，没有需要恢复的中断导入。');
    expect(fs.existsSync(staging())).toBe(false);
    expect(fileHashes(content)).toEqual(original);
  });
});

describe('a folder the ingest cannot remove at all', () => {
  const WHOLE = /上一次导入已完成，content\/ 是完整的（没有日志，不是中断的导入），但它留下的暂存文件夹无法删除：没有写入权限（EACCES）（leftover staging folder） — 请删除 \S*content\/\.ingest-commit（用有权限的账户，或先改正其中文件夹的权限）后重新导入/;

  it.runIf(ROOT)('(another user’s folder) the ingest is done and says in one line what is left; the next ingest and --recover say the tree is whole', () => {
    editArticleIn2025();
    // articles/2025 belongs to root: the ingest's user can neither empty it nor change its mode.
    fs.chownSync(path.join(content, 'articles', '2025'), 0, 0);
    fs.chmodSync(path.join(content, 'articles', '2025'), 0o755);
    const run = asUser('scripts/ingest.ts', '--force');
    expect(run.code, run.out + run.err).toBe(0);
    const notes = run.out.split('\n').filter((l) => l.startsWith('注意：'));
    expect(notes).toEqual([
      expect.stringMatching(/^注意：\S*content\/\.ingest-commit\/old\/articles\/2025: 新内容已换入，导入完成；但换下的旧内容无法删除：没有写入权限（EACCES）（leftover staging folder） — 请删除 \S*content\/\.ingest-commit（它不属于档案/),
    ]);
    // The tree is whole, as after the ingest: readers read it.
    const check = asUser('scripts/check-content.ts');
    expect(check.code, check.err).toBe(0);
    for (const args of [[], ['--recover']]) {
      const next = asUser('scripts/ingest.ts', ...args);
      expect(next.code, next.out + next.err).toBe(1);
      expect(next.err).toMatch(WHOLE);
      expect(next.err).toMatch(/content\/\.ingest-commit\/old\/articles\/2025: /);
      expect(next.err).not.toContain('新旧混合');
      expect(next.err.trim().split('\n')).toHaveLength(2);
    }
    fs.rmSync(staging(), { recursive: true, force: true });
    expect(asUser('scripts/ingest.ts').code).toBe(0);
  });

  it('recoverInterruptedCommit names what it could not remove and says the tree is whole (removal failing as for another user’s folder)', () => {
    const old = path.join(staging(), 'old', 'articles', '2025');
    fs.mkdirSync(old, { recursive: true });
    fs.writeFileSync(path.join(old, 'x.md'), 'old\n');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: staging() });
    const spy = vi.spyOn(fs, 'rmSync').mockImplementation(() => {
      throw denied;
    });
    const access = vi.spyOn(fs, 'accessSync').mockImplementation((file) => {
      if (String(file) === old) throw denied;
    });
    try {
      let error: unknown;
      try {
        recoverInterruptedCommit(content);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(IngestError);
      const line = (error as IngestError).format();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toMatch(WHOLE);
      expect(line.startsWith(`${old}: `) || line.startsWith(`${path.relative(process.cwd(), old)}: `)).toBe(true);
    } finally {
      spy.mockRestore();
      access.mockRestore();
    }
  });
});

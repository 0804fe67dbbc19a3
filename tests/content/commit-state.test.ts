/**
 * A tree with an open commit journal (an ingest interrupted while switching content/) is refused
 * by check-content and the export in one line that names the fix — `npm run ingest -- --recover`
 * — and nothing else: no advice to correct files that are not at fault. The journal is made by
 * hand here, on a copy of the small fixture tree (tests/ingest/commit-faults.test.ts makes real
 * ones by killing the ingest).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMIT_DIR, JOURNAL_FILE } from '../../src/content/commit-state.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-journal-'));
  fs.cpSync(path.resolve('tests/fixtures/content'), path.join(root, 'content'), { recursive: true });
  fs.mkdirSync(path.join(root, 'content', COMMIT_DIR));
  fs.writeFileSync(path.join(root, 'content', COMMIT_DIR, JOURNAL_FILE), '{}\n');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [path.resolve(script), ...args], {
    cwd: root,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: path.join(root, 'content'), SITE_URL: '', BASE_PATH: '', DEPLOY: '' },
    encoding: 'utf8',
  });
  return { code: result.status, err: result.stderr, out: result.stdout };
};

describe('a tree an interrupted ingest left half-written', () => {
  it('check-content says only what happened and that the fix is --recover', () => {
    const { code, err, out } = run('scripts/check-content.ts');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^content\/\.ingest-commit\/journal\.json: 上一次导入在换入新内容的途中中断.*请运行 npm run ingest -- --recover/),
    ]);
    expect(err).not.toContain('请改正以上文件');
  });

  it('the export says the same in one line and writes nothing', () => {
    const { code, err } = run('scripts/export.ts', '--out', 'data');
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^导出未完成：content\/\.ingest-commit\/journal\.json: .*npm run ingest -- --recover/);
    expect(fs.existsSync(path.join(root, 'data'))).toBe(false);
  });
});

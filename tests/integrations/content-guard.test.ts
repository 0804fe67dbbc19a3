/**
 * A hand-edited entry that breaks the schema must stop `npm run build` with the file, line,
 * field and reason, not a stack trace. Astro's own content layer prints its first error with a
 * stack trace and line 0, and does not notice a broken reference; the content guard runs the
 * check of `npm run check-content` in Astro's process before the content layer reads anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/problems.ts';
import { readContent } from '../../src/content/read.ts';
import { spawnBuildSync } from '../helpers/astro-build.ts';

const FIXTURE = path.resolve('tests/fixtures/content');
const ARTICLE = 'articles/2025/2025-12-28/01-02.md';
const PHOTO = 'photos/2025/2025-12-28/01-02-p1.json';

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-guard-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of the fixture tree with one file changed. */
function treeWith(name: string, rel?: string, change?: (text: string) => string): string {
  const dir = path.join(scratch, name, 'content');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  if (rel && change) {
    const file = path.join(dir, rel);
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, change(before));
    expect(fs.readFileSync(file, 'utf8')).not.toBe(before);
  }
  return dir;
}

function run(command: string, args: string[], contentDir: string, env: Record<string, string> = {}) {
  const result = spawnBuildSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(contentDir, '..', 'cache'), ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const npmBuild = (contentDir: string) =>
  run('npm', ['run', 'build', '--', '--outDir', path.join(contentDir, '..', 'dist')], contentDir);
const astroBuild = (contentDir: string) =>
  run(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', path.join(contentDir, '..', 'dist')], contentDir);

const wrongType = (t: string) => t.replace('seq: 2', 'seq: "二"');
const unquotedDate = (t: string) => t.replace('issue: "2025-12-28"', 'issue: 2025-12-28');

describe('npm run build guards the content', () => {
  it('builds the fixture tree; with no SITE_URL, a preview build that says so in its last line', () => {
    const dir = treeWith('valid');
    const { status, output } = run('npm', ['run', 'build', '--', '--outDir', path.join(dir, '..', 'dist')], dir, { SITE_URL: '', DEPLOY: '' });
    expect(status, output).toBe(0);
    expect(output).toContain('内容检查通过');
    expect(fs.existsSync(path.join(dir, '..', 'dist', 'index.html'))).toBe(true);
    expect(output.trim().split('\n').at(-1)).toMatch(/^预览构建（未设置 SITE_URL）：页面标为 noindex，没有 sitemap/);
    expect(fs.readFileSync(path.join(dir, '..', 'dist', 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex">');
    expect(fs.existsSync(path.join(dir, '..', 'dist', 'sitemap.xml'))).toBe(false);
  });

  it('stops on a content folder that does not exist (a mistyped ARCHIVE_CONTENT_DIR), naming it, before any page is written', () => {
    const dir = path.join(scratch, 'missing', 'content');
    const { status, output } = npmBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}: 内容目录不存在`);
    // One line: no count of problems over it, no advice to fix files under it.
    expect(output).not.toContain('内容有 1 处问题');
    expect(output).not.toContain('请改正以上文件');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(fs.existsSync(path.join(dir, '..', 'dist'))).toBe(false);
  });

  it('stops at a field of the wrong type, naming file, line, field and reason, before Astro runs', () => {
    const { status, output } = npmBuild(treeWith('wrong-type', ARTICLE, wrongType));
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/2025\/2025-12-28\/01-02\.md:5: 字段 seq：无效输入：期望 数字/);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(output).not.toContain('[content] Syncing');
  });

  // Astro's content layer does not check references; since the /data/ downloads read the tree
  // with read-content.ts, `astro build` alone now fails on one too, but with a stack trace.
  it('stops at a reference to an entry that does not exist, before Astro runs', () => {
    const dir = treeWith('dangling', PHOTO, (t) => t.replace('"article": "2025-12-28-01-02"', '"article": "2025-12-28-01-09"'));
    const { status, output } = npmBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-02-p1\.json:5: 字段 article：引用的稿件 2025-12-28-01-09 不存在/);
    expect(output).not.toContain('[content] Syncing');
  });
});

describe('astro build alone', () => {
  it('checks the tree as npm run check-content does, before Astro reads it: a broken reference named by file and line, no stack trace', () => {
    const dir = treeWith('dangling-astro', PHOTO, (t) => t.replace('"article": "2025-12-28-01-02"', '"article": "2025-12-28-01-09"'));
    const astro = astroBuild(dir);
    expect(astro.status).not.toBe(0);
    expect(astro.output).toMatch(/01-02-p1\.json:5: 字段 article：引用的稿件 2025-12-28-01-09 不存在/);
    expect(astro.output).toContain('请改正以上文件后再构建');
    expect(astro.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(astro.output).not.toContain('[content] Syncing');
  });


  it('stops at a broken id ledger in one line, before Astro reads anything, with no stack trace', () => {
    const dir = treeWith('broken-ledger');
    fs.writeFileSync(path.join(dir, 'ids.json'), '{"articles": [], "retired": {}}');
    const astro = astroBuild(dir);
    expect(astro.status).not.toBe(0);
    expect(astro.output).toMatch(/ids\.json: 稿件号账本损坏：articles：.*（broken id ledger）— 请用 git checkout 或备份恢复这个文件/);
    expect(astro.output).not.toMatch(/Stack trace|\n\s+at |readLedger/);
    expect(astro.output).not.toContain('[content] Syncing');
  });
});

describe('read-content and Astro agree on what is broken', () => {
  for (const [name, change] of [['wrong type', wrongType], ['unquoted date', unquotedDate]] as const) {
    it(`both refuse: ${name}`, () => {
      const dir = treeWith(name.replace(' ', '-') + '-astro', ARTICLE, change);
      expect(() => readContent(dir)).toThrow(ContentError);
      const astro = astroBuild(dir);
      expect(astro.status).not.toBe(0);
      expect(astro.output).toContain('01-02.md');
    });
  }
});

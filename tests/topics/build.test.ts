/**
 * `npm run build` refuses a topic that cites an article the archive does not have, naming the
 * topic file, the line and the id, with no stack trace; so does `astro build` run alone (the
 * components name the file and line the remark plugin recorded). Scratch copies of the small
 * fixture tree (tests/fixtures/content), as tests/integrations/content-guard.test.ts does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBuildSync } from '../helpers/astro-build.ts';

const FIXTURE = path.resolve('tests/fixtures/content');

const topic = (body: string[]) =>
  ['---', 'title: 家庭冰雪日', 'summary: 测试专题。', 'cover: 冰雪', 'from: 2025-12-28', 'to: 2025-12-28', 'editor: 编辑部', '---', '', ...body].join('\n');

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'topics-build-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function treeWithTopic(name: string, text: string): string {
  const dir = path.join(scratch, name, 'content');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'topics'));
  fs.writeFileSync(path.join(dir, 'topics', 'bingxue.mdx'), text);
  return dir;
}

function run(command: string, args: string[], contentDir: string) {
  const out = path.join(contentDir, '..', 'dist');
  const result = spawnBuildSync(command, [...args, '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(contentDir, '..', 'cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}

const WRONG = topic(['导语。', '', '<稿件 id="2025-12-28-01-03" />', '', '<稿件 id="2025-12-28-01-08" />']);

describe('a topic citing an article that does not exist', () => {
  it('stops `npm run build` before Astro runs, naming the topic file, the line and the id', () => {
    const dir = treeWithTopic('npm', WRONG);
    const { status, output } = run('npm', ['run', 'build', '--'], dir);
    expect(status).not.toBe(0);
    const file = path.join(dir, 'topics', 'bingxue.mdx');
    expect(output).toContain(`${file}:14: 稿件 2025-12-28-01-08 不存在（2025-12-28 第 1 版共 3 篇，稿件号 2025-12-28-01-01 至 2025-12-28-01-03）`);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(output).not.toContain('[content] Syncing');
  });

  it('also stops `astro build` run without the check, naming file, line and id', () => {
    const dir = treeWithTopic('astro', WRONG);
    const { status, output } = run(path.resolve('node_modules/.bin/astro'), ['build'], dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/bingxue\.mdx:14: 稿件 2025-12-28-01-08 不存在/);
  });

  it('builds once the id is right, and the article page links back to the topic', () => {
    const dir = treeWithTopic('fixed', WRONG.replace('2025-12-28-01-08', '2025-12-28-01-02'));
    const { status, output, out } = run('npm', ['run', 'build', '--'], dir);
    expect(status, output).toBe(0);
    expect(output).toContain('1 个专题');
    const page = fs.readFileSync(path.join(out, 'topics', 'bingxue', 'index.html'), 'utf8');
    expect(page).toContain('href="/articles/2025-12-28-01-02/"');
    const article = fs.readFileSync(path.join(out, 'articles', '2025-12-28-01-02', 'index.html'), 'utf8');
    expect(article).toMatch(/本文收入专题：<a href="\/topics\/bingxue\/">《家庭冰雪日》<\/a>/);
  });
});

describe('a tree without topics', () => {
  it('builds with no warning about the missing folder or the empty collection, and lists no topic', () => {
    const dir = path.join(scratch, 'none', 'content');
    fs.cpSync(FIXTURE, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'topics'), { recursive: true, force: true });
    const { status, output, out } = run(path.resolve('node_modules/.bin/astro'), ['build'], dir);
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\[WARN\] \[(content|glob-loader)\]/);
    expect(output).not.toMatch(/does not exist|is empty/);
    expect(fs.existsSync(path.join(out, 'topics', 'index.html'))).toBe(true);
    expect(fs.readdirSync(path.join(out, 'topics')).filter((f) => f !== 'index.html')).toEqual([]);
  });
});

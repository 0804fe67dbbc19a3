/**
 * Hostile addresses in the MDX pages editors write: every way of writing a script (or data) URL
 * into a link or an image is refused by the pre-build check with file and line, and by the
 * build's remark plugin even when `astro build` runs alone; http(s), mailto and the site's own
 * addresses pass. Against the real seed content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { remarkTopicComponents } from '../../src/integrations/remark-topic-components.ts';
import { checkPages } from '../../src/topics/check.ts';
import { unsafeUrl, urlScheme } from '../../src/topics/urls.ts';
import { createProcessor } from '@mdx-js/mdx';
import { spawnBuildSync } from '../helpers/astro-build.ts';

const content = readArchive('content');
const FRONT = ['---', 'title: 测试专题', 'summary: 一句话简介。', 'cover: 封面', 'from: 2025-12-27', 'to: 2025-12-28', 'editor: 编辑部', '---', ''];
const LINE = FRONT.length + 3; // the probe stands on the third line of the body

/** Ways to write a live script or data address into a page, each on its own. */
export const HOSTILE: string[] = [
  '[点这里](javascript:alert(1))',
  '[点这里](JaVaScRiPt:alert(1))',
  '[点这里](&#x6A;avascript:alert(1))',
  '[点这里](&#106;avascript:alert(1))',
  '[点这里]( javascript:alert(1) )',
  '[点这里](javascript&colon;alert(1))',
  '[点这里][参考]\n\n[参考]: javascript:alert(1)',
  '[参考]\n\n[参考]: JAVASCRIPT:alert(1)',
  '[点这里](vbscript:msgbox(1))',
  '[点这里](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![](javascript:alert(1))',
  '![图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[点这里](file:///etc/passwd)',
  '<a href="javascript:alert(1)">点这里</a>',
  '<a href="&#x6A;avascript:alert(1)">点这里</a>',
  '<a href="java&Tab;script:alert(1)">点这里</a>',
  '<a href="java&NewLine;script:alert(1)">点这里</a>',
  '<a href="  javascript:alert(1)">点这里</a>',
  '<img src="javascript:alert(1)" />',
  '<img src="x.png" srcset="ok.png 1x, javascript:alert(1) 2x" />',
  '<a href="vbscript:msgbox(1)">点这里</a>',
  '<q cite="javascript:alert(1)">引语</q>',
  '<a ping="javascript:alert(1)" href="/">首页</a>',
  '<javascript:alert>点这里</javascript:alert>',
];

const SAFE = ['[本期](/issues/2025-12-28/)', '[第五段](#p-5)', '[检索](?q=冰雪)', '[新华网](https://www.news.cn/)', '[来信](mailto:dtrb@example.cn)', '[相对](../about/)', '<a href="https://www.news.cn/">新华网</a>'];

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'topics-urls-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function check(body: string) {
  const dir = fs.mkdtempSync(path.join(scratch, 'case-'));
  fs.writeFileSync(path.join(dir, 'probe.mdx'), [...FRONT, '导语。', '', body, ''].join('\n'));
  return checkPages(content, dir, path.resolve('editorial')).problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.reason}`);
}

describe('urlScheme / unsafeUrl', () => {
  it('reads the scheme as a browser does', () => {
    expect(urlScheme(' \u0001JaVa\tScRi\npt:x')).toBe('javascript');
    expect(urlScheme('/issues/')).toBeNull();
    expect(urlScheme('#p-1')).toBeNull();
    expect(urlScheme('java%0ascript:x')).toBeNull(); // not a scheme at all: a relative path
    expect(unsafeUrl('mailto:a@b.cn')).toBeNull();
    expect(unsafeUrl('HTTPS://x.cn')).toBeNull();
    expect(unsafeUrl('data:,x')).toMatch(/不能是 data: 地址/);
  });
});

describe('the pre-build check refuses every hostile address with file and line', () => {
  it.each(HOSTILE)('%s', (probe) => {
    const lines = check(probe);
    expect(lines.length, lines.join('\n')).toBeGreaterThanOrEqual(1);
    // The line that holds the address: a reference link's is its definition's.
    const line = LINE + (probe.split(/javascript|JAVASCRIPT/i)[0].match(/\n/g)?.length ?? 0);
    expect(lines[0]).toMatch(new RegExp(`^probe\\.mdx:${line}: `));
    expect(lines.join('\n')).toMatch(/不能用：只能是 http\(s\):\/\/、mailto: 或本站的地址|带冒号的标签|<a> 不能带 ping 属性/);
  });

  it.each(SAFE)('passes %s', (probe) => {
    expect(check(probe)).toEqual([]);
  });
});

describe('the build refuses them too', () => {
  const compile = (body: string) => createProcessor({ format: 'mdx', remarkPlugins: [remarkTopicComponents] }).process({ value: body, path: path.resolve('content/topics/probe.mdx') });

  it.each(HOSTILE.filter((p) => !p.startsWith('<javascript:')))('the remark plugin stops %s with file and line', async (probe) => {
    const line = 3 + (probe.split(/javascript/i)[0].match(/\n/g)?.length ?? 0);
    await expect(compile(`导语。\n\n${probe}\n`)).rejects.toThrow(new RegExp(`content/topics/probe\\.mdx:${line}: 链接地址`));
  });

  it('a bare `astro build` of a tree with one stops, naming file and line, and writes no page with it', () => {
    const dir = path.join(scratch, 'astro', 'content');
    fs.cpSync(path.resolve('tests/fixtures/content'), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, 'topics'));
    fs.writeFileSync(path.join(dir, 'topics', 'probe.mdx'), [...FRONT, '导语。', '', '[点这里](&#x6A;avascript:alert(1))', ''].join('\n'));
    const out = path.join(scratch, 'astro', 'dist');
    const result = spawnBuildSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, ASTRO_CACHE_DIR: path.join(scratch, 'astro', 'cache') },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/probe\.mdx:12: 链接地址“javascript:alert\(1\)”不能用/);
    expect(fs.existsSync(path.join(out, 'topics', 'probe', 'index.html'))).toBe(false);
  });
});

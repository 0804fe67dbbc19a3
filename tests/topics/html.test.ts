/**
 * Plain HTML in the MDX pages editors write (src/topics/html.ts): only the allow-listed elements
 * and attributes pass. Astro directives (set:html, set:text, is:raw, client:*, define:vars,
 * class:list …), event handlers, style, ping and the like are refused by the pre-build check with
 * file and line, and again by the build's remark plugin; so are protocol-relative addresses
 * (`//host/…`). A CommonMark autolink `<https://…>` gets the way to write it in MDX.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import { remarkTopicComponents } from '../../src/integrations/remark-topic-components.ts';
import { checkPages } from '../../src/topics/check.ts';
import { fileHashes, runScript, scratchContent } from '../helpers/scratch-content.ts';

const content = readArchive('content');
const FRONT = ['---', 'title: 测试专题', 'summary: 一句话简介。', 'cover: 封面', 'from: 2025-12-27', 'to: 2025-12-28', 'editor: 编辑部', '---', ''];
const LINE = FRONT.length + 3; // the probe stands on the third line of the body

/** Plain HTML that would put live markup or script in the page, or reach the network, and what the refusal says. */
const HOSTILE: [string, RegExp][] = [
  ['<div set:html="<img src=x onerror=alert(1)>" />', /<div> 不能带 set:html 属性（带冒号的是 Astro 指令/],
  ['<p set:html="<script>alert(2)</script>" />', /<p> 不能带 set:html 属性/],
  ['<span set:text="x" />', /不能带 set:text 属性/],
  ['<div is:raw>x</div>', /不能带 is:raw 属性/],
  ['<p client:load="">x</p>', /不能带 client:load 属性/],
  ['<div define:vars="x">x</div>', /不能带 define:vars 属性/],
  ['<p class:list="a">x</p>', /不能带 class:list 属性/],
  ['<p SET:HTML="<b>x</b>" />', /不能带 SET:HTML 属性/],
  ['<a href="/" ping="https://tracker.example/">首页</a>', /<a> 不能带 ping 属性（不在允许之列），请删去（可用的属性见 docs\/topics\.md）/],
  ['<img src="/x.png" onerror="alert(1)" />', /<img> 不能带 onerror 属性（事件属性会执行脚本）/],
  ['<p style="position:fixed">x</p>', /<p> 不能带 style 属性（会改动页面样式）/],
  ['<a href="/" formaction="/x">x</a>', /不能带 formaction 属性/],
  ['<img src="/x.png" fetchpriority="high" attributionsrc="https://t.example/" />', /不能带 fetchpriority 属性/],
  ['<marquee>x</marquee>', /页面里不能写 <marquee> 标签：只能用 p、h2、a、img/],
  ['<textarea>x</textarea>', /页面里不能写 <textarea> 标签/],
  ['<video src="https://x.example/v.mp4" />', /页面里不能写 <video> 标签/],
  ['<script>alert(1)</script>', /页面里不能写 <script> 标签/],
  ['<x-widget>x</x-widget>', /页面里不能写 <x-widget> 标签/],
  ['[别站](//evil.example/a)', /链接地址“\/\/evil\.example\/a”不能用：以 \/\/ 开头的地址会连到别的网站；外站请写完整的 https:\/\/…/],
  ['![](//evil.example/a.png)', /以 \/\/ 开头的地址会连到别的网站/],
  ['[别站][参考]\n\n[参考]: //evil.example/', /以 \/\/ 开头的地址/],
  ['<a href="//evil.example/">x</a>', /<a> 的 href：链接地址“\/\/evil\.example\/”不能用：以 \/\/ 开头/],
  ['<a href="/\\evil.example/">x</a>', /以 \/\/ 开头的地址/],
  ['<a href=" \t//evil.example/">x</a>', /以 \/\/ 开头的地址/],
  ['<img src="/ok.png" srcset="/ok.png 1x, //evil.example/b.png 2x" />', /以 \/\/ 开头的地址/],
];

/** Plain HTML an editor may well write, which must pass. */
const SAFE = [
  '<h2 id="flags" class="note">标注</h2>',
  '<details open><summary>更多</summary>内容</details>',
  '<img src="/images/a.png" alt="图" width="300" height="200" loading="lazy" />',
  '<a href="https://www.news.cn/" target="_blank" rel="noopener" title="新华网">新华网</a>',
  '<table><tbody><tr><td colspan="2" aria-label="合计">合计</td></tr></tbody></table>',
  '<blockquote cite="https://www.news.cn/">引语</blockquote>',
  '<time datetime="2025-12-28">12月28日</time>',
  '<ol start="3" reversed><li value="3">三</li></ol>',
  '[本站](/issues/2025-12-28/)',
];

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'topics-html-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function check(body: string) {
  const dir = fs.mkdtempSync(path.join(scratch, 'case-'));
  fs.writeFileSync(path.join(dir, 'probe.mdx'), [...FRONT, '导语。', '', body, ''].join('\n'));
  return checkPages(content, dir, path.resolve('editorial')).problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.reason}`);
}

/** The line of the file that holds what is refused: a reference link's is its definition's. */
const lineOf = (probe: string) => LINE + (probe.includes('[参考]:') ? 2 : 0);

describe('the pre-build check refuses HTML outside the allow-list, with file and line', () => {
  it.each(HOSTILE)('%s', (probe, why) => {
    const lines = check(probe);
    expect(lines, lines.join('\n')).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^probe\\.mdx:${lineOf(probe)}: `));
    expect(lines[0]).toMatch(why);
    expect(lines[0]).not.toContain('\n');
  });

  it.each(SAFE)('passes %s', (probe) => {
    expect(check(probe)).toEqual([]);
  });

  it('refuses an Astro directive on a component too', () => {
    expect(check('<稿件 id="2025-12-28-01-03" set:html="<b>x</b>" />')).toEqual([expect.stringMatching(/^probe\.mdx:12: <稿件> 没有属性 set:html/)]);
    expect(check('<Fragment set:html="<img src=x onerror=alert(1)>" />')).toEqual([expect.stringMatching(/^probe\.mdx:12: 没有名为 <Fragment> 的组件/)]);
  });

  it.each([
    ['见 <https://www.news.cn/> 。', '[链接文字](https://www.news.cn/)'],
    ['<mailto:dtrb@example.cn>', '[链接文字](mailto:dtrb@example.cn)'],
    ['<www.news.cn>', '[链接文字](https://www.news.cn)'],
  ])('tells how to write the autolink %s', (probe, fix) => {
    const lines = check(probe);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^probe\\.mdx:${LINE}: MDX 语法错误：尖括号里的网址 <.*> 不能这样写，请写成 `));
    expect(lines[0].endsWith(fix)).toBe(true);
  });
});

describe('the build refuses them too', () => {
  const compile = (body: string) => createProcessor({ format: 'mdx', remarkPlugins: [remarkTopicComponents] }).process({ value: body, path: path.resolve('content/topics/probe.mdx') });

  it.each(HOSTILE.map(([p]) => p))('the remark plugin stops %s with file and line', async (probe) => {
    const line = 3 + (probe.includes('[参考]:') ? 2 : 0);
    await expect(compile(`导语。\n\n${probe}\n`)).rejects.toThrow(new RegExp(`content/topics/probe\\.mdx:${line}: (<|链接地址|页面里不能写)`));
  });

  it('the remark plugin stops an Astro directive on any component', async () => {
    await expect(compile('导语。\n\n<Fragment set:html="<img src=x onerror=alert(1)>" />\n')).rejects.toThrow(/probe\.mdx:3: <Fragment> 不能带 set:html 属性/);
  });

  // Code MDX would run while the site is built: it could publish the build machine's environment or live HTML.
  it.each([
    ['{globalThis.process?.env?.HOME}', /大括号 \{ \} 里只能写注释/],
    ['前{<img src="x" onerror="alert(1)" alt="" />}后', /大括号 \{ \} 里只能写注释/],
    ['{<a href="javascript:alert(2)">y</a>}', /大括号 \{ \} 里只能写注释/],
    ['export const who = globalThis.process.env.HOME', /页面里不能写 import 或 export/],
    ['<稿件 id={globalThis.process.env.HOME} />', /属性须写成 名称="值"/],
    ['<稿件 {...globalThis.props} />', /属性须写成 名称="值"/],
  ])('the remark plugin stops the code %s before it runs', async (probe, reason) => {
    await expect(compile(`导语。\n\n${probe}\n`)).rejects.toThrow(/content\/topics\/probe\.mdx:3: /);
    await expect(compile(`导语。\n\n${probe}\n`)).rejects.toThrow(reason);
  });

  it('the remark plugin lets a comment {/* … */} through', async () => {
    await expect(compile('导语。\n\n{/* 编者的备注 */}\n')).resolves.toBeTruthy();
  });

  it.each(SAFE)('the remark plugin passes %s', async (probe) => {
    await expect(compile(`导语。\n\n${probe}\n`)).resolves.toBeTruthy();
  });
});

describe('npm run check-content', () => {
  const tree = scratchContent('topics-html');

  it('refuses a topic with set:html in one line naming file and line, and leaves content/ as it was', () => {
    fs.writeFileSync(path.join(tree.content, 'topics', 'probe.mdx'), [...FRONT, '导语。', '', '<div set:html="<img src=x onerror=alert(1)>" />', ''].join('\n'));
    const before = fileHashes(tree.content);
    const run = runScript(tree, 'scripts/check-content.ts');
    expect(run.code, run.out + run.err).toBe(1);
    expect(run.err).toMatch(/content\/topics\/probe\.mdx:12: <div> 不能带 set:html 属性（带冒号的是 Astro 指令，会把文字当作网页代码或脚本放进页面），请删去/);
    expect(fileHashes(tree.content)).toEqual(before);
  });
});

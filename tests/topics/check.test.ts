/**
 * The pre-build check of topics and editorial pages, against the real seed content: the real
 * topics pass; each kind of editor's mistake is named with the file, the line and what to fix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/content/archive.ts';
import type { Ledger } from '../../src/schema/ledger.ts';
import { checkPages } from '../../src/topics/check.ts';

const content = readArchive('content');
const FRONT = ['---', 'title: 测试专题', 'summary: 一句话简介。', 'cover: 封面', 'tags: [测试]', 'from: 2025-12-27', 'to: 2025-12-28', 'editor: 编辑部', '---', ''];

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'topics-check-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A topics folder holding the given files; checks it with the real content and editorial pages (and a ledger, when given). */
function check(files: Record<string, string>, editorial = path.resolve('editorial'), ledger?: Ledger) {
  const dir = fs.mkdtempSync(path.join(scratch, 'case-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const report = checkPages(content, dir, editorial, ledger);
  return { ...report, lines: report.problems.map((p) => `${path.basename(p.file)}:${p.line ?? ''}: ${p.field ? `${p.field}：` : ''}${p.reason}`) };
}

describe('checkPages', () => {
  it('passes the archive’s own topics and editorial pages', () => {
    const report = checkPages(content, path.resolve('content/topics'), path.resolve('editorial'));
    expect(report.problems).toEqual([]);
    expect(report.topics).toBe(3);
    expect(report.editorial).toBe(3);
  });

  it('names the file, the line and the id of an article that does not exist, and the nearest real id', () => {
    const body = ['导语。', '', '<稿件 id="2025-12-28-01-03" />', '', '<稿件 id="2025-12-28-01-09" />', '', '<时间线 稿件="2025-12-28-01-05 2031-01-01-01-01" />'];
    const { lines } = check({ 'test.mdx': [...FRONT, ...body].join('\n') });
    expect(lines).toEqual([
      'test.mdx:15: 稿件 2025-12-28-01-09 不存在（2025-12-28 第 1 版共 7 篇，稿件号 2025-12-28-01-01 至 2025-12-28-01-07）',
      'test.mdx:17: 稿件 2031-01-01-01-01 不存在（本馆没有 2031-01-01 这一期）',
    ]);
  });

  it('names an id the ledger withdrew or retired for what it is, with the fix', () => {
    const ledger: Ledger = {
      articles: {},
      // 2025-12-28-01-08 was read again as part of 01-09, which was read again as part of 01-03.
      retired: { '2025-12-28-01-08': '2025-12-28-01-09', '2025-12-28-01-09': '2025-12-28-01-03', '2025-12-28-01-10': null },
      withdrawn: { '2026-02-02-03-01': { source: '009_x.txt', issue: '2026-02-02', page: 3, title: '某地举办灯会', withdrawn: '2026-02-10' } },
    };
    const body = ['<稿件 id="2026-02-02-03-01" />', '', '<时间线 稿件="2025-12-28-01-08 2025-12-28-01-10" />'];
    const { lines } = check({ 'w.mdx': [...FRONT, ...body].join('\n') }, undefined, ledger);
    expect(lines).toEqual([
      'w.mdx:11: 稿件 2026-02-02-03-01（某地举办灯会）已于 2026-02-10 撤下：来源文件 009_x.txt 已用 --remove 撤出档案（withdrawn）— 请从专题中删去这条引用，或换成别的稿件',
      'w.mdx:13: 稿件号 2025-12-28-01-08 已停用，它的文字现在是稿件 2025-12-28-01-03（retired）— 请把引用改为 2025-12-28-01-03',
      'w.mdx:13: 稿件号 2025-12-28-01-10 已停用，没有接替它的稿件（retired）— 请从专题中删去这条引用，或换成别的稿件',
    ]);
  });

  it('checks quotes against the article text', () => {
    const body = [
      '<引文 id="2025-12-28-01-03">当前，大同的冷冰雪正逐步成为热经济。</引文>',
      '',
      '<引文 id="2025-12-28-01-03">大同的冰雪经济全国第一。</引文>',
      '',
      '<引文 id="2025-12-28-01-03" 段="1">当前，大同的冷冰雪正逐步成为热经济。</引文>',
      '',
      '<引文 id="2025-12-28-01-99">任何一句。</引文>',
      '',
      '<稿件 id="2025-12-28-03-01" />',
    ];
    const { lines } = check({ 'q.mdx': [...FRONT, ...body].join('\n') });
    expect(lines).toEqual([
      'q.mdx:13: 引文（稿件 2025-12-28-01-03）：稿件正文里找不到这句引文（引文须与原文一字不差，省略处写“……”，且须出自同一段）',
      'q.mdx:15: 引文（稿件 2025-12-28-01-03）：引文不在第 1 段，而在第 5 段（可改为 段="5"，或去掉“段”）',
      'q.mdx:17: 稿件 2025-12-28-01-99 不存在（2025-12-28 第 1 版共 7 篇，稿件号 2025-12-28-01-01 至 2025-12-28-01-07）',
      'q.mdx:19: 稿件 2025-12-28-03-01 不存在（2025-12-28 这一期本馆没有第 3 版）',
    ]);
  });

  it('checks that an author or column list shows something', () => {
    const body = ['<稿件列表 作者="陈 杰" />', '', '<稿件列表 作者="陈杰" 到="2024" />', '', '<稿件列表 栏目="政务 动态" />', '', '<稿件列表 栏目="体育新闻" />'];
    const { lines } = check({ 'l.mdx': [...FRONT, ...body].join('\n') });
    expect(lines).toEqual([
      'l.mdx:13: <稿件列表>：作者 陈杰（2024 及以前）没有稿件（名字须与稿件署名或栏目名一致）',
      'l.mdx:17: <稿件列表>：栏目 体育新闻没有稿件（名字须与稿件署名或栏目名一致）',
    ]);
  });

  it('names frontmatter mistakes with their lines', () => {
    const front = ['---', 'title: ""', 'summary: 简介', 'cover: 封面', 'tags: 冰雪', 'from: 2025年12月27日', 'to: 2025-12-28', 'edtior: 编辑部', '---', '', '正文'];
    const { lines } = check({ 'f.mdx': front.join('\n') });
    expect(lines).toEqual(
      expect.arrayContaining([
        'f.mdx:2: title：标题（title）不能为空',
        'f.mdx:5: tags：标签（tags）须是一个列表，如 [冰雪, 文旅]',
        'f.mdx:6: from：日期须写成 YYYY-MM-DD，如 2025-12-27',
        'f.mdx:8: edtior：没有这个字段（可用：title、summary、cover、tags、from、to、editor）',
        'f.mdx:2: editor：缺少编辑（editor）',
      ]),
    );
    const reversed = check({ 'r.mdx': FRONT.join('\n').replace('from: 2025-12-27', 'from: 2026-01-01') });
    expect(reversed.lines).toEqual(['r.mdx:7: to：起始日期（from）不能晚于结束日期（to）']);
  });

  it('requires a file name that can be a permalink, and .mdx files only', () => {
    const { lines } = check({ '大同冰雪季.mdx': FRONT.join('\n'), 'notes.md': '# 草稿', '.DS_Store': '' });
    expect(lines).toEqual([
      'notes.md:: 专题文件须是本目录下的 .mdx 文件（不放子目录），这个文件不会被发布',
      '大同冰雪季.mdx:: 文件名 “大同冰雪季” 就是专题的网址（/topics/大同冰雪季/），只能用小写字母、数字和连字符，如 datong-bingxueji.mdx',
    ]);
  });

  it('keeps editorial pages from citing articles (they are built with every content tree)', () => {
    const editorial = fs.mkdtempSync(path.join(scratch, 'editorial-'));
    fs.writeFileSync(path.join(editorial, 'about.mdx'), '---\ntitle: 关于本馆\ndescription: 说明\n---\n\n<标注说明 />\n\n<稿件 id="2025-12-28-01-03" />\n');
    const report = check({}, editorial);
    expect(report.lines).toEqual(['about.mdx:8: 没有名为 <稿件> 的组件。可用的组件：标注说明、馆藏概况、本馆网址']);
    expect(report.editorial).toBe(1);
  });
});

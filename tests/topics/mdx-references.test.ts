/** Reading what an MDX page refers to, and what an editor got wrong, with the file's line numbers. */
import { describe, expect, it } from 'vitest';
import { citedIds, readMdxBody } from '../../src/topics/mdx-references.ts';
import { EDITORIAL_COMPONENTS, TOPIC_COMPONENTS } from '../../src/topics/vocabulary.ts';

const read = (body: string, firstLine = 1) => readMdxBody(body, firstLine, TOPIC_COMPONENTS);

describe('readMdxBody', () => {
  it('lists cards, quotes, timelines and lists with the lines they are written on', () => {
    const body = [
      '导语，行内提到<稿件 id="2025-12-28-01-05" />。', // 10
      '',
      '<稿件 id="2025-12-28-01-03" />', // 12
      '',
      '<引文 id="2025-12-28-01-03">当前，大同的冷冰雪正逐步成为热经济。</引文>', // 14
      '',
      '<引文 id="2025-12-28-01-03" 段="2" />', // 16
      '',
      '<时间线 稿件="2025-12-28-01-03、2025-12-28-01-05, 2024-01-02-01-03" 标题="大事记" />', // 18
      '',
      '<稿件列表 作者="陈杰" 从="2025" 到="2025-12" 最多={3} />', // 20
    ].join('\n');
    const { references, problems } = read(body, 10);
    expect(problems).toEqual([]);
    expect(references).toEqual([
      { kind: 'card', line: 10, id: '2025-12-28-01-05' },
      { kind: 'card', line: 12, id: '2025-12-28-01-03' },
      { kind: 'quote', line: 14, id: '2025-12-28-01-03', block: null, text: '当前，大同的冷冰雪正逐步成为热经济。' },
      { kind: 'quote', line: 16, id: '2025-12-28-01-03', block: 2, text: '' },
      { kind: 'timeline', line: 18, ids: ['2025-12-28-01-03', '2025-12-28-01-05', '2024-01-02-01-03'] },
      { kind: 'list', line: 20, author: '陈杰', column: null, from: '2025', to: '2025-12', limit: 3 },
    ]);
    expect(citedIds(references)).toEqual(['2025-12-28-01-05', '2025-12-28-01-03', '2024-01-02-01-03']);
  });

  it('reads a timeline whose ids are written over several lines', () => {
    const { references, problems } = read('<时间线\n  标题="大事记"\n  稿件="2023-10-23-01-01 2024-01-02-01-03\n        2025-12-28-01-03"\n/>', 3);
    expect(problems).toEqual([]);
    expect(references).toEqual([{ kind: 'timeline', line: 3, ids: ['2023-10-23-01-01', '2024-01-02-01-03', '2025-12-28-01-03'] }]);
  });

  it('takes a quote written over several lines, with emphasis, as its plain text', () => {
    const { references } = read('<引文 id="2025-12-28-01-03">\n当前，大同的**冷冰雪**\n正逐步成为热经济。\n</引文>');
    expect(references).toEqual([{ kind: 'quote', line: 1, id: '2025-12-28-01-03', block: null, text: '当前，大同的冷冰雪\n正逐步成为热经济。' }]);
  });

  it('does not read examples in code blocks or comments as references', () => {
    const body = '```mdx\n<稿件 id="2099-01-01-01-01" />\n```\n\n`<稿件 id="2099-01-01-01-02" />`\n\n{/* <稿件 id="2099-01-01-01-03" /> */}\n';
    expect(read(body)).toEqual({ references: [], problems: [] });
  });

  it('names a misspelt component, attribute or value, and a missing attribute', () => {
    const body = [
      '<稿件卡 id="2025-12-28-01-03" />',
      '<稿件 号="2025-12-28-01-03" />',
      '<稿件 id="2025-12-28-1-3" />',
      '<引文 id="2025-12-28-01-03" 段="第二段">x</引文>',
      '<稿件列表 作者="陈杰" 栏目="政务动态" />',
      '<稿件列表 作者="陈杰" 从="去年" />',
      '<时间线 稿件="2025-12-28-01-03 2025-12-28-01-03" />',
      '<稿件 id="2025-12-28-01-03">多余的内容</稿件>',
      '<引文 id="2025-12-28-01-03"><稿件 id="2025-12-28-01-05" /></引文>',
    ].join('\n\n');
    const { problems } = read(body);
    const at = (line: number) => problems.filter((p) => p.line === line).map((p) => p.reason).join(' | ');
    expect(at(1)).toMatch(/没有名为 <稿件卡> 的组件。可用的组件：稿件、引文、时间线、稿件列表/);
    expect(at(3)).toMatch(/<稿件> 没有属性 号。可用的属性：id/);
    expect(at(3)).toMatch(/<稿件> 缺少属性 id/);
    expect(at(5)).toMatch(/稿件号 “2025-12-28-1-3” 格式不对/);
    expect(at(7)).toMatch(/段="第二段" 须是段落编号/);
    expect(at(9)).toMatch(/须写 作者="…" 或 栏目="…"，二者选一/);
    expect(at(11)).toMatch(/从="去年" 须是日期/);
    expect(at(13)).toMatch(/稿件 2025-12-28-01-03 写了两次/);
    expect(at(15)).toMatch(/<稿件> 不包含内容/);
    expect(at(17)).toMatch(/<引文> 里只能写引文的文字/);
  });

  it('reports an MDX syntax error at its line in the file, with a hint about < and {', () => {
    const { problems, references } = read('第一行\n\n气温 <5 度，{未闭合', 7);
    expect(references).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(9);
    expect(problems[0].reason).toMatch(/^MDX 语法错误：.*请写成 \\< 和 \\\{/s);
  });

  it('refuses expressions other than comments, and HTML that would run code', () => {
    const body = [
      '{/* 注释可以 */}',
      '',
      '{process.exit(1)}',
      '',
      '正文 {1 + 1} 行内',
      '',
      '<script>alert(1)</script>',
      '',
      '<a href="javascript:alert(1)">链接</a>',
      '',
      '<p onclick="alert(1)">段落</p>',
      '',
      '<h2 id="flags">可以</h2>',
    ].join('\n');
    const { problems } = read(body);
    expect(problems).toEqual([
      { line: 3, reason: expect.stringMatching(/只能写注释/) },
      { line: 5, reason: expect.stringMatching(/只能写注释/) },
      { line: 7, reason: expect.stringMatching(/^页面里不能写 <script> 标签：只能用 p、h2、a、img、ul、table 等排版标签/) },
      { line: 9, reason: '<a> 的 href：链接地址“javascript:alert(1)”不能用：只能是 http(s)://、mailto: 或本站的地址（如 /issues/2025-12-28/），不能是 javascript: 地址' },
      { line: 11, reason: expect.stringMatching(/^<p> 不能带 onclick 属性（事件属性会执行脚本），请删去（可用的属性见 docs\/topics\.md）$/) },
    ]);
  });

  it('refuses import and export: the components are there without them', () => {
    const { problems } = read('import X from "./x.astro";\n\n正文');
    expect(problems).toEqual([{ line: 1, reason: expect.stringMatching(/不能写 import 或 export/) }]);
  });

  it('lets editorial pages use only the editorial components', () => {
    const { problems } = readMdxBody('<标注说明 />\n\n<h2 id="flags">标注</h2>\n\n<稿件 id="2025-12-28-01-03" />', 1, EDITORIAL_COMPONENTS);
    expect(problems).toEqual([{ line: 5, reason: expect.stringMatching(/没有名为 <稿件> 的组件。可用的组件：标注说明、馆藏概况、本馆网址/) }]);
  });
});

describe('topicPlainText', () => {
  it('gives the words a reader sees: prose, headings, quotes; not comments, code or tags', async () => {
    const { topicPlainText } = await import('../../src/topics/plain-text.ts');
    const body = [
      '{/* 给编辑的注释 */}',
      '',
      '## 从“淡季不淡”说起',
      '',
      '导语，行内<稿件 id="2025-12-28-01-05" />和<引文 id="2025-12-28-01-06">高端赛事引领</引文>。',
      '',
      '<引文 id="2025-12-28-01-03">当前，大同的冷冰雪\n正逐步成为热经济。</引文>',
      '',
      '<时间线 稿件="2025-12-28-01-03" />',
      '',
      '<引文 id="2025-12-28-01-06">“今天我们全家在教练指导下滑出了第一步”</引文>',
      '',
      '```mdx\n<稿件 id="2025-12-28-01-03" />\n```',
      '',
      '- 列表一项',
    ].join('\n');
    expect(topicPlainText(body)).toEqual(['从“淡季不淡”说起', '导语，行内和高端赛事引领。', '当前，大同的冷冰雪 正逐步成为热经济。', '“今天我们全家在教练指导下滑出了第一步”', '列表一项']);
  });
});

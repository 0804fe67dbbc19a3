import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/content/body.ts';
import { articleSchema } from '../../src/schema/entries.ts';
import { toBlocks } from '../../src/ingest/blocks.ts';
import { entryFiles, toEntries, type ReadPage } from '../../src/ingest/entries.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import { toItems } from '../../src/ingest/items.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { parse } from 'yaml';
import { excerpt } from '../helpers/seeds.ts';

function page(source: string, text: string, date: string, pageNo: number): ReadPage {
  return { source, items: toItems(toBlocks(toLines(text))), date, dateSource: 'metadata', dateEvidence: [], page: pageNo, pageSource: 'metadata', pageName: pageNo === 1 ? '要闻' : null };
}

describe('entries: from items to validated archive entries', () => {
  const front = page('a.txt', excerpt('002', 57, 69), '2023-10-23', 1); // ends （下转第三版）
  const third = page('c.txt', `（上接第一版）\n${excerpt('002', 61, 61).replace(/^本报讯（记者 王春艳）/, '')}`, '2023-10-23', 3);
  const entries = toEntries([third, front], emptyLedger());

  it('makes one issue with its pages in order and one section per page', () => {
    expect(entries.issues).toEqual([
      { id: '2023-10-23', date: '2023-10-23', paper: '大同日报', pages: [1, 3], sources: ['a.txt', 'c.txt'], dateSource: 'metadata', dateEvidence: [] },
    ]);
    expect(entries.sections.map((s) => [s.id, s.name])).toEqual([['2023-10-23-01', '要闻'], ['2023-10-23-03', null]]);
  });

  it('links the two halves of a continued article when both pages are in the archive', () => {
    const [first, rest] = entries.articles.map((a) => a.data);
    expect(first).toMatchObject({ id: '2023-10-23-01-01', continuedOn: 3, continuedOnArticle: '2023-10-23-03-01' });
    expect(rest).toMatchObject({ id: '2023-10-23-03-01', continuedFrom: 1, continuedFromArticle: '2023-10-23-01-01' });
  });

  it('writes Markdown an editor can read, whose frontmatter and body read back exactly', () => {
    const files = entryFiles(entries);
    const text = files.get('articles/2023/2023-10-23/01-01.md')!;
    const [, frontmatter, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(text)!;
    expect(articleSchema.parse(parse(frontmatter))).toEqual(entries.articles[0].data);
    expect(markdownToBlocks(body)).toEqual(entries.articles[0].body);
    expect(text).toContain('headline: "“云冈杯”第二届全国魏碑书法双年展主题研讨会召开"');
  });

  it('is deterministic: the same pages give the same bytes', () => {
    const again = entryFiles(toEntries([front, third], emptyLedger()));
    expect(again).toEqual(entryFiles(entries));
  });

  it('keeps hostile text as text in the body Markdown', () => {
    const hostile = page('h.txt', `大同冰雪季系列活动启动\n\n本报讯（记者 郑苗苗）<script>alert(1)</script> **粗体** [链接](x) {表达式} | 表格 # 标题。\n`, '2025-12-28', 1);
    const e = toEntries([hostile], emptyLedger());
    const md = entryFiles(e).get('articles/2025/2025-12-28/01-01.md')!;
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(markdownToBlocks(md.split('---\n\n')[1])[0].text).toBe('<script>alert(1)</script> **粗体** [链接](x) {表达式} | 表格 # 标题。');
  });
});

/** The export of a result set (src/search/browser/export-file.ts), from records written for the test. */
import { describe, expect, it } from 'vitest';
import { citationOf, exportFile, exportName } from '../../../src/search/browser/export-file.ts';
import { encodeRecord, type ResultRecord } from '../../../src/search/shared/record.ts';
import { ris } from '../../../src/cite/ris.ts';
import type { PagefindResult } from '../../../src/search/browser/pagefind-api.ts';

const ARTICLE: ResultRecord = {
  id: '2023-10-23-01-02',
  url: '/articles/2023-10-23-01-02/',
  date: '2023-10-23',
  page: 1,
  pageName: '要闻',
  kind: 'article',
  column: null,
  kicker: null,
  headline: '=SUM(A1) 市场，“活”起来',
  subheadline: '——秋季 调研',
  title: '=SUM(A1) 市场，“活”起来',
  names: ['王小明', '李华'],
  fields: ['本报讯 正文。'],
  cite: { authors: ['王小明'], title: '=SUM(A1) 市场，“活”起来: 秋季 调研', devisedTitle: false, paper: '大同日报', pages: [1, 3] },
};
const TOPIC: ResultRecord = { ...ARTICLE, id: 'bingxue', url: '/topics/bingxue/', kind: 'topic', page: null, pageName: null, headline: null, title: '冰雪专题', cite: undefined, topic: { from: '2025-01-01', to: '2025-12-28', editor: '编辑部' } };

const result = (record: ResultRecord): PagefindResult => ({ id: record.id, score: 1, data: async () => ({ meta: { d: encodeRecord(record) } }) });
const SITE = 'https://archive.example.org/archive/';

describe('the export of a result set', () => {
  it('cites an article as its page does: the record’s title, authors and every 版次, the permalink under the site', () => {
    const cite = citationOf(ARTICLE, `${SITE}articles/2023-10-23-01-02/`)!;
    expect(cite).toMatchObject({ authors: ['王小明'], pages: [1, 3], pageLabel: '第一版 要闻', url: 'https://archive.example.org/archive/articles/2023-10-23-01-02/' });
    expect(citationOf(TOPIC, SITE)).toBeNull();
  });

  it('writes every result as a CSV row in order, formula-safe, with a byte-order mark; RIS and BibTeX cite the articles only', async () => {
    const progress: number[] = [];
    const csv = await exportFile([result(ARTICLE), result(TOPIC)], { format: 'csv', site: SITE }, '市场 活', (done) => progress.push(done));
    expect(csv).toMatchObject({ name: '大同日报检索_市场 活.csv', results: 2, cited: 1 });
    expect(progress.at(-1)).toBe(2);
    expect(csv.text.startsWith('\uFEFFrank,id,permalink,')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[1]).toContain(`1,2023-10-23-01-02,${SITE}articles/2023-10-23-01-02/,2023-10-23,1,要闻,article,,,'=SUM(A1) 市场，“活”起来,——秋季 调研,王小明；李华,"1, 3",`);
    expect(lines[2]).toMatch(/^2,bingxue,https:\/\/archive\.example\.org\/archive\/topics\/bingxue\/,/);
    const file = await exportFile([result(ARTICLE), result(TOPIC)], { format: 'ris', site: SITE }, '市场', () => {});
    expect(file.text).toBe(ris(citationOf(ARTICLE, `${SITE}articles/2023-10-23-01-02/`)!));
    const bib = await exportFile([result(TOPIC), result(ARTICLE)], { format: 'bib', site: SITE }, '', () => {});
    expect(bib.name).toBe('大同日报检索.bib');
    expect(bib.text.match(/^@article\{/gm)).toHaveLength(1);
  });

  it('names the file from the query without the characters file systems refuse', () => {
    expect(exportName('a/b:c*"d"<e>|f?', 'ris')).toBe('大同日报检索_a b c d e f.ris');
  });
});

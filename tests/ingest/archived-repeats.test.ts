/** archivedRepeats: a page given again as another page, told from a reprinted article. */
import { describe, expect, it } from 'vitest';
import { archivedRepeats } from '../../src/ingest/archived-repeats.ts';
import { emptyLedger } from '../../src/ingest/ids.ts';
import type { Ledger } from '../../src/schema/ledger.ts';

const KEYS = ['市委常委会召开会议研究部署冬季安全生产工作', '全市重点项目集中开工总投资二百一十六亿元', '大同至张家口高速公路改扩建工程全线贯通', '平城区新建社区食堂十二处老人就餐更方便'];

function ledger(articles: Array<[string, string, string]>): Ledger {
  const l = emptyLedger();
  for (const [id, source, key] of articles) l.articles[id] = { source, key, lines: [1, 2] };
  return l;
}

const archived = ledger(KEYS.map((key, i) => [`2025-12-28-01-0${i + 1}`, 'old.txt', key]));

describe('archivedRepeats', () => {
  it('names the archived page most of a new page opens as', () => {
    const after = ledger([...Object.entries(archived.articles).map(([id, e]) => [id, e.source, e.key] as [string, string, string]), ...KEYS.slice(0, 3).map((key, i) => [`2026-02-12-04-0${i + 1}`, 'new.txt', key] as [string, string, string]), ['2026-02-12-04-04', 'new.txt', '今冬首场降雪如期而至全市各部门连夜除雪保畅通']]);
    expect(archivedRepeats(archived, after, new Set(['new.txt']))).toEqual([{ source: 'new.txt', repeats: { source: 'old.txt', date: '2025-12-28', page: 1 }, same: 3, of: 4 }]);
  });

  it('says nothing of one reprinted article, of half a page, of short keys, or of a page against its own source', () => {
    const reprint = ledger([['2026-02-12-04-01', 'new.txt', KEYS[0]], ['2026-02-12-04-02', 'new.txt', '今冬首场降雪如期而至全市各部门连夜除雪保畅通']]);
    expect(archivedRepeats(archived, reprint, new Set(['new.txt']))).toEqual([]);
    const half = ledger([...KEYS.slice(0, 2).map((key, i) => [`2026-02-12-04-0${i + 1}`, 'new.txt', key] as [string, string, string]), ['2026-02-12-04-03', 'new.txt', '今冬首场降雪如期而至全市各部门连夜除雪保畅通'], ['2026-02-12-04-04', 'new.txt', '平城区开展冬季消防安全大检查排查隐患四十处']]);
    expect(archivedRepeats(archived, half, new Set(['new.txt']))).toEqual([]);
    const short = ledger([['2025-12-28-02-01', 'a.txt', '图片新闻'], ['2025-12-28-02-02', 'a.txt', '简讯']]);
    expect(archivedRepeats(short, ledger([['2026-02-12-04-01', 'b.txt', '图片新闻'], ['2026-02-12-04-02', 'b.txt', '简讯']]), new Set(['b.txt']))).toEqual([]);
    expect(archivedRepeats(archived, archived, new Set(['old.txt']))).toEqual([]);
  });
});

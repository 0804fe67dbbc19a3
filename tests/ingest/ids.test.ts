import { describe, expect, it } from 'vitest';
import { assignIds, emptyLedger, keyOf, type IdRequest } from '../../src/ingest/ids.ts';

const req = (key: string, lines: [number, number], source = '000.txt', section = '2025-12-28-01'): IdRequest => ({ source, section, key: keyOf(key), lines });

describe('stable ids: given once, kept forever', () => {
  const first = [req('本报讯（记者 郑苗苗）12月27日，随着市委副书记', [45, 61]), req('图为运动员在雪道上驰骋。', [79, 85]), req('12月27日，“白登山杯”大众滑雪公开赛', [87, 93])];

  it('numbers new articles in print order on their section', () => {
    expect(assignIds(emptyLedger(), first, new Set(['000.txt'])).ids).toEqual(['2025-12-28-01-01', '2025-12-28-01-02', '2025-12-28-01-03']);
  });

  it('keeps ids when the page is read again, even with an article added before them', () => {
    const { ledger } = assignIds(emptyLedger(), first, new Set(['000.txt']));
    const again = [req('新的一篇稿件开头文字足够长以作键', [1, 10]), ...first];
    expect(assignIds(ledger, again, new Set(['000.txt'])).ids).toEqual(['2025-12-28-01-04', '2025-12-28-01-01', '2025-12-28-01-02', '2025-12-28-01-03']);
  });

  it('retires an id that is no longer produced, pointing at the article that took its lines', () => {
    const { ledger } = assignIds(emptyLedger(), first, new Set(['000.txt']));
    const merged = [first[0], req('图为运动员在雪道上驰骋。本报讯', [79, 93])];
    const next = assignIds(ledger, merged, new Set(['000.txt']));
    expect(next.ledger.retired['2025-12-28-01-03']).toBe(next.ids[1]);
    expect(next.ids).not.toContain('2025-12-28-01-03');
  });

  it('never reuses a retired id for a new article', () => {
    const ledger = { articles: {}, retired: { '2025-12-28-01-01': null } };
    expect(assignIds(ledger, [first[0]], new Set(['000.txt'])).ids).toEqual(['2025-12-28-01-02']);
  });

  it('leaves the ids of sources not re-read alone', () => {
    const { ledger } = assignIds(emptyLedger(), first, new Set(['000.txt']));
    const other = assignIds(ledger, [req('另一版面的稿件开头文字', [1, 5], '001.txt', '2024-01-02-01')], new Set(['001.txt']));
    expect(Object.keys(other.ledger.articles)).toHaveLength(4);
    expect(other.ledger.retired).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { assignIds, emptyLedger, keyOf, signatureAgreement, signatureOf, type IdRequest } from '../../src/ingest/ids.ts';

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
    const ledger = { ...emptyLedger(), retired: { '2025-12-28-01-01': null } };
    expect(assignIds(ledger, [first[0]], new Set(['000.txt'])).ids).toEqual(['2025-12-28-01-02']);
  });

  it('leaves the ids of sources not re-read alone', () => {
    const { ledger } = assignIds(emptyLedger(), first, new Set(['000.txt']));
    const other = assignIds(ledger, [req('另一版面的稿件开头文字', [1, 5], '001.txt', '2024-01-02-01')], new Set(['001.txt']));
    expect(Object.keys(other.ledger.articles)).toHaveLength(4);
    expect(other.ledger.retired).toEqual({});
  });
});

describe('an article found again by its whole text', () => {
  const BODY = '本报讯（记者 郑苗苗）12月27日，随着市委副书记宣布活动启动，大同冰雪季系列活动在万龙白登山国际滑雪场正式拉开帷幕。本届冰雪季以冰雪运动为牵引，推出赛事、节庆、文旅消费等六大板块一百余项活动。';
  const OTHER = '为有效增强学生安全防范意识，让学生们度过一个安全健康的寒假，近日市教育局组织各中小学开展寒假安全教育，覆盖全市学生十余万人。';
  const whole = (text: string, lines: [number, number], source = '000.txt'): IdRequest => ({ source, section: '2025-12-28-01', key: keyOf(text), lines, sig: signatureOf(text) });

  it('keeps its id when a typo in its opening words is corrected', () => {
    const { ledger, ids } = assignIds(emptyLedger(), [whole(BODY, [45, 61]), whole(OTHER, [63, 70])], new Set(['000.txt']));
    const corrected = BODY.replace('12月27日', '12月28日');
    expect(keyOf(corrected)).not.toBe(keyOf(BODY));
    const next = assignIds(ledger, [whole(corrected, [45, 61]), whole(OTHER, [63, 70])], new Set(['000.txt']));
    expect(next.ids).toEqual(ids);
    expect(next.ledger.retired).toEqual({});
    expect(next.ledger.articles[ids[0]].key).toBe(keyOf(corrected));
  });

  it('does not give the id to another article that took its place', () => {
    const { ledger, ids } = assignIds(emptyLedger(), [whole(BODY, [45, 61])], new Set(['000.txt']));
    const next = assignIds(ledger, [whole(OTHER, [45, 61])], new Set(['000.txt']));
    expect(next.ids[0]).not.toBe(ids[0]);
    expect(next.ledger.retired[ids[0]]).toBe(next.ids[0]);
  });

  it('does not match across sources, nor texts too short to tell apart', () => {
    expect(signatureOf('图为运动员。')).toBeNull();
    const { ledger, ids } = assignIds(emptyLedger(), [whole(BODY, [45, 61])], new Set(['000.txt']));
    const elsewhere = assignIds(ledger, [whole(BODY.replace('12月27日', '12月28日'), [45, 61], '001.txt')], new Set(['001.txt']));
    expect(elsewhere.ids[0]).not.toBe(ids[0]);
  });

  it('signatures of a text and of a slightly corrected one agree in nearly every hash; of two articles, in almost none', () => {
    expect(signatureAgreement(signatureOf(BODY)!, signatureOf(BODY.replace('万龙', '万隆'))!)).toBeGreaterThanOrEqual(6);
    expect(signatureAgreement(signatureOf(BODY)!, signatureOf(OTHER)!)).toBeLessThanOrEqual(1);
  });
});

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

/**
 * The signature as first defined (ledger entries store it): the text's Han characters and
 * digits, each consecutive pair a string, eight seeded FNV-1a hashes of every pair. Kept here
 * as the reference the ingest's faster computation must equal bit for bit.
 */
function signatureAsDefined(text: string): string | null {
  const chars = text.match(/[\u3400-\u9fff0-9]/g) ?? [];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
  if (pairs.size < 12) return null;
  const hash = (pair: string, seed: number) => {
    let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < pair.length; i++) h = Math.imul(h ^ pair.charCodeAt(i), 0x01000193) >>> 0;
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h ^= h >>> 12;
    return h >>> 0;
  };
  let sig = '';
  for (let k = 0; k < 8; k++) {
    let min = 0xffffffff;
    for (const pair of pairs) min = Math.min(min, hash(pair, k));
    sig += (min >>> 8).toString(16).padStart(6, '0');
  }
  return sig;
}

describe('signatures stay what the ledger stores', () => {
  it('equal the signature as first defined, bit for bit, on any text', () => {
    const han = fc.string({ unit: fc.constantFrom(...'大同日报市委书记冰雪运动会在文瀛湖开赛０１２3456789，。 a、（）\u00a0'), maxLength: 200 });
    fc.assert(fc.property(fc.oneof(han, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      expect(signatureOf(text)).toBe(signatureAsDefined(text));
    }));
  });

  it('keys are the first 24 Han characters and digits, as first defined', () => {
    const han = fc.string({ unit: fc.constantFrom(...'大同日报市委书记０１２3456789，。 a、（）\u00a0\u33ff\u3400\u9fff\ua000'), maxLength: 80 });
    fc.assert(fc.property(fc.oneof(han, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
      expect(keyOf(text)).toBe((text.match(/[\u3400-\u9fff0-9]/g) ?? []).slice(0, 24).join(''));
    }));
  });

  it('equal it on every paragraph and page of the seed sources', () => {
    const dir = path.join(import.meta.dirname, '../../content/sources');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) for (const part of [text, ...text.split('\n')]) expect(signatureOf(part)).toBe(signatureAsDefined(part));
  });
});

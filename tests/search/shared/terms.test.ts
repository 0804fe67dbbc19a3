import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHits } from '../../../src/search/shared/match.ts';
import { parseQuery } from '../../../src/search/shared/query.ts';
import { RUN_END, indexTerms, phraseTerms } from '../../../src/search/shared/terms.ts';
import { textUnits } from '../../../src/search/shared/units.ts';
import { seedLine, seedText, SEEDS } from '../../helpers/seeds.ts';

const terms = (text: string) => indexTerms(textUnits(text)).join(' ');

describe('textUnits and indexTerms on seed lines', () => {
  it('indexes a headline as overlapping bigrams, layout spaces inside titles joined', () => {
    // 000 line 3: the lead story's headline, two halves set apart by a layout space
    expect(seedLine('000', 3)).toBe('榜样引领树标杆 示范带动共奋进');
    expect(terms(seedLine('000', 3))).toBe('榜样 样引 引领 领树 树标 标杆 杆示 示范 范带 带动 动共 共奋 奋进 进ｚ');
  });

  it('keeps quotation marks inside a phrase and ends runs at other punctuation', () => {
    expect(terms('推动“三城三地”建设注入强劲动力。')).toBe('推动 动三 三城 城三 三地 地建 建设 设注 注入 入强 强劲 劲动 动力 力ｚ');
    expect(terms('本报讯（记者 张三 李四）')).toBe('本报 报讯 讯ｚ 记者 者张 张三 三李 李四 四ｚ');
  });

  it('keeps numbers whole: decimals, dates, full-width digits', () => {
    expect(terms('增长5.2%')).toBe('增长 长5ｐ2ｘ 5ｐ2ｘｚ');
    expect(terms('２０２５年１２月')).toBe('2025ｘ年 年12ｘ 12ｘ月 月ｚ');
    expect(terms('PM2.5')).toBe('pm2ｐ5ｘｚ');
  });

  it('gives every unit of a text exactly one term, in order', () => {
    for (const seed of SEEDS) {
      const text = seedText(seed.slice(0, 3));
      const units = textUnits(text);
      expect(indexTerms(units)).toHaveLength(units.length);
    }
  });
});

/** Letters, digits, CJK, spaces and punctuation, in the proportions a page mixes them. */
const mixed = fc
  .array(fc.constantFrom(...'大同日报市委书记高质量发展二〇二五年GDPgdp5G2025.:，。、“”（） 　·ＡＢ１２臺灣'), { maxLength: 40 })
  .map((cs) => cs.join(''));

describe('index and query terms agree', () => {
  it('no index term is a proper prefix of a query term, so Pagefind never falls back to a shorter word', () => {
    fc.assert(
      fc.property(mixed, mixed, (text, query) => {
        const index = new Set(indexTerms(textUnits(text)));
        for (const phrase of parseQuery(query)) {
          for (const q of phraseTerms(phrase.units)) {
            for (const t of index) expect(q !== t && q.startsWith(t), `${t} ⊏ ${q}`).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('where the matcher finds a phrase, the index holds its terms at consecutive positions', () => {
    const paragraphs = SEEDS.flatMap((s) => seedText(s.slice(0, 3)).split('\n')).filter((l) => l.length > 20);
    fc.assert(
      fc.property(fc.constantFrom(...paragraphs), fc.nat(), fc.integer({ min: 1, max: 12 }), (text, at, length) => {
        const start = at % text.length;
        const query = text.slice(start, start + length);
        const units = textUnits(text);
        const index = indexTerms(units);
        for (const hit of findHits(units, parseQuery(query))) {
          const phrase = parseQuery(query)[hit.phrase];
          const want = phraseTerms(phrase.units);
          if (phrase.units.length === 1) expect(index[hit.first].startsWith(want[0])).toBe(true);
          else expect(index.slice(hit.first, hit.first + want.length)).toEqual(want);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds any stretch of CJK text copied out of a seed paragraph', () => {
    const paragraphs = SEEDS.flatMap((s) => seedText(s.slice(0, 3)).split('\n')).filter((l) => l.length > 20);
    const cjk = /\p{Script=Han}/u;
    fc.assert(
      fc.property(fc.constantFrom(...paragraphs), fc.nat(), fc.integer({ min: 1, max: 16 }), (text, at, length) => {
        const start = at % text.length;
        const query = text.slice(start, start + length);
        fc.pre(cjk.test(query[0]) && cjk.test(query[query.length - 1]));
        const phrases = parseQuery(query);
        const hits = findHits(textUnits(text), phrases);
        for (let p = 0; p < phrases.length; p++) expect(hits.some((h) => h.phrase === p), phrases[p].text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('ends every run with RUN_END', () => {
    const index = indexTerms(textUnits('大同。日报'));
    expect(index.filter((t) => t.endsWith(RUN_END))).toEqual(['同ｚ', '报ｚ']);
  });
});

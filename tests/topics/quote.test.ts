/** Locating quotes in real seed articles: what editors copy from an article page must be found. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.ts';
import { comparable, locateQuote, quoteIsIn } from '../../src/topics/quote.ts';

const content = readContent('content');
const blocks = (id: string) => content.articles.find((a) => a.id === id)!.blocks;
const 冰雪季 = blocks('2025-12-28-01-03');

describe('locateQuote', () => {
  it('finds the paragraph a sentence comes from, without the editor counting', () => {
    expect(locateQuote(冰雪季, '当前，大同的冷冰雪正逐步成为热经济。')).toEqual({ ok: true, block: 5 });
    expect(locateQuote(冰雪季, '去年，全市累计接待参与冰雪活动的游客50余万人次')).toEqual({ ok: true, block: 3 });
  });

  it('counts subheads as blocks, as the article page anchors them (#p-N)', () => {
    const 劳模 = blocks('2025-12-28-01-01');
    const found = locateQuote(劳模, '劳模在广大职工中有着特殊的影响力');
    expect(found.ok).toBe(true);
    expect(劳模[(found as { block: number }).block - 1].text).toContain('劳模在广大职工中有着特殊的影响力');
    expect(劳模.slice(0, (found as { block: number }).block).some((b) => b.type === 'subhead')).toBe(true);
  });

  it('forgives full-width against ASCII punctuation and line breaks, not other changes', () => {
    // 2026-01-08 is printed with ASCII commas; editors type full-width ones.
    const 经济 = blocks('2026-01-08-01-01');
    expect(locateQuote(经济, '重点在文旅消费、消费场景创新、扩大投资上下功夫，做好“文旅+”大文章')).toEqual({ ok: true, block: 7 });
    expect(locateQuote(冰雪季, '当前，大同的\n  冷冰雪正逐步成为热经济。')).toEqual({ ok: true, block: 5 });
    expect(locateQuote(冰雪季, '当前，大同的冰雪正逐步成为热经济。').ok).toBe(false);
  });

  it('reads …… as words left out, in order, within one paragraph', () => {
    expect(locateQuote(冰雪季, '当前，大同的冷冰雪……在冰雪的世界中感受大同的热情和活力。')).toEqual({ ok: true, block: 5 });
    expect(locateQuote(冰雪季, '在冰雪的世界中感受大同的热情和活力……当前，大同的冷冰雪').ok).toBe(false);
    // the two halves stand in different paragraphs
    expect(locateQuote(冰雪季, '当前，大同的冷冰雪……尽情享受冰雪运动的激情与快乐').ok).toBe(false);
  });

  it('keeps an ellipsis that the paper itself printed', () => {
    const 央视 = blocks('2024-01-02-01-03');
    const printed = 央视.find((b) => b.text.includes('……'))!.text;
    const around = printed.slice(printed.indexOf('……') - 6, printed.indexOf('……') + 8);
    expect(quoteIsIn(around, printed)).toBe(true);
  });

  it('checks a pinned paragraph and says where the quote really is', () => {
    expect(locateQuote(冰雪季, '当前，大同的冷冰雪正逐步成为热经济。', 5)).toEqual({ ok: true, block: 5 });
    const wrong = locateQuote(冰雪季, '当前，大同的冷冰雪正逐步成为热经济。', 2);
    expect(wrong).toEqual({ ok: false, reason: expect.stringContaining('而在第 5 段') });
    expect(locateQuote(冰雪季, '', 9)).toEqual({ ok: false, reason: expect.stringContaining('只有 7 段') });
  });

  it('quotes a whole paragraph when given only its number, and refuses an empty quote without one', () => {
    expect(locateQuote(冰雪季, '', 2)).toEqual({ ok: true, block: 2 });
    expect(locateQuote(冰雪季, '  ')).toEqual({ ok: false, reason: expect.stringContaining('引文是空的') });
    expect(locateQuote([], '任何')).toEqual({ ok: false, reason: expect.stringContaining('没有正文') });
  });

  it('compares without spaces and in NFKC', () => {
    expect(comparable('２０２５年 12月')).toBe('2025年12月');
    expect(comparable('（记者）')).toBe('(记者)');
  });
});

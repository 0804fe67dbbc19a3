import { describe, expect, it } from 'vitest';
import { mainQuery, parseQuery, phraseQuery, quotedSegments } from '../../../src/search/shared/query.ts';

const phrases = (q: string) => parseQuery(q).map((p) => (p.quoted ? `"${p.text}"` : p.text));

describe('parseQuery', () => {
  it('splits on spaces and punctuation: every phrase must be found', () => {
    expect(phrases('大同 高质量发展')).toEqual(['大同', '高质量发展']);
    expect(phrases('大同，冰雪。')).toEqual(['大同', '冰雪']);
    expect(phrases('  大同　　冰雪  ')).toEqual(['大同', '冰雪']);
  });

  it('reads a lone character beside a CJK word as a stray space', () => {
    expect(phrases('大 同')).toEqual(['大同']);
    expect(phrases('戎 禹仁')).toEqual(['戎禹仁']);
    expect(phrases('大 同 日 报')).toEqual(['大同日报']);
    expect(phrases('大同 煤')).toEqual(['大同煤']);
    expect(phrases('2025 年')).toEqual(['2025', '年']); // a space next to a digit is a real break, in text as in queries
    expect(phrases('市委 书记')).toEqual(['市委', '书记']);
    expect(phrases('劳模 董 芳')).toEqual(['劳模', '董芳']);
    expect(phrases('董 芳 劳模')).toEqual(['董芳', '劳模']);
    expect(phrases('煤 大同')).toEqual(['煤大同']);
  });

  it('holds quoted phrases together across spaces, whatever quotation marks are used', () => {
    expect(phrases('"市委 书记"')).toEqual(['"市委书记"']);
    expect(phrases('“高质量 发展” 大同')).toEqual(['"高质量发展"', '大同']);
    expect(phrases('「冰雪 季」')).toEqual(['"冰雪季"']);
    expect(phrases('“大同')).toEqual(['大同']); // an unmatched mark is only punctuation
    expect(quotedSegments('a“b”c')).toEqual([
      { text: 'a', quoted: false },
      { text: 'b', quoted: true },
      { text: 'c', quoted: false },
    ]);
  });

  it('folds traditional and full-width input', () => {
    expect(phrases('高質量發展')).toEqual(['高质量发展']);
    expect(phrases('２０２５年')).toEqual(['2025年']);
    expect(phrases('ＧＤＰ')).toEqual(['GDP']);
  });

  it('drops repeats and queries with nothing to search', () => {
    expect(phrases('大同 大同 大同')).toEqual(['大同']);
    expect(phrases('！？…—— ')).toEqual([]);
    expect(phrases('')).toEqual([]);
  });

  it('asks Pagefind for all terms, and for each phrase on its own: exactly, when it is several bigrams', () => {
    const p = parseQuery('大同 高质量发展 5G 煤');
    expect(mainQuery(p)).toBe('大同 高质 质量 量发 发展 5gｘ 煤');
    expect(p.map(phraseQuery)).toEqual(['大同', '"高质 质量 量发 发展"', '5gｘ', '煤']);
  });
});

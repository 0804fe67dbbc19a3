import { describe, expect, it } from 'vitest';
import { mainQuery, parseQuery, parseSearch, phraseQuery, quotedSegments } from '../../../src/search/shared/query.ts';
import { intersectRanges, parseDateRange } from '../../../src/search/shared/date-range.ts';

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

describe('parseSearch: the query language', () => {
  const read = (q: string) => {
    const s = parseSearch(q);
    return { groups: s.groups.map((g) => g.map((p) => p.text)), exclude: s.exclude.map((p) => p.text), dates: s.dates, notices: s.notices.map((n) => n.code) };
  };

  it('reads OR and | between two phrases, binding them before the AND of spaces', () => {
    expect(read('冰雪 OR 魏碑').groups).toEqual([['冰雪', '魏碑']]);
    expect(read('冰雪|魏碑').groups).toEqual([['冰雪', '魏碑']]);
    expect(read('冰雪 ｜ 魏碑').groups).toEqual([['冰雪', '魏碑']]);
    expect(read('大同 冰雪 OR 魏碑 书法').groups).toEqual([['大同'], ['冰雪', '魏碑'], ['书法']]);
    expect(read('"习近平 总书记" OR 劳模').groups).toEqual([['习近平总书记', '劳模']]);
    // Stray single characters join their neighbours, but never across an OR.
    expect(read('戎 禹仁 OR 董 芳').groups).toEqual([['戎禹仁', '董芳']]);
    expect(read('大 OR 同').groups).toEqual([['大', '同']]);
    // "or" in lower case, and 或, are words.
    expect(read('冰雪 or 魏碑').groups).toEqual([['冰雪'], ['or'], ['魏碑']]);
  });

  it('reads -词, -"…" and NOT 词 as exclusions; a dash with a space after it is a dash, and said', () => {
    expect(read('大同 -冰雪')).toMatchObject({ groups: [['大同']], exclude: ['冰雪'], notices: [] });
    expect(read('大同 NOT 冰雪')).toMatchObject({ groups: [['大同']], exclude: ['冰雪'] });
    expect(read('劳模 -"工匠 精神"')).toMatchObject({ groups: [['劳模']], exclude: ['工匠精神'] });
    expect(read('大同 - 冰雪')).toMatchObject({ groups: [['大同'], ['冰雪']], exclude: [], notices: ['lone-minus'] });
    expect(read('-大同')).toMatchObject({ groups: [], exclude: ['大同'], notices: ['only-excluded'] });
    expect(read('冰雪-大同').groups).toEqual([['冰雪'], ['大同']]); // a hyphen inside is punctuation
  });

  it('reads date ranges by month, in the query and as the address gives them', () => {
    expect(read('高质量发展 date:2023-10..2023-12')).toMatchObject({ groups: [['高质量发展']], dates: { from: '2023-10', to: '2023-12' }, notices: [] });
    expect(read('京津冀 date:2023').dates).toEqual({ from: '2023-01', to: '2023-12' });
    expect(read('京津冀 日期:..2024-06').dates).toEqual({ from: null, to: '2024-06' });
    expect(read('京津冀 date:2023年10月..').dates).toEqual({ from: '2023-10', to: null });
    expect(read('煤 date:2023-10-05')).toMatchObject({ dates: { from: '2023-10', to: '2023-10' }, notices: ['date-day'] });
    expect(read('煤 date:十月')).toMatchObject({ groups: [['煤']], dates: null, notices: ['date-invalid'] });
    expect(read('煤 date:2023-12..2023-10').notices).toEqual(['date-invalid']);
    expect(parseDateRange('2023-10..2023-12')).toEqual({ range: { from: '2023-10', to: '2023-12' }, day: false });
    expect(intersectRanges({ from: '2023-01', to: '2023-12' }, { from: '2023-10', to: null })).toEqual({ from: '2023-10', to: '2023-12' });
  });

  it('says what it does not use: wildcards, field names, a lone OR or NOT, parentheses, the limits', () => {
    expect(read('大同*')).toMatchObject({ groups: [['大同']], notices: ['wildcard'] });
    expect(read('title:大同')).toMatchObject({ groups: [['大同']], notices: ['field'] });
    expect(read('OR 大同').notices).toEqual(['lone-or']);
    expect(read('大同 OR').notices).toEqual(['lone-or']);
    expect(read('大同 NOT').notices).toEqual(['lone-not']);
    expect(read('(冰雪 OR 魏碑) 大同')).toMatchObject({ groups: [['冰雪', '魏碑'], ['大同']], notices: ['parentheses'] });
    expect(read('一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛').notices).toEqual(['too-many']);
    expect(read('大同'.repeat(120)).notices).toEqual(['too-long']);
    // Times and ratios are numbers, not field names; AND and + say what spaces do.
    expect(read('10:30').groups).toEqual([['10:30']]);
    expect(read('AND 大同 +冰雪')).toMatchObject({ groups: [['大同'], ['冰雪']], notices: [] });
  });
});

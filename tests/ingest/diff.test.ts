/**
 * The ingest report's difference between a hand-edited entry (校订) and the new reading of its
 * source: a change deep inside a long paragraph shows as the changed span with the words around
 * it, never as two lines cut before the change. Made-up entries.
 */
import { describe, expect, it } from 'vitest';
import { formatDiff, lineDiff, spanChanges } from '../../src/ingest/diff.ts';

/** A paragraph of about 120 characters; the changes below are past its 70th. */
const PARAGRAPH =
  '市文旅局介绍，今年冬季全市共推出冰雪旅游线路十二条，覆盖城区和周边县区的主要景点，接待游客人数比去年同期增长百分之三十，' +
  '其中外地游客占比超过一半。各景区还结合本地特色，推出了灯会、庙会、冰雕展等活动，吸引了大批市民和游客前来参观游玩。';
const entry = (headline: string, extra: string[], body: string[]) =>
  ['---', `headline: "${headline}"`, ...extra, '---', '', ...body.flatMap((p) => [p, '']), ''].join('\n');

describe('the report’s difference of an edited entry and the new reading', () => {
  it('shows a change far into a paragraph as the changed span, with context on both sides', () => {
    expect([...PARAGRAPH].indexOf('雕')).toBeGreaterThan(90);
    const edited = entry('冰雪旅游', [], [PARAGRAPH]);
    const reading = entry('冰雪旅游', [], [PARAGRAPH.replace('冰雕展', '冰灯展')]);
    expect(formatDiff(lineDiff(edited, reading))).toEqual([
      '- 第 5 行（校订）：…色，推出了灯会、庙会、冰【雕】展等活动，吸引了大批市民…',
      '+ 第 5 行（新读法）：…色，推出了灯会、庙会、冰【灯】展等活动，吸引了大批市民…',
    ]);
  });

  it('gives each of two changes far apart in one paragraph, and a field edited, its own pair; a line only one side has stands whole', () => {
    const edited = entry('把温暖送给环卫工', ['corrected: "2026-01-05"'], [PARAGRAPH, '第二段。']);
    const reading = entry('温暖送给环卫工', [], [PARAGRAPH.replace('十二条', '十三条').replace('冰雕展', '冰灯展'), '第二段。', '新的一段文字在这里。']);
    expect(formatDiff(lineDiff(edited, reading))).toEqual([
      '- 第 2 行（校订）：headline: "【把】温暖送给环卫工"',
      '+ 第 2 行（新读法）：headline: "【】温暖送给环卫工"',
      '- 第 3 行（校订）：corrected: "2026-01-05"',
      '- 第 6 行（校订）：…全市共推出冰雪旅游线路十【二】条，覆盖城区和周边县区的…',
      '+ 第 5 行（新读法）：…全市共推出冰雪旅游线路十【三】条，覆盖城区和周边县区的…',
      '- 第 6 行（校订）：…色，推出了灯会、庙会、冰【雕】展等活动，吸引了大批市民…',
      '+ 第 5 行（新读法）：…色，推出了灯会、庙会、冰【灯】展等活动，吸引了大批市民…',
      '+ 第 9 行（新读法）：新的一段文字在这里。',
    ]);
  });

  it('joins changes a character or two apart into one span, and does not pair lines that are not one line changed', () => {
    expect(spanChanges('今天天气很好', '今日天色很好', 3)).toEqual([{ before: '今', edited: '天天气', reading: '日天色', after: '很好' }]);
    expect(spanChanges('完全不同的一句话', '另外写了别的内容')).toBeNull();
  });

  it('cuts a line only one side has after 160 characters, saying how long it is, and counts what is left over', () => {
    const long = '长'.repeat(200);
    expect(formatDiff([{ sign: '+', line: 7, text: long }])).toEqual([`+ 第 7 行（新读法）：${'长'.repeat(160)}…（共 200 字）`]);
    const many = Array.from({ length: 15 }, (_, i) => ({ sign: '+' as const, line: i + 1, text: `第${i + 1}段` }));
    const lines = formatDiff(many);
    expect(lines).toHaveLength(13);
    expect(lines.at(-1)).toBe('……另有 3 行不同');
  });
});

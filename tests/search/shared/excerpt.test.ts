import { describe, expect, it } from 'vitest';
import { excerpt, markText, type Segment } from '../../../src/search/shared/excerpt.ts';
import { findHits } from '../../../src/search/shared/match.ts';
import { parseQuery } from '../../../src/search/shared/query.ts';
import { textUnits } from '../../../src/search/shared/units.ts';
import { seedLine } from '../../helpers/seeds.ts';

const show = (segments: Segment[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('findHits', () => {
  it('finds phrases inside one run only, in folded form', () => {
    const units = textUnits('扩大，同时推进大同市委的工作');
    expect(findHits(units, parseQuery('大同')).map((h) => [h.first, h.last])).toEqual([[6, 7]]); // not 大，同 across the comma
    expect(findHits(textUnits('臺灣'), parseQuery('台湾'))).toHaveLength(1);
    expect(findHits(textUnits('GDP增长'), parseQuery('gdp'))).toHaveLength(1);
    expect(findHits(textUnits('120万'), parseQuery('12'))).toHaveLength(0);
  });
});

describe('markText', () => {
  it('marks every hit in the original text, traditional query on simplified text', () => {
    expect(show(markText(seedLine('000', 3), parseQuery('樹標桿 共奮進')))).toBe('榜样引领[树标杆] 示范带动[共奋进]');
  });

  it('marks a phrase across a layout space and quotation marks', () => {
    expect(show(markText('推动“三城三地”建设', parseQuery('推动三城')))).toBe('[推动“三城]三地”建设');
  });

  it('returns source text untouched, markup included, as plain segments', () => {
    const text = '<img src=x onerror=alert(1)>大同<script>alert(2)</script>';
    const segments = markText(text, parseQuery('大同'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['大同']);
  });
});

describe('excerpt', () => {
  const paragraphs = [
    '本报记者 董芳',
    seedLine('000', 9), // 社会以关爱致敬劳模…
    seedLine('000', 11), // 近年来，我市各级工会组织精准发力…
  ];

  it('cuts a window around the hits, with ellipses where it cuts', () => {
    const out = show(excerpt(paragraphs, parseQuery('三城三地'), 40));
    expect(out).toContain('[三城三地]');
    expect(out.startsWith('…')).toBe(true);
    expect([...out.replace(/[[\]…]/g, '')].length).toBeLessThanOrEqual(40);
  });

  it('prefers the window holding the most different phrases', () => {
    const out = show(excerpt(paragraphs, parseQuery('劳模 工会'), 60));
    expect(out).toContain('[工会]');
    expect(out).toContain('[劳模]');
  });

  it('opens with the first field when the hit was in the headline only', () => {
    expect(show(excerpt(paragraphs, parseQuery('榜样引领'), 20))).toBe('本报记者 董芳');
  });
});

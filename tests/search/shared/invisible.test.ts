/**
 * Invisible characters inside a phrase do not hide it: the index, the query and the ?hl=
 * highlighter share one folding (src/search/shared/normalize.ts) in which they are nothing, and a hit's
 * range still covers them, so the marked text is the source's own. (The browser side is in
 * tests/e2e/hostile-source.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { findHits, hitRanges } from '../../../src/search/shared/match.ts';
import { foldText } from '../../../src/search/shared/normalize.ts';
import { parseQuery } from '../../../src/search/shared/query.ts';
import { textUnits } from '../../../src/search/shared/units.ts';

const HIDDEN = {
  'zero-width space': '\u200B',
  'soft hyphen': '\u00AD',
  'word joiner': '\u2060',
  'zero-width joiner': '\u200D',
  'zero-width non-joiner': '\u200C',
  'byte-order mark': '\uFEFF',
  'right-to-left override': '\u202E',
  'left-to-right mark': '\u200E',
  'variation selector': '\uFE0F',
};

describe('invisible characters inside a phrase', () => {
  it.each(Object.entries(HIDDEN))('%s: 冰?雪文化 is found and marked by 冰雪文化, the mark covering the source text', (_name, c) => {
    const text = `市民感受冰${c}雪文化的魅力。`;
    expect(foldText(text)).toBe('市民感受冰雪文化的魅力。');
    const units = textUnits(text);
    const hits = findHits(units, parseQuery('冰雪文化'));
    expect(hits).toHaveLength(1);
    const [[start, end]] = hitRanges(units, hits);
    expect(text.slice(start, end)).toBe(`冰${c}雪文化`);
  });

  it('a query typed with one finds the text without', () => {
    const units = textUnits('冰雪文化节开幕');
    expect(findHits(units, parseQuery('冰\u200B雪文化'))).toHaveLength(1);
  });

  it('they still do not join words the text keeps apart', () => {
    expect(findHits(textUnits('冰。\u200B雪文化'), parseQuery('冰雪文化'))).toHaveLength(0);
  });
});

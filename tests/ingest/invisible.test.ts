import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invisibleCharacters, invisibleReport } from '../../src/ingest/invisible.ts';

describe('invisible and direction characters in a source', () => {
  it('are found with line and column, named, and told apart (direction or invisible)', () => {
    const text = '标题\u202E测试\n\n冰\u200B雪文化，冰\u00AD雪\u2060文化\n';
    expect(invisibleCharacters(text).map((c) => [c.line, c.column, c.code, c.bidi])).toEqual([
      [1, 3, 'U+202E', true],
      [3, 2, 'U+200B', false],
      [3, 8, 'U+00AD', false],
      [3, 10, 'U+2060', false],
    ]);
  });

  it('are reported one line per kind, at most eight places each', () => {
    const text = Array.from({ length: 10 }, (_, i) => `第${i}段冰\u200B雪`).join('\n');
    const lines = invisibleReport(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^不可见字符（检索时忽略） U\+200B 零宽空格 ZERO WIDTH SPACE：第 1 行第 5 字、.*第 8 行第 5 字 等 10 处；已原样保留，请核对来源$/);
    expect(invisibleReport('没有不可见字符的一版。')).toEqual([]);
  });

  it('are found in any text where the Unicode property says (astral and lone surrogates included)', () => {
    const unit = fc.constantFrom('冰', 'a', '\n', '\u00AD', '\u061C', '\u200B', '\u202E', '\uFEFF', '\uFE0F', '\u{E0001}', '\u{E0100}', '\u{1D173}', '\u{20000}', '\ud800', '\udc00', '\u3164');
    const byDefinition = (text: string) => /[\p{Default_Ignorable_Code_Point}\u061C]/u.test(text);
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
      expect(invisibleCharacters(text).length > 0).toBe(byDefinition(text));
    }), { numRuns: 1000 });
  });
});

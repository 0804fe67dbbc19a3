import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, escapeMarkdown, markdownToBlocks } from '../../src/content/body.ts';
import type { Block } from '../../src/schema/entries.ts';

describe('article body Markdown', () => {
  it('writes paragraphs and subheads an editor can read', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: '社会以关爱致敬劳模，劳模用奉献回馈社会。' },
      { type: 'subhead', text: '选树培育 凝聚榜样力量' },
      { type: 'paragraph', text: '1872.45分钟降低至1328.67分钟。' },
    ];
    const md = blocksToMarkdown(blocks);
    expect(md).toBe('社会以关爱致敬劳模，劳模用奉献回馈社会。\n\n## 选树培育 凝聚榜样力量\n\n1872.45分钟降低至1328.67分钟。\n');
    expect(markdownToBlocks(md)).toEqual(blocks);
  });

  it('escapes what Markdown, MDX or HTML would read as syntax', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('1. 第一')).toBe('1\\. 第一');
    expect(escapeMarkdown('- 一项 {x} *强* [a](b) | c')).toBe('\\- 一项 \\{x\\} \\*强\\* \\[a\\](b) \\| c');
  });

  it('round-trips any paragraph text exactly', () => {
    const text = fc.string({ unit: fc.constantFrom(...'本报讯（）()<>[]{}*_#|\\`!&~$-+=.1234567890 ，。“”abc\u3000'.split('')), minLength: 1, maxLength: 60 }).map((s) => s.trim()).filter((s) => s !== '' && !/^\u3000|\u3000$/.test(s));
    fc.assert(
      fc.property(fc.array(fc.record({ type: fc.constantFrom('paragraph' as const, 'subhead' as const), text }), { minLength: 1, maxLength: 5 }), (blocks) => {
        expect(markdownToBlocks(blocksToMarkdown(blocks))).toEqual(blocks);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/ingest/lines.ts';
import { excerpt } from '../helpers/seeds.ts';

describe('lines: layout differences between tools disappear', () => {
  const original = excerpt('000', 1, 13);

  it('drops blank lines and keeps source line numbers', () => {
    const lines = toLines(original);
    expect(lines.map((l) => l.n)).toEqual([3, 5, 7, 9, 11, 13]);
    expect(lines[0].text).toBe('榜样引领树标杆 示范带动共奋进');
    expect(lines[2].text).toBe('本报记者 董芳');
  });

  it('reads one-paragraph-per-line, full-width indented and #-marked text the same', () => {
    const texts = (t: string) => toLines(t).map((l) => l.text);
    const onePerLine = original.split('\n').filter((l) => l.trim() !== '').join('\n');
    const indented = original
      .split('\n')
      .map((l) => (l.trim() ? `\u3000\u3000${l}  ` : l))
      .join('\n');
    const marked = original.replace('榜样引领树标杆', '# 榜样引领树标杆');
    expect(texts(onePerLine)).toEqual(texts(original));
    expect(texts(indented)).toEqual(texts(original));
    expect(texts(marked)).toEqual(texts(original));
    expect(toLines(marked)[0].headingMarks).toBe(1);
  });

  it('keeps the ## marks of the 002 page as marks, not text', () => {
    const lines = toLines(excerpt('002', 39, 41));
    expect(lines[0]).toEqual({
      n: 1,
      text: '翰墨飘香共襄文化盛宴',
      headingMarks: 2,
      indent: '',
      trail: '',
      indented: false,
      afterBlank: false,
      pieces: [{ n: 1, at: 0 }],
    });
  });

  it('keeps the layout beside the text: the indent, trailing space, blank lines before', () => {
    const lines = toLines('标题\n\n\u3000\u3000第一段，\n  第二行 \n 第三行\n\t第四行');
    expect(lines.map((l) => [l.n, l.text, l.indent, l.trail, l.indented, l.afterBlank])).toEqual([
      [1, '标题', '', '', false, false],
      [3, '第一段，', '\u3000\u3000', '', true, true],
      [4, '第二行', '  ', ' ', true, false],
      // One ASCII space is not an indent: a wrap can move the space between two words there.
      [5, '第三行', ' ', '', false, false],
      [6, '第四行', '\t', '', true, false],
    ]);
  });

  it('reads a topic tag at the start of a line as text, not as a heading mark', () => {
    const [topic, heading] = toLines('#春节回家路#话题阅读量过亿。\n#春节回家路');
    expect(topic).toMatchObject({ text: '#春节回家路#话题阅读量过亿。', headingMarks: 0 });
    expect(heading).toMatchObject({ text: '春节回家路', headingMarks: 1 });
  });
});

/**
 * The nothing-lost count uses a lookup table for speed; it must answer exactly as the plain
 * definition does (count every \p{Script=Han} and \p{Nd} character, report the shortfall at
 * the first source line that has the character, in line order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingCharacters, type Missing } from '../../src/ingest/coverage.ts';
import type { Line } from '../../src/ingest/lines.ts';
import { seedText } from '../helpers/seeds.ts';

function byDefinition(lines: ReadonlyArray<Pick<Line, 'n' | 'text'>>, texts: string[]): Missing[] {
  const counted = /\p{Script=Han}|\p{Nd}/gu;
  const have = new Map<string, number>();
  for (const t of texts) for (const [c] of t.matchAll(counted)) have.set(c, (have.get(c) ?? 0) + 1);
  const need = new Map<string, { count: number; line: number }>();
  for (const { n, text } of lines) {
    for (const [c] of text.matchAll(counted)) {
      const seen = need.get(c);
      need.set(c, { count: (seen?.count ?? 0) + 1, line: seen?.line ?? n });
    }
  }
  const out: Missing[] = [];
  for (const [char, { count, line }] of need) if (count - (have.get(char) ?? 0) > 0) out.push({ char, count: count - (have.get(char) ?? 0), line });
  return out.sort((a, b) => a.line - b.line);
}

const alphabet = ['大', '同', '日', '报', '〇', '１', '7', '٣', 'a', '，', '。', ' ', '\u{20000}', '\u{2A6D6}', '😀', '\ud800', '\udc00', 'ー'];
const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((cs) => cs.join(''));

describe('missingCharacters', () => {
  it('answers as the definition does, astral Han, full-width and other digits included', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.array(piece, { maxLength: 6 }), (source, entries) => {
        const lines = source.map((text, i) => ({ n: i + 1, text, headingMarks: 0 }));
        expect(missingCharacters(lines, entries)).toEqual(byDefinition(lines, entries));
      }),
      { numRuns: 500 },
    );
  });

  it('on a real page cut short', () => {
    const lines = seedText('000').split('\n').map((text, i) => ({ n: i + 1, text, headingMarks: 0 }));
    const texts = lines.slice(0, 40).map((l) => l.text);
    expect(missingCharacters(lines, texts)).toEqual(byDefinition(lines, texts));
    expect(missingCharacters(lines, texts).length).toBeGreaterThan(10);
  });
});

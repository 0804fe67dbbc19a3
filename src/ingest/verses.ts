/**
 * A poem's verses (measured on the 副刊 pages of tests/fixtures/other-papers): short lines that
 * read as title lines by themselves, under a headline and its writer.
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import { isByline, isCreditLine } from './patterns.ts';

/** The longest line read as a verse of a poem. */
const LONGEST_VERSE = 20;

/** How many such lines make a poem rather than a headline or two. */
const FEWEST_VERSES = 3;

/** A short line without heading marks whose only stop, if any, ends it: a poem's verse. */
function isVerse(line: Line): boolean {
  const { text } = line;
  return line.headingMarks === 0 && text.length <= LONGEST_VERSE && !/[。！？；!?;]/.test(text.slice(0, -1)) && !isCreditLine(text) && !isByline(text);
}

/**
 * Marks a poem's verses, in place: under a headline and its writer's line (初冬的河 / □ 柯 远 /
 * 一条河把秋天送走 / 又把第一场霜 / …), three or more short lines with no stop inside are
 * `verse`, each a paragraph of its own that the blocks stage never joins to the next. A line
 * right over the next writer's line heads the next piece. Takes the page's lines and their
 * kinds so far; never throws.
 */
export function markVerses(lines: Line[], kinds: LineKind[]): void {
  kinds.forEach((k, i) => {
    if (k !== 'byline' || kinds[i - 1] !== 'title') return;
    let end = i + 1;
    while (end < lines.length && ['title', 'subhead', 'text'].includes(kinds[end]) && isVerse(lines[end])) end++;
    if (kinds[end] === 'byline') end--;
    if (end - (i + 1) >= FEWEST_VERSES) for (let v = i + 1; v < end; v++) kinds[v] = 'verse';
  });
}

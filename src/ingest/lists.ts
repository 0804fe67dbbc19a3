/**
 * Boxes of list lines with no body text (今日导读 / ◎ 某地：老厂房变身文创园 ▶3版 / ◎ …): a title,
 * then lines each opening with one list mark. Read line by line, every line of the list has no
 * stop and reads as one more line of a headline block, so the box becomes a headline block with
 * no body. The editor reads the title as the headline and the list lines as its text.
 *
 * What tells the list: two lines or more running, all title lines, each opening with the same
 * list mark (◎, ○, ●, ◇, ◆, ▶, ·), right under a title line. Measured: on the rmrb-2019 pages
 * lines so marked are subheads between paragraphs (●大数据平台提供… / text / ●…) or summary points
 * read as text; on the other papers' pages (sets a–e) only set e's 今日导读 has such a run.
 */
import type { LineKind } from './blocks.ts';
import type { Line } from './lines.ts';

/** A list line's mark: what it opens with. */
const LIST_MARK = /^[◎○●◇◆▶►·]/;

/** How many lines make a list. */
const FEWEST_ITEMS = 2;

/**
 * Marks the page's boxes of list lines, in place: each run of two title lines or more opening
 * with the same list mark, right under a title line, is the box's text (`verse`: a paragraph of
 * its own, never joined to the next). Takes the page's lines and their kinds so far; never throws.
 */
export function markLists(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    const mark = LIST_MARK.exec(lines[i].text)?.[0];
    if (mark === undefined || kinds[i - 1] !== 'title' || LIST_MARK.test(lines[i - 1].text) || kinds[i] !== 'title') continue;
    let end = i;
    while (end < lines.length && kinds[end] === 'title' && lines[end].text.startsWith(mark)) end++;
    if (end - i < FEWEST_ITEMS) continue;
    for (let k = i; k < end; k++) kinds[k] = 'verse';
    i = end - 1;
  }
}

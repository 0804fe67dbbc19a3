/**
 * A writer's name printed alone under a headline, as theory and comment pages print it
 * (以数字赋能推动县域经济高质量发展 / 杜某某 / …… / （作者为某大学教授）). The headline stage reads the
 * two lines as kicker and headline; the author note closing the piece says the second is a name.
 * Without that note a short line under a headline may as well be a headline under its kicker, so
 * nothing else moves it (a rule for such names without the note took 3 extra entries from the
 * rmrb-2019 pages and was dropped). Seen on the other papers' pages, set c (theory pages).
 */
import type { Item } from './item.ts';
import { isCommonSurname } from './surnames.ts';
import { isAuthorNote } from './patterns.ts';

/** A name: two to four Han characters, or a two-character name spaced to the width of three. */
const NAME_LINE = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff])$/;

/**
 * Where an item closed by an author note has a name for its headline under a kicker (or for its
 * subheadline, or, under a marked headline, for its first subhead), the kicker is the headline
 * and the name its byline. Takes an item of
 * the items stage and changes it in place; never throws.
 */
export function takeWriterFromHeadline(item: Item): void {
  if (item.kind !== 'article' || item.byline !== null || !item.blocks.some((b) => b.type === 'paragraph' && isAuthorNote(b.text))) return;
  const first = item.blocks[0];
  let name: string;
  if (item.headline !== null && item.kicker !== null && item.subheadline === null && isName(item.headline)) {
    name = item.headline;
    item.headline = item.kicker;
    item.kicker = null;
  } else if (item.headline !== null && item.subheadline !== null && isName(item.subheadline)) {
    // Under a column's name the lines read as headline and subheadline (散文 / 外婆的酸汤 / 杨某某).
    name = item.subheadline;
    item.subheadline = null;
  } else if (item.headline !== null && first?.type === 'subhead' && isNameShaped(first.text)) {
    // Where `#` marks the headline, the name under it reads as the body's first subhead; a subhead of a name's
    // shape before any text is no subhead, whatever its first character (set yr's 鞠某某).
    name = first.text;
    item.blocks.shift();
  } else return;
  item.byline = name;
  item.authors.push({ name: name.replace(/[ \u3000]+/g, ''), role: '作者' });
}

/** A writer's name printed alone (杜某某, 方  渡): two to four Han characters opening with a common surname, or two spaced apart. */
export function isName(text: string): boolean {
  return isNameShaped(text) && isCommonSurname(text[0]);
}

/**
 * A line of a name's shape (two to four Han characters, or two spaced apart), whatever its first: where a byline
 * is already known to stand, 鞠某某, 闻　某 and 萨仁图雅 name the writer as 杜某某 does (74 such bylines over all sets).
 */
export function isNameShaped(text: string): boolean {
  return NAME_LINE.test(text);
}

/**
 * A profile box printed beside an interview or a feature: its label, then the person's name alone,
 * then the profile (人物名片 / 邢某某 / 女，1985年出生，……). The blocks stage reads the name as a
 * byline under the label's headline; an editor reads the label as the kicker and the name as the
 * headline (sets ap, y of other papers' pages: where no name follows, the label is the headline).
 */
import type { Item } from './item.ts';
import { isName } from './writer-line.ts';
import { namesProfileBox } from './patterns.ts';

/**
 * Where an article's headline is a profile box's label with no kicker or subheadline over a
 * byline that is one bare name, the label becomes the kicker and the name the headline; the name
 * is no longer the article's author.
 * (Where the two read as one headline block, the label may be taken for a column: testers of
 * other papers' pages read it as kicker, column or headline alike, so that is left.)
 * Takes an item of the items stage and changes it in place; never throws.
 */
export function takeProfileName(item: Item): void {
  if (item.kind !== 'article' || item.kicker !== null || item.subheadline !== null || item.headline === null) return;
  if (!namesProfileBox(item.headline) || item.byline === null) return;
  const name = item.byline.trim();
  if (name.includes('\n') || !isName(name)) return;
  item.kicker = item.headline;
  item.headline = name;
  item.byline = null;
  item.authors = item.authors.filter((author) => author.name !== name.replace(/[ \u3000]+/g, ''));
}

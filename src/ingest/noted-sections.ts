/**
 * Sections of a signed article that the page printed flush, read as pieces of their own. A 理论
 * or comment page sets its subheads bold or centred; text extraction drops their indent, and where
 * indents mark headlines each reads as a headline over the paragraphs after it (以数字赋能推动县域
 * 经济高质量发展 / 某  某 / …… / 夯实数字基础设施 / …… / 推动产业数字化转型 / …… / （作者单位：……）).
 * The author note closing the last of them says where the article ends: nothing between its
 * writer's line and that note had a writer, a dateline or a kicker of its own. Seen on the other
 * papers' pages, sets k and n (theory pages); none of rmrb-2019's pages reads so.
 */
import { appendPart } from './collections.ts';
import { hasNothingOfItsOwn, type Item } from './item.ts';
import { isAuthorNote, namesProfileBox } from './patterns.ts';


/**
 * A subhead's length at most, and no punctuation in it but quotation marks: 夯实数字基础设施, “减负”仍是难题
 * (set fn); 壮大特色产业，…… has its own rule.
 */
const SUBHEAD = /^[^，,。；;：:！!？?、（）()《》]{2,16}$/;

/** How many such sections make a series: one alone may be a piece a note closes. */
const FEWEST_SECTIONS = 2;

function endsWithAuthorNote(item: Item): boolean {
  const last = item.blocks.at(-1);
  return last?.type === 'paragraph' && isAuthorNote(last.text);
}

/** A piece that is only a short title over paragraphs: no kicker, subheadline, column or photo of its own. */
function isBareSection(item: Item): boolean {
  return (
    hasNothingOfItsOwn(item) &&
    item.headline !== null &&
    SUBHEAD.test(item.headline) &&
    // A profile box (人物档案) under the story is a piece of its own (patterns.ts).
    !namesProfileBox(item.headline) &&
    item.kicker === null &&
    item.subheadline === null &&
    item.column === null &&
    item.photos.length === 0
  );
}

/**
 * Gives back to a signed article (a byline, no author note of its own) the bare sections after
 * it, two or more (or one, after an article holding subheads already), when the last of them ends with an author note: their titles become the
 * article's subheads, their paragraphs its own. Takes the page's items in print order; changes
 * the list in place; never throws.
 */
export function gatherNotedSections(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const head = items[i];
    if (head.kind !== 'article' || head.headline === null || head.byline === null || endsWithAuthorNote(head)) continue;
    let end = i + 1;
    while (end < items.length && isBareSection(items[end]) && !endsWithAuthorNote(items[end])) end++;
    if (end >= items.length || !isBareSection(items[end]) || !endsWithAuthorNote(items[end])) continue;
    const run = items.slice(i + 1, end + 1);
    // One alone may be a piece a note closes, unless the article already holds subheads of its own:
    // then it is the last of its sections.
    if (run.length < FEWEST_SECTIONS && !head.blocks.some((b) => b.type === 'subhead')) continue;
    for (const part of run) appendPart(head, part);
    items.splice(i + 1, run.length);
  }
}

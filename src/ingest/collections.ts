/**
 * Collections 集纳: letters, talks or accounts that the paper's reporters took down, printed one
 * after another under one headline (一封家书… / 援外教练的自豪 … （作者为……，本报记者某某整理）/
 * 为某某建设奉献力量 … （……整理）). Each part has a title of its own and closes with the note
 * naming who took it down, or (a forum's talks) has its speaker under its title (整合资源 /
 * 某基金会副秘书长  王  平); together they are one article, the parts' titles its subheads.
 *
 * Measured on the rmrb-2019 truth: every article holding two or more such notes is one
 * collection (7), and no two articles that each close with one stand next to each other.
 */
import { hasNothingOfItsOwn, type Item } from './item.ts';
import { columnTag, endsSignedByReporter, isClosingLine, isEditorsNote, isSalutation, isSpeakerLine, opensWithDate, parseDateline } from './patterns.ts';

/** A closing note naming who took the piece down: （作者为……，本报记者某某整理）, （本报记者某某采访整理）. */
const TAKEN_DOWN = /^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*整理[）)]$/;

/**
 * A note naming what a box was compiled from, not who took a talk down: （据某某海关资料整理）, （根据……公布信息整理）,
 * （数据来源：……　记者某某整理）. In the truths of all sets and rmrb-2019, 18 pieces close so, each a table, a box of figures
 * or of readers' words standing alone; none is a part of a collection (set uk).
 */
const COMPILED_FROM = /^[（(](?:根据|据|(?:数据|资料)来源[：:])/;

/** A paragraph opening with an item's mark: ■, ●, ▲, ◆, 【停牌】. */
const MARKED_ITEM = /^[■●▲◆★【]/;

/**
 * An item that reads as one part of a collection: titled, no dateline or byline, and either
 * closed by a taken-down note (perhaps with a page credit after it) or headed by its speaker.
 */
function isPart(item: Item): boolean {
  if (!hasNothingOfItsOwn(item) || item.headline === null) return false;
  // A kicker naming who speaks, with a colon (全国人大代表、某某公司董事长 王平：), heads a voice of its own:
  // a 两会 page's run of such voices, each taken down by a reporter, is one piece each (set as).
  if (item.kicker !== null && /[：:]$/.test(item.kicker)) return false;
  // A box of marked items (■某公司　…… / ■某证券：……) a reporter compiled is a roundup of its own, no talk taken down (set az).
  const paragraphs = item.blocks.filter((b) => b.type === 'paragraph' && !isClosingLine(b.text) && !TAKEN_DOWN.test(b.text));
  if (paragraphs.length >= 2 && paragraphs.every((b) => MARKED_ITEM.test(b.text))) return false;
  const speaker = item.subheadline ?? item.headline;
  if (isSpeakerLine(speaker)) return true;
  // The page's own credits may follow the last part's note (版式设计：某某).
  const closing = item.blocks.length > 1 && isClosingLine(item.blocks.at(-1)!.text) && !TAKEN_DOWN.test(item.blocks.at(-1)!.text);
  const note = item.blocks.at(closing ? -2 : -1)!.text;
  return TAKEN_DOWN.test(note) && !COMPILED_FROM.test(note);
}

/**
 * Gathers each run of two or more parts into the article printed over them, when that article
 * is titled and still open (it does not close with such a note itself). Takes the page's items
 * in print order and changes the list in place: the parts' kickers and headlines become
 * subheads of the article, their paragraphs, photos, folds and source lines its own. Never throws.
 */
export function gatherCollections(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const head = items[i - 1];
    let end = i;
    while (end < items.length && isPart(items[end])) end++;
    if (end - i < 2 || head.kind !== 'article' || head.headline === null || isPart(head) || head.blocks.length === 0) continue;
    for (const part of items.slice(i, end)) appendPart(head, part);
    items.splice(i, end - i);
  }
}

/**
 * Appends a part to the article printed over it: the part's kicker, headline and subheadline
 * become subheads (its banner line too, with `withColumn`: a part's own title line read as a
 * banner), its paragraphs, photos, folds, authors and source lines the article's.
 * Changes `head` in place; never throws.
 */
export function appendPart(head: Item, part: Item, withColumn = false): void {
  const bodyStart = Math.min(...part.blocks.flatMap((b) => b.lines), ...part.photos.flatMap((p) => p.lines));
  const titleLines = part.lines.filter((n) => n < bodyStart);
  for (const text of [withColumn ? part.column : null, part.kicker, part.headline, part.subheadline]) if (text !== null) head.blocks.push({ type: 'subhead', text, lines: titleLines });
  const offset = head.blocks.length;
  head.blocks.push(...part.blocks);
  head.photos.push(...part.photos.map((p) => ({ ...p, afterBlock: p.afterBlock + offset })));
  head.folds.push(...part.folds);
  head.authors.push(...part.authors);
  head.lines.push(...part.lines);
}

/** A note introduces accounts, more than one: a single titled piece after it may be the next article. */
const MIN_INTRODUCED = 2;

/**
 * A piece that reads as one of the accounts an editor's note introduces: titled, three
 * paragraphs or more not opening with the day like a brief, without a column tag, dateline,
 * byline, signature, photo or closing line of its own.
 */
function isIntroducedPart(item: Item): boolean {
  if (!hasNothingOfItsOwn(item) || item.headline === null || item.photos.length > 0) return false;
  if ([item.kicker, item.headline, item.subheadline].some((t) => t !== null && columnTag(t) !== null)) return false;
  // An account runs to several paragraphs; a brief (1月10日，…, 近日，…) is news of its own.
  const paragraphs = item.blocks.filter((b) => b.type === 'paragraph');
  if (paragraphs.length < MIN_ACCOUNT_PARAGRAPHS || opensWithDate(paragraphs[0].text)) return false;
  return !isClosingLine(item.blocks.at(-1)!.text);
}

/** The fewest paragraphs of an account (the 2 in the rmrb-2019 truth have 9 and 10). */
const MIN_ACCOUNT_PARAGRAPHS = 3;

/**
 * Gathers the accounts an editor's note introduces (编者按：……春节前夕，本报记者走近一线工作者…… /
 * 守护某某的家园 / …… / 以工匠精神做好某某服务 / ……) into the article the note opens: the run of
 * titled pieces right after it that have nothing of their own (no column, dateline, byline or
 * closing line). Measured on the rmrb-2019 truth: of the 8 articles opened by 编者按, the 4 with
 * articles after them on the page are followed by a tagged piece, a dispatch or a signed one.
 * An article that holds a dispatch of its own after the note introduces nothing. Changes the
 * list in place; never throws.
 */
export function gatherIntroduced(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const head = items[i - 1];
    if (head.kind !== 'article' || head.headline === null || !isEditorsNote(head.blocks[0]?.text ?? '')) continue;
    // A dispatch after the note (编者按：…… / ——编  者 / 本报讯……) is the article's own report: the titled
    // pieces after it are news of their own (a 网络问政 page's letters and replies: set ap).
    if (head.blocks.some((b) => b.type === 'paragraph' && parseDateline(b.text) !== null)) continue;
    // So is a report under its reporters' byline: the timeline, figures and voices after it are boxes of their own (set bc).
    if (head.byline !== null && /记者|通讯员/.test(head.byline)) continue;
    // So is a letter after the note (编者按：下面这封来信…… / 编辑同志：……): the note is that letter's, and the
    // titled letters and replies after it are pieces of their own (all 4 such letters in the truths, sets ab, bl, bu, cv).
    if (head.blocks.some((b) => b.type === 'paragraph' && isSalutation(b.text.trim()))) continue;
    // So is a report its reporter signed at its end (……情况。（本报记者　某某）): it has ended, and the titled
    // pieces after it (a 短评 on it, a box of contacts) are its neighbours, not its accounts (set jo).
    const last = head.blocks.at(-1);
    if (last?.type === 'paragraph' && endsSignedByReporter(last.text)) continue;
    let end = i;
    while (end < items.length && isIntroducedPart(items[end])) end++;
    if (end - i < MIN_INTRODUCED) continue;
    for (const part of items.slice(i, end)) appendPart(head, part);
    items.splice(i, end - i);
  }
}

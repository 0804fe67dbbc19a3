/**
 * Sidebars 资料/链接 printed under a signed piece, after its author note: a box of facts under a
 * title of its own (新中国电视70年7个“第一” / 第一座电视台：北京电视台 / 1958年5月1日，北京上空出现了…),
 * or sayings under a label (名家寄语 / …… / ——某协会主席某某), read as short titled items. The box
 * is the article's, as the paper lists it.
 *
 * What tells the box from the next article: it states facts without a sentence — no line of it
 * ends or holds 。！？ — and it is more than a credit; or it gives two sayings or more, each
 * closed by its attribution line (——某某). Measured on the rmrb-2019 truth: of the 80 articles
 * that follow a piece closed by its author note, the 2 without a sentence are a chart's or a
 * picture's title over its credit only (制图：某某, 图片来源：某某), and none holds two
 * attribution lines; articles holding such a box after their author note: 3.
 */
import { appendPart } from './collections.ts';
import { hasNothingOfItsOwn, type Item } from './item.ts';
import { columnTag, isClosingLine } from './patterns.ts';

/** An author note: （作者为某大学教授）, （作者系……）, （本文作者为……）. */
const AUTHOR_NOTE = /^[（(](?:本文)?作者(?:为|系|是)/;

/** Text that says something in a sentence. */
const SENTENCE = /[。！？!?]/;

function closedByAuthorNote(item: Item): boolean {
  const last = item.blocks.at(-1);
  return item.kind === 'article' && last?.type === 'paragraph' && AUTHOR_NOTE.test(last.text);
}

/**
 * A titled item of facts without a sentence, or of sayings each over its attribution (名家寄语 /
 * …… / ——某协会主席某某): neither a dispatch nor a signed or credited piece.
 */
function isBoxPart(item: Item): boolean {
  if (!hasNothingOfItsOwn(item) || item.photos.length > 0) return false;
  const title = [item.kicker, item.headline, item.subheadline].filter((t): t is string => t !== null);
  if (title.length === 0 || title.some((t) => columnTag(t) !== null || SENTENCE.test(t))) return false;
  if (title.some((t) => LISTING.test(t))) return false;
  // Events with their times and places, whatever the box is named: a listing of the page's, no sidebar of facts.
  if (item.blocks.filter((b) => EVENT_FIELD.test(b.text)).length >= FEWEST_EVENT_FIELDS) return false;
  if (item.blocks.filter((b) => DAY_ROW.test(b.text)).length >= FEWEST_EVENT_FIELDS) return false;
  if (item.blocks.filter((b) => MARKED_ROW.test(b.text)).length >= FEWEST_EVENT_FIELDS) return false;
  if (item.blocks.filter((b) => FIGURE_ROW.test(b.text)).length >= FEWEST_EVENT_FIELDS) return false;
  if (item.blocks.filter((b) => NUMBER_ROW.test(b.text)).length >= FEWEST_EVENT_FIELDS) return false;
  if (sayings(item)) return true;
  if (item.blocks.some((b) => SENTENCE.test(b.text))) return false;
  return !item.blocks.every((b) => isClosingLine(b.text));
}

/**
 * A listing the page runs for its readers, under its name or over the days it covers: 周末影讯,
 * 演出信息, 赛程, （12月8日—12月9日） (set be), any 预告 (演出预告, 节目预告, 文化活动预告: set fg) or 一览 (某某项目一览: set tx; the
 * truths' 50 headlines ending so are each a piece's, 2 of them after a piece closed by its author note), and the day's data
 * under a title opening with its day (5月23日主要指数收盘: set kd). It is a service box of its own, never an article's sidebar.
 */
const LISTING = /影讯|演出信息|预告$|一览$|赛程|赛果|^[（(]\d{1,2}月\d{1,2}日[—–-]{1,2}(?:\d{1,2}月)?\d{1,2}日[）)]$|^\d{1,2}月\d{1,2}日[\u4e00-\u9fff]/;

/**
 * An event's particulars in a listing: 展览时间：……, 演出地点：……, 报名方式：…… (set fg's 文化活动预告), or a
 * time of day in a row (●5月17日19:30　某大剧院　某剧): of the truths' pieces after one closed by its author
 * note, 8 hold two rows or more giving a time of day, all listings of the page's (周末影讯, 演出信息, set lp's
 * 春节期间主要剧场演出一览), and no sidebar under an author note holds one.
 */
const EVENT_FIELD = /^[\u4e00-\u9fff]{0,4}(?:时间|地点|地址|方式|电话)[：:]|\d{1,2}[:：]\d{2}/;

/**
 * A row led by its day and set apart from what happens then (●3月20日　某某图书馆老照片展开展): two or more make a listing
 * of the page's. In the truths 3 pieces after one closed by its author note hold two such rows or more (演出信息 twice,
 * set tu's 本周文化活动), and no sidebar under an author note holds one.
 */
const DAY_ROW = /^[●■◆▲◎□·]?[ \u3000]*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[（(][^（()）]{1,6}[）)])?[ \u3000]/;

/**
 * A row under a mark (●清音阁（书院街12号）：地方文献……, ■……): a box's items. In the truths, 60 pieces right after one closed by
 * its author note hold two such rows or more (briefs, listings, guides: set ue's 书院街寻书地图), and the 3 sidebars that do
 * hold sentences, so no sidebar of facts; two make the piece the page's.
 */
const MARKED_ROW = /^[●■◆▲◎○★☆]/;

/**
 * A table's row: three fields or more set apart by spaces, one with a figure, and no sentence (西关道情班　86　1.9万,
 * 社区卫生服务中心　团队数　签约户数). In the truths 17 pieces right after one closed by its author note hold two such rows
 * or more (tables of figures, listings), each a piece of the page's; no piece holds such rows after its own author note
 * (sets uj, un).
 */
const FIGURE_ROW = /^(?!.*[。！？])(?=.*[0-9０-９])\S+(?:[ \u3000]+\S+){2,}$/;

/**
 * A directory's row: who to call and the number set apart (市老年人健康服务中心　6285120, 急救电话　120). Two or more make a
 * service box of the page's (set zv's 老年人健康服务电话 after an essay's author note); no sidebar of facts in the truths is a
 * list of numbers.
 */
const NUMBER_ROW = /^[^\s。！？，]{2,24}[ \u3000]+[0-9０-９][0-9０-９-－]{2,}$/;

/** The fewest event particulars that make an item a listing of the page's: two (a time and a place). */
const FEWEST_EVENT_FIELDS = 2;

/** Lines of facts in an item: a figure, or a label before a colon (第一座电视台：…, 1958年5月1日，…). */
function factLines(item: Item): number {
  const lines = [item.column, item.kicker, item.headline, item.subheadline, ...item.blocks.map((b) => b.text)];
  return lines.filter((t) => t !== null && FACT.test(t)).length;
}

/** A line of facts: it holds a figure or a label before a colon. */
const FACT = /[0-9０-９]|^[^：:]{2,16}[：:]/;

/** The fewest lines of facts a box holds (the truth's holds 12). */
const MIN_FACT_LINES = 3;

/**
 * Sayings, each closed by its attribution line: two attributions or more, and the last block
 * one of them (an essay quoting verses — “……” / ——王维《使至塞上》 / …… — goes on after them).
 */
function sayings(item: Item): boolean {
  const attributions = item.blocks.filter((b) => b.text.startsWith('——'));
  if (attributions.some((b) => READER_ATTRIBUTION.test(b.text))) return false;
  return attributions.length >= 2 && item.blocks.at(-1)!.text.startsWith('——') && !item.blocks[0].text.startsWith('——');
}

/**
 * An attribution naming a reader (——番禺 读者 梁子豪, ——网友“某某”): readers' messages under a
 * headline of their own (节日里，想对她说) are a piece of the page, not a box of sayings quoted
 * under the article above (set bj). So is one naming a resident, a villager, a visitor or a parent by
 * where they live and their name (——某市某区居民　某某某, ——某中学学生家长　某某某): a vox pop box (声音) is the
 * page's, where the sayings gathered into a piece (名家寄语) are famous people's, named by their post. Of the
 * truths' boxes of two or more sayings after an author note, 3 are pieces of their own (sets bj, bu, dp: readers,
 * books, residents) and 2 are the article's (rmrb-2019's 名家寄语, ——某协会主席某某); the 2 matched here are
 * set bj's and set dp's.
 */
const READER_ATTRIBUTION = /^——.{0,12}(?:读者|网友|市民|听众|观众)|^——[^，。,]{0,14}(?:居民|村民|游客|乘客|家长|车主)[ \u3000]*[\u4e00-\u9fff]{2,4}$/;

/**
 * Gathers each run of box parts right after an article closed by its author note into that
 * article. Takes the page's items in print order and changes the list in place; never throws.
 */
export function gatherSidebars(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    // A box opening under a kicker of its own (数读 / 消费市场春意浓) is a data piece of the page's (set as):
    // the truth's sidebars open under a title only.
    if (!closedByAuthorNote(items[i - 1]) || items[i].kicker !== null) continue;
    let end = i;
    while (end < items.length && isBoxPart(items[end])) end++;
    const run = items.slice(i, end);
    // A box states facts; short lines with hardly a figure or label among them are a poem.
    if (!run.every(sayings) && run.reduce((n, part) => n + factLines(part), 0) < MIN_FACT_LINES) continue;
    for (const part of run) appendPart(items[i - 1], part, true);
    items.splice(i, end - i);
  }
}

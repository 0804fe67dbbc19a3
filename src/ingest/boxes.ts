/**
 * Boxes and banners that hold several short items, as county, 综合 and 文体 pages print them. Read
 * line by line and block by block, such a box came apart or ran into its neighbours:
 * - a box's name on a line of its own over its briefs' headlines (城事速览 / 地铁3号线周末延长运营 /
 *   本报讯……) was kept as an empty entry (an orphan headline): it is the briefs' column
 *   (`headsBox`, `extendBoxes`);
 * - briefs titled 某地：某事 (镇街传真 / 观澜镇：千亩杨梅进入疏果期 / ……。（通讯员 某某）) were one
 *   paragraph under the box's name: their titles are headlines (`markPlaceBriefs`);
 * - a name over ● items, a timetable's rows or a data box's figures (体坛速递 / ●……; 数据 /
 *   1.6亿元：全市线上销售额) printed under a report was read as its subhead: it heads a piece of
 *   its own (`namesItemBox`, `markFigureItems`).
 *
 * Measured: on the rmrb-2019 pages a lone short line over a headline block is a picture's title
 * (图片报道, 感受春意, 军运大视野: an entry of its own, 6 glued when read as a banner), so only a
 * line shaped as a column name (…速览, …速递, …动态, …传真) is read as a box's name. None of the
 * rules changes a reading of the rmrb-2019 pages; set g (镇街传真, 城事速览, 委员建言, 体坛速递,
 * 本周演出), set a (数据), set d (她观点) read better.
 */
import type { Block, LineKind } from './blocks.ts';
import type { Line } from './lines.ts';
import type { Item } from './item.ts';
import { namesBriefsBox, readsAsColumnName, type TitleReading } from './title-run.ts';
import { opensTable } from './tables.ts';
import { columnTag, isPageFootCredits } from './patterns.ts';
import { simplifiedForReading } from './fold.ts';

/** A box's name: a few Han characters, no punctuation, no space (城事速览, 镇街传真, 部门动态). */
const BOX_NAME = /^[\u4e00-\u9fff]{2,8}$/;

/** Whether a line names a box: BOX_NAME, shaped as a column name is (readsAsColumnName). */
function namesBox(text: string): boolean {
  return BOX_NAME.test(text) && readsAsColumnName(text);
}

/**
 * Whether a headline block heads a box of items rather than standing as an empty entry: it is one
 * line, a box's name (BOX_NAME) with no kicker, subheadline or banner of its own, the next block is
 * a headline block with a body under it, and there is no untitled article before it for it to
 * head (a headline printed after its body). Takes the reading, the page's blocks, the block's
 * index and the items read so far; pure.
 */
export function headsBox(title: TitleReading, blocks: Block[], index: number, items: Item[]): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  const body = blocks[index + 2];
  if (block?.type !== 'title' || block.lines.length !== 1) return false;
  if (title.headline === null || title.kicker !== null || title.subheadline !== null || title.columns.length > 0) return false;
  if (!namesBox(title.headline)) return false;
  if (next?.type !== 'title' || body === undefined || body.type === 'title') return false;
  const previous = [...items].reverse().find((it) => it.kind === 'article');
  return !(previous && previous.headline === null && previous.blocks.length > 0);
}

/**
 * Gives a box's name to each of its briefs, in place. A box's first brief is an article under a
 * box's name (namesBox: 城事速览, 镇街传真, whether read as a banner standing apart or over its
 * headline) with one paragraph or none; the articles right after it that are briefs as it is —
 * one paragraph or none, no kicker, subheadline, column or photo of their own, a byline, a
 * dateline and a closing note in brackets where it has them — are the box's too. The first that
 * is not ends the box. Takes the page's items in print order; never throws.
 * Where from: the editor of set g gives the name to every brief of the box (镇街传真 ×3, 城事速览
 * ×2, 委员建言 ×2, 健康提醒 ×2), as set a's does (【环球速览】 ×3); the testers of sets b–f give it
 * to the first brief only (科技简讯, 国际简讯: 10 briefs of b–f). Columns are not scored.
 */
export function extendBoxes(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const first = items[i];
    if (first.kind !== 'article' || first.column === null || !(namesBox(first.column) || namesBoxOfBriefs(first.column)) || !isBrief(first)) continue;
    // A tag in brackets after the headline (……（某某观察）) names that piece's column only.
    if (first.headline !== null && columnTag(first.headline) === first.column) continue;
    let k = i + 1;
    for (; k < items.length && isBrief(items[k]) && items[k].column === null && items[k].kicker === null && signedAlike(first, items[k]); k++) {
      items[k].column = first.column;
    }
    i = k - 1;
  }
}

/**
 * The name of a box of several briefs, not of one piece's kind: ……简讯, ……速递, ……资讯, ……预告,
 * ……摘登, ……驿站 (两会速递, 旅游资讯, 演出预告, 大会发言摘登, 休闲驿站: sets br and bs), where
 * 记者手记, 行业观察 or 文化时评 name a single piece.
 */
const BOX_OF_BRIEFS = /(?:简讯|快讯|短讯|短波|速递|速览|动态|资讯|信息|一线|预告|传真|摘登|摘编|驿站|集锦)$/;

export function namesBoxOfBriefs(text: string): boolean {
  return namesBriefsBox(text) || (BOX_NAME.test(text) && BOX_OF_BRIEFS.test(simplifiedForReading(text)));
}

/**
 * A box of briefs' name printed once over the first of its briefs, where a page's labels are read
 * as kickers (体坛快讯 / 全省全民健身运动会启动 / 本报讯…… / 全国U15篮球联赛分区赛开打 / 据新华社电……;
 * any name of a box of briefs, namesBoxOfBriefs):
 * the brief after it, signed alike and with no label of its own, shows the name heads the box — it
 * becomes the first brief's column, and extendBoxes gives it to the rest. Printed over each brief
 * (两岸快讯 three times, set bi), it stays each one's kicker. Set bk's testers read 4 such boxes so.
 * With `labelsAreKickers` (an e-paper's list: no page header, each headline block printed
 * together) the name also stays the first brief's kicker, as printed: such a page, in the corpus's
 * own form, prints nothing over a headline but its kicker (its truth holds kicker, headline and
 * subheadline only), and the truths of the sets written to that form read the banner so (77
 * headline blocks more exact in 30 sets; 66 fewer in 14, bk–cg, whose testers were told to give a
 * banner as each brief's column with its kicker empty, a reading that form cannot print).
 * Takes the page's items in print order and changes them in place; never throws.
 */
export function bannerOverBriefs(items: Item[], options: { labelsAreKickers?: boolean } = {}): void {
  items.forEach((first, i) => {
    const next = items[i + 1];
    if (first.kicker === null || first.column !== null || !namesBoxOfBriefs(first.kicker) || !isBrief(first)) return;
    if (next === undefined || !isBrief(next) || next.kicker !== null || next.column !== null || !signedAlike(first, next)) return;
    first.column = first.kicker;
    if (!options.labelsAreKickers) first.kicker = null;
  });
}

/** A brief closed by a note in brackets: ……。（通讯员 某某）, ……。（作者系……）, ……。（某某供稿）. */
const BRACKET_CLOSE = /[）)]$/;

/**
 * Two briefs signed alike: a byline in both or neither, a dateline in both or neither, a paragraph
 * in both or neither (a cartoon's title and credit after an expert's piece is no brief of its
 * box), and a closing note in brackets other than its reporters' names in both or neither
 * (健康提醒's briefs end on their last sentence; the piece after them, on （作者系……） or
 * （某某中心供稿）). Reporters are credited where each brief has room: 本报讯 ……。（通讯员 某某）,
 * 本报讯（通讯员 某某）…… and 本报讯 …… with no name, in one box (县区快讯, set bt; 经济信息, set bp).
 */
function signedAlike(a: Item, b: Item): boolean {
  const closedByNote = (item: Item) => {
    const last = ownBlocks(item).at(-1)?.text ?? '';
    return BRACKET_CLOSE.test(last) && !SIGNED_BRIEF.test(last);
  };
  const bare = (item: Item) => ownBlocks(item).length === 0;
  return (a.byline === null) === (b.byline === null) && (a.dateline === null) === (b.dateline === null) && closedByNote(a) === closedByNote(b) && bare(a) === bare(b);
}

/** An article of one paragraph or none under a headline with no subheadline, and no photo. */
function isBrief(item: Item): boolean {
  return item.kind === 'article' && item.headline !== null && item.subheadline === null && ownBlocks(item).length <= 1 && item.photos.length === 0;
}

/**
 * A piece's own blocks: the page's editors' line closing the page's last piece (……。 / 本版编辑 某  某)
 * is the page's, not the brief's, so the last brief of a box stays a brief (set bz: 国际简讯,
 * 健康资讯 over two briefs, the second closing the page).
 */
function ownBlocks(item: Item): Item['blocks'] {
  const last = item.blocks.at(-1);
  return last !== undefined && isPageFootCredits(last.text) ? item.blocks.slice(0, -1) : item.blocks;
}

/** A brief's title naming its place first: 某镇：某事, 某街道：某事 (a few Han characters, then ：). */
const PLACE_TITLE = /^[\u4e00-\u9fff]{2,8}[：:][^：:，,。；;！？!?…]{2,}$/;

/**
 * A brief signed in brackets after its last sentence by its reporters (……。（通讯员 某某 记者 某某）)
 * or by a correspondent under the place they write from (……。（某乡 某  某）, ……。（芗坪 某某某）,
 * as a county paper's 乡镇传真 signs its briefs: set cc).
 */
const SIGNED_BRIEF = /[。！？!?][”’」』]?[（(](?:[^（()）。！？]*(?:记者|通讯员)[^（()）。！？]*|[\u4e00-\u9fff]{2,8}[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2})[）)]$/;

/** A brief signed in brackets after its last sentence by names alone, one or more: ……。（某　某）, ……。（某　某　某　某）. */
const SIGNED_BY_NAMES = /[。！？!?][”’」』]?[（(][\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2}(?:[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,2})*[）)]$/;

/** How many such briefs in a run make a box. */
const FEWEST_BRIEFS = 2;

/**
 * Marks the titles of a box's briefs that name their place first (镇街传真 / 观澜镇：千亩杨梅进入疏果期 /
 * ……。（通讯员 某某） / 长河街道：老年食堂“扩容” / ……), in place: a run of two or more lines shaped
 * 某地：某事 (PLACE_TITLE), each over one paragraph signed by its reporters in brackets
 * (SIGNED_BRIEF; or by names alone, SIGNED_BY_NAMES, where the title stands flush over indented text), the run right under a title line, a signed brief or the page's start, is a run
 * of headlines (`title`); a line of the run already read as a title (after a brief signed by its reporters) counts.
 * Takes the page's lines and their kinds so far; never throws.
 *
 * Where from: read alone such a line is no headline — of the short 某某：…… lines of the
 * rmrb-2019 truth, 6 are headlines and 81 body lines (subheads 传承：…, credits, list items) — but
 * no subhead's section there is one paragraph signed so, and two in a row are a county page's
 * column of briefs (set g, 镇街传真: three briefs read as one entry under the column's name).
 */
export function markPlaceBriefs(lines: Line[], kinds: LineKind[]): void {
  // Signed by names alone, the briefs' titles must stand flush over indented text (set zzzzo's 县区传真): run in, indented as
  // their text is, such lines are a piece's subheads (set bb's 街道动态 / 新阳街道：“邻里节”拉近邻里情 / ……。（周燕）).
  const signed = (i: number) => SIGNED_BRIEF.test(lines[i + 1]?.text ?? '') || (!lines[i].indented && lines[i + 1]?.indented === true && SIGNED_BY_NAMES.test(lines[i + 1].text));
  const heads = (i: number) => (kinds[i] === 'text' || kinds[i] === 'title') && PLACE_TITLE.test(lines[i].text) && kinds[i + 1] === 'text' && signed(i);
  for (let i = 0; i < lines.length; i++) {
    if (!heads(i)) continue;
    const above = i === 0 || kinds[i - 1] === 'title' || (kinds[i - 1] === 'text' && SIGNED_BRIEF.test(lines[i - 1].text));
    if (!above) continue;
    let end = i;
    while (heads(end)) end += 2;
    if ((end - i) / 2 < FEWEST_BRIEFS) continue;
    for (let k = i; k < end; k += 2) kinds[k] = 'title';
    i = end - 1;
  }
}

/** An item of a box, by its mark: ●, ◆, ▲, ■, ◎ … opening the paragraph. */
const ITEM_MARK = /^[●○◆◇▲△■□◎▶►]/;

/** A figure with its unit: 1.6亿元, 31.5%, 68平方公里, 4所. */
const FIGURE = '[0-9０-９][0-9０-９.．,，]*[%％‰]?[\\u4e00-\\u9fff]{0,4}';
/**
 * A data box's item, a figure and what it counts, no sentence: 1.6亿元：全市线上销售额, 31.5%：同比增幅; or a figure's
 * change, then and now, set apart from what it counts (2.1亿元→486亿元　全市地区生产总值, 3万元→42万元 村集体经济收入:
 * a 数说 box of an anniversary or 脱贫 page; the truths hold 7 such rows, sets bc and cw, all paragraphs, none a headline).
 */
const FIGURE_ITEM = new RegExp(`^${FIGURE}(?:[：:][^。！？；]{2,30}|→${FIGURE}[ \\u3000]+[^。！？；\\s]{2,30})$`);

/** How many marked items make a box. */
const FEWEST_ITEMS = 2;

/**
 * Whether the one-line title block at `index` names a box of items, not a subhead of the body
 * above: under it stand the rows of a table or schedule (tables.ts, 本周演出 / 4月24日 19:30 某剧院
 * 某音乐会), or two paragraphs or more, every paragraph before the next block of another kind
 * opening with the same mark (体坛速递 / ●…… / ●……; a listing's fields may stand between them, LISTING_FIELD) or giving a figure and what it counts (数据 /
 * 1.6亿元：全市线上销售额 / 31.5%：同比增幅). Takes the page's blocks and an index; pure.
 * Where from: on a 文体 page such boxes printed under a report were read as its subheads (set g:
 * 体坛速递, 本周演出), as was a data box under an 经济 feature (set a: 数据), each a piece of its own
 * to the editor.
 */
export function namesItemBox(blocks: Block[], index: number): boolean {
  const block = blocks[index];
  if (block?.type !== 'title' || block.lines.length !== 1) return false;
  if (opensTable(blocks, index + 1)) return true;
  let k = index + 1;
  let figures = 0;
  while (blocks[k + figures]?.type === 'paragraph' && FIGURE_ITEM.test((blocks[k + figures] as Extract<Block, { type: 'paragraph' }>).text)) figures++;
  if (figures >= FEWEST_ITEMS && blocks[k + figures]?.type !== 'paragraph') return true;
  const mark = blocks[k]?.type === 'paragraph' ? ITEM_MARK.exec((blocks[k] as Extract<Block, { type: 'paragraph' }>).text)?.[0] : undefined;
  if (mark === undefined) return false;
  let marked = 0;
  for (; blocks[k]?.type === 'paragraph'; k++) {
    const { text } = blocks[k] as Extract<Block, { type: 'paragraph' }>;
    if (text.startsWith(mark)) marked++;
    else if (!LISTING_FIELD.test(text)) return false;
  }
  return marked >= FEWEST_ITEMS;
}

/**
 * A listing's field under its marked item (■　话剧《某某》 / 时间：…… / 地点：…… / 票价：……): when, where, what it costs,
 * whom to call. A box of such items is a box all the same (set hb's 演出信息 after a brief; set bs's 近期展览).
 */
const LISTING_FIELD = /^(?:时间|日期|地点|地址|票价|门票|费用|场次|电话|咨询电话|联系电话|报名|主办|承办|内容|展期|开放时间|演出时间|演出地点)[：:]/;

/**
 * Marks a data box's items, in place: two lines or more running, each a figure and what it counts
 * (FIGURE_ITEM: 1.6亿元：全市线上销售额 / 31.5%：同比增幅), right under a title line, are each a
 * paragraph of their own (`verse`), never one sentence run on (none ends with a stop). The title
 * then names the box (namesItemBox). Takes the page's lines and their kinds so far; never throws.
 */
export function markFigureItems(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i - 1] !== 'title' || FIGURE_ITEM.test(lines[i - 1].text)) continue;
    let end = i;
    // Where `#` marks headlines, an unmarked row is read as a subhead first, the last one as the next headline's kicker.
    while (end < lines.length && lines[end].headingMarks === 0 && (kinds[end] === 'text' || kinds[end] === 'title' || kinds[end] === 'subhead') && FIGURE_ITEM.test(lines[end].text)) end++;
    if (end - i < FEWEST_ITEMS) continue;
    for (let k = i; k < end; k++) kinds[k] = 'verse';
    i = end - 1;
  }
}

/**
 * Which article a picture belongs to, or whether it is photo news of its own: the items stage asks
 * this of every photo block it meets after an article's text. Split out of items.ts.
 */
import type { Block } from './blocks.ts';
import { titleText, type Item } from './item.ts';
import { endsSignedByReporter, isNoticeTitle, opensWithDate } from './patterns.ts';
import { bigrams, OPENING, RELATED, sharedBigrams } from './similarity.ts';

type PhotoBlock = Extract<Block, { type: 'photo' }>;

/** A photo belongs to the article it was printed inside, or to one its caption is about. */
export function belongsTo(photo: PhotoBlock, item: Item): boolean {
  const last = item.blocks[item.blocks.length - 1];
  if (last && last.lines[0] < photo.lines[0] && last.lines[last.lines.length - 1] > photo.lines[photo.lines.length - 1]) {
    return true;
  }
  // The last of a group's numbered captions (①…… ②…… ③……) after the others: the group's (set z).
  if (continuesNumberedCaptions(photo, item)) return true;
  // 图为… points at the picture beside the text it follows (24 such captions in the rmrb-2019 truth, none alone).
  if (photo.caption.startsWith('图为') && item.blocks.length > 0) return true;
  // A credit printed at the caption's end (…表演。本报记者 某某摄) is how papers print an article's own
  // picture; photo news of its own sets its credit on a line apart (newsPhotoAfter).
  if (!photo.creditApart && photo.caption !== '' && item.blocks.length > 0) return true;
  // Under a headline over one paragraph and nothing else, the picture is what the headline titles
  // (学配中药茶 / “五味子5克……”一群中学生… / 22日，…摄): photo news whose text leads. Not under a
  // brief, whose paragraph opens with the day (1月10日，…): that picture may be news of its own.
  if (leadOfPhotoNews(item) && !datedApartAbout(photo, item, 0)) return true;
  if (secondPictureOfDatedNews(photo, item)) return true;
  return aboutItem(photo, item) >= RELATED;
}

/**
 * Under a headline over one paragraph that opens with its day, and nothing else, a caption that does not
 * (走进军营看“兵” / 7月30日，某部举办军营开放日活动…。 / 小朋友在战士指导下体验… / 某某 摄): the same photo news's
 * second picture, its text the first caption. In the truths of all sets and rmrb-2019, 8 undated captions so
 * placed are their headline's (7 of them rmrb-2019's 当日，…), none a picture of its own (set iz had split one off).
 */
function secondPictureOfDatedNews(photo: PhotoBlock, item: Item): boolean {
  const only = item.blocks.length === 1 ? item.blocks[0] : null;
  return only !== null && item.headline !== null && item.dateline === null && item.byline === null && item.photos.length === 0 && opensWithDate(only.text) && !opensWithDate(photo.caption);
}

/**
 * Photo news of its own after an article, in any layout: a caption that opens with its day
 * (3月11日，游客在…; 昨日，…) over a credit on a line of its own, the last thing before the next
 * headline or the page's end. However many words it shares with the article above: in the truths of
 * the other papers' 311 sets, 470 such dated pictures after a piece's text stand alone and 25 close
 * the piece above (counted as docs/ingest.md's twelfth round says; rmrb-2019: 24 and 1), and the words
 * shared do not tell the two apart — at every count of words shared only with the piece above (two,
 * three, four, six) the pictures read as that piece's were about twice as often pictures of their own
 * (set cz's 那达慕 picture after the report on the 那达慕; set g's 湖东湿地 picture after the report on
 * the wetlands is one of the 25). An
 * article's own picture prints its credit at the caption's end (5月19日，演员在启动仪式上表演。本报记者
 * 某某 摄) or points at itself (图为……): `belongsTo`. Under a headline over one paragraph the
 * picture is that headline's photo news only if its caption names something the paragraph does
 * (datedApartAbout). Where nothing marks headlines, it is asked before `belongsTo`.
 * Takes the page's blocks, the photo's index and the article open above it; gives true for news of its own.
 */
export function newsPhotoAfter(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || !photo.creditApart || !opensWithDate(photo.caption) || item.blocks.length === 0) return false;
  if (leadOfPhotoNews(item) && !datedApartAbout(photo, item, 0)) return false;
  return lastBeforeNextPiece(blocks, index);
}

/** The source lines a block was read from. */
function blockLines(block: Block): number[] {
  if (block.type === 'title') return block.lines.flatMap((l) => l.lines);
  if (block.type === 'byline') return [block.n];
  return 'lines' in block ? block.lines : [];
}

/** A block's words as printed: a title's lines, a caption, a paragraph's text. */
function blockText(block: Block): string {
  if (block.type === 'title') return block.lines.map((l) => l.text).join('\n');
  if (block.type === 'photo') return block.caption;
  return 'text' in block ? block.text : '';
}

/** Nothing but pictures between the picture at `index` and the next headline, a closing line or the page's end. */
function lastBeforeNextPiece(blocks: Block[], index: number): boolean {
  const after = blocks.slice(index + 1).find((b) => b.type !== 'photo');
  return after === undefined || after.type === 'title' || after.type === 'closing';
}

/** A box's item opening with its mark: ■ 某银行日前……, ●7月8日，……, ▲……, and △…… as pages of the 1980s print them (set dt). */
const MARKED_ITEM = /^[■●▲◆◇□△▶]/;

/** A sidebar box's name: 人物名片, 人物档案, 相关链接, 小贴士, 健康提醒, 乡亲们说, 数说, 背景, 延伸阅读. */
const BOX_NAME = /(?:名片|档案|简介|链接|贴士|提示|提醒|们说|数说|背景|相关阅读|延伸阅读)$/;

/** A warning's label before its subject: 警方提示：谨防……, 温馨提示：…… */
const NOTICE_LABEL = /^[\u4e00-\u9fff]{2,4}(?:提示|提醒)[：:]/;

/** The piece is a box: a sidebar named as one (人物名片, 延伸阅读), or two or more marked items, the last one ending it. */
function isBox(item: Item): boolean {
  if ([item.headline, item.kicker, item.column].some((name) => name !== null && name.length <= 8 && BOX_NAME.test(name))) return true;
  // A notice (失物招领, 寻人启事) or a warning titled as one (警方提示：谨防……): notices print no picture of their own (set cu).
  if (item.headline !== null && (isNoticeTitle(item.headline) || NOTICE_LABEL.test(item.headline))) return true;
  return item.blocks.filter((b) => b.type === 'paragraph' && MARKED_ITEM.test(b.text)).length >= 2 && MARKED_ITEM.test(item.blocks.at(-1)?.text ?? '');
}

/**
 * A picture after a box — a sidebar named as one (人物名片 / 某某 / 1928年生于某地, 延伸阅读, 乡亲们说) or
 * a box of marked items (银行简讯 / ■…… / ■……) — the last thing before the next headline, a closing
 * line or the page's end: a picture of its own, whatever words its caption shares with the box (the
 * person a 名片 names, the bank an item names), or a notice (失物招领, 警方提示：……). Where from: in the other
 * papers' truths 26 headless pictures follow a box of two or more marked items and 14 a sidebar so named,
 * each a piece of its own; no box holds a picture after its text (sets cn and cp had glued five, cu four
 * after notices). A caption pointing at
 * its place (上图：, 图为……) stays the box's. Takes the page's blocks, the photo's index and the piece
 * open above it. Pure.
 */
export function afterBox(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || PLACED_PICTURE.test(photo.caption) || photo.caption.startsWith('图为') || continuesNumberedCaptions(photo, item)) return false;
  return isBox(item) && lastBeforeNextPiece(blocks, index);
}

/** A sentence's stop: a table's or data box's rows hold none (男子100米（甲组）：某某（某县）11秒02, 1　某队　6　1　13). */
const SENTENCE_STOP = /[。！？!?]/;

/**
 * A picture after a piece whose text is only rows — two or more paragraphs and none holding a sentence's stop,
 * under no byline (a poem's verses are signed; a results table, a standings or price table, a 数说 box's figures) — the last thing before the next
 * headline, a closing line or the page's end: a picture of its own, whatever words its caption shares with the
 * rows (the race a results table lists, set dh). Where from: in the truths of all sets and rmrb-2019, 20 headless
 * pictures follow a piece of rows, each a piece of its own; no piece of rows holds a picture after them. A caption
 * pointing at its place (上图：, 图为……) or continuing a numbered group stays the piece's. Takes the page's blocks,
 * the photo's index and the piece open above it. Pure.
 */
export function afterRows(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || PLACED_PICTURE.test(photo.caption) || photo.caption.startsWith('图为') || continuesNumberedCaptions(photo, item)) return false;
  if (item.kind !== 'article' || item.photos.length > 0 || item.byline !== null || item.blocks.length < 2) return false;
  if (!item.blocks.every((b) => b.type === 'paragraph' && !SENTENCE_STOP.test(b.text))) return false;
  return lastBeforeNextPiece(blocks, index);
}

/** A caption pointing at its place on the page (上图：, 下图, 左图, 图①): one of the pictures an article prints beside its text. */
const PLACED_PICTURE = /^(?:[上下左右中]图|图[①-⑩0-9０-９一二三四五六七八九十])/;

/**
 * A picture after a piece that has ended: after the picture that piece already printed (its own
 * 图为……, the last of its ①②③ group) or under a piece with no text (a cartoon and its 作 line),
 * with nothing of that piece after it. It is a picture of its own, whatever words it shares (set by
 * of other papers' pages: five such pictures had been glued to the piece above, one for the
 * district both name). Not a caption that says where it stands (上图：, 图②), nor the next of a
 * numbered group. Takes the page's blocks, the photo's index and the piece open above it. Pure.
 */
export function afterEndedPiece(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || PLACED_PICTURE.test(photo.caption) || photo.caption.startsWith('图为') || continuesNumberedCaptions(photo, item)) return false;
  if (!lastBeforeNextPiece(blocks, index)) return false;
  return item.photos.length > 0 || (item.blocks.length === 0 && item.byline !== null);
}

/**
 * Pictures whose captions say where they stand (上图：…… 下图：……) after the last piece's text, with
 * nothing after them on the page but closing lines (本版撰文 本报记者 某某, the page's editors): the
 * page's pictures, a piece of their own, not the last piece's. Where from: in the other papers'
 * truths such a group closes six 专版 pages after a box (数说…, 老人们说, 建设者说), each a piece of its
 * own; no piece's own placed pictures end a page's text (they stand inside their piece, before its
 * last paragraph or the next headline, or under a headline of their own). Numbered pictures (图①：)
 * at a page's end are the last piece's picture story (rmrb-2019's 庆祝 pages). Takes the page's blocks,
 * the photo's index and the piece open above it. Pure.
 */
export function pagePicturesAtEnd(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || !WHERE_PICTURE.test(photo.caption) || item.blocks.length === 0) return false;
  // The group's first caption read as the piece's text: the group is that piece's (a headline over 上图：…… 下图：……).
  if (WHERE_PICTURE.test(item.blocks.at(-1)!.text)) return false;
  return blocks.slice(index + 1).every((b) => b.type === 'photo' || b.type === 'closing');
}

/**
 * An undated picture, its credit apart, the last thing before the next piece or the page's end, whose caption
 * names nothing the piece above prints but what an earlier piece of the page does (白礁灯塔 after a piece on
 * a letter, under a feature on the lighthouse; a profile's subject after the next profile): a picture of its
 * own, not the piece above's. Where from: in the truths of all sets and rmrb-2019, of the undated pictures
 * with a credit closing a page where indents or `#` mark headlines and sharing no word with the piece above
 * but two or more with another piece, 11 stand alone and 2 are the piece above's (a dated caption is
 * newsPhotoAfter's: there 46 stand alone and 19 are the piece's). Takes the page's blocks, the photo's index
 * and the piece open above it. Pure.
 */
export function aboutEarlierPiece(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || !photo.creditApart || opensWithDate(photo.caption) || PLACED_PICTURE.test(photo.caption) || photo.caption.startsWith('图为') || /^[①-⑩]/.test(photo.caption)) return false;
  if (item.blocks.length === 0 || !lastBeforeNextPiece(blocks, index) || aboutArticle(photo, item) > 0) return false;
  const first = Math.min(...item.lines);
  const before = blocks.slice(0, index).filter((b) => blockLines(b).every((n) => n < first));
  return sharedWords(photo.caption, before.map(blockText).join('\n')) >= RELATED;
}

/** A caption saying where on the page its picture stands (上图：, 左图：); numbered ones (图①：) are a picture story's. */
const WHERE_PICTURE = /^[上下左右中]图[：:]/;

/** A paragraph's last sentence and then its writer's name in brackets: ……样子。（桑 宁）, ……暗访。（记者 吕 晨）. */
const SIGNED_IN_BRACKETS = /[。！？…”’][（(](?:(?:记者|通讯员|实习生)[ \u3000]*)?((?:[\u4e00-\u9fff][ \u3000]*){2,4})[）)]$/;

/**
 * A picture after a piece whose last paragraph ends with its writer's name in brackets (……举起船桨的
 * 样子。（桑 宁）), or is its date alone (SIGN_OFF_DATE): the piece has signed off, and the picture is one of its own. Where from: in
 * the other papers' truths every picture after such a piece (10, sets bv, bw, cb, cd, ce, cf, cg)
 * stands alone; a bracket that is a credit (（资料图片）) is no name. Takes the piece open above the
 * picture. Pure.
 */
export function afterSignedOff(item: Item): boolean {
  const last = item.blocks.at(-1)?.text ?? '';
  if (SIGN_OFF_DATE.test(last)) return true;
  const name = SIGNED_IN_BRACKETS.exec(last)?.[1];
  return name !== undefined && !/[图摄完续]/.test(name);
}

/**
 * A letter's, a reply's or a notice's date alone closing it (2009年7月12日, 二〇〇九年七月十二日): it has signed off too. In the
 * truths of all sets and rmrb-2019, 149 pictures without a headline follow a piece closed so, each a piece of its own, and no
 * piece holds a picture after its date (set uu).
 */
const SIGN_OFF_DATE = /^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** A commentary's column or signature: ……（某某时评）, 快评, 短评, 述评, 社论, 本报评论员. */
const COMMENTARY = /(?:时评|评论|短评|快评|述评|热评|锐评|社论|评论员)$/;

/**
 * A picture after a commentary — a piece whose column names one (……（澹州时评）, 快评, 社论) or that
 * its paper's commentator signs (本报评论员): a piece of its own. A commentary argues and prints no
 * news picture. Where from: in the other papers' truths all 6 headless pictures after a commentary
 * stand alone (sets a, bv, cf, s), and no commentary holds a picture. Takes the piece open above the
 * picture. Pure.
 */
export function afterCommentary(item: Item): boolean {
  if (item.kind !== 'article' || item.blocks.length === 0) return false;
  return (item.column !== null && COMMENTARY.test(item.column)) || (item.byline !== null && item.byline.startsWith('本报评论员'));
}

/** A question's or an answer's label opening a paragraph: 问：, 答：, 读者问：, 记者答：. */
const QA_TURN = /^(?:读者|记者|网友|律师|专家)?([问答])[：:]/;

/**
 * A picture after questions answered — a piece of two turns or more labelled 问： and 答：, its last
 * turn an answer (法律顾问 / 借钱不还 该怎么办？ / 问：…… / 答：……): a piece of its own. A column of
 * questions and answers prints no news picture. Where from: in the other papers' truths all 6
 * headless pictures after such a piece stand alone (sets ca, cn, co, cv), and no such piece holds a
 * picture. Takes the piece open above the picture. Pure.
 */
export function afterQuestionsAnswered(item: Item): boolean {
  const turns = item.blocks.map((b) => QA_TURN.exec(b.text)?.[1]).filter((t): t is string => t !== undefined);
  return item.kind === 'article' && turns.length >= 2 && turns.at(-1) === '答';
}

/** A turn of an interview labelled by who speaks: the reporter's (记者：, 本报记者：) or the one interviewed, by name (沈某某：). */
const SPEAKER_TURN = /^(?:本报)?(记者|[\u4e00-\u9fff]{2,4})[：:]/;

/**
 * A picture after an interview — turns labelled by who speaks, the reporter's (记者：……) and the other's
 * (某某：……), the last an answer — that is the last thing before the next piece or the page's end
 * (…… / 某某：……。 / 6月5日，…… / 本报记者　某　某　摄): a piece of its own. An interview prints its pictures
 * among its turns, not after its last answer. Where from: in the truths of all sets and rmrb-2019, 243
 * interviews so labelled end on an answer; 18 have a picture with no headline right after them, each a
 * piece of its own (sets aa, cx, mq, mz, nd, nl, nu, oc, os, ow, ox, oy, oz, pa, pb, pc, pf, pg), and the
 * one that holds a picture prints it between two turns, a subhead and more turns under it (set cp). Takes the page's
 * blocks, the picture's index and the piece open above it. Pure.
 */
export function afterInterview(blocks: Block[], index: number, item: Item): boolean {
  if (item.kind !== 'article' || !lastBeforeNextPiece(blocks, index)) return false;
  const turns = item.blocks.map((b) => SPEAKER_TURN.exec(b.text)?.[1]).filter((t): t is string => t !== undefined);
  return turns.includes('记者') && turns.some((t) => t !== '记者') && turns.at(-1) !== '记者';
}

/** How many words a dated caption shares with a brief above it when it retells that brief (泰国 清迈 国际 咖啡 博览 …). */
const RETELLS = 7;

/**
 * A picture after a brief: its caption opens with its day and its credit stands apart (7月6日晚，
 * 民警在城区夜市巡逻。 / 本报记者 某某 摄), it is the last thing before the next headline, a closing
 * line or the page's end, and the piece above is a report of one paragraph under a headline, with
 * no picture. It is photo news of its own unless its caption retells the brief (shares `RETELLS`
 * words or more with it). Where from: in the other papers' truths 24 such pictures after a brief of
 * one paragraph stand alone, sharing no more than 3 words with it but one that shares 6 (市公 公安
 * 城区 区夜 夜市 巡逻: night patrols in the market under a report of them, set bz); one is the
 * brief's own, sharing 10. Neither a report of two paragraphs (set g's 湖东 湿地 picture is its
 * report's: newsPhotoAfter, belongsTo judge it) nor a headline over one undated paragraph with no
 * dateline or byline, which is photo news whose text leads (leadOfPhotoNews), is judged so.
 * Takes the page's blocks, the photo's index and the piece open above it. Pure.
 */
export function newsAfterBrief(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || !photo.creditApart || !opensWithDate(photo.caption)) return false;
  if (item.kind !== 'article' || item.headline === null || item.photos.length > 0 || item.blocks.length !== 1 || leadOfPhotoNews(item)) return false;
  if (!lastBeforeNextPiece(blocks, index)) return false;
  return aboutArticle(photo, item) < RETELLS;
}

/** The most words a picture with its credit run into its caption shares with the piece above when it is news of its own. */
const UNRELATED_RUN_IN = 2;
/** The fewest Han characters of a caption that tells its news whole (who, where, what): photo news of its own. */
const WHOLE_CAPTION = 15;
const HAN = /\p{Script=Han}/gu;

/**
 * A picture whose credit is run into its caption (9月26日，湄江县消防救援大队在县城步行街开展消防安全
 * 宣传活动。本报记者 某某 摄) after a piece's text, the last thing before the next headline, a closing
 * line or the page's end, naming at most `UNRELATED_RUN_IN` words the piece does, its caption telling
 * the news whole (`WHOLE_CAPTION` Han characters or more): photo news of its own. Where from: in the
 * other papers' truths, of such pictures sharing at most two words with the piece above, the 11 that
 * stand alone have captions of 16–33 Han characters; the 5 printed as the piece's own are terse, the
 * piece telling the rest (4日，工人在施工现场作业。 五大道街头的秋色。: 8–12). A caption pointing at
 * its picture (图为…, 上图：) or continuing a numbered group is the piece's; a headline over one
 * undated paragraph is photo news whose text leads (leadOfPhotoNews). Takes the page's blocks, the
 * photo's index and the piece open above it. Pure.
 */
export function newsWithCreditRunIn(blocks: Block[], index: number, item: Item): boolean {
  const photo = blocks[index];
  if (photo.type !== 'photo' || photo.creditApart || photo.credit === null || photo.caption === '') return false;
  if (PLACED_PICTURE.test(photo.caption) || photo.caption.startsWith('图为') || continuesNumberedCaptions(photo, item) || opensNumberedCaptions(blocks, index)) return false;
  if (item.kind !== 'article' || item.blocks.length === 0 || leadOfPhotoNews(item)) return false;
  if (!lastBeforeNextPiece(blocks, index)) return false;
  return (photo.caption.match(HAN)?.length ?? 0) >= WHOLE_CAPTION && aboutArticle(photo, item) <= UNRELATED_RUN_IN;
}

/**
 * A picture dated in its caption, its credit apart, naming at most `most` words the article does:
 * after a brief of a box (headline and one paragraph) it is the page's next photo news, not the
 * brief's picture (学步桥附近一路段施工 请绕行 / …… / 11月4日，市民在某公园湖边观赏秋景。: set z).
 */
function datedApartAbout(photo: PhotoBlock, item: Item, most: number): boolean {
  return photo.creditApart && opensWithDate(photo.caption) && aboutArticle(photo, item) <= most;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/**
 * The caption opens with a circled number (③) and the article's last paragraph, or the picture
 * printed after it, with the one before it (②).
 */
export function continuesNumberedCaptions(photo: PhotoBlock, item: Item): boolean {
  const n = CIRCLED.indexOf(photo.caption.charAt(0));
  const lastBlock = item.blocks.at(-1);
  const lastPhoto = item.photos.at(-1);
  const last = lastPhoto && (!lastBlock || lastPhoto.lines[0] > lastBlock.lines[0]) ? lastPhoto.caption : (lastBlock?.text ?? '');
  return n > 0 && last.charAt(0) === CIRCLED.charAt(n - 1);
}

/**
 * The first of a group's numbered captions (①……, the next picture's ②……): a picture story's, which
 * in the truths of all sets and rmrb-2019 is always inside a headed piece (28 groups), never photo
 * news of its own, even with each caption's credit run in (①…。（全媒体记者　某　某　摄）: set fw).
 */
function opensNumberedCaptions(blocks: Block[], index: number): boolean {
  const photo = blocks[index];
  const next = blocks[index + 1];
  return photo.type === 'photo' && photo.caption.startsWith(CIRCLED[0]) && next?.type === 'photo' && next.caption.startsWith(CIRCLED[1]);
}

/**
 * A headline over one paragraph and nothing else, no dateline or byline: photo news whose text leads. Not
 * a paragraph signed by its reporter in brackets (……。（都市报记者　某　某）): that is a report, as a 热线
 * column prints them, and a dated picture after it is news of its own (set na: 2 such pictures).
 */
function leadOfPhotoNews(item: Item): boolean {
  return item.headline !== null && item.dateline === null && item.byline === null && item.photos.length === 0 && item.blocks.length === 1 && !opensWithDate(item.blocks[0].text) && !endsSignedByReporter(item.blocks[0].text);
}

/** How many words a caption shares with the article's headline block and opening (`sharedWords`). */
function aboutItem(photo: PhotoBlock, item: Item): number {
  return sharedWords(photo.caption, titleText(item) + (item.blocks[0]?.text.slice(0, OPENING) ?? ''));
}

/**
 * A character that says nothing of a picture's subject (在, 的, 了, …, and 一 of 一处, 一名): a pair
 * holding one is no word of it (县一 and 一处 of a caption, 县一 and 一名 of a report: set r's zmdrb page).
 */
const FUNCTION_CHAR = /[在的了是和与及为对将把被从向于着一]/;
/** Days, which every report and caption names: 昨天, 今日, 日前, 近日. */
const DAY_WORD = /^(?:[昨今前]天|[昨今前近]日|日前)$/;

/**
 * How many words (Han character pairs, none holding a function character or naming a day) a caption
 * shares with the article's headline block and its whole text. Photo news of its own after an
 * article's text shares at most one with it (the 13 in sets a–g of other papers' pages; 市民, or
 * 昨天 and 在滨 by chance); an article's own picture, printed after its last paragraph, names
 * what the article does (湖东 and 湿地: set g's kmrb page).
 */
function aboutArticle(photo: PhotoBlock, item: Item): number {
  return sharedWords(photo.caption, titleText(item) + item.blocks.map((b) => b.text).join(''));
}

/** Han character pairs of `caption` also in `text`, but for those holding a function character or naming a day. */
function sharedWords(caption: string, text: string): number {
  const words = bigrams(text);
  let n = 0;
  for (const pair of bigrams(caption)) if (words.has(pair) && !FUNCTION_CHAR.test(pair) && !DAY_WORD.test(pair)) n++;
  return n;
}

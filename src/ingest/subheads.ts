/**
 * Subheads 小标题 told from headlines by their company. A long article prints its subheads as a
 * series of lines of one shape (往田里走 / 往心里走 / 往实里走; 朔 州 / 忻 州 / 吕 梁; 先把路修通 /
 * 再把水引来 / 后把厂建好); the headlines of different articles seldom match each other so.
 * Where the layout does not mark headlines, a short line that has a twin of its shape between
 * the same paragraphs of the page (no dateline, byline, headline block or closing line
 * between them) is a subhead. Measured on the blank-lines pages of the rmrb-2019 corpus.
 */
import type { Block } from './blocks.ts';
import { opensTable } from './tables.ts';
import { namesItemBox } from './boxes.ts';
import { readsAsColumnName } from './title-run.ts';
import { namesWriter } from './writer-credits.ts';
import { columnTag, endsSentence, endsSignedAfterDash, isReportersNote, endsSignedWithoutRole, isBookParticulars, isBookTitleAlone, endsSignedByReporter, isArtworkCaption, endsSignedBySource, findContinuation, isBodyOpener, isExcerptSource, isNoticeTitle, isByline, isDashSubheadline, isDateLine, isDelegateLine, isEditorSignature, isListOrderNote, isNameRow, isSalutation, isSpeakerLine, isTimelineRow, isWriterMark, labelAfterRole, markedBanner, namesProfileBox, opensComment, opensMarkedBrief, opensRetoldReport, endsOnContact, opensToldAccount, opensSignedQuestion, parseDateline, REPORTER_LABEL, spacedHalves } from './patterns.ts';

type TitleBlock = Extract<Block, { type: 'title' }>;

/** A box of readers' short comments: 网友说, 市民说, 街坊议, 网友热议. */
const READERS_BOX = /^(?:网友|市民|街坊|读者|居民)(?:说|议|热议|声音|留言)$/;

/**
 * A sidebar's name, the whole line: 延伸阅读, 相关阅读, 相关链接, 温馨提示, 小贴士, 线路推荐. Alone between
 * paragraphs over the sidebar's text it heads a piece of its own, never a subhead of the feature or box
 * above, however its length matches their subheads. In the truths of rmrb-2019 and the other papers'
 * sets these head a piece (as headline or kicker) 11, 2, 5, 9, 10 and 3 times; inside a piece they stand
 * marked (■小贴士), under the piece's headline (小贴士 as a body's first line: labelsUnderHeadline), run into
 * a sentence (温馨提示：……。), on rmrb-2019's pages as 延伸阅读 over its box's own headline (3), and once
 * alone after a Q&A (小贴士, set t, read as a piece of its own before this too): this reads none of them
 * otherwise. 知识链接 is left out: all 6 of rmrb-2019's stay in the piece.
 */
/** An item opened by a solid mark, as a classified page or a box prints them: ■……, ●……. */
const MARKED_ITEM = /^[■●◆▲]/;
const SIDEBAR_NAME = /^(?:延伸阅读|相关阅读|相关链接|温馨提示|小贴士|线路推荐)$/;

/** A Q&A's question, labelled: 问：……, 【问】…… */
const QUESTION_TURN = /^[【\[]?问[】\]]?[:：]/;

/** The longest line a subhead series is made of. */
const LONGEST_SUBHEAD = 16;

/** A short title line that nothing marks as a headline line. */
function plainShort(line: TitleBlock['lines'][number]): boolean {
  const { text } = line;
  return (
    line.headingMarks === 0 &&
    text.length <= LONGEST_SUBHEAD &&
    !columnTag(text) &&
    !/(——|[:：])$/.test(text) &&
    !isDashSubheadline(text) &&
    !markedBanner(text) &&
    !isNoticeTitle(text)
  );
}

/**
 * A book's title alone (《某某》) over the line naming its author (作者：某某　出版社：……): a book note of its own, as a
 * 新书速递 box lists them, never a subhead of the review above (set y of other papers' pages). Over particulars printed
 * without labels (某　某　著　某某出版社2007年3月版) it is one where the run's first book was printed as a headline, its
 * title under the box's name in one headline block (新书架 / 《某某》: set vp); under a box's own headline, alone on
 * its line (本期荐书 / 《某某》 / ……), the books are the box's paragraphs (sets fj, in).
 */
export function headsBookNote(blocks: Block[], i: number): boolean {
  if (!overBookParticulars(blocks, i)) return false;
  const after = blocks[i + 1] as Extract<Block, { type: 'paragraph' }>;
  if (LABELLED_AUTHOR.test(after.text)) return true;
  for (let k = i - 1; k >= 0; k--) {
    const block = blocks[k];
    if (block.type !== 'title') continue;
    if (block.lines.length > 1 && overBookParticulars(blocks, k)) return true;
    if (!overBookParticulars(blocks, k)) return false;
  }
  return false;
}

/** The line naming a book's author by its label: 作者：某某　出版社：……, 主编：某某. */
const LABELLED_AUTHOR = /^(?:作者|著者|编著|主编|译者)[：:]/;

/** blocks[i] is a title block whose last line is a book's title alone, over the book's particulars. */
function overBookParticulars(blocks: Block[], i: number): boolean {
  const block = blocks[i];
  const after = blocks[i + 1];
  return block?.type === 'title' && isBookTitleAlone(block.lines.at(-1)!.text) && after?.type === 'paragraph' && isBookParticulars(after.text);
}

/**
 * Text a speech's or a name list's title stands over: the speaker's post and name (市政协委员、某某副会长　某某某),
 * the list's order note (（按姓氏笔画为序）) or its first row of names. A title over it heads a piece of its own,
 * never a subhead of the text above: in the truths of all sets and rmrb-2019, 23 pieces open with such a line
 * (sets bh, bq, br, cd, cn, cw), each under a headline of its own.
 */
function opensSpeechOrList(text: string): boolean {
  return isDelegateLine(text) || isListOrderNote(text) || isNameRow(text);
}

/**
 * blocks[i] is a title block ending in a question over a reader's question signed at its head (晒粮场被占，秋收去哪晒粮？ /
 * 网友“老粮农”：……): the next item of a board of questions and replies, a piece of its own, never a subhead (set zzzj;
 * in the truths of all sets and rmrb-2019, 57 pieces open so under a headline ending in ？, and no such line stands inside a piece).
 */
function boardQuestion(blocks: Block[], i: number): boolean {
  const block = blocks[i];
  const opening = blocks[i + 1];
  return block?.type === 'title' && /[？?]$/.test(block.lines.at(-1)!.text) && opening?.type === 'paragraph' && opensSignedQuestion(opening.text);
}

/** A paragraph opening a reader's question signed at its head (网友“某某”：……) or a letter's salutation (编辑同志：). */
function opensLetterOrQuestion(block: Block | undefined): boolean {
  return block?.type === 'paragraph' && (opensSignedQuestion(block.text) || isSalutation(block.text));
}

/** One or two short title lines between paragraphs that nothing marks as a headline block. */
function candidate(blocks: Block[], i: number): boolean {
  const block = blocks[i];
  if (block.type !== 'title' || block.lines.length > 2 || !block.lines.every(plainShort)) return false;
  // A box's name over its items (体坛速递 / ●…… / ●……) heads a piece of its own (boxes.ts).
  if (namesItemBox(blocks, i)) return false;
  if (headsBookNote(blocks, i)) return false;
  // A column's name over a headline, over a reader's question signed at its head or a letter's salutation (网络问政 /
  // 粮食直补款什么时候到账？ / 网友“某某”：……; 读者来信 / …… / 编辑同志：), heads a piece of its own (set zzzj); a label over a
  // report's section (青年论坛 / 思想碰撞 未来可期) does not.
  if (block.lines.length === 2 && readsAsColumnName(block.lines[0].text) && opensLetterOrQuestion(blocks[i + 1])) return false;
  if (boardQuestion(blocks, i)) return false;
  // A sidebar's name heads a piece of its own (延伸阅读 after a feature's 一本“存折” / 一次“取款” / 几道难题: set cb).
  if (block.lines.length === 1 && SIDEBAR_NAME.test(block.lines[0].text)) return false;
  // So does a profile box's name over a sentence of facts (人物名片 / 某某，1968年生，……。: set rw).
  if (block.lines.length === 1 && namesProfileBox(block.lines[0].text) && blocks[i + 1]?.type === 'paragraph' && /[。！？]$/.test((blocks[i + 1] as { text: string }).text)) return false;
  const before = blocks[i - 1];
  const after = blocks[i + 1];
  if (!before || (before.type !== 'paragraph' && before.type !== 'subhead')) return false;
  if (after?.type === 'paragraph' && opensSpeechOrList(after.text)) return false;
  // A timeline's title heads its rows, a box of its own (樱桃节二十年 / 2005年　首届樱桃节举办: set bx).
  return after?.type === 'paragraph' && !parseDateline(after.text) && !opensRetoldReport(after.text) && !isByline(after.text) && !isBodyOpener(after.text) && !isTimelineRow(after.text) && !after.text.startsWith('①');
}

/** Where one article's body surely ends: nothing after it belongs to the same series. */
function boundary(block: Block): boolean {
  switch (block.type) {
    case 'closing':
    case 'note':
    case 'byline':
      return true;
    case 'paragraph':
      return parseDateline(block.text) !== null;
    default:
      return false;
  }
}

/**
 * A subhead's number as set before it: 一、, （二）, 3., 一␣␣煤炉 (a numeral must be set off: 一日…… is no number),
 * 第一步␣␣取表填表, 第二关：饮食关 (set nv; in the truths 132 short paragraphs and 4 serials' chapter subheadlines open so,
 * no headline or kicker).
 */
const ORDINAL = /^(?:第[一二三四五六七八九十]+[\u4e00-\u9fff]?(?:[ \u3000]+(?=\S)|[：:])|[一二三四五六七八九十]+(?:[、．]|[ \u3000]+(?=\S))|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]{1,2}[、．.](?![0-9０-９]))/;

/** How a number is set, the number itself left out: 一、 and 二、 alike, （一） unlike 一、. */
function ordinalForm(ordinal: string): string {
  return ordinal.replace(/[一二三四五六七八九十]+/, '一').replace(/[0-9０-９]+/, '1').replace(/[ \u3000]+/, ' ');
}

/** The shape a subhead series shares: lengths, the spacing of its parts, a shared start or end, a number in turn. */
export function sameShape(a: string, b: string): boolean {
  const parts = (s: string) => s.split(SPACE).map((p) => p.length).join(',');
  const squeezed = (s: string) => s.replace(/[ \u3000\u00a0]+/g, '');
  const x = squeezed(a);
  const y = squeezed(b);
  if (SPACE.test(a) && parts(a) === parts(b)) return true;
  // Halves of lengths a character apart at most (湖水蓝了 野花开了 / 草原绿了 牧人回来了).
  if (SPACE.test(a) && SPACE.test(b) && nearParts(a.trim().split(SPACE), b.trim().split(SPACE))) return true;
  // Numbered in turn (一、…… / 二、……; （一）…… / （二）……; 1.…… / 2.……; 一  煤炉 / 二  糖画).
  const [n, m] = [ORDINAL.exec(a.trim()), ORDINAL.exec(b.trim())];
  if (n && m) return ordinalForm(n[0]) === ordinalForm(m[0]);
  if (x.length !== y.length) return x.length >= 4 && y.length >= 4 && (x.slice(0, 3) === y.slice(0, 3));
  return x.at(-1) === y.at(-1) || x.slice(0, 2) === y.slice(0, 2) || x.length <= 8;
}

/** What a series of subheads may all share and a headline after them lack: halves set apart by a space, quotation marks, a colon, a last character. */
const SERIES_MARKS: ((text: string) => string | boolean)[] = [
  (t) => SPACE.test(t.trim()),
  (t) => /^“[^“”]+”$/.test(t),
  (t) => /[：:]/.test(t),
  (t) => t.trim().at(-1) ?? '',
];

/**
 * Whether a piece's subheads, two or more, all share a mark (SERIES_MARKS) that `line` lacks:
 * halves set apart by a space (瞄准痛点  助力“高精尖” / 深化改革 为科技创新护航 / 搭建平台 全链条支持创新),
 * quotation marks, a colon, a last character (……问题 / ……问题). Such a line after the series
 * is the next piece's headline, whatever length or words it shares with them (中关村：科技创新能力不断增强
 * under a forum report on rmrb-2019's blank-lines pages). Takes the subheads' texts and the line;
 * false for fewer than two subheads. Pure.
 */
export function outsideSeries(subheads: string[], line: string): boolean {
  if (subheads.length < 2) return false;
  return SERIES_MARKS.some((mark) => {
    const value = mark(subheads[0]);
    return value !== false && value !== '' && subheads.every((s) => mark(s) === value) && mark(line) !== value;
  });
}

/** As many parts on each side, each of two characters or more and a character apart in length at most. */
function nearParts(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((p, k) => p.length >= 2 && b[k].length >= 2 && Math.abs(p.length - b[k].length) <= 1);
}

/**
 * Subheads in parallel clauses, each of the same lengths around its commas (壮大特色产业，筑牢县域
 * 发展根基 / 完善基础设施，促进城乡互联互通), as a 理论 article sets them; headlines of different
 * pieces seldom match so closely (set k, where the page's indents did not mark them).
 */
function parallelClauses(a: string, b: string): boolean {
  const lengths = (s: string) => s.replace(/[ \u3000\u00a0]+/g, '').split(/[，,]/).map((p) => p.length).join(',');
  return /[，,]/.test(a) && lengths(a) === lengths(b);
}

/**
 * Numbered subheads (一  煤炉 / 二  糖画 / 三  旧书摊; 一、…… / 二、……) on a page whose layout marks
 * headlines: there a plain line is a headline unless the series numbers it, or its lines are
 * parallel clauses (`parallelClauses`). Takes the page's blocks; gives the title blocks of such
 * series (see `seriesSubheads`).
 */
export function numberedSubheads(blocks: Block[]): Set<TitleBlock> {
  const numbered = (a: string, b: string) =>
    (ORDINAL.test(a.trim()) && ORDINAL.test(b.trim()) && sameShape(a, b)) || parallelClauses(a, b);
  const found = seriesSubheads(blocks, numbered);
  // Subheads numbered at two levels (一、…… over （一）……, then （二）……), as a 理论 article sets them:
  // a block of numbered lines is a subhead when another in the same stretch numbers a line alike.
  // Only numbers pair lines across blocks of different heights: a comma headline under a column's label (街谈巷议 /
  // 菜场的秤，要让人放心) and the next short comment's (早市散了，地面谁来扫) are two pieces, however alike their clauses (set ts).
  const byNumber = (a: string, b: string) => ORDINAL.test(a.trim()) && ORDINAL.test(b.trim()) && sameShape(a, b);
  const anyAlike = (a: TitleBlock, b: TitleBlock) => (a.lines.length === b.lines.length ? a.lines.some((x) => b.lines.some((y) => numbered(x.text, y.text))) : a.lines.some((x) => b.lines.some((y) => byNumber(x.text, y.text))));
  for (const block of seriesSubheads(blocks, numbered, numberedCandidate, anyAlike)) found.add(block);
  return found;
}

/** The longest numbered subhead line (一、超大城市数字治理面临的现实梗阻: set aa's 理论 page). */
const LONGEST_NUMBERED_SUBHEAD = 30;

/** A title block of one to three lines, each a numbered subhead's (一、……, （二）……), between paragraphs. */
function numberedCandidate(blocks: Block[], i: number): boolean {
  const block = blocks[i];
  if (block.type !== 'title' || block.lines.length > 3) return false;
  const numberedLine = (l: TitleBlock['lines'][number]) => l.headingMarks === 0 && l.text.length <= LONGEST_NUMBERED_SUBHEAD && ORDINAL.test(l.text.trim()) && !/[。；]$/.test(l.text);
  if (!block.lines.every(numberedLine)) return candidate(blocks, i);
  const before = blocks[i - 1];
  const after = blocks[i + 1];
  // The first may stand right under the byline (四川日报全媒体记者 某  某 / 一、风最大的地方: set aa).
  if (!before || (before.type !== 'paragraph' && before.type !== 'subhead' && before.type !== 'byline')) return false;
  return after?.type === 'paragraph' && !parseDateline(after.text) && !isByline(after.text);
}

/**
 * Finds the title blocks of a page (one or two lines: a subhead may have its own kicker) that
 * read as subheads because another of the same shape (`alike`, by default `sameShape`)
 * stands in the same stretch of body. Takes the page's blocks; gives those title blocks.
 * Pure; never throws.
 */
export function seriesSubheads(
  blocks: Block[],
  alike: (a: string, b: string) => boolean = sameShape,
  isCandidate: (blocks: Block[], i: number) => boolean = candidate,
  blocksAlike: (a: TitleBlock, b: TitleBlock) => boolean = (a, b) => a.lines.length === b.lines.length && alike(a.lines.at(-1)!.text, b.lines.at(-1)!.text),
): Set<TitleBlock> {
  const found = new Set<TitleBlock>();
  let stretch: TitleBlock[] = [];
  blocks.forEach((block, i) => {
    if (boundary(block) || (block.type === 'title' && !isCandidate(blocks, i))) {
      stretch = [];
      return;
    }
    if (block.type !== 'title') return;
    for (const other of stretch) {
      if (blocksAlike(block, other)) {
        found.add(block);
        found.add(other);
      }
    }
    stretch.push(block);
  });
  return found;
}

/**
 * Subheads of a signed feature on a page whose indents mark headlines: two or more plain short
 * lines of one shape (`sameShape`: 投诉量居高不下 / 监管手段在升级) in the body of an article that
 * opened with its byline and no dateline, none between them, and with them every other plain
 * short line of that body. There the indent says each is a
 * headline, but a 深读 or 调查 page prints its subheads flush too (set x of other papers' pages);
 * a report (本报讯……) or an unsigned brief keeps its reading. Where the layout marks no headline
 * (`unmarked`: every line a block between blank lines), any two plain one-line ones make the series whatever their shapes
 * (白天卖菜　晚上练球 / 输了也高兴: sets yg and yi; in the truths a short plain line over plain text in a signed feature
 * without a dateline is a subhead 2,866 times and a headline 143, most of them a box's name or a picture's title, told
 * apart as below or by their text). There the subheads are one-line blocks only: a
 * label over a headline (名医坐堂 / 孩子反复咳嗽 要不要做肺功能检查) or a box's name alone (相关链接,
 * 消费提示, 学员档案: set yw) opens a piece of its own and ends the feature (sets bu, ca and v). Where the feature
 * has printed a subhead of its own indented, as its paragraphs are (古道上的老故事, not a label such as
 * 核心阅读), a flush line after it is printed as a headline is, not as its subheads: a box of its own
 * (线路推荐 / 温馨提示 after a 徒步记, set bs; no set or rmrb-2019 page read otherwise for it). Takes the
 * page's blocks; gives the subheads' title blocks. Pure.
 */
export function signedFeatureSubheads(blocks: Block[], unmarked = false): Set<TitleBlock> {
  const found = new Set<TitleBlock>();
  let signed = false;
  let stretch: TitleBlock[] = [];
  /** The body has printed a subhead of its own indented, as its paragraphs (subheadsIndented). */
  let indentedSubhead = false;
  blocks.forEach((block, i) => {
    if (block.type === 'byline' || (block.type === 'note' && findContinuation(block.text)?.kind === 'from')) {
      // The rest of a feature continued from another page (（上接第一版）) opens as a signed one does.
      const after = blocks[i + 1];
      signed = after?.type === 'paragraph' && parseDateline(after.text) === null;
      stretch = [];
      indentedSubhead = false;
    } else if (boundary(block)) {
      signed = false;
      stretch = [];
    } else if (block.type === 'subhead') {
      if (!isBodyOpener(block.text)) indentedSubhead = true;
    } else if (block.type === 'title') {
      // A box's name over its title (相关链接 / 警惕某某三大陷阱) heads a sidebar of its own.
      const box = block.lines.length === 2 && readsAsColumnName(block.lines[0].text);
      const opensPiece = unmarked ? block.lines.length > 1 || readsAsColumnName(block.lines[0].text) || BOX_NAME.test(block.lines[0].text) : indentedSubhead;
      if (!signed || box || opensPiece || !candidate(blocks, i)) {
        signed = false;
        stretch = [];
        return;
      }
      const text = block.lines.at(-1)!.text;
      stretch.push(block);
      // A sibling the blocks stage read as a paragraph still makes the series (“卖书是个慢生意” over
      // “留住老读者，靠的是懂书”, a paragraph for its comma).
      if (block.lines.length === 1 && hasSiblingParagraph(blocks, i, text)) found.add(block);
      // Two of one shape make the series; the other plain short lines of the same body are its subheads too.
      const alike = (other: TitleBlock) =>
        other.lines.length === block.lines.length &&
        (sameShape(text, other.lines.at(-1)!.text) || (block.lines.length === 1 && (nearLength(text, other.lines[0].text) || shortPhrases(text, other.lines[0].text) || (unmarked && plainLines(text, other.lines[0].text)))));
      if (stretch.some((other) => other !== block && alike(other)) || stretch.some((other) => found.has(other))) {
        for (const member of stretch) found.add(member);
      }
    }
  });
  return found;
}

/**
 * What marks the subheads of one feature as a set whatever their lengths: a phrase quoted whole,
 * with no stop inside (“卖书是个慢生意” / “留住老读者，靠的是懂书”), or a time of day set apart from
 * what happened then (9时　先看“干滩” / 11时30分　整改单当场开出). In the truths of all sets and
 * rmrb-2019, 496 quoted phrases stand as paragraphs of 288 pieces and 283 times of day as paragraphs
 * of 45; 210 headlines are quoted phrases, 2 of them after a piece holding such a paragraph, and no
 * headline opens with a time of day.
 */
/** A phrase quoted whole, a feature's subhead (“下了班，就想来学点东西”). */
const QUOTED_SUBHEAD = /^“[^“”。！？!?…]{2,16}”$/;
/** A box's name: what it profiles and 档案, 名片 or 简介 (好人档案, 村庄名片, 专家简介). */
const BOX_NAME = /^[\u4e00-\u9fff]{1,6}(?:档案|名片|简介)$/;
const SUBHEAD_MARKS: RegExp[] = [QUOTED_SUBHEAD, /^[0-9０-９]{1,2}(?:时|[:：])(?:[0-9０-９]{1,2}分?)?[ \u3000]+\S/];

/**
 * Whether the body a signed feature's title line `text` (block `index`) stands in holds a paragraph of
 * one line with the same subhead mark (SUBHEAD_MARKS): the blocks stage reads a subhead with a comma
 * or a time as a paragraph, and its sibling is then the only title of the series (sets mt, mu, mv).
 * The body runs from the byline before to the next boundary. Pure.
 */
function hasSiblingParagraph(blocks: Block[], index: number, text: string): boolean {
  const mark = SUBHEAD_MARKS.find((m) => m.test(text));
  if (!mark) return plainPhrase(text) && hasPlainSiblingBefore(blocks, index, text);
  const sibling = (block: Block) => block.type === 'paragraph' && block.text !== text && block.text.length <= LONGEST_SUBHEAD && mark.test(block.text);
  for (let j = index - 1; j >= 0 && blocks[j].type !== 'byline' && !boundary(blocks[j]); j--) if (sibling(blocks[j])) return true;
  for (let j = index + 1; j < blocks.length && !boundary(blocks[j]) && blocks[j].type !== 'title'; j++) if (sibling(blocks[j])) return true;
  return false;
}

/** A phrase of four to sixteen characters with no stop, comma, colon or bracket: how a feature's subhead reads. */
function plainPhrase(text: string): boolean {
  return text.length >= 4 && text.length <= LONGEST_SUBHEAD && !/[，,。．！？!?；;：:、…（）()《》【】]/.test(text);
}

/**
 * Whether the signed feature's body before title `index` holds a one-line paragraph that is a plain phrase
 * (plainPhrase) with a figure in it (3件送检　2件“不合格”), or a phrase quoted whole (“学历和技能，一样都不能少”): a subhead
 * the blocks stage read as a paragraph for its figures or its comma. The plain title after it (“证书”来历不明; 夜校要办到厂门口)
 * is then the series' next subhead (sets so, yw), unless it names a box (好人档案, 人物名片: in the truths 136 such
 * names head a piece and 10 are paragraphs). Pure.
 */
function hasPlainSiblingBefore(blocks: Block[], index: number, text: string): boolean {
  for (let j = index - 1; j >= 0 && blocks[j].type !== 'byline' && !boundary(blocks[j]); j--) {
    const block = blocks[j];
    if (block.type === 'paragraph' && block.text !== text && ((plainPhrase(block.text) && /[0-9０-９]/.test(block.text)) || (QUOTED_SUBHEAD.test(block.text) && !BOX_NAME.test(text)))) return true;
  }
  return false;
}

/**
 * Two one-line subheads of a signed feature a character apart in length at most, each a phrase
 * with no comma or colon (编好的“投诉话术” / 层层转手的个人信息 / 多方合力斩断链条: set aa of other
 * papers' pages). A 专版's sections are titled with a colon (古村落保护：留住乡愁记忆: set k), and
 * stay pieces of their own.
 */
function nearLength(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 1 && !/[，,：:]/.test(a + b);
}

/**
 * Two one-line subheads of a signed feature, each a short phrase of twelve characters at most with no comma, colon or
 * space (从“卖鲜叶”到“卖品牌” / 带动四村六百户: set jh), whatever their lengths.
 */
function shortPhrases(a: string, b: string): boolean {
  return [a, b].every((t) => t.length <= 12 && !/[，,：:\s\u3000]/.test(t));
}

/** Two one-line subheads with no stop, comma or colon, spaced halves or not (白天卖菜　晚上练球 / 输了也高兴). */
function plainLines(a: string, b: string): boolean {
  return [a, b].every((t) => t.length <= LONGEST_SUBHEAD && !/[，,。．！？!?；;：:、…（）()《》【】]/.test(t));
}

/** A short label in black-lenticular brackets alone on its line: 【案情】, 【专家点评】. */
const BRACKETED_LABEL = /^【[^【】]{2,8}】$/;

/** An interview's question turn: asked by the reporter or the host (记者：……, 本报记者：……, 主持人：……), or labelled 问. */
const QUESTION_OPENS = /^(?:(?:本报)?记者|主持人|[【\[]?问[】\]]?)[：:]/;

/**
 * Labels in black-lenticular brackets that head the parts of one article (【案情】 / 【处理】 /
 * 【说法】, as a 政法 page's case column prints them): two or more such one-line title blocks in
 * one stretch of an article, each over a paragraph that opens no dispatch, byline or marked brief.
 * One alone over its headline or its brief is a column's mark (`markedBanner`). The stretch runs
 * from the article's headline block, its byline included, to the next headline block, closing
 * line or dispatch. Takes the page's blocks; gives the labels' title blocks. Pure. Set o's 政法 page,
 * whose layout without marks set each label apart.
 */
export function bracketedSubheads(blocks: Block[]): Set<TitleBlock> {
  const found = new Set<TitleBlock>();
  let stretch: TitleBlock[] = [];
  const end = () => {
    if (stretch.length >= 2) for (const label of stretch) found.add(label);
    stretch = [];
  };
  blocks.forEach((block, i) => {
    if (block.type === 'title') {
      const after = blocks[i + 1];
      const label =
        block.lines.length === 1 &&
        BRACKETED_LABEL.test(block.lines[0].text) &&
        after?.type === 'paragraph' &&
        parseDateline(after.text) === null &&
        !isByline(after.text) &&
        !opensMarkedBrief(after.text) &&
        !namesItemBox(blocks, i);
      if (label) stretch.push(block);
      else end();
    } else if (block.type === 'closing' || block.type === 'note' || (block.type === 'paragraph' && parseDateline(block.text) !== null)) {
      end();
    }
  });
  end();
  return found;
}

/** A paragraph under a label that opens no piece of its own: no dispatch, byline, marked brief or brief signed in brackets. */
function opensNoPiece(text: string): boolean {
  return parseDateline(text) === null && !isByline(text) && !opensMarkedBrief(text) && !endsSignedByReporter(text) && !endsSignedBySource(text);
}

/** A box's label marked with a black square, as a story's box prints it: ■链接, ■医生提醒. Not a column's name in brackets (【新论】). */
const MARKED_LABEL = /^[■◆●▲]\s*[^\s]{2,8}$/;

/**
 * Labels of the boxes a story carries inside its body, read as its subheads: a marked label
 * (■链接, ■提醒, ■医生提醒) right after a paragraph of the story, or any short line over readers'
 * comments (网友说 / @网名：……) after its paragraph or picture; over a paragraph that opens no dispatch, byline or marked
 * brief; and longer marked lines (■数据让果子卖上好价钱), two or more in one body (set aa). A column's
 * banner stands over headlines or datelined briefs instead. Takes the page's
 * blocks; gives the labels' title blocks. Pure. Set v of other papers' pages (evening papers'
 * 链接, 提醒 and 网友说 boxes), and a reporter's note under its label (记者提醒, 记者追访: sets v and w).
 */
export function storyBoxLabels(blocks: Block[]): Set<TitleBlock> {
  const found = new Set<TitleBlock>();
  blocks.forEach((block, i) => {
    const [above, under] = [blocks[i - 1], blocks[i + 1]];
    if (block.type !== 'title' || block.lines.length !== 1 || block.lines[0].headingMarks > 0) return;
    if (under?.type !== 'paragraph' || !opensNoPiece(under.text)) return;
    const { text } = block.lines[0];
    // Comments follow the story's text or its picture; a marked box, its text.
    // Said by whom (网友说, 读者说): the story's readers; a standing column of comments (网言网语, 网友热议) is a piece of its
    // own. In the truths the 5 labels over comments inside a story are 网友说 (set v), the 17 heading comments of their own none.
    const comments = (above?.type === 'paragraph' || above?.type === 'photo') && opensComment(under.text) && text.length <= LONGEST_SUBHEAD && columnTag(text) === null && text.endsWith('说');
    // Not after a date alone (某某局 / 2015年10月30日 / ◆测量标志小知识): the date ends its notice or letter. In the truths
    // no such label follows one inside a piece, and 4 head the next piece (sets ib, ik, mp, mw).
    // Nor after a paragraph its reporter signed (……。（晚报记者　某　某）), as a 热线 piece ends: it heads the next piece
    // (sets mz, nd). The 3 such labels inside a piece in the truths (set hv's 厂区传真) are indented, subheads already.
    const signedAbove = above?.type === 'paragraph' && endsSignedByReporter(above.text);
    const marked = above?.type === 'paragraph' && !isDateLine(above.text) && !signedAbove && MARKED_LABEL.test(text) && markedBanner(text) !== null;
    // A reporter's note inside the story (记者提醒, 记者追访 after its text or picture, over more of
    // it: sets v and w); a piece's genre (记者手记, 记者调查) heads a piece of its own.
    const note = (above?.type === 'paragraph' || above?.type === 'photo') && labelAfterRole(text) && !REPORTER_LABEL.test(text);
    // A label in brackets over an interview's first question (【对话】 / 记者：……？) is that piece's part, not a column's mark
    // over the pieces after it: a column's mark stands over a headline. In the truths no label in brackets heads a piece
    // whose text opens on a question turn, and the one over such a turn inside a piece is its subhead (set vk).
    const interview = above?.type === 'paragraph' && BRACKETED_LABEL.test(text) && QUESTION_OPENS.test(under.text);
    if (comments || marked || note || interview) found.add(block);
  });
  // Longer marked lines (■数据让果子卖上好价钱) are a story's subheads when two or more stand in its
  // body, each after a paragraph, no other title between them (set aa of other papers' pages).
  let run: TitleBlock[] = [];
  const end = () => {
    if (run.length >= 2) for (const label of run) found.add(label);
    run = [];
  };
  blocks.forEach((block, i) => {
    const [above, under] = [blocks[i - 1], blocks[i + 1]];
    if (block.type !== 'title') return;
    const text = block.lines[0].text;
    // The first may stand right under the box's name (观点摘编 / ■某某观点 / …… / ■…… / ……: set fi), or under a
    // piece's whole headline block (周末好去处 / 夏夜纳凉　好玩的活动都在这儿 / ■海滨公园露天电影 / ……: set kb).
    const named = run.length === 0 && above?.type === 'title' && above.lines.every((l) => markedBanner(l.text) === null);
    // A box of excerpts closes each under its source (——摘自《某刊》……): the next marked title goes on the box (set fp).
    const afterSource = run.length > 0 && above?.type === 'closing' && isExcerptSource(above.text);
    const marked =
      block.lines.length === 1 && block.lines[0].headingMarks === 0 && (above?.type === 'paragraph' || named || afterSource) && markedBanner(text) !== null && under?.type === 'paragraph' && opensNoPiece(under.text);
    if (marked) run.push(block);
    else end();
  });
  end();
  return found;
}

/**
 * On a page that prints headline blocks tight and paragraphs apart (layout.ts), a line standing
 * alone between paragraphs is a subhead (with its own kicker line, if two stand together),
 * unless it reads as a headline: it has a column tag, or two halves set apart by a space
 * (一桌年夜饭 满满都是情), or the text under it opens with a dateline, or nothing like it stands in
 * the same stretch of body (hasCompany). A section opening with the day it reports (3月2日，…)
 * is no sign either way: reportage opens its sections so as briefs open their text.
 * Several such lines printed apart stand in a body. Takes the page's blocks and the index of a one-line title block; gives
 * whether that block and any one-line title blocks right after it stand in the body. Pure.
 */
export function standsInBody(blocks: Block[], index: number): boolean {
  // Several such lines standing apart, where a headline block prints its lines together (a
  // section's kicker over its subhead: 东 / 某某岛), are of a body already.
  let first = index;
  while (plainOneLine(blocks[first - 1])) first--;
  if (afterClosing(blocks, first) || namesItemBox(blocks, index) || headsBookNote(blocks, index) || followsProfileBox(blocks, first)) return false;
  // After a paragraph its reporters sign in brackets (……。（记者　某　某）), a brief has ended: the line heads the next (set rq).
  // In the truths of all sets and rmrb-2019, 506 pieces end so before a headed piece; 15 short lines without a stop follow
  // such a paragraph inside a piece, none a plain subhead of the kind this reads (marked rows, 【place】 labels, a box's items).
  // So after one signed in brackets by a name alone or an office (……1.2万吨。（隗　野）, ……。（市教育局职成科）: sets um, uq).
  const signed = blocks[first - 1];
  // So after a letter or a voice its reader signs after a dash (……捏一把汗。——读者　某某某: endsSignedAfterDash, set zzzzo).
  if (signed?.type === 'paragraph' && (endsSignedByReporter(signed.text) || endsSignedWithoutRole(signed.text) || endsSignedAfterDash(signed.text))) return false;
  // So has a notice or a letter dated under its issuer (……特此公告。 / 某某市热力公司 / 2013年11月11日): of the 182 dates alone
  // in the truths, 174 end their piece, and the title after such a date heads the next one (set wd: 未来三天天气).
  if (signed?.type === 'paragraph' && isDateLine(signed.text) && blocks[first - 2]?.type === 'paragraph') return false;
  // After a work's caption (国画《题》　某某), a picture of its own, a title heads the next piece (set gc).
  const above = blocks[first - 1];
  if (above?.type === 'paragraph' && isArtworkCaption(above.text)) return false;
  // A reporter's note alone after a report's last sentence, over text (…… / 记者手记 / ……), heads a piece of its own, as
  // blocks.ts reads it where a page prints its lines apart (set zzzzs: it had been read as the report's last section).
  if (first === index && above?.type === 'paragraph' && endsSentence(above.text) && isReportersNote(lineText(blocks[index])) && blocks[index + 1]?.type === 'paragraph') return false;
  // A question over a reader's question signed at its head heads the next item of a board (boardQuestion).
  if (boardQuestion(blocks, index)) return false;
  // A classified page's category between two advertisements, the one above ending on its contact (■……电话：0469-7713308 / 转让 /
  // ■……): the next category, heading its own items (set zzzzc; reflow.ts reads the same where a break joins them).
  const items = blocks[index + 1];
  if (first === index && above?.type === 'paragraph' && items?.type === 'paragraph' && MARKED_ITEM.test(above.text) && MARKED_ITEM.test(items.text) && endsOnContact(above.text)) return false;
  // A sidebar's name alone over its text (温馨提示 / 1.…… after a 线路推荐 box: set bs) heads a piece of its own.
  if (first === index && !plainOneLine(blocks[index + 1]) && SIDEBAR_NAME.test(lineText(blocks[index]))) return false;
  let i = index;
  while (blocks[i]?.type === 'title' && (blocks[i] as Extract<Block, { type: 'title' }>).lines.length === 1) {
    const { text } = (blocks[i] as Extract<Block, { type: 'title' }>).lines[0];
    // A talk's title over its speaker (某某局局长  王  平) is a section of a forum's report.
    if (isSpeakerLine(text)) return i > first;
    if (columnTag(text) !== null || spacedHalves(text) || isNoticeTitle(text) || namesProfileBox(text)) return false;
    // A box's name over its first marked item (观点摘编 / ■某某观点): the box's, no pair of lines in a body.
    if (i > index && markedBanner(text) !== null && markedBanner(lineText(blocks[index])) === null) return false;
    // A readers' box named for them (网友说, 街坊议) heads a piece of its own (set cu).
    if (READERS_BOX.test(text)) return false;
    i++;
  }
  const under = blocks[i];
  // A table's title heads its rows (tables.ts).
  if (opensTable(blocks, i)) return false;
  const several = i > first + 1;
  // A reporter's byline under the lines heads a section of the same feature (某县某村—— / 小标题 /
  // 本报记者 某某); a writer's (文／某某, □ 全国政协委员 某  某) heads a piece of its own (她观点 / 给……保障 / 文／某某).
  // Not under a dated report (本报讯（记者 某某）……): a feature's sections carry bylines, a report's body does not.
  if (under?.type === 'byline') return several && !isWriterMark(under.text) && !namesWriter(under.text) && !dispatchAbove(blocks, first);
  // Nor over a told account's credit (“在村里也能寄土特产了” / 口述：某村村民　某某某: set zzzw), which opens a piece of its own.
  if (under?.type !== 'paragraph' || parseDateline(under.text) !== null || opensRetoldReport(under.text) || opensToldAccount(under.text) || isTimelineRow(under.text)) return false;
  // Over a first numbered caption (镜头里的“新农人” / ①……), a photo group's headline: in the truths every title
  // line over a paragraph opening with ① heads its piece (11), none is a subhead (set gl).
  if (under.text.startsWith('①')) return false;
  // A speech's title over its speaker's post and name (市党代会代表、某某乡党委书记　某某某), a name list's title over
  // its order note or first row: each heads a piece of its own (sets br and cw).
  if (opensSpeechOrList(under.text)) return false;
  // A box's banner over its title (线路推荐 / 冬游某地三条线, 记者手记 / 返乡，也是出发) heads a piece of its
  // own under that column, where every line stands apart (set y of other papers' pages); not where
  // the same body holds another pair of lines of its shape whose label names no column (交流互鉴 /
  // 创新发展 合作共赢 … 平行论坛 / 智慧碰撞 思想盛宴): a series of two-line subheads, one of whose
  // labels happens to read as a column's.
  if (several && readsAsColumnName((blocks[first] as TitleBlock).lines[0].text) && !pairedInBody(blocks, first, i)) return false;
  // A paragraph signed by its reporter or its source in brackets (……。（记者 某  某）, ……。（据新华社）) is a
  // brief of its own, under a box's name and its headline (健康提醒 / 冬季进补别盲目: set t; 世界简讯: set ch).
  if (endsSignedByReporter(under.text) || endsSignedBySource(under.text)) return false;
  if (several) return true;
  // A line alone over a Q&A's first question (宪法知识小问答 / 问：……), a Q&A's title: in the truths of all sets and
  // rmrb-2019, some 36 such lines after another piece head a piece of their own, 1 or 2 are a subhead of the piece above (set mm).
  if (QUESTION_TURN.test(under.text)) return false;
  // Over a paragraph that opens as a report goes on (据了解，…, 此外，…), a line alone is the body's subhead, with no
  // other of its shape in the body (新开户数跌至低点 / 据了解，今年10月，…: set ix).
  if (GOES_ON_REPORT.test(under.text)) return true;
  return hasCompany(blocks, index, i);
}

/** The most paragraphs a profile box (人物名片 / 詹某，1963年生，……) holds in the truths of all sets and rmrb-2019. */
const PROFILE_BOX_PARAGRAPHS = 6;

/**
 * blocks[first] stands right after a profile box's text: a one-line title naming the box (人物名片, 人物档案)
 * and up to PROFILE_BOX_PARAGRAPHS paragraphs under it. The box is a piece of a few facts and no subheads; a line
 * standing alone after its text heads the next piece (人物名片 / …… / 同事眼中的他 / “……”——某某: set rc), unless it is
 * a labelled row (专家门诊：……, set cp); the box's text must have ended its sentence. Of the 48 pieces headed by a
 * profile box's name in the truths of all sets and rmrb-2019, none holds a short line without a stop after a
 * sentence: the 6 such lines inside them are rows (1951年生于某地, 锡器制作技艺……传承人, 专家门诊：……) and an editor's line.
 */
function followsProfileBox(blocks: Block[], first: number): boolean {
  // A labelled row standing alone (专家门诊：每周二、周四上午) is one of the box's facts.
  if (/[：:]/.test(lineText(blocks[first]))) return false;
  let j = first - 1;
  while (j >= 0 && blocks[j].type === 'paragraph' && first - j <= PROFILE_BOX_PARAGRAPHS) j--;
  const box = blocks[j];
  // A box of rows (人物档案 / 某某某 / 1951年生于某地 / 锡器制作技艺传承人) goes on with its rows; a box of sentences has ended.
  const last = blocks[first - 1];
  return j < first - 1 && last.type === 'paragraph' && /[。！？]$/.test(last.text) && box?.type === 'title' && box.lines.length === 1 && namesProfileBox(box.lines[0].text);
}

/**
 * How a paragraph opens that goes on with a report begun above it: 据了解，…, 据介绍，…, 此外，…. In the truths of all
 * sets and rmrb-2019, 14 short lines inside a piece stand over a paragraph opening so, and 2 pieces open with one.
 */
const GOES_ON_REPORT = /^(?:据了解|据介绍|据悉|同时|与此同时|此外|另外|其中)[，,]/;

/**
 * Another group of as many one-line title blocks as blocks[first..end) stands in the same body
 * (back and forward to a byline, dateline, closing line or headline block of several lines), each
 * line of the shape of its counterpart (`sameShape`). Takes the page's blocks and the group's bounds.
 */
function pairedInBody(blocks: Block[], first: number, end: number): boolean {
  const group = blocks.slice(first, end).map(lineText);
  const inBody = (block: Block | undefined) =>
    block !== undefined && !boundary(block) && (block.type === 'paragraph' || block.type === 'subhead' || (block.type === 'title' && block.lines.length === 1));
  // Boxes under column names (线路推荐 / 冬游某地三条线, 温馨提示 / 赏雪出行请注意) pair alike too: the other's label must name no column.
  const matches = (at: number) =>
    !readsAsColumnName(lineText(blocks[at])) && group.every((text, k) => blocks[at + k]?.type === 'title' && sameShape(text, lineText(blocks[at + k])));
  for (let j = first - 1; j >= 0 && inBody(blocks[j]); j--) if (blocks[j - 1]?.type !== 'title' && matches(j) && blocks[j + group.length]?.type !== 'title') return true;
  for (let j = end; j < blocks.length && inBody(blocks[j]); j++) if (blocks[j - 1]?.type !== 'title' && matches(j) && blocks[j + group.length]?.type !== 'title') return true;
  return false;
}

/**
 * The body the lines at `first` stand in opened with a dateline: going back over its paragraphs
 * (and subheads, photos) to the block after its headline or byline, that block opens 本报讯…, 新华社…电.
 */
function dispatchAbove(blocks: Block[], first: number): boolean {
  let i = first - 1;
  while (i > 0 && ['paragraph', 'subhead', 'photo'].includes(blocks[i - 1].type)) i--;
  const opening = blocks[i];
  return opening?.type === 'paragraph' && parseDateline(opening.text) !== null;
}

/** Layout space inside a line: space, full-width space, no-break space. */
const SPACE = /[ \u3000\u00a0]+/;

/** A one-line title block without a column tag or two spaced halves. */
function plainOneLine(block: Block | undefined): boolean {
  if (block?.type !== 'title' || block.lines.length !== 1) return false;
  const { text } = block.lines[0];
  return columnTag(text) === null && !spacedHalves(text);
}

/** A plain one-line title block (or a run of them) over text without a dateline: what standsInBody weighs. */
function loneLine(blocks: Block[], i: number): boolean {
  if (!plainOneLine(blocks[i])) return false;
  let j = i + 1;
  while (plainOneLine(blocks[j])) j++;
  const under = blocks[j];
  return under?.type === 'paragraph' && !parseDateline(under.text) && !opensTable(blocks, j);
}

/**
 * Right after an article's closing line (（作者为……）, 本版制图：……) a body has yet to start: a
 * line there heads the next piece. Not after an editor's signature, which closes a note at the
 * head of a body. Takes the index of the first of a run of one-line title blocks.
 */
function afterClosing(blocks: Block[], first: number): boolean {
  const above = blocks[first - 1];
  return above?.type === 'closing' && !isEditorSignature(above.text);
}

/** Where a stretch of one article's body surely ends: a headline block, a byline, a closing line, a dateline. */
function stretchEnds(blocks: Block[], i: number): boolean {
  const block = blocks[i];
  if (block.type === 'title') return !loneLine(blocks, i) || afterClosing(blocks, i);
  return boundary(block);
}

/**
 * A subhead seldom stands alone: the stretch of body it stands in (from the last headline
 * block, byline, dateline or closing line before it to the next) holds another line like it
 * (`akin`: a box's name far shorter further on, 外卖小哥借来灭火器扑灭电动车起火 … 热线速递, is no
 * company: set aj).
 * A line with none is the headline of an article that opens like any paragraph
 * (某某会见某国总理 … / 在全社会弘扬某种精神 / 家是最小国……). After a dispatch (an article
 * opened by its dateline) that has had no subhead, the line must have a twin of its shape
 * further on (第一章 总则 / 第二章 职责; “……” / “……”): on the rmrb-2019 pages 25 one-line
 * headlines followed such a dispatch, and 5 dispatches had a first subhead.
 */
function hasCompany(blocks: Block[], first: number, under: number): boolean {
  const like = (j: number) => loneLine(blocks, j) || blocks[j].type === 'subhead';
  const text = (blocks[first] as TitleBlock).lines[0].text;
  let afterDispatch = false;
  const above: string[] = [];
  let labelAbove = false;
  for (let j = first - 1; j >= 0; j--) {
    // A sidebar's name above heads a piece of its own (standsInBody): this line is in that piece, not in the body above it.
    if (blocks[j].type === 'title' && SIDEBAR_NAME.test(lineText(blocks[j]))) break;
    if (stretchEnds(blocks, j)) {
      const opening = blocks[j];
      afterDispatch = opening.type === 'paragraph' && parseDateline(opening.text) !== null;
      break;
    }
    if (blocks[j].type === 'subhead') labelAbove = true;
    else if (loneLine(blocks, j)) above.unshift(lineText(blocks[j]));
    else if (commaSubhead(blocks[j])) above.unshift((blocks[j] as Extract<Block, { type: 'paragraph' }>).text);
  }
  // A label or figure (核心阅读, 260家) counts as it stands; a subhead line only if it is akin, and
  // not when the lines above are a series of one shape that this one does not share (outsideSeries).
  if (labelAbove || (!outsideSeries(above, text) && above.some((other) => akin(text, other)))) return true;
  // An adviser's label (专家提醒, 医生建议, 律师提示) standing alone in a body gives the feature's advice: it heads
  // no piece of its own, whatever stands beside it.
  if (ADVICE_LABEL.test(text)) return true;
  for (let j = under; j < blocks.length && !stretchEnds(blocks, j); j++) {
    if (!like(j)) continue;
    const other = lineText(blocks[j]);
    if ((!afterDispatch && akin(text, other)) || sameShape(text, other) || (quoted(text) && quoted(other))) return true;
  }
  return false;
}

/**
 * An adviser's label: who advises (专家, 医生, 律师, 法官, 民警, 记者) and 提醒, 提示, 建议 or 支招. In the truths of
 * the other papers' sets and rmrb-2019, 9 such lines are paragraphs of a feature's body (sets ap, ce, cr, v, dl;
 * rmrb-2019 专家建议) and 5 are kickers over their headline (sets au, ax, cl, cr); no headline or column reads so.
 */
const ADVICE_LABEL = /^(?:专家|医生|律师|法官|民警|记者)(?:提醒|提示|建议|支招)$/;

/**
 * A subhead with a comma, which the blocks stage reads as a short paragraph (一次旅行，一个决定 / 创业不易，有人帮忙):
 * two phrases, no stop at its end, at most 12 characters. Company for a subhead line below it in the same body (set hc).
 */
function commaSubhead(block: Block): boolean {
  return block.type === 'paragraph' && block.text.length <= 12 && /^[^，。！？；：]{2,}，[^，。！？；：]{2,}$/.test(block.text) && !/[”’」』）)]$/.test(block.text);
}

/** The text of a one-line title block or a subhead block ('' for any other block). */
function lineText(block: Block): string {
  return block.type === 'title' ? block.lines[0].text : block.type === 'subhead' ? block.text : '';
}

/**
 * A subhead printed earlier in the same body that this line could stand beside in its series:
 * of the same shape, both quoted, or of a length near its own (within 3 characters, or 40 % of
 * the longer). A line far longer or shorter than every subhead above it (收获喜悦 after
 * 金融带动一方致富 / 教育扶贫浇灌“希望之花”) is the headline of the next piece.
 */
function akin(text: string, other: string): boolean {
  const a = text.replace(/[ \u3000\u00a0]+/g, '').length;
  const b = other.replace(/[ \u3000\u00a0]+/g, '').length;
  return sameShape(text, other) || (quoted(text) && quoted(other)) || Math.abs(a - b) <= Math.max(3, Math.floor(0.4 * Math.max(a, b)));
}

/** A line wholly in quotation marks (“……”), as a series of quoted subheads prints them. */
function quoted(text: string): boolean {
  return /^“[^“”]+”$/.test(text);
}

/**
 * Stage 5 of the ingest: blocks → items (articles and photo news), in print order.
 *
 * This is where a page is read as an editor reads it: which headline block heads which
 * body, whether a short line between paragraphs is a subhead or the next article's
 * headline, whether a caption belongs to the article around it or stands alone as photo
 * news, where a headline printed after its own body belongs, and which paragraphs repeat.
 * Where the text alone cannot tell, the shared vocabulary of headline and body decides
 * (see similarity.ts).
 */
import { settleColumnOrKicker, settleNoticeBanner } from './column-or-kicker.ts';
import type { Block, ParagraphBlock } from './blocks.ts';
import type { PageLayout } from './layout.ts';
import { parseCredits } from './names.ts';
import {
  creditNames,
  columnTag,
  isMakerCredit,
  isPictureMaker,
  isWorkTitle,
  isWorkLabel,
  isExtentLabel,
  isNoticeTitle,
  isSidebarTitle,
  isTimelineRow,
  namesProfileBox,
  findContinuation,
  isArtworkCaption,
  isFigureRow,
  isBodyOpener,
  opensBiography,
  saysWhereToSend,
  isEditorSignature,
  opensMarkedBrief,
  opensRetoldReport,
  isExcerptSource,
  opensWithDate,
  parseDateline,
  endsSentence,
} from './patterns.ts';
import { newItem, leadOnly, subheadsOf, titleText, type Item, type ItemBlock } from './item.ts';
import { gatherCollections, gatherIntroduced } from './collections.ts';
import { gatherSidebars } from './sidebars.ts';
import { foldRepeats } from './repeats.ts';
import { OPENING, RELATED, sharedBigrams } from './similarity.ts';
import { aboutEarlierPiece, afterBox, afterCommentary, afterRows, afterEndedPiece, afterInterview, afterQuestionsAnswered, afterSignedOff, belongsTo, continuesNumberedCaptions, newsAfterBrief, newsPhotoAfter, newsWithCreditRunIn, pagePicturesAtEnd } from './photo-news.ts';
import { bracketedSubheads, numberedSubheads, outsideSeries, seriesSubheads, signedFeatureSubheads, standsInBody, storyBoxLabels } from './subheads.ts';
import { opensTable } from './tables.ts';
import { bannerOverBriefs, extendBoxes, headsBox, namesBoxOfBriefs, namesItemBox } from './boxes.ts';
import { namesBriefsBox, readsAsColumnName, readTitleRun, splitTaggedTitles, type TitleReading } from './title-run.ts';
import { gatherNotedSections } from './noted-sections.ts';
import { endedByNote, markLastParagraphContinued, settle, signedBlock, verseBlocks } from './settle.ts';
import { takeProfileName } from './profile-box.ts';
import { isName, isNameShaped, takeWriterFromHeadline } from './writer-line.ts';

export type { Fold, Item, ItemBlock, ItemPhoto } from './item.ts';


export interface ReadItemsOptions {
  /** Names seen elsewhere, to split names printed without spaces. */
  knownNames?: ReadonlySet<string>;
  /**
   * The page's layout habits (layout.ts). Where indents or `#` marks tell headline lines from
   * body lines, every title line heads an article and body text never starts one by itself.
   */
  layout?: PageLayout;
  /** The page printed a header (masthead, date, 版 line): text extracted from a whole printed page. */
  pageHeader?: boolean;
}

/**
 * A label that can stand as a piece's whole title, alone on its line with no headline above it:
 * 开栏的话, 编者的话 (set al: a new column's opening note under no other headline), 编者按 under a
 * column's banner alone (【某副刊·某某征文】 / 编者按 / …… / ——编  者: set ao). A note that runs on
 * after the label (编者按：……) stays the first paragraph of a piece without a headline (sets w and ad).
 */
/**
 * A day wholly in brackets, perhaps with the hour it runs from or where the prices were taken: （9月24日）,
 * （1月13日24时起执行） (set bd), （4月7日　某市价格监测中心） (set cy). In the truths the 25 such lines with at most
 * 16 characters after the day are all a box's first line or a subheadline, never a headline; the 5 with 11–16
 * (a market or office after the day) are all a price box's first line, while every subheadline with more after its
 * day (（2023年1月17日某市人民代表大会……通过）, 12 of them) has 19 or more.
 */
const BRACKETED_DAY = /^[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日[^（()）]{0,16}[）)]$/;

/** A short line wholly in brackets: （截至5月31日）, （2009年10月，共采集水样30份）. */
const BRACKETED_SHORT = /^[（(][^（()）]{2,30}[）)]$/;

/**
 * A line standing apart under a title that is the box's first line, never a headline of its own: a day in
 * brackets (BRACKETED_DAY), or any short bracketed line over a table's rows (（2009年10月，共采集水样30份） /
 * 检测项目　超标样品数　超标率 / ……: set wl). In the truths of all sets and rmrb-2019, of the 259 bracketed lines
 * right under a title and over a row of three fields or more, 208 are the table's first line and 51 its subheadline; none
 * heads a piece.
 */
function firstLineOfBox(blocks: Block[], i: number): boolean {
  return isLoneTitle(blocks[i], BRACKETED_DAY) || (isLoneTitle(blocks[i], BRACKETED_SHORT) && opensTable(blocks, i + 1));
}


/** A day alone, perhaps with its weekday or weather: 12月4日, 9月2日　晴, 3月5日 星期二 (sets au and bd). Over a headline or a table's title it is its kicker (9月19日 / 市场数据: set am). */
const DAY_LABEL = /^\d{1,2}月\d{1,2}日(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?(?:[ \u3000]+[\u4e00-\u9fff]{1,4})?$/;

/**
 * The longest line read as a subhead for the words it shares with its piece's title: a longer one
 * is a headline of its own (a report's full official title, 某某委员会关于……的报告, after a list whose
 * title shares its words: set bq). The limit changes no reading of rmrb-2019 or of the other sets.
 */
const LONGEST_RELATED_SUBHEAD = 30;

/**
 * A feature's lead alone: an article under a dashed subheadline (——记……, ——“云庙会”、年货大集……成消费热点) and its byline or
 * dateline, one paragraph of text so far. A short line right under it over more text is the feature's first subhead (sets xk,
 * wu: read as a headline, it cut the feature in two); over every set and rmrb-2019 the rule reads 4 more articles whole and
 * 6 fewer extra entries, and moves no headline block.
 */
function leadUnderFeatureTitle(item: Item): boolean {
  return item.subheadline !== null && item.subheadline.startsWith('——') && (item.byline !== null || item.dateline !== null) && item.blocks.length === 1 && item.blocks[0].type === 'paragraph';
}

/**
 * A title line `headline` (block `index`) that heads a piece of its own wherever it stands, whatever words it shares with the
 * piece above: one with a column tag; a notice's title (公告 / 注销公告); a box's labelled title (链接：热带气旋如何命名: set ka),
 * a profile box's name, a box of briefs' name (国际简讯: set ah); a table's title over its rows; an item box's name.
 */
function headsPieceOfItsOwn(headline: string, blocks: Block[], index: number): boolean {
  return columnTag(headline) !== null || isNoticeTitle(headline) || isSidebarTitle(headline) || namesProfileBox(headline) || namesBriefsBox(headline) || opensTable(blocks, index + 1) || namesItemBox(blocks, index);
}

/** A title block of one line that `pattern` matches whole: a day alone (DAY_LABEL) or in brackets (BRACKETED_DAY). */
function isLoneTitle(block: Block, pattern: RegExp): boolean {
  return block.type === 'title' && block.lines.length === 1 && pattern.test(block.lines[0].text);
}

/** A headed group of works' captions: right under its headline, its 编者按, or another caption of it. */
function inWorksGroup(item: Item): boolean {
  const last = item.blocks.at(-1);
  if (item.headline === null) return false;
  return last === undefined || (last.type === 'paragraph' && (isArtworkCaption(last.text) || isBodyOpener(last.text)));
}

/** A caption numbered as one of a story's pictures: 图②：……, 图2：……, 下图：…… (set at). */
const NUMBERED_PICTURE = /^(?:图[②-⑳2-9]|[上下左右中]图)[：:]/;
const PIECE_LABEL = /^(?:开栏的话|编者的话|编者按)$/;

/** The circled numbers of a picture story's captions, in turn: ①……, ②……, ③…… */
const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * A picture story's captions printed in turn over one credit (①…… / ②…… / ③…… / 某某　摄): the credit closes the
 * last caption only, so the captions over it were read as the item's paragraphs. When `caption`, the picture the
 * item takes now, opens with a circled number past ①, and the item's last paragraphs are the captions numbered
 * before it (① up to the one before), each is taken out of the body into a picture of the item with no credit of its
 * own, in print order. In the pages of all sets and rmrb-2019, 79 runs of two or more numbered lines stand right over
 * a credit line (15 drawn at random: each a picture story's captions); the captions of 128 runs, the credit on its own
 * line or after the last caption, are pictures now. A run that is the item's whole body (a picture story under its
 * headline, 26 runs: the item would keep no text), or a paragraph that carries a continuation note, a verse or a
 * signature, is left as it is. Mutates item.
 */
function takeNumberedCaptions(item: Item, caption: string): void {
  const number = CIRCLED_NUMBERS.indexOf(caption.charAt(0));
  if (number < 1 || item.blocks.length <= number) return;
  const run = item.blocks.slice(-number);
  const captions = run.every(
    (b, k) => b.type === 'paragraph' && b.text.startsWith(CIRCLED_NUMBERS[k]) && !endedByNote.has(b) && !verseBlocks.has(b) && signedBlock.get(item) !== b,
  );
  if (!captions) return;
  item.blocks.splice(-number);
  for (const b of run) item.photos.push({ caption: b.text, credit: null, photographers: [], lines: b.lines, afterBlock: item.blocks.length });
}

/** Heading marks alone on their line, no words after them (lines.ts keeps them as the line's text). */
const EMPTY_HEADING = /^#{1,6}$/;

/**
 * Reads a page's blocks (blocks.ts, in print order) into its items: articles and photo news with
 * their headline blocks, bodies, photos, credits and notes. Never throws.
 */
export function toItems(printed: Block[], options: ReadItemsOptions = {}): Item[] {
  const split = printed.flatMap((b): Block[] => {
    const runs = b.type === 'title' ? splitTaggedTitles(b.lines) : [];
    return runs.length > 1 ? runs.map((lines) => ({ type: 'title', lines })) : [b];
  });
  const marked = options.layout?.marks ? joinLinesToMarkedHeadline(split) : split;
  const blocks = options.layout?.tightTitles ? writerNamesApart(marked) : marked;
  const known = options.knownNames ?? new Set<string>();
  const titlesMarked = options.layout !== undefined && (options.layout.indents || options.layout.marks);
  const linesTogether = options.layout?.indents === true || options.layout?.tightTitles === true;
  // A page with no header whose layout prints each headline block together is an e-paper's list of
  // articles, as the rmrb-2019 corpus and sets ad–ag give them: a headline block there holds its
  // 引题, 主题 and 副题 only, so a label over a headline is its kicker, never a banner (title-run.ts).
  const labelsAreKickers = linesTogether && options.pageHeader === false;
  const series: Set<Block> = !titlesMarked ? new Set([...seriesSubheads(blocks), ...signedFeatureSubheads(blocks, true)]) : options.layout?.marks ? numberedSubheads(blocks) : new Set([...numberedSubheads(blocks), ...signedFeatureSubheads(blocks)]);
  const tight = options.layout?.tightTitles === true && !titlesMarked;
  const labels: Set<Block> = new Set([...bracketedSubheads(blocks), ...storyBoxLabels(blocks), ...(tight ? labelsUnderHeadline(blocks) : [])]);
  const items: Item[] = [];
  let current: Item | null = null;
  /** The current article has ended (a 下转 note or a signature): more text starts another. */
  let closed = false;
  let pending: TitleReading | null = null;
  let groupColumn: string | null = null;
  let nextColumn: string | null = null;
  /** A banner that no article has taken yet; kept as an orphan if none does. */
  let unusedBanner: TitleReading | null = null;
  /** The first title line of each brief read as the next of a box's briefs (nextBriefOfBox). */
  const boxBriefLines = new Set<number>();
  /** A marked banner stands over briefs each marked as an item (■县域简讯 / ▲……): each is a piece. */
  let briefsUnderBanner = false;

  const finish = () => {
    current = null;
    closed = false;
  };

  const start = (kind: Item['kind'], title: TitleReading | null): Item => {
    finish();
    const item = newItem(kind);
    if (title) {
      // A heading mark with nothing after it (`# ` alone: a markdown page's piece printed without a headline,
      // a picture's caption under it; set fj) opens the piece and titles nothing; a line read as its kicker is
      // then the headline (an entry without a headline keeps no kicker, and its words would be lost).
      // So is a line read as its subheadline where no kicker stands over the mark (`# #` / 某某: a fuzzed page).
      const emptyHeading = title.headline !== null && EMPTY_HEADING.test(title.headline);
      item.kicker = emptyHeading ? null : title.kicker;
      item.headline = emptyHeading ? (title.kicker ?? title.subheadline) : title.headline;
      item.subheadline = emptyHeading && title.kicker === null ? null : title.subheadline;
      item.lines.push(...title.lines);
      const columns = [...title.columns];
      const tag = title.headline === null ? null : columnTag(title.headline);
      if (tag !== null && !isWorkLabel(tag) && !isExtentLabel(tag) && !columns.includes(tag)) columns.push(tag);
      if (columns.length) item.column = columns.join(' ');
    }
    const banner = nextColumn ?? groupColumn;
    if (banner !== null && item.column !== banner) {
      item.column = item.column === null ? banner : `${banner} ${item.column}`;
    }
    if (banner !== null) unusedBanner = null;
    nextColumn = null;
    items.push(item);
    current = item;
    return item;
  };

  const fromPending = (kind: Item['kind'] = 'article'): Item => {
    const item = start(kind, pending);
    pending = null;
    return item;
  };

  /** Text after a signature shows it was not one: the name goes back to the end of its paragraph. */
  const unsign = (item: Item) => {
    const signed = signedBlock.get(item);
    if (item.signature === null || !signed) return;
    signed.text += item.signature;
    item.signature = null;
    signedBlock.delete(item);
  };

  const addParagraph = (item: Item, p: ParagraphBlock) => {
    unsign(item);
    let text = p.text;
    if (item.blocks.length === 0 && item.dateline === null) {
      const dateline = parseDateline(text);
      if (dateline) {
        item.dateline = dateline.text;
        item.authors.push(...(dateline.credits ? parseCredits(dateline.credits, known) : []));
        text = text.slice(dateline.text.length).replace(/^[\s\u3000]+/, '');
      }
    }
    // A middle half carries both notes: （上接第一版）……（下转第五版）.
    let endsOn = false;
    for (let note = findContinuation(text); note; note = findContinuation(text)) {
      item.continuationNotes.push(note.note);
      if (note.kind === 'on') {
        item.continuedOn = note.page;
        endsOn = true;
        closed = true;
      } else item.continuedFrom = note.page;
      text = (text.slice(0, note.index) + text.slice(note.index + note.note.length)).trim();
    }
    if (p.signature) {
      item.signature = p.signature;
      closed = true;
    }
    if (text !== '') {
      const paragraph: ItemBlock = { type: 'paragraph', text, lines: p.lines };
      item.blocks.push(paragraph);
      if (endsOn) endedByNote.add(paragraph);
      if (p.verse) verseBlocks.add(paragraph);
      if (p.signature) signedBlock.set(item, paragraph);
    } else if (endsOn) markLastParagraphContinued(item);
    item.lines.push(...p.lines);
  };

  const addPhoto = (item: Item, photo: Extract<Block, { type: 'photo' }>) => {
    takeNumberedCaptions(item, photo.caption);
    item.photos.push({
      caption: photo.caption,
      credit: photo.credit,
      photographers: photo.credit ? creditNames(photo.credit) : [],
      lines: photo.lines,
      afterBlock: item.blocks.length,
    });
    item.lines.push(...photo.lines);
  };

  /** A banner that headed nothing (the page ends, or another banner follows): kept as an orphan. */
  const keepUnusedBanner = () => {
    if (!unusedBanner) return;
    const banner = unusedBanner;
    unusedBanner = null;
    nextColumn = null;
    const orphan = start('article', banner);
    orphan.flags.push('orphan-headline');
    finish();
  };

  /** A headline block with no body of its own after it: it heads the untitled article before it. */
  const attachOrphan = (title: TitleReading) => {
    const previous = [...items].reverse().find((it) => it.kind === 'article');
    if (previous && previous.headline === null && previous.blocks.length > 0) {
      previous.kicker = title.kicker;
      previous.headline = title.headline;
      previous.subheadline = title.subheadline;
      if (title.columns.length) previous.column = [previous.column, ...title.columns].filter(Boolean).join(' ');
      previous.lines.push(...title.lines);
      previous.flags.push('headline-after-body');
      return;
    }
    const orphan = start('article', title);
    orphan.flags.push('orphan-headline');
    finish();
  };

  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    switch (block.type) {
      case 'title': {
        if (labels.has(block) && (pending !== null || (current !== null && (!closed || endsOnExcerptSource(current))))) {
          // One of an article's bracketed part labels (【案情】 / 【处理】 / 【说法】), under its byline too,
          // or the label of a box in its body (■链接, 网友说).
          const body = pending !== null ? fromPending() : current!;
          body.blocks.push({ type: 'subhead', text: block.lines[0].text, lines: block.lines[0].lines });
          body.lines.push(...block.lines[0].lines);
          closed = false;
          return;
        }
        if ((pending !== null || (current !== null && !closed)) && isLoneTitle(block, DAY_LABEL) && next?.type === 'paragraph' && !opensTable(blocks, index + 1)) {
          // A day alone heading a part of a box or a diary (计划停电信息 / 12月4日 / …… / 12月5日; 9月2日　晴): a subhead.
          const body = pending !== null ? fromPending() : current!;
          body.blocks.push({ type: 'subhead', text: block.lines[0].text, lines: block.lines[0].lines });
          body.lines.push(...block.lines[0].lines);
          return;
        }
        if (pending !== null && pending.subheadline === null && firstLineOfBox(blocks, index)) {
          // A box's day in brackets standing apart under its title (本市金价 / （9月24日） / 足金饰品 229元/克): its first line.
          addParagraph(fromPending(), { type: 'paragraph', text: block.lines[0].text, lines: block.lines[0].lines, signature: null });
          return;
        }
        if (pending === null && current !== null && !closed && isLoneTitle(block, CHAPTER_LINE) && next?.type !== 'title' && (current.blocks.length > 0 || current.byline !== null)) {
          // A chapter's number and title (第十一章　渡口) in an open body: a serial's or a regulation's chapter.
          current.blocks.push({ type: 'subhead', text: block.lines[0].text, lines: block.lines[0].lines });
          current.lines.push(...block.lines[0].lines);
          return;
        }
        if (pending === null && current !== null && !closed && firstLineUnderWriter(current, blocks, index)) {
          // Under a headline and its writer's line, before any text: the body's first line (a serial's
          // chapter, 第四章　山顶上的小屋; an interview's first question), never a headline of its own.
          current.blocks.push({ type: 'subhead', text: block.lines[0].text, lines: block.lines[0].lines });
          current.lines.push(...block.lines[0].lines);
          return;
        }
        const title = readTitleRun(block.lines, { bodyFollows: next !== undefined && next.type !== 'title', linesTogether, labelsAreKickers });
        briefsUnderBanner = false;
        if (title.headline === null && headsBoxUnderMarkedName(block, title, next)) {
          // A marked name alone over plain text (■汛期地质灾害避险提示 / 1．…… / 2．……): the box's headline.
          keepUnusedBanner();
          start('article', { ...title, columns: [], markedColumn: false, headline: block.lines[0].text.trim() });
          return;
        }
        if (title.headline === null) {
          // A banner on its own: it heads what follows.
          keepUnusedBanner();
          briefsUnderBanner = title.markedColumn && next?.type === 'paragraph' && opensMarkedBrief(next.text);
          if (title.markedColumn) groupColumn = title.columns.join(' ');
          else nextColumn = title.columns.join(' ');
          unusedBanner = title;
          return;
        }
        if (title.markedColumn) {
          // A headline under a banner of its own: a banner standing before it that no piece took is kept,
          // not replaced unseen (■某某 / text / □某某 over its headline lost the first banner's text), though it
          // bears the same name (■ 政务动态 / text / ■ 政务动态 over its headline: a fuzzed page).
          if (unusedBanner !== null) keepUnusedBanner();
          groupColumn = title.columns.join(' ');
        } else if (title.columns.length) groupColumn = null;

        const single = block.lines.length === 1 && title.columns.length === 0 && title.kicker === null && title.subheadline === null;
        const item: Item | null = current;
        const nextBrief = nextBriefOfBox(item, blocks, index, boxBriefLines);
        // The brief after it is the box's too, though the page gives it no column or kicker of its own.
        if (nextBrief) boxBriefLines.add(title.lines[0]);
        if (tight && block.lines.length === 1 && title.columns.length === 0 && !nextBrief && standsInBody(blocks, index)) {
          // Right under a headline block, the line opens its body (1180家 over its figure's paragraph).
          const body = pending !== null ? fromPending() : item !== null && !closed && item.blocks.length > 0 ? item : null;
          if (body !== null) {
            body.blocks.push({ type: 'subhead', text: block.lines[0].text, lines: block.lines[0].lines });
            body.lines.push(...title.lines);
            return;
          }
        }
        if (series.has(block) && pending === null && current !== null && !closed && (current.blocks.length > 0 || current.byline !== null)) {
          // One of a series of subheads (a subhead's own kicker line included); the first may stand right under the byline.
          for (const line of block.lines) current.blocks.push({ type: 'subhead', text: line.text, lines: line.lines });
          current.lines.push(...title.lines);
          return;
        }
        if (
          !titlesMarked &&
          !tight &&
          single &&
          pending === null &&
          item !== null &&
          !closed &&
          item.blocks.length > 0 &&
          next?.type === 'paragraph' &&
          !parseDateline(next.text) &&
          !opensRetoldReport(next.text) &&
          !isTimelineRow(next.text) &&
          (!opensWithDate(next.text) || series.has(block)) &&
          !headsPieceOfItsOwn(title.headline, blocks, index) &&
          !closedByAnotherAgency(blocks, index, item) &&
          !nextBrief &&
          (series.has(block) || (title.headline.length <= LONGEST_RELATED_SUBHEAD && !outsideSeries(subheadsOf(item), title.headline) && sharedBigrams(title.headline + next.text.slice(0, OPENING), titleText(item)) >= RELATED))
        ) {
          item.blocks.push({ type: 'subhead', text: title.headline, lines: title.lines });
          item.lines.push(...title.lines);
          return;
        }
        if (
          !titlesMarked &&
          single &&
          pending === null &&
          item !== null &&
          !closed &&
          leadUnderFeatureTitle(item) &&
          next?.type === 'paragraph' &&
          !parseDateline(next.text) &&
          !headsPieceOfItsOwn(title.headline, blocks, index) &&
          !nextBrief
        ) {
          // Right under a feature's lead (a headline block with its dashed subheadline, a byline, one paragraph),
          // a short line over more text is the feature's first subhead: no feature ends on its lead.
          item.blocks.push({ type: 'subhead', text: title.headline, lines: title.lines });
          item.lines.push(...title.lines);
          return;
        }
        if (pending) attachOrphan(pending);
        if (next === undefined || (next.type === 'title' && !labels.has(next) && !firstLineOfBox(blocks, index + 1) && !isLoneTitle(next, DAY_LABEL) && !(tight && next.lines.length === 1 && standsInBody(blocks, index + 1)))) {
          if (headsBox(title, blocks, index, items)) {
            // A box's banner over its items' headlines (城事速览 / 地铁3号线周末延长运营 / 本报讯…).
            // It is the next banner: a marked banner's reach ends here.
            keepUnusedBanner();
            groupColumn = null;
            nextColumn = title.headline;
            unusedBanner = title;
            return;
          }
          attachOrphan(title);
          return;
        }
        finish();
        pending = title;
        return;
      }

      case 'byline': {
        const item: Item = pending ? fromPending() : current && !closed ? current : start('article', null);
        // A second byline line (rare) is kept with the first, one per line.
        item.byline = item.byline === null ? block.text : `${item.byline}\n${block.text}`;
        const credits = parseCredits(block.text, known);
        // A writer's name alone (writerNamesApart) names the writer, whatever its surname: the line is a byline already.
        if (credits.length === 0 && isNameShaped(block.text.trim())) credits.push({ name: block.text.replace(/[ \u3000]+/g, ''), role: '作者' });
        item.authors.push(...credits);
        item.lines.push(block.n);
        return;
      }

      case 'photo': {
        if (pending) {
          const after = blocks.slice(index + 1).find((b) => b.type !== 'photo');
          const heading = titleText({ column: null, ...pending });
          const aboutBody = after?.type === 'paragraph' ? sharedBigrams(heading, after.text.slice(0, OPENING)) : 0;
          const aboutPhoto = sharedBigrams(heading, block.caption);
          if (after?.type === 'byline' || (after?.type === 'paragraph' && (aboutBody >= RELATED || aboutPhoto <= aboutBody))) {
            addPhoto(fromPending(), block);
          } else {
            const news = fromPending('photo');
            addPhoto(news, block);
            finish();
          }
          return;
        }
        const item: Item | null = current;
        // Where the layout marks every headline, a photo printed inside an article is that article's
        // unless it is dated news of its own (newsPhotoAfter, asked in every layout);
        // after a piece its signature or provider's note has closed ((某局提供)), it is a picture of its own (set bz).
        if (item !== null && !afterEndedPiece(blocks, index, item) && !afterBox(blocks, index, item) && !afterRows(blocks, index, item) && !newsAfterBrief(blocks, index, item) && !newsWithCreditRunIn(blocks, index, item) && !pagePicturesAtEnd(blocks, index, item) && !aboutEarlierPiece(blocks, index, item) && !afterSignedOff(item) && !afterCommentary(item) && !afterQuestionsAnswered(item) && !afterInterview(blocks, index, item) && !block.apart && !closed && !newsPhotoAfter(blocks, index, item) && (titlesMarked || belongsTo(block, item))) {
          addPhoto(item, block);
          return;
        }
        const last = items.at(-1);
        if (last?.kind === 'photo' && blocks[index - 1]?.type === 'photo' && (NUMBERED_PICTURE.test(block.caption) || continuesNumberedCaptions(block, last))) {
          // 图② under 图① of one picture story, ② under ①: the story's next picture.
          addPhoto(last, block);
          return;
        }
        const news = start('photo', null);
        addPhoto(news, block);
        finish();
        return;
      }

      case 'paragraph': {
        const item: Item | null = current;
        if (pending) addParagraph(fromPending(), block);
        else if (opensContinuedHalf(block.text) && item !== null && item.blocks.length > 0) {
          // （上接第一版）opens the second half of another article: its headline is on that page.
          addParagraph(start('article', null), block);
        } else if (item !== null && isArtworkCaption(block.text) && !inWorksGroup(item)) {
          // A work's caption after a piece's text (书法　某某（八十五岁） under a poem or an exhibition's report)
          // is a picture of its own with no headline: in the truths of all sets the 10 such captions after
          // another piece are each a piece of their own; the 12 under a headline (书画园地 / 《题》　国画　某某 / …)
          // are that group's, after its headline, an 编者按 or another caption.
          addParagraph(start('article', null), block);
        } else if (briefsUnderBanner && opensMarkedBrief(block.text)) {
          // Under a marked banner, each brief marked as an item (■县域简讯 / ▲…… / ▲……) is a piece of its own.
          addParagraph(start('article', null), block);
        }
        else if (titlesMarked && item !== null && nextBrief(item, block.text)) addParagraph(start('article', null), block);
        else if (titlesMarked && item !== null) {
          // Only a title line starts an article here: a dateline or a closed article does not.
          closed = false;
          addParagraph(item, block);
        } else if (item !== null && leadOnly(item) && item.dateline === null && !closed) addParagraph(item, block);
        else if (item !== null && !closed && secondDispatch(item, block.text)) addParagraph(item, block);
        else if (item !== null && !closed && item.blocks.length > 0 && item.headline !== null && namesBriefsBox(item.headline)) {
          // A box of briefs under its name (校园短讯 / 本报讯…… / 本报讯……): each headless brief opens with its
          // dateline and is the box's, as the truths of rmrb-2019 and sets ag, be, bf and bj read all 9 such boxes.
          addParagraph(item, block);
        } else if (item !== null && closed && nextExcerpt(item, block.text)) {
          // A roundup of excerpts (观点摘编 / 【某观点】…… / ——摘自《某报》 / 【另一观点】……): each source closes
          // its excerpt, not the roundup (set bl).
          closed = false;
          addParagraph(item, block);
        } else if (parseDateline(block.text) || item === null) addParagraph(start('article', null), block);
        else if (!closed) addParagraph(item, block);
        // The biography of the writer or the person interviewed, after the article's closing note.
        else if (opensBiography(block.text)) addParagraph(item, block);
        // Its picture's maker (某　某　绘), after its closing note (（文中人物均为化名）).
        else if (isPictureMaker(block.text)) addParagraph(item, block);
        // Where to send letters to its column (来信请寄：……), after an answer's closing name (（某某　律师）).
        else if (saysWhereToSend(block.text)) addParagraph(item, block);
        // The editor's afterword run in (编后：……) after a letter and its signature line (某地居民　某某).
        else if (opensAfterword(block.text)) addParagraph(item, block);
        // The reporter's follow-up (记者从某局了解到……) after a letter's signature line (某镇　某某).
        else if (opensReporterFollowUp(block.text)) addParagraph(item, block);
        // The reply to a letter, addressed to the reader who signed it (读者　某先生 / 某先生：): the same piece.
        else if (addressesSigner(item, block.text)) {
          closed = false;
          addParagraph(item, block);
        }
        else if (sharedBigrams(block.text.slice(0, OPENING), titleText(item)) >= RELATED) {
          // A paragraph printed out of order, after the article's 下转 note.
          closed = false;
          addParagraph(item, block);
        } else addParagraph(start('article', null), block);
        return;
      }

      case 'subhead': {
        const item: Item | null = current;
        if (pending && next?.type === 'paragraph' && !isBodyOpener(block.text)) {
          // A short line opening the body right under its headline block: a figure (260家) or a first subhead.
          const opened = fromPending();
          opened.blocks.push({ type: 'subhead', text: block.text, lines: block.lines });
          opened.lines.push(...block.lines);
        } else if (pending) addParagraph(fromPending(), { type: 'paragraph', text: block.text, lines: block.lines, signature: null });
        else if (
          item !== null &&
          (!closed || titlesMarked) &&
          next !== undefined &&
          next.type !== 'title' &&
          // Under the byline, before any paragraph: the body's first subhead (【案情】 over the case).
          (item.blocks.length > 0 || (item.byline !== null && next.type === 'paragraph' && !isBodyOpener(block.text)))
        ) {
          closed = false;
          unsign(item);
          item.blocks.push({ type: 'subhead', text: block.text, lines: block.lines });
          item.lines.push(...block.lines);
        } else if (item !== null && !closed) addParagraph(item, { type: 'paragraph', text: block.text, lines: block.lines, signature: null });
        else if (PIECE_LABEL.test(block.text.trim()) && next?.type === 'paragraph') {
          // A label alone opening a piece no headline heads (开栏的话 at the top of a new column's first page): its title.
          start('article', { columns: [], markedColumn: false, kicker: null, headline: block.text.trim(), subheadline: null, lines: block.lines });
        } else addParagraph(start('article', null), { type: 'paragraph', text: block.text, lines: block.lines, signature: null });
        return;
      }

      case 'closing': {
        const item = pending ? fromPending() : current ?? items[items.length - 1] ?? start('article', null);
        item.blocks.push({ type: 'paragraph', text: block.text, lines: block.lines });
        item.lines.push(...block.lines);
        endedByNote.add(item.blocks[item.blocks.length - 1]);
        current = item;
        // The editor's note signed so heads the article: its body follows (an afterword, 编后, closes it).
        closed = !isEditorSignature(block.text) || AFTERWORD.test(item.blocks.at(-2)?.text ?? '');
        return;
      }

      case 'note': {
        const note = findContinuation(block.text)!;
        const opensHalf = note.kind === 'from' && next !== undefined && next.type !== 'title' && (current?.blocks.length ?? 0) > 0;
        const heading = opensHalf && !pending && current !== null ? takeHeadingOverNote(current, blocks[index - 1]) : null;
        const item = pending ? fromPending() : opensHalf ? start('article', heading) : current ?? items[items.length - 1] ?? start('article', null);
        item.continuationNotes.push(note.note);
        if (note.kind === 'on') {
          item.continuedOn = note.page;
          markLastParagraphContinued(item);
        } else item.continuedFrom = note.page;
        item.lines.push(block.n);
        closed = note.kind === 'on';
        return;
      }
    }
  });
  if (pending) attachOrphan(pending);
  keepUnusedBanner();
  bannerOverBriefs(items, { labelsAreKickers });
  extendBoxes(items);

  gatherCollections(items);
  gatherIntroduced(items);
  gatherSidebars(items);
  gatherNotedSections(items);
  foldRepeats(items);
  for (const item of items) takeWriterFromHeadline(item);
  if (!labelsAreKickers) for (const item of items) settleColumnOrKicker(item);
  // After it: a profile box's label is its kicker, whatever words it shares.
  for (const item of items) takeProfileName(item);
  for (const item of items) settleNoticeBanner(item);
  for (const item of items) settle(item);
  return items;
}

/** A price list's row, what and then its price set apart (日托服务（含午餐）　每月300元, 午餐（单次）　每份5元): a box's row. */
const PRICE_ROW = /^[^\s。，；！？]{2,16}[ \u3000]+[^\s。；！？]{0,6}[0-9０-９]+(?:\.[0-9]+)?元[^\s。；！？]{0,4}$/;

/**
 * A marked name read as a banner (■汛期地质灾害避险提示, ◆测量标志小知识, ●居家预防小贴士) alone over text
 * with no dateline: the headline of a box of its own, never a banner over the next headline with its text left
 * to the piece above (set mw: 3 such boxes after a signed reply, a notice and a feature), nor a banner over
 * briefs when its items are marked (●勤洗手，…… / ●少去人群密集的公共场所，……: sets my, nb, nd, ne). In the
 * truths every marked banner over headless briefs names a briefs box (简讯: namesBriefsBox), and the 366 items
 * opening with a mark and a short label (●保留好证据。……, ◆提醒一：……) stand inside 136 pieces, none a piece of
 * its own. A briefs box's name (■县域简讯) keeps its reading; a short label after a paragraph (■链接,
 * ■医生提醒) is the story's own (storyBoxLabels) and never comes here; a label in 【】 is the piece's. Over
 * all sets it read 8 headline blocks more exact and 8 articles fewer glued, and one marked subhead of a
 * report (■輪候家團約二千六百戶, set lc) as a box of its own. Pure.
 */
function headsBoxUnderMarkedName(block: Extract<Block, { type: 'title' }>, title: TitleReading, next: Block | undefined): boolean {
  // A 数说 box's figure rows may be short lines indented as paragraphs are, read as subheads (■12栋　保留的老工业建筑: set nj).
  const rowsUnder = next?.type === 'paragraph' || (next?.type === 'subhead' && (isFigureRow(next.text) || PRICE_ROW.test(next.text)));
  if (!title.markedColumn || block.lines.length !== 1 || !rowsUnder) return false;
  // A label in black-lenticular brackets (【小贴士】, 【律师说法】) is a part of the piece above.
  const marked = /^[■□◆◇●○▲△★☆▼▽◎]\s*/.exec(block.lines[0].text);
  if (!marked) return false;
  const name = block.lines[0].text.slice(marked[0].length);
  return !namesBriefsBox(name) && parseDateline(next.text) === null;
}


/** The item's last paragraph is an excerpt's source line (——摘自《……》): a box of excerpts may go on after it. */
function endsOnExcerptSource(item: Item): boolean {
  const last = item.blocks.at(-1);
  return last?.type === 'paragraph' && isExcerptSource(last.text);
}

/** An excerpt's opening label: 【诚信是最好的“招牌”】…… */
const EXCERPT_LABEL = /^【[^】]{2,30}】/;

/** An excerpt's opening mark: ●……, ■…… */
const EXCERPT_MARK = /^[●■◆▲]/;

/**
 * The paragraph goes on a roundup of excerpts: the item ends on an excerpt's source line
 * (——摘自《……》) under a paragraph opening with a label in 【】, and this paragraph opens
 * with such a label too; or the paragraph over the source line and this one open with the same mark
 * (●…… / ——摘自《……》…… / ●……: set zzx's 观点摘编).
 */
function nextExcerpt(item: Item, text: string): boolean {
  const [above, last] = item.blocks.slice(-2);
  if (last?.type !== 'paragraph' || !isExcerptSource(last.text) || above?.type !== 'paragraph') return false;
  return (EXCERPT_LABEL.test(above.text) && EXCERPT_LABEL.test(text)) || (EXCERPT_MARK.test(text) && above.text.charAt(0) === text.charAt(0));
}

/**
 * The continued half's headline, printed right over its 上接 note and read as the last paragraph
 * of the piece above (沽源：“一村一品”鼓起农民钱袋子 / （上接第一版） / ……, set bb): a line of up to
 * 30 characters with no stop, comma or semicolon. Takes that piece and the block over the note;
 * removes the line from the piece and gives it as a headline, or null.
 */
function takeHeadingOverNote(item: Item, above: Block | undefined): TitleReading | null {
  const last = item.blocks.at(-1);
  if (above?.type !== 'paragraph' || last?.type !== 'paragraph' || last.text !== above.text || item.blocks.length < 2) return null;
  const text = above.text.trim();
  if (text.length > 30 || endsSentence(text) || /[，,；;]/.test(text)) return null;
  item.blocks.pop();
  item.lines = item.lines.filter((n) => !last.lines.includes(n));
  return { columns: [], markedColumn: false, kicker: null, headline: text, subheadline: null, lines: last.lines };
}

/** An agency's dispatch credited in brackets at its end: （新华社北京3月5日电）, （中新社电）. */
const AGENCY_DISPATCH = /^[（(]据?(新华社|中新社)[^（()）]*电[）)]$/;

/**
 * The text under the title at `index`, down to the next title, closes with another agency's
 * dispatch credit than the dateline of the article above (本报北京3月5日电 … / 某某讨论某某 / ……
 * （新华社北京3月5日电）): a report of its own, whatever words its title shares with that article's
 * (set as of other papers' pages).
 */
function closedByAnotherAgency(blocks: Block[], index: number, item: Item): boolean {
  const own = item.dateline === null ? null : parseDateline(item.dateline)?.agency;
  if (!own) return false;
  for (let j = index + 1; j < blocks.length && blocks[j].type !== 'title'; j++) {
    const block = blocks[j];
    const agency = block.type === 'closing' ? AGENCY_DISPATCH.exec(block.text)?.[1] : undefined;
    if (agency !== undefined && agency !== own) return true;
  }
  return false;
}

/**
 * Where headline blocks print tight, a box's label standing apart right under a one-line headline
 * and over text (秋燥来袭 饮食有讲究 / 小贴士 / 秋季气候干燥，……) opens that piece's body: a label over a
 * headline would print with it (set av). Takes the page's blocks; gives the labels' blocks.
 */
function labelsUnderHeadline(blocks: Block[]): Block[] {
  return blocks.filter((block, i) => {
    const above = blocks[i - 1];
    return (
      block.type === 'title' &&
      block.lines.length === 1 &&
      above?.type === 'title' &&
      above.lines.length === 1 &&
      blocks[i + 1]?.type === 'paragraph' &&
      readsAsColumnName(block.lines[0].text) &&
      !readsAsColumnName(above.lines[0].text)
    );
  });
}

/** An editor's afterword: 编后：……, 编后语, 编后记. */
const AFTERWORD = /^[【\[]?编后(?:语|记)?[】\]]?[:：\s]/;

/**
 * A second dispatch that reports what the subheadline names, under a one-paragraph first one
 * (某某将赴某国访问 / 外交部举行吹风会介绍有关情况: the announcement, then 本报北京…电 外交部举行吹风会…):
 * both are the article's.
 */
function secondDispatch(item: Item, text: string): boolean {
  const dateline = parseDateline(text);
  if (!dateline || item.subheadline === null || item.dateline === null || item.blocks.length !== 1) return false;
  return sharedBigrams(item.subheadline, text.slice(dateline.text.length, dateline.text.length + 40)) >= 4;
}

/**
 * A headless brief after a headed one (某某完成扩容 / 本报讯……。 / 本报讯……。（记者 某某）): where the layout
 * marks headlines, a paragraph opening with its own dateline after an article opened by one opens a
 * piece of its own — unless the headline names a box of briefs (校园短讯, 基层传真 / 本报讯…… / 本报讯……) or the
 * second dispatch reports what the subheadline names (secondDispatch). In the truths of all sets and
 * rmrb-2019, of the 24 dated paragraphs after a dated article's first, 23 stand under a box's name
 * and 1 is such a second dispatch; the 2 dated briefs that follow a headed dated brief are headless
 * pieces of their own (set dq).
 */
function nextBrief(item: Item, text: string): boolean {
  if (item.dateline === null || item.headline === null || namesBriefsBox(item.headline) || readsAsColumnName(item.headline) || !parseDateline(text)) return false;
  return item.blocks.length > 0 && item.blocks.every((b) => b.type === 'paragraph') && !secondDispatch(item, text);
}

/** A line naming a day (2026年1月8日, 某市气象台2月13日16时发布): the date of the piece above, never a column or kicker. */
const DATED_LINE = /[0-9０-９〇零一二三四五六七八九十]{1,4}年[0-9０-９一二三四五六七八九十]{1,2}月|[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日/;

/**
 * A chapter's number, alone or before its title (第十一章　渡口, 第五十六回　雨夜闯关, 第二章　规划与建设).
 * In the truths of all sets and rmrb-2019 the 13 such lines are all of a piece's body or its
 * headline block (11 paragraphs, 2 subheadlines), never a headline of their own.
 */
const CHAPTER_LINE = /^第[一二三四五六七八九十百零〇0-9０-９]+[章回节](?:[ \u3000]+\S.{0,15})?$/;

/**
 * A paragraph opening with what the reporter found out or asked (记者从某局了解到……, 记者就此联系了……): a
 * follow-up to the piece above, after its closing line too (a reader's letter's signature line, 某镇　某某),
 * never a piece of its own. In the truths of all sets and rmrb-2019, 113 paragraphs open so: 106 inside an
 * article (1 after a letter's signature line, set dp), 7 first under a headline of their own (记者追踪, 编辑回复);
 * none of the 385 pieces without a headline opens so.
 */
const REPORTER_FOLLOW_UP = /^(?:本报)?记者(?:从|就此|随后|了解|采访|调查|核实|联系|致电|走访)/;
function opensReporterFollowUp(text: string): boolean {
  return REPORTER_FOLLOW_UP.test(text);
}

/**
 * A salutation on a line of its own naming the one who signed the piece's last paragraph (读者　某先生 /
 * 某先生：, 某镇渔民　某某某 / 某某某同志：): the reply to a letter answers it in the same piece. In the
 * truths of all sets, the 5 such salutations right after a signature (sets il, kk, kt) are each
 * inside the letter's piece; a reply under a headline of its own is read from its headline.
 */
const ADDRESSED = /^([\u4e00-\u9fff]{1,6}?)(?:同志|先生|女士|同学|老师|师傅|阿姨|大姐|大爷)?[：:]$/;
function addressesSigner(item: Item, text: string): boolean {
  const name = ADDRESSED.exec(text.trim())?.[1];
  const signature = item.blocks.at(-1)?.text.replace(/[ \u3000]+/g, '') ?? '';
  if (!name || signature.length > 24) return false;
  const honorific = text.trim().slice(name.length, -1);
  return signature.endsWith(name + honorific) || signature.endsWith(name);
}

/**
 * A paragraph opening with the editor's afterword or reply run in (编后：……, 编者：……, 编辑：感谢某某老师的来信……): the closing
 * word on the piece above, after its closing line too (a reader's signature, 城西老街居民　某某), never a piece of its
 * own. In the truths of all sets and rmrb-2019, all 4 编后 paragraphs are the piece above's last (2
 * after a letter's signature line), all 9 编者 paragraphs follow the letter's signature in its piece (set zzzi), and so do
 * the 3 replies opening 编辑： (sets zzzzh, zzzzq) and the 10 opening 编辑回复： or 编辑答复： (none a piece's first paragraph;
 * set zzzzs: a reply after the letter's signature line had been read as a piece of its own); 编后 standing alone as a headline
 * (7 times) heads a piece of its own.
 * A reply's 编辑： runs on into a sentence; the page's editors' line (编辑：某　某　美编：……) does not.
 */
const AFTERWORD_RUN_IN = /^编(?:后|者)[：:]|^编辑[：:][^：:]*[，。！？]|^(?:编辑|编者|记者)(?:回复|答复)[：:]/;
function opensAfterword(text: string): boolean {
  return AFTERWORD_RUN_IN.test(text);
}

/**
 * A one-line title block right under an item's byline, the item headed and with no text yet, over
 * a paragraph: the body's first line (□ 某某 / 第四章　山顶上的小屋 / ……), as a serial's chapter or a
 * section's title. In the truths of all sets and rmrb-2019, a short unpunctuated line right after an
 * article's byline over its text is of that article 28 times (核心阅读, 【案情】, 第七章 风起, 1, 凌晨
 * 四点的码头, 一变：……), and no article is left with only a byline before one headed by a single line;
 * 10 pictures are (a title and its maker's credit, 某某 作, then the next piece's headline).
 * Not a line with a column tag (the next piece's headline), nor under a work's title or its maker's
 * credit (某某 作), which is a picture's entry with no text.
 */
function firstLineUnderWriter(item: Item, blocks: Block[], index: number): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  return (
    block.type === 'title' &&
    block.lines.length === 1 &&
    blocks[index - 1]?.type === 'byline' &&
    next?.type === 'paragraph' &&
    item.kind === 'article' &&
    item.headline !== null &&
    item.byline !== null &&
    item.blocks.length === 0 &&
    item.photos.length === 0 &&
    // A work's title and its maker (高温“烤”验 / 某  某 作; 山居（中国画）) stand alone: the next line heads another piece.
    !isMakerCredit(item.byline.trim()) &&
    !isWorkTitle(item.headline) &&
    columnTag(block.lines[0].text) === null
  );
}

/**
 * Where `#` marks headlines, unmarked title lines standing apart right over a marked headline are
 * its column or kicker (体坛快评 / # 青训的账要算长远): one headline block with it. A line naming a
 * day closes the piece above instead. A title-like line printed on the very next line under a
 * marked headline, with no blank line between, is its subheadline (# 北环线试车进入最后阶段 /
 * 料第三季通车 沿线设五个车站, as 港澳 papers print one without a dash). Takes the page's blocks;
 * gives them with each such pair joined into one title block.
 */
/**
 * Where a page prints headline blocks tight and paragraphs apart (layout.ts), a name standing apart
 * right under a headline block, over the text, is the piece's byline (以某某推动某某 / 柏某某 / ……: a
 * comment or an essay signed under its headline, set ad of other papers' pages): a kicker or headline
 * would stand tight with the headline. A name opens with a common surname; a headline block over it
 * has a line of six characters or more. Takes the page's blocks; gives them with such names as bylines.
 */
function writerNamesApart(blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const above = blocks[i - 1];
    const under = blocks[i + 1];
    if (block.type !== 'title' || block.lines.length !== 1 || above?.type !== 'title' || under?.type !== 'paragraph') return block;
    const [line] = block.lines;
    const name = line.text.trim();
    if (line.headingMarks > 0 || !isName(name) || parseDateline(under.text) !== null) return block;
    if (!above.lines.some((l) => l.text.length >= 6)) return block;
    return { type: 'byline', n: line.n, text: line.text };
  });
}

function joinLinesToMarkedHeadline(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const above = out[out.length - 1];
    if (
      block.type === 'title' &&
      block.lines[0].headingMarks > 0 &&
      above?.type === 'title' &&
      above.lines.every((l) => l.headingMarks === 0 && !DATED_LINE.test(l.text))
    ) {
      out[out.length - 1] = { type: 'title', lines: [...above.lines, ...block.lines] };
    } else if (block.type === 'subhead' && above?.type === 'title' && printedRightUnderMarked(above, block.lines[0])) {
      const n = block.lines[0];
      out[out.length - 1] = { type: 'title', lines: [...above.lines, { n, text: block.text, headingMarks: 0, lines: block.lines }] };
    } else out.push(block);
  }
  return out;
}

/** The title block ends in a marked headline printed on the source line just above `line`. */
function printedRightUnderMarked(title: Extract<Block, { type: 'title' }>, line: number): boolean {
  const last = title.lines[title.lines.length - 1];
  return last.headingMarks > 0 && Math.max(...last.lines) === line - 1;
}

/** The text opens with a 上接 note: （上接第一版）…… */
function opensContinuedHalf(text: string): boolean {
  const note = findContinuation(text);
  return note !== null && note.kind === 'from' && note.index === 0;
}

/**
 * Under a box's banner, a brief of one paragraph and then a one-line headline over one paragraph
 * (便民信息 / 医保服务大厅调整冬季办公时间 / …… / 城区三处便民菜市场延长营业时间 / ……): the box's next
 * brief, not a subhead of the first, whatever words the two share (set z: 便民 of the banner, 时间).
 * So under a box of briefs' name read as the first brief's kicker (公告速递 / 某公司拟定增募资… / ……, where a page's
 * labels are kickers), and after a brief read so, the box's third and later briefs. In the truths of all sets and
 * rmrb-2019, 520 pieces of one paragraph with no kicker follow such a one-paragraph brief under a box of briefs' name
 * (namesBoxOfBriefs, as kicker or column) in a run, and no piece under such a name reads one paragraph, a subhead,
 * one paragraph (the 2 lone lines so placed are source notes, ——摘自…); set dr's 公告速递 had run its second and third
 * announcements into the first as subheads.
 * Takes the piece open above, the page's blocks, the title's index and the first lines of the briefs read so already. Pure.
 */
function nextBriefOfBox(item: Item | null, blocks: Block[], index: number, briefs: ReadonlySet<number> = new Set()): boolean {
  if (item === null || item.byline !== null || item.blocks.length !== 1) return false;
  if (item.column === null && !(item.kicker !== null && namesBoxOfBriefs(item.kicker)) && !briefs.has(item.lines[0])) return false;
  const [under, after] = [blocks[index + 1], blocks[index + 2]];
  return under?.type === 'paragraph' && (after === undefined || after.type === 'title' || after.type === 'closing');
}

/**
 * Stage 4 of the ingest: lines (as reflowed) → blocks.
 *
 * A block is one printed element: a run of title lines (banner, kicker, headline,
 * subheadline together), a byline, a photo (caption + credit), a paragraph, or a
 * stand-alone continuation note. Paragraphs broken by the layout — a line that ends
 * mid-sentence and goes on in the next text line, possibly after a photo caption — are
 * joined here. What each block belongs to is decided later, in the items stage.
 */
import { captionParts, isBareCaption } from './captions.ts';
import { readLayout, type PageLayout } from './layout.ts';
import { settleSignatures } from './signatures.ts';
import { isCommonSurname } from './surnames.ts';
import { settleWriterCredits } from './writer-credits.ts';
import { markSongs, markVerses } from './verses.ts';
import { endsSignedInBrackets } from './ends.ts';
import { markDecimalRows, markListingItems, markListingVenues, markScheduleRows, markTables } from './tables.ts';
import { namesBriefsBox, readsAsColumnName } from './title-run.ts';
import { markRoundups } from './roundups.ts';
import { markBoxItems, markPersonRows, markRouteRows, markBracketedRowsAfterLead, markListGroups, markLists, markNamedPostRows, markNameListEnds, markNumberedRows } from './lists.ts';
import { markFigureItems, markPlaceBriefs } from './boxes.ts';
import { sharedBigrams } from './similarity.ts';
import { outsideSeries } from './subheads.ts';
import type { Line } from './lines.ts';
import {
  ANNOUNCES_LIST,
  chineseNumber,
  columnTag,
  continuesSentence,
  endsSentence,
  findContinuation,
  isArtistCredit,
  isAttendanceLine,
  isAuthorNote,
  isBodyOpener,
  isTaggedNote,
  isByline,
  isMarkedUnspacedName,
  isOfficeSignature,
  isClosingLine,
  isCommaTitle,
  holdsNumberedItems,
  isTranscription,
  isPageFootCredits,
  opensToldAccount,
  opensSignedQuestion,
  isSalutation,
  isSpeakerLine,
  isLeaderByline,
  isCreditNote,
  isEditorSignature,
  isLabelledNumber,
  isDelegateLine,
  isListOrderNote,
  isNameRow,
  isStudentWriter,
  isTeacherCredit,
  opensLikeReport,
  opensWithDatedClause,
  isCreditLine,
  isDashSubheadline,
  isTitleLike,
  isUnitNote,
  isHeaderRow,
  isWeatherRow,
  isBookListing,
  isNoticeField,
  isWorkTitle,
  isTimelineRow,
  isFigureRow,
  isDayRow,
  endsOnPagePointer,
  isArtworkCaption,
  isPictureMaker,
  isReportersNote,
  isBracketedArtworkCaption,
  isDateLine,
  isNoticeTitle,
  markedBanner,
  opensComment,
  opensMarkedBrief,
  opensBodyText,
  parseDateline,
  splitCredit,
  endsRunInSignature,
  asks,
  endsSignedByReporter,
  endsSignedWithoutRole,
  isBookParticulars,
  isBookTitleAlone,
} from './patterns.ts';

export interface TitleLine {
  n: number;
  text: string;
  headingMarks: number;
  /** Source line numbers of the pieces the line was read from (the reflow stage may have joined a wrapped title). */
  lines: number[];
}

export type Block =
  | { type: 'title'; lines: TitleLine[] }
  | { type: 'byline'; n: number; text: string }
  /**
   * creditApart: the credit stood on a line of its own, not at the end of the caption's. apart: on a page
   * where blank lines are rare, a blank line stands right before the caption (layout.ts `blankLinesRare`).
   */
  | { type: 'photo'; caption: string; credit: string | null; creditApart: boolean; lines: number[]; apart?: true }
  | {
      type: 'paragraph';
      text: string;
      /** Source line numbers of the pieces this paragraph was joined from. */
      lines: number[];
      /** A name after the final stop of the paragraph: ……贡献力量。曹飞 */
      signature: string | null;
      /** A line of a poem (verses.ts), which may end without a stop. */
      verse?: true;
    }
  | { type: 'note'; n: number; text: string }
  /** A short line the page's layout puts in the body: a subhead (小标题), or a label such as 核心阅读. */
  | { type: 'subhead'; text: string; lines: number[] }
  /** A line that closes the article above it: （作者为……）, ——编  者, 本版制图：…… */
  | { type: 'closing'; text: string; lines: number[] };

export type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
/**
 * `verse`: a line of a poem, a paragraph of its own that is never joined to the next.
 * `signing`: a notice's or letter's issuer or date line under its body (signatures.ts), likewise a
 * paragraph of its own.
 */
export type LineKind = 'credit' | 'captioned' | 'byline' | 'note' | 'closing' | 'title' | 'subhead' | 'text' | 'verse' | 'signing';

/** An unindented line this long is a paragraph that lost its indent, not a headline-block line. */
const LONGEST_TITLE_LINE = 150;
/** The longest letter's headline read over its salutation (the truths' longest such is 19 characters). */
const LETTER_HEADLINE_LENGTH = 40;

/** A sentence signed after its stop in brackets (……恢复照明。（本报记者 某  某）): a paragraph's end, no kicker (set u of other papers' pages). */
const SIGNED_AFTER_STOP = /[。！？!?][”’」』]?[（(][^（()）。]{2,30}[）)]$/;
/** A kicker without —— or ： is a line of at most this many characters (a longer one is a paragraph cut off). */
const KICKER_LENGTH = 60;

/**
 * Who answers whose questions, under the questions' headline: 市征兵办答学生问, 某某局负责人答记者问. In the other papers'
 * truths every such line under a headline is its subheadline (12 undashed, 15 dashed; rmrb-2019's 3 dashed), never a headline
 * under a kicker; over a headline it is a kicker (答读者问 / 关于……的几个问题), and a longer one naming the topic is a
 * headline of its own (某某负责人就……答记者问).
 */
const ANSWERS_QUESTIONS = /^[\u4e00-\u9fff、]{2,20}答(?!好)[\u4e00-\u9fff]{1,3}(?<!之)问$/;

/** A subheadline by its own shape: ——……, 某某主持并讲话, （2021年3月8日）, 某某答读者问. */
export function isSubheadlineLine(text: string): boolean {
  return isDashSubheadline(text) || isAttendanceLine(text) || /^[（(][^（()）]*[）)]$/.test(text) || isDocumentNumber(text) || (ANSWERS_QUESTIONS.test(text) && !text.includes('就'));
}

/**
 * A court's case number under its notice's title: （2026）某0105民初5318号. The notice's first paragraph, printed
 * apart: so the truths of all sets read all 10 (sets z, ac, bq, cg).
 */
const CASE_NUMBER = /^[（(][0-9０-９]{4}[）)][\u4e00-\u9fff0-9０-９]{1,16}号$/;

/**
 * A document's number (文号) under a notice's or document's title: 某自然资告字〔2026〕12号, 某政发〔2026〕3号, and
 * a 公告's number alone, 第十二号. The title's subheadline: so the truths of 9 sets read 15 文号 and all 4 numbers
 * alone (al, an, ap, ge, ib, jb, jd, u; bq, ge, jd), those of 5 sets 11 文号 as the first paragraph (ac, bq, cw,
 * dq, hv). Never the headline, with the title over it as a kicker, as it was read when printed tight under it.
 */
export function isDocumentNumber(text: string): boolean {
  return /^(?:[\u4e00-\u9fff]{1,16}[〔［\[][0-9０-９]{4}[〕］\]]第?[0-9０-９]{1,5}号|第[0-9０-９一二三四五六七八九十百]{1,5}号)$/.test(text);
}

/** The line opens an article's body (a dateline, a byline, 核心阅读): what stands before it is the headline block. */
function opensBody(line: Line | undefined): boolean {
  return line !== undefined && opensBodyText(line.text);
}

/** A guest's post and name, set apart by a space: 某某大学民俗文化研究中心主任　某某某. */
const POST_AND_NAME = /^[^，。；：\s]{4,30}[ \u3000]+(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff])$/;

/** The cast of a talk printed over it: 主持人：本报记者 某某, 嘉宾：某某, 对话嘉宾：某某. */
const TALK_CAST = /^(?:主持人|(?:对话|访谈|特邀|本期)?嘉宾)[：:]/;

/** A chart's title as central and trade papers print it: 图表：近五年某某投入强度. */
const CHART_TITLE = /^图表[：:][^。！？]{2,40}$/;
/** A credit for a report told in pictures and words: 记者　某某　摄影报道, 本报记者 某  某 摄影报道. */
const PHOTO_REPORT = /摄影[ \u3000]*报道$/;

/** Sentence punctuation inside a line: an editor's note in full has it, a label (编者按) has none. */
const SENTENCE_PUNCT_INSIDE = /[，。；！？]/;

/** A section's number standing alone: 1 to 99, 一 to 九十九, half- or full-width. */
const BARE_SECTION_NUMBER = /^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})$/;

/** A title naming its subject before a colon: 中关村：科技创新能力不断增强, 湖南：紧贴实际情况. */
const SUBJECT_COLON = /^[^，,：:、\s]{2,8}[：:][^：:]{4,}$/;
/** What a picture's headline says after its subject's colon: words, no stop or comma (高桥镇：“夏日课堂”开课啦), not a number (热线：12345). */
const PICTURE_SUBJECT = /^[^：:]+[：:](?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[^。！？；，,]+$/;
/** A turn of a Q&A, labelled 问 or 答: 问：我家孩子今年上小学……？ */
const QA_TURN = /^[【\[]?[问答][】\]]?[:：]/;

/** A list row's number before its point: 9．, 10., ９． (one level of numbering; 一、 and （一） head sections). */
const LIST_ROW_NUMBER = /^([0-9０-９]{1,2})[．.]/;

/** A box's row marked and led by a year: ■1966年，…… */
const MARKED_YEAR_ROW = /^■[0-9０-９]{4}年/;

/** A row led by a short label and its colon, with no stop or dash (男子跳高：某某（某大学）2米12, 作者：某某). */
const LABELLED_ROW = /^[^：:。，！？；\s—]{2,12}[：:][^。！？]{2,40}$/;

/** The mark a box prints before each of its rows (■, ●, ◆ …). */
const ROW_MARK = /^[■□◆◇●○▲△★☆▶◎]/;

/** What a line is by itself: its words, and the page's layout (see layout.ts). */
function kindOf(line: Line, layout: PageLayout): LineKind {
  const { text } = line;
  if (isCreditLine(text)) return 'credit';
  if (splitCredit(text)) return 'captioned';
  if (isByline(text)) return 'byline';
  // A young writer's school, class and name (某市实验小学四（3）班　某某) signs an essay as a byline does.
  if (isStudentWriter(text) && line.headingMarks === 0) return 'byline';
  if (isTeacherCredit(text) && line.headingMarks === 0) return 'signing';
  const note = findContinuation(text);
  if (note && note.note === text) return 'note';
  // A chart's title (图表：某某情况) heads a piece of its own over its source and credit lines (set x).
  if (CHART_TITLE.test(text)) return 'title';
  // Who hosts a talk and who is on it (主持人：本报记者 某某, 嘉宾：某某店主 某某) opens its text (set cp).
  if (TALK_CAST.test(text)) return 'text';
  // So does who told an account and who wrote it down (口述：某某　整理：本报记者 某某, 口述/某某　整理/本报记者　某　某: set zzzzh).
  if (opensToldAccount(text) && line.headingMarks === 0) return 'text';
  // A dateline printed alone on its line (本报讯（记者 某  某）) opens the body: its text follows (set x).
  if (parseDateline(text)?.text === text && line.headingMarks === 0) return 'text';
  // A name list's note on its order or count, apart from its title, is the list's text (no closing line, no subheadline).
  if (isListOrderNote(text) && line.afterBlank && line.headingMarks === 0) return 'text';
  // The unit of a chart's figures ((单位：万人次)) is its box's first line, never a closing line or a subheadline;
  // a table's header row (序号　姓名　……) is its first row, never a headline.
  if ((isUnitNote(text) || isHeaderRow(text)) && line.headingMarks === 0) return 'text';
  if (isClosingLine(text)) return 'closing';
  if (line.headingMarks > 0) return 'title';
  // A book's listing (《某某》　某某　著　某某出版社) is a 书架 box's or a review's text, however short.
  if (isBookListing(text)) return 'text';
  // A deputy's post and name under a speech's title is the speech's first paragraph, never joined to the next.
  if (isDelegateLine(text)) return 'signing';
  // A row of a name list is text, however short (set cw's 主席团名单 on a page of paragraphs apart).
  if (isNameRow(text)) return 'text';
  // A letter's salutation (编辑同志：) and an editor's note in full (编者按：……。) are the piece's
  // first paragraph, printed flush where the paragraphs under them are indented (kinds.test.ts).
  if (isSalutation(text)) return 'signing';
  if (isBodyOpener(text) && endsSentence(text) && SENTENCE_PUNCT_INSIDE.test(text)) return 'text';
  // A question or an answer of a Q&A (问：……, 答：……) is text, however short.
  if (QA_TURN.test(text)) return 'text';
  // So is a reader's comment under a story (@网名：……), printed flush or indented.
  if (opensComment(text)) return 'text';
  // A label that opens a body (编者按, 核心阅读) is the body's, printed flush or indented.
  if (isBodyOpener(text)) return 'subhead';
  if (CASE_NUMBER.test(text) || isDocumentNumber(text)) return 'text';
  // A section's bare number on its own line (1, 2, 3 in an essay; 一, 二 in a 连载's scenes) is the
  // body's, never a headline-block line (set aa: under an essay's byline it was read as a subheadline).
  if (BARE_SECTION_NUMBER.test(text) && line.headingMarks === 0) return 'subhead';
  // A line holding items numbered in turn (上期谜底：1．朋　2．旭　3．昌) is text, however short (holdsNumberedItems); so is a
  // calligraphy work's transcription under its caption (书法　某某 / 释文：三阳开泰千家乐　五谷丰登万户春): the truths' 2 are paragraphs.
  if (isTranscription(text) && line.headingMarks === 0) return 'text';
  if (holdsNumberedItems(text) && line.headingMarks === 0) return 'text';
  if (layout.indents) {
    // A weather box's row printed flush (5日（周六） 晴 2℃～12℃) is data, as it is on any page (isTitleLike),
    // and a flush line ending in its stop (■任何……都是骗子。, a list's point) is text: no headline line ends
    // in 。 (set z of other papers' pages; on rmrb-2019 one article more read whole, one extra entry fewer).
    if (!line.indented) return text.length <= LONGEST_TITLE_LINE && !isWeatherRow(text) && !/。$/.test(text) ? 'title' : 'text';
    return isTitleLike(text) ? 'subhead' : 'text';
  }
  if (isTitleLike(text) && !isNoticeField(text) && !MARKED_ITEM.test(text)) return 'title';
  return 'text';
}

/**
 * A box's item marked and led by its label and a colon, with the item after it: ■ 见义勇为：某某　某单位职工,
 * ●供应：……. Never a title line: in the truths of rmrb-2019 and the other papers' sets 79 paragraphs
 * open so and no kicker, headline, subheadline or column (the 29 marked title lines are column
 * names, ■县域简讯, with no colon). Over the next headline it is the box's last item, not its kicker.
 */
const MARKED_ITEM = /^[■□●◆▲▶][ \u3000]*[^ \u3000：:]{2,8}[：:]\S/;

/** What a box's row counts and then its figure, set apart by space: 受益牧户　4.3万户, 草原植被综合盖度　由38.6%提高到51.2%. */
const LABEL_THEN_FIGURE = /^[\u4e00-\u9fff（）()]{2,16}[ \u3000]+[^ \u3000。，；！？]{0,4}[0-9０-９][^ \u3000。，；！？]{0,20}$/;

/** A row of what was chosen and its share, set apart by space: 1万元以下　18.6%, 支持　62%. */
const SHARE_ROW = /^[^\s，。；！？]{1,14}[ \u3000]+[0-9０-９][0-9０-９.．]*\s*[%％]$/;

/** The longest cartoon's title read over its artist's credit. */
const ARTWORK_TITLE_LENGTH = 16;

/** A line wholly in brackets, one pair: （1.2米以下儿童免票，1.2米至1.5米儿童半价）. */
const BRACKETED_NOTE = /^[（(][^（）()]{2,60}[）)]$/;

/** The fewest fields of a row that takes the row above it for its shape. */
const FEWEST_SHAPED_FIELDS = 3;

/** Two lines of the same number of fields (three or more, set apart by spaces), neither with a sentence's stop or comma, the second not a label ending in ：. */
function sameRowShape(above: string, line: string): boolean {
  const count = (text: string) => text.split(/[ \u3000\u00a0]+/).filter((f) => f !== '').length;
  const n = count(line);
  return n >= FEWEST_SHAPED_FIELDS && n === count(above) && !/[。，；！？,;!?]/.test(above + line) && !/[：:]$/.test(line);
}

/**
 * Kinds that depend on the neighbours. A closing line right under a headline line is its
 * subheadline (（2019年1月3日）). On a page that marks headlines with `#`, an unmarked short
 * line stands in a headline block only beside a marked line or over a photo; elsewhere it
 * is a subhead. A short line whose next line continues its sentence is text
 * (市住房公积金管理中心相关负责人 / 表示，该中心……).
 */
function settleKinds(lines: Line[], kinds: LineKind[], layout: PageLayout): void {
  // Unmarked, flush and alone over text, after a report's last sentence, its signature or its picture's credit (…… / 记者手记 /
  // 一条老巷子……), a reporter's note heads a piece of its own; indented among indented paragraphs it is the report's section. In
  // the truths of all sets, 16 such lines are a piece's headline and 6 a report's section (sets zzzze, zzzzb: the note had been
  // read as the report's last section).
  kinds.forEach((k, i) => {
    if (k !== 'subhead' || i === 0 || lines[i].headingMarks > 0 || lines[i].indented || kinds[i + 1] !== 'text' || !isReportersNote(lines[i].text)) return;
    if ((kinds[i - 1] === 'text' && endsSentence(lines[i - 1].text)) || kinds[i - 1] === 'closing' || kinds[i - 1] === 'credit') kinds[i] = 'title';
  });
  // The paper's news hotline right over the page's editors at its foot (本报新闻热线：87216110 / 责任编辑：某　某　版式：某　某) is
  // page furniture with them, closing the page's last piece, never a piece of its own (set zzzzg).
  kinds.forEach((k, i) => {
    if (k === 'text' && kinds[i + 1] === 'closing' && NEWS_HOTLINE.test(lines[i].text) && isPageFootCredits(lines[i + 1].text)) kinds[i] = 'closing';
  });
  // A writer's line under a headline (研究员 某  某, 某某研究院 / 研究员 某  某, 作者 某  某) is its byline.
  settleWriterCredits(lines, kinds);
  // A short line with a comma and no stop right over a letter's salutation (学校停了围棋课，孩子很失落 / 编辑同志：) is
  // the letter's headline: in the truths of all sets and rmrb-2019, all 34 such lines are headlines, and the 14
  // paragraphs over a salutation that hold a comma are editors' notes ending in their stop (set zb: at a page's top).
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if (k !== 'text' || lines[i].headingMarks > 0 || kinds[i + 1] !== 'signing' || !isSalutation(lines[i + 1].text)) return;
    // A line ending in its comma (全国同胞们， / 同志们，朋友们：) is the salutation's first part (rmrb-2019).
    if (text.length <= LETTER_HEADLINE_LENGTH && /[，,]/.test(text) && !endsSentence(text) && !/[：:，,]$/.test(text)) kinds[i] = 'title';
  });
  // A timeline's rows (2007年11月　大桥工程项目获批 / 2008年3月　主桥开工), two or more one after
  // another, are a box's text, never headlines, stop or no stop (set bx's 特刊 pages).
  kinds.forEach((k, i) => {
    if (k === 'title' && lines[i].headingMarks === 0 && isTimelineRow(lines[i].text) && (isTimelineRow(lines[i - 1]?.text ?? '') || isTimelineRow(lines[i + 1]?.text ?? ''))) kinds[i] = 'text';
    // So are a 数读 box's rows (412个　全年新建社区运动场), a schedule's rows led by their day (8月10日　……) and a
    // 导读 line ending on its page (……投入使用　6版).
    // Not a day's name alone between a piece's end (its text, credit or closing line, no row of days) and a headline line printed
    // tight under it (本版制图：某某 / 6月6日　全国爱眼日 / 小手绘出……; ④……晶莹剔透。 / 1月5日　小寒 / 冰河拔河赛): there it is
    // the next piece's kicker (sets yo, yq, yr; of the truths' 360 days' rows that are paragraphs, 2 end their piece with no row
    // above them, and 6 such lines are kickers).
    const dayKicker = i > 0 && kinds[i - 1] !== 'title' && !isDayRow(lines[i - 1].text) && kinds[i + 1] === 'title' && !lines[i + 1].afterBlank && lines[i + 1].headingMarks === 0;
    if (k === 'title' && lines[i].headingMarks === 0 && (isFigureRow(lines[i].text) || (isDayRow(lines[i].text) && !dayKicker) || endsOnPagePointer(lines[i].text))) kinds[i] = 'text';
    // And a poll's or a survey's row, what was chosen and its share (1万元以下　18.6%): in the truths of all sets and rmrb-2019,
    // 84 lines so shaped are paragraphs and none a headline-block line (set xn: a 晚报调查 box's rows each read as a headline).
    if (k === 'title' && lines[i].headingMarks === 0 && SHARE_ROW.test(lines[i].text)) kinds[i] = 'text';
  });
  // A list's next row, numbered one more than the line above it (8．模特队　某某社区 / 9．太极扇队　某某社区), is the
  // list's, never a title line, however it reads alone: in the truths of all sets and rmrb-2019, 1,588 lines
  // numbered one more than the paragraph over them are all paragraphs (set ph: rows 9 and 10 of a 公示 on a page
  // of lines apart had been read as the next piece's kicker and headline).
  kinds.forEach((k, i) => {
    if (k !== 'title' || i === 0 || lines[i].headingMarks > 0 || kinds[i - 1] === 'title') return;
    const number = LIST_ROW_NUMBER.exec(lines[i].text)?.[1];
    const above = LIST_ROW_NUMBER.exec(lines[i - 1].text)?.[1];
    if (number !== undefined && above !== undefined && chineseNumber(number) === chineseNumber(above) + 1) kinds[i] = 'text';
  });
  // A box's rows each marked alike (●家长和孩子的有效身份证件 / ●薄被或睡袋、换洗衣物) are its text, never title
  // lines, however short. A row marked as the line above it is never one: in the truths of all sets and
  // rmrb-2019, 4,387 lines carry the mark of the line over them and none is a kicker, headline or subheadline.
  // Nor is the first of such a run under a headline-block line (数说某镇 / ■row / ■row: 1,520 paragraphs, no
  // title line). After a piece's end it is the box's own headline, marked as its rows are (●参加夜宿活动　请带好
  // 这些: 268 headlines).
  const markOf = (j: number) => (lines[j] === undefined ? undefined : ROW_MARK.exec(lines[j].text)?.[0]);
  kinds.forEach((k, i) => {
    if ((k !== 'title' && k !== 'subhead') || i === 0 || lines[i].headingMarks > 0) return;
    const mark = markOf(i);
    if (mark === undefined) return;
    if (markOf(i - 1) === mark || (markOf(i + 1) === mark && kinds[i - 1] === 'title')) kinds[i] = 'text';
  });
  // So are a box's rows led by a label and its colon, with no stop (男子100米：某某（某大学）10秒52, 今天白天：多云，26℃～33℃):
  // in the truths of all sets and rmrb-2019, 1,595 lines so shaped under a line so shaped are paragraphs, none a kicker,
  // (under a box's row read as text: a credit so shaped, 制图：某某, closes the piece above a headline with a colon)
  // headline or subheadline; the first of three or more under a headline-block line is a paragraph 170 times and a
  // headline twice (自驾路书 / 沿溪一号公路：一路山水一路茶 / 线路：……, under a kicker) (set qf: a results box's rows, each apart,
  // read as pieces of their own).
  // Not an unmarked line over rows that share a mark (筻川棋院：新春少儿围棋体验课 / ●时间：…… / ●地点：……): the rows' heading,
  // as a listing's title (set zb's 周末去哪儿 box).
  const labelled = (j: number) => lines[j] !== undefined && lines[j].headingMarks === 0 && LABELLED_ROW.test(lines[j].text);
  // Nor one after marked rows, over text that is no row (●对象：…… / 城市书房：“棋书共读”亲子活动 / 1月18日下午，……): the next listing's title.
  const headsMarkedRows = (i: number) => markOf(i) === undefined && markOf(i + 1) !== undefined && markOf(i + 1) === markOf(i + 2);
  const followsMarkedRows = (i: number) => markOf(i) === undefined && markOf(i - 1) !== undefined && kinds[i + 1] === 'text' && !labelled(i + 1) && markOf(i + 1) === undefined;
  kinds.forEach((k, i) => {
    if (k !== 'title' || i === 0 || !labelled(i) || headsMarkedRows(i) || followsMarkedRows(i)) return;
    if ((labelled(i - 1) && kinds[i - 1] === 'text') || (kinds[i - 1] === 'title' && labelled(i + 1) && labelled(i + 2))) kinds[i] = 'text';
  });
  // The issuers over a date alone, one line each (某某办公厅 / 某某办公厅 / 2016年1月29日), after the text.
  kinds.forEach((_k, i) => {
    if (!isDateLine(lines[i].text)) return;
    let top = i;
    while (top > 0 && i - top < ISSUER_LINES && kinds[top - 1] === 'title' && lines[top - 1].headingMarks === 0) top--;
    if (top < i && kinds[top - 1] === 'text') for (let j = top; j < i; j++) kinds[j] = 'text';
  });
  // A weather report's subheadline reads like a weather row (今日多云，有雷阵雨，气温26℃～33℃), but
  // printed flush between its headline and its byline it is a headline-block line (set ap).
  if (layout.indents) {
    kinds.forEach((k, i) => {
      if (k === 'text' && !lines[i].indented && kinds[i - 1] === 'title' && kinds[i + 1] === 'byline' && isWeatherRow(lines[i].text)) kinds[i] = 'title';
    });
  }
  // A caption printed with no credit (图为雨中的某某巷。) is a picture's caption, never a title line (captions.ts).
  // So is one that says which picture it stands under (图①：……, 上图：……) with no credit under it or
  // under the placed captions after it (a group over one credit is read as one picture below).
  const creditUnderPlaced = (i: number) => {
    let j = i + 1;
    while (j < lines.length && PLACED_CAPTION.test(lines[j].text)) j++;
    return kinds[j] === 'credit';
  };
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'subhead' || k === 'text') && lines[i].headingMarks === 0 && kinds[i + 1] !== 'credit' && (isBareCaption(lines[i].text) || (PLACED_CAPTION.test(lines[i].text) && !creditUnderPlaced(i)))) kinds[i] = 'captioned';
  });
  // A source note (（数据来源：……）) closes the box above it, never a title line under it (SOURCE_NOTE). A book's name
  // under an excerpt's title (书摘 / 机库里的夜班 / ——摘自《某某》) is its subheadline: in the truths of all sets and
  // rmrb-2019, 3 subheadlines are such a line and no piece opens its text with one (sets sk, sm). Nor is a note
  // in brackets standing apart under a title where the page prints its headline blocks tight: apart, as paragraphs are,
  // it is the text's first line (全省高校足球联赛积分榜 / （截至10月27日）: sets qf, qi, where it had headed the table's rows
  // and left the title an entry of its own).
  kinds.forEach((k, i) => {
    if (k === 'closing' && kinds[i - 1] === 'title' && (!isCreditNote(lines[i].text) || DASHED_EXCERPT_SOURCE.test(lines[i].text)) && !SOURCE_NOTE.test(lines[i].text) && !PROVIDER_NOTE.test(lines[i].text) && (!layout.indents || !lines[i].indented)) {
      kinds[i] = layout.tightTitles && lines[i].afterBlank ? 'text' : 'title';
    }
  });
  // A name alone over an author note signs the article above it (……。 / 马 进 / （作者为……）).
  kinds.forEach((k, i) => {
    if ((k !== 'title' && k !== 'subhead') || kinds[i + 1] !== 'closing' || kinds[i - 1] !== 'text' || !SIGNATURE_LINE.test(lines[i].text)) return;
    if (/^[（(]作者|整理[）)]$/.test(lines[i + 1].text)) kinds[i] = 'text';
  });
  if (layout.marks) {
    // A line marked deeper than the page's headlines (## under #) in a body (after its byline or a paragraph),
    // with text under it that opens no article (no dateline, byline, credit), is a subhead: an
    // interview's question, a section's title. A page may also mark its lesser headlines so
    // (## 某某研讨会召开 / 本报讯……); right under a headline line, a deeper mark sets a subheadline.
    const headlineMarks = Math.min(...lines.filter((l) => l.headingMarks > 0).map((l) => l.headingMarks));
    kinds.forEach((k, i) => {
      if (k !== 'title' || lines[i].headingMarks <= headlineMarks || !['text', 'byline', 'subhead'].includes(kinds[i - 1])) return;
      if (kinds[i + 1] === 'text' && !opensBody(lines[i + 1])) kinds[i] = 'subhead';
    });
  }
  // The page prints some kicker or subheadline tight against its `#` headline (某某行情 / # 某某价格 / （8月21日）):
  // its headline blocks are printed so, their kickers too.
  const tightToMarked = (j: number) => j > 0 && !lines[j].afterBlank && (lines[j].headingMarks > 0) !== (lines[j - 1].headingMarks > 0);
  const kickersTight = layout.marks && layout.tightTitles && lines.some((_l, j) => tightToMarked(j));
  if (layout.marks && !layout.indents) {
    kinds.forEach((k, i) => {
      const { text, headingMarks } = lines[i];
      if (headingMarks > 0) return;
      // Where headline blocks print tight, a line apart from both the marked headline above it and the
      // one under it is the first one's text (# 某某（国画） / 《某某》　国画　136cm×68cm　某某 / # 某某简介: set ao).
      if (layout.tightTitles && lines[i - 1]?.headingMarks > 0 && lines[i + 1]?.headingMarks > 0 && lines[i].afterBlank && lines[i + 1].afterBlank) {
        kinds[i] = 'text';
        return;
      }
      // Where the page prints a kicker tight over its headline, a line apart over one is the end of the
      // piece above (a box's last row, its source note （某中心提供）: sets aq and ar).
      if (kickersTight && lines[i + 1]?.headingMarks > 0 && lines[i + 1].afterBlank) {
        if (k === 'title' && kinds[i - 1] !== undefined && !readsAsColumnName(text) && markedBanner(text) === null) kinds[i] = 'text';
        return;
      }
      if (lines[i + 1]?.headingMarks > 0) {
        // Apart from it, after three or more short lines with no stop (a poem's verses, a box's rows),
        // the last of them, not its kicker, unless it names a column (连载).
        if (lines[i + 1].afterBlank && closesShortLines(lines, kinds, i) && !readsAsColumnName(text) && markedBanner(text) === null) {
          if (k === 'title' || k === 'subhead') kinds[i] = 'verse';
          return;
        }
        // Over a marked headline: its kicker, even one with commas (……，某市加快老旧小区改造——).
        // Not a line that opens like a report's sentence (据了解，…, 2015年，开在…): no kicker does.
        if (opensLikeReport(text) || opensWithDatedClause(text) || isLabelledNumber(text) || isWeatherRow(text) || isNoticeField(text) || MARKED_ITEM.test(text) || holdsNumberedItems(text) || isTranscription(text)) return;
        // Nor a list's last row, marked as the row above it (● 某某学校　6857720 / ● 某某办公室　6813690 / # 温馨提示: set tz).
        if (markOf(i) !== undefined && markOf(i - 1) === markOf(i)) return;
        // Nor one holding a finished sentence, unless it ends in —— (1 kicker of the 541 in the
        // truths of rmrb-2019 and the other papers' sets): the last paragraph above, signed in
        // brackets (……恢复照明。（本报记者 某  某）: set u).
        if (text.includes('。') && !text.endsWith('——')) {
          if (k === 'title') kinds[i] = 'text';
          return;
        }
        if (k === 'title' || (k === 'text' && !endsSentence(text) && !findContinuation(text) && (text.length <= KICKER_LENGTH || /(——|[:：])$/.test(text)))) kinds[i] = 'title';
        return;
      }
      if (k !== 'title') return;
      // A column's mark (■ 经济观察, 【连载】) over a kicker heads the block like a banner; over
      // briefs each marked as an item (■县域简讯 / ▲1月7日，……) it is their column.
      if (markedBanner(text) !== null && (kinds[i + 1] === 'title' || opensMarkedBrief(lines[i + 1]?.text ?? ''))) return;
      // So does a box of briefs' name over briefs each marked as an item (要闻简讯 / ●7月8日，……): it heads
      // the box, never a subhead of the report above it (set ab).
      if (namesBriefsBox(text) && opensMarkedBrief(lines[i + 1]?.text ?? '')) return;
      // A chart's title (图表：……) heads a piece of its own over its credit, never a subhead of the text above (set ch).
      if (CHART_TITLE.test(text)) return;
      const underMarked = lines[i - 1]?.headingMarks > 0 && kinds[i - 1] === 'title';
      const overPhoto = kinds[i + 1] === 'credit' || kinds[i + 1] === 'captioned' || kinds[i + 2] === 'credit';
      if (overPhoto || (underMarked && (isSubheadlineLine(text) || opensBody(lines[i + 1])))) return;
      kinds[i] = 'subhead';
    });
  }
  // A letter's last line naming the writer's workplace (某县税务局　某  某), after the letter's last sentence
  // and before the next headline or the page's end, closes the letter (set cs).
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'text' || k === 'byline') && i > 0 && kinds[i - 1] === 'text' && endsSentence(lines[i - 1].text) && isOfficeSignature(lines[i].text) && (kinds[i + 1] === undefined || kinds[i + 1] === 'title' || kinds[i + 1] === 'closing')) kinds[i] = 'closing';
  });
  // Under a talk's cast (嘉宾：某店店主 某某), further guests named by post (某中心主任　某某) are the cast's, no bylines.
  let cast = false;
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if (TALK_CAST.test(text)) cast = true;
    else if (cast && (k === 'byline' || k === 'title') && (isByline(text) || isSpeakerLine(text) || POST_AND_NAME.test(text))) kinds[i] = 'text';
    else cast = false;
  });
  // A black mark before an unspaced name (■ 某秋生) under a headline and over its text is the
  // writer's byline, not a column's mark (set cm's 副刊 pages); over a marked brief it marks briefs.
  kinds.forEach((k, i) => {
    if (k === 'title' && kinds[i - 1] === 'title' && kinds[i + 1] === 'text' && isMarkedUnspacedName(lines[i].text) && !opensMarkedBrief(lines[i + 1].text)) kinds[i] = 'byline';
  });
  // A photographer's credit for a whole report (记者　某某　摄影报道) right under a headline line and over the
  // report's text is its byline, not a picture's credit with the headline for its caption: in the truths of
  // all sets and rmrb-2019 the one such credit under a headline is the report's first paragraph, and the 5
  // others close their pieces after text (set de: the headline and the credit were read as a picture).
  kinds.forEach((k, i) => {
    if (k === 'credit' && PHOTO_REPORT.test(lines[i].text) && kinds[i - 1] === 'title' && lines[i - 1].headingMarks === 0 && kinds[i + 1] === 'text' && endsSentence(lines[i + 1].text)) kinds[i] = 'byline';
  });
  // So is one after the report's opening text and over its numbered captions (…… / 本报记者　某某　摄影报道 /
  // ①……): a picture story, not a picture with the opening for its caption, the captions a piece of their own.
  // In the truths of all sets and rmrb-2019, such a credit is followed by text twice, both times the same
  // piece's (once under the headline, once after the opening and over ①); the 4 others close a piece over
  // the next headline.
  kinds.forEach((k, i) => {
    if (k === 'credit' && PHOTO_REPORT.test(lines[i].text) && kinds[i - 1] === 'text' && kinds[i + 1] === 'text' && /^[①②]/.test(lines[i + 1].text)) kinds[i] = 'byline';
  });
  if (layout.tightTitles) {
    // Paragraphs stand apart here: a line printed tight against a headline line is of its block
    // (a kicker with commas over it, a subheadline sentence under it).
    kinds.forEach((k, i) => {
      if (k !== 'text' || lines[i].text.length > LONGEST_TITLE_LINE) return;
      const over = kinds[i + 1] === 'title' && !lines[i + 1].afterBlank;
      const under = kinds[i - 1] === 'title' && !lines[i].afterBlank;
      // Two short lines printed together, the first no finished sentence: a kicker with commas
      // over a headline that asks (某地遭遇连日降雨，预计持续到下旬 / 连阴雨为何迟迟不走？).
      const pair = kinds[i + 1] === 'text' && !lines[i + 1].afterBlank && !endsSentence(lines[i].text) && lines[i].text.length <= KICKER_LENGTH && lines[i + 1].text.length <= KICKER_LENGTH;
      if (over || under) kinds[i] = 'title';
      else if (pair) kinds[i] = kinds[i + 1] = 'title';
    });
    // A headline with commas is a title line only now (名医坐堂 / 久坐敲代码，颈椎腰椎怎么护): a writer's line under it
    // is its byline as under any other (set qq).
    settleWriterCredits(lines, kinds);
  }
  if (!layout.indents) {
    // A line starting with —— after a finished paragraph is an attribution or a point of the
    // body (——某某某, ——这是……), not a subheadline: subheadlines stand under headlines.
    // But over a byline or a dateline it is the subheadline under a headline that asks or cries
    // (古城年货街为何这么火？ / ——来自某市场的调查 / 本报记者 某某).
    kinds.forEach((k, i) => {
      if (k !== 'title' || !isDashSubheadline(lines[i].text) || kinds[i - 1] !== 'text' || !endsSentence(lines[i - 1].text)) return;
      if (SHORT_CRY.test(lines[i - 1].text) && (kinds[i + 1] === 'byline' || opensBody(lines[i + 1]))) kinds[i - 1] = 'title';
      else kinds[i] = 'text';
    });
    // A line over a headline line that reads as no finished sentence is its kicker, commas and
    // all (某地推行某项改革，群众办事少跑腿), unless it opens like a report's sentence.
    kinds.forEach((k, i) => {
      const { text } = lines[i];
      if (k !== 'text' || kinds[i + 1] !== 'title' || text.length > KICKER_LENGTH) return;
      // Where `#` marks headlines printed tight under their kickers, a line apart over one is not its kicker.
      if (kickersTight && lines[i + 1].headingMarks > 0 && lines[i + 1].afterBlank) return;
      // An attribution (——某某) after a finished paragraph closes what is above it.
      if (ATTRIBUTION.test(text) && i > 0 && endsSentence(lines[i - 1].text)) return;
      // A line ending in ： or —— is a kicker only over a headline its column tag marks (王某：).
      const overTagged = /([:：]|——)$/.test(text) && columnTag(lines[i + 1].text) !== null;
      if (endsSentence(text) || SIGNED_AFTER_STOP.test(text) || findContinuation(text) || (!overTagged && /[，,：:、；;]$/.test(text)) || opensLikeReport(text) || opensWithDatedClause(text) || isLabelledNumber(text) || isNoticeField(text) || MARKED_ITEM.test(text) || holdsNumberedItems(text) || isTranscription(text)) return;
      // Nor one holding a finished sentence, unless it ends in —— (as where `#` marks headlines): the last
      // paragraph above, its writer's name run in after the stop (……从抬起头来做起。某某某: sets hd, ih).
      if (text.includes('。') && !text.endsWith('——')) return;
      if (kinds[i - 1] === 'title' || (i > 0 && !endsSentence(lines[i - 1].text) && kinds[i - 1] === 'text')) return;
      // The cut-off end of the article above is about that article; a kicker, about its headline.
      const before = lines.slice(Math.max(0, i - 3), i).map((l) => l.text).join('');
      const after = lines.slice(i + 1, i + 3).map((l) => l.text).join('');
      if (sharedBigrams(text, before) > sharedBigrams(text, after)) return;
      kinds[i] = 'title';
    });
    // A short line with a comma over a headline line or the opening of a body is a headline line,
    // unless it opens like a sentence of a report (the cut-off end of an article: 据了解，该联盟获批后，将不断整).
    for (let i = lines.length - 1; i >= 0; i--) {
      // Nor a list's note on its order (（排名不分先后，价格仅供参考）: set kb), which closes the list above.
      if (kinds[i] !== 'text' || !isCommaTitle(lines[i].text) || isNoticeField(lines[i].text) || TALK_CAST.test(lines[i].text) || MARKED_ITEM.test(lines[i].text) || isListOrderNote(lines[i].text)) continue;
      const next = lines[i + 1];
      // A box's row led by a label and its colon under a row so led (出生：…… / 荣誉：…… / 心愿：…… over 对话 / # ……: set zzr's
      // 人物档案), over no body's opening, is the box's next row, however short (LABELLED_ROW, below).
      if (i > 0 && kinds[i - 1] === 'text' && lines[i].headingMarks === 0 && LABELLED_ROW.test(lines[i].text) && LABELLED_ROW.test(lines[i - 1].text) && !opensBody(next)) continue;
      // A day or year before a comma over a headline line is text run on (2015年，开在…), no kicker.
      if (kinds[i + 1] === 'title' && opensWithDatedClause(lines[i].text)) continue;
      // Where `#` marks the headlines, an unmarked line over a byline is a section's title.
      if (kinds[i + 1] === 'title' || (!layout.marks && (kinds[i + 1] === 'byline' || opensBody(next)))) kinds[i] = 'title';
      // Under a column's mark (■ 经济观察, 【消费提醒】) a line with a comma is the headline it marks.
      else if (kinds[i - 1] === 'title' && markedBanner(lines[i - 1].text) !== null && !layout.marks) kinds[i] = 'title';
    }
  }
  // A short title line with a comma or colon (某省：某某工程加快建设) standing apart over text right
  // after an editor's note in full (编者按：……。) is a title line: a 专题's first section or a piece of its
  // own (items.ts decides), as the sections after it are (set w of other papers' pages).
  if (!layout.indents && !layout.marks) {
    // So is the page's first line standing apart over a paragraph (开栏十年，感谢有您: set fv): in the truths of
    // all sets and rmrb-2019 a page's first line of this shape is a headline or kicker 69 times and never a
    // paragraph. Over another such line (山路越走越窄，最后只能 / 守林，也守人心) either may be a sentence's piece.
    if (kinds[0] === 'text' && kinds[1] === 'text' && lines[1].afterBlank && isCommaTitle(lines[0].text) && !isCommaTitle(lines[1].text)) kinds[0] = 'title';
    kinds.forEach((k, i) => {
      if (k !== 'text' || kinds[i + 1] !== 'text' || i === 0 || !isCommaTitle(lines[i].text)) return;
      // Apart from the note and the text, by blank lines or by the text's indent.
      // Printed in one block under a reporter's-note label (记者手记 / 好事办好，需要多一些耐心), apart from the
      // text below: that note's headline, under its column (set ai of other papers' pages).
      const underNoteLabel = !lines[i].afterBlank && lines[i + 1].afterBlank && readsAsColumnName(lines[i - 1].text) && !/^[■□◆●▲]/.test(lines[i - 1].text);
      if (!underNoteLabel && !standsApart(lines, kinds, i) && (lines[i].indented || !lines[i + 1].indented)) return;
      if (isBodyOpener(lines[i - 1].text)) kinds[i] = 'title';
    });
  }
  // A short line naming its subject before a colon (中关村：科技创新能力不断增强), apart between finished
  // paragraphs after a series of subheads that share a mark it lacks (halves set apart by a space:
  // outsideSeries), is the next piece's headline line, not a paragraph of the piece above.
  if (!layout.indents && !layout.marks) {
    kinds.forEach((k, i) => {
      if (k !== 'text' || kinds[i + 1] !== 'text' || kinds[i - 1] !== 'text' || !SUBJECT_COLON.test(lines[i].text) || !isCommaTitle(lines[i].text)) return;
      if (standsApart(lines, kinds, i) && outsideSeries(subheadLinesAbove(lines, kinds, i), lines[i].text)) kinds[i] = 'title';
    });
  }
  // The same line after a finished paragraph, right over a picture's caption and its credit (inline: ……。
  // （融媒体记者 某某 摄）; or on the next line), is that picture's headline (高桥镇：“夏日课堂”开课啦, set fg):
  // in the truths of all sets and rmrb-2019 the 3 lines so placed are headlines, none a paragraph.
  kinds.forEach((k, i) => {
    if (k !== 'text' || i === 0 || kinds[i - 1] !== 'text' || !endsSentence(lines[i - 1].text) || !SUBJECT_COLON.test(lines[i].text) || !PICTURE_SUBJECT.test(lines[i].text)) return;
    if (kinds[i + 1] === 'captioned' || (kinds[i + 1] === 'text' && kinds[i + 2] === 'credit')) kinds[i] = 'title';
  });
  // A short line with a comma (暴雨过后，积水点要“根治”了) or a cry (CRY_HEADLINE) atop the page or after a
  // finished paragraph, right over a note that the piece goes on from another page (（上接A1版）), is that
  // piece's headline printed again: in the truths of all sets and rmrb-2019, the line over such a note is a
  // headline 49 times (3 of this shape), a paragraph once (a long one the page broke mid-sentence) and a page
  // header once (set apart before this stage).
  kinds.forEach((k, i) => {
    if (k !== 'text' || kinds[i + 1] !== 'note' || findContinuation(lines[i + 1].text)?.kind !== 'from' || lines[i].headingMarks > 0) return;
    if (!isCommaTitle(lines[i].text) && !CRY_HEADLINE.test(lines[i].text)) return;
    if (i === 0 || kinds[i - 1] === 'closing' || (kinds[i - 1] === 'text' && endsSentence(lines[i - 1].text))) kinds[i] = 'title';
  });
  // A short question or exclamation right over a byline is a headline (什么是县域经济？ / 本报理论部): a
  // body's sentence is never signed on the next line.
  if (!layout.marks) {
    kinds.forEach((k, i) => {
      if (k === 'text' && kinds[i + 1] === 'byline' && SHORT_CRY.test(lines[i].text)) kinds[i] = 'title';
    });
    // So is a short question after a finished paragraph, over a reader's question signed at its head (晒粮场被占，秋收去哪晒粮？ /
    // 网友“老粮农”：……): the next item of a board of questions and replies (set zzzj). In the truths of all sets and
    // rmrb-2019, 57 pieces open with such a signed question under a headline ending in ？, and no such question line
    // stands inside a piece over one.
    kinds.forEach((k, i) => {
      if (k !== 'text' || i === 0 || kinds[i + 1] !== 'text' || !BOARD_QUESTION.test(lines[i].text) || !opensSignedQuestion(lines[i + 1].text)) return;
      if (kinds[i - 1] === 'closing' || (kinds[i - 1] === 'text' && endsSentence(lines[i - 1].text))) kinds[i] = 'title';
    });
    // So is a longer one with a comma or colon, as evening papers print them (“某某”收官，本市选手夺冠！,
    // 门票“秒空”？主办方：谨防黄牛), after a finished paragraph (or atop the page) and over a byline or a
    // dateline: in the truths of all sets and rmrb-2019, 20 such lines are headlines and none a paragraph
    // (3 paragraphs of this shape over a byline follow a line that goes on to them: 某村—— / “……！”).
    // And a headline led by its column's label in 【】 (【履职风采】某某：把群众的“小事”当成自己的“大事”), at the same
    // place: in the truths of all sets and rmrb-2019, 2 lines of this shape are headlines, 5 paragraphs (proposals
    // listed under their deputies' names, 【人物】 atop a box), none of those over a byline or a dateline (set dh).
    kinds.forEach((k, i) => {
      if (k !== 'text' || !(CRY_HEADLINE.test(lines[i].text) || LABELLED_HEADLINE.test(lines[i].text)) || !(kinds[i + 1] === 'byline' || (kinds[i + 1] === 'text' && parseDateline(lines[i + 1].text)))) return;
      if (i === 0 || kinds[i - 1] === 'closing' || (kinds[i - 1] === 'text' && endsSentence(lines[i - 1].text))) kinds[i] = 'title';
    });
  }
  // After an article's closing lines, a short exclamation or question over text is the next
  // headline (赶坡会喽！, 南方为何出现连阴雨？), as is a short line with a comma (春天，我们播下希望):
  // inside a body such lines follow its sentences.
  // Where indents or `#` mark headlines the layout says it already; an editor's signature closes
  // a note at the head of the body, so what follows it is body.
  if (!layout.indents && !layout.marks) {
    kinds.forEach((k, i) => {
      if (k !== 'text' || kinds[i + 1] !== 'text' || !(SHORT_CRY.test(lines[i].text) || CLOSED_QUESTION.test(lines[i].text) || TWO_QUESTIONS.test(lines[i].text) || isCommaTitle(lines[i].text))) return;
      // A box's source note (（数据来源：……）) closes it as a closing line does, though its rows took it in
      // (个人养老金怎么缴？怎么领？ after a 数说 box: set dd). In the truths 44 of the 67 lines after a
      // source note open a piece (19 headlines, 17 columns, 5 kickers); no short question or cry after
      // one is a body's line.
      // So does a picture's credit (……。 / 某某　摄 / 去沙漠旅游，这四件事要记牢 / ……提醒：): in the truths no piece without a
      // headline opens with a short line with a comma and no stop (set sx).
      // So does a short comment's writer's name run in after its last sentence (……无处藏身。卢　湄 / 早市散了，地面谁来扫):
      // in the truths the 2 lines with a comma after such a paragraph are headlines, none a paragraph (set ts).
      const commaTitle = isCommaTitle(lines[i].text) && /[，,]/.test(lines[i].text);
      const closed =
        kinds[i - 1] === 'closing' ? !isEditorSignature(lines[i - 1].text) : kinds[i - 1] === 'credit' ? commaTitle : SOURCE_NOTE.test(lines[i - 1]?.text ?? '') || (commaTitle && kinds[i - 1] === 'text' && endsRunInSignature(lines[i - 1].text));
      if (i > 0 && closed) kinds[i] = 'title';
    });
    // A headline so read is a title line only now (……整理） / 产后情绪低落，家人和月嫂都要留心 / 某市妇幼保健院心理科主任医师　某　某):
    // a writer's line under it is its byline as under any other (set yj).
    settleWriterCredits(lines, kinds);
  }
  /**
   * Did the piece the line at `i` stands in open with a question (问：……) right under its title, a title that follows no
   * running text (the page's top, a kicker, a closing line)? A question's line after a feature's intro may be its subhead.
   */
  const opensWithQuestion = (i: number): boolean => {
    let title = i - 1;
    while (title >= 0 && kinds[title] !== 'title') title--;
    return title >= 0 && title + 1 < i && kinds[title - 1] !== 'text' && /^[【\[]?问[】\]]?[:：]/.test(lines[title + 1].text);
  };
  // A line alone between an answer and the next question of a Q&A (答：……。 / 社区卫生要“接得住” / 问：……？) is the
  // interview's subhead: in the truths of all sets and rmrb-2019, 13 such lines are subheads, all saying, and 2 are
  // headlines, both asking (a letter's under its kicker: 读者来信 / ……吗？, set td; a reader's second question in a
  // column of them: 外地游客能用吗, set uk). A line that asks heads the next question's piece. So does any line where the
  // piece above opened with its question right under its title (二手车过户要带哪些材料 / 问：…… / 答：…… / 以旧换新补贴能否由他人代领
  // / 问：……): in the truths none of the 33 subheads over a question stands in such a piece, and 29 headlines over a
  // question follow one (set xt). Where the piece above is itself a question under a feature's intro, its line may be the
  // feature's subhead (一问一答 under 果农关心这些事, set wx): left as it was.
  kinds.forEach((k, i) => {
    if (k !== 'title' || lines[i].headingMarks > 0 || kinds[i - 1] !== 'text' || kinds[i + 1] !== 'text') return;
    if (/^[【\[]?答[】\]]?[:：]/.test(lines[i - 1].text) && /^[【\[]?问[】\]]?[:：]/.test(lines[i + 1].text) && !asks(lines[i].text) && !opensWithQuestion(i)) kinds[i] = 'subhead';
  });
  // A line naming its subject before a colon (翯东县：温泉康养培训班开班), no stop, right after a brief signed at its end by a
  // name or an office in brackets (……。（褚　沂）) and over text, heads the next brief: in the truths of all sets and rmrb-2019,
  // 21 such lines after a signed brief are headlines and 1 a paragraph (set vd, where the briefs under a 县区动态 banner ran into one). Where indents
  // mark paragraphs the flush line says so already. So after one signed by its reporters (……。（本报通讯员　某　某）): in the
  // truths, 12 lines so placed are headlines and none a paragraph but the editors' and credit lines that close a page (set wq).
  kinds.forEach((k, i) => {
    if (layout.indents || k !== 'text' || i === 0 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'text' || kinds[i + 1] !== 'text') return;
    const { text } = lines[i];
    if (!SUBJECT_COLON.test(text) || /[。！？；]/.test(text)) return;
    const above = lines[i - 1].text;
    if (endsSignedWithoutRole(above) || endsSignedByReporter(above)) kinds[i] = 'title';
  });
  // Who wrote down an oral history, right under who told it at the top of the piece (口述：某某某 / 整理：本报记者　某　某 /
  // text), opens the piece's text, as the teller's line does: no closing credit. In the truths of all sets all 5 such pairs
  // open their piece (set us).
  kinds.forEach((k, i) => {
    if (k === 'closing' && i > 0 && kinds[i + 1] === 'text' && WRITTEN_DOWN.test(lines[i].text) && TOLD_BY.test(lines[i - 1].text)) kinds[i] = 'text';
  });
  // A question alone between an answer and the next question, each labelled by who speaks (某某局答：……。 / ……吗？ /
  // 网友“某某”问：……), is the next item's headline: in the truths of all sets and rmrb-2019, all 3 such lines head a piece
  // (读者来信 / 外出打工，能参加新农保吗？; 网友问政's second item, set uv), none is a paragraph.
  kinds.forEach((k, i) => {
    if (k !== 'text' || i === 0 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'text' || kinds[i + 1] !== 'text') return;
    const { text } = lines[i];
    if (text.length > LONGEST_QUESTION_HEADLINE || !/[？?]$/.test(text) || /[：:。]/.test(text)) return;
    if (SPEAKER_ANSWERS.test(lines[i - 1].text) && SPEAKER_ASKS.test(lines[i + 1].text)) kinds[i] = 'title';
  });
  // A short question with no comma or stop inside (热表读数怎么看？), right over a question labelled 问：, is that Q&A's
  // headline, whatever stands above it (here a table's last row: set wd). In the truths of all sets and rmrb-2019, 120 lines
  // so placed are headline-block lines and none a paragraph.
  kinds.forEach((k, i) => {
    if (k !== 'text' || lines[i].headingMarks > 0 || kinds[i + 1] !== 'text' || !QUESTION_ALONE.test(lines[i].text)) return;
    if (QUESTION_LABEL.test(lines[i + 1].text)) kinds[i] = 'title';
  });
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'subhead') && lines[i].headingMarks === 0 && kinds[i + 1] === 'text' && continuesSentence(lines[i + 1].text)) {
      kinds[i] = 'text';
    }
  });
  // A label that opens a body (记者手记) over a headline line instead of text is that piece's column:
  // 记者手记 / 返乡，也是出发 / …… (set y of other papers' pages), as it is printed in one block with it.
  // Marked as a box's label (■记者手记 / 某某的承诺 / ……) it is the story's own box: all 3 in rmrb-2019.
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if (k === 'subhead' && kinds[i + 1] === 'title' && lines[i].headingMarks === 0 && !/^[■□◆●▲]/.test(text) && readsAsColumnName(text)) kinds[i] = 'title';
  });
  // A tagged note (某某的一天（记者手记）) after no more than SHORT_BODY characters of text since the last
  // headline line, in one paragraph (a brief, a photo's caption) or under a box's name (链接 / 大事记 rows,
  // 人物名片 / a name / a line of biography, 背景 / two paragraphs), heads a piece of its own: a note printed
  // under its report follows a long body. So does one printed flush between indented paragraphs, as
  // headlines are, whatever stands above it (the end of a series piece). In the truths of all sets and
  // rmrb-2019, such a line is a headline 10 times and a paragraph 3 times (all in rmrb-2019, after 700 to 981
  // characters of the report, one indented as its paragraphs are, two where no indent marks them). Within
  // SHORT_BODY characters of a headline: 7 headlines, no paragraph; after a closing line (（作者系……）): one
  // headline, no paragraph; flush between indented lines: 5 headlines, no paragraph; the rule leaves one
  // headline (after a report of 1,463 characters, where no indent marks paragraphs).
  kinds.forEach((k, i) => {
    if (k !== 'subhead' || lines[i].headingMarks > 0 || !isTaggedNote(lines[i].text) || kinds[i + 1] === undefined) return;
    const flushAmongIndented = layout.indents && !lines[i].indented && lines[i + 1].indented && i > 0 && lines[i - 1].indented;
    if (flushAmongIndented || shortBodyAbove(lines, kinds, i)) kinds[i] = 'title';
    // Right after a piece's closing line (（作者系……）; not an editor's signature) no report goes on for the note
    // to close: it heads a piece of its own (the one such note in the truths, set dn).
    else if (kinds[i - 1] === 'closing' && !isEditorSignature(lines[i - 1].text)) kinds[i] = 'title';
  });
  // A bare name (庞某某, the first a common surname) on its own line after the last sentence of such a note,
  // the note's text straight above, at the page's end or over the next headline line, signs the note: the
  // note's last paragraph, not the next piece's headline. In the truths of all sets and rmrb-2019, all 5 bare
  // names after a finished sentence of a tagged note close it; after other pieces' sentences such names are
  // as often headlines, kickers or columns (26: 简讯, 周至县) as signatures, so the rule keeps to notes.
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if ((k !== 'title' && k !== 'subhead') || lines[i].headingMarks > 0 || !BARE_NAME.test(text) || !isCommonSurname(text[0])) return;
    if (kinds[i + 1] !== undefined && kinds[i + 1] !== 'title') return;
    if (kinds[i - 1] !== 'text' || !endsSentence(lines[i - 1].text)) return;
    let head = i - 1;
    while (head > 0 && kinds[head] === 'text') head--;
    if ((kinds[head] === 'title' || kinds[head] === 'subhead') && isTaggedNote(lines[head].text)) kinds[i] = 'text';
  });
  // A name alone right under a work's title (松鹤长春（中国画） / 顾石泉), or with the maker's age (我的新牙齿（儿童画） / 某小朵（八岁）:
  // set xd), is the work's maker, its text: never the next
  // piece's kicker, as it was read over a `#` headline on 副刊 pages of sets qk, qm and qn. In the truths of all sets
  // and rmrb-2019, 18 titles naming their medium have a bare name as their first paragraph, and no kicker is a name
  // right after such a piece (the 5 short kickers there, 新书架 and 小小说, name columns).
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if ((k !== 'title' && k !== 'subhead') || i === 0 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'title' || !isWorkTitle(lines[i - 1].text)) return;
    // Two characters alone may name a column (书评, 影评): such a name opens with a common surname. Three (乌恩其) need not.
    if (!(BARE_NAME.test(text) || SPACED_BARE_NAME.test(text) || MAKER_WITH_AGE.test(text)) || (text.length < 3 && !isCommonSurname(text[0])) || readsAsColumnName(text)) return;
    kinds[i] = 'text';
  });
  // A bare name alone right under a dashed subheadline (…… / ——基于某市三个县的调查 / 杭书培 / text) is the piece's writer:
  // a headline block ending in a dashed subheadline always has a body under it. In the truths of all sets and
  // rmrb-2019, 33 pieces under such a subheadline open with a name alone (19 unspaced, 14 spaced), none is headless (set ui).
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if (k !== 'title' || i === 0 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'title' || kinds[i + 1] !== 'text') return;
    if (!lines[i - 1].text.startsWith('——') || !BARE_NAME.test(text) || readsAsColumnName(text)) return;
    kinds[i] = 'byline';
  });
  // A name alone between a headline and a body that an author note closes (（作者系……）, before any other headline
  // line) is the writer's, whatever its surname: 鞠, 闻, 冀 are surnames and words, and the note says a writer is
  // named. In the truths of all sets and rmrb-2019, 271 pieces closed by an author note open with a name alone, 25
  // of them with a surname that is also a word (set yr's 鞠某某 was read as a headline); the 8 such pieces headed by
  // a short headline under a kicker (春钓, 老澡堂) have their writer's credit under it, not text.
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if (k !== 'title' || i === 0 || lines[i].headingMarks > 0 || kinds[i - 1] !== 'title' || kinds[i + 1] !== 'text') return;
    if (!(BARE_NAME.test(text) || SPACED_BARE_NAME.test(text)) || readsAsColumnName(text)) return;
    let end = i + 1;
    while (kinds[end] === 'text') end++;
    if (kinds[end] === 'closing' && isAuthorNote(lines[end].text)) kinds[i] = 'byline';
  });
  if (layout.indents) {
    kinds.forEach((k, i) => {
      if (k === 'subhead' && !lines[i].indented && isReportersNote(lines[i].text) && kinds[i + 1] === 'text' && indentedSubheadAbove(lines, kinds, i)) kinds[i] = 'title';
    });
  }
  // A section's title numbered in turn (一、总体要求, 1.招标条件, 六、联系方式) is the body's: the first
  // right under its document's headline, or after a preamble where the second follows; a later one
  // after text where the section before it stands (五、……). Never a headline (set ac). Where
  // indents mark paragraphs, the items stage reads such series (subheads.ts).
  kinds.forEach((k, i) => {
    if (layout.indents || k !== 'title' || lines[i].headingMarks > 0 || kinds[i + 1] !== 'text') return;
    const number = sectionNumber(lines[i].text);
    if (number === null) return;
    const underHeadline = kinds[i - 1] === 'title' && number.value === 1;
    const before = kinds[i - 1] === 'text' ? sectionBefore(lines, i, number) : -1;
    // The first after a preamble, where the second follows (一、总体要求 / …… / 二、重点任务).
    const opensSeries = kinds[i - 1] === 'text' && number.value === 1 && sectionAfter(lines, i, number);
    if (!underHeadline && !opensSeries && before < 0) return;
    kinds[i] = 'subhead';
    // The sections before it are the same body's: 一、 over text, then 二、 (their series, subheads.ts, is this).
    for (let j = before, n = number.value - 1; j >= 0 && n >= 1; n--, j = sectionBefore(lines, j, { value: n, form: number.form })) {
      if (kinds[j] === 'title') kinds[j] = 'subhead';
    }
  });
  // A speaker's post and name over the salutation of a speech (市委书记  某某某 / 同志们、朋友们：) is the
  // speech's byline, under its title and date; elsewhere such a line heads a talk of a forum's report (set ac).
  kinds.forEach((k, i) => {
    if (k === 'title' && kinds[i + 1] === 'signing' && isSpeakerLine(lines[i].text)) kinds[i] = 'byline';
  });
  // A leader's post and name set apart under a headline, over the text (中共某某区委书记　某某某, 某某集团董事长　某某某):
  // the byline of the article the leader signs, as a 专版 prints it (set bh). Where the page prints a run of such
  // titled voices, they are a forum's talks under its report (某大学教授  某  某 / ……), left to the items stage.
  const leaders = kinds.flatMap((k, i) => (k === 'title' && kinds[i - 1] === 'title' && kinds[i + 1] === 'text' && (isLeaderByline(lines[i].text) || isSpeakerLine(lines[i].text)) ? [i] : []));
  if (leaders.length === 1 && isLeaderByline(lines[leaders[0]].text)) kinds[leaders[0]] = 'byline';
  // A document's number right under its title line (某政发〔2026〕3号, 第十二号) is that headline block's subheadline; under
  // a paragraph (中华人民共和国主席令 / 第三十五号, as a law's text opens) it is text. So it is where the page prints its
  // headline blocks tight and the number stands apart from the title, as paragraphs do (set qg: read as a title line
  // there, it headed the notice's text, the title over it left an entry of its own).
  kinds.forEach((k, i) => {
    if (k === 'text' && i > 0 && kinds[i - 1] === 'title' && lines[i].headingMarks === 0 && isDocumentNumber(lines[i].text) && !(layout.tightTitles && lines[i].afterBlank)) kinds[i] = 'title';
  });
  // A book's particulars under its title (《某某》 / 某　某　著　某某出版社2007年3月版) open the note on it, as a byline opens
  // a report: text, never a second headline line or a subhead. In the truths of all sets and rmrb-2019, such lines under a title
  // alone are each a paragraph, none a headline-block line (sets ao, fj, in, tq, vp, y: 19 lines).
  kinds.forEach((k, i) => {
    if (i > 0 && (k === 'title' || k === 'subhead') && lines[i].headingMarks === 0 && isBookTitleAlone(lines[i - 1].text) && isBookParticulars(lines[i].text)) kinds[i] = 'text';
  });
  settleIssuersUnderHeadline(lines, kinds);
  settleNoticeSignOffs(lines, kinds);
  settleSignatures(lines, kinds);
  markVerses(lines, kinds);
  markSongs(lines, kinds);
  markTables(lines, kinds);
  // A box's row naming what it counts and then the figure (建成牧民定居点　62个 / 草原植被综合盖度　由38.6%提高到51.2%), under a
  // row so shaped read as text or as a table's row, is the box's too, never a title line over the next headline (set zzc). Alone the shape is a
  // headline's as often (凭身份证领票　每天限额3000人): only the row above says it is a row.
  kinds.forEach((k, i) => {
    if (k !== 'title' || i === 0 || lines[i].headingMarks > 0 || (kinds[i - 1] !== 'text' && kinds[i - 1] !== 'verse')) return;
    if (LABEL_THEN_FIGURE.test(lines[i].text) && LABEL_THEN_FIGURE.test(lines[i - 1].text)) kinds[i] = kinds[i - 1];
  });
  // A box's rows marked and led by a year (■1966年，进入某某当学徒 / ■1985年，接手经营……) are the box's, never headlines of
  // their own, where a row beside is so led too: in the truths of all sets and rmrb-2019, 104 lines so opened are paragraphs;
  // the 3 headlines so opened title a data box (■2004年全市非公有制经济主要数据) over rows of figures (set zzzc's 人物档案).
  kinds.forEach((k, i) => {
    if (k !== 'title' || lines[i].headingMarks > 0 || !MARKED_YEAR_ROW.test(lines[i].text)) return;
    if (MARKED_YEAR_ROW.test(lines[i - 1]?.text ?? '') || MARKED_YEAR_ROW.test(lines[i + 1]?.text ?? '')) kinds[i] = 'text';
  });
  markListingVenues(lines, kinds);
  markScheduleRows(lines, kinds);
  markDecimalRows(lines, kinds);
  markListingItems(lines, kinds);
  markRoundups(lines, kinds);
  markLists(lines, kinds);
  markNumberedRows(lines, kinds);
  markNameListEnds(lines, kinds);
  markNamedPostRows(lines, kinds);
  markListGroups(lines, kinds);
  markBracketedRowsAfterLead(lines, kinds);
  markPersonRows(lines, kinds);
  markRouteRows(lines, kinds);
  markBoxItems(lines, kinds);
  markPlaceBriefs(lines, kinds);
  markFigureItems(lines, kinds);
  // A title line between two rows marked alike, where the row over it stops inside a word (no stop, no closing mark),
  // and ending as the row under it ends, is that row's rest a break cut off (●6月11日—13日　非遗 / 项目展示展销（市群艺馆） / ●6月12日……: set rd), never a
  // headline whose bracket names a column.
  kinds.forEach((k, i) => {
    if (k !== 'title' || i === 0 || i + 1 >= lines.length || lines[i].headingMarks > 0) return;
    const mark = ROW_MARK.exec(lines[i - 1].text)?.[0];
    if (mark === undefined || !lines[i + 1].text.startsWith(mark) || kinds[i - 1] === 'title' || !/[\u4e00-\u9fff0-9０-９]$/.test(lines[i - 1].text)) return;
    // It ends as the row under it does (both on a venue in brackets): a banner over a box's next rows (议政简讯 / ■……。) does not.
    if (lines[i].text.at(-1) !== lines[i + 1].text.at(-1)) return;
    kinds[i] = 'text';
  });
  // A row led by its label and colon right under two rows of a table, over a title line or the page's end, is the
  // table's last row (……3．某队　4分31秒02 / 最佳号子奖：某某队 / next box's title: set qp). In the truths of all sets and
  // rmrb-2019, 81 lines so shaped close a piece after its rows; the 3 headlines so shaped after a table (邵一凡：每天
  // 多练一小时) stand over their own text.
  kinds.forEach((k, i) => {
    if (k !== 'title' || i < 2 || lines[i].headingMarks > 0 || !LABELLED_ROW.test(lines[i].text) || kinds[i - 1] !== 'verse' || kinds[i - 2] !== 'verse') return;
    if (i + 1 === lines.length || kinds[i + 1] === 'title') kinds[i] = 'verse';
  });
  // A row of as many fields as the box's row above it, three or more set apart by spaces, no sentence's stop or comma in
  // either (拔罐　15　可报销 / 中医体质辨识　免费　—), is that box's next row, though its figure is a word or a dash: in
  // the truths of all sets and rmrb-2019, 3,346 paragraphs are such a row under another and 1 headline-block line (a
  // speaker's post and spaced name ending in ：, which the rule leaves) (set tx). So is one a page marking headlines with `#`
  // read as a subhead (青港—桅杆屿　1小时10分钟　96元 under 青港—鲍澳岛　50分钟　72元: set xv).
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'subhead') && i > 0 && kinds[i - 1] === 'verse' && lines[i].headingMarks === 0 && sameRowShape(lines[i - 1].text, lines[i].text)) kinds[i] = 'verse';
  });
  // A note in brackets right under a box's last row (……　25分钟　40元 / （1.2米以下儿童免票，……）) is the box's last line:
  // in the truths of all sets and rmrb-2019, 677 bracketed lines right under a row are paragraphs and none heads a piece (set xv).
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'subhead') && i > 0 && kinds[i - 1] === 'verse' && lines[i].headingMarks === 0 && BRACKETED_NOTE.test(lines[i].text)) kinds[i] = 'verse';
  });
  // A short line with no stop right over an artist's credit (某　某　作) is the cartoon's or the drawing's title, though its
  // colon or its comma makes it no title line alone (漫画：公园“看得见进不去”, set yd; 冰层薄，莫冒险 after a box's ● rows,
  // set yu): in the truths 351 short lines over such a credit are headlines and 5 paragraphs, each a work's title with its
  // medium (山路弯弯（国画）), which brackets or 《》 mark. The 6 lines naming the artist after 漫画： close their piece.
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    if (k !== 'text' || lines[i].headingMarks > 0 || text.length > ARTWORK_TITLE_LENGTH || /[。！？；!?;（）()《》]/.test(text) || ROW_MARK.test(text)) return;
    if (!isClosingLine(text) && kinds[i + 1] === 'closing' && isArtistCredit(lines[i + 1].text)) kinds[i] = 'title';
  });
  // A line that names itself a drawing for a serial outside brackets (《某某》第三十七回插图, 插图：雨夜来客, 连载插图《某某》) over
  // its maker (某　某　绘) is that picture's caption, the maker its credit: a picture with no headline. In the truths all 5 such
  // pairs are (sets zzzi, zzzza, zzzzh, zzzzk, zzzzo), where a title with its kind in brackets (夜织（插图） / 某　某　绘) heads
  // its picture, as all 15 such do.
  kinds.forEach((k, i) => {
    if (k === 'verse' || k === 'byline' || lines[i].headingMarks > 0 || !ILLUSTRATION_CAPTION.test(lines[i].text) || !isPictureMaker(lines[i + 1]?.text ?? '')) return;
    kinds[i] = 'text';
    kinds[i + 1] = 'credit';
  });
  // A short line with no punctuation right over a work's caption heads the works shown (书画园地 / 《题》　国画
  // 　某某 / …), though it stands after a poem's verses: in the truths every such caption follows a headline,
  // another caption, an 编者按 or the finished end of another piece (22 captions, sets ao, dg, fx, gc).
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    // A work's caption itself is text, never a title line or a subhead (22 of 22 paragraphs in the truths). Not a kind and
    // a name with no 《》 over a maker's credit (行书　录王维诗 / 某某某　作: set zzh): the maker is the credit's, so the line
    // names the work, its headline.
    const namesWork = !text.includes('《') && isArtistCredit(lines[i + 1]?.text ?? '');
    if ((k === 'title' || k === 'subhead') && lines[i].headingMarks === 0 && isArtworkCaption(text) && !namesWork) kinds[i] = 'text';
  });
  // Not over a caption that holds its work's title in brackets (年年有余（国画）　某　某): a picture with no headline, after a
  // poem's last verse (sets zzz, zzzl).
  kinds.forEach((k, i) => {
    const { text } = lines[i];
    const caption = lines[i + 1]?.text ?? '';
    if ((k === 'text' || k === 'verse') && text.length <= WORKS_TITLE && !/[。！？，、；：,;:!?]/.test(text) && !isArtworkCaption(text) && isArtworkCaption(caption) && !isBracketedArtworkCaption(caption)) kinds[i] = 'title';
  });
  // A line opening with a circled number (①《坡上花》（传统曲牌）) is an item of a list or a box, or a numbered caption, never a
  // headline-block line, though it be short and end in brackets: in the truths of all sets and rmrb-2019, 1,372 paragraphs open
  // so and no kicker, headline or subheadline does (set zzzzp: a programme box's four items had been read as four headlines).
  kinds.forEach((k, i) => {
    if (k === 'title' && lines[i].headingMarks === 0 && CIRCLED_NUMBER.test(lines[i].text)) kinds[i] = 'text';
  });
  // Fields set apart, the last a word for no figure (抄网　不限, 文庙碑林　9:00—17:00　免费, 合计　959　—): a table's row, never a
  // headline-block line, though it hold no digit to read it by: in the truths of all sets and rmrb-2019, 80 paragraphs read so
  // and no kicker, headline or subheadline (set zzzzu: a table's last row had been read as a headline over its source note).
  kinds.forEach((k, i) => {
    if ((k === 'title' || k === 'subhead') && lines[i].headingMarks === 0 && NO_FIGURE_ROW.test(lines[i].text)) kinds[i] = 'verse';
  });
}

/**
 * The most issuer lines over a date alone read as the text's (…… / 某某报社 / 2007年7月). Issuers listed under
 * a bulletin's title, no text above them, are read with that title's lines.
 */
const ISSUER_LINES = 3;

/** The longest line read as a works group's headline (书画园地, 翰墨迎春). */
const WORKS_TITLE = 16;

/** A name alone on its line, unspaced: two or three Han characters (庞某某). */
const BARE_NAME = /^[\u4e00-\u9fff]{2,3}$/;
/** A maker's name and age in brackets under a work's title: 某小朵（八岁）, 某某某（85岁）. */
const MAKER_WITH_AGE = /^[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}[（(](?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})岁[）)]$/;

/** A name alone on its line, spaced to a width (顾　石, 顾　石泉). */
const SPACED_BARE_NAME = /^[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]{1,2}$/;

/** Most characters of text a brief, a photo's caption or a box runs to, over a tagged note heading a piece of its own. */
const SHORT_BODY = 200;

/** A sidebar box's name over its title or text: 链接, 相关链接, 背景, 人物名片, 人物档案, 小贴士, 数说, 延伸阅读. */
const BOX_LABEL = /^[\u4e00-\u9fff]{0,4}(?:名片|档案|简介|链接|贴士|数说|背景|阅读)$/;

/**
 * Going back from line `i` to the nearest headline-block line, the text there runs to SHORT_BODY characters
 * or fewer and is one paragraph (a brief, a photo's caption and its credit), or a few lines or rows under a
 * box's name (链接 / 某某大事记 / rows, 背景 / 某某 / two paragraphs, 人物名片 / a name, read as a byline,
 * passed over / a line of biography): not the body of a report a note closes.
 */
function shortBodyAbove(lines: Line[], kinds: LineKind[], i: number): boolean {
  let chars = 0;
  let texts = 0;
  for (let j = i - 1; j >= 0; j--) {
    const k = kinds[j];
    // A name alone under a box's label (人物名片 / 某某某 / 某某某，1971年生……) reads as a byline: the box is no
    // longer for it (set dn).
    if (k === 'title') {
      if (texts === 1) return true;
      let top = j;
      while (kinds[top - 1] === 'title') top--;
      return texts > 1 && BOX_LABEL.test(lines[top].text);
    }
    if (k === 'byline' && kinds[j - 1] === 'title' && texts > 0) continue;
    if (k !== 'text' && k !== 'credit' && k !== 'captioned') return false;
    if (k !== 'credit') texts++;
    chars += lines[j].text.length;
    if (chars > SHORT_BODY) return false;
  }
  return false;
}

/** A drawing's caption naming it a serial's illustration outside brackets: 《某某》第三十七回插图, 插图：雨夜来客, 连载插图《某某》. */
const ILLUSTRATION_CAPTION = /^(?:连载)?插[图画][：:]\S|^连载插[图画]《|^《[^》]{1,20}》[^。！？，（）()]{0,10}插[图画]$/;
/** A table's row whose last field is a word for no figure: 抄网　不限, 某某　免费, 合计　959　—. */
const NO_FIGURE_ROW = /^\S{1,16}(?:[ \u3000]+\S{1,12})*[ \u3000]+(?:不限|面议|免费|无|暂无|待定|另定|不详|—|——|－)$/;
/** A circled number opening a line: ①, ⑳. */
const CIRCLED_NUMBER = /^[\u2460-\u2473]/;
/** A paper's line for readers' news tips, a number alone after it: 本报新闻热线：87216110, 报料热线：0351-1234567. */
const NEWS_HOTLINE = /^(?:本报|晚报|本刊)?(?:新闻|报料|新闻报料)热线[：:][ \u3000]*[0-9０-９][0-9０-９\-－]{4,}$/;

/**
 * Going back through the body over line `i` (its text, subheads, photos, to the nearest headline-block
 * line, byline or closing line), a subhead of its own stands indented, as its paragraphs do (返乡 / 拜师),
 * not a label such as 核心阅读. Where a feature prints its subheads so, a reporter's note label printed flush
 * under it (isReportersNote) is printed as a headline is: a piece of its own (set cb: 记者手记 / ……（某某）). Where
 * the label stands indented (sets ai and bn, rmrb-2019) or the feature's subheads are flush too (set aa),
 * the truths keep the note in the feature: all 4 such. Takes the page's lines and kinds and the label's index.
 */
function indentedSubheadAbove(lines: Line[], kinds: LineKind[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const k = kinds[j];
    if (k === 'title' || k === 'byline' || k === 'closing') return false;
    if (k === 'subhead' && lines[j].indented && !isBodyOpener(lines[j].text)) return true;
  }
  return false;
}

/** A document's date under its issuers, bare or in brackets: 2026年10月23日, （2022年1月8日）, （二〇二二年一月八日）. */
const ISSUE_DATE = /^[（(]?(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日[）)]?$/;

/** The most lines of issuers a document prints under its headline (某区统计局 / 某区科学技术局 / 某区财政局). */
const MOST_ISSUER_LINES = 4;

/** One issuer or more on a line, set apart by spaces: 某市统计局, 某市统计局  国家统计局某市调查队. */
function namesIssuers(text: string): boolean {
  return text.split(/[ \u3000]+/).every((part) => ISSUER_NAME.test(part) || /^[\u4e00-\u9fff]{2,20}调查队$/.test(part));
}

/**
 * A document's issuers and date under its headline (某市2021年国民经济和社会发展统计公报 / 某市统计局 /
 * （2022年1月8日）): the document's first paragraphs, each one of its own (`signing`), never a headline
 * block of their own that would leave the headline an empty entry. In the truths of rmrb-2019 and the
 * other papers' sets, issuers over a date stand under a headline 3 times (统计公报 of sets aa, ac, dd),
 * all paragraphs; no run of issuers over a date is a kicker, headline or subheadline. Changes `kinds` in place.
 */
function settleIssuersUnderHeadline(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i - 1] !== 'title' || kinds[i] !== 'title') continue;
    let end = i;
    while (end < lines.length && end - i < MOST_ISSUER_LINES && kinds[end] === 'title' && lines[end].headingMarks === 0 && namesIssuers(lines[end].text)) end++;
    if (end === i || end >= lines.length || lines[end].headingMarks > 0 || !ISSUE_DATE.test(lines[end].text)) continue;
    for (let k = i; k <= end; k++) kinds[k] = 'signing';
    i = end;
  }
}

/** The longest line read as one of a run of short lines (a poem's verse, a box's row). */
const LONGEST_SHORT_LINE = 20;

/** How many short lines above make a run whose last line a line apart over a `#` headline is. */
const FEWEST_SHORT_LINES_ABOVE = 3;

/** A short unmarked line with no stop inside and no colon, no credit or byline: a poem's verse, a box's row. */
function isShortLine(line: Line, kind: LineKind): boolean {
  const { text } = line;
  return line.headingMarks === 0 && ['title', 'subhead', 'text', 'verse'].includes(kind) && text.length <= LONGEST_SHORT_LINE && !/[。！？；!?;]/.test(text.slice(0, -1)) && !/[：:]/.test(text) && !isCreditLine(text) && !isByline(text);
}

/**
 * Whether line i, standing apart over a `#` headline, is the last of a run of short lines with no stop:
 * it and the three lines above it are short (isShortLine), under a marked headline. On a page whose
 * lines all stand apart, a poem's last verse (……月亮就从草垛后面 / 慢慢地爬了上来 / # 渡口) had been read
 * as the next headline's kicker, and the poem lost it. In the truths of rmrb-2019 and the other
 * papers' sets, such a line over a `#` headline is 30 times the last line of the piece above (verses,
 * a box's rows, a translator's note) and once a kicker: a column's name (连载), which the caller keeps.
 */
function closesShortLines(lines: Line[], kinds: LineKind[], i: number): boolean {
  if (i < FEWEST_SHORT_LINES_ABOVE + 1) return false;
  for (let j = i - FEWEST_SHORT_LINES_ABOVE; j <= i; j++) if (!isShortLine(lines[j], kinds[j])) return false;
  return lines.slice(0, i - FEWEST_SHORT_LINES_ABOVE).some((l) => l.headingMarks > 0);
}

/** A date alone on its line, as a notice's sign-off prints it: 2025年12月7日, 2023年1月17日于包头 (with where it was issued: set ac). */
const DATE_ALONE = /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:于[\u4e00-\u9fff]{2,6})?$/;
/** Who issues a notice, alone on its line over the date: 某某日报社, 某某县人民政府办公室. */
const ISSUER_LINE = /^[^\s，。；：:！？、“”（）()]{2,30}$/;
/** A notice's contact line: 联系电话：…, 投稿邮箱：…, 地址：…. */
const CONTACT_LINE = /^(?:联系电话|咨询电话|报名电话|联系人|联系地址|地址|邮编|投稿邮箱|电子邮箱|邮箱)[：:]/;

/**
 * A notice's sign-off over two lines — its issuer, then the date (某某日报社 / 2025年12月7日) — at the
 * end of a piece (the page's end or a title next), with the contact lines right over it, closes the
 * notice above: never the next piece's headline block (set y of other papers' pages; a sign-off on
 * one line is NOTICE_SIGNATURE's). Changes `kinds` in place.
 */
function settleNoticeSignOffs(lines: Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!DATE_ALONE.test(lines[i].text) || lines[i].headingMarks > 0 || !ISSUER_LINE.test(lines[i - 1].text) || lines[i - 1].headingMarks > 0) continue;
    if (i + 1 < lines.length && kinds[i + 1] !== 'title') continue;
    let first = i - 1;
    while (first > 0 && CONTACT_LINE.test(lines[first - 1].text)) first--;
    // Something of the notice stands above: its text, or its numbered section's title (六、联系方式: set ac), not a headline.
    if (first === 0 || (kinds[first - 1] === 'title' && sectionNumber(lines[first - 1].text) === null)) continue;
    for (let k = first; k <= i; k++) kinds[k] = 'closing';
  }
  // The issuer alone (国网某某供电公司), with no date under it, closing a notice's text or its last
  // field (停电公告 / ……顺延。 / 国网某某供电公司; 征订启事 / 截止时间：11月30日 / 某某日报社), the next
  // headline or the page's end after it (set z); the field may already close the notice (投稿邮箱：…, set ff).
  // So is a second issuer on the line under the first (某某晚报副刊部 / 某某市邮政局: set zzt's call for pieces), over the
  // next headline, the page's end or the editor's line closing the page.
  for (let i = 1; i < lines.length; i++) {
    const coIssuer = kinds[i - 1] === 'closing' && ISSUER_NAME.test(lines[i - 1].text);
    if (kinds[i] !== 'title' || lines[i].headingMarks > 0 || !ISSUER_NAME.test(lines[i].text) || (kinds[i - 1] !== 'text' && kinds[i - 1] !== 'closing') || !(/[。！]$/.test(lines[i - 1].text) || isNoticeField(lines[i - 1].text) || coIssuer)) continue;
    if (i + 1 < lines.length && kinds[i + 1] !== 'title' && !(coIssuer && kinds[i + 1] === 'closing' && isClosingLine(lines[i + 1].text))) {
      // Right over the page's editors (……两小时。 / 某市教育局 / 责任编辑：某　某), after a finished sentence, the issuer signs the
      // piece whatever its title (温馨提示, set zzzp): in the truths 7 issuers stand over an editor line as paragraphs, and no
      // headline of an issuer's shape opens a piece whose text is an editor line.
      if (kinds[i + 1] === 'closing' && /[。！]$/.test(lines[i - 1].text) && isPageFootCredits(lines[i + 1].text)) kinds[i] = 'closing';
      continue;
    }
    let title = i - 1;
    while (title >= 0 && kinds[title] !== 'title') title--;
    // So does a reply's signer: a letter under its title opens with whom it answers (计平同志：, 尊敬的……：: set uv).
    if (title >= 0 && (isNoticeTitle(lines[title].text) || (title + 1 < i && (isSalutation(lines[title + 1].text) || ADDRESSEE.test(lines[title + 1].text))))) kinds[i] = 'closing';
  }
}

/** Who told an oral history, opening its line: 口述：某某某, 口述　某某站站长　某　某. */
const TOLD_BY = /^口述(?:[：:]|[ \u3000])/;
/** Who wrote it down: 整理：本报记者　某　某, 文字整理　某某. */
const WRITTEN_DOWN = /^(?:文字|图文)?整理(?:[：:]|[ \u3000])/;

/** The longest question read as the headline of a Q&A's next item. */
const LONGEST_QUESTION_HEADLINE = 30;
/** A short question alone, with no comma, colon or stop before its question mark: 热表读数怎么看？ */
const QUESTION_ALONE = /^[^。，,；;！!？?：:]{2,30}[？?]$/;

/** A question labelled as one: 问：……, 【问】…… */
const QUESTION_LABEL = /^[【\[]?问[】\]]?[:：]/;

/** An answer labelled by who gives it: 答：, 市公交集团答：, 【答】. */
const SPEAKER_ANSWERS = /^[^，。：:]{0,16}答[】\]]?[：:]/;
/** A question labelled by who asks it: 问：, 网友“老周”问：, 读者某女士问：. */
const SPEAKER_ASKS = /^[^，。：:]{0,20}问[】\]]?[：:]/;

/** Whom a reply answers, alone on its first line: 计平同志：, 柯先生：, 网友“老周”：. */
const ADDRESSEE = /^[\u4e00-\u9fff“”]{1,12}(?:同志|先生|女士|同学|网友|读者|朋友|老师)[：:]$/;

/** How many lines away the section before or after a numbered one is looked for. */
const SECTION_REACH = 40;

/** Where the section numbered just before `number` (its form, one less) opens, within SECTION_REACH lines above line i; -1 if none. */
function sectionBefore(lines: Line[], i: number, number: { value: number; form: string }): number {
  for (let j = i - 1; j >= Math.max(0, i - SECTION_REACH); j--) {
    const found = sectionNumber(lines[j].text);
    if (found !== null && found.form === number.form && found.value === number.value - 1) return j;
  }
  return -1;
}

/** Whether the section numbered just after `number` (its form, one more) opens within SECTION_REACH lines below line i. */
function sectionAfter(lines: Line[], i: number, number: { value: number; form: string }): boolean {
  return lines.slice(i + 1, i + 1 + SECTION_REACH).some((l) => {
    const found = sectionNumber(l.text);
    return found !== null && found.form === number.form && found.value === number.value + 1;
  });
}

/** The number a section's title opens with and how it is set (六、联系方式, （三）报名时间, 1.招标条件), or null. */
function sectionNumber(text: string): { value: number; form: string } | null {
  const m = /^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|([0-9０-９]{1,2})[.．、](?![0-9０-９]))/.exec(text);
  if (!m) return null;
  const form = m[1] ? '一、' : m[2] ? '（一）' : '1.';
  return { value: chineseNumber(m[1] ?? m[2] ?? m[3]), form };
}

/**
 * An issuer's name as a notice signs it: 某某供水有限责任公司, 某某县人民政府办公室, 某某区人民法院, and a
 * paper's or a body's desk (某某晚报读者部, 本报副刊部: set ff's 征稿启事; 某某县委宣传部). 局 ends an
 * authority's name (公安局), not a word (布局, 格局, 开局).
 */
const ISSUER_NAME = /^[\u4e00-\u9fff（）()]{2,28}(?:公司|(?<![布格开破结变大全新僵棋骗饭赌残定当时困危终出入胜平败])局|中心|委员会|政府|办公室|法院|检察院|医院|学校|协会|集团|银行|站|所|厅|社|(?:读者|副刊|编辑|新闻|广告|发行|专刊|群工|宣传|组织|统战)部)$/;

/** A board's question as its headline, a comma at most inside: 晒粮场被占，秋收去哪晒粮？ */
const BOARD_QUESTION = /^[^。、；;！!？?]{2,24}[？?]$/;

/** A short exclamation or question, nothing else: 赶坡会喽！ 向上！向上！ */
const SHORT_CRY = /^[^，。、；,;]{2,10}[！？!?]$/;

/**
 * A headline that cries or asks, up to 30 characters, commas and colons inside: “某某”收官，本市选手夺冠！,
 * 门票“秒空”？主办方：谨防黄牛. No stop, semicolon or ellipsis, no —— opening it, and no end a sentence goes on from (，：、).
 */
const CRY_HEADLINE = /^(?!——)(?=.*[！？!?])[^。；;…]{2,30}(?<![，,、：:])$/;

/** A headline led by its column's label in 【】, no stop after it: 【履职风采】某某：把群众的“小事”当成自己的“大事”. */
const LABELLED_HEADLINE = /^【[^【】]{2,8}】[^。；;]{2,40}$/;

/**
 * A question of one clause up to 16 characters (家电下乡产品坏了找谁修？): right after a piece's closing
 * line, over text, the next Q&A's headline (set au).
 */
const CLOSED_QUESTION = /^[^，。、；,;！!？?]{2,15}[？?]$/;

/**
 * Two short questions, nothing else (个人养老金怎么缴？怎么领？): read as the one clause above. In the
 * truths of rmrb-2019 and the other papers' sets 2 such lines are headlines and 1 a line of a body
 * (为什么？他们不想活了？, after a sentence: no closing line above it); those opening with a label
 * (问：……？……？) are excluded by the colon.
 */
const TWO_QUESTIONS = /^[^，。、；,;：:！!？?]{2,10}[？?][^，。、；,;：:！!？?]{2,8}[？?]$/;

/** The longest comma line kept as a line of its own between paragraphs standing apart. */
const SUBHEAD_COMMA_LENGTH = 24;

/** A line leading into what follows, a salutation or a list: 亲爱的妈妈：, 这些作品有三个突出特点： */
const LEAD_IN = /^[^。！？!?]{2,30}[：:]$/;

/** A saying's attribution on its own line: ——某协会主席某某. */
const ATTRIBUTION = /^——[^，。；！？,;!?]{2,40}$/;

/**
 * A line between blank lines, after a finished sentence, a title or a closing line, where paragraphs stand
 * apart, that reads whole by itself: a short comma line (守林，也守人心: a subhead's line or a
 * headline's), a saying's attribution (——某协会主席某某) or a lead-in (亲爱的妈妈：). Not a
 * sentence broken off: a break would not start right after a finished paragraph.
 */
function standsApart(lines: Line[], kinds: LineKind[], i: number): boolean {
  const { text } = lines[i];
  const whole = (text.length <= SUBHEAD_COMMA_LENGTH && isCommaTitle(text)) || ATTRIBUTION.test(text) || LEAD_IN.test(text);
  const afterWhole = i > 0 && (endsSentence(lines[i - 1].text) || kinds[i - 1] === 'title' || kinds[i - 1] === 'subhead' || kinds[i - 1] === 'closing');
  return whole && afterWhole && lines[i].afterBlank && lines[i + 1]?.afterBlank === true;
}

/**
 * The one-line titles and subheads standing alone in the body above line `i`, back to the headline
 * block, byline or closing line it opened under: the body's subheads so far, in order.
 */
function subheadLinesAbove(lines: Line[], kinds: LineKind[], i: number): string[] {
  const found: string[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const k = kinds[j];
    if (k === 'byline' || k === 'closing' || k === 'credit' || k === 'note') break;
    if (k !== 'title' && k !== 'subhead') continue;
    if (kinds[j - 1] === 'title' || kinds[j + 1] === 'title') break;
    found.unshift(lines[j].text);
  }
  return found;
}

/** A name on a line of its own, 2–4 characters, perhaps spaced out to a width: 马 进, 魏体伟. */
const SIGNATURE_LINE = /^(?=(?:[\u4e00-\u9fff][ \u3000\u00a0]*){2,4}$)[\u4e00-\u9fff](?:[ \u3000\u00a0]*[\u4e00-\u9fff]){1,3}$/;

/** Signature after the last full stop: exactly a 2–3 character name. */
const SIGNATURE = /[。！？][”’]?([\u4e00-\u9fff]{2,3})$/;

/**
 * A caption that says where its picture stands: 上图：, 下图：, 左图：, 图①：. Never a title line: in the
 * truths of rmrb-2019 and the other papers' sets, 52 paragraphs open so and no kicker, headline or
 * subheadline; printed with no credit under it (图①：改造后的客厅 / 图②：…… after a home feature) it is
 * read as the caption of a picture of the piece above, not as the next piece's kicker or a headline.
 */
const PLACED_CAPTION = /^(?:[上下左右中]图|图[①-⑩0-9０-９一二三四五六七八九十])[：:]/;

/**
 * A note naming the source of a box's figures: 数据来源：某市统计局, （资料来源：……）, 来源：……. In the truths
 * of rmrb-2019 and the other papers' sets 74 paragraphs open so and no kicker, headline or subheadline:
 * right under a box's last row that reads as a title line (1.8公里　平均骑行距离), it closes the box and
 * never joins the next headline block as its kicker.
 */
/** Where an excerpt is taken from, set with a dash as a subheadline is: ——摘自《某某》, ——选自长篇纪实《某某》. */
const DASHED_EXCERPT_SOURCE = /^——[ \u3000]*(?:摘自|选自|节选自|原载)[^《》]{0,8}《[^》]{1,30}》$/;

/** A box's source note: （数据来源：……）, 资料来源：……, or who gave its figures (（以上信息由各营地提供，……）: set xm). */
const SOURCE_NOTE = /^[（(]?(?:(?:数据|资料)?来源[：:]|以上(?:数据|信息|资料|价格|内容)(?:均)?由)/;

/**
 * A note in brackets naming who gave a box its figures: （某某市场信息中心提供）, （数据由某公司提供）. In the truths of
 * all sets and rmrb-2019 all 25 such lines are paragraphs, none a headline-block line: under a box's last row read
 * alone as a title line (满天星（元/扎）12.00: set ar; ●吸纳就业3100余人: set ha) it closes the box, never a subheadline
 * or a kicker of the headline after it.
 */
const PROVIDER_NOTE = /^[（(][^（）()]{2,30}提供[）)]$/;

/** A headline's marks with no words after them (`# `): where the markdown layout prints a piece without a headline. */
const BARE_HEADLINE_MARK = /^#{1,6}$/;

export function toBlocks(printed: Line[], layout: PageLayout = readLayout(printed)): Block[] {
  // A bare headline mark is layout, not text: it says a piece without a headline (a picture's caption and credit) begins
  // under it. In the pages of all sets, 52 such marks stand over a picture's caption, each a piece of its own (set ur).
  const lines = printed.filter((line) => !BARE_HEADLINE_MARK.test(line.text));
  const underBareMark = new Set(printed.flatMap((line, k) => (BARE_HEADLINE_MARK.test(line.text) && k + 1 < printed.length ? [printed[k + 1].n] : [])));
  const kinds = lines.map((line) => kindOf(line, layout));
  settleKinds(lines, kinds, layout);

  const blocks: Block[] = [];
  const used = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const line = lines[i];
    const kind = kinds[i];

    if (kind === 'title') {
      const run: TitleLine[] = [toTitleLine(line)];
      // A title run ends after a subheadline: the next title line starts another block.
      while (i + 1 < lines.length && kinds[i + 1] === 'title' && !endsTitleBlock(run[run.length - 1].text, run.length) && !(layout.tightTitles && lines[i + 1].afterBlank)) {
        i++;
        run.push(toTitleLine(lines[i]));
      }
      // A caption is the line just before its credit, even when it is short. But where indents mark
      // paragraphs, flush lines over an indented credit are a picture's headline block (泉河县新城区一角 /
      // 　　某县委宣传部供图: set ae of other papers' pages; 读者镜头 / 夕照船坞 / 　　某某　摄: set su), the credit its only text.
      // So is a headline block printed tight over a credit set apart, where the page sets its paragraphs (a caption among
      // them) apart and its headline blocks tight (读者镜头 / 套马 / blank / 读者　某　某　摄: set sq): the credit is its only text.
      const tightOverCredit = layout.tightTitles && run.length >= 2 && !lines[i].afterBlank && lines[i + 1]?.afterBlank === true;
      if (kinds[i + 1] === 'credit' && ((layout.indents && !lines[i].indented && lines[i + 1].indented) || tightOverCredit)) {
        blocks.push({ type: 'title', lines: run });
        continue;
      }
      if (kinds[i + 1] === 'credit') {
        const captionLine = run.pop()!;
        if (run.length) blocks.push({ type: 'title', lines: run });
        blocks.push({ type: 'photo', caption: captionLine.text, credit: lines[i + 1].text, creditApart: true, lines: [...captionLine.lines, ...sourceLines(lines[i + 1])] });
        i++;
        continue;
      }
      blocks.push({ type: 'title', lines: run });
    } else if (kind === 'byline') {
      blocks.push({ type: 'byline', n: line.n, text: line.text });
    } else if (kind === 'note') {
      blocks.push({ type: 'note', n: line.n, text: line.text });
    } else if (kind === 'closing') {
      blocks.push({ type: 'closing', text: line.text, lines: sourceLines(line) });
    } else if (kind === 'subhead' && kinds[i + 1] !== 'credit') {
      blocks.push({ type: 'subhead', text: line.text, lines: sourceLines(line) });
    } else if (kind === 'credit') {
      // A credit with no caption line before it (the caption was consumed or absent).
      blocks.push({ type: 'photo', caption: '', credit: line.text, creditApart: true, lines: sourceLines(line) });
    } else if (kind === 'captioned') {
      const { rest, credit } = captionParts(line.text);
      blocks.push({ type: 'photo', caption: rest, credit, creditApart: false, lines: sourceLines(line) });
    } else if (kinds[i + 1] === 'credit') {
      // Two captions that say where their pictures stand, over one credit (上图：…… / 下图：…… / 某某 摄):
      // one group of pictures, both captions its (set bz's 专版).
      const before = blocks.at(-1);
      const pair = PLACED_CAPTION.test(line.text) && before?.type === 'paragraph' && !before.verse && before.signature === null && PLACED_CAPTION.test(before.text);
      if (pair) blocks.pop();
      const caption = pair ? `${before.text}${line.text}` : line.text;
      blocks.push({ type: 'photo', caption, credit: lines[i + 1].text, creditApart: true, lines: [...(pair ? before.lines : []), ...sourceLines(line), ...sourceLines(lines[i + 1])] });
      i++;
    } else if (kind === 'verse') {
      blocks.push({ type: 'paragraph', text: line.text, lines: sourceLines(line), signature: null, verse: true });
    } else if (kind === 'signing') {
      blocks.push({ type: 'paragraph', text: line.text, lines: sourceLines(line), signature: null });
    } else {
      const paragraph = { type: 'paragraph' as const, text: line.text, lines: sourceLines(line), signature: null as string | null };
      const photosInside = joinBrokenSentence(paragraph, lines, kinds, i, used, layout);
      blocks.push(paragraph, ...photosInside);
    }
  }
  markPicturesApart(blocks, lines, layout);
  // A picture after two blank lines or more, the last thing before the next headline or the page's end, whose caption does
  // not point at a piece (图为……), is a piece of its own too: the gap is where the page printed its empty headline block. In
  // the pages of all sets and rmrb-2019 all 140 lines after such a gap open a piece (sets un, uw, vb); the archive's own pages
  // print such a gap around a piece's own pictures (图为……, with the piece's text going on under them), which stay its own.
  const previousEnd = new Map(lines.map((line, k) => [line.n, k > 0 ? Math.max(...sourceLines(lines[k - 1])) : 0]));
  blocks.forEach((block, k) => {
    if (block.type !== 'photo') return;
    const first = block.lines[0];
    if (underBareMark.has(first)) block.apart = true;
    const gap = first - (previousEnd.get(first) ?? first) - 1;
    const lastBeforeTitle = k + 1 === blocks.length || blocks[k + 1].type === 'title';
    if (gap >= 2 && lastBeforeTitle && !/^图为/.test(block.caption)) block.apart = true;
  });
  return blocks;
}

/**
 * Marks each picture whose caption stands right after a blank line, on a page where blank lines are rare
 * (`apart`): the gap sets it off from the piece above (the items stage reads it as a piece of its own).
 * In the pages of rmrb-2019 and of the other papers' sets printed with their paragraphs run on, a blank
 * line stands only before a piece with no headline and inside a paragraph a break cut; an article's own
 * picture prints among its paragraphs with none before it.
 */
function markPicturesApart(blocks: Block[], lines: Line[], layout: PageLayout): void {
  if (!layout.blankLinesRare) return;
  const afterGap = new Set(lines.filter((l) => l.afterBlank).map((l) => l.n));
  for (const block of blocks) if (block.type === 'photo' && afterGap.has(block.lines[0])) block.apart = true;
}

function toTitleLine(line: Line): TitleLine {
  return { n: line.n, text: line.text, headingMarks: line.headingMarks, lines: sourceLines(line) };
}

/** The source line numbers a line was read from. */
function sourceLines(line: Line): number[] {
  return line.pieces.map((p) => p.n);
}

function endsTitleBlock(text: string, runLength: number): boolean {
  return isDashSubheadline(text) || (runLength >= 2 && isAttendanceLine(text));
}

/**
 * A list's point numbered at its start: 第一，, （一）, 一、, 1., ① (set rz's ①……； / ②……；). A figure right after 1. is a decimal (2.5亿元), not
 * a point, unless it opens a day (1．1月17日8:00—20:00，……: a 停水通知's rows, sets rq and rm; 8 more paragraphs
 * apart over all sets, none fewer) or a bus route (1．21路延伸至……: set sa; no decimal counts 路).
 */
const LIST_POINT = /^(?:[①-⑳]|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[.、．](?![0-9０-９](?![0-9０-９]{0,2}(?:[月日]|路(?!径|程|线)))))/;

/** A notice's field led by its label and colon: 公示期：……, 联系电话：……, 监督电话：……. */
const NOTICE_FIELD_OPENING = /^[\u4e00-\u9fff]{2,6}[：:]/;

/** The row opens with a list's number one more than the row over it does (3．…… / 4．……). */
function followsNumberedRow(row: string, above: string): boolean {
  const number = LIST_ROW_NUMBER.exec(row)?.[1];
  const before = LIST_ROW_NUMBER.exec(above)?.[1];
  const value = (n: string) => Number(n.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return number !== undefined && before !== undefined && value(number) === value(before) + 1;
}

/** The line opens with the point numbered one more than the row does, in the same form (四、…… / 五、……; 1．…… / 2．……). */
function nextPoint(row: string, below: string): boolean {
  const a = sectionNumber(row);
  const b = sectionNumber(below);
  return a !== null && b !== null && a.form === b.form && b.value === a.value + 1;
}

/** A list's group label alone on its line, ending on its colon: 先进集体：, 一等奖：, 拟表彰个人：. */
const GROUP_LABEL = /^[\u4e00-\u9fff（）()]{2,12}[：:]$/;

/** Marks a sentence cannot stop on: it goes on past them. */
const GOES_ON = /[，、；：,;:“‘（《「『【〔(—]$/;
/** Quotes and brackets, opening and closing. */
const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['（', '）'], ['(', ')'], ['《', '》'], ['「', '」'], ['【', '】']];

/** The text cannot end a paragraph: it stops on a comma, colon or opening mark, or leaves a quote or bracket open. */
function cannotStop(text: string): boolean {
  if (GOES_ON.test(text)) return true;
  return PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/**
 * While the paragraph ends mid-sentence, take the next text line into it, looking past
 * photos (a caption can stand in the middle of a broken paragraph); the photos passed over
 * are returned, to stand right after the paragraph. Stops at anything else: a title
 * line there means the article was cut off, which the items stage records.
 */
function joinBrokenSentence(
  paragraph: ParagraphBlock,
  lines: Line[],
  kinds: LineKind[],
  start: number,
  used: Set<number>,
  layout: PageLayout,
): Block[] {
  const photosInside: Block[] = [];
  // A weather box's row ends at its line's end, with no stop (5日（周六） 晴 2℃～12℃ 北风2级 / 6日……: set y), as a
  // 数读 box's does (412个　全年新建社区运动场: set fy), and a work's caption (书法　某某（八十岁）: set fx).
  if (standsApart(lines, kinds, start) || isWeatherRow(lines[start].text) || isNoticeField(lines[start].text) || isFigureRow(lines[start].text) || isDayRow(lines[start].text) || isArtworkCaption(lines[start].text)) return photosInside;
  let i = start;
  // A brief signed in brackets after its last sentence (……。（记者 某  某）) is whole.
  while (!endsSentence(paragraph.text) && !endsSignedInBrackets(paragraph.text) && !findContinuation(paragraph.text)) {
    let j = i + 1;
    const passed: Block[] = [];
    while (j < lines.length && !used.has(j) && (kinds[j] === 'credit' || kinds[j] === 'captioned' || kinds[j + 1] === 'credit')) {
      if (kinds[j] === 'captioned') {
        const { rest, credit } = captionParts(lines[j].text);
        passed.push({ type: 'photo', caption: rest, credit, creditApart: false, lines: sourceLines(lines[j]) });
        j++;
      } else if (kinds[j] === 'credit') {
        passed.push({ type: 'photo', caption: '', credit: lines[j].text, creditApart: true, lines: sourceLines(lines[j]) });
        j++;
      } else {
        passed.push({ type: 'photo', caption: lines[j].text, credit: lines[j + 1].text, creditApart: true, lines: [...sourceLines(lines[j]), ...sourceLines(lines[j + 1])] });
        j += 2;
      }
    }
    if (j >= lines.length || kinds[j] !== 'text' || used.has(j) || parseDateline(lines[j].text) || isWeatherRow(lines[j].text) || isNoticeField(lines[j].text) || isFigureRow(lines[j].text) || isDayRow(lines[j].text) || isArtworkCaption(lines[j].text)) break;
    // Where paragraphs are indented, an indented line opens one: the reflow stage has joined every piece that goes on.
    if (layout.indents && lines[j].indented) break;
    // A box's next row, marked as this one opens (■产品出口32个国家和地区 after ■五十年累计生产……), opens its own;
    // the box's last row, one of rows marked alike, ends at its line's end unless it cannot stop there (a note
    // under the box follows it: ■11月28日　某某考试 / 具体安排以……为准。, set z).
    const rowMark = ROW_MARK.exec(paragraph.text)?.[0];
    if (rowMark !== undefined && lines[j].text.startsWith(rowMark)) break;
    // So does a row led by its label and colon over the next such row (男子100米：某某（某大学）10秒52 / 女子100米：……).
    if (LABELLED_ROW.test(paragraph.text) && LABELLED_ROW.test(lines[j].text)) break;
    // Not an indented row over a flush line where paragraphs are indented: that line is the row's rest a break cut off
    // (　　■不要为他人携带 / 不明物品，更不要接受“带货费”；: set qo).
    if (rowMark !== undefined && lines[start - 1]?.text.startsWith(rowMark) && !cannotStop(paragraph.text) && !(layout.indents && lines[start].indented && !lines[j].indented)) break;
    // Where paragraphs stand apart, one that stops at a blank line without a stop is whole (a lead or
    // a subhead set as a paragraph: 探民生冷暖、谋振兴思路，越来越多的年轻人想回乡创业), unless it cannot
    // stop there: on a comma or colon, or with a quote or bracket open.
    if (layout.tightTitles && lines[j].afterBlank && !cannotStop(paragraph.text)) break;
    // A lead-in's colon over the first point of a list (……指出： / 第一，……; ……原则： / （一）……) ends its paragraph there,
    // and so does a clause announcing what follows (您的来信收悉。现答复如下： / 根据……): 425 paragraphs of the truths
    // end on such a clause with another after them, 20 go on past one, never across a blank line (sets ns, nt: a reply
    // to a reader's letter run into its first paragraph; set qd: on a page of every line apart, a 通告's lead-in run
    // into its first point).
    // So does a group's label of the list, itself ending on its colon over the first point (……现予公示： / 先进集体： /
    // 1．……; set qr: the label had run into the lead-in).
    const groupLabel = GROUP_LABEL.test(lines[j].text) && lines[j + 1] !== undefined && LIST_POINT.test(lines[j + 1].text);
    // So does one over a table's header row (……现予公示： / 序号　企业名称　加工品类: set sd).
    if (lines[j].afterBlank && /[：:]$/.test(paragraph.text) && (LIST_POINT.test(lines[j].text) || ANNOUNCES_LIST.test(paragraph.text) || groupLabel || isHeaderRow(lines[j].text))) break;
    // So does a list's row ending on its semicolon over a blank line and the next row (1．某项目，资助金额180万元； / 2．……),
    // on any page: in the truths 558 paragraphs end on ； with a paragraph opening on a list's point or mark after them,
    // and 16 paragraphs hold such a point right after a ； inside (sets qb, qc: a 公示's five rows run into one paragraph).
    // So does a labelled row over the next (线路一：……约4小时； / 线路二：……: set se).
    if (lines[j].afterBlank && /[；;]$/.test(paragraph.text) && (LIST_POINT.test(lines[j].text) || ROW_MARK.test(lines[j].text) || (NOTICE_FIELD_OPENING.test(paragraph.text) && NOTICE_FIELD_OPENING.test(lines[j].text)))) break;
    // So does a numbered list's last row, with no stop, under the row numbered one less, over a blank line and a field
    // led by its label (3．某站：某某 / 4．某站：某某、某某 / blank / 公示期：……: set rf, a 公示 on a `#` page).
    if (lines[j].afterBlank && NOTICE_FIELD_OPENING.test(lines[j].text) && followsNumberedRow(paragraph.text, lines[start - 1]?.text ?? '')) break;
    // So does a numbered point over a blank line and the point numbered one more (四、……网址：http://…… / 五、……: set sl,
    // a 公示's row ending on a web address), unless it cannot stop there.
    if (lines[j].afterBlank && !cannotStop(paragraph.text) && nextPoint(paragraph.text, lines[j].text)) break;
    photosInside.push(...passed);
    for (let k = i + 1; k <= j; k++) used.add(k);
    paragraph.text += lines[j].text;
    paragraph.lines.push(...sourceLines(lines[j]));
    i = j;
  }
  if (!endsSentence(paragraph.text)) {
    const m = SIGNATURE.exec(paragraph.text);
    if (m) {
      paragraph.signature = m[1];
      paragraph.text = paragraph.text.slice(0, -m[1].length);
    }
  }
  return photosInside;
}


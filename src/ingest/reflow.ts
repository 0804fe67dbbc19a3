/**
 * Stage 3 of the ingest: lines → lines, undoing what text extraction did to paragraphs.
 *
 * Text lifted from a PDF often comes hard-wrapped at the column width: every paragraph is cut
 * into lines of nearly the same width, and only the indent (　　) of its first line says where
 * a paragraph starts. Other extractions break a paragraph once, mid-sentence, sometimes with a
 * blank line after the break. In both, the pieces that go on have no indent, while the
 * paragraphs of the page do. This stage joins such pieces back into their paragraph and leaves
 * every other line as it is; each joined line keeps its pieces' source line numbers.
 *
 * It only acts on pages whose paragraphs are indented: there a line without the page's
 * paragraph indent is either a title line (headlines are not wrapped and usually not
 * indented) or a piece that goes on. Pages without indents (the archive's own sources) come
 * out unchanged; for them the blocks stage joins a line that ends mid-sentence with the next
 * text line.
 *
 * The width measure is that of a column of type: a CJK or full-width character counts 1, an
 * ASCII character 1/2. Characters whose width depends on the font (“ ” — … · ■ ①) count 1/2 or
 * 1, whichever fits the page's lines: the page itself says which measure it was wrapped with,
 * and at what width.
 */
import { spaceWidth, type Line } from './lines.ts';
import { readsAsColumnName } from './title-run.ts';
import {
  ANNOUNCES_LIST,
  chineseNumber,
  columnTag,
  endsSentence,
  endsOnContact,
  endsSignedByReporter,
  findContinuation,
  isArtistCredit,
  isByline,
  isBylineCutAfterRole,
  opensComment,
  isClosingLine,
  isCreditLine,
  isDashSubheadline,
  isNoticeTitle,
  isTitleLike,
  parseDateline,
  splitCredit,
  endsRunInSignature,
} from './patterns.ts';
import { codes, measureLines, measureWrap, type LineWidths, type WrapWidth } from './wrap-width.ts';
import { isBareCaption } from './captions.ts';
import { simplifiedForReading } from './fold.ts';

/** The share of indented lines from which an unwrapped page's paragraphs count as marked by indents. */
const INDENTED_SHARE = 0.25;

/** A box's item as printed flush: marked (■……, ●……), or led by a short label and its colon (数据来源：……, 问：……). */
const FLUSH_ITEM = /^(?:[■□●○▲△◆◇▶]|[\u4e00-\u9fff]{1,6}[：:])/;

/** A box's row as printed flush, marked (■……, ●……). */
const ROW_OPENING = /^[■□●○▲△◆◇▶]/;

/**
 * A box's row led by a short label and its colon, perhaps marked: 主要经历：……, ■城市建成区面积：1987年…… (set fi); or a
 * marked row of a longer label and a telephone number alone after it (●市交警支队沙区路况查询：6272122: set sx's 便民热线 box).
 */
const LABELLED_ROW = /^[■□●◆▲]?[\u4e00-\u9fff]{2,8}[：:]|^[■□●◆▲][\u4e00-\u9fff]{2,16}[：:][ \u3000]*[0-9０-９][0-9０-９\-－ ]{3,}$/;


/**
 * Joins the lines of paragraphs that the source's layout cut up: lines hard-wrapped at the
 * page's column width (found by `measureWrap`), and paragraphs broken mid-sentence, with or
 * without a blank line after the break. Takes the lines stage's output; gives lines in the
 * same order, where a joined line has the first piece's number, indent and flags, the text
 * of all pieces run together (a space only where the source had layout space at the break,
 * or between two ASCII letters at a wrap) and every piece in `pieces`. Pages whose paragraphs are not
 * indented come back unchanged (the same array). Linear in the page's length; never throws.
 */
export function reflow(lines: Line[]): Line[] {
  const indent = paragraphIndent(lines);
  if (!indent) return lines;
  const widths = measureLines(lines);
  const wrap = measureWrap(lines, widths);
  const page = new Page(lines, indent, wrap, widths);
  // A wrapped page indents only its paragraphs' first lines; any other page, most of its lines.
  if (!wrap && page.openingLines < lines.length * INDENTED_SHARE) return lines;

  const out: Line[] = [];
  let paragraph: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!page.opens(i) && (page.bylineCutInName(i) || page.closingCutInBrackets(i))) {
      // A byline the width cut inside a name (本报记者 某  某 通讯员 某  / 某), a closing line in
      // brackets cut before its end: the rest goes with it.
      const byline = new Paragraph(line, i);
      // A role and the names after it are words apart (记者 殷  越): the join keeps them so.
      byline.append(lines[i + 1], i + 1, true, isBylineCutAfterRole(line.text, lines[i + 1].text));
      out.push(byline.line);
      paragraph = null;
      i++;
      continue;
    }
    const join = paragraph && !page.opens(i) && line.headingMarks === 0 ? page.goesOn(paragraph, i) : null;
    if (paragraph && join) {
      paragraph.append(line, i, join === 'wrapped');
      out[out.length - 1] = paragraph.line;
      continue;
    }
    out.push(line);
    // Only a line with the paragraph indent opens a paragraph that later lines may continue, a
    // caption printed flush with no credit (图为……。) that the width cut, and a reader's comment (@网名：……).
    paragraph = page.opens(i) || page.opensCutCaption(i) || opensComment(line.text) || page.opensCutItem(i) || page.opensNoteUnderRows(i, out[out.length - 2]) ? new Paragraph(line, i) : null;
  }
  return out;
}

/** The layout space that opens a paragraph on this page. */
interface ParagraphIndent {
  width: number;
  /** Made of full-width spaces or tabs, not ASCII spaces. */
  wide: boolean;
}

const NARROW_SPACE = /^[ \u00a0]*$/;

/**
 * The page's paragraph indent: the commonest indent of its indented lines (　　 in most
 * sources), or null when fewer than two lines have it.
 */
function paragraphIndent(lines: Line[]): ParagraphIndent | null {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.indented) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 1;
  for (const [indent, c] of counts) if (c > bestCount) [best, bestCount] = [indent, c];
  return best === null ? null : { width: spaceWidth(best), wide: !NARROW_SPACE.test(best) };
}

/** A paragraph being read back together, with what the rules need to know about it so far. */
class Paragraph {
  line: Line;
  /** Index (in the page's lines) of the line that opened it. */
  readonly first: number;
  /** Index (in the page's lines) of the last source line taken in. */
  last: number;
  /** The end of the text: enough for the rules that look at how the paragraph ends. */
  tail: string;
  /** The layout space after the last source line taken in. */
  private trail: string;
  /** Source lines' texts that `depth` and `punctuated` have not read yet (they are read when asked for). */
  private unread: string[];
  /** Open brackets and quotes, per pair in BRACKET_CODES. */
  private depth = new Int32Array(BRACKET_CODES.length);
  private punctuated = false;
  /** Some line was taken in: `line` is a copy of the first line, no longer the source's own. */
  private joined = false;

  constructor(line: Line, index: number) {
    this.line = line;
    this.first = index;
    this.last = index;
    this.tail = line.text.slice(-TAIL);
    this.trail = line.trail;
    this.unread = [line.text];
  }

  /**
   * Takes line `index` into the paragraph: with a space where the source had layout space at
   * the break (full-width spaces as they are), or between two ASCII letters at a wrap (a wrap breaks between words); a break
   * mid-sentence may fall inside a word or number, so there nothing is put in.
   */
  append(line: Line, index: number, wrapped: boolean, separate = false): void {
    // At the first join the paragraph becomes a line of its own: the source's lines stay as they are.
    if (!this.joined) this.line = { ...this.line, pieces: [...this.line.pieces] };
    this.joined = true;
    const text = this.line.text;
    const spaced = separate || this.trail !== '' || line.indent !== '' || (wrapped && /[A-Za-z]$/.test(this.tail) && /^[A-Za-z]/.test(line.text));
    // A full-width space the source put at the break is kept as printed (记者　/ 柴　砺); other layout space becomes one space.
    const space = !spaced ? '' : /^\u3000+$/.test(this.trail) ? this.trail : ' ';
    const at = text.length + space.length;
    this.line.text = text + space + line.text;
    for (const piece of line.pieces) this.line.pieces.push({ n: piece.n, at: at + piece.at });
    this.tail = line.text.length >= TAIL ? line.text.slice(-TAIL) : (this.tail + space + line.text).slice(-TAIL);
    this.last = index;
    this.trail = this.line.trail = line.trail;
    this.unread.push(line.text);
  }

  /** Some sentence punctuation (，。；…) occurs in it. */
  get hasSentencePunctuation(): boolean {
    this.readOn();
    return this.punctuated;
  }

  /** A bracket or quote is left open, it ends on a comma or colon, or it is a bare dateline: it cannot end here. */
  get leftOpen(): boolean {
    this.readOn();
    for (const d of this.depth) if (d > 0) return true;
    if (OPEN_END.test(this.tail)) return true;
    if (this.joined || this.line.text.length > 40) return false;
    const dateline = parseDateline(this.line.text);
    return dateline !== null && dateline.text.length >= this.line.text.length;
  }

  /** Reads the source lines taken in since the last time (their own texts: the joined text is built up piece by piece, and reading it whole each time would cost its length). */
  private readOn(): void {
    for (const text of this.unread) {
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (SENTENCE_PUNCT_CODES.has(ch)) this.punctuated = true;
        for (let p = 0; p < BRACKET_CODES.length; p++) {
          if (ch === BRACKET_CODES[p][0]) this.depth[p]++;
          else if (ch === BRACKET_CODES[p][1] && this.depth[p] > 0) this.depth[p]--;
        }
      }
    }
    this.unread.length = 0;
  }
}

/** How many characters at a paragraph's end the rules look at. */
const TAIL = 24;

/** A voice signed after a dash with a post and the first character of a name: ……”——个体户 邬. */
const VOICE_CUT_IN_NAME = /——[\u4e00-\u9fff]{1,12}[ \u3000]+[\u4e00-\u9fff]$/;

/**
 * A voice or comment signed after a dash, the width cut inside the signer's post (……”——北川工业大学能源).
 * In the truths of the other papers' sets and rmrb-2019, 38 paragraphs end in a signature of a post and a
 * name set apart by a space (——徒弟　某某), every one the last piece of its paragraph, and 8 more in an
 * unspaced name (——李商隐), none of them followed by a line of a post and a name.
 */
const VOICE_CUT_IN_POST = /[。！？…][”’」』]?——[\u4e00-\u9fff]{1,16}$/;

/** A voice signed after a dash at a paragraph's end: ……。——网友“冰上飞”, ……！——退休职工　某某. */
const VOICE_SIGNED = /[。！？…][”’」』]?——[^。！？，,——]{1,16}$/;

/** A headline asking a question: short, no stop or comma before its one question mark. */
const QUESTION_TITLE = /^[^。！？；，,;!?]{2,28}？$/;

/** A voice's signature the width cut after the dash's first character or after 一位/一名: ……”——一, ……”——一位. */
const VOICE_CUT_AT_START = /[。！？…][”’」』]?——(?:[\u4e00-\u9fff]|一[位名个])$/;

/** A Q&A's expert named under its headline, the width cut before the name: 答疑专家：某市第三人民, 本期嘉宾：某某大学. */
const EXPERT_CUT_IN_POST = /^[\u4e00-\u9fff]{0,4}(?:专家|嘉宾|医生|医师|主讲人|讲师|主持人)[：:][\u4e00-\u9fff]{1,16}$/;

/** A title led by a place or a body and its colon, no stop or comma after it: 城市书房：“棋书共读”亲子活动, 某县：……. */
const PLACE_COLON_TITLE = /^[\u4e00-\u9fff]{2,8}[：:](?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[^。！？；，,：:]{4,24}$/;

/** The rest of a post and the name after it, set apart by a space: 材料研究中心研究员　某某, 某某　某　某. */
const POST_AND_NAME = /^[\u4e00-\u9fff]{1,16}[ \u3000]+[\u4e00-\u9fff]{2,3}$|^[\u4e00-\u9fff]{1,16}[ \u3000]+[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]$/;

/** What the rules know about the page: its paragraph indent, its wrap, its lines' widths. */
class Page {
  private lines: Line[];
  private indent: ParagraphIndent;
  private wrap: WrapWidth | null;
  private widths: LineWidths;
  /** Per line: it opens a paragraph (see `opens`). */
  private opening: Uint8Array;
  readonly openingLines: number;

  constructor(lines: Line[], indent: ParagraphIndent, wrap: WrapWidth | null, widths: LineWidths) {
    this.lines = lines;
    this.indent = indent;
    this.wrap = wrap;
    this.widths = widths;
    this.opening = new Uint8Array(lines.length);
    let count = 0;
    lines.forEach((line, i) => {
      // Two spaces a wrap moved to the start of a line are no paragraph indent.
      const opens = line.indented && line.headingMarks === 0 && spaceWidth(line.indent) >= indent.width && (!indent.wide || !NARROW_SPACE.test(line.indent));
      this.opening[i] = opens ? 1 : 0;
      if (opens) count++;
    });
    this.openingLines = count;
  }

  /** Line i opens a paragraph: it has the page's paragraph indent and no heading marks. */
  opens(i: number): boolean {
    return this.opening[i] === 1;
  }

  /**
   * Does line i continue the paragraph (it does not open one and has no heading marks), and
   * where was the paragraph cut: at the column width or mid-sentence? After a line cut at the
   * width, it goes on unless line i is a title line. Otherwise only a paragraph broken
   * mid-sentence goes on, and never into a photo caption or credit, a byline or a continuation
   * note on its own line: the blocks stage reads those, and joins a paragraph around a photo.
   */
  goesOn(paragraph: Paragraph, i: number): 'wrapped' | 'broken' | null {
    if (opensComment(this.lines[i].text)) return null;
    // A range's second half (～5℃　西北风3级) opens nothing: the width cut the row inside its range (set lv).
    if (RANGE_REST.test(this.lines[i].text)) return this.isFull(paragraph.last, i) ? 'wrapped' : 'broken';
    // A journal's issue the width or a break cut from its title (——摘自《某某社会科学》 / 2005年第4期: set ir): no headline
    // is an issue number alone.
    const issue = ISSUE_ALONE.exec(this.lines[i].text);
    if (issue && (issue[1] === '年' ? /》[0-9０-９]{4}$/ : /》$/).test(paragraph.tail)) return this.isFull(paragraph.last, i) ? 'wrapped' : 'broken';
    // An e-mail or web address the width cut inside (投稿邮箱：xiyanghong@ / yichengwb.cn: set fx): the
    // rest goes on, however wide the Latin letters made the line above.
    if (ADDRESS_CUT.test(paragraph.tail) && /^[A-Za-z0-9]/.test(this.lines[i].text)) return 'wrapped';
    // A photo story's credit the width or a break cut right after 摄 (本报记者　某　某　摄 / 影报道: set uy): the rest of
    // 摄影报道 goes on, though the line above reads as a whole credit.
    if (/摄$/.test(paragraph.tail) && CREDIT_REST.test(this.lines[i].text)) return this.isFull(paragraph.last, i) ? 'wrapped' : 'broken';
    // Wider than the page's column: no piece of a paragraph wrapped at it, but a line set apart (a headline).
    if (this.overWidth(i)) return null;
    if (this.isFull(paragraph.last, i)) {
      if (!paragraph.leftOpen && this.captionAfterFullLine(paragraph, i)) return null;
      if (this.figureEndsRow(paragraph, i)) return 'wrapped';
      return paragraph.leftOpen || !this.titleAfterFullLine(paragraph, i) ? 'wrapped' : null;
    }
    const text = this.lines[i].text;
    const next = this.lines[i + 1];
    // A caption broken mid-sentence (▲昨日下午再下大雨，途人在 / 某某道冒雨过马路。本报记者　某某摄): the line finishes it, credit and all (set fh).
    if (!isCreditLine(text) && splitCredit(text) && CAPTION_START.test(paragraph.line.text) && !endsSentence(paragraph.tail)) return 'broken';
    if (isCreditLine(text) || splitCredit(text) || isByline(text)) return null;
    // A line over a credit is a caption of its own (图为…… / 某某摄 inside a broken paragraph), unless
    // it only finishes the sentence above it: the end of a caption the width cut (…预计 / 产量增长一成。 / 某某摄).
    if (next && isCreditLine(next.text) && !this.finishesCaption(paragraph, text)) return null;
    if (findContinuation(text)?.note === text) return null;
    return paragraph.leftOpen || this.brokenMidSentence(paragraph, i) ? 'broken' : null;
  }

  /**
   * Line i opens a picture's caption (图为……, 11月19日，……) right after a full line that ended its
   * paragraph's sentence, and a credit (某某 摄) closes it within a few lines, before any line
   * opening a paragraph: the caption starts there, it does not go on the paragraph (sets t and u of
   * other papers' pages: a caption on a hard-wrapped page prints no indent).
   */
  private captionAfterFullLine(paragraph: Paragraph, i: number): boolean {
    if (!endsSentence(paragraph.tail) || !CAPTION_OPENING.test(this.lines[i].text)) return false;
    let caption = this.lines[i].text;
    for (let j = i + 1; j < Math.min(this.lines.length, i + CAPTION_LINES); j++) {
      // A caption printed with no credit (图为……。) ends with its sentence: the width cut it, and its end is here.
      if (isBareCaption(caption)) return true;
      if (this.opens(j)) return false;
      if (isCreditLine(this.lines[j].text)) return true;
      caption += this.lines[j].text;
    }
    return false;
  }

  /**
   * Line i opens a caption printed flush with no credit (图为……。) that the column width cut: with
   * the full lines after it, it reads as a whole caption (set v of other papers' pages, where the
   * blocks stage read its two pieces as the next article's kicker and headline).
   */
  opensCutCaption(i: number): boolean {
    let caption = this.lines[i].text;
    if (!caption.startsWith('图为') || isBareCaption(caption)) return false;
    for (let j = i + 1; j < Math.min(this.lines.length, i + CAPTION_LINES) && !this.opens(j) && this.isFull(j - 1, j); j++) {
      caption += this.lines[j].text;
      if (isBareCaption(caption)) return true;
    }
    return false;
  }

  /**
   * Line i opens a box's item printed flush that the column width cut: marked (■11月14日 某某考试, ●……)
   * or led by a short label and its colon (数据来源：某市住房和城乡建, 问：……), filling the width, the
   * next line flush (sets y and z of other papers' pages: boxes print their items without the indent).
   */
  opensCutItem(i: number): boolean {
    const next = this.lines[i + 1];
    if (this.opens(i) || next === undefined || this.opens(i + 1) || next.headingMarks > 0 || this.lines[i].headingMarks > 0) return false;
    // A headline led by a place and its colon (某县：……) may fill the width too: a byline or a
    // subheadline under it says so (set o).
    if (isByline(next.text) || isCreditLine(next.text) || isDashSubheadline(next.text)) return false;
    // The next line opening an item of its own (成交均价：…… under 环比：+8.2%) is the box's next row.
    return FLUSH_ITEM.test(this.lines[i].text) && !FLUSH_ITEM.test(next.text) && this.isFull(i, i + 1);
  }

  /**
   * Line i is a box's closing note printed flush under its marked rows, that the column width cut
   * (■11月28日　某某考试 / 具体安排以各主管部门发布的通 / 知为准。, set z): it fills the width, ends in no
   * stop, and the line under it, no paragraph's opening, finishes its sentence. `above` is the line
   * out before it (the box's last row, its pieces run together).
   */
  opensNoteUnderRows(i: number, above: Line | undefined): boolean {
    const next = this.lines[i + 1];
    if (above === undefined || next === undefined || !ROW_OPENING.test(above.text) || FLUSH_ITEM.test(this.lines[i].text)) return false;
    if (this.opens(i) || this.opens(i + 1) || this.lines[i].headingMarks > 0 || next.headingMarks > 0) return false;
    return this.isFull(i, i + 1) && !endsSentence(this.lines[i].text) && /^[^。！？]{1,12}[。！？]$/.test(next.text);
  }

  /**
   * Line i is a byline cut at the column width inside a name: line i + 1 is one or two Han
   * characters alone (本报记者 某  某 通讯员 某  / 某; set m, a page wrapped at 14).
   */
  bylineCutInName(i: number): boolean {
    const next = this.lines[i + 1];
    if (next === undefined) return false;
    if (isBylineCutAfterRole(this.lines[i].text, next.text)) return true;
    return /^[\u4e00-\u9fff]{1,2}$/.test(next.text) && !isByline(this.lines[i].text) && isByline(this.lines[i].text + next.text) && this.isFull(i, i + 1);
  }

  /**
   * Line `i` is a closing line in brackets the width cut before its end (（作者单位：中共某某市委 /
   * 党校）: set s of other papers' pages), the next line its rest: neither reads as a closing line
   * alone, and both together do.
   */
  closingCutInBrackets(i: number): boolean {
    const next = this.lines[i + 1];
    if (next === undefined || this.opens(i + 1) || next.headingMarks > 0 || !/^[（(]/.test(this.lines[i].text) || !/[）)]$/.test(next.text)) return false;
    return !isClosingLine(this.lines[i].text) && isClosingLine(this.lines[i].text + next.text) && this.isFull(i, i + 1);
  }

  /** Line `text` ends the sentence the paragraph left unfinished and opens no caption of its own (图为……, 6月30日，……). */
  private finishesCaption(paragraph: Paragraph, text: string): boolean {
    return FULL_STOP_END.test(text) && !CAPTION_OPENING.test(text) && !endsSentence(paragraph.tail) && !endsOnNote(paragraph.tail);
  }

  /** Line i is wider than the column the page is wrapped at, closing marks left out (headlines are not wrapped). */
  private overWidth(i: number): boolean {
    if (!this.wrap) return false;
    const wide = this.wrap.ambiguousWide ? 1 : 0;
    return this.widths.core[i] + wide * this.widths.coreAmbiguous[i] > this.wrap.width * 2;
  }

  /**
   * Was line `a` cut at the column width, with line `b` the rest? Both fit the width (closing
   * marks may hang past it), and the start of `b` would not have fitted on `a`.
   */
  private isFull(a: number, b: number): boolean {
    if (!this.wrap || b >= this.lines.length) return false;
    const max = this.wrap.width * 2;
    const w = this.widths;
    const wide = this.wrap.ambiguousWide ? 1 : 0;
    if (this.overWidth(a) || this.overWidth(b)) return false;
    return w.width[a] + wide * w.widthAmbiguous[a] + w.lead[b] + wide * w.leadAmbiguous[b] > max;
  }

  /**
   * After a full line, is line i a title line rather than the paragraph going on? Not when it
   * is full itself. When the paragraph may end there — a sentence, a credit (…摄) or a note in
   * brackets ended at the line end — yes if line i reads as no sentence (a headline is not
   * wrapped) and is no note in brackets, or stands after a blank line. Mid-sentence: only when
   * it has the shape of a cut-off article's next headline (see `titleAhead`), after a
   * paragraph of sentences.
   */
  /** The paragraph's last line ended on a full-width space, `line` printed right under it: a row cut at its gap between fields. */
  private cutAtGap(paragraph: Paragraph, line: Line): boolean {
    return !line.afterBlank && this.lines[paragraph.last].trail.includes('\u3000');
  }

  private titleAfterFullLine(paragraph: Paragraph, i: number): boolean {
    const line = this.lines[i];
    const next = this.lines[i + 1];
    // One character alone after a line the width cut is that line's last (数据来源：某区农业 / 局): no title line.
    if (LONE_CHARACTER.test(line.text)) return false;
    // A column's name (灯下漫笔) after a verse that filled the width, over a flush headline and then a paragraph's opening or a
    // writer's line, is that headline's banner: a verse ends without its stop, so nothing else says its line has ended
    // (set zzzd: ……　串得甜甜的 / 灯下漫笔 / 庙会的“味” / 　　□ 丰　岚).
    const after = this.lines[i + 2];
    if (!paragraph.hasSentencePunctuation && readsAsColumnName(line.text) && next !== undefined && after !== undefined && !this.opens(i + 1) && next.headingMarks === 0 && isTitleLike(next.text) && (this.opens(i + 2) || isByline(after.text))) return true;
    // Nor is a reader's question's last line, asking, after a line that filled the width (问：……。 / 这合理吗？（读者　某先生）):
    // the question ends there (set tb).
    if (ASKING_TURN.test(paragraph.line.text) && !/[？?]/.test(paragraph.line.text) && ASKS_AT_END.test(line.text)) return false;
    // Nor a line after a full line that stops on a word joining what comes next (……3月24日至 / 4月20日（周一闭馆）: set ql,
    // where the bracket read as a column tag): no paragraph ends on 至, 和, 与, 及 or 的.
    if (JOINING_END.test(paragraph.tail)) return false;
    // Nor a line the width cut inside a number written in characters (……录制书目二 / 十一部: set zzk, where the rest
    // of a box's last row read as the kicker of the banner and headline under it). In the truths of all sets and
    // rmrb-2019, no paragraph, and no piece before a headline, ends on a digit character where the next begins with
    // 十, 百, 千, 万 or 亿.
    if (/[一二三四五六七八九两]$/.test(paragraph.tail) && /^[十百千万亿]/.test(line.text)) return false;
    // A caption's credit the width cut (……竞渡。 某某日报 / 社全媒体记者 某 某 摄): the two pieces end in a
    // credit, the line alone is none (set aw).
    if (!isCreditLine(line.text) && splitCredit(paragraph.tail) === null && splitCredit(paragraph.tail + line.text) !== null) return false;
    // So is one the width cut inside the paper's name (……地笼网。　都市 / 报记者　某　某　摄: set rw), though the line alone
    // reads as a credit: read together, the credit opens on the line above.
    if (isCreditLine(line.text) && (splitCredit(paragraph.tail + line.text)?.credit.length ?? 0) > line.text.length) return false;
    // A headline exactly as wide as the column, after a paragraph that ended its sentence and over a dashed
    // subheadline (……巡演。 / 在成长的故事里看见温暖 / ——评电影《某某》: set he): a headline block, not text. On the
    // pages of all sets and rmrb-2019, the 122 flush lines with no stop or comma between a sentence's end and a
    // line opening with —— are all headlines.
    // So is a headline asking a question (……哪些路段容易堵？ / ——交警部门发布……: set lj; in the truths 19 headlines ending in ？
    // stand over a dashed subheadline).
    // So is one with a comma (……出发了。 / 读书，是最划算的“远行” / ——对话……: set ue).
    if (next && endsSentence(paragraph.tail) && (isTitleLike(line.text) || QUESTION_TITLE.test(line.text) || commaHeadline(line.text)) && isDashSubheadline(next.text)) return true;
    // So is a kicker ending in its dash, after a paragraph that ended its sentence (……试运营。 / 地铁修到哪里　配套跟到哪里—— /
    // 沿线商圈与……: set th): of the 372 lines so ended in the truths of all sets and rmrb-2019, all are kickers.
    if (next && endsSentence(paragraph.tail) && /[^—]——$/.test(line.text) && !/[。，；！？,;!?]/.test(line.text)) return true;
    if (next && !this.opens(i + 1) && next.headingMarks === 0 && this.isFull(i, i + 1)) return false;
    // A voice's signature the width cut inside its name (……好了。”——个体户 邬 / 长林): one character
    // after the post is no name, and the one or two on the line finish it (set bt's 居民说 box).
    if (VOICE_CUT_IN_NAME.test(paragraph.tail) && /^[\u4e00-\u9fff]{1,2}$/.test(line.text)) return false;
    // A voice's signature the width cut inside its post (……来。”——某市钟 / 表行业协会秘书长　某某): the rest of
    // the post and the name finish it, never the next piece's kicker (sets dn, dl).
    if (VOICE_CUT_IN_POST.test(paragraph.tail) && POST_AND_NAME.test(line.text)) return false;
    // A voice signed by who the speaker is, no name, the width cut right after its dash's first character or
    // its 一位 (……两头跑。”——一 / 位开农家乐的老板: set kr): no signer ends there, the line finishes it.
    if (VOICE_CUT_AT_START.test(paragraph.tail) && /^[\u4e00-\u9fff]{1,16}$/.test(line.text)) return false;
    // A results list's line the width cut inside the winner's name (工业机器人操作调整工：冼 / 志超（某某产业园）: set ji): the
    // rest of the name and the unit in brackets finish it.
    if (/[：:][\u4e00-\u9fff]$/.test(paragraph.tail) && /^[\u4e00-\u9fff]{1,2}[（(][^（()）]{2,20}[）)]$/.test(line.text)) return false;
    // So is an expert's line the width cut inside the unit (答疑专家：某市第三人民 / 医院神经内科主任医师　某某: set iy),
    // which reads by itself as a closing line.
    if (EXPERT_CUT_IN_POST.test(paragraph.tail) && POST_AND_NAME.test(line.text)) return false;
    // Spaces narrower than a paragraph indent: the wrap moved them from the end of the line before.
    if (line.indent !== '' && spaceWidth(line.indent) < this.indent.width) return false;
    // A headline over the opening of a paragraph or a dateline, known by its column tag
    // (今年春晚不一般（今日谈）) or by the dateline under it, whatever the piece before it. Not a list's
    // entry after a row the width cut right after its gap (某某（某学院）　 / 某　某（某学院）): its bracket
    // names a unit, no column, and the row goes on (set da; see the row's gap below). On the pages of all
    // sets and rmrb-2019, 42 lines stand right under a line ending in a full-width space: none is a headline,
    // kicker or subheadline of the truths (the one ending in brackets is this list's entry).
    // Nor a numbered list's entry the width cut (2．某市某某商贸 / 有限公司（虚报营业收入）: set mj), its bracket a note on the entry.
    // Nor a line over a closing line (……　青 / 禾码头遗址（需预约） / 本版编辑：某　某: set tl): no headline stands over an editor's line.
    if (next && isTitleLike(line.text) && (parseDateline(next.text) || (this.opens(i + 1) && columnTag(line.text) && !isClosingLine(next.text) && !this.cutAtGap(paragraph, line) && !NUMBERED_ENTRY.test(paragraph.line.text)))) return true;
    // A notice's title (招聘启事, 某某公告) over a paragraph's opening, after a notice's last field that
    // filled the width (电话：0314-2157780): no paragraph's last piece ends so, without a stop (set ac).
    if (next && this.opens(i + 1) && isNoticeTitle(line.text) && !/[。！？；，、：:]/.test(line.text)) return true;
    // A signature that filled the width (邵阳县 读者 蒋卫东) has closed its piece: a title-like line
    // after it, over a paragraph's opening, heads the next (a cartoon's title, “减负”: set bl).
    // A headline may hold a comma (“双减”后，我家的变化): after a closed piece nothing goes on its last line (set bj).
    // Not over another closing line: a data box's source the width cut (数据来源：某市全民 / 阅读调查 / 制图：某  某: set cj).
    // Over a dashed subheadline too: a reply's headline under the letter it answers (高新区读者　柏晓冬 / 租房提取可按月办理 /
    // ——某某中心答复读者来信: set oj). Over an artist's credit too: a cartoon's title (某某区读者　某　某 / “抢地盘”（漫画） /
    // 某　某　作: sets zd, zi, where the signature filled a width of 14).
    if (next && (this.opens(i + 1) || isDashSubheadline(next.text)) && isClosingLine(paragraph.line.text) && (!isClosingLine(next.text) || isArtistCredit(next.text)) && (isTitleLike(line.text) || commaHeadline(line.text))) return true;
    // So has a picture's whole credit that filled the width (……采集土壤样本。 / 某某市农业农村局供图): a title-like line
    // after it, over another title line or a paragraph's opening, is the next piece's, never the credit's last words
    // (读者拍客 / 稻田画: set vl).
    if (next && (this.opens(i + 1) || this.titleAhead(i)) && isCreditLine(paragraph.line.text) && isTitleLike(line.text)) return true;
    // A row's fields set apart by a full-width space, the width cut right after the space
    // (1.5匹壁挂式（定频）　 / 1980元—2580元): the line ends on the gap, so the row goes on (set ca).
    if (this.cutAtGap(paragraph, line)) return false;
    // A data row as whole as the rows over it (…… / 5.某队　5胜7负　17分 / 6.某队　3胜9负　15分) that
    // filled the width has ended: a title-like line after it, over a paragraph's opening, heads the
    // next box (积分榜 / …… / 下周赛程 / 1月23日（周二）19:30: set bs).
    // So is a kicker over its headline after the last row (6　某某队　7　0　7　7 / 草根健将 / 种粮大户…: set rm).
    if (next && (this.opens(i + 1) || this.titleAhead(i)) && isTitleLike(line.text) && !FULL_STOP_END.test(line.text) && this.wholeRow(paragraph)) return true;
    const tail = paragraph.tail;
    if (classCut(tail, line.text)) return false;
    if (endsSentence(tail) || endsOnNote(tail)) {
      if (line.afterBlank) return true;
      if (BRACKETED.test(line.text)) return false;
      // A clause that announces a list (具体如下：, 现将有关事项公告如下：) goes on the paragraph (set ac).
      if (ANNOUNCES_LIST.test(line.text)) return false;
      // So does any clause ending in a colon over a paragraph's opening (……举办。 / 本届展销会设三个展区： / 　　1．……:
      // set zzf): no headline ends in a colon, and a kicker that does names a speaker over the headline, not over text.
      if (/[：:]$/.test(line.text) && next !== undefined && this.opens(i + 1)) return false;
      return !(endsSentence(line.text) || /[。，；,;]/.test(line.text));
    }
    // A row whose value after its label is a number alone (◆订票电话：5238866) has ended, though it filled the width within a
    // character: a title-like line after it, over more title lines, a dateline or a byline, heads the next piece (set ra:
    // a 文化快讯 banner ran into a notice's last row).
    // A number the width cut (举报电话：000000-123 / 88) goes on with its digits.
    if (NUMBER_VALUE.test(paragraph.line.text) && !/^[0-9０-９]/.test(this.lines[i].text) && this.titleAhead(i)) return true;
    // A row led by its label (主要经历：……；……) may end without a stop: cut at the width, it goes on (set aq).
    return paragraph.hasSentencePunctuation && !LABELLED_ROW.test(paragraph.line.text) && this.titleAhead(i);
  }

  /**
   * Does line i continue a paragraph that stopped, not at the column width, without ending
   * its sentence? Never after a sentence end; always when line i ends with a full stop
   * (headlines do not) or finishes a number; otherwise yes unless the paragraph may end there
   * (a credit, a note, a label, a short line without punctuation) or line i has the shape of
   * the next article's headline.
   */
  private brokenMidSentence(paragraph: Paragraph, i: number): boolean {
    const tail = paragraph.tail;
    if (endsSentence(tail)) return false;
    // A credit on its own line (某某都市报记者　某某　摄) is whole, its spaces no table's gaps: what comes
    // under it (set fa: the next piece's headline of two spaced halves) starts something else.
    if (isCreditLine(paragraph.line.text)) return false;
    // A comment's last sentence and its writer's name run in (……焕然一新。钟岩): signed, it has ended, and a
    // title-like line under it heads what follows (set mn: a picture's headline 清　淤), a headline with a comma too where a
    // paragraph opens under it (……无处藏身。卢　湄 / 早市散了，地面谁来扫: set ts).
    if (endsRunInSignature(tail) && (isTitleLike(this.lines[i].text) || (commaHeadline(this.lines[i].text) && this.opens(i + 1)))) return false;
    // So has a voice signed after a dash (●……。——网友“某某”): a headline with a comma under it, over a paragraph, heads what
    // follows (冰层薄，莫冒险 / 某　某　作: set yu's cartoon after a column of readers' comments). In the truths every paragraph
    // so signed ends there (VOICE_CUT_IN_POST).
    if (VOICE_SIGNED.test(tail) && commaHeadline(this.lines[i].text) && this.opens(i + 1)) return false;
    if (this.rowCutInTwo(paragraph, i)) return true;
    if (this.markedRowCutInTwo(paragraph, i)) return true;
    if (this.numberedRowCutInTwo(paragraph, i)) return true;
    if (this.figureEndsRow(paragraph, i)) return true;
    if (itemCutInRow(tail, this.lines[i].text)) return true;
    if (this.labelledRowCutShort(paragraph, i)) return true;
    // A row's last cell cut right after a word that leads on to what it governs (见习补贴　每人每月1260元　按 /
    // 最低工资标准60%: set wc): no cell ends on 按, 从, 对 or 向 alone. On the pages of all sets and rmrb-2019, every row
    // so ended is cut (a dateline's 记者从, a byline's 通讯员 向 cut inside the name).
    if (rowFields(paragraph.line.text) >= FEWEST_ROW_FIELDS && CELL_CUT_AFTER.test(paragraph.line.text)) return true;
    // A line opening on one character and a comma finishes a word the break cut (……9月8日开 / 标，经评标委员会评审……:
    // set bq): no headline opens so, and a paragraph that did not end its sentence goes on.
    if (/^[\u4e00-\u9fff][，,]/.test(this.lines[i].text)) return true;
    // A figure cut from its unit or a date from its month by a break (……排水管改造　3 / 月9日—3月20日, a row of a table: set wz):
    // no line opens with a month's or a measure's unit but one a cut left.
    if (/[0-9０-９]$/.test(tail) && UNIT_CUT_OFF.test(this.lines[i].text)) return true;
    // A data row ends without a stop (a schedule's fields, a profile's labelled row): a title-like line
    // after it, over a paragraph's opening, heads what follows (本周赛事预告, 体坛快讯: set aq).
    // So does an advertisement's last contact field (■……量大从优。电话：7319843 / 求购 / 　　■常年求购……: set zzzv, a classified
    // page's next category under it).
    const row = rowFields(paragraph.line.text) >= FEWEST_ROW_FIELDS || LABELLED_ROW.test(paragraph.line.text) || this.scheduleRow(paragraph) || namesOfficeHolder(paragraph.line.text) || endsOnContact(paragraph.line.text);
    const nextOpens = i + 1 < this.lines.length && this.opens(i + 1);
    // So does a listing's title led by its place and a colon (●对象：……预约：6651207 / 城市书房：“棋书共读”亲子活动 / 1月18日下午，……:
    // set zb's 周末去哪儿 box).
    const titled = isTitleLike(this.lines[i].text) || PLACE_COLON_TITLE.test(this.lines[i].text);
    if (row && nextOpens && titled && !ROW_GAP.test(this.lines[i].text) && !FULL_STOP_END.test(this.lines[i].text)) return false;
    // A closing line read whole (栏目投稿邮箱：…@….com, （作者为……）) is no sentence broken off; nor is a
    // caption closed by its credit (……在节目录制现场。　某某卫视供图: set fv), though it ends on no stop.
    if (isClosingLine(paragraph.line.text) || splitCredit(paragraph.line.text)) return false;
    const line = this.lines[i];
    const next = this.lines[i + 1];
    if ((FULL_STOP_END.test(line.text) || SEMICOLON_END.test(line.text) || endsSignedByReporter(line.text) || NAME_SIGNED_END.test(line.text) || sentenceAsked(line.text)) && !(next && isDashSubheadline(next.text))) return true;
    if (/[0-9０-９]$/.test(tail) && /^[0-9０-９]/.test(line.text)) return true; // a number cut in two
    // A reader's question a break cut before its question mark (读者某女士问：……坐班车回某镇的 / 老家看看，……要不要买票？):
    // the line that asks finishes it, though it reads as a headline that asks (set sj).
    if (ASKING_TURN.test(paragraph.line.text) && !/[？?]/.test(paragraph.line.text) && ASKS_AT_END.test(line.text)) return true;
    // A notice's title (注销公告, 遗失声明) over a paragraph's opening heads that notice, also where the
    // notice's last field above did not fill the width (电话： / 13903108726: set an).
    if (next && this.opens(i + 1) && isNoticeTitle(line.text) && !/[。！？；，、：:]/.test(line.text)) return false;
    // A numbered entry a break cut (2．某市物联网传感器工程技术研究 / 中心（某某有限公司） / 3．……) goes on to the line over
    // the next entry's number, though that line's bracket reads as a column tag: it names the entry's unit (set rg).
    if (next && entryNumber(paragraph.line.text) !== null && entryNumber(next.text) === entryNumber(paragraph.line.text)! + 1 && !ROW_NUMBER.test(line.text)) return true;
    // So does a headline known by its column tag (“被开会”的村官（青年快评）), whatever the line above ends
    // on: here a cartoon's caption closed by its artist's name (…稀松。 王培元 作: set ba).
    if (next && this.opens(i + 1) && isTitleLike(line.text) && columnTag(line.text)) return false;
    // A credit the break cut (本版图片由某某管 / 理局提供): the two pieces read as a closing line, the first alone does not.
    if (!isClosingLine(paragraph.line.text) && isClosingLine(paragraph.line.text + line.text)) return true;
    if (classCut(tail, line.text)) return true;
    // A short line may stand alone (a label, a name, a subhead), but not one that opens with a dateline: a report follows it;
    // nor one under which a line ends a sentence and goes on (本报5月28日刊登的 / 读者来信《……》收悉。经调查，……: set mi).
    // No headline holds a full stop before its end but three of ~19,000 in the truths, each a long kicker or subheadline.
    // Nor one under which comes a sentence longer than any title, with commas (根据国家草原生态保 / 护补助奖励机制有关
    // 要求，经各旗县核定，……公示如下：: set mz): the short line did not end its paragraph.
    if (endsOnNote(tail) || (shortLine(paragraph.line.text) && !parseDateline(paragraph.line.text) && !INNER_FULL_STOP.test(line.text) && !LONG_SENTENCE.test(line.text))) return false;
    // On a page wrapped at a width, a paragraph whose last line is short has ended: a title-like line
    // after it, over a paragraph's opening, is a headline (a profile's last row / 体坛快讯 / ■……: set aq).
    if (this.wrap && next && this.opens(i + 1) && isTitleLike(line.text) && !FULL_STOP_END.test(line.text)) return false;
    return !this.titleAhead(i);
  }

  /**
   * Line i is a figure alone (４８秒５０, 1.8万人) over a paragraph's opening, after a paragraph that
   * did not end its sentence: the end of a results row the width cut after a name in brackets
   * (…３．孙伟（十九中） / ４８秒５０: set bm). A figure alone heads no piece.
   */
  private figureEndsRow(paragraph: Paragraph, i: number): boolean {
    return !endsSentence(paragraph.tail) && LONE_FIGURE_LINE.test(this.lines[i].text) && i + 1 < this.lines.length && this.opens(i + 1);
  }

  /**
   * The paragraph is one line, a row of a listing printed under another like it: three fields or
   * more set apart by single spaces, no stop, as many as the row above (8月24日 20:00 某剧场
   * 某剧目 票价：180元 / 8月25日 15:00 …: set be's 演出信息). Rows end without a stop by their kind.
   */
  private scheduleRow(paragraph: Paragraph): boolean {
    const above = this.lines[paragraph.first - 1];
    if (paragraph.line !== this.lines[paragraph.first] || above === undefined || !this.opens(paragraph.first - 1)) return false;
    const fields = listingFields(paragraph.line.text);
    return fields >= FEWEST_ROW_FIELDS && listingFields(above.text) === fields;
  }

  /**
   * The paragraph is one line, a data row of three fields or more set apart by wide space
   * (6.某队　3胜9负　15分), and a row opening a paragraph within ROW_REACH lines over it holds as many
   * fields and ends its last on the same character (5.某队　5胜7负　17分): the row is whole, its last
   * field not cut. The row over it counts only if it stood whole on its line, the next line opening a
   * paragraph: one the width cut at the same place (3．某某某　女　市第 / 三中学　省外院校　1000元) says nothing of
   * this row but that it was cut too (set ov). Takes the paragraph; pure.
   */
  private wholeRow(paragraph: Paragraph): boolean {
    const row = paragraph.line.text;
    if (paragraph.line !== this.lines[paragraph.first] || ROW_SENTENCE.test(row)) return false;
    const fields = rowFields(row);
    // Two fields make a row where the second is a number (砬东区供电中心　6351207: a box of phone numbers, set xg).
    if (fields < FEWEST_ROW_FIELDS && !(fields === 2 && PHONE_FIELD.test(row))) return false;
    for (let j = paragraph.first - 1; j >= Math.max(0, paragraph.first - ROW_REACH); j--) {
      const other = this.lines[j].text;
      if (this.opens(j) && this.opens(j + 1) && rowFields(other) === fields && !ROW_SENTENCE.test(other) && sameLastField(other, row)) return true;
    }
    return false;
  }

  /**
   * Line i is the rest of a numbered list's row a break cut inside a field (4．某某汽车租 / 赁有限公司　纯电动乘用车60辆):
   * the row above, numbered one less and opening its own paragraph, holds as many fields as the row and the line
   * together, set apart by wide space, and the row alone fewer; no field holds a sentence's stop. A 公示's rows print
   * so, and the rest, flush and in two spaced halves, would read as the next piece's headline (set oz, on a page
   * broken mid-sentence; set ov's row the width cut is `wholeRow`'s). Takes the paragraph and the line's index; pure.
   */
  /**
   * Line i is the rest of a list's row a break cut short (蓝色预警　……，注意防范 / …… / 红色预警　3小时内降雨量 / 将达100毫米以上，
   * 做好转移准备: set wa): the row opens with a label of the shape the rows right above it open with (the same last two
   * characters: 预警), set apart by wide space, and is shorter than each of them; the rest has no gap of its own and reads as
   * no title. A list's rows are printed alike, and one shorter than its neighbours that stopped on no stop or signature was
   * cut (briefs each signed in brackets, 本报电　……（某　某）, end so whatever their length: set at).
   */
  private labelledRowCutShort(paragraph: Paragraph, i: number): boolean {
    const [row, rest] = [paragraph.line.text, this.lines[i].text];
    if (paragraph.line !== this.lines[paragraph.first] || ROW_GAP.test(rest) || endsSentence(row) || /[）)]$/.test(row) || isTitleLike(rest)) return false;
    const label = ROW_LABEL.exec(row)?.[1];
    if (label === undefined) return false;
    const above = [this.lines[paragraph.first - 1], this.lines[paragraph.first - 2]];
    return above.every((line, k) => line !== undefined && this.opens(paragraph.first - 1 - k) && ROW_LABEL.exec(line.text)?.[1].slice(-2) === label.slice(-2) && line.text.length > row.length);
  }

  private numberedRowCutInTwo(paragraph: Paragraph, i: number): boolean {
    const [row, rest] = [paragraph.line.text, this.lines[i].text];
    const above = this.lines[paragraph.first - 1];
    if (paragraph.line !== this.lines[paragraph.first] || above === undefined || !this.opens(paragraph.first - 1)) return false;
    const number = ROW_NUMBER.exec(row)?.[1];
    const numberAbove = ROW_NUMBER.exec(above.text)?.[1];
    if (number === undefined || numberAbove === undefined || chineseNumber(number) !== chineseNumber(numberAbove) + 1) return false;
    if (!ROW_GAP.test(rest) || ROW_SENTENCE.test(row + rest) || ROW_SENTENCE.test(above.text)) return false;
    const fields = rowFields(row + rest);
    return fields >= 2 && rowFields(row) < fields && rowFields(above.text) === fields;
  }

  /**
   * Line i is the rest of a data row a break cut in two (3月4日（周日）  08:00  北京市迎春长 / 跑活动  朝阳公园):
   * the row and the line together hold no more fields, set apart by wide space, than a whole row
   * near them (a row may leave a field out), and the row alone fewer (set aq: a schedule on a page
   * broken mid-sentence). A line wholly in brackets (（记者　某　某）, a brief's reporters signed on a
   * line of their own) is whole, no row's first piece: in the truths of all sets and rmrb-2019, 195
   * paragraphs are such a line alone and none opens with one and goes on (set de: the headline
   * under it, 某某被撞歪　市民盼尽快扶正, was read as the rest of a row and then as a subhead). Nor is a closing
   * line (扫描二维码　看某某: a video pointer, set hb), whose fields are its own.
   */
  /**
   * A box's row opened by its mark and cut by a break before its end (　　■全市60岁以上老年 / 人口：52.7万人，占户籍总人口的19.3% /
   * 　　■养老机构：……): the line under it, which opens with no mark and ends on no stop, goes on the row when the line after it
   * opens with the same mark, unless it names a box (工会简讯). In the truths of all sets and rmrb-2019, of the 252 lines
   * between two rows with the same mark, the 5 headlines are box names and the 247 paragraphs a ■ subhead's text, which ends
   * its sentence (sets zt, zzo, zzzk: the rest read as a headline). Nor after a row that ends on a whole contact field, a number
   * alone or a surname and an honorific (■……量大从优。电话：7319843 / 求购 / ■常年求购……; ……联系人：某先生 / 招聘): an advertisement
   * so ends, and the line under it names the next category of a classified page (set zzzv).
   */
  private markedRowCutInTwo(paragraph: Paragraph, i: number): boolean {
    const [row, rest, after] = [paragraph.line.text, this.lines[i].text, this.lines[i + 1]?.text ?? ''];
    const mark = MARKED_ROW.exec(row)?.[1];
    if (!mark || paragraph.first !== paragraph.last || MARKED_ROW.exec(after)?.[1] !== mark || MARKED_ROW.test(rest)) return false;
    if (endsOnContact(row) && !/^[0-9０-９]/.test(rest)) return false;
    return !endsSentence(row) && !endsSentence(rest) && !readsAsColumnName(rest);
  }

  private rowCutInTwo(paragraph: Paragraph, i: number): boolean {
    const [row, rest] = [paragraph.line.text, this.lines[i].text];
    if (!ROW_GAP.test(row) || !ROW_GAP.test(rest) || ROW_SENTENCE.test(row + rest) || BRACKETED.test(row) || isClosingLine(row)) return false;
    const fields = rowFields(row + rest);
    if (fields < FEWEST_ROW_FIELDS || rowFields(row) >= fields) return false;
    for (let j = Math.max(0, paragraph.first - ROW_REACH); j <= Math.min(this.lines.length - 1, i + ROW_REACH); j++) {
      if (j !== paragraph.first && this.opens(j) && rowFields(this.lines[j].text) >= fields) return true;
    }
    return false;
  }

  /**
   * Line i reads as a headline (or kicker): a short line without sentence punctuation,
   * followed by more title lines (a 副题 ——…, a headline under a kicker), a dateline
   * (本报北京…电, 新华社…电) or a byline — not by the rest of a paragraph.
   */
  private titleAhead(i: number): boolean {
    const line = this.lines[i];
    const next = this.lines[i + 1];
    // The end of a photo credit the width cut off (…记者 林  桂 / 摄) is no headline.
    if (!next || !isTitleLike(line.text) || CREDIT_END.test(simplifiedForReading(line.text))) return false;
    // Cut at the column width itself, line i is the paragraph's text going on: headlines are not wrapped.
    if (!this.opens(i + 1) && next.headingMarks === 0 && this.isFull(i, i + 1)) return false;
    if (next.headingMarks > 0 || isDashSubheadline(next.text)) return true;
    // A kicker over a headline that asks (科学信箱 / 读者来问：雪花为什么是六角形？), both flush over a
    // paragraph's opening: a headline block, not the end of a paragraph that stopped without its stop
    // (……副教授　某某, a piece's closing line). On the pages of all sets and rmrb-2019, of the 35 flush
    // title-like lines over a flush question of up to 30 characters over an opening, 30 are a kicker (or
    // column) and its headline; the 5 others are a question the width cut, which the check above reads.
    if (!this.opens(i + 1) && QUESTION_HEADLINE.test(next.text) && this.opens(i + 2)) return true;
    if (parseDateline(next.text) || isByline(next.text)) return true;
    return !this.opens(i + 1) && isTitleLike(next.text);
  }
}

// ── widths ───────────────────────────────────────────────────────────────

/** Punctuation inside sentences (a colon is left out: 制图：某某 is a label, not a sentence). */
const SENTENCE_PUNCT_CODES = codes('。，；！？,;!?');
/** An address cut after its @, a dot, a slash or a hyphen (name@, www., example.cn/): it goes on. */
const ADDRESS_CUT = /[A-Za-z0-9][@./\-_]$/;
/** The number a list's entry opens with (2．……, ３．……), or null. */
function entryNumber(text: string): number | null {
  const number = ROW_NUMBER.exec(text)?.[1];
  return number === undefined ? null : Number(number.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/**
 * A labelled row's value that is a number alone, a telephone's or a code's: ：5238866, ：0314-2157780, a mobile number with its
 * middle digits masked as classified pages print it (：155××××0326: set zzzy).
 */
const NUMBER_VALUE = /[：:][ \u3000]*[0-9０-９][0-9０-９\-－—×＊*]{4,}$/;
/** A paragraph cannot stop on these: the sentence goes on. */
const OPEN_END = /[，、；：,;:“‘（《「『【〔(—]$/;
/** Brackets and quotes a paragraph must close: opening and closing character codes. */
const BRACKET_CODES: ReadonlyArray<readonly [number, number]> = ['（）', '()', '《》', '“”', '【】', '「」'].map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)] as const);
/** The gap between a data row's fields: two spaces or more, or a full-width space. */
const ROW_GAP = /(?: {2,}|\u3000+)/;
/** A numbered row's number: 4．, 12., in ASCII or full-width digits. */
const ROW_NUMBER = /^([0-9０-９]{1,2})[．.]/;
/** Sentence punctuation, which a data row's fields do not hold. */
const ROW_SENTENCE = /[。，；！？]/;
/** The fewest fields of a row a break is looked for in. */
const FEWEST_ROW_FIELDS = 3;
/** A row's last field that is a number alone, as a box of phone numbers prints it: 　6351207, 　0352-6021234. */
const PHONE_FIELD = /[ \u3000][0-9０-９][0-9０-９\-－]{4,}$/;
/** How many lines away a whole row of the same fields is looked for. */
const ROW_REACH = 6;

/**
 * One Han character alone on its line. After a line the column width cut (数据来源：某区农业 / 局, 72.00元/公 / 斤) it
 * is that line's rest: in the truths of all sets and rmrb-2019, 1 headline is one character (a picture's title,
 * 秋) and 20 paragraphs (a 连载's numerals 一 / 二, a sketch's subheads 井 / 树).
 */
const LONE_CHARACTER = /^[\u4e00-\u9fff]$/;
/**
 * A pupil's class the wrap or a break cut right before its 班 (某某小学三（2） / 班　某某, a pupil's byline: set jn):
 * the grade and its class number in brackets end the line, which reads as a note closed; 班 opens the next.
 */
function classCut(tail: string, text: string): boolean {
  return /^班/.test(text) && /[一二三四五六七八九级初高][（(][0-9０-９一二三四五六七八九十]{1,2}[）)]$/.test(tail);
}

/**
 * A line that is one figure with its unit (48秒50, ４８秒５０, 1.8万人, 41%), or a time of day, perhaps a span (19:30,
 * 14:00—17:00): the rest of a notice's ●时间：11月2日（周日） row the width cut (sets qp, qr). No kicker, headline or
 * subheadline of the truths is a time alone.
 */
const LONE_FIGURE_LINE = /^(?:[0-9０-９][0-9０-９.．]*[\u4e00-\u9fff%％]{0,3}[0-9０-９]*|[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[—～~－-][0-9０-９]{1,2}[:：][0-9０-９]{2})?)$/;

/** How many fields a listing's row holds, set apart by any space; 0 for a line of a sentence. */
function listingFields(text: string): number {
  return ROW_SENTENCE.test(text) ? 0 : text.trim().split(/[ \u3000]+/).length;
}

/** How many fields a data row holds. */
function rowFields(text: string): number {
  return text.split(ROW_GAP).filter((f) => f !== '').length;
}

/** A number alone as a row's last field (积分 13, 负 7): rows of figures end on different digits, yet as whole. */
const NUMBER_FIELD = /(?:^|[ \u3000])[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

/**
 * Two rows end their last field alike: on the same character (17分 / 15分), or each on a number alone
 * (…　7　13 / …　7　7), as a standings table's columns of figures do.
 */
function sameLastField(a: string, b: string): boolean {
  return a.at(-1) === b.at(-1) || (NUMBER_FIELD.test(a) && NUMBER_FIELD.test(b));
}

/** A line that is one note in brackets: （相关报道见第六版）. */
const BRACKETED = /^[（(][^（()）]*[）)]$/;

/** A line opening with a range's sign (～5℃, ~12元): no paragraph, headline or row begins so in any truth. */
const RANGE_REST = /^[～~]/;

/**
 * A periodical's issue alone on a line (2005年第4期, 第12期, 2021年第3期（总第118期）), or cut after its year's figures
 * (年第7期); perhaps with the excerpt's writer after it (2015年第6期　某某某文, 2015年第11期　某　某文: set zzm).
 */
const ISSUE_ALONE = /^(?:[0-9０-９]{4}年|(年))?第[0-9０-９]{1,3}期(?:[（(][^（）()]{1,12}[）)])?(?:[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}[ \u3000]*文)?$/;
/** The most lines a caption runs to before its credit on a hard-wrapped page. */
const CAPTION_LINES = 8;
/** How a caption opens: 图为……, 上图：……, 图①……, or with its day (6月30日，……, 当地时间3月7日……). */
/** A caption's own opening: a picture mark (▲, △), 图为, or a photo story's number (①……, 图②……: set ij). */
const CAPTION_START = /^(?:[▲△①-⑩]|图为|图[①-⑩])/;

const CAPTION_OPENING = /^(?:图为|[上下左右]?图[：:①-⑩0-9０-９一二三四五六七八九十]|(?:当地时间)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)/;

/** The rest of 摄影报道 or 摄影 a wrap cut after 摄: 影报道, 影. */
const CREDIT_REST = /^影(?:报道)?$/;

/** The last of a photo credit on a line of its own: 摄, 摄影, 摄（新华社发）. */
const CREDIT_END = /^摄(?:影)?(?:[（(][^（()）]*[）)])?$/;

/** A headline that asks, one phrase of up to 30 characters with no comma or stop inside: 读者来问：雪花为什么是六角形？ */
const QUESTION_HEADLINE = /^[^。，,；;！!？?]{2,30}[？?][”’」』]?$/;

/** A word that joins what comes after it, on which no sentence ends: 至 (3月24日至), 和, 与, 及, 的. */
const JOINING_END = /[至和与及的]$/;

/** Ends with a full stop (headlines do not). */
const FULL_STOP_END = /。[”’」』）)]*$/;

/**
 * Ends on a semicolon, as a list's row does (……更不要接受“带货费”；): in the truths of all sets and rmrb-2019 no kicker,
 * headline, subheadline or column does (set qo: a ■ row's rest a break cut off was read as a headline).
 */
const SEMICOLON_END = /[；;][”’」』）)]*$/;

/** A box's row opened by its mark (■……, ●……): the mark. */
const MARKED_ROW = /^([■●◆▲□◇★☆])/;
/**
 * A sentence's full stop and then a name in brackets, a brief's signature (……首次突破10万标箱。（某　某）):
 * the end of a piece of text. In the truths 485 lines end a stop and a bracketed name of two to four
 * characters; the 6 headlines among them end a question or a cry and a column tag (……吗？（健康课堂）), none a full stop.
 */
const NAME_SIGNED_END = /。[”’」』]?[（(][\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}[）)]$/;

/**
 * A question or exclamation with clauses inside, ending the line (……方面如何互相配合，增强合力？”):
 * the end of a sentence, where a headline ending in ？ or ！ is a single phrase (休假难不难？).
 */
function sentenceAsked(text: string): boolean {
  return text.length > 20 && /[！？!?][”’」』）)]*$/.test(text) && /[，；,;]/.test(text);
}

/** A short label and its value: 制图：某某, 版式设计：某某 某某, 数据来源：某市统计局. */
const LABEL = /^[^，。；：！？、,;:!?]{2,8}[：:][^，。；：！？、,;:!?]{1,16}$/;

/** A short line with a comma inside and no stop, which a headline may be (“双减”后，我家的变化). */
function commaHeadline(text: string): boolean {
  return text.length <= 24 && !/[。；！？!?：:]/.test(text) && !/[，、,]$/.test(text);
}

/** A numbered list's entry: 1．……, 2.……, （3）……, 四、…… */
const NUMBERED_ENTRY = /^(?:[0-9０-９]{1,2}[．.、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** Longer than a title line (isTitleLike: 40 characters), with a comma: a sentence's run, never a headline under a short line. */
const LONG_SENTENCE = /^(?=.{41})[^，,]*[，,]/;
/** A full stop with more text after it: a line that ends one sentence and goes on, as no headline line does. */
const INNER_FULL_STOP = /。(?![”’」』）)]*$)/;

function shortLine(text: string): boolean {
  return text.length <= 30 && ((LABEL.test(text) && !SPEAKER_TURN.test(text)) || !/[。，；：！？、,;:!?]/.test(text));
}

/**
 * A question's turn in a Q&A: 问：……, 读者某女士问：……, 网友“某某”问：……, a reader's question signed at its head (网友“某某”：……,
 * set zzzq), or the interviewer's, labelled by the reporter or the paper (记者：……, 主持人：……, 晚报：……: set wa).
 */
const ASKING_TURN = /^(?:(?:(?:读者|网友|市民|听众|家长|村民)[^：:，。]{0,8})?问|(?:读者|网友|市民|群众)(?:“[^”]{1,12}”|[\u4e00-\u9fff]{0,6})|(?:本报)?记者|主持人|本报|日报|晚报|都市报)[：:]/;
/** A list row's label of two to six characters, set apart by wide space from what it says: 红色预警　……. */
const ROW_LABEL = /^([\u4e00-\u9fff]{2,6})(?: {2,}|\u3000+)\S/;

/** What a break cut off a figure: the rest of its date (月9日—3月20日, 日起) or its unit (公里, 万元, 平方米). */
const UNIT_CUT_OFF = /^(?:[年月][0-9０-９]|日(?:[—\-－至到起前后]|$)|(?:公里|千米|平方米|平方公里|万元|亿元|万人|万吨|千瓦时|立方米)(?:[ \u3000，。、；（(]|$))/;

/** A row's last cell of one character that leads on: 按, 从, 对, 向. */
const CELL_CUT_AFTER = /[ \u3000\u00a0][按从对向]$/;

/** A line ending on its question mark, with who asked in brackets after it or not (……要不要买票？（某镇读者　某先生）). */
const ASKS_AT_END = /[？?][”’」』]?(?:[（(][^（()）]{2,16}[）)])?$/;

/** A turn of a talk opens so, never a label and its value: 记者：……, 问：……, 主持人：…… (set cp's broken page). */
const SPEAKER_TURN = /^(?:记者|问|答|主持人)[：:]/;

/**
 * The paragraph ends on a photo credit (…摄), a note in brackets (（作者为…）, （本报北京电）) or a
 * pointer to the page that carries the rest (……详见A8版, 见第三版), as a front page's 导读 prints it (set aj).
 */
function endsOnNote(tail: string): boolean {
  // 攝, 詳見 on a page set in traditional characters: read on the simplified copy (fold.ts).
  // A 导读 row's page after a gap (大学生士兵返校后　4版: set cl) points the same way.
  return /(?:[）)】〕]|摄|(?:详见|参见|见)第?[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}版|[ \u3000][A-HＡ-Ｈ]?[0-9０-９]{1,2}\s*版)$/.test(simplifiedForReading(tail));
}

/**
 * A results row listing names with their unit in brackets (女子单打：某某（东城区）、某（北山县）), cut by a break
 * inside an item (……（东城区）、苏 / 蔓（北山县）、……): the row's tail is an item's first characters after 、 with
 * no bracket yet, where the item before had one, and the line after opens with the rest of that name and its
 * bracket. No headline opens so; read apart, the rest headed an entry of its own (set cx's 成绩 box on a broken page).
 */
/** A post and who holds it: 某市人民检察院检察长：某某某, 秘书长：某  某, 副市长：某某（女）. */
const OFFICE_HOLDER = /^[\u4e00-\u9fff]{2,24}[：:][\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,2}(?:[（(]女[）)])?$/;

/**
 * A line naming a post and the person elected or appointed to it (槠州市人民检察院检察长：某某某), as a
 * 选举结果 or 任免 list prints its rows: whole without a stop (a name of two or three characters). A
 * title-like line after it over a paragraph's opening (某某同志简历) heads what follows (set cw, where the
 * 简历's title had been run into the list's last row). In the truths of the other papers' sets and
 * rmrb-2019, 209 lines of this shape are paragraphs and none a headline-block line.
 */
function namesOfficeHolder(text: string): boolean {
  return OFFICE_HOLDER.test(text);
}

const CUT_ITEM_TAIL = /[（(][^（()）]{1,12}[）)]、[\u4e00-\u9fff]{1,3}$/;
const ITEM_REST = /^[\u4e00-\u9fff]{0,3}[（(][^（()）]{1,12}[）)](?:、|$)/;

function itemCutInRow(tail: string, text: string): boolean {
  return CUT_ITEM_TAIL.test(tail) && ITEM_REST.test(text);
}

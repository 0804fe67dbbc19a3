/**
 * Captions and credits that text extraction cut over two lines, put back together before the
 * blocks stage reads the page (between reflow and blocks). Other papers' pages, lifted from PDF,
 * print a picture's caption in a narrow box: its first piece stops mid-sentence on a line of its own
 * (4月20日，在某山区一处茶园， / 茶农正在采摘春茶。 / 通讯员 某  某 摄), and a credit naming two
 * photographers or the paper's brand goes on over two lines (通讯员 某  某 / 记者 某  某 摄;
 * 某某新闻/某某日报 / 记者 某  某 摄). Read line by line, the first piece was a headline (the
 * caption's opening read as photo news' title, or as the next article's kicker) and the first part
 * of a credit a byline or a caption of its own. Measured on the seventh set of other papers' pages
 * (tests/fixtures/other-papers/g: 7 such captions and credits on 6 pages); the rmrb-2019 pages,
 * which print caption and credit on one line each, read as before.
 */
import type { Line } from './lines.ts';
import { endsSentence, isByline, isClosingLine, isCreditLine, opensWithDate, splitCredit } from './patterns.ts';

/** How a caption opens: 图为……, 上图：……, 图①……; or with its day (6月30日，……, 昨天，……: opensWithDate). */
const CAPTION_OPENING = /^(?:图为|[上下左右]?图[：:①-⑩0-9０-９一二三四五六七八九十])/;
/** Ends with a full stop, as a caption does (headlines do not). */
const FULL_STOP_END = /。[”’」』）)]*$/;
/** A caption's first piece is no longer than this: a caption box's line. */
const PIECE_LENGTH = 40;
/** A caption cut by the width goes on over at most this many more lines. */
const MORE_PIECES = 3;
/** A paper's brand and name over a credit's second line: 某某新闻/某某日报, 某某日报. */
const PRESS_LINE = /^[\u4e00-\u9fff]{2,8}(?:[/／·][\u4e00-\u9fff]{2,8})?(?:日报|晚报|报|新闻|客户端)$/;
/** The role a credit's second line opens with (记者 某  某 摄). */
const ROLE_OPENING = /^(?:本报)?(?:特约|首席|摄影)?(?:记者|通讯员|实习生)/;

/**
 * Joins the pieces of captions and credits cut over lines. Takes the reflowed lines; gives
 * lines in the same order, where joined lines are one (the first's number, indent and flags,
 * every piece): the caption's text run together, a credit's parts with a space between (one
 * name, another role: 通讯员 某  某 记者 某  某 摄; none after a paper's name). Two rules, each for
 * what only a caption or a credit is:
 * - A line that opens like a caption (图为……, with its day: 4月20日，……, 昨天，……), ends no
 *   sentence, is at most 40 characters and has no heading mark, over up to three lines that open
 *   no caption of their own, the last ending with a full stop where a credit follows (on that
 *   line's end, ……。星岛图片, or the next line or two), is one caption with them.
 * - A byline or a paper's name alone (通讯员 某  某; 某某新闻/某某日报) after a finished sentence,
 *   over a credit line that opens with a role (记者 某  某 摄), is the credit's first part.
 * Pure; lines that are no such pieces come back as they were (the same array when none is).
 */
export function joinCaptionPieces(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const pieces = captionPieces(lines, i);
    if (pieces > 1) {
      out ??= lines.slice(0, i);
      let caption = line;
      for (let k = 1; k < pieces; k++) caption = joined(caption, lines[i + k], '');
      out.push(caption);
      i += pieces - 1;
      continue;
    }
    if (i > 0 && endsSentence(lines[i - 1].text) && creditOver(lines, i)) {
      out ??= lines.slice(0, i);
      // A paper's name runs into the role after it (某某日报记者); a name and the next role stand apart.
      out.push(joined(line, lines[i + 1], PRESS_LINE.test(line.text) ? '' : ' '));
      i++;
      continue;
    }
    out?.push(line);
  }
  return out ?? lines;
}

/**
 * How many lines from line i are one caption cut by the width: its first piece opens like a
 * caption and ends no sentence, the pieces after it open none, and the last ends one with a full
 * stop right over a credit (or carries the credit at its end). 1 when line i is no such piece.
 */
function captionPieces(lines: Line[], i: number): number {
  const { text } = lines[i];
  // A line that carries its credit at its end (……检测出水水质。　通讯员　某　某　摄) is a caption whole: the title
  // lines under it head the next photo (set ra).
  if (splitCredit(text)?.rest) return 1;
  if (lines[i].headingMarks > 0 || !captionOpening(text) || text.length > PIECE_LENGTH || endsSentence(text) || isCreditLine(text) || isClosingLine(text)) return 1;
  for (let k = i + 1; k < lines.length && k <= i + MORE_PIECES; k++) {
    const piece = lines[k];
    if (piece.headingMarks > 0 || captionOpening(piece.text) || isCreditLine(piece.text) || isByline(piece.text)) return 1;
    const captioned = splitCredit(piece.text);
    if (captioned && captioned.rest !== '') return k - i + 1;
    if (FULL_STOP_END.test(piece.text)) {
      const after = lines[k + 1]?.text;
      return after !== undefined && (isCreditLine(after) || creditOver(lines, k + 1)) ? k - i + 1 : 1;
    }
    if (piece.text.length > PIECE_LENGTH || endsSentence(piece.text)) return 1;
  }
  return 1;
}

/** Lines i and i + 1 are a credit's two parts: a byline or a paper's name, then a role's credit. */
function creditOver(lines: Line[], i: number): boolean {
  const first = lines[i]?.text;
  const second = lines[i + 1]?.text;
  if (first === undefined || second === undefined) return false;
  if (!(isByline(first) || PRESS_LINE.test(first)) || !ROLE_OPENING.test(second) || !isCreditLine(second)) return false;
  // The joined credit must read as one (某某新闻/某某日报记者 某  某 摄).
  return isCreditLine(`${first}${PRESS_LINE.test(first) ? '' : ' '}${second}`);
}

/**
 * A date and nothing else (1998年9月15日, 二〇〇一年十一月五日): a notice's or letter's closing date line, never a caption's
 * first piece, though it opens with a day (a column the date fills to its width, the photo's caption on the next line).
 * In the truths 151 paragraphs are a date alone; no caption opens with a date not set off by a comma or more words.
 */
const DATE_ALONE = /^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/**
 * A day set off by a space (7月26日　全国象棋甲级联赛某某赛区, 4月2日　晴): a photo's kicker, a diary's or a schedule's row,
 * never a caption's first piece. In the truths of all sets and rmrb-2019, none of the 342 paragraphs and 11 title lines so
 * opening is a caption (set zb: a photo's dated kicker, its headline and the caption under them were run into one).
 */
const DAY_SET_APART = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[ \u3000]+\S/;

function captionOpening(text: string): boolean {
  return CAPTION_OPENING.test(text) || (opensWithDate(text) && !DATE_ALONE.test(text) && !DAY_SET_APART.test(text));
}

/** Two lines as one: the first's number, indent and flags; the second's trailing space; both pieces. */
function joined(a: Line, b: Line, space: string): Line {
  const at = a.text.length + space.length;
  return { ...a, text: a.text + space + b.text, trail: b.trail, pieces: [...a.pieces, ...b.pieces.map((p) => ({ n: p.n, at: at + p.at }))] };
}

/**
 * A caption by its words alone, one sentence and no credit: 图为雨中的某某巷。, perhaps saying the picture is
 * from the files (……在检测轴承精度。　（资料图片）: set gz; （资料图片） is no one's credit, captions.ts above).
 */
const BARE_CAPTION = /^图为[^。！？!?]{2,60}。(?:[ \u3000]*[（(]资料(?:图片|照片)[）)])?$/;

/**
 * A caption printed with no credit (图为雨中的某某巷。, after an essay's last sentence): only a caption
 * opens so. Takes a line's text; the blocks stage reads such a line as a photo's caption when no
 * credit follows it, never as a title line (set g's cdrb page, where it became the next piece's
 * column; every 图为 line of the rmrb-2019 pages has its credit).
 */
export function isBareCaption(text: string): boolean {
  return BARE_CAPTION.test(text);
}

/** A caption line's caption and credit: the credit at its end (splitCredit), else none. */
export function captionParts(text: string): { rest: string; credit: string | null } {
  return splitCredit(text) ?? { rest: text, credit: null };
}

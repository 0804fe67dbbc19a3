/**
 * The width of a line as a column of type measures it, and the column width a hard-wrapped
 * page was wrapped at, found from the page itself (used by the reflow stage, reflow.ts).
 * A CJK or full-width character counts 1, an ASCII character 1/2; characters whose width
 * depends on the font (“ ” — …) count whichever the page's lines say.
 */
import { spaceWidth, type Line } from './lines.ts';

/** A page's hard wrap, as measured from its lines. */
export interface WrapWidth {
  /** The column width, in the measure above (half characters allowed). */
  width: number;
  /** Whether font-dependent characters (“ ” — …) count 1 (true) or 1/2 (false) on this page. */
  ambiguousWide: boolean;
}


/**
 * The share of a page's lines as wide as the column or wider that must measure within one
 * character under it for the page to count as wrapped. Lines shorter than the column (a poem's
 * verses, titles, a table's rows) say nothing either way.
 */
const WRAPPED_SHARE = 0.5;
/** The share of all a page's lines that must so measure: a few lines of one width on a page of short ones are no column. */
const WRAPPED_SHARE_OF_ALL = 0.25;
/** Fewer wrapped lines than this say nothing about a page. */
const MIN_WRAPPED_LINES = 5;
/** A narrower column than this is a list of short items, not wrapped text. */
const MIN_WIDTH = 6;

/** Width classes of BMP characters: 0 narrow (1/2), 1 font-dependent, 2 wide (1). */
export const WIDTH_CLASS = new Uint8Array(0x10000);
{
  const set = (from: number, to: number, cls: number) => WIDTH_CLASS.fill(cls, from, to + 1);
  // Font-dependent: Latin-1 symbols, Greek, Cyrillic, general punctuation (‘ ’ “ ” — …), letterlike
  // symbols, arrows, circled numbers, box drawing, geometric shapes (■ □ ◆ ●), misc symbols (★).
  set(0x00a1, 0x00ff, 1);
  set(0x0391, 0x03c9, 1);
  set(0x0401, 0x0451, 1);
  set(0x2010, 0x203e, 1);
  set(0x2100, 0x27bf, 1);
  // Wide: Hangul jamo, CJK radicals to Yi (punctuation 、。「」, kana, Han), Hangul, CJK
  // compatibility, vertical and small forms, full-width forms.
  set(0x1100, 0x115f, 2);
  set(0x2e80, 0xa4cf, 2);
  set(0xac00, 0xd7a3, 2);
  set(0xf900, 0xfaff, 2);
  set(0xfe10, 0xfe19, 2);
  set(0xfe30, 0xfe6f, 2);
  set(0xff00, 0xff60, 2);
  set(0xffe0, 0xffe6, 2);
  // Astral characters (mostly rare Han) count 1: one half for each surrogate.
}

/** Closing marks: they may hang past the column width rather than start a line. */
export const CLOSING = codes('，。、；：？！”’）》」』】〕…—·%,.;:?!)]');
/** Opening marks: a wrap moves them to the next line with the word they open. */
export const OPENING = codes('“‘（《「『【〔([{<');
/** What a wrap does not split: ASCII letters, digits, . and %. */
export const ASCII_WORD = codes('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.%');

export function codes(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * The page's lines measured in half characters, font-dependent characters counted narrow,
 * with how many font-dependent characters each part holds (add them once more for the wide
 * measure): `width` as printed (indent and trailing space included), `core` without the
 * closing marks hanging at its end, `lead` of what a wrap keeps together at its start
 * (leading space, opening marks, then one character or ASCII word).
 */
export interface LineWidths {
  width: Int32Array;
  widthAmbiguous: Int32Array;
  core: Int32Array;
  coreAmbiguous: Int32Array;
  lead: Int32Array;
  leadAmbiguous: Int32Array;
}

export function measureLines(lines: Line[]): LineWidths {
  const n = lines.length;
  const w: LineWidths = {
    width: new Int32Array(n),
    widthAmbiguous: new Int32Array(n),
    core: new Int32Array(n),
    coreAmbiguous: new Int32Array(n),
    lead: new Int32Array(n),
    leadAmbiguous: new Int32Array(n),
  };
  lines.forEach(({ text, indent, trail }, k) => {
    // Where the hanging closing marks start, and where the lead ends.
    let hang = text.length;
    if (trail === '') while (hang > 0 && CLOSING.has(text.charCodeAt(hang - 1))) hang--;
    let leadEnd = 0;
    while (leadEnd < text.length - 1 && OPENING.has(text.charCodeAt(leadEnd))) leadEnd++;
    if (ASCII_WORD.has(text.charCodeAt(leadEnd))) {
      while (leadEnd < text.length && ASCII_WORD.has(text.charCodeAt(leadEnd))) leadEnd++;
    } else leadEnd++;

    const space = Math.round(spaceWidth(indent) * 2);
    let halves = space;
    let ambiguous = 0;
    for (let i = 0; i < text.length; i++) {
      if (i === hang) {
        w.core[k] = halves;
        w.coreAmbiguous[k] = ambiguous;
      }
      if (i === leadEnd) {
        w.lead[k] = halves;
        w.leadAmbiguous[k] = ambiguous;
      }
      const cls = WIDTH_CLASS[text.charCodeAt(i)];
      halves += cls === 2 ? 2 : 1;
      if (cls === 1) ambiguous++;
    }
    if (hang === text.length) {
      w.core[k] = halves;
      w.coreAmbiguous[k] = ambiguous;
    }
    if (leadEnd >= text.length) {
      w.lead[k] = halves;
      w.leadAmbiguous[k] = ambiguous;
    }
    w.width[k] = halves + Math.round(spaceWidth(trail) * 2);
    w.widthAmbiguous[k] = ambiguous;
  });
  return w;
}

/**
 * The column width a page was hard-wrapped at, or null when it was not: about the commonest line
 * width (closing marks hanging past the column not counted), when five or more lines, at least
 * half of those as wide or wider and a quarter of all, measure within one character under it.
 * Tried with font-dependent characters (“ ” — …) narrow and wide, at the commonest width and the
 * widths beside it: the reading taken is the one under which most lines that go on into the next
 * were cut at the column (they fit it, the next line's first word would not have), then the one
 * under which fewer lines overrun the width. Takes the lines stage's output (lines with heading
 * marks are left out); gives the width in characters (halves allowed) and the measure.
 */
export function measureWrap(lines: Line[], widths: LineWidths = measureLines(lines)): WrapWidth | null {
  let best: (WrapWidth & { agreeing: number; asWide: number; score: number; misfits: number; cuts: number }) | null = null;
  for (const ambiguousWide of [false, true]) {
    const counts = new Map<number, number>();
    lines.forEach((line, i) => {
      if (line.headingMarks > 0) return;
      const w = widths.core[i] + (ambiguousWide ? widths.coreAmbiguous[i] : 0);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    });
    let mode = 0;
    let modeCount = 0;
    for (const [w, c] of counts) if (c > modeCount || (c === modeCount && w > mode)) [mode, modeCount] = [w, c];
    // Counted narrow, a line holding one “ ” … stops half a character short of the column: where most
    // lines of the commonest width hold one, the column may be half a character over it.
    let marked = 0;
    if (!ambiguousWide) {
      lines.forEach((line, i) => {
        if (line.headingMarks === 0 && widths.core[i] === mode && widths.coreAmbiguous[i] > 0) marked++;
      });
    }
    const markedMode = marked * 2 > modeCount;
    // The commonest width is the column's as a rule; a page dense with marks of either width (“ ” …)
    // or with figures may crowd the lines a half character under it, so the widths beside it are tried too.
    for (let column = Math.max(1, mode - 2); column <= mode + 3; column++) {
      let agreeing = 0;
      let overrunning = 0;
      let asWide = 0;
      for (const [w, c] of counts) {
        if (w <= column && w >= column - 2) agreeing += c;
        else if (w > column && w <= column + 3) overrunning += c;
        if (w >= column - 2) asWide += c;
      }
      const score = agreeing - overrunning;
      // Where both measures fit the page as well, the lines holding a mark of either width (“ ” — …)
      // say which: under the page's own measure none of its nearly full lines runs past the column,
      // and none stops a whole character short of it (that character would have fitted).
      let misfits = 0;
      lines.forEach((line, i) => {
        if (line.headingMarks > 0 || widths.coreAmbiguous[i] === 0) return;
        const w = widths.core[i] + (ambiguousWide ? widths.coreAmbiguous[i] : 0);
        if ((w > column && w <= column + 3) || (w <= column - 2 && w >= column - 3)) misfits++;
      });
      // Where a line goes on into the next (flush, no blank between), the page's own measure and
      // column say it was cut there: it fits, and the next line's first word would not have. The
      // reading under which most such pairs read so is the page's (卡付了8元钱。“老伴走了以后， / 一个
      // 人…: with “ counted whole that line runs past the column; set ae of other papers' pages).
      // A width beside the commonest must read two such pairs more to be taken (one overlong line is
      // no column: 本报讯 本月起，… with its space). So does half a character over it where the
      // commonest width is that of lines holding a mark counted narrow (on such a page measured wide,
      // a full line holding two marks ran past the column and read as a headline).
      const besideMode = column !== mode && !(column === mode + 1 && markedMode);
      const cuts = cutPairs(lines, widths, column, ambiguousWide ? 1 : 0) - (besideMode ? 2 : 0);
      const better = !best || cuts > best.cuts || (cuts === best.cuts && (score > best.score || (score === best.score && misfits < best.misfits)));
      if (better) best = { width: column / 2, ambiguousWide, agreeing, asWide, score, misfits, cuts };
    }
  }
  if (!best || best.width < MIN_WIDTH || best.agreeing < MIN_WRAPPED_LINES) return null;
  if (best.agreeing < best.asWide * WRAPPED_SHARE || best.agreeing < lines.length * WRAPPED_SHARE_OF_ALL) return null;
  return { width: best.width, ambiguousWide: best.ambiguousWide };
}

/** How many lines, each followed by a flush line, fit the column `max` (half characters) and would not have held the next line's first word. */
function cutPairs(lines: Line[], w: LineWidths, max: number, wide: number): number {
  let cuts = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1];
    if (lines[i].headingMarks > 0 || next.indented || next.afterBlank || next.headingMarks > 0) continue;
    // A kicker ending in —— over its headline, a headline over its dashed subheadline: a headline block's lines, never
    // a paragraph's the width cut (set qb: two such pairs, counted as cuts with “ ” taken wide, outvoted the page's
    // own narrow measure, and a paragraph's full line holding two marks read as overrunning the column).
    if (/——$/.test(lines[i].text) || next.text.startsWith('——')) continue;
    const fits = w.core[i] + wide * w.coreAmbiguous[i] <= max;
    if (fits && w.width[i] + wide * w.widthAmbiguous[i] + w.lead[i + 1] + wide * w.leadAmbiguous[i + 1] > max) cuts++;
  }
  return cuts;
}

// ── how a paragraph ends ─────────────────────────────────────────────────

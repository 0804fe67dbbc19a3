/**
 * What a page's layout says about its lines, read once per page before the blocks stage.
 *
 * Text extraction keeps some of the printed page's typography. Where a page indents its
 * paragraphs (　　), an unindented line is a headline-block line and an indented short line
 * is part of the body (a subhead, a byline, a note); where a page marks headlines with `#`,
 * the headline block is built around the marked lines. A page that does neither (blank lines
 * only, as the archive's own sources are) leaves the reading to the words themselves.
 * Measured on the rmrb-2019 corpus: every headline-block line of its indented layouts is
 * unindented and every paragraph indented; its markdown layout marks every headline.
 */
import type { Line } from './lines.ts';
import { endsSentence, isTitleLike } from './patterns.ts';

export interface PageLayout {
  /** The page indents its paragraphs: indentation tells body lines from headline lines. */
  indents: boolean;
  /** The page marks headlines with `#`: an unmarked line stands in a headline block only beside a marked one. */
  marks: boolean;
  /**
   * The page sets its paragraphs apart with blank lines but prints a headline block's lines
   * together: a blank line then ends a headline block, and a short line standing alone
   * between blank lines is no part of one.
   */
  tightTitles: boolean;
  /**
   * The page runs its paragraphs on with no blank line between them (one in five of its paragraph
   * lines stands after one at most): a blank line there is a gap the layout left between pieces.
   */
  blankLinesRare: boolean;
}

/** Lines this long that end a sentence are paragraphs on any page. */
const PARAGRAPH_LENGTH = 20;
/** The share of such paragraphs that must be indented for indentation to mean something. */
const INDENTED_SHARE = 0.8;
/** Fewer paragraphs than this say nothing about a page's habits. */
const MIN_PARAGRAPHS = 3;

/** The longest line of a headline block printed as two short lines together. */
const SHORT_LINE = 60;

/** Two lines printed without a blank between them that read as headline-block lines, not one paragraph broken. */
function printedTogether(first: string, second: string): boolean {
  return isTitleLike(first) || (!endsSentence(first) && first.length <= SHORT_LINE && second.length <= SHORT_LINE);
}

/**
 * Reads a page's layout habits from its lines (after the reflow stage). Takes the page's
 * lines; gives whether its paragraphs are indented (at least 80 % of its sentence-ending lines
 * of 20 characters or more, and at least 3 of them), whether it marks headlines with `#`, whether
 * it sets paragraphs apart but headline blocks tight, and whether blank lines are rare on it.
 * Pure; never throws.
 */
export function readLayout(lines: Line[]): PageLayout {
  const paragraphs = lines.filter((l) => l.text.length >= PARAGRAPH_LENGTH && endsSentence(l.text) && l.headingMarks === 0);
  const indented = paragraphs.filter((l) => l.indented).length;
  // Indentation tells lines apart only where some line goes without it.
  const unindented = lines.some((l) => !l.indented);
  const indents = unindented && paragraphs.length >= MIN_PARAGRAPHS && indented >= paragraphs.length * INDENTED_SHARE;
  const marks = lines.some((l) => l.headingMarks > 0);
  return {
    indents,
    marks,
    tightTitles:
      !indents &&
      paragraphs.length >= MIN_PARAGRAPHS &&
      paragraphs.filter((l) => l.afterBlank).length >= paragraphs.length * INDENTED_SHARE &&
      lines.some((l, i) => i > 0 && !l.afterBlank && printedTogether(lines[i - 1].text, l.text)),
    blankLinesRare: paragraphs.length >= MIN_PARAGRAPHS && paragraphs.filter((l) => l.afterBlank).length <= paragraphs.length * (1 - INDENTED_SHARE),
  };
}

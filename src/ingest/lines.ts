/**
 * Stage 2 of the ingest: decoded page text → numbered, trimmed lines.
 *
 * Sources from different tools differ in layout only: blank lines between paragraphs or
 * none, full-width indentation or none, `#` heading marks or none. This stage removes that
 * difference from the text: it drops blank lines, trims layout spaces, and records heading
 * marks as a `mark` instead of text. What the layout said is kept beside the text — the
 * marks, whether the line was indented, whether a blank line stood before it — because in
 * some sources (text lifted from a PDF, hard-wrapped at a column width) the indent is the
 * only sign of where a paragraph starts (see reflow.ts). Line numbers stay those of the
 * source file.
 */

/** One source line inside a `Line`: its source line number and where its text starts. */
export interface LinePiece {
  /** 1-based line number in the source file. */
  n: number;
  /** Offset in the `Line`'s text where this piece starts. */
  at: number;
}

export interface Line {
  /** 1-based line number in the source file (of the first piece, when lines were joined). */
  n: number;
  /** The text without layout indentation or heading marks. */
  text: string;
  /** `#` marks (Markdown-style heading levels) the source put on the line, 0 when none. */
  headingMarks: number;
  /** The layout space the source line began with, verbatim ('' when none): 　　, spaces, a tab. */
  indent: string;
  /** The layout space the source line ended with, verbatim ('' when none). */
  trail: string;
  /**
   * The source line began with an indent at least one character wide: a full-width space, a
   * tab, two ASCII spaces (see `spaceWidth`). A single leading space is not one: a wrap can
   * put the space between two words at the start of a line.
   */
  indented: boolean;
  /** One or more blank lines stand right before this line in the source. */
  afterBlank: boolean;
  /**
   * The source lines this line was read from, in order: one piece `{ n, at: 0 }` as this stage
   * gives it; several when the reflow stage joined a wrapped or broken paragraph.
   */
  pieces: LinePiece[];
}

const HEADING_MARKS = /^(#{1,6})[ \t\u3000]*/;
/** A topic tag (#话题#) at the start of a line is text, not a heading mark. */
const TOPIC = /^#[^#\s]+#/;

/**
 * Splits decoded page text (LF line ends) into its non-blank lines, trimmed, with their
 * source line numbers, heading marks, indent and blank-line flags. Never throws.
 */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = false;
  text.split('\n').forEach((raw, i) => {
    // JavaScript's white space includes the full-width space U+3000.
    const end = raw.trimEnd().length;
    const start = end - raw.slice(0, end).trimStart().length;
    if (start === end) {
      afterBlank = true;
      return;
    }
    let text = raw.slice(start, end);
    let headingMarks = 0;
    const marks = HEADING_MARKS.exec(text);
    if (marks && text.length > marks[0].length && !TOPIC.test(text)) {
      headingMarks = marks[1].length;
      text = text.slice(marks[0].length).trim();
    }
    const n = i + 1;
    const indent = raw.slice(0, start);
    lines.push({ n, text, headingMarks, indent, trail: raw.slice(end), indented: spaceWidth(indent) >= 1, afterBlank, pieces: [{ n, at: 0 }] });
    afterBlank = false;
  });
  return lines;
}

/** Width of layout space in characters: ASCII and no-break spaces 1/2, anything else (full-width space, tab) 1. */
export function spaceWidth(space: string): number {
  let halves = 0;
  for (const ch of space) halves += ch === ' ' || ch === '\u00a0' ? 1 : 2;
  return halves / 2;
}

/** The source line number of the character at `offset` in a line's text (the last piece starting at or before it). */
export function sourceLineAt(line: Line, offset: number): number {
  let n = line.n;
  for (const piece of line.pieces) {
    if (piece.at > offset) break;
    n = piece.n;
  }
  return n;
}

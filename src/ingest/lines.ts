/**
 * Stage 2 of the ingest: decoded page text → numbered, trimmed lines.
 *
 * Sources from different tools differ in layout only: blank lines between paragraphs or
 * none, full-width indentation or none, `#` heading marks or none. This stage removes that
 * difference: it drops blank lines, trims layout spaces, and records heading marks as a
 * `mark` instead of text. Line numbers stay those of the source file.
 */

export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  /** The text without layout indentation or heading marks. */
  text: string;
  /** `#` marks (Markdown-style heading levels) the source put on the line, 0 when none. */
  headingMarks: number;
}

/** ASCII and full-width spaces and tabs used for indentation and padding. */
const LAYOUT_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;
const HEADING_MARKS = /^(#{1,6})[ \t\u3000]*/;

export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    let text = raw.replace(LAYOUT_SPACE, '');
    let headingMarks = 0;
    const marks = HEADING_MARKS.exec(text);
    if (marks && text.length > marks[0].length) {
      headingMarks = marks[1].length;
      text = text.slice(marks[0].length).replace(LAYOUT_SPACE, '');
    }
    if (text !== '') lines.push({ n: i + 1, text, headingMarks });
  });
  return lines;
}

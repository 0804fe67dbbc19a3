/**
 * Nothing lost: every Han character and digit of a source must appear in the entries made
 * from it (a folded repeat counts, since its text is recorded in the article's `folds`).
 * The ingest refuses to write entries that fail this check.
 */
import type { Line } from './lines.ts';

const COUNTED = /^(\p{Script=Han}|\p{Nd})$/u;

/** Which BMP code units count, decided once: the check runs over every character of the archive. */
const COUNTED_BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) COUNTED_BMP[c] = COUNTED.test(String.fromCharCode(c)) ? 1 : 0;

/** Calls `visit` for each counted character of `text` (astral Han characters included). */
function forEachCounted(text: string, visit: (codePoint: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A surrogate pair only: a lone high surrogate must not swallow the character after it.
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      i++;
      if (COUNTED.test(String.fromCodePoint(cp))) visit(cp);
    } else if (COUNTED_BMP[c]) visit(c);
  }
}

export interface Missing {
  char: string;
  /** How many more times the source has it than the entries. */
  count: number;
  /** A source line where it occurs. */
  line: number;
}

/** Characters of the source lines (as read, before any joining) that the entries' texts do not account for, the first line each occurs on. */
export function missingCharacters(lines: ReadonlyArray<Pick<Line, 'n' | 'text'>>, entryTexts: Iterable<string>): Missing[] {
  const have = new Map<number, number>();
  for (const text of entryTexts) forEachCounted(text, (c) => have.set(c, (have.get(c) ?? 0) + 1));
  const need = new Map<number, { count: number; line: number }>();
  for (const { n, text } of lines) {
    forEachCounted(text, (c) => {
      const seen = need.get(c);
      if (seen) seen.count++;
      else need.set(c, { count: 1, line: n });
    });
  }
  const missing: Missing[] = [];
  for (const [c, { count, line }] of need) {
    const short = count - (have.get(c) ?? 0);
    if (short > 0) missing.push({ char: String.fromCodePoint(c), count: short, line });
  }
  return missing.sort((a, b) => a.line - b.line);
}

/**
 * Nothing lost: every Han character and digit of a source must appear in the entries made
 * from it (a folded repeat counts, since its text is recorded in the article's `folds`).
 * The ingest refuses to write entries that fail this check.
 */
import type { Line } from './lines.ts';

const COUNTED = /\p{Script=Han}|\p{Nd}/gu;

export interface Missing {
  char: string;
  /** How many more times the source has it than the entries. */
  count: number;
  /** A source line where it occurs. */
  line: number;
}

export function missingCharacters(lines: Line[], entryTexts: Iterable<string>): Missing[] {
  const have = new Map<string, number>();
  for (const text of entryTexts) for (const [c] of text.matchAll(COUNTED)) have.set(c, (have.get(c) ?? 0) + 1);
  const need = new Map<string, { count: number; line: number }>();
  for (const { n, text } of lines) {
    for (const [c] of text.matchAll(COUNTED)) {
      const seen = need.get(c);
      need.set(c, { count: (seen?.count ?? 0) + 1, line: seen?.line ?? n });
    }
  }
  const missing: Missing[] = [];
  for (const [char, { count, line }] of need) {
    const short = count - (have.get(char) ?? 0);
    if (short > 0) missing.push({ char, count: short, line });
  }
  return missing.sort((a, b) => a.line - b.line);
}

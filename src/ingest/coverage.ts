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

export interface Missing {
  char: string;
  /** How many more times the source has it than the entries. */
  count: number;
  /** A source line where it occurs. */
  line: number;
}

/**
 * Per BMP code unit, during one call: whether the source has it, the first line it is on, and
 * how many more times the source has it than the entries (astral characters go in a map). Typed
 * arrays, not maps, because the check runs over every character of the archive; reset to zero
 * before the call returns.
 */
const SEEN = new Uint8Array(0x10000);
const FIRST_LINE = new Float64Array(0x10000);
const SHORT = new Int32Array(0x10000);

/** Characters of the source lines (as read, before any joining) that the entries' texts do not account for, the first line each occurs on. */
export function missingCharacters(lines: ReadonlyArray<Pick<Line, 'n' | 'text'>>, entryTexts: Iterable<string>): Missing[] {
  // Counted characters in the order the source first has them (the order of the report's ties).
  const order: number[] = [];
  const astral = new Map<number, { count: number; line: number }>();
  for (const { n, text } of lines) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const cp = astralAt(text, i, c);
      if (cp !== -1) {
        i++;
        if (!COUNTED.test(String.fromCodePoint(cp))) continue;
        const seen = astral.get(cp);
        if (seen) seen.count++;
        else {
          astral.set(cp, { count: 1, line: n });
          order.push(cp);
        }
      } else if (COUNTED_BMP[c]) {
        if (!SEEN[c]) {
          SEEN[c] = 1;
          FIRST_LINE[c] = n;
          order.push(c);
        }
        SHORT[c]++;
      }
    }
  }
  for (const text of entryTexts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const cp = astralAt(text, i, c);
      if (cp !== -1) {
        i++;
        const seen = astral.get(cp);
        if (seen) seen.count--;
      } else if (SEEN[c]) SHORT[c]--;
    }
  }
  const missing: Missing[] = [];
  for (const c of order) {
    const { count, line } = c > 0xffff ? astral.get(c)! : { count: SHORT[c], line: FIRST_LINE[c] };
    if (count > 0) missing.push({ char: String.fromCodePoint(c), count, line });
    if (c <= 0xffff) {
      SEEN[c] = 0;
      SHORT[c] = 0;
      FIRST_LINE[c] = 0;
    }
  }
  return missing.sort((a, b) => a.line - b.line);
}

/** The code point of a surrogate pair starting at `i`, else -1: a lone high surrogate must not swallow the character after it. */
function astralAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff) return -1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? text.codePointAt(i)! : -1;
}

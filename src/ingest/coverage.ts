/**
 * Nothing lost: every Han character and digit of a source must appear in the entries made
 * from it (a folded repeat counts, since its text is recorded in the article's `folds`).
 * The ingest refuses to write entries that fail this check.
 */
import type { Line } from './lines.ts';

const COUNTED = /^(?:\p{Script=Han}|\p{Nd})$/u;

/**
 * Which BMP code units are counted, decided once by the regex above: the check runs over
 * every character of the archive, and a table lookup is many times faster than a regex match.
 */
const COUNTED_BMP = (() => {
  const table = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    if ((u < 0xd800 || u > 0xdfff) && COUNTED.test(String.fromCharCode(u))) table[u] = 1;
  }
  return table;
})();

export interface Missing {
  char: string;
  /** How many more times the source has it than the entries. */
  count: number;
  /** A source line where it occurs. */
  line: number;
}

export function missingCharacters(lines: Line[], entryTexts: Iterable<string>): Missing[] {
  // Source characters count +1, entry characters −1; what stays above zero is missing.
  const balance = new Int32Array(0x10000);
  const astral = new Map<string, number>();
  /** Counted characters in order of first occurrence in the source. */
  const order: string[] = [];
  const seen = new Uint8Array(0x10000);
  const add = (text: string, delta: 1 | -1) => {
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (u >= 0xd800 && u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const c = String.fromCodePoint(text.codePointAt(i)!);
        i++;
        if (!COUNTED.test(c)) continue;
        const before = astral.get(c);
        if (before === undefined && delta === 1) order.push(c);
        astral.set(c, (before ?? 0) + delta);
      } else if (COUNTED_BMP[u]) {
        if (delta === 1 && !seen[u]) {
          seen[u] = 1;
          order.push(text[i]);
        }
        balance[u] += delta;
      }
    }
  };
  for (const { text } of lines) add(text, 1);
  for (const text of entryTexts) add(text, -1);

  const missing: Missing[] = [];
  for (const char of order) {
    const short = char.length === 1 ? balance[char.charCodeAt(0)] : astral.get(char)!;
    if (short > 0) missing.push({ char, count: short, line: lines.find((l) => l.text.includes(char))!.n });
  }
  return missing.sort((a, b) => a.line - b.line);
}

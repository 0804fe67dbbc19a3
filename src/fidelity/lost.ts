/**
 * Nothing lost, checked from the outside: every Han character and digit of a page must be in
 * the entries read back from disk as many times as the page has it. The ingest checks the same
 * before writing (src/ingest/coverage.ts); this count is kept apart from it on purpose, so that
 * a fault in that check, in writing or in reading back shows here.
 */

const COUNTED = /[\p{Script=Han}\p{Nd}]/gu;

function tally(text: string, into: Map<string, number>, sign: 1 | -1): void {
  for (const [c] of text.matchAll(COUNTED)) into.set(c, (into.get(c) ?? 0) + sign);
}

/**
 * The page's text and the texts of its entries → each Han character or digit the entries hold
 * fewer times than the page, with how many are missing, in the order they first occur on the
 * page. Pure.
 */
export function lostCharacters(page: string, entryTexts: Iterable<string>): Array<{ char: string; count: number }> {
  const balance = new Map<string, number>();
  tally(page, balance, 1);
  for (const text of entryTexts) tally(text, balance, -1);
  return [...balance].filter(([, n]) => n > 0).map(([char, count]) => ({ char, count }));
}

/**
 * How Pagefind 1.6 scores a page for a search, as far as the term directory (directory.ts)
 * needs it to bound a month's best score without opening the month. Pagefind's web search
 * (pagefind_web/src/search.rs) gives each word of the page that matches a query term
 *
 *     diacritic bonus × idf(pages in the bundle, pages holding the term)
 *       × (k1 + 1)·x / (k1·(1 − b + b·words/average words) + x),   x = weighted count × length bonus
 *
 * and sums them; the weighted count is the word's occurrences times their weight (ours: 5 in
 * the headline block, 2 in the credits, 1 in the body), the length bonus falls as the word is
 * longer than the term (a prefix match), and the diacritic bonus is 1.8 for words spelled as
 * typed (all of ours: our words carry no diacritics apart from the query's own). Our documents
 * have no title or other searchable metadata, so no metadata boost is added.
 *
 * The defaults are Pagefind's (RankingWeights::default); the build checks its page lengths
 * against the bundle's own list (build/term-stats.ts), and tests/search/directory.test.ts
 * checks the bounds against the scores Pagefind gives.
 */

/** Pagefind's ranking defaults: term saturation, page length, term similarity, diacritic similarity. */
export const RANKING = { k1: 1.4, b: 0.75, similarity: 1.0, diacritic: 0.8 } as const;

/** Pagefind's inverse document frequency of a term found on `holding` of `pages` pages. */
export function idf(pages: number, holding: number): number {
  return Math.log((pages - holding + 0.5) / (holding + 0.5) + 1);
}

/** Pagefind's bonus for a word `wordBytes` long (UTF-8) found by a term `termBytes` long: 0.889 when they are the same. */
export function lengthBonus(wordBytes: number, termBytes: number): number {
  return LENGTH_BONUS[Math.min(255, Math.abs(wordBytes - termBytes) + 1)];
}

/** lengthBonus by differential (1–255), worked out once: the build asks it for every word of every page. */
const LENGTH_BONUS = Array.from({ length: 256 }, (_, differential) => {
  const base = Math.exp((-0.5 * differential ** 2) / 2 ** 2);
  return Math.exp(base * RANKING.similarity) / Math.exp(RANKING.similarity);
});

/** The saturating term-frequency part of the score of a word weighted `x` on a page of `words` words. */
export function saturation(x: number, words: number, averageWords: number): number {
  const { k1, b } = RANKING;
  return ((k1 + 1) * x) / (k1 * (1 - b + (b * words) / averageWords) + x);
}

/** The score factor every one of our words gets (spelled as typed). */
export const DIACRITIC_BONUS = 1 + RANKING.diacritic;

/** UTF-8 length of a word, as Pagefind measures words. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (a character beyond the BMP) is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

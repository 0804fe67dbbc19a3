/**
 * The words the Pagefind index holds. We do the Chinese word splitting ourselves, identically at
 * build time and in the browser, instead of leaving it to two different segmenters (ICU4X in
 * the indexer, Intl.Segmenter in the browser) that disagree on names and rare words.
 *
 * Every unit of a run starts one index term: the unit and the unit after it (a bigram), or the
 * unit and RUN_END at the end of the run. So 大同日报 is indexed as 大同 同日 日报 报ｚ, and:
 *
 * - a two-unit query (大同, 12月) is one term, and matches exactly where those units stand together;
 * - a one-unit query (煤, 2025) is matched as a prefix, and every occurrence starts some term;
 * - a longer query is its bigrams, which must stand at consecutive positions (checked with
 *   Pagefind's exact search, see engine.ts).
 *
 * Letter/digit units end with WORD_END, so 12 matches 12月 but not 120. No index term is a
 * proper prefix of a query term, so Pagefind's fallback to "the longest indexed word that
 * starts the query word" can never find a false match. The markers are full-width letters:
 * NFKC folds those away, so they never occur in folded text, and Pagefind keeps them in words.
 */
import type { Unit } from './units.ts';

export const WORD_END = 'ｘ';
export const RUN_END = 'ｚ';
/** Punctuation inside numbers, spelled as letters so Pagefind keeps the number one word. */
const IN_NUMBER: Record<string, string> = { '.': 'ｐ', ':': 'ｃ' };
const KEEP = /[\p{L}\p{N}]/u;

/** The key a unit contributes to index terms, lowercased like Pagefind's own words. */
export function unitKey(unit: Unit): string {
  const lower = unit.text.toLowerCase();
  if (unit.cjk) return lower;
  let key = '';
  for (const c of lower) key += IN_NUMBER[c] ?? (KEEP.test(c) ? c : '');
  return key + WORD_END;
}

/** Index terms of a sequence of units (one field of an article), in order. */
export function indexTerms(units: Unit[]): string[] {
  return keyedIndexTerms(units).terms;
}

/**
 * Index terms of a sequence of units, in order (`terms`), with the key of the unit each starts
 * with (`keys`, one per term): what the build's term statistics count by (build/term-stats.ts).
 */
export function keyedIndexTerms(units: Unit[]): { terms: string[]; keys: string[] } {
  const keys = units.map(unitKey);
  const terms: string[] = new Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const next = units[i + 1];
    terms[i] = next && next.run === units[i].run ? keys[i] + keys[i + 1] : keys[i] + RUN_END;
  }
  return { terms, keys };
}

/** Query terms for one phrase (units of one run): the unit itself, or its bigrams. */
export function phraseTerms(units: Unit[]): string[] {
  if (units.length === 1) return [unitKey(units[0])];
  const terms: string[] = [];
  for (let i = 0; i + 1 < units.length; i++) terms.push(unitKey(units[i]) + unitKey(units[i + 1]));
  return terms;
}

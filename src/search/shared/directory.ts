/**
 * The term directory: which months hold each index term, on how many pages, and the best score
 * a page of that month can get for it. With it the search page learns, before opening any month
 * bundle, which months a query can match, how many results each month has (exactly, for a query
 * of one word of one or two units; at most so many, else), and how high a month's best result
 * can rank. Relevance then opens only the months that can still reach the page of results asked
 * for, counts are true at once or marked "at least", and hits by month and year need no bundle
 * at all (engine.ts).
 *
 * Layout under pagefind/ (written by build/directory.ts from every month's term statistics):
 *
 *     directory/index.json   { version, buckets, months: [{ month, pages, bounded }] }
 *     directory/<n>.json     { "<key>": [month index, pages holding it, best score part, …], … }
 *
 * Keys are the words a query asks Pagefind for (shared/terms.ts): a unit (大, 2025ｘ), searched
 * as a prefix, with every word that starts with it counted together; and a two-unit term (大同,
 * 12ｘ月), searched exactly. A key's bucket is a hash of it, so a query fetches one small file
 * per key whatever the size of the archive. The best score part is the saturating frequency
 * part of Pagefind's score (shared/score.ts); a month's bound is it times the diacritic bonus
 * and the term's idf in that month.
 */
import { DIACRITIC_BONUS, idf } from './score.ts';

export const DIRECTORY_FOLDER = 'directory';
export const DIRECTORY_VERSION = 1;

export interface DirectoryIndex {
  version: number;
  buckets: number;
  /** Oldest first; entries refer to months by their place in this list. */
  months: { month: string; pages: number; bounded: boolean }[];
}

/** A bucket: key → flat [month index, pages, best score part, month index, …]. */
export type DirectoryBucket = Record<string, number[]>;

/** One key in one month. */
export interface KeyMonth {
  pages: number;
  /** The best saturating part of the score a page of the month gets for the key. */
  best: number;
}

/** The bucket a key lives in (FNV-1a over its UTF-16 code units). */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** A key's months from its bucket: month index → pages and best score part. */
export function keyMonths(bucket: DirectoryBucket, key: string): Map<number, KeyMonth> {
  const flat = Object.hasOwn(bucket, key) ? bucket[key] : [];
  const out = new Map<number, KeyMonth>();
  for (let i = 0; i + 2 < flat.length; i += 3) out.set(flat[i], { pages: flat[i + 1], best: flat[i + 2] });
  return out;
}

/** The highest score a page of a month of `pages` pages can get for a key found on `entry.pages` of them. */
export function keyBound(pages: number, entry: KeyMonth): number {
  return DIACRITIC_BONUS * idf(pages, entry.pages) * entry.best;
}

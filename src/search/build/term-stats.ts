/**
 * The term statistics of one bundle, for the term directory (shared/directory.ts): for each key
 * a query can ask Pagefind for — a unit (its words counted together, as Pagefind's prefix search
 * takes them) and a two-unit term — the pages holding it and the best saturating score part a
 * page gets for it (shared/score.ts), computed from the same documents Pagefind indexed.
 *
 * Written beside the bundle (term-stats.json.gz) and kept with it, so that the directory can be
 * made again from every month's statistics when one month changes, or when shards built apart
 * are merged at deploy time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RUN_END } from '../shared/terms.ts';
import { lengthBonus, saturation, utf8Length } from '../shared/score.ts';
import { documentTerms, WEIGHT, type DocumentTerms, type DocumentTexts } from './document.ts';
import type { PagefindMeta } from './pagefind-meta.ts';

export const TERM_STATS_FILE = 'term-stats.json.gz';

export interface TermStats {
  version: 1;
  pages: number;
  /**
   * Whether the page lengths counted here are the ones Pagefind wrote in the bundle's index
   * list: only then are the best scores bounds of Pagefind's (else the directory leaves the
   * month unbounded and relevance opens it).
   */
  bounded: boolean;
  /** key → [pages holding it, best score part rounded up]. */
  keys: Record<string, [number, number]>;
}

/** What one document's statistics are counted from (pageWords). */
export interface PageWords {
  /** Words (index terms) on the page: weighted count, and the key of the unit each starts with. */
  words: Map<string, { weighted: number; unit: string }>;
  length: number;
}

/** The words of one document (the index terms of its three weighted parts, document.ts documentTerms), counted by countTerms. */
export function pageWords(terms: DocumentTerms): PageWords {
  const words = new Map<string, { weighted: number; unit: string }>();
  let length = 0;
  const parts: [DocumentTerms[keyof DocumentTerms], number][] = [
    [terms.headline, WEIGHT.headline],
    [terms.credits, WEIGHT.credits],
    [terms.body, 1],
  ];
  for (const [list, weight] of parts) {
    for (const { terms: inText, keys } of list) {
      length += inText.length;
      for (let i = 0; i < inText.length; i++) {
        const word = words.get(inText[i]);
        if (word) word.weighted += weight;
        else words.set(inText[i], { weighted: weight, unit: keys[i] });
      }
    }
  }
  return { words, length };
}

/** Rounded up, so that a bound stays a bound. */
const up = (x: number) => Math.ceil(x * 1e4) / 1e4;

/**
 * The statistics of the documents of one bundle, checked against the index list Pagefind wrote
 * for it (`meta`: its pages' word counts).
 */
export function termStats(documents: DocumentTexts[], meta: PagefindMeta): TermStats {
  return checkedTermStats(countTerms(documents.map((texts) => pageWords(documentTerms(texts)))), meta);
}

/** A bundle's statistics before they are checked against Pagefind's index list (checkedTermStats). */
export interface CountedTerms {
  /** Each document's length in words, ascending. */
  lengths: number[];
  keys: TermStats['keys'];
}

/**
 * The keys' statistics of documents whose words were counted (pageWords, in the documents'
 * order). Needs nothing of Pagefind's, so the bundle counts them while Pagefind writes (bundle.ts).
 */
export function countTerms(pages: PageWords[]): CountedTerms {
  const average = pages.reduce((n, p) => n + p.length, 0) / Math.max(1, pages.length);
  const keys = new Map<string, [number, number]>();
  const add = (key: string, part: number) => {
    const entry = keys.get(key);
    if (entry) {
      entry[0] += 1;
      entry[1] = Math.max(entry[1], part);
    } else keys.set(key, [1, part]);
  };
  for (const page of pages) {
    const byUnit = new Map<string, number>();
    for (const [word, { weighted, unit }] of page.words) {
      // Searched as the unit's prefix: every word of the unit adds its own saturating part.
      const asPrefix = saturation(weighted * lengthBonus(utf8Length(word), utf8Length(unit)), page.length, average);
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + asPrefix);
      // Searched as itself (a two-unit term; a unit at the end of a run is only ever found by its prefix).
      if (!word.endsWith(RUN_END)) add(word, saturation(weighted * lengthBonus(1, 1), page.length, average));
    }
    for (const [unit, part] of byUnit) add(unit, part);
  }
  return {
    lengths: pages.map((p) => p.length).sort((a, b) => a - b),
    keys: Object.fromEntries([...keys].map(([k, [n, s]]) => [k, [n, up(s)]])),
  };
}

/** The statistics, bounded when our documents' lengths are the ones Pagefind wrote in `meta`. */
export function checkedTermStats(counted: CountedTerms, meta: PagefindMeta): TermStats {
  const ours = counted.lengths;
  const theirs = meta.pages.map((p) => p.words).sort((a, b) => a - b);
  const bounded = ours.length === theirs.length && ours.every((n, i) => n === theirs[i]);
  return { version: 1, pages: ours.length, bounded, keys: counted.keys };
}

/** Writes a bundle's statistics beside it (gzip JSON); throws what the file system throws. */
export function writeTermStats(bundleDir: string, stats: TermStats): void {
  writeFileSync(path.join(bundleDir, TERM_STATS_FILE), gzipSync(JSON.stringify(stats)));
}

/** The statistics kept beside a bundle; null when there are none (a bundle written before them). */
export function readTermStats(bundleDir: string): TermStats | null {
  try {
    const stats = JSON.parse(gunzipSync(readFileSync(path.join(bundleDir, TERM_STATS_FILE))).toString('utf8')) as TermStats;
    return stats.version === 1 ? stats : null;
  } catch {
    return null;
  }
}

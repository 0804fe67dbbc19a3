/**
 * How the index is split (SEARCH_SHARDS, read in src/config.ts, which the build and the search
 * page (SearchView.astro) both ask, so they always agree), and which bundle holds what.
 *
 * - archive (default): one Pagefind bundle, pagefind/. Fine while the archive is small.
 * - month: one bundle per month (pagefind/2025-12/, …): the daily job rebuilds only the month
 *   it adds to, and the search page opens the months newest first, only as many as the results
 *   it shows need (engine.ts). A year of the paper: docs/scaling.md.
 */
import type { ShardScheme } from '../../config.ts';

export type { ShardScheme };

/** The bundle folder of an issue date (YYYY-MM-DD): '' is pagefind/ itself. */
export function shardOf(scheme: ShardScheme, date: string): string {
  if (scheme === 'month') return `${date.slice(0, 7)}/`;
  return '';
}

/** Bundle folders under pagefind/ for the articles' issue dates, newest first. */
export function shardFolders(scheme: ShardScheme, dates: string[]): string[] {
  if (scheme === 'archive') return [''];
  return [...new Set(dates.map((d) => shardOf(scheme, d)))].sort().reverse();
}

/**
 * With month bundles, the bundle the search page loads Pagefind from: one placeholder page and
 * no words, so that loading Pagefind loads no month; each month is merged in only when a query
 * needs it (engine.ts).
 */
export const BASE_BUNDLE = 'base/';

/** The bundle folders the search page lists: the base bundle, then the months newest first; or pagefind/ itself. */
export function pageBundles(scheme: ShardScheme, dates: string[]): string[] {
  return scheme === 'month' ? [BASE_BUNDLE, ...shardFolders(scheme, dates)] : shardFolders(scheme, dates);
}

/** The month a month-shard bundle URL holds (…/pagefind/2025-12/ → 2025-12), else null. */
export function bundleMonth(bundle: string): string | null {
  return /\/(\d{4}-\d{2})\/$/.exec(bundle)?.[1] ?? null;
}

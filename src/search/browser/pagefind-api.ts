/**
 * The part of Pagefind's JS API the search uses (pagefind.js in each bundle), and the ways the
 * engine asks it: filters as Pagefind takes them, and its sort options per order.
 */
import type { SortOrder } from './protocol.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ meta: Record<string, string> }>;
}
export type Counts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Counts;
  totalFilters: Counts;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  /** A null term searches by the filters alone. */
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  /** Starts loading the index (pagefind.js exports it; without it loading starts with the first search). */
  init?(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
}

export type Filters = Record<string, string | { any: string[] }>;

/** A filter value no page has (kind is article, photo or topic). */
export const NO_PAGE = { kind: '∅' };

export const SORTS: Record<SortOrder, Record<string, string>> = {
  relevance: {},
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
};

/**
 * The way back from an article opened from a search: 返回检索结果 and the previous and next hit.
 * The search page passes nothing but its own address (?q=…&year=…&sort=…, which a reader can
 * link and bookmark) and the article link's ?hl=<query> (docs/search.md). So the article page
 * takes the search it came from out of the address it came from (the referrer), keeps it for
 * the hits it moves on to (sessionStorage), and asks the search again for its results to find
 * the hits before and after it. Pure: the browser part is search/browser/trail.ts.
 */
import { FACETS, SORT_ORDERS, type SearchRequest, type SortOrder } from '../search/browser/protocol.ts';

export type SearchState = Omit<SearchRequest, 'offset' | 'limit'>;

/** The search results page's path under the base path. */
export function searchPath(base: string): string {
  return `${base}search/`;
}

/**
 * The search a reader came from. Takes the referrer, the page's own address and the base path;
 * gives the referrer when it is this site's search page with a query, else null. Never throws.
 */
export function searchReferrer(referrer: string, here: string, base: string): string | null {
  try {
    const from = new URL(referrer);
    const page = new URL(here);
    if (from.origin !== page.origin || from.pathname !== searchPath(base) || !from.searchParams.get('q')) return null;
    return from.href;
  } catch {
    return null;
  }
}

/**
 * The query, filters and order of a search page address, read as the search page reads them
 * (the filter names of protocol.ts, the date range, an order it knows, else `defaultSort`).
 */
export function searchState(address: string, defaultSort: SortOrder): SearchState {
  const params = new URL(address).searchParams;
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  const sort = params.get('sort') as SortOrder;
  const date = params.get('date');
  return { query: params.get('q') ?? '', filters, sort: SORT_ORDERS.includes(sort) ? sort : defaultSort, ...(date ? { date } : {}) };
}

/** What the trail keeps between the hits a reader moves through. */
export interface KeptSearch {
  /** The search page's address, to go back to. */
  address: string;
  /** Its query, the ?hl= of every hit it led to. */
  query: string;
}

/**
 * The search an article opened with ?hl=`query` belongs to: the search page it came from; else
 * the one kept while moving through its hits, if it searched the same words; else a search for
 * those words alone. Gives the search and whether to keep it.
 */
export function searchOf(query: string, fromSearch: string | null, kept: KeptSearch | null, base: string, origin: string): KeptSearch {
  if (fromSearch) return { address: fromSearch, query };
  if (kept && kept.query === query) return kept;
  return { address: new URL(`${searchPath(base)}?${new URLSearchParams({ q: query })}`, origin).href, query };
}

/** The address of a hit, as the search page links it: its path under the base path, with ?hl=. */
export function hitAddress(base: string, url: string, query: string): string {
  return `${base}${url.replace(/^\//, '')}?hl=${encodeURIComponent(query)}`;
}

export interface Hit {
  id: string;
  url: string;
  title: string;
  /** A topic (专题) among the results: counted, but no stop on the trail (a topic page shows no trail). */
  topic: boolean;
}

export interface Trail {
  /** 1-based place of the article in the results, as the search page numbers them. */
  position: number;
  /** The nearest article hits before and after it (topics passed over). */
  prev: Hit | null;
  next: Hit | null;
}

/**
 * Where the article stands among the search's hits. Takes the hits in the order the search page
 * lists them and the article's id; null when the article is not among them.
 */
export function trailAround(hits: readonly Hit[], id: string): Trail | null {
  const at = hits.findIndex((h) => h.id === id && !h.topic);
  if (at < 0) return null;
  const prev = hits.slice(0, at).findLast((h) => !h.topic) ?? null;
  const next = hits.slice(at + 1).find((h) => !h.topic) ?? null;
  return { position: at + 1, prev, next };
}

/**
 * The page of results a request asks for, as the search page receives it (protocol.ts
 * SearchResponse), made from what the engine ranked (engine.ts): the results of the page with
 * their records loaded and marked, the count, the facets and how the query was read.
 */
import type { DateRange } from '../shared/date-range.ts';
import type { ParsedSearch, Phrase } from '../shared/query.ts';
import { decodeRecord } from '../shared/record.ts';
import type { PagefindResult } from './pagefind-api.ts';
import type { Facet, FacetValue, ResultView, SearchRequest, SearchResponse } from './protocol.ts';
import { resultView } from './result-view.ts';

/** What the engine knows of a request's results, in the order listed. */
export interface RankedResults {
  /** The count shown: every result, or (atLeast) those known so far. */
  total: number;
  atLeast: boolean;
  /** The query as read, and the dates searched (query and address together). */
  search: ParsedSearch;
  dates: DateRange | null;
  /** The phrases results are marked by: every one a result may hold. */
  phrases: Phrase[];
  results: PagefindResult[];
  facets: Record<Facet, FacetValue[]>;
  /** Oldest month searched while older ones are not (month bundles, newest first); else null. */
  searchedSince: string | null;
}

/** Result views by Pagefind page id, for the responses to one request (early lists and the whole page). */
export type ViewCache = Map<string, Promise<ResultView>>;

/**
 * The page `request` asks for (its offset and limit) of `ranked`. `partial`: the results are
 * those settled so far while further months are searched (engine.ts); the page is not whole
 * yet and more of it follows. `views` keeps the results' views between the responses to one
 * request, so a result listed early is not loaded and marked again. Throws what loading a
 * result's fragment throws.
 */
export async function pageResponse(ranked: RankedResults, request: SearchRequest, partial = false, views: ViewCache = new Map()): Promise<SearchResponse> {
  const page = ranked.results.slice(request.offset, request.offset + request.limit);
  const view = (r: PagefindResult) => viewOf(r, ranked.phrases, views);
  const results = await Promise.all(page.map(view));
  return {
    phrases: ranked.phrases.map((p) => p.text),
    groups: ranked.search.groups.map((g) => g.map((p) => p.text)),
    excluded: ranked.search.exclude.map((p) => p.text),
    dates: ranked.dates,
    notices: ranked.search.notices,
    total: ranked.total,
    atLeast: ranked.atLeast,
    more: partial || ranked.atLeast || Math.max(ranked.total, ranked.results.length) > request.offset + request.limit,
    facets: ranked.facets,
    offset: request.offset,
    searchedSince: ranked.searchedSince,
    results,
    ...(partial ? { partial: true } : {}),
  };
}

/** A result's view, loaded and marked once per request (`views`). */
function viewOf(r: PagefindResult, phrases: Phrase[], views: ViewCache): Promise<ResultView> {
  let made = views.get(r.id);
  if (!made) {
    made = r.data().then((data) => resultView(decodeRecord(data.meta.d), phrases));
    views.set(r.id, made);
  }
  return made;
}

/**
 * The page's leading results as soon as the first of them can be drawn: starts loading every
 * result's fragment of the page (shared with pageResponse through `views`), waits for the first
 * only, and gives a partial response with the results whose fragments are in by then, in order.
 * Null when the page has no result, or when the whole page is in already (then the whole page
 * follows at once and an early list would only be drawn twice). Throws what loading the first
 * result's fragment throws.
 */
export async function leadingResponse(ranked: RankedResults, request: SearchRequest, views: ViewCache): Promise<SearchResponse | null> {
  const page = ranked.results.slice(request.offset, request.offset + request.limit);
  if (page.length === 0) return null;
  const loaded = page.map(() => false);
  const made = page.map((r, i) => {
    const view = viewOf(r, ranked.phrases, views);
    void view.then(() => (loaded[i] = true), () => {});
    return view;
  });
  await made[0];
  // Fragments that came in with the first are settled by the next task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let ready = 0;
  while (ready < page.length && loaded[ready]) ready++;
  if (ready === page.length) return null;
  return pageResponse({ ...ranked, results: ranked.results.slice(0, request.offset + ready) }, request, true, views);
}


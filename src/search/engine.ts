/**
 * Runs a reader's query against the Pagefind bundle(s) and turns the hits into what the results
 * list shows. Runs inside a Web Worker (worker.ts): there, Pagefind sees no page language and
 * leaves our terms alone instead of re-segmenting them as Chinese.
 *
 * A query is a list of phrases (query.ts). One Pagefind search ANDs all their terms and ranks
 * the pages; phrases of three units or more are then checked with Pagefind's exact search,
 * which keeps only pages where the phrase's bigrams stand one after another.
 */
import { excerpt, markText } from './excerpt.ts';
import { exactQueries, mainQuery, parseQuery, type Phrase } from './query.ts';
import { decodeRecord, type ResultRecord } from './record.ts';
import { FACETS, type Facet, type FacetValue, type ResultView, type SearchRequest, type SearchResponse, type SortOrder } from './protocol.ts';

/** The part of Pagefind's JS API used here (pagefind.js in the bundle). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

interface Ranked {
  key: string;
  phrases: Phrase[];
  results: PagefindResult[];
  facets: Record<Facet, FacetValue[]>;
}

const emptyFacets = (): Record<Facet, FacetValue[]> => ({ year: [], page: [], column: [], author: [], kind: [] });

function facetsFrom(counts: PagefindResponse['filters'], exact: boolean): Record<Facet, FacetValue[]> {
  const facets = emptyFacets();
  for (const facet of FACETS) {
    facets[facet] = Object.entries(counts[facet] ?? {})
      .filter(([, n]) => n > 0)
      .map(([value, n]) => ({ value, count: exact ? n : null }));
  }
  return facets;
}

function pagefindFilters(filters: SearchRequest['filters']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const facet of FACETS) {
    const value = filters[facet];
    if (value) out[facet] = value;
  }
  return out;
}

const SORTS: Record<SortOrder, Record<string, string>> = {
  relevance: {},
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
};

export class SearchEngine {
  private readonly pagefind: PagefindApi;
  private last: Ranked | null = null;
  /**
   * Pagefind counts filter values only over the filter files it has loaded, and loads them
   * only for filters in use; facets need them all. Loaded once, alongside the first query's
   * index chunks.
   */
  private filtersLoaded: Promise<unknown> | null = null;

  constructor(pagefind: PagefindApi) {
    this.pagefind = pagefind;
  }

  /** Loads pagefind.js from the first bundle and merges the others (one per shard). */
  static async open(bundles: string[]): Promise<SearchEngine> {
    const [primary, ...others] = bundles;
    let pagefind: PagefindApi;
    try {
      pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as PagefindApi;
    } catch {
      throw new Error(`检索索引未能加载（${primary}pagefind.js）`);
    }
    await pagefind.options({ basePath: primary });
    for (const bundle of others) await pagefind.mergeIndex(bundle);
    return new SearchEngine(pagefind);
  }

  private async rank(request: SearchRequest): Promise<Ranked> {
    const filters = pagefindFilters(request.filters);
    const key = JSON.stringify([request.query, filters, request.sort]);
    if (this.last?.key === key) return this.last;

    const phrases = parseQuery(request.query);
    if (phrases.length === 0) return { key, phrases, results: [], facets: emptyFacets() };

    const filtered = Object.keys(filters).length > 0;
    if (!this.filtersLoaded) {
      this.filtersLoaded = this.pagefind.filters();
      await Promise.all([this.filtersLoaded, this.pagefind.preload(mainQuery(phrases), { filters })]);
    }
    await this.filtersLoaded;
    const main = await this.pagefind.search(mainQuery(phrases), { filters, sort: SORTS[request.sort] });
    const exact = exactQueries(phrases);
    let results = main.results;
    // totalFilters counts the query's results before the reader's filters narrow them.
    let facets = facetsFrom(main.totalFilters, true);
    if (exact.length > 0) {
      const checks = await Promise.all(exact.map((q) => this.pagefind.search(q, { filters })));
      const found = checks.map((c) => new Set(c.results.map((r) => r.id)));
      results = results.filter((r) => found.every((ids) => ids.has(r.id)));
      if (phrases.length === 1) {
        // Pagefind's exact search counts filters before checking positions when filters are
        // set; the same search without filters counts only the pages it keeps.
        const counts = filtered ? (await this.pagefind.search(exact[0])).filters : checks[0].filters;
        facets = facetsFrom(counts, true);
      } else {
        // Several phrases: the exact checks cannot be combined into one count, so the values
        // are listed from the looser AND search, without counts.
        facets = facetsFrom(main.totalFilters, false);
      }
    }
    this.last = { key, phrases, results, facets };
    return this.last;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const ranked = await this.rank(request);
    const page = ranked.results.slice(request.offset, request.offset + request.limit);
    const records = await Promise.all(page.map(async (r) => decodeRecord((await r.data()).meta.d)));
    return {
      phrases: ranked.phrases.map((p) => p.text),
      total: ranked.results.length,
      facets: ranked.facets,
      offset: request.offset,
      results: records.map((record) => resultView(record, ranked.phrases)),
    };
  }
}

export function resultView(record: ResultRecord, phrases: Phrase[]): ResultView {
  const marked = (text: string | null) => (text ? markText(text, phrases) : null);
  return {
    id: record.id,
    url: record.url,
    date: record.date,
    page: record.page,
    pageName: record.pageName,
    kind: record.kind,
    column: marked(record.column),
    kicker: record.headline ? marked(record.kicker) : null,
    title: markText(record.title, phrases),
    subheadline: record.headline || record.kicker ? marked(record.subheadline) : null,
    names: record.names,
    excerpt: excerpt(record.fields, phrases),
  };
}

/**
 * Runs a reader's query against the Pagefind bundle(s) and turns the hits into what the results
 * list shows. Runs inside a Web Worker (worker.ts): there, Pagefind sees no page language and
 * leaves our terms alone instead of re-segmenting them as Chinese.
 *
 * A query is a list of phrases (query.ts). One Pagefind search ANDs all their terms and ranks
 * the pages; phrases of three units or more are then checked with Pagefind's exact search,
 * which keeps only pages where the phrase's bigrams stand one after another.
 *
 * An archive too large for one index is indexed by month (shards.ts). Month bundles are opened
 * newest first and only as far as the results asked for need: a cold search of a year of the
 * paper then loads one month's index, not twelve (docs/scaling.md). Newest-first results are
 * asked month by month (the month filter); relevance and oldest-first open every month, merged
 * with Pagefind's mergeIndex.
 */
import { excerpt, markText } from '../shared/excerpt.ts';
import { formatDateShort, pageLabel, pageTitle } from '../../site/chinese.ts';
import { inRange, intersectRanges, mainQuery, parseDateRange, parseQuery, parseSearch, phraseKey, phraseQuery, type DateRange, type Notice, type ParsedSearch, type Phrase } from '../shared/query.ts';
import { phraseTerms } from '../shared/terms.ts';
import { PREFIX_CHUNKS_FILE, prefixAnchors, type PrefixChunks } from '../shared/prefix-chunks.ts';
import { decodeRecord, type ResultRecord } from '../shared/record.ts';
import { bundleMonth } from '../shared/shards.ts';
import { bucketOf, DIRECTORY_FOLDER, DIRECTORY_VERSION, keyMonths, type DirectoryBucket, type DirectoryIndex } from '../shared/directory.ts';
import { planMonths, queryKeys, type MonthPlan } from './month-plan.ts';
import { FACETS, KIND_LABELS, type Facet, type FacetValue, type MonthHits, type ResultView, type SearchRequest, type SearchResponse, type SortOrder } from './protocol.ts';

/** The part of Pagefind's JS API used here (pagefind.js in each bundle). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ meta: Record<string, string> }>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
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

/** A result of a month bundle, with the month (relevance over months orders by score, then month). */
interface ScoredResult extends PagefindResult {
  month: string;
}

/**
 * A result is settled once it scores at least this much more than the bound of every month not
 * opened: the bounds are Pagefind's scores to within rounding (tests/search/directory.test.ts).
 */
const BOUND_MARGIN = 1.0001;

/** Month answers kept (a few queries' worth of months). */
const MONTH_ANSWERS_KEPT = 120;

interface Ranked {
  key: string;
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
  /** One bundle: results by month, when Pagefind counted them exactly; else null. */
  monthCounts: Record<string, number> | null;
}

/** A month bundle, and whether it is merged into the index yet. */
interface MonthShard {
  bundle: string;
  month: string;
  opened: boolean;
}

/** A newest-first search over month bundles, extended month by month as more results are asked. */
interface MonthProgress {
  key: string;
  results: PagefindResult[];
  /** How many of the eligible months (newest first; for relevance, in `order`) have been searched. */
  searched: number;
  /** Relevance: the months by their bound, best first. */
  order: MonthShard[];
  /** Month → the number of results found there (months searched). */
  found: Map<string, number>;
  /** Filter counts over the months searched so far. */
  counts: Counts;
  exact: boolean;
}

interface Answer {
  results: PagefindResult[];
  /** Filter counts over the results before the reader's filters narrow them. */
  counts: Counts;
  /** Whether the counts are exact (see below). */
  exact: boolean;
  /** The counts cover only the month searched (add them up over months); else every bundle open. */
  monthOnly: boolean;
}

function addCounts(into: Counts, more: Counts): Counts {
  const sum: Counts = structuredClone(into);
  for (const [facet, values] of Object.entries(more)) {
    const target = (sum[facet] ??= {});
    for (const [value, n] of Object.entries(values)) target[value] = (target[value] ?? 0) + n;
  }
  return sum;
}

const emptyFacets = (): Record<Facet, FacetValue[]> => ({ year: [], page: [], column: [], author: [], kind: [] });

/** How a filter value is shown: 2025年, 第一版, 图片新闻; columns and names as they are. */
export function facetLabel(facet: Facet, value: string): string {
  if (facet === 'year') return `${value}年`;
  if (facet === 'page') return /^\d+$/.test(value) ? pageLabel(Number(value)) : value;
  if (facet === 'kind') return KIND_LABELS[value] ?? value;
  return value;
}

function facetsFrom({ counts, exact }: Pick<Answer, 'counts' | 'exact'>): Record<Facet, FacetValue[]> {
  const facets = emptyFacets();
  for (const facet of FACETS) {
    facets[facet] = Object.entries(counts[facet] ?? {})
      .filter(([, n]) => n > 0)
      .map(([value, n]) => ({ value, label: facetLabel(facet, value), count: exact ? n : null }));
  }
  return facets;
}

type Filters = Record<string, string | { any: string[] }>;

function pagefindFilters(filters: SearchRequest['filters']): Filters {
  const out: Filters = {};
  for (const facet of FACETS) {
    const value = filters[facet];
    if (value) out[facet] = value;
  }
  return out;
}

/** A result record of no article, for warming up the code that shows results (prepare()). */
const WARM_UP_RECORD: ResultRecord = {
  id: '',
  url: '/',
  date: '2024-01-01',
  page: 1,
  pageName: '要闻',
  kind: 'article',
  column: null,
  kicker: '大同日报',
  headline: '冰雪大同 2024年',
  subheadline: null,
  title: '冰雪大同 2024年',
  names: ['本报记者'],
  fields: ['本报讯 大同日报社主办的全文检索。'.repeat(20), '冰雪季在2024年开幕。'],
};

/** A filter value no page has (kind is article, photo or topic). */
const NO_PAGE = { kind: '∅' };

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
  private filtersLoaded: Promise<Counts> | null = null;
  /**
   * Whether searches now count facets, which needs every open bundle's filter files (some
   * 18 KB a month on a year of the paper). Months opened one by one (rankByMonth) leave them
   * until every month the query can match is open; a search through a filter loads that
   * filter's files itself.
   */
  private facetsNow = true;

  /** The filter files of every open bundle, when facets are counted now. */
  private async facetFilters(): Promise<void> {
    if (!this.facetsNow) return;
    this.filtersLoaded ??= this.pagefind.filters();
    await this.filtersLoaded;
  }

  /** Month bundles, newest first (the first is the one pagefind.js came from), when so sharded. */
  private readonly months: MonthShard[] | null;
  private progress: MonthProgress | null = null;

  /**
   * Terms of one or two units known to be in the index while one bundle is open (the only time
   * the light existence checks are used; see answer()).
   */
  private readonly present = new Set<string>();

  /** The bundle pagefind.js came from (the newest month's, when sharded by month). */
  private readonly primary: string;
  /** Each bundle's prefix-chunks.json (shared/prefix-chunks.ts), fetched when a query first needs it. */
  private readonly prefixMaps = new Map<string, Promise<PrefixChunks>>();
  /** Words preloaded for one-unit phrases into every bundle open now. */
  private readonly prefixLoaded = new Set<string>();
  /** The term directory's index and the buckets fetched (month bundles only). */
  private directory: Promise<DirectoryIndex | null> | null = null;
  private readonly buckets = new Map<number, Promise<DirectoryBucket>>();
  /** Recent month answers (monthAnswer()). */
  private readonly monthAnswers = new Map<string, Promise<Answer>>();

  constructor(pagefind: PagefindApi, primary: string, months: MonthShard[] | null = null) {
    this.pagefind = pagefind;
    this.primary = primary;
    this.months = months;
  }

  /**
   * Opens the bundle, or the month bundles (…/pagefind/2025-12/, …/pagefind/2025-11/ …, newest
   * first): the newest through its pagefind.js, the others merged into it as they are needed.
   * Throws when the index cannot be loaded, or when several bundles are not all months.
   * `load` imports pagefind.js (the browser's import; the recall bench loads it in Node).
   */
  static async open(bundles: string[], load: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<SearchEngine> {
    const [primary] = bundles;
    let pagefind: PagefindApi;
    try {
      pagefind = (await load(`${primary}pagefind.js`)) as PagefindApi;
    } catch {
      throw new Error(`检索索引未能加载（${primary}pagefind.js）`);
    }
    await pagefind.options({ basePath: primary });
    // Loading starts now (Pagefind's index list and WebAssembly), beside whatever comes next.
    void pagefind.init?.();
    if (bundles.length === 1) return new SearchEngine(pagefind, primary);
    // Month bundles: the first is the base bundle (no words; shards.ts), or, on a site built
    // before it existed, the newest month.
    const based = bundleMonth(primary) === null;
    const listed = based ? bundles.slice(1) : bundles;
    const months = listed.map(bundleMonth);
    if (!months.every(Boolean)) throw new Error(`检索索引的分片须是按月的（${bundles.join(' ')}）`);
    const engine = new SearchEngine(pagefind, primary, listed.map((bundle, i) => ({ bundle, month: months[i]!, opened: !based && i === 0 })));
    void engine.directoryIndex();
    return engine;
  }

  /**
   * The pages a query finds (its phrases, ORs and exclusions), in the order asked for, and the
   * filter counts; `month` keeps to one month bundle. A query of phrases that must all be found
   * is answered by answer(), as Pagefind ranks it; with OR or an exclusion, by answerSets().
   */
  private answerSearch(search: ParsedSearch, filters: Filters, sort: SortOrder, month?: string): Promise<Answer> {
    if (search.groups.length === 0) return Promise.resolve({ results: [], counts: {}, exact: true, monthOnly: false });
    if (search.exclude.length === 0 && search.groups.every((g) => g.length === 1)) return this.answer(search.groups.map((g) => g[0]), filters, sort, month);
    return this.answerSets(search, filters, sort, month);
  }

  /**
   * OR and exclusion, which Pagefind's search does not have: each phrase is searched on its own
   * (exactly, as in answer()), and the sets are put together here. A page is found when every
   * group has a phrase on it and no excluded phrase is; it ranks by the sum over the groups of
   * its best phrase's score (a long phrase scored by the AND search over its bigrams, as in
   * answer()); by date, in the order Pagefind sorts the whole scope. Filter values are listed
   * without counts: Pagefind counts each search, not the set made of them.
   */
  private async answerSets(search: ParsedSearch, filters: Filters, sort: SortOrder, month?: string): Promise<Answer> {
    const scoped = month ? { ...filters, month } : filters;
    const positive = search.groups.flat();
    const every = [...positive, ...search.exclude];
    await this.loadPrefixChunks(every);
    await this.pagefind.preload(mainQuery(every), { filters: scoped });
    await this.facetFilters();

    const pages = new Map<string, Map<string, PagefindResult>>();
    const counts: Counts[] = [];
    for (const p of every) {
      const only = await this.pagefind.search(phraseQuery(p), { filters: scoped });
      let scored = only.results;
      if (p.units.length > 2 && positive.includes(p)) {
        const kept = new Set(scored.map((r) => r.id));
        scored = (await this.pagefind.search(mainQuery([p]), { filters: scoped })).results.filter((r) => kept.has(r.id));
      }
      pages.set(phraseKey(p), new Map(scored.map((r) => [r.id, r])));
      if (positive.includes(p)) counts.push(only.totalFilters);
    }
    const excluded = new Set(search.exclude.flatMap((p) => [...pages.get(phraseKey(p))!.keys()]));
    const groups = search.groups.map((g) => g.map((p) => pages.get(phraseKey(p))!));
    const found = new Map<string, { result: PagefindResult; score: number }>();
    for (const [id, result] of groups[0].flatMap((g) => [...g])) {
      if (excluded.has(id) || found.has(id)) continue;
      let score = 0;
      let all = true;
      for (const group of groups) {
        const hits = group.map((g) => g.get(id)).filter((r): r is PagefindResult => r !== undefined);
        if (hits.length === 0) {
          all = false;
          break;
        }
        score += Math.max(...hits.map((r) => r.score));
      }
      if (all) found.set(id, { result, score });
    }
    let results: PagefindResult[];
    if (sort === 'relevance') {
      results = [...found.values()].sort((a, b) => b.score - a.score).map((f) => f.result);
    } else {
      const order = (await this.pagefind.search(null, { filters: scoped, sort: SORTS[sort] })).results;
      results = order.filter((r) => found.has(r.id)).map((r) => found.get(r.id)!.result);
    }
    return { results, counts: counts.reduce(addCounts, {}), exact: false, monthOnly: false };
  }

  /**
   * The pages holding every phrase, in Pagefind's order, and the filter counts; `month` keeps
   * to one month bundle (its month filter).
   *
   * One phrase is one search: for three units or more Pagefind's exact search, which keeps
   * only pages where the phrase's bigrams stand one after another. Several phrases: Pagefind's
   * own AND drops a term that matches nowhere (大同 火锅 would list every 大同) and does not
   * look at positions; so besides the one search over all terms, which ranks, each phrase is
   * looked up on its own and only pages holding every phrase are kept.
   */
  private async answer(phrases: Phrase[], filters: Filters, sort: SortOrder, month?: string): Promise<Answer> {
    const scoped = month ? { ...filters, month } : filters;
    const query = mainQuery(phrases);
    await this.loadPrefixChunks(phrases);
    // One Pagefind call at a time while files are loading: each loaded chunk replaces Pagefind's
    // WebAssembly state, and two loads at once can both start from the same state.
    // The query's index chunks first: the filter files only count the facets.
    if (!this.filtersLoaded || !this.facetsNow) await this.pagefind.preload(query, { filters: scoped });
    await this.facetFilters();
    const readerFiltered = Object.keys(filters).length > 0;

    if (phrases.length === 1) {
      const [phrase] = phrases;
      // Ranked by relevance, the pages come in the order of the AND search over the phrase's
      // bigrams, which weighs headlines as the exact search does not; by date, the exact
      // search alone gives them in order.
      const ranked = phrase.units.length > 2 && sort === 'relevance';
      const main = ranked ? await this.pagefind.search(query, { filters: scoped }) : null;
      const only = await this.pagefind.search(phraseQuery(phrase), { filters: scoped, sort: SORTS[sort] });
      let results = only.results;
      if (main) {
        const kept = new Set(results.map((r) => r.id));
        results = main.results.filter((r) => kept.has(r.id));
      }
      // totalFilters counts the results before any filter narrows them.
      if (phrase.units.length <= 2) {
        if (only.unfilteredResultCount > 0 && this.openBundles() === 1) this.present.add(phraseQuery(phrase));
        return { results, counts: only.totalFilters, exact: true, monthOnly: false };
      }
      // The exact search counts totalFilters before it checks positions; `filters` counts only
      // the pages it keeps, after the filters. Without the reader's filters those are the
      // counts wanted (for one month, when asked month by month); with them, the same search
      // unfiltered counts them.
      if (!readerFiltered) return { results, counts: only.filters, exact: true, monthOnly: Boolean(month) };
      const unfiltered = await this.pagefind.search(phraseQuery(phrase));
      return { results, counts: unfiltered.filters, exact: true, monthOnly: false };
    }

    // With one bundle open, a term of one or two units that is anywhere is in that bundle, and
    // the AND search keeps only pages holding every such term: its check only asks whether it
    // is anywhere (unfilteredResultCount), and a filter no page has spares building its result
    // list. Merged bundles drop a term bundle by bundle: then every phrase's pages are checked.
    const single = this.openBundles() === 1;
    const light = (p: Phrase) => single && p.units.length <= 2;
    // The AND search loads every term's chunks; the checks then only read them. A term already
    // seen in the open bundle needs no check.
    const main = await this.pagefind.search(query, { filters: scoped, sort: SORTS[sort] });
    const checks = await Promise.all(
      phrases.map((p) =>
        light(p) && this.present.has(phraseQuery(p)) ? null : this.pagefind.search(phraseQuery(p), { filters: light(p) ? NO_PAGE : scoped }),
      ),
    );
    const nowhere = checks.some((c, i) => c && phrases[i].units.length <= 2 && c.unfilteredResultCount === 0);
    if (nowhere) return { results: [], counts: {}, exact: true, monthOnly: false };
    checks.forEach((c, i) => {
      if (c && light(phrases[i])) this.present.add(phraseQuery(phrases[i]));
    });
    const found = checks.filter((c, i) => c && !light(phrases[i])).map((c) => new Set(c!.results.map((r) => r.id)));
    const results = main.results.filter((r) => found.every((ids) => ids.has(r.id)));
    // Several phrases of one or two units each, all found: the AND search counted exactly
    // these pages. With a longer phrase among them the checks cannot be combined into one
    // count, so the values are listed from the looser AND search, without counts.
    return { results, counts: main.totalFilters, exact: phrases.every((p) => p.units.length <= 2), monthOnly: false };
  }

  /** A request as the engine reads it: the query parsed, the dates of the query and the address together. */
  private read(request: Omit<SearchRequest, 'offset' | 'limit'>) {
    const filters = pagefindFilters(request.filters);
    const key = JSON.stringify([request.query, filters, request.sort, request.date ?? '']);
    const search = parseSearch(request.query);
    const addressed = request.date ? parseDateRange(request.date) : null;
    if (request.date && !addressed) search.notices.push({ code: 'date-invalid', text: request.date });
    const dates = intersectRanges(search.dates, addressed?.range ?? null);
    return { filters, base: { key, search, dates, phrases: search.groups.flat() } };
  }

  private async rank(request: SearchRequest): Promise<Ranked> {
    const { filters, base } = this.read(request);
    // Month bundles open further as further pages are asked for: their progress is kept instead.
    if (!this.months && this.last?.key === base.key) return this.last;
    const { search, dates } = base;
    if (search.groups.length === 0) return { ...base, results: [], facets: emptyFacets(), searchedSince: null, total: 0, atLeast: false, monthCounts: null };
    if (this.months) return this.rankByMonth(request, base, filters);

    if (dates) {
      // One bundle: the months of the range, through the month filter every page carries.
      this.filtersLoaded ??= this.pagefind.filters();
      const months = Object.keys((await this.filtersLoaded).month ?? {}).filter((m) => inRange(m, dates));
      filters.month = { any: months.length ? months : ['∅'] };
    }
    const answer = await this.answerSearch(search, filters, request.sort);
    const monthCounts = answer.exact ? (answer.counts.month ?? {}) : null;
    this.last = { ...base, results: answer.results, facets: facetsFrom(answer), searchedSince: null, total: answer.results.length, atLeast: false, monthCounts };
    return this.last;
  }

  /** The bundles open now. */
  private openBundleUrls(): string[] {
    return this.months ? this.months.filter((m) => m.opened).map((m) => m.bundle) : [this.primary];
  }

  private prefixMap(bundle: string): Promise<PrefixChunks> {
    let map = this.prefixMaps.get(bundle);
    if (!map) {
      // A bundle written before the file existed has none: its prefixes load as Pagefind picks.
      map = fetch(`${bundle}${PREFIX_CHUNKS_FILE}`).then((r) => (r.ok ? (r.json() as Promise<PrefixChunks>) : {}), () => ({}));
      this.prefixMaps.set(bundle, map);
    }
    return map;
  }

  /**
   * A one-unit phrase is a prefix search, and Pagefind loads only the first index chunk of the
   * prefix's words: the other chunks of each open bundle are loaded here, by preloading the
   * first word of each (shared/prefix-chunks.ts).
   */
  private async loadPrefixChunks(phrases: Phrase[]): Promise<void> {
    const keys = phrases.filter((p) => p.units.length === 1).map((p) => phraseTerms(p.units)[0]);
    if (keys.length === 0) return;
    const maps = await Promise.all(this.openBundleUrls().map((b) => this.prefixMap(b)));
    const words = [...new Set(maps.flatMap((map) => keys.flatMap((key) => prefixAnchors(map, key))))].filter((w) => !this.prefixLoaded.has(w));
    if (words.length === 0) return;
    await this.pagefind.preload(words.join(' '));
    for (const w of words) this.prefixLoaded.add(w);
  }

  /** How many Pagefind bundles the searches run over. */
  private openBundles(): number {
    return this.months ? this.months.filter((m) => m.opened).length : 1;
  }

  private async openMonth(shard: MonthShard): Promise<void> {
    if (shard.opened) return;
    await this.pagefind.mergeIndex(shard.bundle);
    shard.opened = true;
    // Words preloaded so far are not in the new month's index yet.
    this.prefixLoaded.clear();
    // The new month's filter files are loaded with the next search, for the facets.
    this.filtersLoaded = null;
  }

  /**
   * Month bundles. Newest first (the default order of a month-sharded site): months are opened
   * and searched one by one, each through its month filter, until the results reach the end of
   * the page asked for; what was found is kept for the next page. Relevance and oldest first
   * need every month: all are opened, and oldest first is asked month by month.
   */
  private async rankByMonth(request: SearchRequest, base: Omit<Ranked, 'results' | 'facets' | 'searchedSince' | 'total' | 'atLeast' | 'monthCounts'>, filters: Filters): Promise<Ranked> {
    const { key, search, dates } = base;
    this.facetsNow = false;
    const inScope = this.months!.filter((s) => (!filters.year || s.month.startsWith(`${filters.year}-`)) && inRange(s.month, dates));
    // The directory leaves out the months the query cannot match, and says what the others hold.
    const countable = Object.keys(filters).every((f) => f === 'year');
    const plans = await this.plan(search, inScope.map((s) => s.month), countable);
    const months = plans ? inScope.filter((s) => plans.get(s.month)!.possible) : inScope;
    const none = { ...base, results: [], facets: emptyFacets(), searchedSince: null, total: 0, atLeast: false, monthCounts: null };
    if (months.length === 0) return none;

    if (this.progress?.key !== key) this.progress = { key, results: [], searched: 0, counts: {}, exact: true, found: new Map(), order: [] };
    const progress = this.progress;
    const wanted = request.offset + request.limit;
    /** Counted so far: months searched exactly, the others as the directory knows them. */
    const counted = () => {
      let total = 0;
      let known = true;
      for (const s of months) {
        const found = progress.found.get(s.month);
        const exact = found ?? plans?.get(s.month)!.exact ?? null;
        if (exact === null) known = false;
        else total += exact;
      }
      return { total, atLeast: !known };
    };

    if (request.sort === 'relevance' && plans && months.every((s) => Number.isFinite(plans.get(s.month)!.bound))) {
      // Months by their best possible score; a month is opened only while it could still place a
      // result on the page asked for.
      if (progress.order.length === 0) progress.order = [...months].sort((a, b) => plans.get(b.month)!.bound - plans.get(a.month)!.bound || (a.month < b.month ? 1 : -1));
      const scored = progress.results as ScoredResult[];
      const next = () => (progress.searched < progress.order.length ? plans.get(progress.order[progress.searched].month)!.bound * BOUND_MARGIN : -Infinity);
      while (progress.searched < progress.order.length && !(scored.length >= wanted && scored[wanted - 1].score >= next())) {
        const shard = progress.order[progress.searched];
        await this.openMonth(shard);
        const answer = await this.monthAnswer(key, search, filters, 'relevance', shard.month);
        progress.found.set(shard.month, answer.results.length);
        scored.push(...answer.results.map((r) => ({ ...r, data: r.data, score: r.score, month: shard.month })));
        // Pagefind's own order across bundles: by score; between equal scores, the newer month first.
        scored.sort((a, b) => b.score - a.score || (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
        progress.searched++;
        progress.counts = addCounts(progress.counts, answer.monthOnly ? answer.counts : {});
      }
      const threshold = next();
      const settled = scored.filter((r) => r.score >= threshold);
      const complete = progress.searched === progress.order.length;
      const facets = complete ? await this.facetsOver(search, filters, months) : this.partialFacets(plans, months, progress);
      return { ...base, results: settled, facets, searchedSince: null, ...counted(), monthCounts: null };
    }

    if (request.sort !== 'newest') {
      for (const shard of months) await this.openMonth(shard);
      // Every month the query can match is open: the facets are counted exactly.
      this.facetsNow = true;
      // Months outside the query's may be open from earlier searches: keep to the query's.
      const scope: Filters = { ...filters, month: { any: months.map((m) => m.month) } };
      const answer = await this.answerSearch(search, scope, request.sort);
      let results = answer.results;
      if (request.sort === 'oldest') {
        const perMonth = await Promise.all([...months].reverse().map((s) => this.monthAnswer(key, search, filters, 'oldest', s.month)));
        results = perMonth.flatMap((a) => a.results);
      }
      return { ...base, results, facets: facetsFrom(answer), searchedSince: null, total: results.length, atLeast: false, monthCounts: null };
    }

    while (progress.results.length < wanted && progress.searched < months.length) {
      const shard = months[progress.searched];
      await this.openMonth(shard);
      const answer = await this.monthAnswer(key, search, filters, 'newest', shard.month);
      progress.results.push(...answer.results);
      progress.found.set(shard.month, answer.results.length);
      progress.searched++;
      // Counts of one month add up; counts taken before any filter (the month's included)
      // already cover every month opened so far.
      progress.counts = answer.monthOnly ? addCounts(progress.counts, answer.counts) : answer.counts;
      progress.exact = answer.exact;
    }
    const complete = progress.searched === months.length;
    // Exact only once every month is searched.
    const facets = complete ? await this.facetsOver(search, filters, months) : this.partialFacets(plans, months, progress);
    const { total, atLeast } = counted();
    return { ...base, results: progress.results, facets, searchedSince: complete ? null : months[progress.searched - 1].month, total, atLeast, monthCounts: null };
  }

  /**
   * One month's answer to a request, kept for the last few requests: a month's results do not
   * change as other months are merged in, and every open bundle takes part in every Pagefind
   * search, so asking again (paging back, a query asked before) would repeat that work.
   */
  private monthAnswer(key: string, search: ParsedSearch, filters: Filters, sort: SortOrder, month: string): Promise<Answer> {
    const id = `${key}\u0000${month}`;
    let answer = this.monthAnswers.get(id);
    if (answer) {
      // Most recently used last.
      this.monthAnswers.delete(id);
    } else {
      answer = this.answerSearch(search, filters, sort, month);
      answer.catch(() => this.monthAnswers.delete(id));
    }
    this.monthAnswers.set(id, answer);
    while (this.monthAnswers.size > MONTH_ANSWERS_KEPT) this.monthAnswers.delete(this.monthAnswers.keys().next().value!);
    return answer;
  }

  /** The term directory's index, fetched once (null when the site has none: every month is then opened as needed). */
  directoryIndex(): Promise<DirectoryIndex | null> {
    this.directory ??= fetch(`${this.directoryUrl()}index.json`)
      .then((r) => (r.ok ? (r.json() as Promise<DirectoryIndex>) : null))
      .then((index) => (index?.version === DIRECTORY_VERSION ? index : null))
      .catch(() => null);
    return this.directory;
  }

  private directoryUrl(): string {
    return this.months![0].bundle.replace(/[^/]+\/$/, `${DIRECTORY_FOLDER}/`);
  }

  private bucket(n: number): Promise<DirectoryBucket> {
    let bucket = this.buckets.get(n);
    if (!bucket) {
      bucket = fetch(`${this.directoryUrl()}${n}.json`).then((r) => {
        if (!r.ok) throw new Error(`检索目录 ${n}.json 未能加载（${r.status}）`);
        return r.json() as Promise<DirectoryBucket>;
      });
      bucket.catch(() => this.buckets.delete(n));
      this.buckets.set(n, bucket);
    }
    return bucket;
  }

  /** Month by month, what the directory says of the query (month-plan.ts); null without a directory. */
  private async plan(search: ParsedSearch, months: string[], countable: boolean): Promise<Map<string, MonthPlan> | null> {
    const index = await this.directoryIndex();
    if (!index) return null;
    const keys = queryKeys(search);
    const buckets = new Map(await Promise.all(keys.map(async (k) => [k, await this.bucket(bucketOf(k, index.buckets))] as const)));
    return planMonths(search, index, (k) => keyMonths(buckets.get(k)!, k), months, countable);
  }

  /**
   * Filter values while some months are not searched: years from the directory (counted where
   * it knows every month of the year exactly), the rest from the months searched, without counts.
   */
  private partialFacets(plans: Map<string, MonthPlan> | null, months: MonthShard[], progress: MonthProgress): Record<Facet, FacetValue[]> {
    const facets = facetsFrom({ counts: progress.counts, exact: false });
    if (!plans) return facets;
    const years = new Map<string, number | null>();
    for (const s of months) {
      const year = s.month.slice(0, 4);
      const exact = progress.found.get(s.month) ?? plans.get(s.month)!.exact;
      const before = years.has(year) ? years.get(year)! : 0;
      years.set(year, before === null || exact === null ? null : before + exact);
    }
    facets.year = [...years].filter(([, n]) => n !== 0).map(([value, count]) => ({ value, label: facetLabel('year', value), count }));
    return facets;
  }

  /** Exact filter counts over every month a query can match, once all are open (relevance). */
  private async facetsOver(search: ParsedSearch, filters: Filters, months: MonthShard[]): Promise<Record<Facet, FacetValue[]>> {
    this.facetsNow = true;
    try {
      const answer = await this.answerSearch(search, { ...filters, month: { any: months.map((m) => m.month) } }, 'relevance');
      return facetsFrom(answer);
    } finally {
      this.facetsNow = false;
    }
  }

  /**
   * Hits month by month for a query (the page's filters and dates apply), for a histogram of
   * hits by month or year: exact where the directory knows the count or the month was searched,
   * else at most so many. Opens no month: the site's directory answers; a site without month
   * bundles has one bundle, searched once.
   */
  async histogram(request: Omit<SearchRequest, 'offset' | 'limit' | 'sort'>): Promise<MonthHits[]> {
    const { filters, base } = this.read({ ...request, sort: 'relevance' });
    if (base.search.groups.length === 0) return [];
    if (!this.months) {
      const ranked = await this.rank({ ...request, sort: 'relevance', offset: 0, limit: 10 });
      const counts = ranked.monthCounts ?? (await this.recordMonths(ranked.results));
      return Object.entries(counts)
        .filter(([month, n]) => n > 0 && inRange(month, ranked.dates))
        .sort()
        .map(([month, n]) => ({ month, count: n, atMost: n }));
    }
    const countable = Object.keys(filters).every((f) => f === 'year');
    const inScope = this.months.filter((s) => (!filters.year || s.month.startsWith(`${filters.year}-`)) && inRange(s.month, base.dates)).map((s) => s.month);
    const plans = await this.plan(base.search, inScope, countable);
    const found = this.progress?.key === base.key ? this.progress.found : new Map<string, number>();
    return inScope
      .map((month): MonthHits => {
        const searched = found.get(month);
        if (searched !== undefined) return { month, count: searched, atMost: searched };
        const plan = plans?.get(month);
        return plan ? { month, count: plan.exact, atMost: plan.atMost } : { month, count: null, atMost: Infinity };
      })
      .filter((h) => h.atMost > 0)
      .sort((a, b) => (a.month < b.month ? -1 : 1));
  }

  /** Results by the month of their issue, read from their records (one bundle, when Pagefind's counts are not exact). */
  private async recordMonths(results: PagefindResult[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const r of results) {
      const month = decodeRecord((await r.data()).meta.d).date.slice(0, 7);
      counts[month] = (counts[month] ?? 0) + 1;
    }
    return counts;
  }

  /**
   * Loads what every search needs before the reader has typed one: Pagefind's WebAssembly, the
   * newest bundle's index list and its filter files. The first search then fetches only its own
   * index chunks and result fragments.
   */
  async prepare(): Promise<void> {
    this.filtersLoaded ??= this.pagefind.filters();
    await this.filtersLoaded;
    // A first search runs several times slower than the next ones while the browser compiles
    // Pagefind's code and ours. Warm both up without fetching anything more: a search by filter
    // alone (no index chunk needed), and one result view made from a record of our own.
    await this.pagefind.search(null, { sort: SORTS.newest });
    resultView(WARM_UP_RECORD, parseQuery('大同日报 "冰雪 2024年"'));
  }

  /**
   * Every result the reader can reach for a request by paging on (its offset and limit are
   * ignored), as Pagefind page ids in the order listed, and the count the page shows. For the
   * recall bench and tests: the fragments are not loaded.
   */
  async resultIds(request: Omit<SearchRequest, 'offset' | 'limit'>): Promise<{ ids: string[]; total: number; atLeast: boolean }> {
    const ranked = await this.rank({ ...request, offset: 0, limit: Number.MAX_SAFE_INTEGER });
    return { ids: ranked.results.map((r) => r.id), total: ranked.total, atLeast: ranked.atLeast };
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const ranked = await this.rank(request);
    const page = ranked.results.slice(request.offset, request.offset + request.limit);
    const records = await Promise.all(page.map(async (r) => decodeRecord((await r.data()).meta.d)));
    return {
      phrases: ranked.phrases.map((p) => p.text),
      groups: ranked.search.groups.map((g) => g.map((p) => p.text)),
      excluded: ranked.search.exclude.map((p) => p.text),
      dates: ranked.dates,
      notices: ranked.search.notices,
      total: ranked.total,
      atLeast: ranked.atLeast,
      more: ranked.atLeast || Math.max(ranked.total, ranked.results.length) > request.offset + request.limit,
      facets: ranked.facets,
      offset: request.offset,
      searchedSince: ranked.searchedSince,
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
    dateLabel: formatDateShort(record.date),
    pageLabel: record.page === null ? null : pageTitle(record.page, record.pageName),
    page: record.page,
    pageName: record.pageName,
    kind: record.kind,
    column: marked(record.column),
    kicker: record.headline ? marked(record.kicker) : null,
    title: markText(record.title, phrases),
    subheadline: record.headline || record.kicker ? marked(record.subheadline) : null,
    names: record.names,
    excerpt: excerpt(record.fields, phrases),
    ...(record.topic ? { topic: record.topic } : {}),
  };
}

/**
 * Runs a reader's query against the Pagefind bundle(s) and turns the hits into what the results
 * list shows. Runs inside a Web Worker (worker.ts): there, Pagefind sees no page language and
 * leaves our terms alone instead of re-segmenting them as Chinese.
 *
 * A query is a list of phrases (query.ts), answered in the open bundles by answers.ts.
 *
 * An archive too large for one index is indexed by month (shards.ts). Month bundles are opened
 * newest first and only as far as the results asked for need: a cold search of a year of the
 * paper then loads one month's index, not twelve (docs/scaling.md). Newest-first results are
 * asked month by month (the month filter); relevance and oldest-first open every month, merged
 * with Pagefind's mergeIndex.
 */
import { parseQuery, parseSearch, type ParsedSearch, type Phrase } from '../shared/query.ts';
import { inRange, intersectRanges, parseDateRange, type DateRange } from '../shared/date-range.ts';
import { decodeRecord } from '../shared/record.ts';
import { bundleMonth } from '../shared/shards.ts';
import { PhraseAnswers, type Answer } from './answers.ts';
import { addCounts, emptyFacets, facetsFrom, pagefindFilters, partialFacets } from './facets.ts';
import { TermDirectory, type MonthPlan } from './month-plan.ts';
import { SORTS, startPagefind, type Counts, type Filters, type PagefindApi, type PagefindResult } from './pagefind-api.ts';
import { resultView, WARM_UP_RECORD } from './result-view.ts';
import { leadingResponse, pageResponse, type RankedResults, type ViewCache } from './page-response.ts';
import type { Facet, FacetValue, MonthHits, SearchRequest, SearchResponse, SortOrder } from './protocol.ts';

export type { PagefindApi } from './pagefind-api.ts';

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
const monthAnswerId = (key: string, month: string) => `${key}\u0000${month}`;

interface Ranked extends RankedResults {
  key: string;
  /** One bundle: results by month, when Pagefind counted them exactly; else null. */
  monthCounts: Record<string, number> | null;
}

/** Told the results settled so far of a search still opening months (rankByMonth); the search goes on at once. */
type Settled = (ranked: RankedResults) => void;

/** A month bundle, and whether it is merged into the index yet. */
interface MonthShard {
  bundle: string;
  month: string;
  opened: boolean;
  opening?: Promise<void>;
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

export class SearchEngine {
  private readonly pagefind: PagefindApi;
  private readonly answers: PhraseAnswers;
  private last: Ranked | null = null;
  /** Month bundles, newest first (the first is the one pagefind.js came from), when so sharded. */
  private readonly months: MonthShard[] | null;
  private progress: MonthProgress | null = null;
  /** The bundle pagefind.js came from (the newest month's, when sharded by month). */
  private readonly primary: string;
  /** The term directory (month bundles only). */
  private readonly directory: TermDirectory | null;
  /** Recent month answers (monthAnswer()). */
  private readonly monthAnswers = new Map<string, Promise<Answer>>();

  constructor(pagefind: PagefindApi, primary: string, months: MonthShard[] | null = null, directory: TermDirectory | null = null) {
    this.pagefind = pagefind;
    this.primary = primary;
    this.months = months;
    this.directory = months?.length ? directory : null;
    this.answers = new PhraseAnswers(pagefind, () => this.openBundleUrls());
  }

  /**
   * Opens the bundle, or the month bundles (…/pagefind/2025-12/, …/pagefind/2025-11/ …, newest
   * first): the newest through its pagefind.js, the others merged into it as they are needed.
   * Throws when the index cannot be loaded, or when several bundles are not all months.
   * `started`: the primary bundle's Pagefind, imported and loading (startPagefind; the worker
   * starts it beside this code, the recall bench with its own import in Node);
   * `directoryIndex`, the term directory's index.json already asked for (worker.ts), if it was;
   * `firstQuery`, the query of a search already waiting (a linked one): the directory's files it
   * needs are fetched while Pagefind is still loading.
   */
  static async open(bundles: string[], started: Promise<PagefindApi> = startPagefind(bundles[0]), directoryIndex?: Promise<Response>, firstQuery?: string): Promise<SearchEngine> {
    const [primary] = bundles;
    if (bundles.length === 1) return new SearchEngine(await started, primary);
    // Month bundles: the first is the base bundle (no words; shards.ts), or, on a site built
    // before it existed, the newest month.
    const based = bundleMonth(primary) === null;
    const listed = based ? bundles.slice(1) : bundles;
    const months = listed.map(bundleMonth);
    if (!months.every(Boolean)) throw new Error(`检索索引的分片须是按月的（${bundles.join(' ')}）`);
    const directory = listed.length ? new TermDirectory(listed[0], directoryIndex) : null;
    if (directory) void (firstQuery ? directory.warm(parseSearch(firstQuery)) : directory.load());
    const pagefind = await started;
    return new SearchEngine(pagefind, primary, listed.map((bundle, i) => ({ bundle, month: months[i]!, opened: !based && i === 0 })), directory);
  }

  /**
   * Fetches what the term directory will need to plan `query` (a query the reader is typing),
   * so that the search, once submitted, finds it loaded. Opens no month: a month merged for a
   * query that is then changed would slow every later search (Pagefind searches every open bundle).
   */
  warm(query: string): void {
    if (this.directory) void this.directory.warm(parseSearch(query));
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

  private async rank(request: SearchRequest, settled?: Settled, signal?: AbortSignal): Promise<Ranked> {
    const { filters, base } = this.read(request);
    // Month bundles open further as further pages are asked for: their progress is kept instead.
    if (!this.months && this.last?.key === base.key) return this.last;
    const { search, dates } = base;
    if (search.groups.length === 0) return { ...base, results: [], facets: emptyFacets(), searchedSince: null, total: 0, atLeast: false, monthCounts: null };
    if (this.months) return this.rankByMonth(request, base, filters, settled, signal);

    if (dates) {
      // One bundle: the months of the range, through the month filter every page carries.
      const months = Object.keys((await this.answers.filterCounts()).month ?? {}).filter((m) => inRange(m, dates));
      filters.month = { any: months.length ? months : ['∅'] };
    }
    const answer = await this.answers.find(search, filters, request.sort);
    const monthCounts = answer.exact ? (answer.counts.month ?? {}) : null;
    this.last = { ...base, results: answer.results, facets: facetsFrom(answer), searchedSince: null, total: answer.results.length, atLeast: false, monthCounts };
    return this.last;
  }

  /** The bundles open now. */
  private openBundleUrls(): string[] {
    return this.months ? this.months.filter((m) => m.opened).map((m) => m.bundle) : [this.primary];
  }

  /** Merges a month in, once: two searches at a time (one being stopped, worker.ts) share the merge. */
  private openMonth(shard: MonthShard): Promise<void> {
    if (shard.opened) return Promise.resolve();
    shard.opening ??= (async () => {
      performance.mark(`search:open ${shard.month}`);
      await this.pagefind.mergeIndex(shard.bundle);
      performance.mark(`search:merged ${shard.month}`);
      shard.opened = true;
      this.answers.bundleOpened();
    })();
    shard.opening.catch(() => (shard.opening = undefined));
    return shard.opening;
  }

  /**
   * Month bundles. Newest first (the default order of a month-sharded site): months are opened
   * and searched one by one, each through its month filter, until the results reach the end of
   * the page asked for; what was found is kept for the next page. Relevance and oldest first
   * need every month: all are opened, and oldest first is asked month by month. `settled` is
   * told, by relevance, the results no month left unopened can outrank, before each further month.
   * Once `signal` is aborted no further month is opened (throws its reason); what was searched is kept.
   */
  private async rankByMonth(request: SearchRequest, base: Omit<Ranked, 'results' | 'facets' | 'searchedSince' | 'total' | 'atLeast' | 'monthCounts'>, filters: Filters, settled?: Settled, signal?: AbortSignal): Promise<Ranked> {
    const { key, search, dates } = base;
    this.answers.facetsNow = false;
    const inScope = this.months!.filter((s) => (!filters.year || s.month.startsWith(`${filters.year}-`)) && inRange(s.month, dates));
    // The directory leaves out the months the query cannot match, and says what the others hold.
    const countable = Object.keys(filters).every((f) => f === 'year');
    const plans = (await this.directory?.plan(search, inScope.map((s) => s.month), countable)) ?? null;
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
      let told = request.offset;
      while (progress.searched < progress.order.length && !(scored.length >= wanted && scored[wanted - 1].score >= next())) {
        signal?.throwIfAborted();
        // More months to open: results no month left can outrank are shown meanwhile (unless the next answer is at hand).
        const threshold = next();
        const settledNow = scored.filter((r) => r.score >= threshold);
        const waiting = !this.monthAnswers.has(monthAnswerId(key, progress.order[progress.searched].month));
        if (settled && waiting && settledNow.length > told) {
          // Their fragments load beside the next month's work: waiting for them held up the whole page.
          settled({ ...base, results: settledNow, facets: partialFacets(progress.counts, plans, months.map((m) => m.month), progress.found), searchedSince: null, ...counted() });
          told = settledNow.length;
        }
        const shard = progress.order[progress.searched];
        await this.openMonth(shard);
        const answer = await this.monthAnswer(key, search, filters, 'relevance', shard.month);
        performance.mark(`search:answered ${shard.month}`);
        progress.found.set(shard.month, answer.results.length);
        scored.push(...answer.results.map((r) => ({ ...r, data: r.data, score: r.score, month: shard.month })));
        // Pagefind's own order across bundles: by score; between equal scores, the newer month first.
        scored.sort((a, b) => b.score - a.score || (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
        progress.searched++;
        progress.counts = addCounts(progress.counts, answer.monthOnly ? answer.counts : {});
      }
      const threshold = next();
      const firm = scored.filter((r) => r.score >= threshold);
      const complete = progress.searched === progress.order.length;
      const facets = complete ? await this.facetsOver(search, filters, months) : partialFacets(progress.counts, plans, months.map((m) => m.month), progress.found);
      return { ...base, results: firm, facets, searchedSince: null, ...counted(), monthCounts: null };
    }

    if (request.sort !== 'newest') {
      for (const shard of months) {
        signal?.throwIfAborted();
        await this.openMonth(shard);
      }
      // Every month the query can match is open: the facets are counted exactly.
      this.answers.facetsNow = true;
      // Months outside the query's may be open from earlier searches: keep to the query's.
      const scope: Filters = { ...filters, month: { any: months.map((m) => m.month) } };
      const answer = await this.answers.find(search, scope, request.sort);
      let results = answer.results;
      if (request.sort === 'oldest') {
        const perMonth = await Promise.all([...months].reverse().map((s) => this.monthAnswer(key, search, filters, 'oldest', s.month)));
        results = perMonth.flatMap((a) => a.results);
      }
      return { ...base, results, facets: facetsFrom(answer), searchedSince: null, total: results.length, atLeast: false, monthCounts: null };
    }

    while (progress.results.length < wanted && progress.searched < months.length) {
      const shard = months[progress.searched];
      signal?.throwIfAborted();
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
    const facets = complete ? await this.facetsOver(search, filters, months) : partialFacets(progress.counts, plans, months.map((m) => m.month), progress.found);
    const { total, atLeast } = counted();
    return { ...base, results: progress.results, facets, searchedSince: complete ? null : months[progress.searched - 1].month, total, atLeast, monthCounts: null };
  }

  /**
   * One month's answer to a request, kept for the last few requests: a month's results do not
   * change as other months are merged in, and every open bundle takes part in every Pagefind
   * search, so asking again (paging back, a query asked before) would repeat that work.
   */
  private monthAnswer(key: string, search: ParsedSearch, filters: Filters, sort: SortOrder, month: string): Promise<Answer> {
    const id = monthAnswerId(key, month);
    let answer = this.monthAnswers.get(id);
    if (answer) {
      // Most recently used last.
      this.monthAnswers.delete(id);
    } else {
      answer = this.answers.find(search, filters, sort, month);
      answer.catch(() => this.monthAnswers.delete(id));
    }
    this.monthAnswers.set(id, answer);
    while (this.monthAnswers.size > MONTH_ANSWERS_KEPT) this.monthAnswers.delete(this.monthAnswers.keys().next().value!);
    return answer;
  }

  /** Exact filter counts over every month a query can match, once all are open (relevance). */
  private async facetsOver(search: ParsedSearch, filters: Filters, months: MonthShard[]): Promise<Record<Facet, FacetValue[]>> {
    this.answers.facetsNow = true;
    try {
      const answer = await this.answers.find(search, { ...filters, month: { any: months.map((m) => m.month) } }, 'relevance');
      return facetsFrom(answer);
    } finally {
      this.answers.facetsNow = false;
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
    const plans = (await this.directory?.plan(base.search, inScope, countable)) ?? null;
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
    await this.answers.filterCounts();
    // A first search runs several times slower than the next ones while the browser compiles
    // Pagefind's code and ours. Warm both up without fetching anything more: a search by filter
    // alone (no index chunk needed), and one result view made from a record of our own.
    await this.pagefind.search(null, { sort: SORTS.newest });
    resultView(WARM_UP_RECORD, parseQuery('大同日报 "冰雪 2024年"'));
  }

  /**
   * Every result the reader can reach for a request by paging on (its offset and limit are
   * ignored), in the order listed, and the count the page shows: `ids` (Pagefind page ids) for
   * the recall bench and tests, `results` to load the records of (the export, export-file.ts).
   */
  async resultIds(request: Omit<SearchRequest, 'offset' | 'limit'>): Promise<{ ids: string[]; results: PagefindResult[]; total: number; atLeast: boolean }> {
    const ranked = await this.rank({ ...request, offset: 0, limit: Number.MAX_SAFE_INTEGER });
    return { ids: ranked.results.map((r) => r.id), results: ranked.results, total: ranked.total, atLeast: ranked.atLeast };
  }

  /**
   * One page of results. `partial` is told, for the first page by relevance over month bundles,
   * its first results as soon as they are settled (no month not yet opened can outrank them)
   * while further months are opened; the whole page is what search() resolves with. Aborting
   * `signal` (a newer search replaces this one, worker.ts) stops it before the next month is
   * opened, rejecting with the signal's reason.
   */
  async search(request: SearchRequest, partial?: (response: SearchResponse) => void, signal?: AbortSignal): Promise<SearchResponse> {
    // A fragment that fails to load here fails the whole page below, where it is said.
    const views: ViewCache = new Map();
    const early = partial && request.offset === 0 ? partial : undefined;
    // The first results go to the page as soon as the first one's fragment is in, then the rest.
    const leading = (ranked: RankedResults) => void leadingResponse(ranked, request, views).then((response) => response && early?.(response), () => {});
    const settled: Settled | undefined = early
      ? (ranked) => {
          leading(ranked);
          void pageResponse(ranked, request, true, views).then(early, () => {});
        }
      : undefined;
    const ranked = await this.rank(request, settled, signal);
    if (early) leading(ranked);
    return pageResponse(ranked, request, false, views);
  }
}

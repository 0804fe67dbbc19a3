/**
 * The pages a parsed query finds in the open Pagefind bundles, with the filter counts. One
 * Pagefind search ANDs all the phrases' terms and ranks the pages; phrases of three units or
 * more are then checked with Pagefind's exact search, which keeps only pages where the phrase's
 * bigrams stand one after another; OR and exclusion are put together here from one search per
 * phrase. Which bundles are open is the engine's concern (engine.ts).
 */
import { mainQuery, phraseKey, phraseQuery, type ParsedSearch, type Phrase } from '../shared/query.ts';
import { phraseTerms } from '../shared/terms.ts';
import { PREFIX_CHUNKS_FILE, prefixAnchors, type PrefixChunks } from '../shared/prefix-chunks.ts';
import { addCounts } from './facets.ts';
import { NO_PAGE, SORTS, type Counts, type Filters, type PagefindApi, type PagefindResult } from './pagefind-api.ts';
import { FACETS, type SortOrder } from './protocol.ts';

export interface Answer {
  results: PagefindResult[];
  /**
   * Filter counts as the reader reads them beside each value: how many results choosing that
   * value gives, every other filter kept (readerCounts()).
   */
  counts: Counts;
  /** Whether the counts are exact (see below). */
  exact: boolean;
  /** The counts cover only the month searched (add them up over months); else every bundle open. */
  monthOnly: boolean;
}


export class PhraseAnswers {
  private readonly pagefind: PagefindApi;
  /** The bundles open now, as the engine has opened them. */
  private readonly openBundleUrls: () => string[];
  /**
   * Pagefind counts filter values only over the filter files it has loaded, and loads them
   * only for filters in use; facets need them all. Loaded once, alongside the first query's
   * index chunks.
   */
  private filtersLoaded: Promise<Counts> | null = null;
  /**
   * Whether searches now count facets, which needs every open bundle's filter files (some
   * 18 KB a month on a year of the paper). The engine turns it off while it opens months one by
   * one, until every month the query can match is open; a search through a filter loads that
   * filter's files itself.
   */
  facetsNow = true;
  /**
   * Terms of one or two units known to be in the index while one bundle is open (the only time
   * the light existence checks are used; see answer()).
   */
  private readonly present = new Set<string>();
  /** Each bundle's prefix-chunks.json (shared/prefix-chunks.ts), fetched when a query first needs it. */
  private readonly prefixMaps = new Map<string, Promise<PrefixChunks>>();
  /** Words preloaded for one-unit phrases into every bundle open now. */
  private readonly prefixLoaded = new Set<string>();

  constructor(pagefind: PagefindApi, openBundleUrls: () => string[]) {
    this.pagefind = pagefind;
    this.openBundleUrls = openBundleUrls;
  }

  /** Every open bundle's filter values with their page counts, loaded once until another bundle opens. */
  filterCounts(): Promise<Counts> {
    this.filtersLoaded ??= this.pagefind.filters();
    return this.filtersLoaded;
  }

  /** A bundle was merged in: words preloaded so far are not in its index yet, and its filter files load with the next search. */
  bundleOpened(): void {
    this.prefixLoaded.clear();
    this.filtersLoaded = null;
  }

  /** The filter files of every open bundle, when facets are counted now. */
  private async facetFilters(): Promise<void> {
    if (!this.facetsNow) return;
    await this.filterCounts();
  }

  /**
   * The pages a query finds (its phrases, ORs and exclusions), in the order asked for, and the
   * filter counts; `month` keeps to one month bundle. A query of phrases that must all be found
   * is answered by answer(), as Pagefind ranks it; with OR or an exclusion, by answerSets().
   * Throws what Pagefind throws (an index file that cannot be loaded).
   */
  find(search: ParsedSearch, filters: Filters, sort: SortOrder, month?: string): Promise<Answer> {
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
    // For the bench's timeline (src/bench/search.ts): the month's index chunks are in.
    if (month) performance.mark(`search:loaded ${month}`);

    if (phrases.length === 1) {
      const [phrase] = phrases;
      // Ranked by relevance, the pages come in the order of the AND search over the phrase's
      // bigrams, which weighs headlines as the exact search does not; by date, the exact
      // search alone gives them in order.
      const ranked = phrase.units.length > 2 && sort === 'relevance';
      const main = ranked ? await this.pagefind.search(query, { filters: scoped }) : null;
      if (main && month) performance.mark(`search:ranked ${month}`);
      const only = await this.pagefind.search(phraseQuery(phrase), { filters: scoped, sort: SORTS[sort] });
      let results = only.results;
      if (main) {
        const kept = new Set(results.map((r) => r.id));
        results = main.results.filter((r) => kept.has(r.id));
      }
      if (phrase.units.length <= 2 && only.unfilteredResultCount > 0 && this.openBundleUrls().length === 1) this.present.add(phraseQuery(phrase));
      // `filters` counts the pages the search keeps, after the filters (the exact search counts
      // totalFilters before it checks positions); for one month, when asked month by month.
      const counts = await this.readerCounts(only.filters, scoped, async (f) => (await this.pagefind.search(phraseQuery(phrase), { filters: f })).filters);
      return { results, counts, exact: true, monthOnly: Boolean(month) };
    }

    // With one bundle open, a term of one or two units that is anywhere is in that bundle, and
    // the AND search keeps only pages holding every such term: its check only asks whether it
    // is anywhere (unfilteredResultCount), and a filter no page has spares building its result
    // list. Merged bundles drop a term bundle by bundle: then every phrase's pages are checked.
    const single = this.openBundleUrls().length === 1;
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
    const exact = phrases.every((p) => p.units.length <= 2);
    const counts = exact ? await this.readerCounts(main.filters, scoped, async (f) => (await this.pagefind.search(query, { filters: f })).filters) : main.filters;
    return { results, counts, exact, monthOnly: Boolean(month) };
  }

  /**
   * The counts a reader expects beside each filter value: the number of results choosing it
   * gives. Takes the search's own counts (Pagefind's `filters`: the pages it keeps, every filter
   * in `filters` applied), right for each facet the reader has not set; for each one set, `count`
   * runs the same search without that facet's filter (the others and the month scope kept), so
   * its other values (the other years) keep their counts. Throws what Pagefind throws.
   */
  private async readerCounts(counted: Counts, filters: Filters, count: (filters: Filters) => Promise<Counts>): Promise<Counts> {
    const counts: Counts = { ...counted };
    for (const facet of FACETS) {
      if (filters[facet] === undefined) continue;
      const { [facet]: _chosen, ...others } = filters;
      counts[facet] = (await count(others))[facet] ?? {};
    }
    return counts;
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
}

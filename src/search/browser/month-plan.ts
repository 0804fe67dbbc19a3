/**
 * What the term directory (shared/directory.ts) tells of a query, month by month, before any
 * month bundle is opened: whether the query can match there, how many results it has there
 * (exactly, or at most), and the highest score a result there can get. The engine opens months
 * by it: only those that can match; for relevance, in the order of their bound, and only while a
 * month could still place a result on the page asked for.
 *
 * Scores follow the way the engine asks Pagefind (engine.ts): a query of phrases that must all
 * be found is ranked by one AND search over all their terms, so its bound is the sum of its
 * terms' bounds; with OR or an exclusion each phrase is searched alone and a page scores the
 * sum over the groups of its best phrase, so the bound is the sum over the groups of the best
 * phrase's bound. A term that is a prefix of another term of the query can score twice on one
 * word (Pagefind adds the weight of each query term a word matches), which the bound allows for.
 */
import { bucketOf, DIRECTORY_FOLDER, DIRECTORY_VERSION, keyBound, keyMonths, type DirectoryBucket, type DirectoryIndex, type KeyMonth } from '../shared/directory.ts';
import { mainQuery, type ParsedSearch, type Phrase } from '../shared/query.ts';
import { phraseTerms } from '../shared/terms.ts';

export interface MonthPlan {
  month: string;
  /** Whether the query can match in the month (every group has a phrase whose keys are all there). */
  possible: boolean;
  /** No result of the month scores higher (Infinity: the month has no bound in the directory). */
  bound: number;
  /** The number of results in the month when the directory knows it exactly; else null. */
  exact: number | null;
  /** At most this many results. */
  atMost: number;
}

/** The directory keys a query asks about: each phrase's terms (a unit, or its bigrams). */
export function queryKeys(search: ParsedSearch): string[] {
  return [...new Set([...search.groups.flat(), ...search.exclude].flatMap((p) => phraseTerms(p.units)))];
}

/** How many of the query's terms can match one word: a term and the terms it is a prefix of. */
function overlap(terms: string[]): number {
  return Math.max(1, ...terms.map((t) => terms.filter((u) => t.startsWith(u)).length));
}

/**
 * The plan of each month of `months` (YYYY-MM) for a query. `lookup` gives a key's months from
 * the directory. `countable`: whether directory counts can be exact (not when filters other than
 * year and dates narrow the results: the directory does not know them).
 */
export function planMonths(
  search: ParsedSearch,
  index: DirectoryIndex,
  lookup: (key: string) => Map<number, KeyMonth>,
  months: string[],
  countable: boolean,
): Map<string, MonthPlan> {
  const position = new Map(index.months.map((m, i) => [m.month, i]));
  const keyMaps = new Map(queryKeys(search).map((k) => [k, lookup(k)]));
  const simple = search.exclude.length === 0 && search.groups.every((g) => g.length === 1);
  const andTerms = simple ? mainQuery(search.groups.flat()).split(' ') : [];
  const plans = new Map<string, MonthPlan>();
  for (const month of months) {
    const m = position.get(month);
    const info = m === undefined ? null : index.months[m];
    if (m === undefined || !info || !info.bounded) {
      plans.set(month, { month, possible: true, bound: Infinity, exact: null, atMost: Infinity });
      continue;
    }
    const entry = (key: string): KeyMonth | undefined => keyMaps.get(key)?.get(m);
    const phrase = (p: Phrase) => {
      const entries = phraseTerms(p.units).map(entry);
      const possible = entries.every(Boolean);
      const found = entries as KeyMonth[];
      return {
        possible,
        atMost: possible ? Math.min(...found.map((e) => e.pages)) : 0,
        exact: !possible ? 0 : found.length === 1 ? found[0].pages : null,
        bound: possible ? found.reduce((s, e) => s + keyBound(info.pages, e), 0) : 0,
      };
    };
    const groups = search.groups.map((g) => {
      const ps = g.map(phrase);
      const live = ps.filter((p) => p.possible);
      return {
        possible: live.length > 0,
        atMost: Math.min(info.pages, live.reduce((s, p) => s + p.atMost, 0)),
        exact: live.length === 0 ? 0 : live.length === 1 ? live[0].exact : null,
        bound: Math.max(0, ...live.map((p) => p.bound)),
      };
    });
    const possible = groups.length > 0 && groups.every((g) => g.possible);
    let bound = 0;
    if (possible && simple) {
      bound = andTerms.reduce((s, t) => s + keyBound(info.pages, entry(t)!), 0) * overlap(andTerms);
    } else if (possible) bound = groups.reduce((s, g) => s + g.bound, 0) * overlap(queryKeys(search));
    const exact = !possible ? 0 : countable && groups.length === 1 && search.exclude.length === 0 ? groups[0].exact : null;
    plans.set(month, { month, possible, bound, exact, atMost: possible ? Math.min(...groups.map((g) => g.atMost)) : 0 });
  }
  return plans;
}

/** The site's term directory (shared/directory.ts), fetched as the queries need its files. */
export class TermDirectory {
  /** The folder of the directory, beside the month bundles (…/pagefind/directory/). */
  private readonly url: string;
  private index: Promise<DirectoryIndex | null> | null = null;
  private readonly buckets = new Map<number, Promise<DirectoryBucket>>();

  /** Its index.json, when it was asked for before the directory was made (worker.ts). */
  private early: Promise<Response> | undefined;

  /** `bundle`: the address of any month bundle, ending in a slash; `early`: the index's response, if already asked for. */
  constructor(bundle: string, early?: Promise<Response>) {
    this.url = bundle.replace(/[^/]+\/$/, `${DIRECTORY_FOLDER}/`);
    this.early = early;
  }

  /** The directory's index, fetched once; null when the site has none (every month is then opened as needed). */
  load(): Promise<DirectoryIndex | null> {
    this.index ??= (this.early ?? fetch(`${this.url}index.json`))
      .then((r) => (r.ok ? (r.json() as Promise<DirectoryIndex>) : null))
      .then((index) => (index?.version === DIRECTORY_VERSION ? index : null))
      .catch(() => null);
    return this.index;
  }

  /** One bucket of keys; throws when it cannot be fetched (and forgets the failure, so a later query tries again). */
  private bucket(n: number): Promise<DirectoryBucket> {
    let bucket = this.buckets.get(n);
    if (!bucket) {
      bucket = fetch(`${this.url}${n}.json`).then((r) => {
        if (!r.ok) throw new Error(`检索目录 ${n}.json 未能加载（${r.status}）`);
        return r.json() as Promise<DirectoryBucket>;
      });
      bucket.catch(() => this.buckets.delete(n));
      this.buckets.set(n, bucket);
    }
    return bucket;
  }

  /**
   * Fetches the directory's files a query will need (its index, the buckets of the query's keys)
   * without planning: a query being typed, or a linked one while Pagefind is still loading.
   * Never throws: a file that fails is asked for again by plan().
   */
  async warm(search: ParsedSearch): Promise<void> {
    const index = await this.load();
    if (!index) return;
    await Promise.all(queryKeys(search).map((k) => this.bucket(bucketOf(k, index.buckets)).catch(() => {})));
  }

  /** Month by month, what the directory says of the query (planMonths); null without a directory. */
  async plan(search: ParsedSearch, months: string[], countable: boolean): Promise<Map<string, MonthPlan> | null> {
    const index = await this.load();
    if (!index) return null;
    const keys = queryKeys(search);
    const buckets = new Map(await Promise.all(keys.map(async (k) => [k, await this.bucket(bucketOf(k, index.buckets))] as const)));
    return planMonths(search, index, (k) => keyMonths(buckets.get(k)!, k), months, countable);
  }
}

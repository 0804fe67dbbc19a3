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

/**
 * Imports the primary bundle's pagefind.js (`load`: the browser's import by default; the recall
 * bench loads it in Node), points it at the bundle and starts its loading — the index list and
 * the WebAssembly — without waiting for it. Gives the module once imported. Throws when the
 * import fails. The search worker calls it on its first message, beside the engine's own code,
 * so Pagefind's loading does not wait for that code.
 */
export async function startPagefind(primary: string, load: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<PagefindApi> {
  let pagefind: PagefindApi;
  try {
    pagefind = (await load(`${primary}pagefind.js`)) as PagefindApi;
  } catch {
    throw new Error(`检索索引未能加载（${primary}pagefind.js）`);
  }
  // Options first: set after Pagefind has started, they would wait for its whole loading.
  await pagefind.options({ basePath: primary });
  void pagefind.init?.();
  return pagefind;
}


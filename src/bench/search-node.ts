/**
 * The site's search engine (src/search/browser/engine.ts) run in Node against a built index,
 * served over HTTP by the project's static host as a browser would fetch it: Pagefind's own
 * pagefind.js and WebAssembly, the same bundles, the same engine. The recall oracle's test and
 * benchmark ask thousands of queries this way, far faster than through a browser page; the
 * browser tests check that the page shows what the engine answers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { startStaticHost, type RunningHost } from '../deploy/static-host.ts';
import { SearchEngine } from '../search/browser/engine.ts';
import { SORTS, startPagefind, type PagefindApi } from '../search/browser/pagefind-api.ts';
import type { SearchRequest, SearchResponse } from '../search/browser/protocol.ts';
import { BASE_BUNDLE } from '../search/shared/shards.ts';

export interface NodeSearch {
  host: RunningHost;
  /** Bundle URLs, newest first, as the search page lists them. */
  bundles: string[];
  /** A fresh engine, as a new search page has (nothing loaded yet). */
  engine(): Promise<SearchEngine>;
  /** Every result the reader can reach, as permalinks in the order listed, and the count shown. */
  ask(engine: SearchEngine, request: Omit<SearchRequest, 'offset' | 'limit'>): Promise<{ urls: string[]; total: number; atLeast: boolean }>;
  /** One page of results, as the search page receives it. */
  page(engine: SearchEngine, request: SearchRequest): Promise<SearchResponse>;
  close(): Promise<void>;
}

const SIGNATURE = 'pagefind_dcd';

/** Engines opened in this process: each imports pagefind.js under its own address. */
let engines = 0;

/**
 * Node's fetch keeps connections open and may reuse one the host has just closed (ECONNRESET);
 * a browser asks again, Pagefind does not and leaves the chunk out. While a NodeSearch is open,
 * fetch asks again, up to three times, when the connection fails.
 */
let users = 0;
let plainFetch: typeof fetch | null = null;
function retryingFetch(): void {
  if (users++ > 0) return;
  plainFetch = globalThis.fetch;
  const original = plainFetch;
  globalThis.fetch = async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(input, init);
      } catch (error) {
        if (attempt >= 3 || !(error instanceof TypeError)) throw error;
      }
    }
  };
}
function plainFetchAgain(): void {
  if (--users === 0 && plainFetch) globalThis.fetch = plainFetch;
}

/** Pagefind page ids (fragment file names) → the permalink each fragment records, for every bundle under `root`. */
function fragmentUrls(root: string, folders: string[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const folder of folders) {
    const dir = path.join(root, folder, 'fragment');
    for (const file of readdirSync(dir)) {
      const raw = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
      const fragment = JSON.parse(raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw) as { url: string };
      urls.set(file.replace(/\.pf_fragment$/, ''), fragment.url);
    }
  }
  return urls;
}

/**
 * Serves `siteDir` (a folder holding pagefind/, as dist/ does) and opens engines on its index:
 * one bundle, or the month bundles newest first (pagefind/shards.json). Throws when there is
 * no index there.
 */
export async function openNodeSearch(siteDir: string): Promise<NodeSearch> {
  const root = path.join(siteDir, 'pagefind');
  const manifest = path.join(root, 'shards.json');
  if (!existsSync(manifest)) throw new Error(`${root} 下没有检索索引（shards.json）：先运行 npm run build-search`);
  const folders = Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { shards: Record<string, unknown> }).shards).sort().reverse();
  const urls = fragmentUrls(root, folders);
  retryingFetch();
  const host = await startStaticHost({ dir: siteDir });
  // As the search page lists them: the base bundle of a month index first (shards.ts).
  const based = existsSync(path.join(root, BASE_BUNDLE, 'pagefind.js')) && folders.every((f) => f !== '');
  const bundles = [...(based ? [BASE_BUNDLE] : []), ...folders].map((f) => `${host.url}pagefind/${f}`);
  // Each engine imports its own copy of pagefind.js (a module holds one Pagefind, bound to the
  // host it was first pointed at), and points it at the served bundle.
  const load = (url: string) => {
    const local = path.join(root, url.slice(`${host.url}pagefind/`.length));
    return import(`${pathToFileURL(local).href}?engine=${++engines}`);
  };
  const urlOf = (id: string) => {
    const url = urls.get(id);
    if (!url) throw new Error(`检索结果 ${id} 不在任何分片的 fragment/ 里`);
    return url;
  };
  const started: Promise<PagefindApi>[] = [];
  return {
    host,
    bundles,
    engine: () => {
      const pagefind = startPagefind(bundles[0], load);
      started.push(pagefind);
      return SearchEngine.open(bundles, pagefind);
    },
    ask: async (engine, request) => {
      const { ids, total, atLeast } = await engine.resultIds(request);
      return { urls: ids.map(urlOf), total, atLeast };
    },
    page: (engine, request) => engine.search(request),
    close: async () => {
      // Each engine's Pagefind loads its index list and WebAssembly in the background, and one whose
      // searches never needed them (answered from the term directory alone) may still be loading:
      // let each finish (a search by no term waits for it) before the host goes.
      await Promise.allSettled(started.map(async (pagefind) => (await pagefind).search(null, { sort: SORTS.newest })));
      await host.close();
      plainFetchAgain();
    },
  };
}

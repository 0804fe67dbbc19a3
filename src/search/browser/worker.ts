/**
 * The search worker: holds one SearchEngine and answers the page's requests.
 * Message in: { id, bundles, request } (with histogram or export: what to answer with); out:
 * { id, partial } (the page's first results, while months are still searched) then
 * { id, response }, { id, histogram }, { id, progress } then { id, file }, or { id, error }.
 */
import type { SearchEngine } from './engine.ts';
import { startPagefind } from './pagefind-api.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const reply = (message: WorkerReply) => self.postMessage(message);

let engine: Promise<SearchEngine> | null = null;
/**
 * The page's search running now. The page shows only its latest search, so a newer one stops
 * it before it opens another month: otherwise a search left behind (the reader asked again
 * while its first results were already listed) would go on opening months beside the new one.
 */
let searching: AbortController | null = null;

/**
 * The engine and its folding tables are a chunk of their own: the worker starts small, and on
 * the first message starts Pagefind (pagefind.js, pointed at its bundle, then its index list and
 * WebAssembly) and fetches that chunk at once, rather than one after the other: Pagefind's
 * loading does not wait for the engine's code.
 */
function openEngine(bundles: string[], firstQuery?: string): Promise<SearchEngine> {
  const pagefind = startPagefind(bundles[0]);
  pagefind.catch(() => {});
  // Month bundles: the term directory's index (pagefind/directory/, beside the months) too, which
  // a query's first step needs (month-plan.ts).
  const directory = bundles.length > 1 ? fetch(new URL('../directory/index.json', new URL(bundles[1], location.href))) : undefined;
  directory?.catch(() => {});
  return import('./engine.ts').then(({ SearchEngine }) => SearchEngine.open(bundles, pagefind, directory, firstQuery));
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, bundles, request } = event.data;
  try {
    engine ??= openEngine(bundles, request?.query);
    if (event.data.warm) {
      if (request) (await engine).warm(request.query);
      return;
    }
    if (request === null) {
      await (await engine).prepare();
      reply({ id, ready: true });
      return;
    }
    if (event.data.export) {
      const { results } = await (await engine).resultIds(request);
      const { exportFile } = await import('./export-file.ts');
      const file = await exportFile(results, event.data.export, request.query, (done, total) => reply({ id, progress: { done, total } }));
      reply({ id, file });
      return;
    }
    if (event.data.histogram) {
      reply({ id, histogram: await (await engine).histogram(request) });
      return;
    }
    const mine = new AbortController();
    searching?.abort(new Error('检索已由新的检索代替'));
    searching = mine;
    try {
      const response = await (await engine).search(request, (partial) => reply({ id, partial }), mine.signal);
      reply({ id, response });
    } catch (e) {
      // Stopped for a newer search: the engine is fine; the page no longer waits for this one.
      if (mine.signal.aborted && e === mine.signal.reason) return reply({ id, error: (e as Error).message });
      throw e;
    } finally {
      if (searching === mine) searching = null;
    }
  } catch (e) {
    engine = null; // let the next request try loading the index again
    reply({ id, error: e instanceof Error ? e.message : String(e) });
  }
};

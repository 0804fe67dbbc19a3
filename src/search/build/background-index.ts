/**
 * The search index written beside the page build rather than after it. The index is made from
 * the content tree, not from the built pages, so it can start as the build starts: its worker
 * thread and Pagefind's processes use the cores Astro's one thread of rendering leaves idle.
 * writeArchiveIndex writes the changed bundles beside pagefind/ and swaps them in only at its
 * end, so the pages and the index never read each other's files.
 */
import { Worker } from 'node:worker_threads';
import type { ShardWritten } from './write-index.ts';

export type IndexThreadMessage = { folder: string; written: ShardWritten } | { done: true } | { error: string };
/** What the build sends the index thread: the index to write, then word that the pages are done. */
export type IndexThreadRequest = { contentDir: string; root: string } | { pagesDone: true };

export interface BackgroundIndex {
  /**
   * The pages are built: the bundles still to write are written on every core from now on (the
   * index thread held one back for the rendering). Once the index is written it does nothing.
   */
  pagesDone(): void;
  /**
   * Resolves, once the index is written, with each bundle's report in the order written;
   * rejects with the index's error. Keeps the process alive only while awaited.
   */
  finished(): Promise<Array<{ folder: string; written: ShardWritten }>>;
}

/**
 * Starts writing the index of `contentDir` into `root` (dist/pagefind) in a worker thread, for
 * the build part and shard scheme the environment gives. Never throws; a failure comes out of
 * `finished()`.
 */
export function startBackgroundIndex(contentDir: string, root: string): BackgroundIndex {
  const worker = new Worker(new URL('./index-thread.ts', import.meta.url));
  // Until the build awaits it, the index does not hold the process open: a build that fails
  // before its end exits as it would without it.
  worker.unref();
  const reports: Array<{ folder: string; written: ShardWritten }> = [];
  const result = new Promise<typeof reports>((resolve, reject) => {
    worker.on('message', (message: IndexThreadMessage) => {
      if ('folder' in message) reports.push(message);
      else if ('done' in message) resolve(reports);
      else reject(new Error(message.error));
      if (!('folder' in message)) void worker.terminate();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`检索索引的线程提前退出（exit ${code}）`)));
  });
  // Not unhandled while the pages are still being built; finished() hands the rejection on.
  result.catch(() => {});
  worker.postMessage({ contentDir, root } satisfies IndexThreadRequest);
  return {
    pagesDone() {
      worker.postMessage({ pagesDone: true } satisfies IndexThreadRequest);
    },
    finished() {
      worker.ref();
      return result;
    },
  };
}

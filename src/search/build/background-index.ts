/**
 * The search index written beside the page build rather than after it. The index is made from
 * the content tree, not from the built pages, so it can start as the build starts: its process
 * and Pagefind's use the cores Astro's one thread of rendering leaves idle. It is a process of
 * its own, not a thread of the build's: each then collects its own garbage, and neither's peak
 * adds to the other's (docs/scaling.md, "The index in a process of its own").
 * writeArchiveIndex writes the changed bundles beside pagefind/ and swaps them in only at its
 * end, so the pages and the index never read each other's files.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ShardWritten } from './write-index.ts';

export type IndexProcessMessage = { folder: string; written: ShardWritten } | { done: true } | { error: string };
/** What the build sends the index process: the index to write, then word that the pages are done. */
export type IndexProcessRequest = { contentDir: string; root: string } | { pagesDone: true };

export interface BackgroundIndex {
  /**
   * The pages are built: the bundles still to write are written on every core from now on (the
   * index process held one back for the rendering). Once the index is written it does nothing.
   */
  pagesDone(): void;
  /**
   * Resolves, once the index is written, with each bundle's report in the order written;
   * rejects with the index's error. Keeps the process alive only while awaited.
   */
  finished(): Promise<Array<{ folder: string; written: ShardWritten }>>;
}

/**
 * Starts writing the index of `contentDir` into `root` (dist/pagefind) in a child process (the
 * same Node, the build's environment), for the build part and shard scheme that environment
 * gives. Never throws; a failure comes out of `finished()`. The process ends with its index, or
 * as soon as the build's process does.
 */
export function startBackgroundIndex(contentDir: string, root: string): BackgroundIndex {
  const child = fork(fileURLToPath(new URL('./index-process.ts', import.meta.url)), [], { serialization: 'advanced' });
  // Until the build awaits it, the index does not hold the build's process open: a build that
  // fails before its end exits as it would without it (and the index process with it).
  const hold = (on: boolean) => {
    if (on) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };
  hold(false);
  const reports: Array<{ folder: string; written: ShardWritten }> = [];
  let outcome: { error: string } | { done: true } | null = null;
  // Settled once the process has exited (and is reaped: its time counts as the build's).
  const result = new Promise<typeof reports>((resolve, reject) => {
    child.on('message', (message: IndexProcessMessage) => {
      if ('folder' in message) return void reports.push(message);
      outcome = message;
      child.disconnect();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (outcome && 'done' in outcome) resolve(reports);
      else if (outcome) reject(new Error(outcome.error));
      else reject(new Error(`检索索引的进程提前退出（${signal ?? `exit ${code}`}）`));
    });
  });
  // Not unhandled while the pages are still being built; finished() hands the rejection on.
  result.catch(() => {});
  child.send({ contentDir, root } satisfies IndexProcessRequest);
  return {
    pagesDone() {
      if (child.connected) child.send({ pagesDone: true } satisfies IndexProcessRequest);
    },
    finished() {
      hold(true);
      return result;
    },
  };
}

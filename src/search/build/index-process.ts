/**
 * The process that writes a build's search index (background-index.ts): sent the content tree
 * and the index folder, it runs writeArchiveIndex for the build's part (index-part.ts, read from
 * the same environment) and sends each bundle's report, then `done` or the error. It exits when
 * the build lets go of it, whether the index is written or the build has ended.
 */
import os from 'node:os';
import { shardScheme } from '../../config.ts';
import { bundleParallelism } from './bundle-pool.ts';
import { indexPart } from './index-part.ts';
import { writeArchiveIndex } from './write-index.ts';
import type { IndexProcessMessage, IndexProcessRequest } from './background-index.ts';

// While the pages render, they come first. On Linux a priority set with no pid is this thread's
// (the process's main thread), and the bundle threads and Pagefind processes it starts inherit
// it: the page rendering keeps its core, the index takes what is left. (Elsewhere the whole process may be lowered, or
// nothing: the build is then only slower.) Once the pages are done, the index takes every core.
// At a year of the paper the index ends after the pages (docs/scaling.md).
try {
  os.setPriority(10);
} catch {
  // Not allowed here: the index runs at the build's priority.
}

/** Resolves with how many bundles to write at once when the build says its pages are done. */
let widen: (count: number) => void = () => {};
const wider = new Promise<number>((resolve) => (widen = resolve));

process.on('disconnect', () => process.exit(0));

process.on('message', async (message: IndexProcessRequest) => {
  if ('pagesDone' in message) {
    // The pages no longer need a core: the bundles left are written on every core, at the build's priority.
    try {
      os.setPriority(0);
    } catch {
      // Not allowed to raise it again here: the bundles go on at the lower one.
    }
    widen(bundleParallelism());
    return;
  }
  const { contentDir, root } = message;
  const post = (reply: IndexProcessMessage) => process.send!(reply);
  try {
    // One core is the page rendering's: the bundles are written on the others (one at a time on two cores).
    const parallel = Math.max(1, bundleParallelism() - 1);
    await writeArchiveIndex(contentDir, root, (folder, written) => post({ folder, written }), shardScheme(), indexPart(), parallel, wider);
    post({ done: true });
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

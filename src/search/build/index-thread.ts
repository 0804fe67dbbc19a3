/**
 * The worker thread that writes a build's search index (background-index.ts): sent the content
 * tree and the index folder, it runs writeArchiveIndex for the build's part (index-part.ts, read
 * from the same environment) and posts each bundle's report, then `done` or the error.
 */
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { shardScheme } from '../../config.ts';
import { bundleParallelism } from './bundle-pool.ts';
import { indexPart } from './index-part.ts';
import { writeArchiveIndex } from './write-index.ts';
import type { IndexThreadMessage } from './background-index.ts';

// The pages are what the build waits on; the index, started with it, finishes well before them.
// On Linux a priority set with no pid is this thread's alone, and the Pagefind processes it starts
// inherit it: the page rendering keeps its core, the index takes what is left. (Elsewhere the whole
// process may be lowered, or nothing: the build is then only slower.)
try {
  os.setPriority(10);
} catch {
  // Not allowed here: the index runs at the build's priority.
}

parentPort!.once('message', async ({ contentDir, root }: { contentDir: string; root: string }) => {
  const post = (message: IndexThreadMessage) => parentPort!.postMessage(message);
  try {
    // One core is the page rendering's: the bundles are written on the others (one at a time on two cores).
    const parallel = Math.max(1, bundleParallelism() - 1);
    await writeArchiveIndex(contentDir, root, (folder, written) => post({ folder, written }), shardScheme(), indexPart(), parallel);
    post({ done: true });
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
